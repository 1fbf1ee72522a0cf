"""Monotone dynamic programming over the band: the best sequence of beads in reading order.

A state ``(i, j)`` has consumed ``i`` reference and ``j`` translation units.
A bead gains what its evidence says for it (``Scorer.gain`` at
``SKIP_SCORE``) less ``MERGE_COST`` for every unit beyond one per side, and a
unit left alone (1-0 or 0-1) gains nothing; so a pairing is only made when
its evidence is on the side of a match, and a merge only when the merged
text fits clearly better than its parts.

Units left unpaired between two pairings are then aligned again among
themselves at the lower ``GAP_SCORE``: pinned in place by their neighbours,
a heading and its translation need less evidence than anywhere else — and
a lone unit on each side of a gap, which nothing else could pair, less still
(``SINGLE_GAP_SCORE``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

SKIP_SCORE = 0.5
"""The score a pairing must beat to be preferred to leaving both units unpaired."""
GAP_SCORE = 0.25
"""The score a pairing must beat inside a gap between two pairings."""
SINGLE_GAP_SCORE = 0.15
"""The score a pairing must beat when a gap holds one unit on each side: the neighbours all but pair them."""
MAX_GAP_CELLS = 400
"""Gaps larger than this (reference × translation units) are left as they are."""
MERGE_COST = 0.25
BEAD_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))

Step = tuple[int, int, int, int]
"""A bead as unit ranges: reference ``[i0, i1)`` with translation ``[j0, j1)``."""


def best_path(
    ref_count: int,
    tr_count: int,
    limits: Sequence[tuple[int, int]],
    gain: Callable[[int, int, int, int, float], float],
    threshold: float = SKIP_SCORE,
) -> list[Step]:
    """The beads, in order, that maximize the total gain within ``limits`` (one ``[lo, hi]`` per ``i``).

    ``gain(i0, i1, j0, j1, threshold)`` rates pairing reference units
    ``[i0, i1)`` with translation units ``[j0, j1)``.
    """
    gains: list[dict[int, float]] = [{} for _ in range(ref_count + 1)]
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(ref_count + 1)]
    gains[0][0] = 0.0
    for i in range(ref_count + 1):
        lo, hi = limits[i]
        row = gains[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best = None
            best_from = (0, 0)
            for di, dj in BEAD_SHAPES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                start = gains[pi].get(pj)
                if start is None:
                    continue
                total = start + _bead_gain(di, dj, pi, i, pj, j, gain, threshold)
                if best is None or total > best:
                    best, best_from = total, (pi, pj)
            if best is not None:
                row[j] = best
                back[i][j] = best_from
    if tr_count not in gains[ref_count]:
        raise ValueError("the band does not reach the end of both editions")
    steps: list[Step] = []
    i, j = ref_count, tr_count
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        steps.append((pi, i, pj, j))
        i, j = pi, pj
    return steps[::-1]


def fill_gaps(steps: Sequence[Step], gain: Callable[[int, int, int, int, float], float]) -> list[Step]:
    """``steps`` with each run of unpaired units between pairings (or an edition's edge) aligned at ``GAP_SCORE``,
    together with a merged bead on either side of it: a merge beside a unit left alone may have taken that
    unit's partner (a headline the translation repeats in its first sentence)."""
    filled: list[Step] = []
    k = 0
    while k < len(steps):
        leading_merge = _merges(steps[k]) and k + 1 < len(steps) and not _pairs(steps[k + 1])
        if _pairs(steps[k]) and not leading_merge:
            filled.append(steps[k])
            k += 1
            continue
        end = k + 1 if leading_merge else k
        while end < len(steps) and not _pairs(steps[end]):
            end += 1
        if end < len(steps) and _merges(steps[end]):
            end += 1
        i0, j0 = steps[k][0], steps[k][2]
        i1, j1 = steps[end - 1][1], steps[end - 1][3]
        rows, columns = i1 - i0, j1 - j0
        if rows and columns and rows * columns <= MAX_GAP_CELLS:

            def local(a: int, b: int, c: int, d: int, t: float) -> float:
                return gain(a + i0, b + i0, c + j0, d + j0, t)

            threshold = SINGLE_GAP_SCORE if rows == columns == 1 else GAP_SCORE
            inner = best_path(rows, columns, [(0, columns)] * (rows + 1), local, threshold)
            filled.extend((a + i0, b + i0, c + j0, d + j0) for a, b, c, d in inner)
        else:
            filled.extend(steps[k:end])
        k = end
    return filled


def _pairs(step: Step) -> bool:
    return step[1] > step[0] and step[3] > step[2]


def _merges(step: Step) -> bool:
    return _pairs(step) and step[1] - step[0] + step[3] - step[2] > 2


def _bead_gain(
    di: int,
    dj: int,
    i0: int,
    i1: int,
    j0: int,
    j1: int,
    gain: Callable[[int, int, int, int, float], float],
    threshold: float,
) -> float:
    if di == 0 or dj == 0:
        return 0.0
    return gain(i0, i1, j0, j1, threshold) - MERGE_COST * (di + dj - 2)
