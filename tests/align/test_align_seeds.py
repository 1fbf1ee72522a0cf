"""The real BG and LT editions of newsletter #2 against a hand-made gold alignment.

The gold (``tests/data/align/seeds-bg-lt.json``) names blocks by substrings, so
it survives changes in how the extraction splits and repairs these texts; a
gold item that no longer names exactly one block fails with a message saying
which and why, instead of being skipped.
"""

from __future__ import annotations

from functools import cache

import pytest
from align_support import DATA, Gold, GoldError, link_f1, pair_links, resolve_block, resolve_gold, uncovered

from factories import document, extracted
from heroes_i18ncheck.align import MATCH_THRESHOLD, align
from heroes_i18ncheck.model import Document
from repo_paths import SEEDS

GOLD = DATA / "seeds-bg-lt.json"
F1_BAR = 0.95


def seed(language: str) -> Document:
    return extracted(SEEDS / f"heroes-newsletter-02.{language}.txt")


@cache
def gold() -> Gold:
    return resolve_gold(GOLD, seed("bg"), seed("lt"), "bg", "lt")


@pytest.mark.shared
def test_gold_names_every_block_of_both_editions() -> None:
    missing_bg = uncovered(seed("bg"), gold().ref_blocks)
    missing_lt = uncovered(seed("lt"), gold().tr_blocks)
    assert not missing_bg, f"BG blocks the gold does not name (extraction changed? extend the gold): {missing_bg}"
    assert not missing_lt, f"LT blocks the gold does not name (extraction changed? extend the gold): {missing_lt}"


@pytest.mark.shared
def test_seed_editions_align_like_the_gold(record_f1, record_note) -> None:
    for missing in gold().missing_optional:
        record_note(f"optional gold item not in the extraction: {missing}")
    alignment = align(seed("bg"), seed("lt"))
    score = link_f1(pair_links(alignment), gold().links)
    record_f1("seeds bg-lt (hand-made gold)", score)
    assert score >= F1_BAR
    assert alignment.confidence > MATCH_THRESHOLD


@pytest.mark.shared
def test_seed_editions_align_the_other_way_round(record_f1) -> None:
    alignment = align(seed("lt"), seed("bg"))
    flipped = {(t, r) for r, t in gold().links}
    score = link_f1(pair_links(alignment), flipped)
    record_f1("seeds lt-bg (hand-made gold)", score)
    assert score >= F1_BAR


RESOLVE = [
    pytest.param("Second", 1, id="substring-names-one-block"),
    pytest.param("s e c o n d", 1, id="white-space-and-case-ignored"),
    pytest.param({"text": "block", "nth": 2, "of": 3}, 2, id="nth-of-exactly-n"),
    pytest.param({"text": "First block.", "whole": True}, 0, id="whole-text"),
]


@pytest.mark.parametrize(("spec", "expected"), RESOLVE)
def test_gold_substrings_resolve(spec, expected: int) -> None:
    assert resolve_block(document("gold-test.txt", "en", "First block.", "Second block.", "Third block.", source="option"), spec) == expected


LOUD = [
    pytest.param("Fourth", "found 0", id="substring-gone"),
    pytest.param("block", "found 3", id="substring-ambiguous"),
    pytest.param({"text": "block", "nth": 0, "of": 2}, "exactly 2", id="count-changed"),
]


@pytest.mark.parametrize(("spec", "message"), LOUD)
def test_gold_substrings_that_no_longer_fit_fail_loudly(spec, message: str) -> None:
    with pytest.raises(GoldError, match=message):
        resolve_block(document("gold-test.txt", "en", "First block.", "Second block.", "Third block.", source="option"), spec)
