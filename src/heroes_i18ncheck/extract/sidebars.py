"""Sidebars and pull quotes: text set apart from the running text by a box or by its size.

A box is a filled panel (``PageText.boxes``), a stroked rectangle, or a frame of four rules (a top and a bottom
rule of one width, the sides drawn down between them, as word processors draw a one-cell table). Its lines are a
sidebar (``SIDEBAR``) when they are prose — lines longer than a figure's labels (``figures.MAX_LABEL_CHARS``),
``MIN_WORDS`` words at least — and the box is neither a background nor a section: narrower than ``WIDE``, not a
page-sized shape, not holding most of the page's text (a frame round the page or a column), not a line's
highlight, not a cell of a table of shaded cells (a panel beside it, edge to edge), not a figure or a ruled table
(their lines have a role already or are short labels). A box whose lines are numbered in sequence (``1.``, ``2.``,
…) is a listing (pseudocode): its rows are marked ``CODE``, each numbered statement opening a block; so is such a
run of lines inside what ``figures`` takes for a drawing (the frame of a listing cut by a page break is drawn in
many pieces).

A pull quote is a sentence from the text repeated in type ``PULL_SCALE`` times the body's size, inside a column:
running text of body size right above and below it, and it reads as a sentence (a quotation mark first, or
closing punctuation last), which a heading does not. Marked, it no longer splits the paragraph it stands in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import regex

from ..model import BBox, BlockKind
from .code import Row, rows_of
from .figures import MAX_LABEL_CHARS, figure_regions
from .lines import PageText, TextLine, union

FRAME = 0.9
"""A box this much of the page's width or height is a background or a page frame."""
MAX_SHARE = 0.6
"""A box holding more than this share of the page's characters frames the page's text (or a column), no sidebar."""
MIN_WORDS = 12
"""A sidebar holds at least this many words."""
WIDE = 0.6
"""A box this wide (share of the page's text width) sets a section of the page apart (a newsletter's "Upcoming
events" under its heading, which ``columns`` reads as a full-width panel), not a sidebar beside the text."""
MIN_SIDE = 20.0
"""A box narrower or lower than this (points) is a rule or a highlight."""
THIN = 2.5
"""A drawn shape at most this thick is a rule."""
SNAP = 3.0
"""Rules ending this close span the same width."""
MAX_RULES = 300
"""A page with more horizontal rules than this (a chart) is not searched for frames: pairs of rules are compared."""
MIN_LISTING = 3
"""Numbered rows in sequence that make a box a listing."""
PULL_SCALE = 1.4
"""Type this many times the body's size, inside running text, is a pull quote (or a heading: its words tell)."""
MIN_PULL_WORDS = 6

_WORD = regex.compile(r"\w+")
_ROW_NUMBER = regex.compile(r"^(\d{1,3})\.?(?:\s|$)")
_CODE_SIGN = regex.compile(r"\w\(|[=<>]|\+\+|--|\[\w*\]|\bthen$")
_QUOTE_FIRST = regex.compile(r"^[\"“”„«»‘’‚‹›「『]")
_SENTENCE_LAST = regex.compile(r"[.!?…][\"”»’」』)]?$")


def sidebars(page: PageText) -> PageText:
    """The page with the lines of each sidebar marked ``SIDEBAR`` and each boxed listing ``CODE``; pull quotes too."""
    page = _boxed(page)
    return _pull_quotes(page)


def boxes_of(page: PageText) -> list[BBox]:
    """The page's boxes that may set text apart, smallest first: panels, stroked rectangles and ruled frames."""
    width, height = page.bbox[2] - page.bbox[0], page.bbox[3] - page.bbox[1]
    found = [*page.boxes, *(b for b in page.drawings if b[2] - b[0] > THIN and b[3] - b[1] > THIN), *_ruled_frames(page)]
    kept = {
        tuple(round(v) for v in b): b
        for b in found
        if MIN_SIDE <= b[2] - b[0] < FRAME * width and MIN_SIDE <= b[3] - b[1] < FRAME * height
        and not _cell(b, page.boxes)
    }
    return sorted(kept.values(), key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))


