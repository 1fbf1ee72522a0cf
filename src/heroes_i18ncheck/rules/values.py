"""Line up the facts of one family between a reference and a translation.

Within each bead, every reference entity looks for a translation entity of
the family that agrees with it. What is left over is then offered to the
neighbouring beads' leftovers — layout often moves a value into the next box —
and only what is still unpaired becomes a difference: *changed* (a leftover on
both sides of the same bead), *removed* or *added*.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..model import Block, Entity, EntityKind
from .base import Edition, Pair

Agree = Callable[[Entity, Entity], bool]

NEIGHBOUR_BEADS = 1
"""How many beads away a leftover value may be found and still count as the same fact."""


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


def _located(edition: Edition, indices: tuple[int, ...], kinds: frozenset[EntityKind]) -> list[Located]:
    blocks = edition.document.blocks
    return [Located(blocks[i], e) for i in indices for e in edition.entities[i] if e.kind in kinds]


def _pair_off(left: list[Located], right: list[Located], agree: Agree) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """Greedy one-to-one pairing in reading order; returns pairs and both sides' leftovers."""
    pool = list(right)
    pairs: list[tuple[Located, Located]] = []
    unpaired: list[Located] = []
    for item in left:
        index = next((i for i, other in enumerate(pool) if agree(item.entity, other.entity)), None)
        if index is None:
            unpaired.append(item)
        else:
            pairs.append((item, pool.pop(index)))
    return pairs, unpaired, pool


def _not_repeated(leftover: list[Located], matched: list[Located], agree: Agree) -> list[Located]:
    """Leftovers that are not a repeated mention of a value the bead already shares.

    Translations merge and repeat mentions freely ("HEROES … the project" →
    "HEROES … HEROES"); a repetition is not a new fact.
    """
    return [item for item in leftover if not any(agree(item.entity, other.entity) for other in matched)]


def compare_pair(pair: Pair, kinds: frozenset[EntityKind], agree: Agree = values_overlap) -> list[ValueDiff]:
    """Every fact of ``kinds`` in the pair: the same, changed, removed or added."""
    beads = [b for b in pair.alignment.beads if b.reference and b.translation]
    ref_docs, tr_docs = pair.reference.document.blocks, pair.translation.document.blocks
    diffs: list[ValueDiff] = []
    leftovers: list[tuple[list[Located], list[Located]]] = []
    for bead in beads:
        same, removed, added = _pair_off(
            _located(pair.reference, bead.reference, kinds),
            _located(pair.translation, bead.translation, kinds),
            agree,
        )
        diffs += [ValueDiff(Status.SAME, r, t, r.block, t.block) for r, t in same]
        leftovers.append((_not_repeated(removed, [r for r, _ in same], agree), _not_repeated(added, [t for _, t in same], agree)))
    for i, (removed, added) in enumerate(leftovers):
        for j in range(max(0, i - NEIGHBOUR_BEADS), min(len(beads), i + NEIGHBOUR_BEADS + 1)):
            if j == i or not removed:
                continue
            moved, still_removed, still_added = _pair_off(removed, leftovers[j][1], agree)
            removed[:] = still_removed
            leftovers[j][1][:] = still_added
            diffs += [ValueDiff(Status.SAME, r, t, r.block, t.block) for r, t in moved]
    for bead, (removed, added) in zip(beads, leftovers):
        first_ref, first_tr = ref_docs[bead.reference[0]], tr_docs[bead.translation[0]]
        changed = min(len(removed), len(added))
        diffs += [ValueDiff(Status.CHANGED, r, t, r.block, t.block) for r, t in zip(removed, added)]
        diffs += [ValueDiff(Status.REMOVED, r, None, r.block, first_tr) for r in removed[changed:]]
        diffs += [ValueDiff(Status.ADDED, None, t, first_ref, t.block) for t in added[changed:]]
    return diffs

