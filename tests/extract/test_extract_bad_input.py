"""Bad input: one clear error naming the file and the reason, never a traceback; others still checked.

Every input is built on the fly. Encrypted files use the standard RC4 handler:
with an empty user password pdfminer opens them, as viewers do, so they are
extracted with a warning; with a real password they are an error.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import pdf_builder
from heroes_i18ncheck.check import check_files
from heroes_i18ncheck.errors import UnreadableInput
from heroes_i18ncheck.extract import extract_document

TEXT = [(72, 700, 12, "The consortium met in Lisbon on 26 June 2023 to review the pilots."), (72, 680, 12, "Twenty-four partners from seventeen countries took part.")]


def good_pdf(pdf_bytes, page_factory, pages: int = 2) -> bytes:
    return pdf_bytes([page_factory(texts=TEXT)] * pages)


BAD = [
    # (id, builder(pdf_bytes, page_factory) -> bytes, reason fragment, options)
    ("zero-bytes", lambda b, p: b"", "empty file (0 bytes)", {}),
    ("not-a-pdf", lambda b, p: b"<html><body>Newsletter</body></html>\n", "not a PDF", {}),
    ("text-named-pdf", lambda b, p: "Бюлетин #2\n\nТекст.\n".encode(), "not a PDF", {}),
    ("truncated-half", lambda b, p: good_pdf(b, p)[: len(good_pdf(b, p)) // 2], "truncated PDF", {}),
    ("truncated-tail", lambda b, p: good_pdf(b, p)[:-40], "truncated PDF", {}),
    ("encrypted-with-password", lambda b, p: b([p(texts=TEXT)], user_password="s3cret"), "encrypted PDF (a password is needed", {}),
    ("image-only", lambda b, p: b([p(image=True), p(image=True)]), "no extractable text — scanned? run OCR first", {}),
    ("glyphs-without-unicode", lambda b, p: b([p(unmapped=[(72, 700, 12, bytes(range(1, 40)))])]), "no extractable text", {}),
    ("thousands-of-pages", lambda b, p: b([p(texts=TEXT)] * 3000), "more than 500 pages", {}),
    ("over-a-configured-limit", lambda b, p: b([p(texts=TEXT)] * 12), "more than 10 pages", {"max_pages": 10}),
    ("too-large", lambda b, p: good_pdf(b, p), "file too large", {"max_bytes": 100}),
    ("garbage-after-header", lambda b, p: b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n", "damaged PDF", {}),
    ("broken-object-syntax", lambda b, p: good_pdf(b, p).replace(b"/Type /Catalog", b"/Type /Catalog /X << /A " * 3), "damaged PDF", {}),
]


@pytest.mark.parametrize(("builder", "reason", "options"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input_is_one_clear_error(tmp_path: Path, pdf_bytes, page_factory, builder, reason: str, options: dict) -> None:
    path = tmp_path / "edition.en.pdf"
    path.write_bytes(builder(pdf_bytes, page_factory))
    with pytest.raises(UnreadableInput) as caught:
        extract_document(str(path), **options)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
    assert "\n" not in caught.value.reason


def test_empty_user_password_opens_with_a_warning(make_pdf, page_factory) -> None:
    path = make_pdf([page_factory(texts=TEXT)], user_password="")
    document = extract_document(str(path))
    assert [b.text for b in document.blocks] == [TEXT[0][3], TEXT[1][3]]
    assert document.warnings == ("encrypted with an empty user password; opened without one",)


def test_partly_broken_pdf_names_the_pages_without_text(make_pdf, page_factory) -> None:
    pages = [
        page_factory(texts=TEXT),
        page_factory(image=True),
        page_factory(unmapped=[(72, 700, 12, bytes(range(1, 30)))]),
        page_factory(texts=TEXT, unmapped=[(72, 500, 12, b"\x00\x41")]),
    ]
    document = extract_document(str(make_pdf(pages)))
    assert document.pages == 4
    assert document.warnings == ("pages 2, 3: no extractable text", "page 4: 1 glyphs without a Unicode mapping left out")
    assert all("(cid:" not in b.text for b in document.blocks)


def test_what_pdfminer_logs_about_a_damaged_file_becomes_that_files_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines = ["The consortium met in Lisbon on 26 June 2023.", "Twenty-four partners took part."]
    path = tmp_path / "damaged.en.pdf"
    path.write_bytes(pdf_builder.corrupt_checksum_pdf(lines))
    with caplog.at_level("DEBUG"):
        document = extract_document(str(path))
    assert [b.text for b in document.blocks] == [" ".join(lines)]
    assert document.warnings == ("pdfminer: Data-loss while decompressing corrupted data",)
    assert not [r for r in caplog.records if r.name.startswith("pdfminer") and r.levelno >= 30], "not logged as well"
    assert logging.getLogger("pdfminer").propagate and not logging.getLogger("pdfminer").handlers, "left as it was"


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path, pdf_bytes, page_factory) -> None:
    good_en, good_lt, bad = tmp_path / "n.en.pdf", tmp_path / "n.lt.pdf", tmp_path / "n.bg.pdf"
    good_en.write_bytes(good_pdf(pdf_bytes, page_factory))
    good_lt.write_bytes(good_pdf(pdf_bytes, page_factory))
    bad.write_bytes(pdf_bytes([page_factory(texts=TEXT)], user_password="s3cret"))
    report = check_files([str(good_en), str(bad), str(good_lt)])
    assert [d.path for d in report.documents] == [str(good_en), str(good_lt)]
    assert [(e.path, e.message) for e in report.errors] == [(str(bad), "encrypted PDF (a password is needed to open it)")]
    assert report.exit_code() == 2
