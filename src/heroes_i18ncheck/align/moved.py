"""Second pass: units the ordered pass left alone, paired out of order when their content is convincing.

A sidebar or a box is often placed elsewhere in one edition; the monotone
pass cannot pair it across other beads and leaves a 1-0 and a 0-1. Here such
left-overs are paired greedily, best first, when shared words and facts
alone tie them (``MOVED_CONTENT``) and the whole score, without position, is
high (``MOVED_SCORE``). A box usually moves whole, so each such pair is
then extended over the left-over units right before and after it on both
sides while they pair plausibly (``EXTEND_SCORE``, as low as inside a gap
between ordered pairings, since the moved pair pins them the same way): the
banner above a moved link goes with it. A pair is marked moved when it crosses the ordered beads;
one the band merely failed to reach keeps its place unmarked. Before that, an ordered pair made by position
alone gives way (``contested``) where one of its units has a convincing partner among the left-overs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .dp import GAP_SCORE
from .score import Scorer

MOVED_SCORE = 0.6
MOVED_CONTENT = 0.35
EXTEND_SCORE = GAP_SCORE
CONTESTED_CONTENT = 0.05
"""An ordered pair whose units share less than this (words and facts) was made by position and length alone."""


@dataclass(frozen=True, slots=True)
class LatePair:
    """A reference unit and a translation unit paired by the second pass."""

    ref: int
    tr: int
    score: float
    moved: bool


def best_first(ranked: Iterable[tuple[tuple[float, ...], int, int]]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``(rank, i, j)`` taken best first (the lowest rank, then the lowest indices), each
    unit of either side in one pair at most."""
    taken_ref: set[int] = set()
    taken_tr: set[int] = set()
    chosen = []
    for _, i, j in sorted(ranked):
        if i not in taken_ref and j not in taken_tr:
            taken_ref.add(i)
            taken_tr.add(j)
            chosen.append((i, j))
    return chosen


def pair_left_overs(
    scorer: Scorer,
    candidates: Iterable[tuple[int, int]],
    ref_left: set[int],
    tr_left: set[int],
    ordered_pairs: Sequence[tuple[int, int]],
) -> list[LatePair]:
    """Left-over units paired by content, strongest first; ``ordered_pairs`` are the first pass's (ref, tr) links."""
    scores = {}
    for i, j in sorted(set(candidates)):
        if i not in ref_left or j not in tr_left:
            continue
        if scorer.content(i, i + 1, j, j + 1) < MOVED_CONTENT:
            continue
        score = scorer.similarity(i, i + 1, j, j + 1, position=False)
        if score >= MOVED_SCORE:
            scores[i, j] = score
    refs = [i for i, _ in ordered_pairs]
    trs = [j for _, j in ordered_pairs]
    chosen = best_first(((-score,), i, j) for (i, j), score in scores.items())
    found = [LatePair(i, j, scores[i, j], not _in_order(i, j, refs, trs)) for i, j in chosen]
    taken_ref = {i for i, _ in chosen}
    taken_tr = {j for _, j in chosen}
    for seed in list(found):
        for step in (-1, 1):
            i, j = seed.ref + step, seed.tr + step
            while i in ref_left and j in tr_left and i not in taken_ref and j not in taken_tr:
                score = scorer.similarity(i, i + 1, j, j + 1, position=False)
                if score < EXTEND_SCORE:
                    break
                taken_ref.add(i)
                taken_tr.add(j)
                found.append(LatePair(i, j, score, seed.moved))
                i, j = i + step, j + step
    return sorted(found, key=lambda p: (p.ref, p.tr))


def contested(
    scorer: Scorer, candidates: Iterable[tuple[int, int]], pairs: Sequence[tuple[int, int]], ref_left: set[int], tr_left: set[int]
) -> set[tuple[int, int]]:
    """The ordered one-to-one pairs to undo: made by position and length alone (they share nothing), while a unit
    left over on the other side shares enough with one of them to be paired out of order (``pair_left_overs``).

    A brochure's boxes read in another order pair box with box by their place: ``100 m² of maker space with 3D
    printer`` with ``für 30 Personen``, while ``100 m² Arbeitsfläche mit 3D-Drucker`` is left over. A pair of
    headings is left alone: a heading shares few words with its translation, and its place is its evidence.
    """
    strong: dict[int, set[int]] = {}
    strong_tr: dict[int, set[int]] = {}
    for i, j in candidates:
        if (i in ref_left) == (j in tr_left):
            continue  # both left over is pair_left_overs' case; neither is no contest
        if _convincing(scorer, i, j):
            if j in tr_left:
                strong.setdefault(i, set()).add(j)
            else:
                strong_tr.setdefault(j, set()).add(i)
    return {
        (i, j) for i, j in pairs
        if (i in strong or j in strong_tr)
        and not (scorer.ref_units[i].heading or scorer.tr_units[j].heading)
        and scorer.content(i, i + 1, j, j + 1) < CONTESTED_CONTENT
    }


def _convincing(scorer: Scorer, i: int, j: int) -> bool:
    """Whether two units tie strongly enough to undo an ordered pair for: pair_left_overs' bar, and a fact shared (a
    word matched across languages may be a false friend: ``profesión`` ~ ``Projesi``)."""
    facts, facts_on = scorer.signals(i, i + 1, j, j + 1)["facts"]
    return (
        facts * facts_on > 0
        and scorer.content(i, i + 1, j, j + 1) >= MOVED_CONTENT
        and scorer.similarity(i, i + 1, j, j + 1, position=False) >= MOVED_SCORE
    )


def _in_order(i: int, j: int, refs: Sequence[int], trs: Sequence[int]) -> bool:
    """Whether ``(i, j)`` fits between the ordered pairs around reference unit ``i`` without crossing them."""
    k = bisect.bisect_left(refs, i)
    before = trs[k - 1] if k else -1
    after = trs[k] if k < len(trs) else float("inf")
    return before < j < after
