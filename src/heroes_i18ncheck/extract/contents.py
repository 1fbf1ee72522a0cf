"""Contents pages: the lines of a flow that are contents entries (a title and the page it starts on).

An entry is told by its layout, in any language: a title, dot leaders and a page
number (``4.1. Trust Model ........ 9``, the leaders sometimes on a row of their
own), or — without leaders — a run of at least ``MIN_NUMBERED_RUN`` lines that
end in page numbers standing at one right edge and never going down
(``Chapter 1: HTM Overview 7`` / ``Chapter 2: … 19``). An entry's page number
is where that edition's layout put the section, so it is kept apart from the
entry's text (``page_reference``): an edition one page longer does not change
its contents, and the number can be checked against the edition's own pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .lines import PageText, TextLine, union

_LEADERS = r"(?:(?:[.·_]\s?){4,}|…{2,})"
_PAGE = r"(?:\d{1,4}|[IVXLCivxlc]{1,6})"
_LEADER_ENTRY = regex.compile(rf"^(?=.*\p{{L}}).+?\s*{_LEADERS}\s*{_PAGE}?\s*$")
_LEADERS_ONLY = regex.compile(rf"^\s*{_LEADERS}\s*{_PAGE}?\s*$")
_ENDS_IN_PAGE = regex.compile(r"^(?=.*\p{L}).*\S\s+(\d{1,3})$")
"""A line ending in a page number, without leaders: under 1000, so a table's column of dates ending in years
(``Nov 9, 2010`` / ``Dec 10, 2010``) is no contents page."""
_PAGE_REFERENCE = regex.compile(rf"\s*(?:{_LEADERS}\s*{_PAGE}?|\s\d{{1,3}})\s*$")
_ARABIC_AT_END = regex.compile(r"(\d{1,4})\s*$")

MIN_LEADER_LINES = 3
"""Lines with dot leaders a flow needs before they count as contents (one could be a form's blank)."""
MIN_NUMBERED_RUN = 4
"""Lines ending in a page number, aligned and never going down, that make a contents run without leaders."""
WRAP_GAP = 0.6
"""Within a contents run, a gap under this share of the widest gap is an entry wrapped onto a second line
(unless the line above ends in a page number and the gap is clearly wider than the narrowest)."""


@dataclass(frozen=True, slots=True)
class ContentsSpan:
    """Lines ``start``…``end - 1`` of a flow are contents entries; ``starts`` are the lines that begin an entry."""

    start: int
    end: int
    starts: frozenset[int]


def join_leader_rows(page: PageText) -> PageText:
    """Each row of dot leaders (and page number) joined to the title standing left of it on the same row.

    pdfminer may cut ``2. Glossary ....... 3`` in two at the gap, and a column of titles beside a column of
    leaders reads as two columns; joined, each entry is one line wherever the columns fall.
    """
    leaders = [line for line in page.lines if _LEADERS_ONLY.match(line.text)]
    if not leaders:
        return page
    joined: dict[int, TextLine] = {}
    used: set[int] = set()
    for leader in leaders:
        row = [
            (i, line)
            for i, line in enumerate(page.lines)
            if line is not leader
            and i not in used
            and abs(line.y0 - leader.y0) <= 0.5 * leader.size
            and line.x1 <= leader.x0 + 2.0
            and not _LEADERS_ONLY.match(line.text)
        ]
        if not row:
            continue
        i, title = max(row, key=lambda item: item[1].x1)
        used.add(i)
        text = f"{title.text} {leader.text}"
        joined[id(leader)] = TextLine(text, union([title.bbox, leader.bbox]), title.size, title.bold)
    if not used:
        return page
    lines = tuple(joined.get(id(line), line) for i, line in enumerate(page.lines) if i not in used)
    return page.with_lines(lines)


def contents_spans(flow: Sequence[TextLine]) -> list[ContentsSpan]:
    """The runs of contents entries in one flow, in order (most flows have none)."""
    leader = [bool(_LEADER_ENTRY.match(line.text)) or bool(_LEADERS_ONLY.match(line.text)) for line in flow]
    marked = [i for i, is_leader in enumerate(leader) if is_leader]
    if len(marked) < MIN_LEADER_LINES:
        marked = _numbered_run(flow)
    if not marked:
        return []
    spans: list[ContentsSpan] = []
    first = last = marked[0]
    for i in [*marked[1:], None]:
        if i is not None and i - last <= 2:
            last = i
            continue
        start = first - 1 if first > 0 and _LEADERS_ONLY.match(flow[first].text) else first
        spans.append(ContentsSpan(start, last + 1, _entry_starts(flow, start, last + 1)))
        if i is not None:
            first = last = i
    return spans


def _numbered_run(flow: Sequence[TextLine]) -> list[int]:
    """The lines of the longest run ending in aligned, never decreasing page numbers (empty when under the minimum)."""
    numbered = [(i, int(m.group(1))) for i, line in enumerate(flow) if (m := _ENDS_IN_PAGE.match(line.text))]
    best: list[int] = []
    run: list[tuple[int, int]] = []
    for i, page in numbered:
        if run:
            previous_line, previous_page = flow[run[-1][0]], run[-1][1]
            aligned = abs(flow[i].x1 - previous_line.x1) <= max(flow[i].size, 2.0)
            if not (i - run[-1][0] <= 2 and aligned and page >= previous_page):
                run = []
        run.append((i, page))
        if len(run) > len(best):
            best = [j for j, _ in run]
    return best if len(best) >= MIN_NUMBERED_RUN else []


def _entry_starts(flow: Sequence[TextLine], start: int, end: int) -> frozenset[int]:
    """Which lines of a span begin an entry: all but leader rows and the second lines of wrapped entries."""
    gaps = [flow[i - 1].y0 - flow[i].y1 for i in range(start + 1, end)]
    widest = max(gaps, default=0.0)
    narrowest = min((g for g in gaps if g > 0), default=0.0)
    starts = {start}
    for i, gap in zip(range(start + 1, end), gaps):
        before = flow[i - 1].text
        if _LEADERS_ONLY.match(flow[i].text):
            continue
        after_page = bool(_ENDS_IN_PAGE.match(before)) and gap > 1.5 * narrowest
        if _LEADERS_ONLY.match(before) or _LEADER_ENTRY.match(before) or after_page or gap > WRAP_GAP * widest:
            starts.add(i)
    return frozenset(starts)


MAX_ENTRY_CHARS = 300
"""A longer line of plain text is no contents entry (and is not searched for leaders, which takes time in
proportion to the square of a run of dots)."""


def contents_line(text: str) -> bool:
    """Whether a line of plain text is a contents entry: a title, dot leaders and a page number."""
    text = text.rstrip()
    if len(text) > MAX_ENTRY_CHARS or not text[-1:].isdigit():
        return False
    return bool(_LEADER_ENTRY.match(text)) and page_reference([text]) is not None


def page_reference(lines: Sequence[str]) -> int | None:
    """The page number a contents entry gives, from the last of its lines that ends in one (Arabic numerals
    only: front matter numbered ``iv`` runs apart from the body's pages)."""
    for text in reversed(lines):
        reference = _PAGE_REFERENCE.search(text)
        if reference is not None:
            number = _ARABIC_AT_END.search(reference.group())
            return int(number.group(1)) if number else None
    return None


def without_page_reference(text: str) -> str:
    """A contents line without its dot leaders and page number: ``4.1. Trust Model ..... 9`` → ``4.1. Trust Model``."""
    return _PAGE_REFERENCE.sub("", text)
