"""Line up the facts of one family between a reference and a translation.

Within each bead, every reference entity looks for a translation entity of
the family that agrees with it. What is left over is then offered to the
neighbouring beads' leftovers — layout often moves a value into the next box —
and only what is still unpaired becomes a difference: *changed* (a leftover on
both sides of the same bead), *removed* or *added* — unless the other side
has the same digits glued inside a word (``Hash23``) or writes the number out
in words (``thirty-two`` ↔ ``32``). A list item's number changed into another
list item's number is the list's numbering (``renumbered``), not a fact.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import regex

from ..entities.dates import date_fields, month_named
from ..entities.number_words import named_span_of_years, spelled_out, whole_numbers
from ..entities.quantities import stated_in_words
from ..model import Bead, Block, BlockKind, Entity, EntityKind
from .base import Edition, Pair

Agree = Callable[[Entity, Entity], bool]

_DIGIT_KINDS = frozenset({EntityKind.NUMBER, EntityKind.RANGE, EntityKind.YEAR})

NEIGHBOUR_BEADS = 1
"""How many pairing beads away (a pair of headings not counted) a leftover value may be found and still count as
the same fact."""

NEIGHBOUR_REACH = 12
"""How many beads, unpaired ones included, the search for a moved value walks each way at most."""


class Status(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Located:
    """An entity and the block it stands in."""

    block: Block
    entity: Entity


@dataclass(frozen=True, slots=True)
class ValueDiff:
    """How one fact of the reference fares in a translation (or one fact the translation adds).

    ``reference_block`` and ``translation_block`` anchor the bead the fact
    belongs to, even when one side has no entity.
    """

    status: Status
    reference: Located | None
    translation: Located | None
    reference_block: Block | None
    translation_block: Block | None


def values_overlap(a: Entity, b: Entity) -> bool:
    """The default agreement: some normalized reading is shared."""
    return not a.values.isdisjoint(b.values)


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreement that goes beyond a shared value only between some sorts of fact: two facts agree when their
    values overlap, or when the sorts ``sort`` gives them are ``related`` and ``beyond`` says they agree (``80s`` = ``27 °C``).

    Naming the sorts lets a block's facts be paired through an index of their values, each fact looked at beside
    only those it could agree with otherwise — not against every other, which a block of a thousand numbers (a
    budget table read as one paragraph) makes a million comparisons.
    """

    beyond: Agree
    sort: Callable[[Entity], Hashable]
    related: Callable[[Any, Any], bool]

    def __call__(self, a: Entity, b: Entity) -> bool:
        return values_overlap(a, b) or (self.related(self.sort(a), self.sort(b)) and self.beyond(a, b))


def _one_sort(entity: Entity) -> Hashable:
    return None


def _unrelated(a: Hashable, b: Hashable) -> bool:
    return False


_OVERLAP = Agreement(values_overlap, _one_sort, _unrelated)


class _Candidates:
    """The facts one side offers a pairing, indexed by value and by sort; each taken at most once.

    Asks ``agree`` exactly what the plain search would, and finds the same first free fact: the first one sharing
    a value comes from the index, and only facts before it whose sort is related are asked ``beyond``. An ``agree``
    that is not an ``Agreement`` (nor ``values_overlap``) is asked of every free fact in order.
    """

    __slots__ = ("_items", "_taken", "_agree", "_agreement", "_by_value", "_heads", "_by_sort")

    def __init__(self, items: list[Located], agree: Agree) -> None:
        self._items = items
        self._taken = [False] * len(items)
        self._agree = agree
        agreement = _OVERLAP if agree is values_overlap else agree if isinstance(agree, Agreement) else None
        self._agreement = agreement
        self._by_value: dict[str, list[int]] = {}
        self._heads: dict[str, int] = {}
        self._by_sort: dict[Hashable, list[int]] = {}
        if agreement is None:
            return
        for i, item in enumerate(items):
            for value in item.entity.values:
                self._by_value.setdefault(value, []).append(i)
            self._by_sort.setdefault(agreement.sort(item.entity), []).append(i)

    def first_agreeing(self, item: Located) -> int | None:
        """The position of the first free fact that agrees with ``item``, or None."""
        entity, taken, items = item.entity, self._taken, self._items
        if self._agreement is None:
            agree = self._agree
            return next((i for i, other in enumerate(items) if not taken[i] and agree(entity, other.entity)), None)
        best: int | None = None
        for value in entity.values:
            found = self._first_free(value)
            if found is not None and (best is None or found < best):
                best = found
        agreement = self._agreement
        mine = agreement.sort(entity)
        for sort, positions in self._by_sort.items():
            if not agreement.related(mine, sort):
                continue
            for i in positions:
                if best is not None and i >= best:
                    break
                if not taken[i] and agreement.beyond(entity, items[i].entity):
                    best = i
                    break
        return best

    def _first_free(self, value: str) -> int | None:
        positions = self._by_value.get(value)
        if positions is None:
            return None
        head = self._heads.get(value, 0)
        while head < len(positions) and self._taken[positions[head]]:
            head += 1
        self._heads[value] = head
        return positions[head] if head < len(positions) else None

    def take(self, index: int) -> Located:
        self._taken[index] = True
        return self._items[index]

    def left(self) -> list[Located]:
        """The facts not taken, in their order."""
        return [item for item, taken in zip(self._items, self._taken) if not taken]