def _cell(box: BBox, panels: Sequence[BBox]) -> bool:
    """Whether ``box`` is a cell of a table of shaded cells: another panel stands right beside it, edge to edge, over
    half its height (a sidebar's title bar stands above its panel, not beside it)."""
    for other in panels:
        overlap = min(box[3], other[3]) - max(box[1], other[1])
        if overlap >= 0.5 * (box[3] - box[1]) and (abs(other[0] - box[2]) <= TOUCH or abs(other[2] - box[0]) <= TOUCH):
            return True
    return False


TOUCH = 1.0
"""Panels whose edges are this close (points) touch."""


def _ruled_frames(page: PageText) -> list[BBox]:
    """Frames drawn as rules: a top and a bottom rule of one width, the sides drawn down (in pieces) between them."""
    across = [b for b in page.drawings if b[3] - b[1] <= THIN < b[2] - b[0]]
    if len(across) < 2 or len(across) > MAX_RULES:
        return []
    down = [b for b in page.drawings if b[2] - b[0] <= THIN < b[3] - b[1]]
    frames = []
    for top in across:
        for bottom in across:
            if bottom[3] >= top[1] or abs(bottom[0] - top[0]) > SNAP or abs(bottom[2] - top[2]) > SNAP:
                continue
            box = (min(top[0], bottom[0]), bottom[1], max(top[2], bottom[2]), top[3])
            if _side_drawn(down, box[0], box) and _side_drawn(down, box[2], box):
                frames.append(box)
    return frames


def _side_drawn(down: Sequence[BBox], x: float, box: BBox) -> bool:
    """Whether vertical rules at ``x`` cover nine tenths of the height of ``box``."""
    pieces = sorted((max(b[1], box[1]), min(b[3], box[3])) for b in down if abs((b[0] + b[2]) / 2 - x) <= SNAP)
    covered, reach = 0.0, box[1]
    for y0, y1 in pieces:
        if y1 > reach:
            covered += y1 - max(y0, reach)
            reach = y1
    return covered >= 0.9 * (box[3] - box[1])


def _inside(line: TextLine, box: BBox) -> bool:
    x, y = (line.x0 + line.x1) / 2, line.middle
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _boxed(page: PageText) -> PageText:
    free = [line for line in page.lines if line.role is None]
    if not free:
        return page
    boxes = boxes_of(page)
    figures = figure_regions(page)
    if not boxes and not figures:
        return page
    total = sum(len(line.text) for line in page.lines)
    width = max(line.x1 for line in page.lines) - min(line.x0 for line in page.lines)
    taken: dict[int, TextLine | None] = {}
    """Each line marked, by ``id()``: its marked line, or ``None`` where it is joined into another."""
    for box in (*boxes, *figures):
        lines = [line for line in free if id(line) not in taken and _inside(line, box)]
        if not lines or sum(len(line.text) for line in lines) > MAX_SHARE * total:
            continue
        rows = rows_of(lines)
        if _numbered_in_sequence(rows):  # a boxed listing: the figure finder takes its frame's pieces for a drawing
            taken.update(_listing(rows))
        elif (
            box not in figures
            and box[2] - box[0] < WIDE * width
            and _prose(lines)
            and not any(all(_inside(line, f) for line in lines) for f in figures)
        ):
            taken.update(_joined_rows(rows, BlockKind.SIDEBAR))
    if not taken:
        return page
    return page.with_lines(tuple(made for line in page.lines if (made := taken.get(id(line), line)) is not None))


def _top_down(lines: Sequence[TextLine]) -> list[TextLine]:
    return sorted(lines, key=lambda line: (-line.y1, line.x0))


