"""Reading order on a page: columns found by their gutter, read top to bottom, left column first.

``find_gutters`` looks for vertical strips that few lines cross while many lines
stand side by side left and right of them. A line crossing a gutter, or a line
inside a filled panel that crosses one (a shaded full-width banner), breaks the
columns into bands: each band's columns are read left to right, then the
full-width part, then the next band. A page without a gutter is one flow.

Within a flow, lines are read in rows, top to bottom, and lines of one row left
to right; a row's pieces set in the same size ("1." and "Introduction", or a
justified line pdfminer cut at a wide word gap) merge into one.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from ..model import BBox
from .lines import PageText, TextLine, in_row_groups, union

MIN_GUTTER = 6.0
"""Narrowest empty strip (points) taken for a gutter."""

MIN_SIDE_BY_SIDE = 4
"""Lines standing beside each other across a gutter, at least, for it to count."""

MIN_COLUMN_WIDTH = 0.15
"""Text on each side of a gutter spans at least this share of the text width (else: word gaps)."""

WIDE_PANEL = 0.6
"""A filled box this wide (share of the text width) may be a full-width panel."""

TALL_PANEL = 0.4
"""A filled box taller than this share of the page is a background, not a panel."""

Flow = tuple[TextLine, ...]


def reading_order(page: PageText) -> list[Flow]:
    """The page's lines as flows in reading order: column pieces and full-width pieces."""
    lines = list(page.lines)
    if not lines:
        return []
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    panels = [
        b for b in page.boxes
        if b[2] - b[0] >= WIDE_PANEL * (right - left) and b[3] - b[1] <= TALL_PANEL * page.height
    ]
    gutters = find_gutters([line for line in lines if _panel_of(line, panels) is None] if panels else lines)
    if not gutters:
        return [in_rows(lines)]
    panels = [b for b in panels if any(b[0] < g < b[2] for g in gutters)]
    separators: list[tuple[float, list[TextLine]]] = [(b[3], []) for b in panels]
    columns: list[TextLine] = []
    for line in lines:
        panel = _panel_of(line, panels) if panels else None
        if panel is not None:
            separators[panels.index(panel)][1].append(line)
        elif any(line.x0 < g < line.x1 for g in gutters):
            separators.append((line.y1, [line]))
        else:
            columns.append(line)
    separators.sort(key=lambda s: -s[0])
    columns = _attach_last_lines(columns, separators)
    bands: list[list[TextLine]] = [[] for _ in range(len(separators) + 1)]
    tops = [top for top, _ in separators]
    for line in columns:
        bands[sum(1 for top in tops if top > line.middle)].append(line)
    flows: list[Flow] = []
    full: list[TextLine] = []
    for band, separator in zip(bands, [*separators, (0.0, [])]):
        if band:
            if full:
                flows.append(in_rows(full))
                full = []
            pieces: list[list[TextLine]] = [[] for _ in range(len(gutters) + 1)]
            for line in band:
                pieces[_column_of(line, gutters)].append(line)
            flows.extend(in_rows(piece) for piece in pieces if piece)
        full.extend(separator[1])
    if full:
        flows.append(in_rows(full))
    return flows


def _attach_last_lines(columns: list[TextLine], separators: list[tuple[float, list[TextLine]]]) -> list[TextLine]:
    """Column-width lines that end a full-width paragraph (its short last line) moved to it."""
    ends = {id(lines[-1]): lines for _, lines in separators if lines}
    rest = []
    for line in sorted(columns, key=lambda line: -line.y1):
        above = next((lines for lines in ends.values() if _ends_paragraph_of(lines[-1], line)), None)
        if above is None:
            rest.append(line)
            continue
        del ends[id(above[-1])]
        above.append(line)
        ends[id(line)] = above
    return rest


def _ends_paragraph_of(last: TextLine, line: TextLine) -> bool:
    return (
        abs(line.x0 - last.x0) <= 2.0
        and abs(line.size - last.size) <= 0.3
        and 0 <= last.y0 - line.y1 <= 0.5 * last.height
    )


def _panel_of(line: TextLine, panels: Sequence[BBox]) -> BBox | None:
    x, y = (line.x0 + line.x1) / 2, line.middle
    return next((b for b in panels if b[0] <= x <= b[2] and b[1] <= y <= b[3]), None)


def _column_of(line: TextLine, gutters: Sequence[float]) -> int:
    return sum(1 for g in gutters if g <= line.x0)


