"""contents-page — a contents entry gives another page than the one its section starts on, in the same edition.

Each edition is checked against itself: an entry's page number (``Block.contents_page``) is compared with
the page of the heading that bears the entry's title. Printed page numbers seldom equal the file's (a
cover and a contents page go unnumbered), so the offset between the two is learnt from the entries
themselves: the offset most entries share, when at least ``MIN_AGREEING`` do, is the edition's, and an
entry off it points at the wrong page. An edition one page longer than another shifts its contents with
its pages and is no finding; an entry whose heading cannot be found once and only once is not judged.

In the examples ``¶`` separates blocks and ``␌`` starts a new page (a form feed in a text edition; the cover
is page 1 of the file and goes unnumbered, so printed page 2 is the file's 3rd).

Passes (en → lt): ``Contents ¶ Introduction ........ 2 ¶ Partners ........ 3 ¶ Results ........ 4 ¶ Next steps ........ 5 ¶ ␌Introduction ¶ The project started in 2021. ¶ ␌Partners ¶ The consortium has 24 partners. ¶ ␌Results ¶ The first results are in. ¶ ␌Next steps ¶ The review is in May.`` ↔ ``Turinys ¶ Įžanga ........ 2 ¶ Partneriai ........ 3 ¶ Rezultatai ........ 4 ¶ Kiti žingsniai ........ 5 ¶ ␌Įžanga ¶ Projektas prasidėjo 2021 m. ¶ ␌Partneriai ¶ Konsorciumą sudaro 24 partneriai. ¶ ␌Rezultatai ¶ Pirmieji rezultatai jau yra. ¶ ␌Kiti žingsniai ¶ Peržiūra vyks gegužę.``
Fails (en → lt): ``Contents ¶ Introduction ........ 2 ¶ Partners ........ 3 ¶ Results ........ 4 ¶ Next steps ........ 5 ¶ ␌Introduction ¶ The project started in 2021. ¶ ␌Partners ¶ The consortium has 24 partners. ¶ ␌Results ¶ The first results are in. ¶ ␌Next steps ¶ The review is in May.`` ↔ ``Turinys ¶ Įžanga ........ 2 ¶ Partneriai ........ 3 ¶ Rezultatai ........ 7 ¶ Kiti žingsniai ........ 5 ¶ ␌Įžanga ¶ Projektas prasidėjo 2021 m. ¶ ␌Partneriai ¶ Konsorciumą sudaro 24 partneriai. ¶ ␌Rezultatai ¶ Pirmieji rezultatai jau yra. ¶ ␌Kiti žingsniai ¶ Peržiūra vyks gegužę.``
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence

import regex
from rapidfuzz import fuzz

from ..model import Block, BlockKind, Document, Finding, Severity
from .base import Comparison, Rule, finding, side

MIN_AGREEING = 3
"""Entries that must share one offset (heading page minus printed page) before it counts as the edition's."""
AGREEING_SHARE = 0.6
"""Share of the matched entries that must share that offset: contents and headings that agree only here and
there are a layout the checker misreads, not an edition of wrong page numbers."""
HEADING_SIMILARITY = 92.0
"""How alike (rapidfuzz ratio) an entry's title and a heading must be when they are not equal word for word."""

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _title_key(text: str) -> str:
    """A title's words, case folded: ``4.1. Trust Model`` and ``4.1 TRUST MODEL`` have one key."""
    return " ".join(word.casefold() for word in _WORD.findall(text))


def _candidates(document: Document, after: int) -> dict[int, Block]:
    """For each contents entry, the one block after the contents (``after``: its last block's index) that bears
    its title: equal word for word, or a heading nearly so."""
    found: dict[int, Block] = {}
    by_key: dict[str, list[Block]] = {}
    headings: list[tuple[str, Block]] = []
    for block in document.blocks[after + 1 :]:
        if block.kind != BlockKind.CONTENTS_ENTRY:
            key = _title_key(block.text)
            by_key.setdefault(key, []).append(block)
            if block.kind == BlockKind.HEADING:
                headings.append((key, block))
    for entry in document.blocks[: after + 1]:
        if entry.kind != BlockKind.CONTENTS_ENTRY or entry.contents_page is None:
            continue
        key = _title_key(entry.text)
        if not key:
            continue
        same = by_key.get(key) or [b for k, b in headings if fuzz.ratio(k, key) >= HEADING_SIMILARITY]
        if len(same) == 1:
            found[entry.index] = same[0]
    return found


def _in_order(found: dict[int, Block]) -> dict[int, Block]:
    """The largest set of matches whose headings follow one another as their entries do (a longest increasing
    run): a title met again elsewhere, as a figure's label or a second section of the same name, is dropped."""
    entries = sorted(found)
    tails: list[int] = []
    tail_at: list[int] = []
    before: list[int | None] = []
    for position, entry in enumerate(entries):
        place = bisect_left(tails, found[entry].index)
        before.append(tail_at[place - 1] if place else None)
        if place == len(tails):
            tails.append(found[entry].index)
            tail_at.append(position)
        else:
            tails[place] = found[entry].index
            tail_at[place] = position
    kept: dict[int, Block] = {}
    at: int | None = tail_at[-1] if tail_at else None
    while at is not None:
        kept[entries[at]] = found[entries[at]]
        at = before[at]
    return kept


def _section_starts(document: Document, after: int) -> dict[int, Block]:
    """Each contents entry whose section's heading is found, with that heading."""
    return _in_order(_candidates(document, after))


def _edition_offset(offsets: Sequence[int]) -> int | None:
    """The offset most entries share, if enough of them do."""
    if not offsets:
        return None
    (offset, count), *rest = sorted(Counter(offsets).items(), key=lambda item: (-item[1], abs(item[0])))
    tied = bool(rest) and rest[0][1] == count
    if tied or count < MIN_AGREEING or count < AGREEING_SHARE * len(offsets):
        return None
    return offset


def wrong_contents_pages(document: Document) -> Iterator[tuple[Block, Block, int]]:
    """Each contents entry that gives another page than its heading's, with that heading and the page number
    the entry should give."""
    entries = [b for b in document.blocks if b.kind == BlockKind.CONTENTS_ENTRY]
    if len(entries) < MIN_AGREEING:
        return
    starts = _section_starts(document, entries[-1].index)
    judged = [(document.blocks[i], heading) for i, heading in sorted(starts.items())]
    offset = _edition_offset([heading.page - (entry.contents_page or 0) for entry, heading in judged])
    if offset is None:
        return
    for entry, heading in judged:
        if heading.page - (entry.contents_page or 0) != offset:
            yield entry, heading, heading.page - offset


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Contents entries of each edition pointing at another page than their section's (an edition that is not
    the same issue as the reference is still checked against itself)."""
    for edition in comparison.every_edition:
        document = edition.document
        for entry, heading, printed in wrong_contents_pages(document):
            where = side(document, entry)
            yield finding(
                rule,
                f"the contents give page {entry.contents_page} for {entry.text!r}, which starts on page {printed}"
                f" (page {heading.page} of the file)",
                None,
                where,
                f"{_title_key(entry.text)}>{entry.contents_page}",
            )


RULE = Rule(
    code="H205",
    name="contents-page",
    severity=Severity.WARNING,
    summary="A contents entry gives another page than the one its section starts on.",
    description=__doc__ or "",
    check=check,
)
