"""Align stage: which blocks of a translation say what which blocks of the reference say.

The steps, in order:

1. ``units`` joins blocks that continue a broken sentence (a paragraph split
   into lines by the PDF), since lines do not correspond across languages.
2. ``signals`` finds the words (transliterated, fuzzily matched names and
   cognates) and fact values (entities) the two editions share, unit pair
   by unit pair, IDF-weighted.
3. ``band`` anchors the alignment on mutual best content matches and draws
   the expected path through both editions; ``length`` estimates the
   Gale–Church length ratio from those anchors (``prepare`` gathers 1–3 into
   one ``score.Scorer``).
4. ``dp`` finds the best monotone sequence of 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1
   beads within a band around that path, each scored by ``score`` (length,
   words, facts, heading with heading, position), then aligns the units left
   between two pairings again at a lower threshold; ``run_in`` joins a lone
   heading to the next pairing when the other edition runs it into its paragraph.
5. ``tables`` pairs the rows of each table again as a set, by content, with the rows of the table they
   were paired with (a glossary each edition sorts by its own terms); ``moved`` pairs the left-over
   units out of order when their content is convincing (a box placed elsewhere), with the units around them.
6. ``notes`` pairs the editions' notes apart, by marker and content, and ``sidebars`` their boxes, by content
   and box, before all this (a footnote of one edition may be an endnote of the other; a box stands beside
   another paragraph); the ordered passes align the rest, and the pairs made apart are put back.
7. ``confidence`` rates each bead and the whole: below ``MATCH_THRESHOLD``
   the editions are not the same issue (``same_issue``).

``explain`` shows the signals behind each bead's score.

Headings take part as a signal (a heading pairs with a heading) and as
anchors like any strongly matching pair, rather than in a separate
section-level pass: PDF editions carry no reliable heading marks, and the
anchored band already keeps blocks within their section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Alignment, Bead, Document
from .band import BAND_WIDTH, band_limits
from .confidence import (
    MATCH_THRESHOLD,
    gap_confidence,
    length_consistency,
    overall_confidence,
    pairing_confidence,
    pinned_confidences,
    same_issue,
    shared_facts,
)
from .dp import Step, best_path, fill_gaps
from .explain import explain
from .moved import LatePair, contested, pair_left_overs
from .notes import fits, pair_notes, sub_document, with_beads_apart
from .prepare import prepare_scorer
from .run_in import join_run_in_heads
from .score import Scorer
from .sidebars import pair_sidebars
from .signals import BlockEntities
from .tables import pair_table_rows, table_runs
from .units import Unit

__all__ = ["MATCH_THRESHOLD", "align", "explain", "same_issue", "shared_facts"]


def align(
    reference: Document,
    translation: Document,
    *,
    band_width: int = BAND_WIDTH,
    reference_entities: BlockEntities | None = None,
    translation_entities: BlockEntities | None = None,
) -> Alignment:
    """Pair every block of ``translation`` with its counterpart in ``reference``, with confidences.

    Beads come in reference reading order; a block found only in the
    translation stands where it falls in the translation's order, and a pair
    found out of order (``moved``) where its reference block is. A caller
    that already has each block's entities (``block_entities``, one tuple per
    block) may pass them to save reading them again.
    """
    notes = [*pair_notes(reference, translation), *pair_sidebars(reference, translation)]
    ref_rest = _rest(reference, {p.ref for p in notes})
    tr_rest = _rest(translation, {p.tr for p in notes})
    if notes:
        scorer, candidates = prepare_scorer(
            sub_document(reference, ref_rest),
            sub_document(translation, tr_rest),
            None if reference_entities is None else [reference_entities[i] for i in ref_rest],
            None if translation_entities is None else [translation_entities[j] for j in tr_rest],
        )
    else:
        scorer, candidates = prepare_scorer(reference, translation, reference_entities, translation_entities)
    ref_units, tr_units, path = scorer.ref_units, scorer.tr_units, scorer.path
    steps = best_path(len(ref_units), len(tr_units), band_limits(path, len(tr_units), band_width), scorer.gain)
    steps = join_run_in_heads(fill_gaps(steps, scorer.gain), ref_units, tr_units)
    tables = (_tables(reference, ref_rest, ref_units), _tables(translation, tr_rest, tr_units))
    beads = _beads(scorer, steps, candidates, tables)
    summary = [(_chars(ref_units, b.reference), _chars(tr_units, b.translation), c) for b, c in beads]
    summary += [(_length(reference, p.ref), _length(translation, p.tr), p.content) for p in notes]
    pinned = [_to_blocks(b, ref_units, tr_units, ref_rest, tr_rest) for b in pinned_confidences([b for b, _ in beads])]
    ref_total = sum(u.length for u in ref_units) + sum(_length(reference, p.ref) for p in notes)
    tr_total = sum(u.length for u in tr_units) + sum(_length(translation, p.tr) for p in notes)
    return Alignment(
        reference,
        translation,
        tuple(with_beads_apart(pinned, notes)),
        overall_confidence(summary, ref_total, tr_total)
        * length_consistency(scorer.lengths, (reference.language, translation.language)),
    )


def _rest(document: Document, paired: set[int]) -> list[int]:
    """The indices of the blocks the ordered alignment pairs: all but the notes paired apart."""
    return [b.index for b in document.blocks if b.index not in paired]


def _length(document: Document, index: int) -> int:
    """A block's characters that are not white space (as ``Unit.length`` counts them)."""
    return sum(not c.isspace() for c in document.blocks[index].text)


def _tables(document: Document, indices: Sequence[int], units: Sequence[Unit]) -> list[range]:
    """The runs of units that are table rows (``indices``: the block each index of the aligned part stands for)."""
    return table_runs([document.blocks[indices[u.blocks[0]]].kind for u in units])


