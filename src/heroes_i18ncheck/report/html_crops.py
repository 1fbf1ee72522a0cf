"""Page crops for the HTML report: the region of a PDF page around a finding's value, as a small PNG.

The value's own box comes from pypdfium2's text page (its occurrence inside
the block's box when extraction gave one), else the block's box marks the
place, else there is no crop and the report shows text only. Work is bounded:
at most ``MAX_CROPS`` crops per report, each page rendered once (at most
``MAX_PAGE_PIXELS``), crops cut from that bitmap and encoded as PNG with the
standard library — no image library needed. A crop shows whole lines of one column: its
sides at the gutters of the value's column, its edges moved off every row of glyphs they
would cut. A PDF is untrusted here too: each file's crops are drawn by a job on a worker
process under ``CROP_SECONDS`` and the workers' memory cap; a file whose crops outlive it
gets none (its findings show as text).
"""

from __future__ import annotations

import base64
import math
import struct
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from ..model import BBox, Side
from ..parallel import Failure, Job, Workers, default_jobs

if TYPE_CHECKING:  # loaded only when a report shows crops: a run with any other format never needs it
    import pypdfium2 as pdfium

MAX_CROPS = 40
"""Crops per report; findings past this many sides are shown as text only."""

RENDER_SCALE = 1.5
"""Pixels per PDF point (108 dpi): body text stays readable, files stay small."""

MAX_PAGE_PIXELS = 12_000_000
"""A page larger than this (a poster) is rendered at a lower scale to bound memory."""

CROP_MAX = (600.0, 170.0)
"""Largest crop, in points; the block around the value is shown whole when it fits. As wide as a page's
text, so a line is shown whole; a taller block is cut between two lines around the value."""

CROP_MIN = (320.0, 44.0)
"""Smallest crop, in points: a short value still shows the words around it, and crops line up."""

CROP_PAD = 8.0
"""Margin, in points, around the marked region."""

MAX_MATCHES = 200
"""Occurrences of a value looked at on one page."""

MAX_EDGE_MOVES = 64
"""Passes spent moving a crop's edges off rows of glyphs (each pass leaves a row out or takes one in)."""

GUTTER = 8.0
"""The least empty width, in points, between two columns (wider than any word space of unjustified text)."""

COLUMN_ROWS = 8
"""How far above and below the focus, in its own heights, rows are looked at to find its column's gutters."""

EDGE_GAP = 1.0
"""Points kept between a crop's edge and the nearest glyph left out of it (anti-aliasing stays out too)."""

CROP_SECONDS = 20.0
"""Time one PDF's crops may take to draw (a costly shading can take minutes); past it, that file has none."""


@dataclass(frozen=True, slots=True)
class CropRequest:
    """Where to look: a page of a PDF, the raw value, the block's box and which occurrence in the block."""

    path: str
    page: int
    value: str
    bbox: BBox | None
    occurrence: int = 0


@dataclass(frozen=True, slots=True)
class Crop:
    """A PNG data URI of a page region and the marked boxes in it, as fractions of its size.

    ``located`` says what the marks show: ``"value"`` (the value's own box) or
    ``"block"`` (the block's box, when the value could not be found on the page).
    """

    uri: str
    width: int
    height: int
    marks: tuple[tuple[float, float, float, float], ...]
    located: str
    window: BBox
    """The region shown, in PDF points."""


def crop_request(side: Side | None) -> CropRequest | None:
    """What to crop for one side of a finding, or ``None`` when it is not on a PDF page."""
    if side is None or side.page is None or not side.path.lower().endswith(".pdf"):
        return None
    if not side.value and side.bbox is None:
        return None
    occurrence = 0
    if side.value and side.span and 0 <= side.span[0] <= len(side.text):
        occurrence = side.text.count(side.value, 0, side.span[0])
    return CropRequest(side.path, side.page, side.value, side.bbox, occurrence)


def render_crops(
    requests: Iterable[CropRequest], limit: int | None = None, timeout: float | None = None
) -> dict[CropRequest, Crop]:
    """Crops for the first ``limit`` (default ``MAX_CROPS``) distinct requests, each PDF's within ``timeout``
    (default ``CROP_SECONDS``); one not renderable, or too slow, has none."""
    wanted = list(dict.fromkeys(requests))[: MAX_CROPS if limit is None else limit]
    if not wanted:
        return {}
    ordered = sorted(wanted, key=lambda r: (r.path, r.page))
    seconds = CROP_SECONDS if timeout is None else timeout
    jobs = [Job(_document_crops, list(by_path), seconds) for _, by_path in groupby(ordered, key=lambda r: r.path)]
    crops: dict[CropRequest, Crop] = {}
    with Workers(min(len(jobs), default_jobs())) as workers:
        for found in workers.map(jobs):
            if not isinstance(found, Failure):
                crops.update(found)
    return crops


