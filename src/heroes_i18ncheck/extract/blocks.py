"""The lines of each flow grouped into blocks, and paragraphs rejoined across column and page breaks.

A new block starts at a bullet, an item number ("1)", "2.") or a reference-list mark ("[3]"), at a change of
font size or weight, at a vertical gap wider than half a line, or at a
first-line indent (not a lowercase hanging-indent continuation) — unless the line goes on with a sentence the
line before left open (lowercase start, no closing punctuation, at most a line's height below it). "Half a line" grows to the edition's usual
gap between lines where it sets them further apart (``usual_line_gaps``). A block is a
heading when its type is clearly larger than the page's body text (or bold and
short), a list item when it starts with a bullet (dropped) or a number (kept),
a contents entry when ``contents`` finds it one (each entry a block, its page number kept apart),
figure text when all its lines stand inside the page's ``figures``, of the kind a page pass gave its lines
(``TextLine.role``: a table row, …), else a paragraph.

A heading that the column finder cut between two flows is whole again when its next line, right below,
goes on with its sentence. A paragraph cut by a column or page break continues in the next flow when the
cut is mid-sentence (no closing punctuation, next piece starting in lowercase),
mid-word (a hyphen), or mid-line (the last line before the break is a full
justified line).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from statistics import median

import regex

from ..model import BBox, BlockKind
from .columns import Flow
from .contents import contents_spans, page_reference, without_page_reference
from .figures import in_figure
from .lines import PageText, TextLine, union
from .repairs import LINE_END_HYPHENS, SOFT_HYPHEN, join_lines
from .text import RawBlock

BULLETS = frozenset("•◦▪▫‣⁃●○■□►▸▶➢✓✔❖·\uf0b7\uf0a7\uf0a8\uf076\uf06e\uf0d8\uf0e8\uf0fc")
"""Bullet glyphs; the last ones are the Symbol and Wingdings bullets a word processor's PDF maps into Unicode's
private use area (``\uf0b7`` is Symbol's •), which no text begins a line with."""
HEADING_SCALE = 1.15
"""A short block set this much larger than the page's body text (or bold) is a heading."""

TITLE_SCALE = 1.6
"""A block set this much larger than the body text is a heading whatever its length."""

SENTENCE_END = tuple(".!?:;…»”\")")
HANGING_INDENT = 2.5
"""A line this many of its heights or less to the right of a numbered line's start hangs under the number."""
_HANGS = regex.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]\s?\p{L}")
"""A line numbered ``7. ``, ``7.1. ``, ``2)`` or, set tight, ``7.ONTOLOGY``, under whose text the next lines may hang."""
_NUMBERED = regex.compile(r"^\(?\d{1,2}[.)]\s")
_REFERENCE_ENTRY = regex.compile(r"^\[\d{1,3}\]\s")
"""``[3] S. Haber, W.S. Stornetta…``: each entry of a reference list is a block of its own."""