def _located(edition: Edition, indices: tuple[int, ...], kinds: frozenset[EntityKind]) -> list[Located]:
    blocks = edition.document.blocks
    return [Located(blocks[i], e) for i in indices for e in edition.entities[i] if e.kind in kinds]


_LIST_MARKER = regex.compile(r"^\s*\(?(\d{1,3})[.)]\s")


def renumbered(diff: ValueDiff) -> bool:
    """Whether a value that differs is only a list's numbering: a list item's number changed into another list
    item's number (an edition that splits or merges items numbers them otherwise: ``4) All nodes wait`` ↔ ``5) Alle
    nodes wachten``), or the number of a list item the other side has without it (a listing that edition has as an
    image, numbered lines left unnumbered). A numbered item really lost is missing-block's to tell."""
    ref, tr = diff.reference, diff.translation
    if diff.status is Status.CHANGED:
        return ref is not None and tr is not None and list_marker(ref.block, ref.entity) and list_marker(tr.block, tr.entity)
    located = ref or tr
    return located is not None and list_marker(located.block, located.entity)


def list_marker(block: Block, entity: Entity) -> bool:
    """Whether ``entity`` is the number a list item starts with (``4) All nodes wait``); a heading's number is its
    section's."""
    if entity.kind != EntityKind.NUMBER or block.kind == BlockKind.HEADING:
        return False
    match = _LIST_MARKER.match(block.text)
    return match is not None and match.span(1) == (entity.start, entity.end)


def _pair_off(
    left: list[Located], right: list[Located], agree: Agree
) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """Greedy one-to-one pairing in reading order: each of ``left`` takes the first of ``right`` still free that
    agrees with it. Returns the pairs and both sides' leftovers."""
    pool = _Candidates(right, agree)
    pairs: list[tuple[Located, Located]] = []
    unpaired: list[Located] = []
    for item in left:
        index = pool.first_agreeing(item)
        if index is None:
            unpaired.append(item)
        else:
            pairs.append((item, pool.take(index)))
    return pairs, unpaired, pool.left()


def _not_repeated(leftover: list[Located], matched: list[Located], agree: Agree) -> list[Located]:
    """Leftovers that are not a repeated mention of a value the bead already shares.

    Translations merge and repeat mentions freely ("HEROES … the project" →
    "HEROES … HEROES"); a repetition is not a new fact. Nor is a value that agrees with
    a span the other side states and this bead already paired: the other end of a range
    that side gives as one value (``80s`` → ``27 to 30 degrees``).
    """
    if not leftover or not matched:
        return leftover
    shared = _Candidates(matched, agree)
    return [item for item in leftover if shared.first_agreeing(item) is None]


def _spans(items: list[Located]) -> list[Located]:
    """The facts that stand for a span of values rather than one (a decade: ``the 80s``)."""
    return [item for item in items if item.entity.subkind == "decade"]


