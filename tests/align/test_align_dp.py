"""The machinery under ``align``: length model, anchors and band, dynamic programming, gap filling."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.align.band import band_limits, expected_path, longest_chain, mutual_best_pairs
from heroes_i18ncheck.align.dp import GAP_SCORE, SINGLE_GAP_SCORE, SKIP_SCORE, best_path, fill_gaps
from heroes_i18ncheck.align.length import GALE_CHURCH_RATIO, GALE_CHURCH_VARIANCE, LengthModel, estimate_length_model


def test_length_ratio_is_estimated_from_linked_pairs() -> None:
    model = estimate_length_model(1000, 5000, [(100, 121), (200, 238), (50, 61), (80, 95), (120, 146)])
    assert model.ratio == pytest.approx(1.2, abs=0.02)
    assert model.variance >= GALE_CHURCH_VARIANCE


def test_a_few_links_still_give_the_ratio_with_gale_and_churchs_variance() -> None:
    assert estimate_length_model(1000, 2000, [(10, 13)]) == LengthModel(1.3, GALE_CHURCH_VARIANCE)


def test_no_links_fall_back_to_the_editions_totals() -> None:
    assert estimate_length_model(1000, 1300, []) == LengthModel(1.3, GALE_CHURCH_VARIANCE)


def test_a_handful_of_unlinked_units_take_gale_and_churchs_ratio() -> None:
    # Two blocks against one: the totals' ratio would assume the missing block is not missing.
    assert estimate_length_model(36, 17, [], units=1) == LengthModel(GALE_CHURCH_RATIO, GALE_CHURCH_VARIANCE)


LENGTHS = [
    pytest.param(100, 100, 0.9, 1.0, id="expected-length-is-likely"),
    pytest.param(100, 130, 0.05, 0.5, id="off-by-a-third-is-less-likely"),
    pytest.param(100, 400, 0.0, 0.05, id="four-times-as-long-is-unlikely-not-impossible"),
]


@pytest.mark.parametrize(("ref", "tr", "low", "high"), LENGTHS)
def test_length_probability(ref: int, tr: int, low: float, high: float) -> None:
    probability = LengthModel(1.0, GALE_CHURCH_VARIANCE).probability(ref, tr)
    assert low <= probability <= high
    assert probability > 0


def test_mutual_best_pairs_keep_only_pairs_that_choose_each_other() -> None:
    strength = {(0, 0): 0.9, (0, 1): 0.5, (1, 1): 0.4, (2, 1): 0.8, (2, 2): 0.2}
    pairs = mutual_best_pairs(strength, lambda i, j: strength[(i, j)], minimum=0.3)
    assert [(i, j) for i, j, _ in pairs] == [(0, 0), (2, 1)]


def test_longest_chain_drops_crossing_anchors() -> None:
    pairs = [(0, 0, 1.0), (1, 5, 1.0), (2, 1, 1.0), (3, 2, 1.0), (4, 6, 1.0)]
    assert longest_chain(pairs) == [(0, 0), (2, 1), (3, 2), (4, 6)]


def test_band_follows_the_path_and_stays_connected() -> None:
    path = expected_path([(2, 10)], 6, 14)
    limits = band_limits(path, 14, width=2)
    assert limits[0][0] == 0 and limits[-1][1] == 14
    for (lo, hi), (next_lo, next_hi) in zip(limits, limits[1:]):
        assert lo <= next_lo and hi <= next_hi
        assert next_lo <= hi, "a row can always be entered from the one before"


def test_dp_pairs_what_scores_and_skips_what_does_not() -> None:
    good = {(0, 0), (1, 2), (2, 3)}

    def gain(i0, i1, j0, j1, threshold):
        score = 0.9 if (i1 - i0, j1 - j0) == (1, 1) and (i0, j0) in good else 0.1
        return score - threshold

    steps = best_path(3, 4, [(0, 4)] * 4, gain)
    assert steps == [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]


def test_dp_merges_a_split_block() -> None:
    def gain(i0, i1, j0, j1, threshold):
        return (0.95 if (i0, i1, j0, j1) == (0, 1, 0, 2) else 0.2) - threshold

    assert best_path(1, 2, [(0, 2)] * 2, gain) == [(0, 1, 0, 2)]


def test_gaps_between_pairings_are_filled_at_a_lower_threshold() -> None:
    weak = (SKIP_SCORE + GAP_SCORE) / 2

    def gain(i0, i1, j0, j1, threshold):
        score = {(0, 1, 0, 1): 0.9, (1, 2, 1, 2): weak, (2, 3, 2, 3): 0.9}.get((i0, i1, j0, j1), 0.0)
        return score - threshold

    steps = best_path(3, 3, [(0, 3)] * 4, gain)
    assert (1, 2, 1, 2) not in steps, "the first pass leaves the weak pair apart"
    assert fill_gaps(steps, gain) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]


def _pinned_gap(middle: dict[tuple[int, int, int, int], float], size: int):
    """A gain with strong pairs around a gap of ``size`` units per side whose beads score as ``middle`` says."""
    outer = {(0, 1, 0, 1): 0.9, (size + 1, size + 2, size + 1, size + 2): 0.9}

    def gain(i0, i1, j0, j1, threshold):
        return {**outer, **middle}.get((i0, i1, j0, j1), 0.0) - threshold

    return gain


def test_a_lone_pair_pinned_between_pairings_needs_even_less() -> None:
    lone = (GAP_SCORE + SINGLE_GAP_SCORE) / 2
    gain = _pinned_gap({(1, 2, 1, 2): lone}, 1)
    steps = best_path(3, 3, [(0, 3)] * 4, gain)
    assert fill_gaps(steps, gain) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]


def test_a_wider_gap_keeps_the_gap_threshold() -> None:
    lone = (GAP_SCORE + SINGLE_GAP_SCORE) / 2
    gain = _pinned_gap({(1, 2, 1, 2): lone, (2, 3, 2, 3): lone}, 2)
    steps = fill_gaps(best_path(4, 4, [(0, 4)] * 5, gain), gain)
    assert (1, 2, 1, 2) not in steps and (2, 3, 2, 3) not in steps


def test_a_lone_pair_below_even_that_stays_apart() -> None:
    gain = _pinned_gap({(1, 2, 1, 2): SINGLE_GAP_SCORE / 2}, 1)
    steps = fill_gaps(best_path(3, 3, [(0, 3)] * 4, gain), gain)
    assert (1, 2, 1, 2) not in steps


def _merge_beside_a_lone_unit(lone: float):
    """Reference 1 and 2 against translation 1 and 2 between strong pairs: reference [1, 2] with translation 2 scores
    0.9, reference 1 with translation 1 scores ``lone``, reference 2 with translation 2 scores 0.42."""
    scores = {(0, 1, 0, 1): 0.9, (1, 3, 2, 3): 0.9, (1, 2, 1, 2): lone, (2, 3, 2, 3): 0.42, (3, 4, 3, 4): 0.9}

    def gain(i0, i1, j0, j1, threshold):
        return scores.get((i0, i1, j0, j1), 0.0) - threshold

    return gain


def test_a_merge_beside_a_lone_unit_is_aligned_again_with_it() -> None:
    # NTREX L1027: the Hungarian repeats the headline in its first sentence, which took the English headline
    # (2-1) and left the Hungarian headline alone; as 1-1 and 1-1 both pairs stand at the gap's threshold.
    gain = _merge_beside_a_lone_unit(0.58)
    steps = best_path(4, 4, [(0, 4)] * 5, gain)
    assert (1, 3, 2, 3) in steps and (1, 1, 1, 2) in steps, "the first pass merges and leaves translation 1 alone"
    assert fill_gaps(steps, gain) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3), (3, 4, 3, 4)]


def test_a_merge_beside_a_unit_that_matches_nothing_stays() -> None:
    gain = _merge_beside_a_lone_unit(0.0)
    steps = fill_gaps(best_path(4, 4, [(0, 4)] * 5, gain), gain)
    assert (1, 3, 2, 3) in steps and (1, 1, 1, 2) in steps
