"""Where to look: content anchors, the expected path through the two editions, and the band around it.

Anchors are unit pairs that are each other's best content match; the longest
chain of them in reading order on both sides is the skeleton of the
alignment. The expected path runs through them (and the two editions'
starts and ends), and the dynamic programming only looks within a fixed
number of units of it, which keeps its cost linear.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Sequence

ANCHOR_STRENGTH = 0.3
"""Content score (see ``Scorer.content``) a mutual best pair needs to anchor the path."""
BAND_WIDTH = 12
"""How many units either side of the expected path the dynamic programming considers."""


def mutual_best_pairs(
    candidates: Iterable[tuple[int, int]], strength: Callable[[int, int], float], minimum: float = ANCHOR_STRENGTH
) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, strength)`` where ``j`` is ``i``'s strongest partner and ``i`` is ``j``'s."""
    best_ref: dict[int, tuple[float, int]] = {}
    best_tr: dict[int, tuple[float, int]] = {}
    for i, j in sorted(set(candidates)):
        s = strength(i, j)
        if s < minimum:
            continue
        if s > best_ref.get(i, (-1.0, 0))[0]:
            best_ref[i] = (s, j)
        if s > best_tr.get(j, (-1.0, 0))[0]:
            best_tr[j] = (s, i)
    return [(i, j, s) for i, (s, j) in sorted(best_ref.items()) if best_tr[j][1] == i]


def longest_chain(pairs: Sequence[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """The longest run of pairs increasing in both coordinates (patience sorting, O(k log k))."""
    ordered = sorted(pairs)
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(ordered)
    for k, (_, j, _) in enumerate(ordered):
        slot = bisect.bisect_left(tails, j)
        if slot == len(tails):
            tails.append(j)
            tail_index.append(k)
        else:
            tails[slot] = j
            tail_index[slot] = k
        previous[k] = tail_index[slot - 1] if slot else -1
    chain: list[tuple[int, int]] = []
    k = tail_index[-1] if tail_index else -1
    while k >= 0:
        chain.append(ordered[k][:2])
        k = previous[k]
    return chain[::-1]


def expected_path(anchors: Sequence[tuple[int, int]], ref_count: int, tr_count: int) -> list[float]:
    """For each ``i`` in ``0..ref_count``, how many translation units should be consumed by then."""
    points = [(0.0, 0.0), *((i + 0.5, j + 0.5) for i, j in anchors), (float(ref_count), float(tr_count))]
    path = []
    segment = 0
    for i in range(ref_count + 1):
        while segment < len(points) - 2 and points[segment + 1][0] <= i:
            segment += 1
        (x0, y0), (x1, y1) = points[segment], points[segment + 1]
        path.append(y0 if x1 == x0 else y0 + (y1 - y0) * (i - x0) / (x1 - x0))
    return path


def band_limits(path: Sequence[float], tr_count: int, width: int = BAND_WIDTH) -> list[tuple[int, int]]:
    """For each ``i``, the range ``[lo, hi]`` of ``j`` the dynamic programming visits.

    Each row reaches from the previous row's centre to the next row's, so a
    steep stretch (many translation units against one reference unit) stays
    connected.
    """
    last = len(path) - 1
    limits = []
    for i, centre in enumerate(path):
        before = path[i - 1] if i else centre
        after = path[i + 1] if i < last else centre
        lo = max(0, math.floor(min(before, centre)) - width)
        hi = min(tr_count, math.ceil(max(after, centre)) + width)
        limits.append((0 if i == 0 else lo, tr_count if i == last else hi))
    return limits
