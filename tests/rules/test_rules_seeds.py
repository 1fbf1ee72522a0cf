"""The real BG and LT editions of newsletter #2: the real drift is reported, agreeing facts are not.

The two editions differ on purpose in places (the BG edition links to another
promotional video, the LT one opens with banners the BG one lacks) and agree on
every date, amount, count and identifier, each written the local way. A finding
on a value that agrees is a false finding a translator would have to dismiss.
"""

from __future__ import annotations

from functools import cache

import pytest

from heroes_i18ncheck import Report, check_files
from repo_paths import SEEDS

pytestmark = pytest.mark.shared

BG = str(SEEDS / "heroes-newsletter-02.bg.txt")
LT = str(SEEDS / "heroes-newsletter-02.lt.txt")
FACT_RULES = {"number-mismatch", "date-mismatch", "identifier-mismatch", "email-mismatch", "phone-mismatch"}


@cache
def seed_report() -> Report:
    return check_files([BG, LT], reference=BG, jobs=1)


def _lines(rules: set[str]) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in seed_report().findings if f.rule in rules]


def test_the_differing_video_link_is_reported() -> None:
    links = [f for f in seed_report().findings if f.rule == "url-mismatch"]
    assert [(f.reference.normalized, f.translation.normalized) for f in links] == [
        ("https://youtu.be/V3Ll3BYzzwY", "https://youtu.be/tk5epWlpf5U")
    ]


def test_no_fact_finding_for_values_that_agree() -> None:
    assert _lines(FACT_RULES) == []


def test_no_copied_name_is_taken_for_untranslated_text() -> None:
    assert _lines({"untranslated-block"}) == []


def test_the_guide_paragraph_is_paired_not_reported_missing() -> None:
    # "Ръководството е разработено…" is "Vadovą parengė…": once reported as one missing and one extra block.
    blocks = [f.message for f in seed_report().findings if f.rule in {"missing-block", "extra-block"}]
    assert not [m for m in blocks if "Ръководството е разработено" in m or "Vadovą parengė" in m]


def test_contact_boxes_placed_elsewhere_are_not_missing_or_extra() -> None:
    # The LT edition puts e-mail, handle and LinkedIn at the top and repeats the date; BG has them at the end.
    assert _lines({"missing-block"}) == []
    extra = _lines({"extra-block"})
    assert not [m for m in extra if "heroes@ucm.es" in m or "@heroes_fct" in m or "linkedin" in m or "kovo 14" in m]


def test_blocks_only_the_lt_edition_has_are_still_extra() -> None:
    extra = _lines({"extra-block"})
    assert any("'Kontaktai'" in m for m in extra) and any("Kas yra HEROES?" in m for m in extra)