def _document_crops(requests: list[CropRequest]) -> list[tuple[CropRequest, Crop]]:
    """On a worker: the crops of one PDF's requests."""
    return list(_crops_of(requests[0].path, requests))


def _crops_of(path: str, requests: list[CropRequest]) -> Iterator[tuple[CropRequest, Crop]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError, ValueError):
        return
    try:
        for page_number, on_page in groupby(requests, key=lambda r: r.page):
            if not 1 <= page_number <= len(document):
                continue
            try:
                yield from _page_crops(document[page_number - 1], list(on_page))
            except (pdfium.PdfiumError, ValueError):
                continue
    finally:
        document.close()


def _page_crops(page: pdfium.PdfPage, requests: list[CropRequest]) -> Iterator[tuple[CropRequest, Crop]]:
    """Every crop of one page from one rendering of it."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    glyphs = glyph_boxes(textpage)
    left, bottom, right, top = page.get_bbox()
    page_box = (left, bottom, right, top)
    width, height = page.get_size()
    scale = min(RENDER_SCALE, math.sqrt(MAX_PAGE_PIXELS / max(width * height, 1.0)))
    bitmap = page.render(scale=scale, rev_byteorder=True, force_bitmap_format=pdfium_c.FPDFBitmap_BGR)
    to_pixels = bitmap.get_posconv(page)
    try:
        pixels = bytes(bitmap.buffer)
        for request in requests:
            crop = _crop(textpage, glyphs, to_pixels, pixels, bitmap, request, page_box)
            if crop is not None:
                yield request, crop
    finally:
        textpage.close()
        bitmap.close()


def _crop(
    textpage: pdfium.PdfTextPage,
    glyphs: Sequence[BBox],
    to_pixels: pdfium.PdfPosConv,
    pixels: bytes,
    bitmap: pdfium.PdfBitmap,
    request: CropRequest,
    page_box: BBox,
) -> Crop | None:
    """One crop cut from the page's bitmap, or ``None`` when there is nothing sure to show."""
    boxes = value_boxes(textpage, request)
    located = "value" if boxes else "block"
    if not boxes:
        if request.bbox is None:
            return None
        boxes = [request.bbox]
    window = crop_window(_union(boxes), request.bbox, page_box, glyphs)
    region = _pixel_box(to_pixels, window, bitmap.width, bitmap.height)
    if region[2] - region[0] < 2 or region[3] - region[1] < 2:
        return None
    marks = tuple(_fraction(_pixel_box(to_pixels, box, bitmap.width, bitmap.height), region) for box in boxes)
    png = _png_region(pixels, bitmap.stride, region)
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return Crop(uri, region[2] - region[0], region[3] - region[1], marks, located, window)


def value_boxes(textpage: pdfium.PdfTextPage, request: CropRequest) -> list[BBox]:
    """The boxes (one per line) of the value on the page, in PDF points; empty when not found for sure.

    With a block box, the ``occurrence``-th match inside it; without one, only
    a match that is the single one on the page (any other would be a guess).
    """
    if not request.value.strip():
        return []
    matches: list[list[BBox]] = []
    searcher = textpage.search(request.value, match_case=True)
    while len(matches) < MAX_MATCHES and (found := searcher.get_next()) is not None:
        lines = _line_boxes(textpage, *found)
        if lines:
            matches.append(lines)
    searcher.close()
    if request.bbox is None:
        return matches[0] if len(matches) == 1 else []
    inside = [m for m in matches if _inside(_union(m), request.bbox)]
    if not inside:
        return []
    return inside[min(request.occurrence, len(inside) - 1)]


def crop_window(focus: BBox, block: BBox | None, page: BBox, glyphs: Sequence[BBox] = ()) -> BBox:
    """The region to show: the block around the focus, cut to ``CROP_MAX`` around the focus, inside the page.

    With the page's ``glyphs`` (tight boxes), the region is the focus's column
    instead — from gutter to gutter, as the lines around the focus show it, since
    a paragraph's box may run on into the next column — and its edges are moved
    off every row of glyphs they would cut: rows are shown whole or not at all.
    """
    region = _union([focus, block])
    x0, y0, x1, y1 = region[0] - CROP_PAD, region[1] - CROP_PAD, region[2] + CROP_PAD, region[3] + CROP_PAD
    (max_w, max_h), (min_w, min_h) = CROP_MAX, CROP_MIN
    x0, x1 = _fit(x0, x1, (focus[0] + focus[2]) / 2, min_w, max_w)
    y0, y1 = _fit(y0, y1, (focus[1] + focus[3]) / 2, min_h, max_h)
    x0, x1 = _slide_inside(x0, x1, page[0], page[2])
    y0, y1 = _slide_inside(y0, y1, page[1], page[3])
    near = [g for g in glyphs if g[1] < y1 + max_h and g[3] > y0 - max_h]
    if not near:
        return (x0, y0, x1, y1)
    left, right = _column(focus, near, page)
    pad = min(CROP_PAD, GUTTER / 2)
    x0, x1 = _fit(left - pad, right + pad, (focus[0] + focus[2]) / 2, 0.0, max_w)
    x0, y0, x1, y1 = _whole_rows((x0, y0, x1, y1), focus, near)
    inside = [g for g in near if x0 <= g[0] and g[2] <= x1 and y0 <= g[1] and g[3] <= y1]
    y0 = max(y0, min([focus[1], *(g[1] for g in inside)]) - CROP_PAD)  # no empty band below the last row shown
    y1 = min(y1, max([focus[3], *(g[3] for g in inside)]) + CROP_PAD)
    return (max(x0, page[0]), max(y0, page[1]), min(x1, page[2]), min(y1, page[3]))


