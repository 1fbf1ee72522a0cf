"""Compare the facts of one kind across each aligned pair of blocks.

Shared by the value rules (numbers, links, e-mails…): within a bead, every
reference entity looks for a translation entity of the same kinds whose
normalized values overlap; what is left over is changed, removed or added.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Bead, Block, Document, Entity, EntityKind, Finding
from .base import Pair, Rule, finding, nearby_words, side

Located = tuple[Block, Entity]


def _located(document: Document, entities: tuple[tuple[Entity, ...], ...], indices: tuple[int, ...],
             kinds: frozenset[EntityKind]) -> list[Located]:
    return [
        (document.blocks[i], entity)
        for i in indices
        for entity in entities[i]
        if entity.kind in kinds
    ]


def unmatched(reference: list[Located], translation: list[Located]) -> tuple[list[Located], list[Located]]:
    """The entities of each side that found no partner with an overlapping value."""
    left = list(translation)
    missing: list[Located] = []
    for ref in reference:
        partner = next((i for i, tr in enumerate(left) if ref[1].values & tr[1].values), None)
        if partner is None:
            missing.append(ref)
        else:
            del left[partner]
    return missing, left


def value_mismatches(rule: Rule, pair: Pair, kinds: frozenset[EntityKind], noun: str) -> Iterator[Finding]:
    """Findings for values of ``kinds`` changed, removed or added between paired blocks."""
    for bead in pair.alignment.beads:
        if bead.reference and bead.translation:
            yield from _bead_mismatches(rule, pair, bead, kinds, noun)


def _bead_mismatches(rule: Rule, pair: Pair, bead: Bead, kinds: frozenset[EntityKind], noun: str) -> Iterator[Finding]:
    ref_doc, tr_doc = pair.reference, pair.translation
    removed, added = unmatched(
        _located(ref_doc, pair.reference_entities, bead.reference, kinds),
        _located(tr_doc, pair.translation_entities, bead.translation, kinds),
    )
    first_ref = ref_doc.blocks[bead.reference[0]]
    first_tr = tr_doc.blocks[bead.translation[0]]
    changed = min(len(removed), len(added))
    for (rb, re_), (tb, te) in zip(removed[:changed], added[:changed]):
        yield finding(
            rule,
            f"{noun} {re_.text!r} in the reference is {te.text!r} here",
            side(ref_doc, rb, re_),
            side(tr_doc, tb, te),
            nearby_words(rb.text, re_.start, re_.end),
        )
    for rb, re_ in removed[changed:]:
        yield finding(
            rule,
            f"{noun} {re_.text!r} of the reference is missing here",
            side(ref_doc, rb, re_),
            side(tr_doc, first_tr),
            nearby_words(rb.text, re_.start, re_.end),
        )
    for tb, te in added[changed:]:
        yield finding(
            rule,
            f"{noun} {te.text!r} is not in the reference",
            side(ref_doc, first_ref),
            side(tr_doc, tb, te),
            nearby_words(tb.text, te.start, te.end),
        )
