"""The plain records the PDF layer works on once pdfminer is done: text lines and pages.

Coordinates are PDF points with pdfminer's origin at the page's bottom left, so
a larger ``y`` is higher on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..model import BBox, BlockKind


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text as laid out: its repaired text, box, dominant font size and weight, and whether it is set in a
    monospaced font (``mono``: code, a command, a file path).

    ``role``: the kind of block the layout says the line belongs to, set by a pass over the pages before blocks are
    made (a row of a ruled table, a note, a sidebar…); ``None`` leaves it to ``blocks`` (type size, weight, words).
    A block ends where the role changes, and a line with ``opens`` set begins a block of its own role (each row of
    a table, each note at its marker).

    ``x0``, ``y0``, ``x1``, ``y1`` are the sides of ``bbox`` as plain attributes
    (set once, not properties): the layout passes read them far more often than
    lines are made.
    """

    text: str
    bbox: BBox
    size: float
    bold: bool = False
    mono: bool = False
    role: BlockKind | None = None
    opens: bool = False
    x0: float = field(init=False, repr=False, compare=False)
    y0: float = field(init=False, repr=False, compare=False)
    x1: float = field(init=False, repr=False, compare=False)
    y1: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        x0, y0, x1, y1 = self.bbox
        object.__setattr__(self, "x0", x0)
        object.__setattr__(self, "y0", y0)
        object.__setattr__(self, "x1", x1)
        object.__setattr__(self, "y1", y1)

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def middle(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's text lines (any order), its filled boxes, its glyph counts and its drawn shapes.

    ``boxes`` are filled rectangles (shaded panels, photo frames) that can mark a
    full-width section; ``unmapped`` counts glyphs that had no Unicode mapping;
    ``drawings`` are the boxes of the lines, rectangles and curves drawn on the
    page (frames as large as the page left out), from which ``figures`` finds drawings.
    """

    number: int
    bbox: BBox
    lines: tuple[TextLine, ...]
    boxes: tuple[BBox, ...] = ()
    glyphs: int = 0
    unmapped: int = 0
    drawings: tuple[BBox, ...] = ()
    images: tuple[BBox, ...] = ()
    """The boxes of the images drawn on the page (a photo, a figure pasted as a picture)."""

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


def in_row_groups(lines: Sequence[TextLine], *, by_bottom: bool = False) -> list[list[TextLine]]:
    """``lines`` top to bottom in rows (lines overlapping by half a line's height share one), each row left to right;
    taken in the order of their tops, or (``by_bottom``) of their bottoms."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda item: (-(item.y0 if by_bottom else item.y1), item.x0)):
        first = rows[-1][0] if rows else None
        if first is not None and min(first.y1, line.y1) - max(first.y0, line.y0) >= 0.5 * min(first.height, line.height):
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda item: item.x0)
    return rows
