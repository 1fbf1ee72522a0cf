"""Hand-made PDFs for tests: valid ones with text, and the structural attacks real parsers meet."""

from __future__ import annotations

import re
import zlib


def assemble(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF file from numbered object bodies (object ``i + 1`` is ``objects[i]``), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        trailer_extra,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def text_pdf(lines: list[str], pages: int = 1, compress: bool = True) -> bytes:
    """A small valid PDF: ``pages`` pages, each showing ``lines`` in Helvetica (Latin-1 text only)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for _ in range(pages):
        content = b"BT /F1 11 Tf 72 720 Td 14 TL " + b" ".join(
            b"(" + line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '"
            for line in lines
        ) + b" ET"
        objects.append(_stream(content, compress))
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (content_number, font)
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return assemble(objects)


def corrupt_checksum_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose compressed content stream ends in a wrong checksum: pdfminer reads all its text
    and logs "Data-loss while decompressing corrupted data"."""
    content = b"BT /F1 11 Tf 72 720 Td 14 TL " + b" ".join(b"(" + line.encode("latin-1") + b") '" for line in lines)
    data = zlib.compress(content + b" ET")[:-4] + b"\x00\xff\x00\xff"
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
        ]
    )


def self_referencing_page_tree() -> bytes:
    """A page tree whose /Kids lists itself."""
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


def huge_declared_page_count() -> bytes:
    """A page tree that claims a billion pages but holds one."""
    pdf = text_pdf(["Only one page here."])
    return pdf.replace(b"/Count 1 >>", b"/Count 999999999 >>")


def deeply_nested_object(depth: int = 100_000) -> bytes:
    """A catalog entry nested ``depth`` arrays deep."""
    nested = b"[" * depth + b"]" * depth
    return assemble([b"<< /Type /Catalog /Pages 2 0 R /Deep " + nested + b" >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def decompression_bomb(megabytes: int = 512) -> bytes:
    """A page whose content stream inflates from about a megabyte to ``megabytes`` MB."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream,
        ]
    )


def broken_xref(pdf: bytes) -> bytes:
    """The same file with every cross-reference offset pointing past its end."""
    return re.sub(rb"(?m)^\d{10} 00000 n ", b"9999999999 00000 n ", pdf)
