"""Code: lines set in a monospaced font make one block of kind ``code`` a listing, its text kept as written."""

from __future__ import annotations

import io
from collections.abc import Callable

from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from heroes_i18ncheck import check_files
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.glyphs import DedupingAggregator, page_text
from heroes_i18ncheck.model import BlockKind

INTRO_EN = "Converting the probability to a short program gives the listing below, which any compiler accepts."
AFTER_EN = "Running the program for a few values shows the probability falling quickly as z grows."
INTRO_DE = "Die Umrechnung der Wahrscheinlichkeit in ein kurzes Programm ergibt das folgende Listing."
AFTER_DE = "Das Programm für einige Werte ausgeführt zeigt, wie schnell die Wahrscheinlichkeit mit z sinkt."
LISTING = [
    (72, "# restart the server after you install the package so that the new settings take effect"),
    (72, "double p = 1.0 - q; double sum = re-"),
    (72, "for (k = 0; k <= z; k++) {"),
    (96, "sum -= poisson * (1 - pow(q / p, z - k));"),
    (72, "}"),
    (72, "a b c d e = 1"),
]
"""Code lines (x, text): a comment in English, a line ending in a hyphen, an indented line, names set one apart."""


def _pages(page_factory: Callable, intro: str, after: str) -> list:
    code = [(x, 640 - 12 * i, 9, text) for i, (x, text) in enumerate(LISTING)]
    return [page_factory(texts=[(72, 680, 10, intro), (72, 540, 10, after)], mono_texts=code)]


def test_a_listing_in_courier_is_one_code_block_kept_as_written(make_pdf, page_factory: Callable) -> None:
    blocks = extract_document(str(make_pdf(_pages(page_factory, INTRO_EN, AFTER_EN)))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, INTRO_EN),
        (BlockKind.CODE, " ".join(text for _, text in LISTING)),  # no hyphen undone, no letters run together
        (BlockKind.PARAGRAPH, AFTER_EN),
    ]


def test_two_listings_with_prose_between_are_two_code_blocks(make_pdf, page_factory: Callable) -> None:
    code = [(72, 640, 9, "make install"), (72, 628, 9, "make test"), (72, 560, 9, "git push origin main")]
    texts = [(72, 680, 11, "Install and test it:"), (72, 600, 11, "Then publish the result:")]
    blocks = extract_document(str(make_pdf([page_factory(texts=texts, mono_texts=code)]))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Install and test it:"),
        (BlockKind.CODE, "make install make test"),
        (BlockKind.PARAGRAPH, "Then publish the result:"),
        (BlockKind.CODE, "git push origin main"),
    ]


def test_a_word_of_code_inside_a_line_of_prose_leaves_the_line_prose(make_pdf, page_factory: Callable) -> None:
    prose = "The function named below computes the probability that an attacker catches up with the honest chain"
    path = make_pdf([page_factory(texts=[(72, 700, 10, prose)], mono_texts=[(72, 688, 10, "catch()")])])
    blocks = extract_document(str(path)).blocks
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.CODE]
    separate = make_pdf([page_factory(texts=[(72, 700, 10, prose)], mono_texts=[(540, 700, 10, "f()")])], name="inline.pdf")
    (line,) = extract_document(str(separate)).blocks
    assert line.kind == BlockKind.PARAGRAPH  # three glyphs of Courier in a line of a hundred: prose with a name in it


def test_a_font_whose_descriptor_says_fixed_pitch_is_monospaced(pdf_bytes: Callable, page_factory: Callable) -> None:
    data = pdf_bytes([page_factory(texts=[(72, 700, 11, "Run it:")], fixed_texts=[(72, 680, 11, "make install")])])
    resources = PDFResourceManager(caching=True)
    device = DedupingAggregator(resources)
    interpreter = PDFPageInterpreter(resources, device)
    (page,) = PDFPage.get_pages(io.BytesIO(data))
    interpreter.process_page(page)
    layout = device.get_result()
    assert device.fixed_pitch == {"PlainFixed"}
    told = page_text(1, layout, device.overdraw.repeated, device.fixed_pitch)
    assert sorted((line.text, line.mono) for line in told.lines) == [("Run it:", False), ("make install", True)]
    unaware = page_text(1, layout, device.overdraw.repeated)
    assert [line.mono for line in unaware.lines] == [False, False]  # its name says nothing


def test_a_listing_both_editions_keep_in_english_is_not_untranslated(make_pdf, page_factory: Callable) -> None:
    en = make_pdf(_pages(page_factory, INTRO_EN, AFTER_EN), name="en.pdf")
    de = make_pdf(_pages(page_factory, INTRO_DE, AFTER_DE), name="de.pdf")
    assert [f.message for f in check_files([str(en), str(de)]).findings if f.rule == "untranslated-block"] == []


def test_extraction_tells_a_fixed_pitch_font_by_its_descriptor(make_pdf, page_factory: Callable) -> None:
    path = make_pdf([page_factory(texts=[(72, 700, 11, "Run it:")], fixed_texts=[(72, 680, 11, "make install"), (72, 666, 11, "make check")])])
    assert [(b.kind, b.text) for b in extract_document(str(path)).blocks] == [
        (BlockKind.PARAGRAPH, "Run it:"),
        (BlockKind.CODE, "make install make check"),
    ]
