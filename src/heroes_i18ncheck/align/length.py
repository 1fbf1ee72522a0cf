"""Gale–Church length evidence, with the length ratio estimated from the two editions.

Gale and Church (1993) model the length of a translation as proportional to
the length of its source: ``δ = (l_tr − c·l_ref) / sqrt(l_ref·s²)`` is about
standard normal for true pairs. ``c`` differs by language pair (Bulgarian runs
longer than English) and ``s²`` by how freely the text was translated and how
cleanly it was extracted, so both are estimated from unit pairs that content
evidence already links. With fewer than ``MIN_PAIRS`` links the variance is
Gale and Church's; the ratio still comes from the links if there are any (the
whole editions' ratio assumes nothing was dropped, which is the question),
else from the whole editions — unless they are a handful of units, where
that assumption decides everything and Gale and Church's ``c = 1`` is the
fairer guess. Free translation and
extraction artifacts (a banner letter-spaced, a caption glued to a paragraph)
make a few true pairs very uneven, so the normal model is mixed with a
heavy-tailed one (``HEAVY_TAIL``): an uneven pair is unlikely, not impossible.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

GALE_CHURCH_VARIANCE = 6.8
"""Gale and Church's s² (characters), used when too few linked pairs are known."""
GALE_CHURCH_RATIO = 1.0
"""Gale and Church's c: a translation as long as its source, for editions too short to estimate it."""
MIN_PAIRS = 5
VARIANCE_BOUNDS = (GALE_CHURCH_VARIANCE, 60.0)
HEAVY_TAIL = 0.3
"""Weight of the Cauchy-like component ``1 / (1 + δ²/9)`` in the length probability."""
_CHI2_1_QUARTILE3 = 1.3233
"""Third quartile of χ² with one degree of freedom: scales a squared deviations' quartile to a variance."""


@dataclass(frozen=True, slots=True)
class LengthModel:
    """Expected translation length per reference character (``ratio``) and its spread (``variance``)."""

    ratio: float
    variance: float

    def probability(self, ref_length: int, tr_length: int) -> float:
        """Two-tailed probability of a length difference at least this large for a true pair, in [0, 1]."""
        expected = self.ratio * ref_length
        scale = math.sqrt(max(ref_length, 1) * self.variance * max(self.ratio, 0.1))
        delta = abs(tr_length - expected) / scale
        return (1 - HEAVY_TAIL) * math.erfc(delta / math.sqrt(2)) + HEAVY_TAIL / (1 + delta * delta / 9)


def estimate_length_model(
    ref_total: int, tr_total: int, linked: Sequence[tuple[int, int]], units: int = MIN_PAIRS
) -> LengthModel:
    """The model for this pair of editions, from the lengths of linked unit pairs ``(l_ref, l_tr)``.

    The ratio is the median of the pairs' ratios (robust to a few wrong links);
    the variance comes from the third quartile of the squared, length-normalized
    deviations (robust too), never below Gale and Church's. ``units`` is the
    smaller edition's number of units.
    """
    pairs = [(a, b) for a, b in linked if a > 0 and b > 0]
    if not pairs:
        ratio = tr_total / max(ref_total, 1) if units >= MIN_PAIRS else GALE_CHURCH_RATIO
        return LengthModel(ratio, GALE_CHURCH_VARIANCE)
    ratio = statistics.median(b / a for a, b in pairs)
    if len(pairs) < MIN_PAIRS:
        return LengthModel(ratio, GALE_CHURCH_VARIANCE)
    deviations = [(b - ratio * a) ** 2 / (a * ratio) for a, b in pairs]
    variance = statistics.quantiles(deviations, n=4)[2] / _CHI2_1_QUARTILE3
    low, high = VARIANCE_BOUNDS
    return LengthModel(ratio, min(max(variance, low), high))
