"""Drawings on a page and the text inside them: the labels of a diagram are figure text, not paragraphs.

A figure drawn with vector graphics (boxes, arrows, curves) leaves its labels as
ordinary text among the page's lines. ``figure_regions`` gathers the page's
drawn shapes into clusters (shapes within ``NEAR`` points of each other join);
a cluster of at least ``MIN_SHAPES`` shapes whose text is short labels (median
line at most ``MAX_LABEL_CHARS`` characters) is a figure. A ruled table of
prose cells, a page frame, a rule under a heading or a shaded panel is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from ..model import BBox
from .lines import PageText, TextLine

NEAR = 8.0
"""Shapes this close (points) belong to one drawing."""
MIN_SHAPES = 12
"""Fewer shapes are a frame, a rule or a logo's few strokes, not a diagram."""
MAX_LABEL_CHARS = 30
"""The median line of a figure's text is a label this long at most; longer lines are prose (a ruled table)."""
MAX_SHAPES = 2000
"""A page drawing more shapes than this (a detailed map or chart) is not searched for figures: it would take long."""
SLACK = 2.0


def figure_regions(page: PageText) -> tuple[BBox, ...]:
    """The boxes of the page's figures: clusters of drawn shapes holding short labels."""
    if len(page.drawings) < MIN_SHAPES or len(page.drawings) > MAX_SHAPES:
        return ()
    regions = []
    for box, count in _clusters(page.drawings):
        if count < MIN_SHAPES:
            continue
        inside = [line for line in page.lines if in_box(line, box)]
        if inside and median(len(line.text) for line in inside) <= MAX_LABEL_CHARS:
            regions.append(box)
    return tuple(regions)


def in_box(line: TextLine, box: BBox) -> bool:
    """Whether the middle of ``line`` stands inside ``box``."""
    x, y = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return box[0] - SLACK <= x <= box[2] + SLACK and box[1] - SLACK <= y <= box[3] + SLACK


def in_figure(line: TextLine, figures: Sequence[BBox]) -> bool:
    """Whether ``line`` is figure text: its middle inside a figure, or its two ends inside two figures side by side
    (the labels of two drawings on one row read as one line)."""
    if any(in_box(line, box) for box in figures):
        return True
    y = (line.y0 + line.y1) / 2
    level = [box for box in figures if box[1] - SLACK <= y <= box[3] + SLACK]
    return any(b[0] - SLACK <= line.x0 <= b[2] for b in level) and any(b[0] <= line.x1 <= b[2] + SLACK for b in level)


def _clusters(shapes: tuple[BBox, ...]) -> list[tuple[BBox, int]]:
    """Shapes joined while any two clusters come within ``NEAR`` of each other: each cluster's box and size."""
    clusters = [(shape, 1) for shape in sorted(shapes)]
    merged = True
    while merged:
        merged = False
        out: list[tuple[BBox, int]] = []
        for box, count in clusters:
            for k, (other, others) in enumerate(out):
                if _near(box, other):
                    out[k] = (_union(box, other), count + others)
                    merged = True
                    break
            else:
                out.append((box, count))
        clusters = out
    return clusters


def _near(a: BBox, b: BBox) -> bool:
    return a[0] <= b[2] + NEAR and b[0] <= a[2] + NEAR and a[1] <= b[3] + NEAR and b[1] <= a[3] + NEAR


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