def compare_pair(pair: Pair, kinds: frozenset[EntityKind], agree: Agree = values_overlap) -> list[ValueDiff]:
    """Every fact of ``kinds`` in the pair: the same, changed, removed or added.

    Only beads that pair blocks yield differences; a block one edition lacks
    is missing-block's or extra-block's to report, but its values still count
    as found for a neighbouring bead's leftovers (a date the layout moved into
    a box of its own).
    """
    ref_docs, tr_docs = pair.reference.document.blocks, pair.translation.document.blocks
    beads = pair.alignment.beads
    paired = [bool(b.reference and b.translation) for b in beads]
    diffs: list[ValueDiff] = []
    leftovers: list[tuple[list[Located], list[Located]]] = []
    for bead, pairs_blocks in zip(beads, paired):
        ref_items = _located(pair.reference, bead.reference, kinds)
        tr_items = _located(pair.translation, bead.translation, kinds)
        if not pairs_blocks:
            leftovers.append((ref_items, tr_items))
            continue
        same, removed, added = _pair_off(ref_items, tr_items, agree)
        diffs += [ValueDiff(Status.SAME, r, t, r.block, t.block) for r, t in same]
        ref_same, tr_same = [r for r, _ in same], [t for _, t in same]
        leftovers.append(
            (_not_repeated(removed, ref_same + _spans(tr_same), agree), _not_repeated(added, tr_same + _spans(ref_same), agree))
        )
    # A pair of headings between two boxes is no distance: a value the layout moved across it is still near.
    counted = [pairs and not _headings_only(pair, bead) for bead, pairs in zip(beads, paired)]
    for i, (removed, _) in enumerate(leftovers):
        if not removed:
            continue
        for j in neighbours(counted, i):
            if not removed:
                break
            moved, still_removed, still_added = _pair_off(removed, leftovers[j][1], agree)
            removed[:] = still_removed
            leftovers[j][1][:] = still_added
            diffs += [ValueDiff(Status.SAME, r, t, r.block, t.block) for r, t in moved]
    for bead, pairs_blocks, (removed, added) in zip(beads, paired, leftovers):
        if not pairs_blocks:
            continue
        first_ref, first_tr = ref_docs[bead.reference[0]], tr_docs[bead.translation[0]]
        if removed or added:
            ref_text = " ".join(ref_docs[i].text for i in bead.reference)
            tr_text = " ".join(tr_docs[i].text for i in bead.translation)
            removed, added = _apart_on_the_other_side(removed, added, ref_text, tr_text)
        if removed:
            tr_language = pair.translation.document.language
            removed = [r for r in removed if not _there_all_the_same(r.entity, tr_text, tr_language)]
        if added:
            ref_language = pair.reference.document.language
            added = [t for t in added if not _there_all_the_same(t.entity, ref_text, ref_language)]
        changed = min(len(removed), len(added))
        diffs += [ValueDiff(Status.CHANGED, r, t, r.block, t.block) for r, t in zip(removed, added)]
        diffs += [ValueDiff(Status.REMOVED, r, None, r.block, first_tr) for r in removed[changed:]]
        diffs += [ValueDiff(Status.ADDED, None, t, first_ref, t.block) for t in added[changed:]]
    return diffs


_TWO_PARTS = regex.compile(r"([0-9]+)[.,:]([0-9]+)")


def _parts_apart(entity: Entity, text: str) -> tuple[str, str] | None:
    """The two parts of a decimal or a time that ``text`` writes as two numbers, else None: ``2,3 und 5`` ↔
    ``2, 3 and 5`` (a list without its space), ``Ez 36,26`` ↔ ``Ez 36:26`` and ``4,16`` ↔ ``4:16`` (a verse)."""
    if entity.kind not in (EntityKind.NUMBER, EntityKind.TIME):
        return None
    parts = _TWO_PARTS.fullmatch(entity.text.strip())
    if parts is None:
        return None
    first, second = parts.groups()
    apart = rf"(?<![0-9.,:]){first}(?:[ \u00a0]*[,:;][ \u00a0]*|[.:][ \u00a0]+){second}(?![0-9]|[.,:][0-9])"
    same = rf"(?<![0-9.,:]){regex.escape(entity.text.strip())}(?![0-9])"
    if regex.search(apart, text) is None or regex.search(same, text) is not None:
        return None
    return first, second


