"""The plain records the PDF layer works on once pdfminer is done: text lines and pages.

Coordinates are PDF points with pdfminer's origin at the page's bottom left, so
a larger ``y`` is higher on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import BBox


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text as laid out: its repaired text, box, dominant font size and weight."""

    text: str
    bbox: BBox
    size: float
    bold: bool = False

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def y0(self) -> float:
        return self.bbox[1]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y1(self) -> float:
        return self.bbox[3]

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def middle(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's text lines (any order), its filled boxes, and its glyph counts.

    ``boxes`` are filled rectangles (shaded panels, photo frames) that can mark a
    full-width section; ``unmapped`` counts glyphs that had no Unicode mapping.
    """

    number: int
    bbox: BBox
    lines: tuple[TextLine, ...]
    boxes: tuple[BBox, ...] = ()
    glyphs: int = 0
    unmapped: int = 0

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    def with_lines(self, lines: tuple[TextLine, ...]) -> PageText:
        """The same page holding other lines."""
        return replace(self, lines=lines)


def union(boxes: list[BBox]) -> BBox:
    """The smallest box holding all ``boxes``."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
