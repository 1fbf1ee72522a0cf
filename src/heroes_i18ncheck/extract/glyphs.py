"""pdfminer's glyphs into ``PageText``: overdrawn duplicates dropped before layout analysis.

Fake bold draws the same glyph two or more times a fraction of a point apart;
pdfminer would interleave the copies ("HHEERROOEESS") or repeat the line.
``OverdrawFilter`` drops a glyph when the same character at the same size was
already drawn within ``tolerance`` points on this page — a hash on page squares,
so each glyph costs one to four look-ups (linear in the glyph count;
pdfplumber's ``dedupe_chars`` compares pairs). It runs once a page has been
drawn, over its glyphs and those inside its Form XObjects in drawing order, just
before pdfminer's layout analysis: one tight pass costs much less than a check
interleaved with every ``render_char`` (where each one runs with cold caches).
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
    LTComponent,
    LTCurve,
    LTFigure,
    LTItem,
    LTLayoutContainer,
    LTPage,
    LTRect,
    LTTextBox,
    LTTextLineHorizontal,
)
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import Matrix

from ..model import BBox
from .lines import PageText, TextLine
from .repairs import (
    blank_control_characters,
    collapse_letter_spacing,
    drop_unmapped_glyphs,
    map_ligatures,
    squeeze_spaces,
)

LAYOUT = LAParams(all_texts=True, boxes_flow=None)
"""pdfminer groups glyphs into lines (and lines into boxes) only; reading order is ours (``columns``)."""

BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold")
MIN_BOX_SIDE = 8.0
"""Filled rectangles thinner than this are rules and borders, not panels."""



class OverdrawFilter:
    """Remembers the glyphs of one page and tells whether a new one repeats an earlier one.

    Glyphs are filed by character and ``cell``-sized square of the page, in one
    flat dict: a glyph standing clear of its square's edges (most do) costs one
    look-up. A repeat within ``tolerance`` lies in the glyph's own square or, when
    the glyph is within ``tolerance`` of the square's edge, in the neighbour
    across that edge: one to four looks, one on average.
    """

    def __init__(self, tolerance: float = 1.0, cell: float = 8.0) -> None:
        self.tolerance = tolerance
        self.cell = cell
        self._squares: dict[tuple[str, int, int], list[LTChar]] = {}
        self.repeated: set[int] = set()
        """``id()`` of glyphs that were drawn again on top of themselves."""

    def reset(self) -> None:
        """Forget the page (glyphs repeat legitimately across pages)."""
        self._squares.clear()
        self.repeated.clear()

    def is_repeat(self, char: LTChar) -> bool:
        """True if ``char`` was already drawn here; otherwise remember it and return False."""
        tol, cell = self.tolerance, self.cell
        x, y, text = char.x0, char.y0, char.get_text()
        cx, cy = int(x // cell), int(y // cell)
        dx, dy = x - cx * cell, y - cy * cell
        squares = self._squares
        own = (text, cx, cy)
        here = squares.get(own)
        if here is not None and self._mark_repeat(here, char):
            return True
        # The neighbours across a near edge, in the order (cx, ny), (nx, cy), (nx, ny).
        nx = cx - 1 if dx < tol else cx + 1 if dx > cell - tol else None
        ny = cy - 1 if dy < tol else cy + 1 if dy > cell - tol else None
        if ny is not None:
            near = squares.get((text, cx, ny))
            if near is not None and self._mark_repeat(near, char):
                return True
        if nx is not None:
            near = squares.get((text, nx, cy))
            if near is not None and self._mark_repeat(near, char):
                return True
            if ny is not None:
                near = squares.get((text, nx, ny))
                if near is not None and self._mark_repeat(near, char):
                    return True
        if here is None:
            squares[own] = [char]
        else:
            here.append(char)
        return False

    def _mark_repeat(self, candidates: list[LTChar], char: LTChar) -> bool:
        """Whether ``char`` repeats one of ``candidates`` (its text, one square); the first such is marked."""
        tol, x, y = self.tolerance, char.x0, char.y0
        for seen in candidates:
            if abs(seen.x0 - x) <= tol and abs(seen.y0 - y) <= tol and abs(seen.size - char.size) <= 0.1 * tol:
                self.repeated.add(id(seen))
                return True
        return False


class DedupingAggregator(PDFPageAggregator):
    """pdfminer's page aggregator, with overdrawn glyphs left out before layout analysis."""

    def __init__(self, rsrcmgr: PDFResourceManager, laparams: LAParams = LAYOUT) -> None:
        super().__init__(rsrcmgr, laparams=laparams)
        self.overdraw = OverdrawFilter()

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        self.overdraw.reset()

    def end_page(self, page: PDFPage) -> None:
        _drop_overdrawn(self.cur_item, self.overdraw)
        super().end_page(page)


