"""Confidences: of a bead, of a gap, of a pairing held by its neighbours, of two editions being one issue."""

from __future__ import annotations

import pytest

from factories import document
from heroes_i18ncheck.align.confidence import (
    MATCH_THRESHOLD,
    PINNED,
    SURE_SCORE,
    gap_confidence,
    length_consistency,
    overall_confidence,
    pairing_confidence,
    pinned_confidences,
    same_issue,
)
from heroes_i18ncheck.align.dp import SKIP_SCORE
from heroes_i18ncheck.align.length import GALE_CHURCH_VARIANCE, LengthModel
from heroes_i18ncheck.model import Alignment, Bead

PAIRING = [
    pytest.param(SKIP_SCORE, 0.0, id="at-the-skip-score-a-coin-toss"),
    pytest.param(SURE_SCORE, 1.0, id="at-the-sure-score-certain"),
    pytest.param(0.2, 0.0, id="below-the-skip-score-never-negative"),
    pytest.param((SKIP_SCORE + SURE_SCORE) / 2, 0.5, id="halfway"),
]


@pytest.mark.parametrize(("score", "expected"), PAIRING)
def test_pairing_confidence(score: float, expected: float) -> None:
    assert pairing_confidence(score) == pytest.approx(expected)


def test_a_gap_is_as_sure_as_its_best_rejected_partner_is_weak() -> None:
    assert gap_confidence(0.0) == 1.0
    assert gap_confidence(SURE_SCORE) == 0.0


def test_a_weak_pairing_wedged_between_sure_ones_is_vouched_for() -> None:
    beads = [Bead((1,), (1,), 0.9, 1.0), Bead((2,), (2,), 0.4, 0.0), Bead((3,), (3,), 0.9, 0.9)]
    raised = pinned_confidences(beads)
    assert raised[1].confidence == pytest.approx(PINNED * 0.9)
    assert raised[0] == beads[0] and raised[2] == beads[2]


def test_weak_pairings_do_not_vouch_for_each_other() -> None:
    beads = [Bead((0,), (0,), 0.4, 0.0), Bead((1,), (1,), 0.4, 0.1), Bead((2,), (2,), 0.4, 0.0)]
    assert [b.confidence for b in pinned_confidences(beads)] == [0.0, 0.1, pytest.approx(0.0)]


SURE_AFTER = Bead((3,), (3,), 0.9, 1.0)
STRETCH_BREAKS = [
    pytest.param(
        [Bead((0,), (0,), 0.9, 1.0), Bead((1,), (), 0.0, 1.0), Bead((2,), (1, 2), 0.4, 0.0), SURE_AFTER],
        id="a-gap-before",
    ),
    pytest.param(
        [Bead((0,), (0,), 0.9, 1.0), Bead((1,), (5,), 0.7, 0.9, True), Bead((2,), (1, 2), 0.4, 0.0), SURE_AFTER],
        id="a-moved-pair-before",
    ),
    pytest.param(
        [Bead((0,), (0,), 0.9, 1.0), Bead((2,), (1, 2), 0.4, 0.0), SURE_AFTER],
        id="a-skipped-block-between",
    ),
]


@pytest.mark.parametrize("beads", STRETCH_BREAKS)
def test_only_pairings_in_an_unbroken_stretch_are_vouched_for(beads: list[Bead]) -> None:
    assert pinned_confidences(beads)[-2].confidence == 0.0


LENGTHS = [
    pytest.param(LengthModel(1.1, GALE_CHURCH_VARIANCE), 1.0, id="translation-like"),
    pytest.param(LengthModel(1.0, 60.0), 1 / 3, id="lengths-scatter"),
    pytest.param(LengthModel(6.6, GALE_CHURCH_VARIANCE), 0.5, id="ratio-no-language-pair-has"),
]


@pytest.mark.parametrize(("model", "expected"), LENGTHS)
def test_length_consistency(model: LengthModel, expected: float) -> None:
    assert length_consistency(model) == pytest.approx(expected)