def find_gutters(lines: Sequence[TextLine]) -> list[float]:
    """x positions of the gutters between text columns (empty if the text is one column).

    The lines' cover of each whole point across the text is kept as runs of
    equal depth between the points where a line starts or ends, so time and
    memory follow the number of lines, never the coordinates (a glyph far off
    the page costs nothing; one at an infinite x is no part of any column).
    """
    lines = [line for line in lines if math.isfinite(line.x0) and math.isfinite(line.x1)]
    if len(lines) < MIN_SIDE_BY_SIDE:
        return []
    left = math.floor(min(line.x0 for line in lines))
    width = math.ceil(max(line.x1 for line in lines)) - left + 1
    segments = _cover_segments(lines, left, width)
    low = max(depth for _, _, depth in segments) / 3
    gutters = []
    for start, end, first, last in _low_runs(segments, low, 1, width - 1):
        if end - start >= MIN_GUTTER:
            candidate = left + (first + last) / 2
            if _separates_columns(lines, candidate):
                gutters.append(candidate)
    return gutters


def _cover_segments(lines: Sequence[TextLine], left: int, width: int) -> list[tuple[int, int, int]]:
    """``(start, end, depth)``: how many lines cover each whole point of ``[start, end)``, tiling ``[0, width)``.

    A line covers the points from ``floor(x0)`` up to, not including, ``ceil(x1)`` (counted from ``left``).
    """
    change: Counter[int] = Counter()
    for line in lines:
        change[min(max(math.floor(line.x0) - left, 0), width)] += 1
        change[min(max(math.ceil(line.x1) - left, 0), width)] -= 1
    segments = []
    depth = 0
    start = 0
    for point in sorted({*change, width}):
        if point > start:
            segments.append((start, point, depth))
            start = point
        depth += change[point]
    return segments


def _low_runs(
    segments: Sequence[tuple[int, int, int]], low: float, lo: int, hi: int
) -> Iterator[tuple[int, int, int, int]]:
    """Each longest run ``[start, end)`` within ``[lo, hi)`` whose depth is at most ``low``, with the first
    and the last point where it is deepest."""
    run: list[int] | None = None  # start, end, deepest depth, its first point, its last point
    for seg_start, seg_end, depth in segments:
        seg_start, seg_end = max(seg_start, lo), min(seg_end, hi)
        if seg_start >= seg_end:
            continue
        if depth > low:
            if run is not None:
                yield run[0], run[1], run[3], run[4]
                run = None
            continue
        if run is None:
            run = [seg_start, seg_end, depth, seg_start, seg_end - 1]
            continue
        run[1] = seg_end
        if depth < run[2]:
            run[2:] = [depth, seg_start, seg_end - 1]
        elif depth == run[2]:
            run[4] = seg_end - 1
    if run is not None:
        yield run[0], run[1], run[3], run[4]


def _separates_columns(lines: Sequence[TextLine], gutter: float) -> bool:
    left = [line for line in lines if line.x1 <= gutter]
    right = [line for line in lines if line.x0 >= gutter]
    if not left or not right:
        return False
    text_width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    for side in (left, right):
        if max(line.x1 for line in side) - min(line.x0 for line in side) < MIN_COLUMN_WIDTH * text_width:
            return False
    crossing = len(lines) - len(left) - len(right)
    side_by_side = _overlapping(left, right) + _overlapping(right, left)
    return side_by_side >= max(MIN_SIDE_BY_SIDE, 2 * crossing)


def _overlapping(these: Sequence[TextLine], those: Sequence[TextLine]) -> int:
    """How many of ``these`` share height with at least one of ``those``."""
    spans = sorted((line.y0, line.y1) for line in those)
    merged: list[list[float]] = []
    for y0, y1 in spans:
        if merged and y0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], y1)
        else:
            merged.append([y0, y1])
    starts = [span[0] for span in merged]
    count = 0
    for line in these:
        i = bisect_right(starts, line.y1) - 1
        if i >= 0 and merged[i][1] > line.y0:
            count += 1
    return count


def in_rows(lines: Sequence[TextLine]) -> Flow:
    """Lines top to bottom; lines sharing a row left to right and, set alike, merged.

    pdfminer cuts a justified line at a wide word gap; within one column the
    pieces of a row are one line again.
    """
    out: list[TextLine] = []
    for row in in_row_groups(lines):
        merged = [row[0]]
        for line in row[1:]:
            last = merged[-1]
            if line.x0 >= last.x1 - 1.0 and abs(line.size - last.size) < 1:
                merged[-1] = TextLine(f"{last.text} {line.text}", union([last.bbox, line.bbox]), last.size, last.bold and line.bold)
            else:
                merged.append(line)
        out.extend(merged)
    return tuple(out)


