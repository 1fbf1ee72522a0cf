"""Everything the aligner knows about a pair of editions before it pairs anything.

Units, the evidence they share, the anchors and the expected path through
both editions, the length model estimated from the anchors: gathered here
into one ``Scorer`` that the passes of ``align`` (and ``explain``) consult.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..model import BlockKind, Document
from .band import expected_path, longest_chain, mutual_best_pairs
from .length import MIN_PAIRS, estimate_length_model
from .score import Scorer, make_scorer
from .signals import BlockEntities, gather_evidence
from .units import join_broken_blocks

POSITION_SCALE = 4.0
"""Units off the expected path at which the position signal has fallen to 1/e."""
COPY_SIMILARITY = 90.0
"""rapidfuzz ratio (0–100, case ignored) at or above which a linked pair is the same text, not a translation."""


def prepare_scorer(
    reference: Document,
    translation: Document,
    reference_entities: BlockEntities | None = None,
    translation_entities: BlockEntities | None = None,
) -> tuple[Scorer, list[tuple[int, int]]]:
    """The scorer for this pair of editions, and the unit pairs that share any evidence."""
    ref_units = join_broken_blocks(reference)
    tr_units = join_broken_blocks(translation)
    evidence = gather_evidence(
        reference, ref_units, translation, tr_units, reference_entities, translation_entities
    )
    candidates = list(evidence.pairs)
    ref_total = sum(u.length for u in ref_units)
    tr_total = sum(u.length for u in tr_units)
    provisional = make_scorer(ref_units, tr_units, evidence, estimate_length_model(ref_total, tr_total, ()))
    def strength(i: int, j: int) -> float:
        return provisional.content(i, i + 1, j, j + 1)

    anchors = longest_chain(mutual_best_pairs(candidates, strength))
    linked = anchors
    if len(anchors) < MIN_PAIRS:
        # A short text has few strong anchors; weaker mutual links still tell the length ratio.
        linked = longest_chain(mutual_best_pairs(candidates, strength, minimum=0.0))
    translated = [(i, j) for i, j in linked if not copied(ref_units[i].text, tr_units[j].text)]
    lengths = estimate_length_model(
        ref_total,
        tr_total,
        [(ref_units[i].length, tr_units[j].length) for i, j in translated],
        min(len(ref_units), len(tr_units)),
    )
    path = expected_path(anchors, len(ref_units), len(tr_units))
    headings = _has_kind(reference, translation, BlockKind.HEADING)
    items = _has_kind(reference, translation, BlockKind.LIST_ITEM)
    return make_scorer(ref_units, tr_units, evidence, lengths, path, POSITION_SCALE, headings, items), candidates


def copied(ref_text: str, tr_text: str) -> bool:
    """Whether a linked pair is the same text in both editions (a figure label, a name, a block left untranslated).

    Such pairs say nothing about how long a translation runs: a paper whose
    figures stayed in English would otherwise teach the length model a ratio of 1.
    """
    return fuzz.ratio(ref_text.casefold(), tr_text.casefold()) >= COPY_SIMILARITY


def _has_kind(reference: Document, translation: Document, kind: BlockKind) -> bool:
    return all(any(b.kind == kind for b in d.blocks) for d in (reference, translation))