def test_a_script_that_writes_a_syllable_in_one_character_keeps_a_translation_s_ratio() -> None:
    # ontology-introwp: the Korean edition runs at 0.395 characters per Spanish character.
    korean = LengthModel(0.395, GALE_CHURCH_VARIANCE)
    assert length_consistency(korean, ("es", "ko")) == pytest.approx(1.0)
    assert length_consistency(LengthModel(1 / 0.395, GALE_CHURCH_VARIANCE), ("ko", "es")) == pytest.approx(1.0)
    assert length_consistency(korean, ("es", "nl")) == pytest.approx(0.5)
    assert length_consistency(korean, ("ja", "ko")) == pytest.approx(0.5)


OVERALL = [
    pytest.param(
        [(100, 100, 0.9), (50, 50, 0.0), (100, 100, 0.9)], 250, 250, 1.0, id="weak-bead-pinned-between-anchors"
    ),
    pytest.param([(100, 100, 0.9), (50, 50, 0.0)], 150, 150, 2 / 3, id="weak-bead-after-the-last-anchor"),
    pytest.param([(100, 100, 0.9), (0, 300, 0.0)], 100, 400, 0.25, id="smaller-side-share-counts"),
    pytest.param([(100, 100, 0.1), (100, 100, 0.1)], 200, 200, 0.0, id="no-anchor-no-confidence"),
]


@pytest.mark.parametrize(("beads", "ref_total", "tr_total", "expected"), OVERALL)
def test_overall_confidence(beads, ref_total: int, tr_total: int, expected: float) -> None:
    assert overall_confidence(beads, ref_total, tr_total) == pytest.approx(expected)


SAME_ISSUE = [
    pytest.param(["24 partners met in Lisbon."], ["24 партньори се срещнаха в Лисабон."], 0.0, True,
                 id="one-sentence-each-too-short-to-judge"),
    pytest.param(list("abcdef"), ["x"], 0.0, True, id="translation-too-short-to-judge"),
    pytest.param(list("abc"), list("xyz"), 0.0, True, id="three-short-blocks-each-too-few"),
    pytest.param(list("abcdef"), list("uvwxyz"), 0.0, False, id="six-blocks-each-judged"),
    pytest.param(["w " * 300], ["z " * 300], 0.1, False, id="long-single-blocks-judged"),
    pytest.param(list("abcdef"), list("uvwxyz"), MATCH_THRESHOLD, True, id="confident-enough"),
]  # fmt: skip


@pytest.mark.parametrize(("ref", "tr", "confidence", "expected"), SAME_ISSUE)
def test_same_issue_needs_confidence_or_too_little_text(
    ref: list[str], tr: list[str], confidence: float, expected: bool
) -> None:
    alignment = Alignment(document("en", "en", *ref), document("bg", "bg", *tr), (), confidence)
    assert same_issue(alignment) is expected


def _entities(*values: str):
    from heroes_i18ncheck.model import Entity, EntityKind

    return [[Entity(EntityKind.YEAR, v, 0, 4, v)] for v in values]


def test_editions_stating_the_same_distinctive_facts_are_one_issue_whatever_the_alignment() -> None:
    from heroes_i18ncheck.align.confidence import FACT_SHARE, MIN_DISTINCT_FACTS, shared_facts

    years = [str(1990 + i) for i in range(MIN_DISTINCT_FACTS + 5)]
    assert shared_facts(_entities(*years), _entities(*years[:-2])) >= FACT_SHARE


def test_a_summary_with_a_few_of_the_issues_facts_is_not_taken_for_a_translation() -> None:
    from heroes_i18ncheck.align.confidence import MIN_DISTINCT_FACTS, shared_facts

    years = [str(1990 + i) for i in range(3 * MIN_DISTINCT_FACTS)]
    assert shared_facts(_entities(*years), _entities(*years[:MIN_DISTINCT_FACTS])) == 0.0
    assert shared_facts(_entities(*years[:5]), _entities(*years[:5])) == 0.0
