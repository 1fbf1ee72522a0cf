"""The Bitcoin whitepaper and four community translations: findings a reader of the editions would dismiss.

Each false finding met on these real PDFs is pinned here: decimals read as
phone numbers, a Spanish month in an English-detected reference list, cited
titles reported as untranslated, digits glued into a figure label.
"""

from __future__ import annotations

from functools import cache

import pytest

from heroes_i18ncheck import Report, check_files
from repo_paths import REAL_PDFS

pytestmark = pytest.mark.shared

PAPER = REAL_PDFS / "bitcoin-whitepaper"


@cache
def paper_report() -> Report:
    return check_files([str(PAPER)], jobs=1)


def _findings(rule: str) -> list[str]:
    return [f"{f.translation.path if f.translation else ''}: {f.message}" for f in paper_report().findings if f.rule == rule]


def test_every_edition_is_read() -> None:
    assert paper_report().errors == ()
    assert sorted(d.language for d in paper_report().documents) == ["el", "en", "es", "lt", "ru"]


def test_decimals_in_a_table_are_not_phone_numbers() -> None:
    assert _findings("phone-mismatch") == []


def test_dates_of_a_reference_list_in_the_translators_language_agree() -> None:
    # The Spanish edition keeps the cited titles in English but writes "mayo de 1999".
    assert _findings("date-mismatch") == []


def test_reference_list_entries_are_not_untranslated() -> None:
    assert [m for m in _findings("untranslated-block") if "'[" in m] == []


def test_digits_glued_into_a_label_are_the_same_number() -> None:
    numbers = _findings("number-mismatch")
    assert not any("'23'" in m or "'0-2'" in m for m in numbers), numbers


def test_the_real_differences_are_still_reported() -> None:
    # The Greek edition writes "as of 2008" as "the current period": a fact dropped.
    assert any("'2008'" in m and "gr.pdf" in m for m in _findings("number-mismatch"))
    # It also leaves its figures' labels in English.
    assert any("Prev Hash Nonce" in m and "gr.pdf" in m for m in _findings("untranslated-block"))
