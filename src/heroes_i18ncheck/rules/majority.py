"""Turn value differences into findings, blaming the edition(s) that disagree with the majority.

With two editions the translation is blamed. With three or more, every
edition votes on each fact; when more editions agree on another value than on
the reference's, the reference and every edition that sides with it are the
ones blamed — a grant number right in six of seven editions blames the
seventh, even when the seventh is the reference. An edition that a rule says
``agrees`` where it does not state the value as the reference does (an acronym
written out in the words it was defined with) votes with the reference.

One fact, one blame: each block is voted on apart, and an edition that
sways between blocks (writing ``CPU`` in some, the words in others) can turn
the majority from one block to the next — blaming two editions for having a
value in one block and a third for lacking it in another, both sides of one
disagreement. When two editions that stand the same way on a value (one
states it, the other not) are each blamed for it in some block, the blame
that more blocks give stands (on a tie, the one the reference's side gives)
and the other is dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from ..model import Block, Document, EntityKind, Finding, Side
from .base import Comparison, Pair, Rule, finding, nearby_words, side
from .notes import a_translators_note, in_brackets, notes_in_brackets
from .values import Agree, Located, Status, ValueDiff, compare_pair, renumbered, values_overlap
from .version_statements import Version, a_version_fact, versions_apart

Select = Callable[[Pair, ValueDiff], bool]
"""Which differences a rule reports (the rest are not reported); or, as ``agrees``, which ones say the same as the
reference in other words."""


@dataclass(frozen=True, slots=True)
class Blame:
    """A finding of the vote on one block, with the editions the vote sided with against the blamed one."""

    finding: Finding
    slot: tuple
    cleared: frozenset[str]
    with_reference: frozenset[str]
    """The editions on the reference's side in this vote (the reference included)."""

    @property
    def blamed(self) -> str:
        return _translation_side(self.finding).path

    @property
    def values(self) -> frozenset[str]:
        sides = (self.finding.reference, self.finding.translation)
        return frozenset(s.normalized for s in sides if s is not None and s.normalized)

    def states(self, value: str) -> bool:
        """Whether the blamed edition states ``value`` in this block (the side it was cleared against does not)."""
        return _translation_side(self.finding).normalized == value


def _translation_side(finding: Finding) -> Side:
    """A pairwise finding's translation side, which every vote's finding has (it blames a translation)."""
    if finding.translation is None:
        raise ValueError(f"a vote's finding has no translation side: {finding.rule}")
    return finding.translation


@dataclass(frozen=True, slots=True)
class Vote:
    """What one edition says about one fact: its entity (``None`` if absent) and where."""

    document: Document
    located: Located | None
    block: Block | None
    agrees: bool = False
    """The edition says what the reference says in other words (the rule's ``agrees``): it sides with the
    reference and is never blamed."""


def value_findings(
    rule: Rule,
    comparison: Comparison,
    kinds: frozenset[EntityKind],
    noun: str,
    agree: Agree = values_overlap,
    select: Select | None = None,
    agrees: Select | None = None,
) -> Iterator[Finding]:
    """Findings for facts of ``kinds`` that differ; ``select`` keeps only some differences, ``agrees`` tells those
    that state the reference's fact in other words (they vote with it).

    The same difference stated again in the same block (a link repeated four
    times) is one finding.
    """
    seen: set[tuple] = set()
    for found in _value_findings(rule, comparison, kinds, noun, agree, select, agrees):
        key = (found.change, *(_where(s) for s in (found.reference, found.translation)))
        if key not in seen:
            seen.add(key)
            yield found


def _where(side: Side | None) -> tuple:
    return (side.path, side.block, side.normalized) if side else ()


def _value_findings(
    rule: Rule,
    comparison: Comparison,
    kinds: frozenset[EntityKind],
    noun: str,
    agree: Agree,
    select: Select | None,
    agrees: Select | None,
) -> Iterator[Finding]:
    per_pair = []
    agreed: set[tuple[str, tuple]] = set()
    for pair in comparison.pairs:
        versions = versions_apart(pair) or ()
        diffs = compare_pair(pair, kinds, agree)
        bracketed = any(map(_added_in_brackets, diffs)) and notes_in_brackets(pair.translation.document)
        diffs = [
            _as_same(d) if _in_a_note(d, bracketed) or renumbered(d) or _of_the_version(d, versions) else d
            for d in diffs
        ]
        if agrees is not None:
            said = {i for i, d in enumerate(diffs) if d.status is not Status.SAME and agrees(pair, d)}
            agreed |= {(pair.translation.document.path, _slot_key(diffs[i])) for i in said}
            diffs = [_as_same(d) if i in said else d for i, d in enumerate(diffs)]
        if select is not None:
            diffs = [d if d.status is Status.SAME or select(pair, d) else _as_same(d) for d in diffs]
        per_pair.append((pair, diffs))
    if len(comparison.editions) < 3:
        for pair, diffs in per_pair:
            yield from (_pairwise(rule, pair, d, noun, None) for d in diffs if d.status is not Status.SAME)
        return
    yield from _one_blame(list(_by_majority(rule, comparison, per_pair, noun, agree, agreed)))


