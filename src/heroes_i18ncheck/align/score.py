"""One score for a candidate bead, combining every signal by how much evidence it has.

A bead pairs the reference units ``[i0, i1)`` with the translation units
``[j0, j1)``. Each signal gives a similarity ``s`` in [0, 1] and an
availability ``a`` in [0, 1] (how much it has to go on: two blocks without a
single name or number say nothing through those signals). The score is
``Σ w·a·s / Σ w·a``: length and position alone decide between blocks with
nothing in common, and shared words and facts outweigh them where there are any.

The dynamic programming asks for tens of thousands of these, so per-unit
totals are kept as prefix sums and each bead costs a few dictionary look-ups.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .length import LengthModel
from .signals import Evidence, Shared
from .units import Unit

WORDS_WEIGHT = 3.0
FACTS_WEIGHT = 2.5
LENGTH_WEIGHT = 1.5
HEADING_WEIGHT = 1.0
ITEM_WEIGHT = 0.5
"""A list item pairs with a list item: weaker than a heading, as one edition's bullets may be read as paragraphs."""
POSITION_WEIGHT = 0.5
WORDS_FULL = 8.0
"""Linking-word weight (IDF units, both sides together) at which the words signal is fully available."""
FACTS_FULL = 5.0
"""Linking-fact weight at which the facts signal is fully available."""
UNSHARED_FACT_WEIGHT = 0.5
"""A fact one side states and the other does not counts this much against a pairing: translators
localize acronyms (THB → PŽ), spell numbers out, and get some wrong, while a shared value is strong."""
PARAGRAPH_HEADING_AVAILABILITY = 0.25
"""Two paragraphs agreeing on not being headings is weak evidence; a heading on either side is full."""


@dataclass(frozen=True, slots=True)
class Totals:
    """Prefix sums over one edition's units: ``x[k]`` is the total over units ``0..k-1``."""

    length: tuple[int, ...]
    words: tuple[float, ...]
    facts: tuple[float, ...]
    headings: tuple[int, ...]
    items: tuple[int, ...]


def unit_totals(units: Sequence[Unit], words: Sequence[float], facts: Sequence[float]) -> Totals:
    """Prefix sums of length, linking-word weight, fact weight and headings."""
    return Totals(
        tuple(accumulate((u.length for u in units), initial=0)),
        tuple(accumulate(words, initial=0.0)),
        tuple(accumulate(facts, initial=0.0)),
        tuple(accumulate((int(u.heading) for u in units), initial=0)),
        tuple(accumulate((int(u.item) for u in units), initial=0)),
    )