def _apart_on_the_other_side(
    removed: list[Located], added: list[Located], ref_text: str, tr_text: str
) -> tuple[list[Located], list[Located]]:
    """The leftovers less each decimal or time the other side writes as two numbers, and less those numbers."""
    removed_parts = [_parts_apart(r.entity, tr_text) for r in removed]
    added_parts = [_parts_apart(t.entity, ref_text) for t in added]
    in_removed = {p for parts in removed_parts if parts for p in parts}
    in_added = {p for parts in added_parts if parts for p in parts}
    kept_removed = [r for r, parts in zip(removed, removed_parts) if not parts and not _one_of(r.entity, in_added)]
    kept_added = [t for t, parts in zip(added, added_parts) if not parts and not _one_of(t.entity, in_removed)]
    return kept_removed, kept_added


def _one_of(entity: Entity, parts: set[str]) -> bool:
    return entity.kind is EntityKind.NUMBER and entity.text.strip() in parts


def written_in_a_word(entity: Entity, text: str) -> bool:
    """Whether a number the other side lacks is there, glued to letters: ``Hash23`` ↔ ``Хэш 23``, ``Tx0-2`` ↔ ``Tr. 0-2``,
    ``3 p.m.`` ↔ ``v15 hodin``, ``16th`` ↔ ``przy16.``.

    Digits inside a word are a label's, not a fact the extractor reads, so the
    other side writing them apart is no difference.
    """
    if entity.kind is EntityKind.TIME:
        hours = [str(h) for h in whole_numbers(entity) if h >= 10]
        return any(
            _may_be_glued(h, text) and regex.search(rf"(?<=\p{{L}}){h}(?![\p{{N}}:.])", text) for h in hours
        )
    if entity.kind is EntityKind.ORDINAL and entity.value.isdigit() and entity.text.startswith(entity.value):
        return (
            _may_be_glued(entity.value, text)
            and regex.search(rf"(?<=\p{{L}}){entity.value}(?![\p{{N}}])", text) is not None
        )
    if entity.kind not in _DIGIT_KINDS or not entity.text[:1].isdigit():
        return False
    if (
        _may_be_glued(entity.text, text)
        and regex.search(rf"(?<=[\p{{L}}_]){regex.escape(entity.text)}(?![\p{{N}}])", text) is not None
    ):
        return True
    return entity.kind is EntityKind.YEAR and _in_a_season_code(entity.value, text)


_GLUED = regex.compile(r"(?<=[\p{L}_])[0-9]+")


@functools.lru_cache(maxsize=16)
def _glued_digits(text: str) -> frozenset[str]:
    """Every run of digits in ``text`` right after a letter or ``_``, read once per text: a bead with a thousand
    values left over asks about each."""
    return frozenset(match.group() for match in _GLUED.finditer(text))


def _may_be_glued(written: str, text: str) -> bool:
    """False when ``text`` cannot hold ``written`` glued to a word: the digits ``written`` begins with, which the
    next character of ``text`` must end, are no run of digits there after a letter. (Without such digits: True.)"""
    lead = written[: len(written) - len(written.lstrip("0123456789"))]
    return not lead or lead in _glued_digits(text)


