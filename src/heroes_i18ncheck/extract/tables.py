"""Ruled tables: the lines inside a grid of drawn rules become one line per row, its cells in column order.

A table's cells are laid out side by side, so reading them as prose splits a row
across blocks and glues cells of different rows together (``0.1 Nov 9, 0.1.1 Nov 23``):
a date, a version or a name then seems to move between editions. ``table_grids``
finds the grids — at least ``MIN_RULES`` horizontal rules over one width, crossed by a
vertical rule inside them — and ``rows_of_tables`` puts each row's text in one line
(cells in column order, `` | `` between them), marked as a table row, where the
row stood. Each row is then a block of its own, compared with its row in the other
edition. Tables without rules are left to the other layout passes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from ..model import BBox, BlockKind
from .lines import PageText, TextLine, union
from .repairs import join_lines

THIN = 2.5
"""A drawn shape at most this thick is a rule."""
MIN_RULE = 20.0
"""A horizontal rule at least this long can border a row."""
MIN_RULES = 3
"""Horizontal rules a grid needs: a header row and one row at least."""
SNAP = 3.0
"""Rules this close (points) are one, and rules ending this close span the same width."""
MAX_SHAPES = 2000
"""A page drawing more shapes than this (a detailed map or chart) is not searched for tables: the search takes
time in proportion to rules times rules."""
CELL_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table: its row borders top to bottom and the column borders inside it, left to right."""

    x0: float
    x1: float
    rows: tuple[float, ...]
    columns: tuple[float, ...]

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.rows[-1], self.x1, self.rows[0])


def _merged(segments: Sequence[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear segments ``(position, start, end)`` that touch, joined into one rule each."""
    out: list[tuple[float, float, float]] = []
    for position, start, end in sorted(segments):
        if out and abs(out[-1][0] - position) <= SNAP / 2 and start <= out[-1][2] + SNAP:
            last = out[-1]
            out[-1] = (last[0], last[1], max(last[2], end))
        else:
            out.append((position, start, end))
    return out


def table_grids(page: PageText) -> tuple[Grid, ...]:
    """The page's ruled tables."""
    if len(page.drawings) > MAX_SHAPES:
        return ()
    across = _merged([((b[1] + b[3]) / 2, b[0], b[2]) for b in page.drawings if b[3] - b[1] <= THIN < b[2] - b[0]])
    down = _merged([((b[0] + b[2]) / 2, b[1], b[3]) for b in page.drawings if b[2] - b[0] <= THIN < b[3] - b[1]])
    widths: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
    for rule in across:
        if rule[2] - rule[1] >= MIN_RULE:
            widths.setdefault((round(rule[1] / SNAP), round(rule[2] / SNAP)), []).append(rule)
    grids = []
    for rules in widths.values():
        if len(rules) < MIN_RULES:
            continue
        x0, x1 = min(r[1] for r in rules), max(r[2] for r in rules)
        ys = sorted({r[0] for r in rules}, reverse=True)
        inside = sorted({round(x, 1) for x, y0, y1 in down if x0 + SNAP < x < x1 - SNAP and y0 < ys[0] and y1 > ys[-1]})
        columns = [x for i, x in enumerate(inside) if i == 0 or x - inside[i - 1] > SNAP]
        if columns:
            grids.append(Grid(x0, x1, tuple(ys), tuple(columns)))
    return tuple(sorted(grids, key=lambda g: (-g.rows[0], g.x0)))


def _inside(line: TextLine, grid: Grid) -> bool:
    x, y = (line.x0 + line.x1) / 2, line.middle
    return grid.x0 <= x <= grid.x1 and grid.rows[-1] <= y <= grid.rows[0]


def row_line(lines: Sequence[TextLine], columns: Sequence[float]) -> TextLine:
    """One row's lines as one line of role ``TABLE_ROW``: each cell's lines (split at the column borders
    ``columns``) joined top to bottom, the cells left to right."""
    cells: dict[int, list[TextLine]] = {}
    for line in lines:
        cells.setdefault(bisect_right(columns, line.x0), []).append(line)
    texts = [
        join_lines([line.text for line in sorted(cell, key=lambda item: (-item.y1, item.x0))], dehyphenate=True)
        for _, cell in sorted(cells.items())
    ]
    bold = sum(line.bold for line in lines) * 2 > len(lines)
    return TextLine(CELL_SEPARATOR.join(texts), union([line.bbox for line in lines]), median(line.size for line in lines), bold, role=BlockKind.TABLE_ROW, opens=True)


def _crossed(grid: Grid, lines: Sequence[TextLine]) -> bool:
    """Whether a rule of the grid runs through a line of text: the text and the drawing do not stand where each
    other expects (pdfminer places some fonts' lines a few points off), so the grid would cut rows wrongly."""
    for line in lines:
        if line.x1 <= grid.x0 or line.x0 >= grid.x1:
            continue
        if any(line.y0 + CROSSING < border < line.y1 - CROSSING for border in grid.rows):
            return True
    return False


CROSSING = 0.5
"""A rule this far inside a line's box runs through its text."""


def rows_of_tables(page: PageText) -> PageText:
    """The page with the lines of each ruled table replaced by one line per row (``TextLine.role`` ``TABLE_ROW``)."""
    grids = tuple(grid for grid in table_grids(page) if not _crossed(grid, page.lines))
    if not grids:
        return page
    rows: dict[tuple[int, int], list[TextLine]] = {}
    kept: list[TextLine] = []
    for line in page.lines:
        grid = next((k for k, g in enumerate(grids) if _inside(line, g)), None)
        if grid is None:
            kept.append(line)
            continue
        borders = grids[grid].rows
        row = sum(1 for border in borders[1:] if line.middle < border)
        rows.setdefault((grid, row), []).append(line)
    if not rows:
        return page
    made = [row_line(lines, grids[grid].columns) for (grid, _), lines in sorted(rows.items())]
    return page.with_lines((*kept, *made))