def glyph_boxes(textpage: pdfium.PdfTextPage) -> list[BBox]:
    """The tight box of every visible character on the page (spaces and empty glyphs left out)."""
    boxes = []
    for index in range(textpage.count_chars()):
        x0, y0, x1, y1 = textpage.get_charbox(index)
        if x1 > x0 and y1 > y0:
            boxes.append((x0, y0, x1, y1))
    return boxes


def _rows(glyphs: Iterable[BBox]) -> list[tuple[float, float, list[BBox]]]:
    """Glyphs grouped into rows, top first: a glyph whose middle lies within a row's height joins it."""
    rows: list[tuple[float, float, list[BBox]]] = []
    for glyph in sorted(glyphs, key=lambda g: -(g[1] + g[3])):
        middle = (glyph[1] + glyph[3]) / 2
        if rows and rows[-1][0] <= middle <= rows[-1][1]:
            bottom, top, members = rows[-1]
            members.append(glyph)
            rows[-1] = (min(bottom, glyph[1]), max(top, glyph[3]), members)
        else:
            rows.append((glyph[1], glyph[3], [glyph]))
    return rows


def _runs(row: Sequence[BBox]) -> list[tuple[float, float]]:
    """A row's stretches of text: its glyphs joined across any gap narrower than ``GUTTER``."""
    runs: list[list[float]] = []
    for x0, _, x1, _ in sorted(row):
        if runs and x0 - runs[-1][1] < GUTTER:
            runs[-1][1] = max(runs[-1][1], x1)
        else:
            runs.append([x0, x1])
    return [(a, b) for a, b in runs]


def _column(focus: BBox, glyphs: Sequence[BBox], page: BBox) -> tuple[float, float]:
    """The left and right ends of the column holding the focus: where a strip ``GUTTER`` wide is empty in
    the rows around the focus, all but a fifth of them (a heading or a footer may run across a gutter; the
    wide spaces of justified lines line up in a few rows, not in most)."""
    height = max(focus[3] - focus[1], 1.0)
    middle = (focus[1] + focus[3]) / 2
    rows = [_runs(members) for bottom, top, members in _rows(glyphs) if abs((bottom + top) / 2 - middle) <= COLUMN_ROWS * height]
    if not rows:
        return focus[0], focus[2]
    allowed = len(rows) // 5

    def inked(a: float, b: float) -> int:
        return sum(any(r0 < b and r1 > a for r0, r1 in runs) for runs in rows)

    ends = sorted({r1 for runs in rows for _, r1 in runs if r1 >= focus[2]} | {focus[2]})
    right = next((x for x in ends if inked(x + 0.01, x + GUTTER) <= allowed), page[2])
    starts = sorted({r0 for runs in rows for r0, _ in runs if r0 <= focus[0]} | {focus[0]}, reverse=True)
    left = next((x for x in starts if inked(x - GUTTER, x - 0.01) <= allowed), page[0])
    return left, right