_SEASON_CODE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2}['’]?(\p{N}{2})(?![\p{N}])")


def _in_a_season_code(year: str, text: str) -> bool:
    """A year the other side writes as a code's two last digits: ``SS19`` (spring/summer 2019), ``AW19``, ``FY19``."""
    return len(year) == 4 and year.isdigit() and year[2:] in _season_codes(text)


@functools.lru_cache(maxsize=16)
def _season_codes(text: str) -> frozenset[str]:
    return frozenset(match.group(1) for match in _SEASON_CODE.finditer(text))


def _there_all_the_same(entity: Entity, text: str, language: str) -> bool:
    """Whether the other side's ``text`` has the value in a form the entities do not read as this one."""
    return (
        written_in_a_word(entity, text)
        or grouped_otherwise(entity, text)
        or _in_words(entity, text, language)
        or stated_in_words(entity, text, language)
        or _date_in_words(entity, text, language)
    )


_DIGIT_GROUPS = regex.compile(r"(?<![0-9.,])[0-9]+(?:[ \u00a0\u202f][0-9]+)+(?![0-9]|[.,][0-9])")


def grouped_otherwise(entity: Entity, text: str) -> bool:
    """Whether digits written in spaced groups on the other side hold this number as one or several neighbouring
    groups: ``0800 555 111`` is three numbers where a space is no thousands mark, ``555111`` where it is."""
    if entity.kind not in _DIGIT_KINDS:
        return False
    digits = "".join(c for c in entity.text if c.isdigit())
    if len(digits) < 3:
        return False
    runs, starts = _digit_groups(text)
    for size in range(1, len(digits)):
        for run, first in starts.get(digits[:size], ()):
            groups, joined, j = runs[run], "", first
            while j < len(groups) and len(joined) < len(digits):
                joined += groups[j]
                j += 1
            if joined == digits:
                return True
    return digits in starts


@functools.lru_cache(maxsize=16)
def _digit_groups(text: str) -> tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[int, int]]]]:
    """The runs of spaced digit groups in ``text``, and where each group stands (run, position), read once per text:
    a number is looked for from the groups it begins with, not in every stretch of every run."""
    runs = tuple(tuple(run.group().split()) for run in _DIGIT_GROUPS.finditer(text))
    starts: dict[str, list[tuple[int, int]]] = {}
    for r, groups in enumerate(runs):
        for i, group in enumerate(groups):
            starts.setdefault(group, []).append((r, i))
    return runs, starts


def _in_words(entity: Entity, text: str, language: str) -> bool:
    """Whether the other side writes the entity's number out (``Thirty-two percent`` ↔ ``32 %``, ``5 a.m.`` ↔
    ``las cinco de la mañana``, ``100 years`` ↔ ``un siècle``, a ``2-2`` draw ↔ ``a dois golos``)."""
    if entity.kind is EntityKind.RANGE:
        return any(_ends_in_words(value, text, language) for value in entity.values)
    numbers = whole_numbers(entity)
    return any(spelled_out(n, text, language) for n in numbers) or (
        entity.kind is EntityKind.NUMBER and any(named_span_of_years(n, text, language) for n in numbers)
    )


def _date_in_words(entity: Entity, text: str, language: str) -> bool:
    """Whether the other side writes a date's day out beside its month (``1 October`` ↔ ``el uno de octubre``), and
    its year, if it has one, in digits."""
    if entity.kind is not EntityKind.DATE:
        return False
    for value in entity.values:
        if "/" in value:
            continue
        year, month, day = date_fields(value)
        if not (day and month) or year and year not in text:
            continue
        for word in _WORD.finditer(text):
            if month_named(int(month), word.group(), language):
                near = text[max(0, word.start() - DAY_WORD_REACH) : word.end() + DAY_WORD_REACH]
                if spelled_out(int(day), near, language, by_stem=True):
                    return True
    return False


DAY_WORD_REACH = 12
"""Characters either side of a month's name within which its day, written as a word, must stand (``el uno de``)."""
_WORD = regex.compile(r"\p{L}+")


def _ends_in_words(value: str, text: str, language: str) -> bool:
    """Whether both ends of a range or score are written out (``2-2 draw`` ↔ ``empate a dois golos``)."""
    ends = value.split("..")
    return len(ends) == 2 and all(e.isdigit() for e in ends) and all(spelled_out(int(e), text, language) for e in ends)


def _headings_only(pair: Pair, bead: Bead) -> bool:
    """Whether every block of a bead, on both sides, is a heading."""
    return all(pair.reference.document.blocks[i].kind == BlockKind.HEADING for i in bead.reference) and all(
        pair.translation.document.blocks[j].kind == BlockKind.HEADING for j in bead.translation
    )


def neighbours(paired: list[bool], index: int) -> list[int]:
    """The beads near bead ``index``: up to ``NEIGHBOUR_BEADS`` pairing beads each way, nearest first,
    and every unpaired block on the way to them — never further than ``NEIGHBOUR_REACH`` beads, so that
    an edition of thousands of unpaired blocks costs time in proportion to its length."""
    found: list[int] = []
    for step in (-1, 1):
        seen = 0
        j = index + step
        while 0 <= j < len(paired) and seen < NEIGHBOUR_BEADS and abs(j - index) <= NEIGHBOUR_REACH:
            found.append(j)
            seen += paired[j]
            j += step
    return sorted(found, key=lambda j: (abs(j - index), j))
