"""Code and commands: the lines set in a monospaced font, each listing made one line marked as code.

A program, a command or a file path is kept as written in every edition: it is never translated, its line-end
hyphens are no hyphenation, and its spaces are no letter spacing (``glyphs`` leaves a monospaced line's spacing as
it is). ``listings`` gathers a page's monospaced lines (``TextLine.mono``) into listings — rows one under the other
in one column, at most ``MAX_GAP`` lines apart and no other text between — and makes each listing one line, its
rows in order, marked ``CODE``: one block, which the layout passes after it and the line joins leave as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from ..model import BlockKind
from .lines import PageText, TextLine, in_row_groups, union

MAX_GAP = 0.9
"""Rows of one listing stand at most this many times their type size apart: a blank line ends a listing (bitcoin-whitepaper's two tables of results, one under the other, are two blocks, as in every edition)."""


@dataclass(frozen=True, slots=True)
class Row:
    """The monospaced pieces of one row, left to right (pdfminer cuts a line at a wide run of spaces)."""

    pieces: tuple[TextLine, ...]

    @property
    def top(self) -> float:
        return max(line.y1 for line in self.pieces)

    @property
    def bottom(self) -> float:
        return min(line.y0 for line in self.pieces)

    @property
    def size(self) -> float:
        return max(line.size for line in self.pieces)


def listings(page: PageText) -> PageText:
    """The page with each listing of monospaced lines replaced by one line marked ``CODE`` (``TextLine.role``)."""
    code = [line for line in page.lines if line.mono and line.role is None]
    if not code:
        return page
    others = [line for line in page.lines if not (line.mono and line.role is None)]
    groups: list[list[Row]] = []
    for row in rows_of(code):
        if groups and _goes_on(groups[-1], row, others):
            groups[-1].append(row)
        else:
            groups.append([row])
    return page.with_lines((*others, *(_listing_line(rows) for rows in groups)))


def rows_of(lines: Sequence[TextLine]) -> list[Row]:
    """``lines`` top to bottom in rows, each row's pieces left to right."""
    return [Row(tuple(row)) for row in in_row_groups(lines)]


def _goes_on(listing: list[Row], row: Row, others: Sequence[TextLine]) -> bool:
    """Whether ``row`` continues ``listing``: close below it, in its column, with no other text between them."""
    last = listing[-1]
    if last.bottom - row.top > MAX_GAP * max(last.size, row.size):
        return False
    left = min(line.x0 for kept in listing for line in kept.pieces)
    right = max(line.x1 for kept in listing for line in kept.pieces)
    if row.pieces[0].x0 >= right or row.pieces[-1].x1 <= left:
        return False
    return not any(
        row.top < line.middle < last.bottom and line.x0 < right and line.x1 > left for line in others
    )


def _listing_line(rows: Sequence[Row]) -> TextLine:
    lines = [line for row in rows for line in row.pieces]
    text = " ".join(line.text for line in lines)
    size = median(line.size for line in lines)
    return TextLine(text, union([line.bbox for line in lines]), size, mono=True, role=BlockKind.CODE, opens=True)
