"""Sidebars paired apart from the running text, so that a box one edition places elsewhere moves as a unit.

A box of key figures stands beside the second paragraph in one edition and beside the fourth in another. In the
ordered alignment the box, rich in names and numbers, pairs first, and the paragraphs it crosses, sharing little,
are left unpaired on both sides (a missing and an extra block each, all false), or a paragraph is taken for what
moved. So the sidebars (``BlockKind.SIDEBAR``) of both editions are paired first, among themselves: by content
where it convinces (``MOVED_CONTENT``, ``MOVED_SCORE``), strongest first, then each pair is extended over the
blocks of the same box before and after it on both sides while they pair plausibly (``EXTEND_SCORE``: the box's
title goes with its text). Their beads are put back at the reference box's place, marked moved where they cross
the ordered pairs. A sidebar left unpaired here stays in the ordered alignment like any block: an edition whose
extraction took the box for running text still pairs it in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import BlockKind, Document
from .moved import EXTEND_SCORE, MOVED_CONTENT, MOVED_SCORE, best_first
from .notes import PairApart, sub_document
from .prepare import prepare_scorer
from .score import Scorer


def pair_sidebars(reference: Document, translation: Document) -> list[PairApart]:
    """The sidebars of the two editions paired by content and by box, in reference order (block indices)."""
    ref_boxes = [b.index for b in reference.blocks if b.kind == BlockKind.SIDEBAR]
    tr_boxes = [b.index for b in translation.blocks if b.kind == BlockKind.SIDEBAR]
    if not ref_boxes or not tr_boxes:
        return []
    # a sidebar is no running text: each is a unit of its own, so unit and sidebar indices are one
    scorer, candidates = prepare_scorer(sub_document(reference, ref_boxes), sub_document(translation, tr_boxes))
    convincing: dict[tuple[int, int], tuple[float, float]] = {}
    for u, v in sorted(set(candidates)):
        content = scorer.content(u, u + 1, v, v + 1)
        score = scorer.similarity(u, u + 1, v, v + 1, position=False)
        if content >= MOVED_CONTENT and score >= MOVED_SCORE:
            convincing[u, v] = score, content
    chosen = best_first(((-score,), u, v) for (u, v), (score, _) in convincing.items())
    found = [(u, v, *convincing[u, v]) for u, v in chosen]
    taken_ref = {u for u, _ in chosen}
    taken_tr = {v for _, v in chosen}
    for u, v, _, _ in list(found):
        for step in (-1, 1):
            found += _extended(scorer, u, v, step, ref_boxes, tr_boxes, taken_ref, taken_tr)
    return sorted((PairApart(ref_boxes[u], tr_boxes[v], score, content) for u, v, score, content in found), key=lambda p: p.ref)


def _extended(
    scorer: Scorer,
    u: int,
    v: int,
    step: int,
    ref_boxes: Sequence[int],
    tr_boxes: Sequence[int],
    taken_ref: set[int],
    taken_tr: set[int],
) -> list[tuple[int, int, float, float]]:
    """The pairs of the blocks of the same boxes as ``u`` and ``v`` (sidebar indices), going ``step`` away from
    them, while both sides have one that pairs plausibly; marks them taken."""
    out: list[tuple[int, int, float, float]] = []
    while True:
        nu, nv = u + step, v + step
        if not (0 <= nu < len(ref_boxes) and 0 <= nv < len(tr_boxes)) or nu in taken_ref or nv in taken_tr:
            return out
        if ref_boxes[nu] != ref_boxes[u] + step or tr_boxes[nv] != tr_boxes[v] + step:
            return out  # another box, or running text between
        score = scorer.similarity(nu, nu + 1, nv, nv + 1, position=False)
        if score < EXTEND_SCORE:
            return out
        taken_ref.add(nu)
        taken_tr.add(nv)
        out.append((nu, nv, score, scorer.content(nu, nu + 1, nv, nv + 1)))
        u, v = nu, nv
