"""Overdrawn glyphs (fake bold) are dropped before layout analysis, inside Form XObjects too."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTFigure, LTPage, LTTextContainer
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.glyphs import DedupingAggregator, OverdrawFilter
from heroes_i18ncheck.extract.pdf import read_pdf_pages


@dataclass
class Glyph:
    """What ``OverdrawFilter`` reads from a pdfminer ``LTChar``."""

    text: str
    x0: float
    y0: float
    size: float = 10.0

    def get_text(self) -> str:
        return self.text


REPEATS = [
    # (first, second, is_repeat, id)
    (Glyph("H", 100.0, 700.0), Glyph("H", 100.4, 700.0), True, "same-glyph-0.4pt-right"),
    (Glyph("H", 100.0, 700.0), Glyph("H", 100.3, 699.7), True, "same-glyph-diagonal"),
    (Glyph("H", 7.9, 700.0), Glyph("H", 8.3, 700.0), True, "across-a-square-edge"),
    (Glyph("H", 100.0, 7.95), Glyph("H", 100.0, 8.6), True, "across-a-square-edge-vertically"),
    (Glyph("H", 100.0, 700.0), Glyph("H", 101.5, 700.0), False, "1.5pt-apart-is-another-glyph"),
    (Glyph("H", 100.0, 700.0), Glyph("E", 100.2, 700.0), False, "other-character"),
    (Glyph("H", 100.0, 700.0), Glyph("H", 100.2, 700.0, 12.0), False, "other-size"),
]


@pytest.mark.parametrize(("first", "second", "expected"), [c[:3] for c in REPEATS], ids=[c[3] for c in REPEATS])
def test_overdraw_filter(first: Glyph, second: Glyph, expected: bool) -> None:
    seen = OverdrawFilter()
    assert seen.is_repeat(first) is False
    assert seen.is_repeat(second) is expected
    assert (id(first) in seen.repeated) is expected


def test_overdraw_filter_forgets_the_page_on_reset() -> None:
    seen = OverdrawFilter()
    seen.is_repeat(Glyph("H", 100.0, 700.0))
    seen.reset()
    assert seen.is_repeat(Glyph("H", 100.0, 700.0)) is False


def test_a_repeat_marks_the_copy_drawn_first() -> None:
    seen = OverdrawFilter()
    first, far = Glyph("H", 100.0, 700.0), Glyph("H", 101.8, 700.0)  # 1.8pt apart: two glyphs
    assert [seen.is_repeat(first), seen.is_repeat(far)] == [False, False]
    assert seen.is_repeat(Glyph("H", 100.9, 700.0)) is True  # within 1pt of both
    assert id(first) in seen.repeated and id(far) not in seen.repeated


def test_a_line_drawn_twice_keeps_each_glyph_once() -> None:
    seen = OverdrawFilter()
    word = "Novel Strategies"
    first = [seen.is_repeat(Glyph(c, 50 + 6 * i, 500)) for i, c in enumerate(word)]
    second = [seen.is_repeat(Glyph(c, 50.35 + 6 * i, 500.1)) for i, c in enumerate(word)]
    assert first == [False] * len(word)
    assert second == [True] * len(word)


def _raw_pdfminer_text(path) -> str:
    pages = extract_pages(io.BytesIO(path.read_bytes()), laparams=LAParams(all_texts=True))
    return "".join(
        element.get_text() for page in pages for element in _walk(page) if isinstance(element, LTTextContainer)
    )


def _walk(container):
    for element in container:
        yield element
        if not isinstance(element, LTTextContainer) and hasattr(element, "__iter__"):
            yield from _walk(element)


@pytest.mark.parametrize("inside_form", [False, True], ids=["on-the-page", "inside-a-form-xobject"])
def test_fake_bold_title_comes_out_once_and_bold(make_pdf, page_factory, inside_form: bool) -> None:
    title = [(72, 700, 20, "Fake Bold Title"), (72.35, 700, 20, "Fake Bold Title")]
    body = [(72, 640, 11, "A paragraph of body text set in the regular weight of the font.")]
    page = page_factory(texts=body, form_texts=title) if inside_form else page_factory(texts=title + body)
    path = make_pdf([page])
    assert _raw_pdfminer_text(path).count("Fake Bold Title") == 2  # what pdfminer alone reads
    document = extract_document(str(path))
    assert [(str(b.kind), b.text) for b in document.blocks] == [
        ("heading", "Fake Bold Title"),
        ("paragraph", body[0][3]),
    ]


def test_glyphs_are_filtered_in_drawing_order_across_a_form(make_pdf, page_factory) -> None:
    """The copy inside the form is drawn first and stays; the page's copy drawn after the form is the repeat."""
    title = "Fake Bold Title"
    later_copy = b"BT /F1 20 Tf 72.35 700 Td (%s) Tj ET\n" % title.encode()
    body = [(72, 640, 11, "A paragraph of body text set in the regular weight of the font.")]
    path = make_pdf([page_factory(texts=body, form_texts=[(72, 700, 20, title)], raw=later_copy)])
    pages, _ = read_pdf_pages(str(path), path.read_bytes(), 10)
    assert [(line.text, line.bold) for line in pages[0].lines if line.text == title] == [(title, True)]
    layout = _deduped_layout(path.read_bytes())
    in_form = [e for item in layout if isinstance(item, LTFigure) for e in _walk(item)]
    on_page = [item for item in layout if not isinstance(item, LTFigure)]
    assert title in "".join(e.get_text() for e in in_form if isinstance(e, LTTextContainer))
    assert title not in "".join(e.get_text() for e in on_page if isinstance(e, LTTextContainer))


def _deduped_layout(data: bytes) -> LTPage:
    resources = PDFResourceManager(caching=True)
    device = DedupingAggregator(resources)
    interpreter = PDFPageInterpreter(resources, device)
    page = next(PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data)))))
    interpreter.process_page(page)
    return device.get_result()
