"""PDFs written by hand for the extraction tests (no reportlab needed), and shared paths.

``make_pdf`` writes a small PDF: pages of text in Helvetica (or a Type0 font
without a Unicode mapping), optional images, Form XObjects, and the standard
RC4 security handler (revision 2) for encrypted files.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
BITCOIN = SHARED / "real-pdfs" / "bitcoin-whitepaper"
PDF_SAMPLES = SAMPLES / "heroes-02-pdf"

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


@dataclass
class Page:
    """One page: text runs ``(x, y, size, text)``, and what else it draws."""

    texts: Sequence[tuple[float, float, float, str]] = ()
    image: bool = False
    unmapped: Sequence[tuple[float, float, float, bytes]] = ()
    """Runs in a Type0 font without ToUnicode: raw two-byte codes."""
    form_texts: Sequence[tuple[float, float, float, str]] = ()
    """Runs drawn inside a Form XObject."""
    raw: bytes = b""
    """Content appended verbatim."""


@dataclass
class _Writer:
    objects: list[bytes] = field(default_factory=list)

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_ops(runs: Sequence[tuple[float, float, float, str]]) -> bytes:
    return b"".join(b"BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y, _escape(text)) for x, y, size, text in runs)


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


def build_pdf(pages: Sequence[Page], *, user_password: str | None = None, page_tree_count: int | None = None) -> bytes:
    """A complete PDF holding ``pages``; encrypted (RC4, R2) when ``user_password`` is given (may be empty)."""
    file_id = hashlib.md5(repr(pages).encode()).digest()
    crypt = _security(user_password, "owner-secret", file_id) if user_password is not None else None
    w = _Writer()
    font = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    cid_font = w.add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoUnicode /DW 600 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /NoUnicode /Flags 4 /FontBBox [0 -200 1000 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> >>"
    )
    type0 = w.add(b"<< /Type /Font /Subtype /Type0 /BaseFont /NoUnicode /Encoding /Identity-H /DescendantFonts [%d 0 R] >>" % cid_font)
    image = w.add(b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    pages_id = len(w.objects) + 1
    w.add(b"")  # the page tree, filled in below
    kids = []
    shared_contents: dict[bytes, int] = {}
    for page in pages:
        ops = _text_ops(page.texts)
        ops += b"".join(b"BT /F2 %g Tf %g %g Td <%s> Tj ET\n" % (size, x, y, codes.hex().encode()) for x, y, size, codes in page.unmapped)
        resources = b"/Font << /F1 %d 0 R /F2 %d 0 R >>" % (font, type0)
        xobjects = []
        if page.image:
            ops += b"q 300 0 0 400 100 200 cm /Im1 Do Q\n"
            xobjects.append(b"/Im1 %d 0 R" % image)
        if page.form_texts:
            form_ops = _text_ops(page.form_texts)
            form = w.add(
                b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
                % (font, len(form_ops), form_ops)
            )
            ops += b"q /Fm1 Do Q\n"
            xobjects.append(b"/Fm1 %d 0 R" % form)
        if xobjects:
            resources += b" /XObject << " + b" ".join(xobjects) + b" >>"
        ops += page.raw
        if ops not in shared_contents:
            shared_contents[ops] = w.add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops))
        kids.append(
            w.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << %s >> /Contents %d 0 R >>"
                % (pages_id, resources, shared_contents[ops])
            )
        )
    count = len(kids) if page_tree_count is None else page_tree_count
    w.objects[pages_id - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, b" ".join(b"%d 0 R" % k for k in kids))
    catalog = w.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    encrypt_ref = b""
    if crypt is not None:
        o_entry, u_entry, permissions, key = crypt
        w.objects = [_encrypt_object(number, body, key) for number, body in enumerate(w.objects, start=1)]
        encrypt = w.add(
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (o_entry.hex().encode(), u_entry.hex().encode(), permissions)
        )
        encrypt_ref = b" /Encrypt %d 0 R" % encrypt
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(w.objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(w.objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /ID [<%s> <%s>]%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(w.objects) + 1, catalog, file_id.hex().encode(), file_id.hex().encode(), encrypt_ref, xref
    )
    return bytes(out)


def _encrypt_object(number: int, body: bytes, key: bytes) -> bytes:
    """RC4-encrypt the streams and literal strings of one object (enough for the bodies written here)."""
    object_key = hashlib.md5(key + struct.pack("<i", number)[:3] + b"\x00\x00").digest()[: len(key) + 5]
    if b"stream\n" in body:
        head, rest = body.split(b"stream\n", 1)
        data = rest[: -len(b"\nendstream")]
        return head + b"stream\n" + _rc4(object_key, data) + b"\nendstream"
    return body


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Write ``build_pdf(pages, **options)`` to a file in the test's folder and return its path."""

    def write(pages: Sequence[Page], name: str = "edition.en.pdf", **options) -> Path:
        path = tmp_path / name
        path.write_bytes(build_pdf(pages, **options))
        return path

    return write


@pytest.fixture
def page_factory() -> type[Page]:
    """The ``Page`` record, for tests to describe pages."""
    return Page


@pytest.fixture
def pdf_bytes() -> Callable[..., bytes]:
    """``build_pdf`` itself, for tests that damage the bytes."""
    return build_pdf