@dataclass(frozen=True, slots=True)
class LaidBlock:
    """A block before its text is joined: its lines, page, kind, and what the continuation test needs."""

    page: int
    lines: tuple[TextLine, ...]
    kind: BlockKind
    first_in_flow: bool
    last_in_flow: bool
    right_edge: float
    justified: bool
    on_first_page: int
    """How many of ``lines`` stand on ``page`` (a paragraph may continue on the next)."""

    @property
    def size(self) -> float:
        return median(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        return sum(line.bold for line in self.lines) * 2 > len(self.lines)


def body_size(page: PageText) -> float:
    """The page's body text size: the size most characters are set in (to half a point)."""
    weights: Counter[float] = Counter()
    for line in page.lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def usual_line_gaps(pages: Sequence[PageText]) -> dict[float, float]:
    """For each type size (to half a point), the gap the edition most often leaves between two lines of it.

    Documents set with wide leading (a 9 pt text on 15 pt lines) would otherwise read every line as a
    paragraph of its own: the gap between lines of one paragraph is what this edition usually leaves.
    """
    counts: dict[float, Counter[float]] = {}
    for page in pages:
        for above, below in zip(page.lines, page.lines[1:]):
            gap = above.y0 - below.y1
            if abs(above.size - below.size) <= 0.6 and -0.5 * above.size < gap < 3 * above.size:
                counts.setdefault(round(above.size * 2) / 2, Counter())[round(gap * 2) / 2] += 1
    return {size: c.most_common(1)[0][0] for size, c in counts.items() if c.most_common(1)[0][1] >= MIN_GAP_SAMPLES}


MIN_GAP_SAMPLES = 5
"""Line pairs of one size needed before their usual gap counts."""


def flow_blocks(
    flow: Flow, page: int, body: float, gaps: dict[float, float] | None = None, figures: Sequence[BBox] = ()
) -> list[LaidBlock]:
    """The blocks of one flow, in order; ``gaps`` are the edition's ``usual_line_gaps``, ``figures`` the page's
    ``figure_regions`` (a block all inside them is figure text)."""
    if not flow:
        return []
    left = min(line.x0 for line in flow)
    right = max(line.x1 for line in flow)
    contents = {i: starts for i, starts in _contents_lines(flow).items() if flow[i].role is None}
    figure = [in_figure(line, figures) for line in flow] if figures else [False] * len(flow)
    groups: list[list[TextLine]] = [[flow[0]]]
    roles: list[BlockKind | None] = [_role(0, contents, figure, flow)]
    for i in range(1, len(flow)):
        nxt = flow[i + 1] if i + 1 < len(flow) else None
        if flow[i].role != flow[i - 1].role or flow[i].opens:
            starts = True
        elif i in contents or i - 1 in contents:
            starts = contents.get(i, True)
        else:
            starts = _starts_block(groups[-1], flow[i], nxt, left, right, gaps or {})
        if starts:
            groups.append([flow[i]])
            roles.append(_role(i, contents, figure, flow))
        else:
            groups[-1].append(flow[i])
            if roles[-1] == BlockKind.FIGURE_TEXT and not figure[i]:
                roles[-1] = None  # a label run on into text outside the drawing: a paragraph after all
    justified = _is_justified([g for g, role in zip(groups, roles) if role in (None, BlockKind.FIGURE_TEXT)], right)
    return [
        LaidBlock(page, tuple(g), role or _kind(g, body), i == 0, i == len(groups) - 1, right, justified, len(g))
        for i, (g, role) in enumerate(zip(groups, roles))
    ]


def _role(i: int, contents: dict[int, bool], figure: list[bool], flow: Flow) -> BlockKind | None:
    """The kind the layout gives the block starting at line ``i`` (``None``: told by its type and words)."""
    if flow[i].role is not None:
        return flow[i].role
    if i in contents:
        return BlockKind.CONTENTS_ENTRY
    return BlockKind.FIGURE_TEXT if figure[i] else None


def _contents_lines(flow: Flow) -> dict[int, bool]:
    """The flow's contents lines, each with whether it begins an entry."""
    return {i: i in span.starts for span in contents_spans(flow) for i in range(span.start, span.end)}


def _starts_block(
    block: list[TextLine], line: TextLine, nxt: TextLine | None, left: float, right: float, gaps: dict[float, float]
) -> bool:
    prev = block[-1]
    if _has_bullet(line.text) or _NUMBERED.match(line.text) or _REFERENCE_ENTRY.match(line.text):
        return True
    if _sentence_goes_on(prev, line):
        return False
    if abs(line.size - prev.size) > 0.6 or line.bold != prev.bold:
        return True
    if prev.y0 - line.y1 > _paragraph_gap(prev, line, gaps):
        return True
    if _has_bullet(block[0].text):
        return line.x0 < block[0].x0 + 2.0
    if _HANGS.match(block[0].text) and block[0].x0 + 2.0 < line.x0 <= block[0].x0 + HANGING_INDENT * line.size:
        return False  # a line indented under the text after the number goes on with it ("7. Geben Sie …" / "Raum hinzu")
    indent = 0.8 * line.size
    at_edge = prev.x0 <= left + indent / 2
    if line.x0 > left + indent and at_edge and not line.text[:1].islower():
        back_to_edge = nxt is not None and nxt.x0 <= left + indent / 2
        short_before = prev.x1 < right - 1.5 * line.size
        return back_to_edge or short_before
    return False


def _sentence_goes_on(prev: TextLine, line: TextLine) -> bool:
    """Whether ``line`` carries on the sentence ``prev`` left open: the same size, no closing punctuation before,
    a lowercase start, at most a line's height below it (not beside it: a word set apart on the same baseline is
no next line). A heading set with wide leading (``Hedendaagse
    Problematiek in`` / ``vertrouwensnetwerken``), or a bold run-in head that goes on in regular type, is one block."""
    if abs(line.size - prev.size) > 0.6 or prev.text.rstrip().endswith(SENTENCE_END) or not line.text[:1].islower():
        return False
    gap = prev.y0 - line.y1
    return 0.0 <= gap <= max(prev.height, line.height)


def _paragraph_gap(prev: TextLine, line: TextLine, gaps: dict[float, float]) -> float:
    """How far apart two lines may stand and still be one paragraph: half a line, or the edition's usual gap and a
    quarter of a line more where that is wider (lines set far apart) or narrower (lines set so close that their
    boxes overlap, paragraphs a third of a line apart: htm-whitepaper ru)."""
    half = max(0.5 * min(prev.height, line.height), 1.0)
    usual = gaps.get(round(prev.size * 2) / 2)
    if usual is None:
        return half
    beyond = usual + max(2.0, 0.25 * prev.size)
    return beyond if usual > half or usual < 0 else half


def _has_bullet(text: str) -> bool:
    return len(text) > 2 and text[0] in BULLETS and text[1].isspace()


def _kind(lines: Sequence[TextLine], body: float) -> BlockKind:
    if _has_bullet(lines[0].text):
        return BlockKind.LIST_ITEM
    size = median(line.size for line in lines)
    bold = sum(line.bold for line in lines) * 2 > len(lines)
    chars = sum(len(line.text) for line in lines)
    short = len(lines) <= 3 and chars <= 150
    if size >= TITLE_SCALE * body or (short and (size >= HEADING_SCALE * body or (bold and size >= body - 0.5))):
        return BlockKind.HEADING
    if _NUMBERED.match(lines[0].text):
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _is_justified(groups: Sequence[Sequence[TextLine]], right: float) -> bool:
    inner = [line for g in groups for line in g[:-1]]
    return bool(inner) and sum(line.x1 >= right - 1.0 for line in inner) * 2 >= len(inner)


RUNNING_TEXT = frozenset({BlockKind.PARAGRAPH, BlockKind.FIGURE_TEXT})
"""Kinds that may continue one another across a column or page break (a label broken over two boxes of a
drawing too); a paragraph joined with figure text is a paragraph."""


def continues(before: LaidBlock, after: LaidBlock) -> bool:
    """Whether ``after`` (first in its flow) carries on the paragraph ``before`` (last in its flow)."""
    if not (before.last_in_flow and after.first_in_flow):
        return False
    if before.kind == after.kind == BlockKind.HEADING:
        tail, head = before.lines[-1], after.lines[0]
        overlap = head.x0 < tail.x1 and tail.x0 < head.x1
        return before.page == after.page and overlap and _sentence_goes_on(tail, head)
    if before.kind not in RUNNING_TEXT or after.kind not in RUNNING_TEXT:
        return False
    if abs(before.size - after.size) > 0.5 or before.bold != after.bold:
        return False
    last, first = before.lines[-1], after.lines[0].text
    if last.text.endswith((*LINE_END_HYPHENS, SOFT_HYPHEN)):
        return True
    if not last.text.endswith(SENTENCE_END) and first[:1].islower():
        return True
    return before.justified and last.x1 >= before.right_edge - 1.0


ASIDES = frozenset({BlockKind.SIDEBAR, BlockKind.NOTE, BlockKind.CAPTION})
"""Kinds set apart from the running text that may stand inside a paragraph: a pull quote or a box in the middle
of a column, the footnotes between the two halves of a paragraph cut by a page break, a figure's caption."""


MAX_ASIDES = 12
"""The most asides looked back over for the paragraph they cut (a page's footnotes, a box): a run of thousands is
no paragraph's interruption, and looking back over it for every block would take time in its square."""


def goes_on_around(before: LaidBlock, after: LaidBlock) -> bool:
    """Whether ``after`` carries on the paragraph ``before`` left mid-sentence or mid-word, with only asides
    between them."""
    if before.kind not in RUNNING_TEXT or after.kind not in RUNNING_TEXT:
        return False
    if abs(before.size - after.size) > 0.5 or before.bold != after.bold:
        return False
    last, first = before.lines[-1].text, after.lines[0].text
    return last.endswith((*LINE_END_HYPHENS, SOFT_HYPHEN)) or (not last.endswith(SENTENCE_END) and first[:1].islower())


def join_continued(blocks: Sequence[LaidBlock]) -> list[LaidBlock]:
    """Paragraphs cut by a column or page break made whole again, and paragraphs an aside cut (a pull quote,
    the footnotes at a page's foot): the asides then follow the whole paragraph."""
    out: list[LaidBlock] = []
    for block in blocks:
        k = len(out) - 1
        while k >= 0 and out[k].kind in ASIDES and len(out) - k <= MAX_ASIDES:
            k -= 1
        if 0 <= k < len(out) - 1 and goes_on_around(out[k], block):
            out[k] = _merged(out[k], block)
        elif out and continues(out[-1], block):
            out[-1] = _merged(out[-1], block)
        else:
            out.append(block)
    return out


def _merged(first: LaidBlock, block: LaidBlock) -> LaidBlock:
    """``first`` with ``block``'s lines after its own: one paragraph."""
    same_page = first.page == block.page and first.on_first_page == len(first.lines)
    return replace(
        first,
        kind=first.kind if first.kind == block.kind else BlockKind.PARAGRAPH,
        lines=first.lines + block.lines,
        last_in_flow=block.last_in_flow,
        right_edge=block.right_edge,
        justified=block.justified,
        on_first_page=first.on_first_page + (len(block.lines) if same_page else 0),
    )


def raw_block(block: LaidBlock, keep_hyphen: frozenset[str]) -> RawBlock:
    """The block's text (bullet dropped, lines joined, hyphenation undone) with its page and box."""
    texts = [line.text for line in block.lines]
    contents_page = None
    if block.kind == BlockKind.CONTENTS_ENTRY:
        contents_page = page_reference(texts)
        texts = [t for t in (without_page_reference(t) for t in texts) if t]
    if not texts:
        return RawBlock("", block.kind, 0, block.page, union([line.bbox for line in block.lines]), contents_page)
    if _has_bullet(texts[0]):
        texts[0] = texts[0][1:].lstrip()
    text = join_lines(texts, dehyphenate=block.kind != BlockKind.CODE, keep_hyphen=keep_hyphen)
    first_page = [line.bbox for line in block.lines[: block.on_first_page]]
    return RawBlock(text, block.kind, 0, block.page, union(first_page), contents_page)
