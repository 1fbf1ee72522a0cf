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

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from statistics import median

import regex
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTComponent,
    LTCurve,
    LTFigure,
    LTImage,
    LTItem,
    LTLayoutContainer,
    LTPage,
    LTRect,
    LTTextBox,
    LTTextLineHorizontal,
)
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFGraphicState, PDFResourceManager
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
MONOSPACED_NAMES = regex.compile(r"courier|consolas|inconsolata|menlo|monaco|mono(?!type)|(?<!uni)code|fixedsys|typewriter")
"""Font names of monospaced families (``CourierNewPSMT``, ``DejaVuSansMono``, ``SourceCodePro``); ``Monotype`` is a
foundry and ``ArialUnicodeMS`` no code font."""
FIXED_PITCH_FLAG = 1
"""Bit 1 of a font descriptor's ``/Flags``: all glyphs have the same width."""
MONO_SHARE = 0.8
"""A line is monospaced when this share of its glyphs is set in a monospaced font (a word of code in prose is not)."""
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
        self.fixed_pitch: set[str] = set()
        """The names of the fonts met so far whose descriptor says they are monospaced (``page_text``'s ``fixed_pitch``)."""
        self._last_font: PDFFont | None = None

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
        if font is not self._last_font:  # glyphs come in runs of one font: one look at each run's descriptor
            self._last_font = font
            if font.flags & FIXED_PITCH_FLAG:
                self.fixed_pitch.add(font.fontname)
        return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)

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


def page_text(number: int, layout: LTPage, repeated: set[int], fixed_pitch: Collection[str] = ()) -> PageText:
    """The lines, filled boxes, drawn shapes and images of one analysed page, each line's text repaired.

    ``fixed_pitch`` names fonts whose descriptor says they are monospaced (``DedupingAggregator.fixed_pitch``), beside
    those whose name says so."""
    lines: list[TextLine] = []
    boxes: list[BBox] = []
    drawings: list[BBox] = []
    images: list[BBox] = []
    counts = [0, 0]
    _collect(layout, _Glyphs(repeated, frozenset(fixed_pitch)), lines, boxes, (drawings, images), counts)
    width, height = layout.width, layout.height
    shapes = tuple(b for b in drawings if b[2] - b[0] < FRAME * width and b[3] - b[1] < FRAME * height)
    shown = tuple(line for line in lines if _on_the_page(line.bbox, layout.bbox))
    return PageText(number, layout.bbox, shown, tuple(boxes), counts[0], counts[1], shapes, tuple(images))


def _on_the_page(box: BBox, page: BBox) -> bool:
    """Whether any of a line lies on the page: text set wholly beyond its edges (a layer of the original artwork
    pushed off the page) is never printed, and no reader of the edition sees it."""
    return box[2] > page[0] and box[0] < page[2] and box[3] > page[1] and box[1] < page[3]


FRAME = 0.9
"""A shape this much of the page's width or height is a frame or background, not part of a drawing."""


@dataclass(frozen=True, slots=True)
class _Glyphs:
    """What tells a page's glyphs apart beyond their own fields: ``id()`` of those drawn twice (fake bold), and the
    fonts whose descriptor says they are monospaced."""

    repeated: set[int]
    fixed_pitch: frozenset[str]


def _collect(
    container: Iterable[LTItem],
    glyphs: _Glyphs,
    lines: list[TextLine],
    boxes: list[BBox],
    pictures: tuple[list[BBox], list[BBox]],
    counts: list[int],
) -> None:
    """``pictures``: the drawn shapes and the images, each list added to."""
    for item in container:
        if isinstance(item, LTTextLineHorizontal):
            line = _text_line(item, glyphs, counts)
            if line is not None:
                lines.append(line)
        elif isinstance(item, (LTTextBox, LTFigure)):
            _collect(item, glyphs, lines, boxes, pictures, counts)
        elif isinstance(item, LTCurve):  # lines and rectangles are curves too
            pictures[0].append(item.bbox)
            if isinstance(item, LTRect) and item.fill and min(item.width, item.height) >= MIN_BOX_SIDE:
                boxes.append(item.bbox)
        elif isinstance(item, LTImage):
            pictures[1].append(item.bbox)


def _text_line(line: LTTextLineHorizontal, glyphs: _Glyphs, counts: list[int]) -> TextLine | None:
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
    if not chars:
        return None
    fonts = {char.fontname for char in chars}
    mono = _is_monospaced(chars, fonts, glyphs.fixed_pitch)
    text = map_ligatures(blank_control_characters(raw))
    # Code keeps its spacing: ``a b c d`` in a listing is four names, not a letter-spaced word.
    text = squeeze_spaces(text if mono else collapse_letter_spacing(text))
    if not text:
        return None
    size = round(median([char.size for char in chars]), 2)
    bold = _bold_glyphs(chars, fonts, glyphs.repeated) >= 0.6 * len(chars)
    return TextLine(text, _line_box(line, chars, size), size, bold, mono and not _mostly_unspaced(text))


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


def _bold_glyphs(chars: list[LTChar], fonts: set[str], repeated: set[int]) -> int:
    """How many of ``chars`` look bold: set in a bold font, or drawn twice (fake bold); ``fonts`` are their fonts."""
    bold_fonts = {font for font in fonts if _is_bold_font(font)}
    if repeated or (bold_fonts and bold_fonts != fonts):
        return sum(1 for char in chars if char.fontname in bold_fonts or id(char) in repeated)
    return len(chars) if bold_fonts else 0


@cache
def _is_monospaced_font(name: str) -> bool:
    return MONOSPACED_NAMES.search(name.lower()) is not None


def _is_monospaced(chars: list[LTChar], fonts: set[str], fixed_pitch: frozenset[str]) -> bool:
    """Whether ``MONO_SHARE`` of ``chars`` (set in ``fonts``) are in a monospaced font, told by its name or descriptor."""
    mono = {font for font in fonts if font in fixed_pitch or _is_monospaced_font(font)}
    if not mono:
        return False
    if mono == fonts:
        return True
    return sum(1 for char in chars if char.fontname in mono) >= MONO_SHARE * len(chars)


_UNSPACED_LETTER = regex.compile(r"[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]")


def _mostly_unspaced(text: str) -> bool:
    """Whether most of ``text``'s letters are Chinese, Japanese or Korean: their fonts set every glyph one em wide and
    may say they are monospaced; such a line is prose, not code."""
    letters = sum(1 for char in text if char.isalpha())
    return letters > 0 and len(_UNSPACED_LETTER.findall(text)) * 2 > letters