def _in_a_note(diff: ValueDiff, bracketed: bool) -> bool:
    """A fact only one side states, in a translator's note or credit there: the translation's own addition — in a
    translation whose notes stand in square brackets (``bracketed``), a fact inside brackets too."""
    if diff.status is Status.ADDED:
        if bracketed and _added_in_brackets(diff):
            return True
        return diff.translation_block is not None and a_translators_note(diff.translation_block)
    if diff.status is Status.REMOVED:
        return diff.reference_block is not None and a_translators_note(diff.reference_block)
    return False


def _added_in_brackets(diff: ValueDiff) -> bool:
    located = diff.translation
    return (
        diff.status is Status.ADDED
        and located is not None
        and in_brackets(located.block, located.entity.start, located.entity.end)
    )


def _of_the_version(diff: ValueDiff, versions: tuple[Version, ...]) -> bool:
    """A fact of a pair whose editions state different versions (``version_statements``) that restates one of the
    versions — told once for the pair by ``another-version``. A year changed into another is that only when both
    are the versions' years: a year is too common a fact to be the version's by itself."""
    sides = [located.entity for located in (diff.reference, diff.translation) if located is not None]
    if len(sides) == 2 and not all(a_version_fact(e, versions) for e in sides):
        return any(a_version_fact(e, versions, years=False) for e in sides)
    return all(a_version_fact(e, versions) for e in sides)


Verdicts = dict[tuple[str, str, str, bool], set[tuple]]
"""(edition blamed, edition the vote sided with, value, whether the one blamed states it) → the votes (their
slots) that gave this verdict."""


def _one_blame(blames: list[Blame]) -> Iterator[Finding]:
    """The findings left once no two editions blame each other over the same value (the module's docstring)."""
    verdicts: Verdicts = defaultdict(set)
    for blame in blames:
        for value in blame.values:
            for other in blame.cleared:
                verdicts[blame.blamed, other, value, blame.states(value)].add(blame.slot)
    siding = {blame.slot: blame.with_reference for blame in blames}
    for blame in blames:
        if not any(
            _outweighed(blame.blamed, other, value, blame.states(value), verdicts, siding)
            for value in blame.values
            for other in blame.cleared
        ):
            yield blame.finding


def _outweighed(
    blamed: str, other: str, value: str, states: bool, verdicts: Verdicts, siding: dict[tuple, frozenset[str]]
) -> bool:
    """Whether blaming ``blamed`` rather than ``other`` — the one stating ``value`` (``states``), the other not —
    is outweighed by votes where the two stand the same way and ``other`` is the one blamed.

    Two editions that each misstate a value in a different block (one writes 25 here, the other 25 there)
    stand the other way round in those blocks: both are blamed.
    """
    against, back = verdicts.get((blamed, other, value, states), set()), verdicts.get((other, blamed, value, not states), set())
    if len(back) != len(against):
        return len(back) > len(against)
    both = against | back
    return sum(blamed in siding[s] for s in both) > sum(other in siding[s] for s in both)


def _as_same(diff: ValueDiff) -> ValueDiff:
    return replace(diff, status=Status.SAME)


def _pairwise(rule: Rule, pair: Pair, diff: ValueDiff, noun: str, agreeing: str | None) -> Finding:
    ref_doc, tr_doc = pair.reference.document, pair.translation.document
    ref, tr = diff.reference, diff.translation
    ref_side = side(ref_doc, ref.block if ref else diff.reference_block, ref.entity if ref else None)
    tr_side = side(tr_doc, tr.block if tr else diff.translation_block, tr.entity if tr else None)
    if ref is not None and tr is not None:  # changed
        message, anchor_at = f"{noun} {ref.entity.text!r} in the reference is {tr.entity.text!r} here", ref
    elif ref is not None:  # removed
        message, anchor_at = f"{noun} {ref.entity.text!r} of the reference is missing here", ref
    elif tr is not None:  # added
        message, anchor_at = f"{noun} {tr.entity.text!r} is not in the reference", tr
    else:
        raise ValueError(f"a {diff.status} difference with neither side")
    if agreeing:
        message += f" ({agreeing})"
    anchor = nearby_words(anchor_at.block.text, anchor_at.entity.start, anchor_at.entity.end)
    return finding(rule, message, ref_side, tr_side, anchor, change=str(diff.status))


def _slot_key(diff: ValueDiff) -> tuple:
    if diff.reference is not None:
        return ("ref", diff.reference.block.index, diff.reference.entity.start)
    if diff.translation is None:
        raise ValueError(f"a {diff.status} difference with neither side")
    return ("added", diff.reference_block.index if diff.reference_block else -1, diff.translation.entity.value)