@dataclass(frozen=True, slots=True)
class Scorer:
    """Everything needed to score a bead of units, precomputed once per pair of editions.

    ``path[i]`` is where the translation is expected to be after ``i``
    reference units (from content anchors); ``position_scale`` is how far from
    it, in units, a pairing starts to look out of place. ``headings`` is false
    when either edition has no headings (a PDF), which turns that signal off.
    """

    ref_units: Sequence[Unit]
    tr_units: Sequence[Unit]
    evidence: Evidence
    lengths: LengthModel
    path: Sequence[float]
    position_scale: float
    headings: bool
    ref_totals: Totals
    tr_totals: Totals
    shared_by_row: Mapping[int, Mapping[int, Shared]]
    """``evidence.pairs`` as ``{i: {j: shared}}``: a bead looks up only the rows that share anything."""
    items: bool = False
    """Whether both editions have list items, which turns on the signal that pairs an item with an item."""

    def similarity(self, i0: int, i1: int, j0: int, j1: int, *, position: bool = True) -> float:
        """The combined score, in [0, 1], of pairing reference units ``[i0, i1)`` with translation ``[j0, j1)``."""
        total, weight = self._weighed(i0, i1, j0, j1, position)
        return total / weight

    def gain(self, i0: int, i1: int, j0: int, j1: int, threshold: float) -> float:
        """How much the evidence favours this pairing over leaving the units unpaired: ``Σ w·a·(s − threshold)``.

        Unlike the score this is not normalized, so evidence adds up like a
        log-likelihood ratio: two good pairs are worth more than one merged
        bead over the same units, unless the merge finds evidence the parts lack.
        """
        total, weight = self._weighed(i0, i1, j0, j1, True)
        return total - threshold * weight

    def content(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """How strongly shared words and facts alone tie the two sides, in [0, 1].

        Availability counts here as strength: one shared ``2023`` is weak, a
        shared grant number and three shared names are strong.
        """
        words, words_on, facts, facts_on = self._content(i0, i1, j0, j1)
        return (WORDS_WEIGHT * words_on * words + FACTS_WEIGHT * facts_on * facts) / (WORDS_WEIGHT + FACTS_WEIGHT)

    def signals(self, i0: int, i1: int, j0: int, j1: int) -> dict[str, tuple[float, float]]:
        """Each signal's ``(similarity, availability)``, for explaining a score."""
        words, words_on, facts, facts_on = self._content(i0, i1, j0, j1)
        found = {"length": (self._length(i0, i1, j0, j1), 1.0), "words": (words, words_on), "facts": (facts, facts_on)}
        if self.headings:
            found["heading"] = self._heading(i0, i1, j0, j1)
        if self.items:
            found["item"] = self._item(i0, i1, j0, j1)
        found["position"] = (self._position(i0, i1, j0, j1), 1.0)
        return found

    def _weighed(self, i0: int, i1: int, j0: int, j1: int, position: bool) -> tuple[float, float]:
        # The dynamic programming's inner loop: the one-line signals are written out here rather than called.
        words, words_on, facts, facts_on = self._content(i0, i1, j0, j1)
        ref, tr = self.ref_totals, self.tr_totals
        length = self.lengths.probability(ref.length[i1] - ref.length[i0], tr.length[j1] - tr.length[j0])
        total = LENGTH_WEIGHT * length + WORDS_WEIGHT * words_on * words
        total += FACTS_WEIGHT * facts_on * facts
        weight = LENGTH_WEIGHT + WORDS_WEIGHT * words_on + FACTS_WEIGHT * facts_on
        if self.headings:
            ref_heads, tr_heads = ref.headings[i1] - ref.headings[i0], tr.headings[j1] - tr.headings[j0]
            on = 1.0 if ref_heads or tr_heads else PARAGRAPH_HEADING_AVAILABILITY
            total += HEADING_WEIGHT * on * (1.0 if ref_heads == tr_heads else 0.0)
            weight += HEADING_WEIGHT * on
        if self.items:
            ref_items, tr_items = ref.items[i1] - ref.items[i0], tr.items[j1] - tr.items[j0]
            if ref_items or tr_items:
                same = ref_items == tr_items and (ref_items == i1 - i0) == (tr_items == j1 - j0)
                total += ITEM_WEIGHT * (1.0 if same else 0.0)
                weight += ITEM_WEIGHT
        if position:
            offset = (j0 + j1 - self.path[i0] - self.path[i1]) / 2
            total += POSITION_WEIGHT * math.exp(-((offset / self.position_scale) ** 2))
            weight += POSITION_WEIGHT
        return total, weight

    def _length(self, i0: int, i1: int, j0: int, j1: int) -> float:
        ref, tr = self.ref_totals.length, self.tr_totals.length
        return self.lengths.probability(ref[i1] - ref[i0], tr[j1] - tr[j0])

    def _heading(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        ref, tr = self.ref_totals.headings, self.tr_totals.headings
        ref_heads, tr_heads = ref[i1] - ref[i0], tr[j1] - tr[j0]
        on = 1.0 if ref_heads or tr_heads else PARAGRAPH_HEADING_AVAILABILITY
        return (1.0 if ref_heads == tr_heads else 0.0), on

    def _item(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        """List items with as many list items, and a side of items alone with a side of items alone (an item
        merged with the paragraph before it is no item's translation)."""
        ref_items = self.ref_totals.items[i1] - self.ref_totals.items[i0]
        tr_items = self.tr_totals.items[j1] - self.tr_totals.items[j0]
        same = ref_items == tr_items and (ref_items == i1 - i0) == (tr_items == j1 - j0)
        return (1.0 if same else 0.0), (1.0 if ref_items or tr_items else 0.0)

    def _position(self, i0: int, i1: int, j0: int, j1: int) -> float:
        offset = (j0 + j1 - self.path[i0] - self.path[i1]) / 2
        return math.exp(-((offset / self.position_scale) ** 2))

    def _content(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float, float, float]:
        """Shares of linking words and of fact weight found on the other side (harmonic means), and availabilities."""
        ref, tr = self.ref_totals, self.tr_totals
        ref_words, tr_words = ref.words[i1] - ref.words[i0], tr.words[j1] - tr.words[j0]
        ref_facts, tr_facts = ref.facts[i1] - ref.facts[i0], tr.facts[j1] - tr.facts[j0]
        if ref_words + tr_words + ref_facts + tr_facts <= 0:
            return 0.0, 0.0, 0.0, 0.0
        ref_found = tr_found = shared = 0.0
        linked = False
        rows = self.shared_by_row
        for i in range(i0, i1):
            row = rows.get(i)
            if row is None:
                continue
            for j in range(j0, j1):
                found = row.get(j)
                if found is not None:
                    linked = True
                    ref_found += found.ref_words
                    tr_found += found.tr_words
                    shared += found.facts
        words = words_on = facts = facts_on = 0.0
        if ref_words + tr_words > 0:
            if linked:  # with nothing shared both shares are 0
                words = _harmonic_share(ref_found, ref_words, tr_found, tr_words)
            words_on = min(1.0, (ref_words + tr_words) / WORDS_FULL)
        if ref_facts + tr_facts > 0:
            if linked:
                ref_missing = max(0.0, ref_facts - shared) * UNSHARED_FACT_WEIGHT
                tr_missing = max(0.0, tr_facts - shared) * UNSHARED_FACT_WEIGHT
                facts = _harmonic_share(shared, shared + ref_missing, shared, shared + tr_missing)
            facts_on = min(1.0, (ref_facts + tr_facts) / FACTS_FULL)
        return words, words_on, facts, facts_on


def _harmonic_share(ref_found: float, ref_total: float, tr_found: float, tr_total: float) -> float:
    """Harmonic mean of the shares found on the other side, over the sides that have anything.

    Sums over unit pairs may count a value twice when a merged side repeats
    it (``HEROES`` in both halves of a split paragraph), so shares are capped at 1.
    """
    if ref_total <= 0:
        return min(1.0, tr_found / tr_total) if tr_total > 0 else 0.0
    ref_share = min(1.0, ref_found / ref_total)
    if tr_total <= 0:
        return ref_share
    tr_share = min(1.0, tr_found / tr_total)
    if ref_share <= 0 or tr_share <= 0:
        return 0.0
    return 2 * ref_share * tr_share / (ref_share + tr_share)


def make_scorer(
    ref_units: Sequence[Unit],
    tr_units: Sequence[Unit],
    evidence: Evidence,
    lengths: LengthModel,
    path: Sequence[float] = (),
    position_scale: float = 1.0,
    headings: bool = False,
    items: bool = False,
) -> Scorer:
    """A scorer with its prefix sums built."""
    return Scorer(
        ref_units,
        tr_units,
        evidence,
        lengths,
        path,
        position_scale,
        headings,
        unit_totals(ref_units, evidence.ref_words, evidence.ref_facts),
        unit_totals(tr_units, evidence.tr_words, evidence.tr_facts),
        _by_row(evidence.pairs),
        items,
    )


def _by_row(pairs: Mapping[tuple[int, int], Shared]) -> dict[int, dict[int, Shared]]:
    rows: dict[int, dict[int, Shared]] = {}
    for (i, j), shared in pairs.items():
        rows.setdefault(i, {})[j] = shared
    return rows