def _drop_overdrawn(container: LTLayoutContainer, overdraw: OverdrawFilter) -> None:
    """Remove from ``container`` and its figures every glyph repeating one drawn before it.

    A depth-first walk meets the glyphs in drawing order: pdfminer appends each
    item as it is drawn, and a Form XObject's figure when the form ends (its
    glyphs were all drawn in between). pdfminer's containers have no public way to
    drop a child, so the kept children replace ``_objs`` (the list ``add`` appends to).
    """
    is_repeat = overdraw.is_repeat
    kept: list[LTComponent] = []
    for item in container:
        if isinstance(item, LTChar):
            if not is_repeat(item):
                kept.append(item)
        else:
            if isinstance(item, LTFigure):
                _drop_overdrawn(item, overdraw)
            kept.append(item)
    container._objs = kept


@cache
def _is_bold_font(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in BOLD_NAMES)


def page_text(number: int, layout: LTPage, repeated: set[int]) -> PageText:
    """The lines, filled boxes and drawn shapes of one analysed page, each line's text repaired."""
    lines: list[TextLine] = []
    boxes: list[BBox] = []
    drawings: list[BBox] = []
    counts = [0, 0]
    _collect(layout, repeated, lines, boxes, drawings, counts)
    width, height = layout.width, layout.height
    shapes = tuple(b for b in drawings if b[2] - b[0] < FRAME * width and b[3] - b[1] < FRAME * height)
    return PageText(number, layout.bbox, tuple(lines), tuple(boxes), counts[0], counts[1], shapes)


FRAME = 0.9
"""A shape this much of the page's width or height is a frame or background, not part of a drawing."""


def _collect(
    container: Iterable[LTItem],
    repeated: set[int],
    lines: list[TextLine],
    boxes: list[BBox],
    drawings: list[BBox],
    counts: list[int],
) -> None:
    for item in container:
        if isinstance(item, LTTextLineHorizontal):
            line = _text_line(item, repeated, counts)
            if line is not None:
                lines.append(line)
        elif isinstance(item, (LTTextBox, LTFigure)):
            _collect(item, repeated, lines, boxes, drawings, counts)
        elif isinstance(item, LTCurve):  # lines and rectangles are curves too
            drawings.append(item.bbox)
            if isinstance(item, LTRect) and item.fill and min(item.width, item.height) >= MIN_BOX_SIDE:
                boxes.append(item.bbox)


def _text_line(line: LTTextLineHorizontal, repeated: set[int], counts: list[int]) -> TextLine | None:
    # One comprehension per need rather than one loop doing all: the per-glyph work is most of page_text.
    items = list(line)
    chars = [item for item in items if isinstance(item, LTChar)]
    parts = [
        item.get_text()
        for item in items
        if isinstance(item, LTChar) or (isinstance(item, LTAnno) and item.get_text() == " ")
    ]
    raw, unmapped = drop_unmapped_glyphs("".join(parts))
    counts[0] += len(chars)
    counts[1] += unmapped
    text = squeeze_spaces(collapse_letter_spacing(map_ligatures(blank_control_characters(raw))))
    if not text or not chars:
        return None
    size = round(median([char.size for char in chars]), 2)
    return TextLine(text, _line_box(line, chars, size), size, _bold_glyphs(chars, repeated) >= 0.6 * len(chars))


IMPLAUSIBLE_DESCENT = 0.5
"""A font whose descent reaches further below the baseline than this share of its size has a broken descriptor
(htm-whitepaper en's Cambria: about 2.5 em), and pdfminer boxes its glyphs that far down: a paragraph seems to
stand 27 pt below where it is drawn, across the rules of the table around it."""
USUAL_DESCENT = 0.25
"""How far below the baseline a line is boxed instead, as a share of its size (what common fonts give)."""


def _line_box(line: LTTextLineHorizontal, chars: list[LTChar], size: float) -> BBox:
    """The line's box; for glyphs of a font with an implausible descent, the box a usual font gives at their baseline."""
    x0, y0, x1, y1 = line.bbox
    first = chars[0]
    if first.matrix[5] - first.y0 <= IMPLAUSIBLE_DESCENT * first.size:
        return line.bbox  # the usual case, told by the first glyph: a line is set in one font, mostly
    baselines = [char.matrix[5] for char in chars if char.upright]
    if not baselines or min(baselines) - y0 <= IMPLAUSIBLE_DESCENT * size:
        return line.bbox
    return (x0, min(baselines) - USUAL_DESCENT * size, x1, max(baselines) + (1 - USUAL_DESCENT) * size)


def _bold_glyphs(chars: list[LTChar], repeated: set[int]) -> int:
    """How many of ``chars`` look bold: set in a bold font, or drawn twice (fake bold)."""
    fonts = {char.fontname for char in chars}
    bold_fonts = {font for font in fonts if _is_bold_font(font)}
    if repeated or (bold_fonts and bold_fonts != fonts):
        return sum(1 for char in chars if char.fontname in bold_fonts or id(char) in repeated)
    return len(chars) if bold_fonts else 0