def _by_majority(
    rule: Rule,
    comparison: Comparison,
    per_pair: list[tuple[Pair, list[ValueDiff]]],
    noun: str,
    agree: Agree,
    agreed: set[tuple[str, tuple]],
) -> Iterator[Blame]:
    slots: dict[tuple, dict[str, tuple[Pair, ValueDiff]]] = {}
    for pair, diffs in per_pair:
        for diff in diffs:
            slots.setdefault(_slot_key(diff), {})[pair.translation.document.path] = (pair, diff)
    for key, by_path in sorted(slots.items(), key=lambda item: item[0]):
        if all(diff.status is Status.SAME for _, diff in by_path.values()):
            continue
        votes = _votes(comparison, key, by_path, agreed)
        groups = _group(votes, agree)
        ref_group = next(g for g in groups if g[0] is votes[0])
        rivals = sorted((g for g in groups if g is not ref_group), key=len, reverse=True)
        winner = rivals[0] if rivals and len(rivals[0]) > len(ref_group) else None
        with_reference = _paths(ref_group)
        if winner is not None and (len(rivals) < 2 or len(rivals[1]) < len(winner)):
            for found in _blame_minority(rule, votes, winner, noun):
                yield Blame(found, key, _paths(winner), with_reference)
            continue
        agreeing = f"{len(ref_group)} of {len(votes)} editions agree with the reference"
        for pair, diff in by_path.values():
            if diff.status is not Status.SAME:
                yield Blame(_pairwise(rule, pair, diff, noun, agreeing), key, with_reference, with_reference)


def _paths(votes: Iterable[Vote]) -> frozenset[str]:
    return frozenset(vote.document.path for vote in votes)


def _votes(
    comparison: Comparison, key: tuple, by_path: dict[str, tuple[Pair, ValueDiff]], agreed: set[tuple[str, tuple]]
) -> list[Vote]:
    """The reference's vote first, then each translation that can speak to this fact."""
    any_diff = next(iter(by_path.values()))[1]
    ref_doc = comparison.reference.document
    votes = [Vote(ref_doc, any_diff.reference, any_diff.reference_block)]
    ref_index = key[1]
    for pair in comparison.pairs:
        doc = pair.translation.document
        if doc.path in by_path:
            diff = by_path[doc.path][1]
            votes.append(Vote(doc, diff.translation, diff.translation_block, (doc.path, key) in agreed))
            continue
        bead = next((b for b in pair.alignment.beads if ref_index in b.reference), None)
        if bead is not None and bead.translation and key[0] == "added":
            votes.append(Vote(doc, None, doc.blocks[bead.translation[0]]))
    return votes


def _group(votes: list[Vote], agree: Agree) -> list[list[Vote]]:
    """Votes grouped by agreement with each group's first member (the reference's first); absent values form one
    group; a vote that ``agrees`` joins the reference's."""
    groups: list[list[Vote]] = []
    for vote in votes:
        if vote.agrees and groups:
            groups[0].append(vote)
            continue
        for group in groups:
            head = group[0].located
            if (head is None and vote.located is None) or (
                head is not None and vote.located is not None and agree(head.entity, vote.located.entity)
            ):
                group.append(vote)
                break
        else:
            groups.append([vote])
    return groups


def _blame_minority(rule: Rule, votes: list[Vote], winner: list[Vote], noun: str) -> Iterator[Finding]:
    model = winner[0]
    model_side = side(model.document, model.block, model.located.entity if model.located else None)
    total, count = len(votes), len(winner)
    for vote in votes:
        if vote.agrees or any(vote is member for member in winner):
            continue
        blamed = side(vote.document, vote.block, vote.located.entity if vote.located else None)
        if vote.located and model.located:
            message = f"{noun} {vote.located.entity.text!r} here; {count} of {total} editions have {model.located.entity.text!r}"
            change, anchor_at = "changed", model.located
        elif model.located:
            message = f"{noun} {model.located.entity.text!r} is missing here; {count} of {total} editions have it"
            change, anchor_at = "removed", model.located
        elif vote.located:
            message = f"{noun} {vote.located.entity.text!r} here is not in {count} of {total} editions"
            change, anchor_at = "added", vote.located
        else:  # two votes without the value agree: one group, never blamed
            raise ValueError("a blamed vote and its model both lack the value")
        anchor = nearby_words(anchor_at.block.text, anchor_at.entity.start, anchor_at.entity.end)
        yield finding(rule, message, model_side, blamed, anchor, change=change)


def value_check(
    kinds: frozenset[EntityKind],
    noun: str,
    agree: Agree = values_overlap,
    select: Select | None = None,
) -> Callable[[Rule, Comparison], Iterator[Finding]]:
    """A rule's ``check`` comparing facts of ``kinds`` across every edition."""

    def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
        return value_findings(rule, comparison, kinds, noun, agree, select)

    return check
