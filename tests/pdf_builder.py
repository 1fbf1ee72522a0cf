"""Hand-made PDFs for tests (stdlib only): valid ones with text placed exactly, and the structural attacks
real parsers meet.

``build_pdf`` writes pages of text in Helvetica (optionally coloured) or Courier, text in a Type0 font without a
Unicode mapping, images, Form XObjects and the standard RC4 security handler (revision 2) for encrypted
files; the same pages always give the same bytes. The other builders damage or abuse the format.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

RGB = tuple[float, float, float]
Run = tuple[float, float, float, str] | tuple[float, float, float, str, RGB]
"""A line of text: x, y (baseline, points from the page's bottom left), font size, text (cp1252), and
optionally its fill colour (0–1 each; black when left out)."""

LETTER: tuple[float, float] = (612, 792)
A4: tuple[float, float] = (595, 842)

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


@dataclass(frozen=True)
class Page:
    """One page: text runs, and what else it draws."""

    texts: Sequence[Run] = ()
    image: bool = False
    unmapped: Sequence[tuple[float, float, float, bytes]] = ()
    """Runs in a Type0 font without ToUnicode: raw two-byte codes."""
    form_texts: Sequence[Run] = ()
    """Runs drawn inside a Form XObject."""
    raw: bytes = b""
    """Content appended verbatim."""
    deep_descent_texts: Sequence[Run] = ()
    """Runs in a font whose descriptor gives a descent of 2.5 em (a broken one, as htm-whitepaper en's Cambria)."""
    mono_texts: Sequence[Run] = field(default=(), repr=False)
    """Runs in Courier (code, commands)."""
    fixed_texts: Sequence[Run] = field(default=(), repr=False)
    """Runs in a font named like no code font whose descriptor says it is monospaced (``/Flags`` bit 1)."""


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


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_ops(runs: Sequence[Run], font: bytes = b"/F1") -> bytes:
    ops = b""
    for x, y, size, text, *fill in runs:
        colour = b"%g %g %g rg " % fill[0] if fill else b""
        ops += colour + b"BT %s %g Tf %g %g Td (%s) Tj ET\n" % (font, size, x, y, _escape(text))
    return ops


def _stream(data: bytes, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _security(user: str, owner: str, file_id: bytes) -> tuple[bytes, bytes, int, bytes]:
    """Standard security handler, revision 2 (40-bit RC4): the O and U entries, P, and the file key."""
    permissions = -4
    owner_key = hashlib.md5((owner.encode() + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, (user.encode() + _PAD)[:32])
    digest = hashlib.md5((user.encode() + _PAD)[:32] + o_entry + struct.pack("<i", permissions) + file_id)
    key = digest.digest()[:5]
    return o_entry, _rc4(key, _PAD), permissions, key


def _encrypt_object(number: int, body: bytes, key: bytes) -> bytes:
    """RC4-encrypt the stream of one object (enough for the bodies written here)."""
    object_key = hashlib.md5(key + struct.pack("<i", number)[:3] + b"\x00\x00").digest()[: len(key) + 5]
    if b"stream\n" in body:
        head, rest = body.split(b"stream\n", 1)
        data = rest[: -len(b"\nendstream")]
        return head + b"stream\n" + _rc4(object_key, data) + b"\nendstream"
    return body


def build_pdf(
    pages: Sequence[Page],
    *,
    user_password: str | None = None,
    page_tree_count: int | None = None,
    page_size: tuple[float, float] = LETTER,
    compress: bool = False,
) -> bytes:
    """A complete PDF holding ``pages``; encrypted (RC4, R2) when ``user_password`` is given (may be empty).

    ``page_tree_count`` overrides the page count the tree declares; ``compress`` deflates the content streams.
    """
    file_id = hashlib.md5(repr(pages).encode()).digest()
    crypt = _security(user_password, "owner-secret", file_id) if user_password is not None else None
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoUnicode /DW 600 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /NoUnicode /Flags 4 /FontBBox [0 -200 1000 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> >>"
    )
    type0 = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoUnicode /Encoding /Identity-H /DescendantFonts [%d 0 R] >>"
        % cid_font
    )
    deep = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /DeepDescent /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 "
        b"/Widths [%s] /FontDescriptor << /Type /FontDescriptor /FontName /DeepDescent /Flags 32 "
        b"/FontBBox [0 -2500 1000 1000] /ItalicAngle 0 /Ascent 1000 /Descent -2500 /CapHeight 700 /StemV 80 >> >>"
        % b" ".join([b"500"] * 224)
    )
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length 1 >>\nstream\n\x80\nendstream"
    )
    # Added only where a page uses them, so that every other document keeps its bytes (and its object numbers).
    monospaced = any(page.mono_texts or page.fixed_texts for page in pages)
    courier = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>") if monospaced else 0
    fixed = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /PlainFixed /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 "
        b"/Widths [%s] /FontDescriptor << /Type /FontDescriptor /FontName /PlainFixed /Flags 33 "
        b"/FontBBox [0 -250 600 800] /ItalicAngle 0 /Ascent 800 /Descent -250 /CapHeight 700 /StemV 80 >> >>"
        % b" ".join([b"600"] * 224)
    ) if monospaced else 0
    pages_id = add(b"")  # the page tree, filled in below
    media_box = b"[0 0 %g %g]" % page_size
    kids = []
    shared_contents: dict[bytes, int] = {}
    for page in pages:
        ops = _text_ops(page.texts) + _text_ops(page.deep_descent_texts, b"/F3")
        ops += _text_ops(page.mono_texts, b"/F4") + _text_ops(page.fixed_texts, b"/F5")
        ops += b"".join(
            b"BT /F2 %g Tf %g %g Td <%s> Tj ET\n" % (size, x, y, codes.hex().encode()) for x, y, size, codes in page.unmapped
        )
        fonts = b"/F1 %d 0 R /F2 %d 0 R /F3 %d 0 R" % (font, type0, deep)
        if monospaced:
            fonts += b" /F4 %d 0 R /F5 %d 0 R" % (courier, fixed)
        resources = b"/Font << %s >>" % fonts
        xobjects = []
        if page.image:
            ops += b"q 300 0 0 400 100 200 cm /Im1 Do Q\n"
            xobjects.append(b"/Im1 %d 0 R" % image)
        if page.form_texts:
            form_ops = _text_ops(page.form_texts)
            form = add(
                b"<< /Type /XObject /Subtype /Form /BBox %s /Resources << /Font << /F1 %d 0 R >> >> "
                b"/Length %d >>\nstream\n%s\nendstream" % (media_box, font, len(form_ops), form_ops)
            )
            ops += b"q /Fm1 Do Q\n"
            xobjects.append(b"/Fm1 %d 0 R" % form)
        if xobjects:
            resources += b" /XObject << " + b" ".join(xobjects) + b" >>"
        ops += page.raw
        if ops not in shared_contents:
            shared_contents[ops] = add(_stream(ops, compress))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox %s /Resources << %s >> /Contents %d 0 R >>"
                % (pages_id, media_box, resources, shared_contents[ops])
            )
        )
    count = len(kids) if page_tree_count is None else page_tree_count
    objects[pages_id - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, b" ".join(b"%d 0 R" % k for k in kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    trailer = b"/ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    if crypt is not None:
        o_entry, u_entry, permissions, key = crypt
        objects[:] = [_encrypt_object(number, body, key) for number, body in enumerate(objects, start=1)]
        encrypt = add(
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
            % (o_entry.hex().encode(), u_entry.hex().encode(), permissions)
        )
        trailer += b" /Encrypt %d 0 R" % encrypt
    return assemble(objects, root=catalog, trailer_extra=trailer + b" ")


def text_lines(lines: Sequence[str], size: float = 11, leading: float = 14, top: float = 706) -> list[Run]:
    """``lines`` as runs down the page from ``top``, ``leading`` points apart, at the left margin (x = 72)."""
    return [(72, top - n * leading, size, line) for n, line in enumerate(lines)]


def text_pdf(lines: list[str], pages: int = 1, compress: bool = True) -> bytes:
    """A small valid PDF: ``pages`` pages, each showing ``lines`` in Helvetica (cp1252 text only)."""
    return build_pdf([Page(texts=text_lines(lines))] * pages, compress=compress)


def corrupt_checksum_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose compressed content stream ends in a wrong checksum: pdfminer reads all its text
    and logs "Data-loss while decompressing corrupted data"."""
    runs = text_lines(lines)
    data = zlib.compress(_text_ops(runs))
    pdf = build_pdf([Page(texts=runs)], compress=True)
    assert pdf.count(data) == 1
    return pdf.replace(data, data[:-4] + b"\x00\xff\x00\xff")


def self_referencing_page_tree() -> bytes:
    """A page tree whose /Kids lists itself."""
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


def huge_declared_page_count() -> bytes:
    """A page tree that claims a billion pages but holds one."""
    return build_pdf([Page(texts=text_lines(["Only one page here."]))], page_tree_count=999_999_999)


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