def _whole_rows(window: BBox, focus: BBox, glyphs: Sequence[BBox]) -> BBox:
    """The window moved off every row it would cut: a row the top or bottom edge goes through, or whose text
    runs on past the left or right edge, is left out — unless it is the focus's, which is then taken in whole."""
    x0, y0, x1, y1 = window
    by_middle = sorted(glyphs, key=lambda g: g[1] + g[3])
    middles = [(g[1] + g[3]) / 2 for g in by_middle]
    for _ in range(MAX_EDGE_MOVES):
        widened = False
        for bottom, top, _ in _rows(g for g in glyphs if g[0] < x1 and g[2] > x0):
            if bottom >= y1 + EDGE_GAP or top <= y0 - EDGE_GAP:
                continue
            runs = _runs(by_middle[bisect_left(middles, bottom) : bisect_right(middles, top)])
            if not (any(r0 < x0 < r1 or r0 < x1 < r1 for r0, r1 in runs) or bottom - EDGE_GAP < y0 or top + EDGE_GAP > y1):
                continue
            if bottom < focus[3] and top > focus[1]:
                runs = [r for r in runs if r[0] < x1 and r[1] > x0]
                x0, x1 = min([x0, *(r[0] - EDGE_GAP for r in runs)]), max([x1, *(r[1] + EDGE_GAP for r in runs)])
                y0, y1 = min(y0, bottom - EDGE_GAP), max(y1, top + EDGE_GAP)
                widened = True
                break
            if bottom >= focus[3]:
                y1 = min(y1, bottom - EDGE_GAP)
            else:
                y0 = max(y0, top + EDGE_GAP)
        if not widened:
            break
    return (x0, y0, x1, y1)


def png_bytes(width: int, height: int, rows: Iterable[bytes], gray: bool = False) -> bytes:
    """An 8-bit PNG of ``height`` rows of ``width`` pixels, RGB or ``gray`` (filter type 0, zlib level 9)."""
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0 if gray else 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _line_boxes(textpage: pdfium.PdfTextPage, start: int, count: int) -> list[BBox]:
    """The loose boxes of the characters ``start .. start+count``, merged into one box per line."""
    lines: list[list[float]] = []
    for index in range(start, start + count):
        x0, y0, x1, y1 = textpage.get_charbox(index, loose=True)
        if x1 - x0 <= 0 or y1 - y0 <= 0:
            continue
        middle = (y0 + y1) / 2
        current = lines[-1] if lines else None
        if current and current[1] <= middle <= current[3] and x0 >= current[0] - 1:
            current[:] = [min(current[0], x0), min(current[1], y0), max(current[2], x1), max(current[3], y1)]
        else:
            lines.append([x0, y0, x1, y1])
    return [(a, b, c, d) for a, b, c, d in lines]


def _union(boxes: Iterable[BBox | None]) -> BBox:
    real = [b for b in boxes if b is not None]
    return (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))


def _inside(box: BBox, outer: BBox, slack: float = 3.0) -> bool:
    """Whether the centre of ``box`` lies in ``outer`` (grown by ``slack`` points)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] - slack <= cx <= outer[2] + slack and outer[1] - slack <= cy <= outer[3] + slack


def _fit(low: float, high: float, centre: float, least: float, most: float) -> tuple[float, float]:
    """Grow a span to ``least`` around its middle, or cut it to ``most`` around ``centre``."""
    if high - low < least:
        middle = (low + high) / 2
        return middle - least / 2, middle + least / 2
    if high - low > most:
        return centre - most / 2, centre + most / 2
    return low, high


def _slide_inside(low: float, high: float, floor: float, ceiling: float) -> tuple[float, float]:
    """Move a span into ``[floor, ceiling]`` without shrinking it, unless the page is smaller."""
    if low < floor:
        low, high = floor, high + (floor - low)
    if high > ceiling:
        low, high = low - (high - ceiling), ceiling
    return max(low, floor), min(high, ceiling)


def _pixel_box(to_pixels: pdfium.PdfPosConv, box: BBox, width: int, height: int) -> tuple[int, int, int, int]:
    """A PDF box as the bitmap's pixel box ``(left, top, right, bottom)``, clipped to the bitmap."""
    corners = [to_pixels.to_bitmap(x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (
        max(0, min(xs)),
        max(0, min(ys)),
        min(width, max(xs)),
        min(height, max(ys)),
    )


def _fraction(box: tuple[int, int, int, int], region: tuple[int, int, int, int]) -> tuple[float, float, float, float]:
    """A pixel box as ``(left, top, width, height)`` fractions of ``region``, clipped to it."""
    width, height = region[2] - region[0], region[3] - region[1]
    left = min(max(box[0], region[0]), region[2]) - region[0]
    top = min(max(box[1], region[1]), region[3]) - region[1]
    right = min(max(box[2], region[0]), region[2]) - region[0]
    bottom = min(max(box[3], region[1]), region[3]) - region[1]
    return (left / width, top / height, (right - left) / width, (bottom - top) / height)


def _png_region(pixels: bytes, stride: int, region: tuple[int, int, int, int]) -> bytes:
    """The region as PNG; grayscale when every pixel is gray (black-on-white text), a third of the data."""
    left, top, right, bottom = region
    rows = [pixels[y * stride + 3 * left : y * stride + 3 * right] for y in range(top, bottom)]
    joined = b"".join(rows)
    if joined[0::3] == joined[1::3] == joined[2::3]:
        return png_bytes(right - left, bottom - top, (row[0::3] for row in rows), gray=True)
    return png_bytes(right - left, bottom - top, rows)
