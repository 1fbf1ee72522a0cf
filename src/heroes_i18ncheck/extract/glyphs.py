"""pdfminer's glyphs into ``PageText``: overdrawn duplicates dropped before layout analysis.

Fake bold draws the same glyph two or more times a fraction of a point apart;
pdfminer would interleave the copies ("HHEERROOEESS") or repeat the line.
``OverdrawFilter`` drops a glyph when the same character at the same size was
already drawn within ``tolerance`` points on this page — a hash on page squares,
so each glyph costs one to four look-ups (linear in the glyph count;
pdfplumber's ``dedupe_chars`` compares pairs). It runs inside ``render_char``,
so glyphs inside Form XObjects are covered too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from statistics import median

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTFigure,
    LTItem,
    LTPage,
    LTRect,
    LTTextBox,
    LTTextLineHorizontal,
)
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import Matrix

from ..model import BBox
from .lines import PageText, TextLine
from .repairs import collapse_letter_spacing, drop_unmapped_glyphs, map_ligatures, squeeze_spaces

LAYOUT = LAParams(all_texts=True, boxes_flow=None)
"""pdfminer groups glyphs into lines (and lines into boxes) only; reading order is ours (``columns``)."""

BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold")
MIN_BOX_SIDE = 8.0
"""Filled rectangles thinner than this are rules and borders, not panels."""



class OverdrawFilter:
    """Remembers the glyphs of one page and tells whether a new one repeats an earlier one.

    Glyphs are filed by character, then by a ``cell``-sized square of the page.
    A repeat within ``tolerance`` lies in the glyph's own square or, when the
    glyph is within ``tolerance`` of the square's edge, in the neighbour across
    that edge: one to four looks, one on average.
    """

    def __init__(self, tolerance: float = 1.0, cell: float = 8.0) -> None:
        self.tolerance = tolerance
        self.cell = cell
        self._cells: dict[str, dict[tuple[int, int], list[LTChar]]] = {}
        self.repeated: set[int] = set()
        """``id()`` of glyphs that were drawn again on top of themselves."""

    def reset(self) -> None:
        """Forget the page (glyphs repeat legitimately across pages)."""
        self._cells.clear()
        self.repeated.clear()

    def is_repeat(self, char: LTChar) -> bool:
        """True if ``char`` was already drawn here; otherwise remember it and return False."""
        tol, cell = self.tolerance, self.cell
        x, y, text = char.x0, char.y0, char.get_text()
        cx, cy = int(x // cell), int(y // cell)
        squares = self._cells.get(text)
        if squares is None:
            self._cells[text] = {(cx, cy): [char]}
            return False
        dx, dy = x - cx * cell, y - cy * cell
        xs = (cx, cx - 1) if dx < tol else (cx, cx + 1) if dx > cell - tol else (cx,)
        ys = (cy, cy - 1) if dy < tol else (cy, cy + 1) if dy > cell - tol else (cy,)
        for ix in xs:
            for iy in ys:
                for seen in squares.get((ix, iy), ()):
                    if abs(seen.x0 - x) <= tol and abs(seen.y0 - y) <= tol and abs(seen.size - char.size) <= 0.1 * tol:
                        self.repeated.add(id(seen))
                        return True
        squares.setdefault((cx, cy), []).append(char)
        return False


class DedupingAggregator(PDFPageAggregator):
    """pdfminer's page aggregator, with overdrawn glyphs left out before layout analysis."""

    def __init__(self, rsrcmgr: PDFResourceManager, laparams: LAParams = LAYOUT) -> None:
        super().__init__(rsrcmgr, laparams=laparams)
        self.overdraw = OverdrawFilter()

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        self.overdraw.reset()

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> float:
        # Same as PDFLayoutAnalyzer.render_char, with the repeat check before ``add``.
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        item = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid), ncs, graphicstate)
        if not self.overdraw.is_repeat(item):
            self.cur_item.add(item)
        return item.adv


@cache
def _is_bold_font(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in BOLD_NAMES)


def page_text(number: int, layout: LTPage, repeated: set[int]) -> PageText:
    """The lines and filled boxes of one analysed page, each line's text repaired."""
    lines: list[TextLine] = []
    boxes: list[BBox] = []
    counts = [0, 0]
    _collect(layout, repeated, lines, boxes, counts)
    return PageText(number, layout.bbox, tuple(lines), tuple(boxes), glyphs=counts[0], unmapped=counts[1])


def _collect(
    container: Iterable[LTItem], repeated: set[int], lines: list[TextLine], boxes: list[BBox], counts: list[int]
) -> None:
    for item in container:
        if isinstance(item, LTTextLineHorizontal):
            line = _text_line(item, repeated, counts)
            if line is not None:
                lines.append(line)
        elif isinstance(item, (LTTextBox, LTFigure)):
            _collect(item, repeated, lines, boxes, counts)
        elif isinstance(item, LTRect) and item.fill and min(item.width, item.height) >= MIN_BOX_SIDE:
            boxes.append(item.bbox)


def _text_line(line: LTTextLineHorizontal, repeated: set[int], counts: list[int]) -> TextLine | None:
    parts: list[str] = []
    sizes: list[float] = []
    bold = 0
    for item in line:
        if isinstance(item, LTChar):
            parts.append(item.get_text())
            sizes.append(item.size)
            if id(item) in repeated or _is_bold_font(item.fontname):
                bold += 1
        elif isinstance(item, LTAnno) and item.get_text() == " ":
            parts.append(" ")
    raw, unmapped = drop_unmapped_glyphs("".join(parts))
    counts[0] += len(sizes)
    counts[1] += unmapped
    text = squeeze_spaces(collapse_letter_spacing(map_ligatures(raw)))
    if not text or not sizes:
        return None
    return TextLine(text, line.bbox, round(median(sizes), 2), bold >= 0.6 * len(sizes))