def _beads(
    scorer: Scorer,
    steps: Sequence[Step],
    candidates: Sequence[tuple[int, int]],
    tables: tuple[Sequence[range], Sequence[range]] = ((), ()),
) -> list[tuple[Bead, float]]:
    """Beads over unit indices, each with its content score, after the table rows are paired as sets (``tables``:
    each edition's runs of table rows) and the second pass."""
    undone_rows, set_pairs = pair_table_rows(scorer, candidates, steps, *tables)
    steps = _split(steps, undone_rows)
    ref_left = {i0 for i0, i1, j0, j1 in steps if j0 == j1 and i1 > i0} - {p.ref for p in set_pairs}
    tr_left = {j0 for i0, i1, j0, j1 in steps if i0 == i1 and j1 > j0} - {p.tr for p in set_pairs}
    single = [(i0, j0) for i0, i1, j0, j1 in steps if i1 - i0 == 1 and j1 - j0 == 1]
    undone = contested(scorer, candidates, single, ref_left, tr_left)
    if undone:
        steps = _split(steps, undone)
        ref_left |= {i for i, _ in undone}
        tr_left |= {j for _, j in undone}
    ordered = [
        (i, j) for i0, i1, j0, j1 in steps if i1 > i0 and j1 > j0 for i in range(i0, i1) for j in range(j0, j1)
    ]
    late = {p.ref: p for p in (*pair_left_overs(scorer, candidates, ref_left, tr_left, ordered), *set_pairs)}
    late_tr = {p.tr for p in late.values()}
    partners = _partners(candidates)
    beads: list[tuple[Bead, float]] = []
    placed: list[tuple[int, LatePair]] = []
    for i0, i1, j0, j1 in steps:
        if i1 > i0 and j1 > j0:
            score = scorer.similarity(i0, i1, j0, j1)
            bead = Bead(tuple(range(i0, i1)), tuple(range(j0, j1)), score, pairing_confidence(score))
            beads.append((bead, scorer.content(i0, i1, j0, j1)))
        elif i1 > i0 and i0 in late:
            pair = late[i0]
            bead = Bead((i0,), (pair.tr,), pair.score, pairing_confidence(pair.score), True)
            placed.append((len(beads), pair))
            beads.append((bead, scorer.content(i0, i0 + 1, pair.tr, pair.tr + 1)))
        elif i1 > i0:
            rejected = _best_rejected(scorer, partners[0].get(i0, ()), lambda j: (i0, i0 + 1, j, j + 1))
            beads.append((Bead((i0,), (), 0.0, gap_confidence(rejected)), 0.0))
        elif j0 not in late_tr:
            rejected = _best_rejected(scorer, partners[1].get(j0, ()), lambda i: (i, i + 1, j0, j0 + 1))
            beads.append((Bead((), (j0,), 0.0, gap_confidence(rejected)), 0.0))
    return _in_order_unmarked(beads, placed)


def _in_order_unmarked(beads: list[tuple[Bead, float]], placed: Sequence[tuple[int, LatePair]]) -> list[tuple[Bead, float]]:
    """``beads`` with each pair made out of the ordered pass (``placed``: its bead's place, built marked moved)
    unmarked, strongest first, where the beads not marked moved still keep the translation's order with it; a pair
    the second pass found crossing the ordered pairs (and the box it extends over) stays moved."""
    plain = [b for b, _ in beads]
    for k, pair in sorted(placed, key=lambda item: (-item[1].score, item[0])):
        if pair.moved:
            continue
        plain[k] = replace(plain[k], moved=False)
        if fits(plain, k):
            beads[k] = (plain[k], beads[k][1])
        else:
            plain[k] = beads[k][0]
    return beads


def _split(steps: Sequence[Step], undone: set[tuple[int, int]]) -> list[Step]:
    """``steps`` with each undone one-to-one pair made a unit left over on each side, in reading order."""
    out: list[Step] = []
    for i0, i1, j0, j1 in steps:
        if (i0, j0) in undone and i1 - i0 == 1 and j1 - j0 == 1:
            out += [(i0, i1, j0, j0), (i1, i1, j0, j1)]
        else:
            out.append((i0, i1, j0, j1))
    return out


def _partners(candidates: Sequence[tuple[int, int]]) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    by_ref: dict[int, list[int]] = {}
    by_tr: dict[int, list[int]] = {}
    for i, j in candidates:
        by_ref.setdefault(i, []).append(j)
        by_tr.setdefault(j, []).append(i)
    return by_ref, by_tr


def _best_rejected(scorer: Scorer, others: Sequence[int], bead: Callable[[int], Step]) -> float:
    """The best score a left-over unit reached with any partner that shares something with it."""
    return max((scorer.similarity(*bead(o), position=False) for o in others), default=0.0)


def _to_blocks(
    bead: Bead, ref_units: Sequence[Unit], tr_units: Sequence[Unit], ref_blocks: Sequence[int], tr_blocks: Sequence[int]
) -> Bead:
    """A bead over units as a bead over the editions' blocks (``ref_blocks``, ``tr_blocks``: the block each index of
    the aligned part stands for)."""
    return Bead(
        tuple(ref_blocks[b] for u in bead.reference for b in ref_units[u].blocks),
        tuple(tr_blocks[b] for u in bead.translation for b in tr_units[u].blocks),
        round(bead.score, 6),
        round(bead.confidence, 6),
        bead.moved,
    )


def _chars(units: Sequence[Unit], indices: Sequence[int]) -> int:
    return sum(units[u].length for u in indices)