def _prose(lines: Sequence[TextLine]) -> bool:
    lengths = sorted(len(line.text) for line in lines)
    words = sum(len(_WORD.findall(line.text)) for line in lines)
    return lengths[len(lengths) // 2] > MAX_LABEL_CHARS and words >= MIN_WORDS


def _numbered_in_sequence(rows: Sequence[Row]) -> bool:
    """Whether the rows are a numbered listing: their first pieces number them ``n``, ``n + 1``, … at one left edge
    (``MIN_LISTING`` rows at least, unnumbered rows between aside), and half the statements call or assign something
    (``overlap(c) = 0``), which the numbered steps of a diagram (``1. Order``, ``2. Pay``) do not."""
    numbered = [(int(m[1]), row) for row in rows if (m := _ROW_NUMBER.match(row.pieces[0].text))]
    if len(numbered) < MIN_LISTING or any(b != a + 1 for (a, _), (b, _) in zip(numbered, numbered[1:])):
        return False
    edges = [row.pieces[0].x0 for _, row in numbered]
    if max(edges) - min(edges) > SNAP:
        return False
    statements = [" ".join(line.text for line in row.pieces)[len(str(n)) + 1 :].strip() for n, row in numbered]
    statements = [text for text in statements if text]
    return bool(statements) and sum(1 for text in statements if _CODE_SIGN.search(text)) * 2 >= len(statements)


def _listing(rows: Sequence[Row]) -> dict[int, TextLine | None]:
    """Each row of a boxed listing as one ``CODE`` line (its number and code), a numbered statement opening a block."""
    return _joined_rows(rows, BlockKind.CODE, _opens_statement)


def _opens_statement(k: int, text: str) -> bool:
    number = _ROW_NUMBER.match(text)
    return number is not None and len(text) > len(number[0].rstrip())  # an empty numbered row stays with the last


def _joined_rows(
    rows: Sequence[Row], role: BlockKind, opens: Callable[[int, str], bool] = lambda k, _: k == 0
) -> dict[int, TextLine | None]:
    """Each row as one line of ``role``, by the ``id()`` of its first piece (its other pieces ``None``: joined);
    ``opens(k, text)`` tells whether row ``k`` begins a block (the first row, by default).

    The row's pieces are joined here: joined later by the reading order (a justified line cut at a wide gap), they
    would lose their role."""
    out: dict[int, TextLine | None] = {}
    for k, row in enumerate(rows):
        pieces = row.pieces
        text = " ".join(line.text for line in pieces)
        size = max(line.size for line in pieces)
        bold = all(line.bold for line in pieces)
        out[id(pieces[0])] = TextLine(text, union([p.bbox for p in pieces]), size, bold, role=role, opens=opens(k, text))
        out.update((id(piece), None) for piece in pieces[1:])
    return out


def _marked(line: TextLine, role: BlockKind, opens: bool) -> TextLine:
    return TextLine(line.text, line.bbox, line.size, line.bold, line.mono, role=role, opens=opens)


def _pull_quotes(page: PageText) -> PageText:
    free = [line for line in page.lines if line.role is None]
    if len(free) < 3:
        return page
    weights: Counter[float] = Counter()
    for line in free:
        weights[round(line.size * 2) / 2] += len(line.text)
    body = weights.most_common(1)[0][0]
    large = [line for line in _top_down(free) if line.size >= PULL_SCALE * body]
    if not large:
        return page
    marked: dict[int, TextLine] = {}
    for run in _runs(large):
        text = " ".join(line.text for line in run)
        if len(_WORD.findall(text)) < MIN_PULL_WORDS or not (_QUOTE_FIRST.match(text) or _SENTENCE_LAST.search(text)):
            continue
        if _body_beside(run, free, body, above=True) and _body_beside(run, free, body, above=False):
            marked.update((id(line), _marked(line, BlockKind.SIDEBAR, opens=k == 0)) for k, line in enumerate(run))
    if not marked:
        return page
    return page.with_lines(tuple(marked.get(id(line), line) for line in page.lines))


def _runs(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """Lines (top down) set alike and one right under the other, in runs."""
    runs: list[list[TextLine]] = []
    for line in lines:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and abs(last.size - line.size) <= 0.6
            and 0 <= last.y0 - line.y1 <= last.height
            and line.x0 < last.x1
            and last.x0 < line.x1
        ):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _body_beside(run: Sequence[TextLine], lines: Sequence[TextLine], body: float, *, above: bool) -> bool:
    """Whether running text of body size stands right above (or below) ``run``, across the same column."""
    left, right = min(line.x0 for line in run), max(line.x1 for line in run)
    edge = run[0].y1 if above else run[-1].y0
    reach = 3 * run[0].height
    for line in lines:
        if abs(line.size - body) > 0.6 or line.x1 <= left or line.x0 >= right:
            continue
        gap = line.y0 - edge if above else edge - line.y1
        if 0 <= gap <= reach:
            return True
    return False
