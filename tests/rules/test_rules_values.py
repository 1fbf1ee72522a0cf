"""The value rules' search for a value the layout moved: near beads only, in time linear in the edition's length."""

from __future__ import annotations

from hang_guard import hang_guard
from heroes_i18ncheck import check_texts
from heroes_i18ncheck.rules.values import NEIGHBOUR_REACH, neighbours


def test_the_search_for_a_moved_value_stops_at_its_reach() -> None:
    paired = [True] + [False] * 1000 + [True]
    assert neighbours(paired, 500) == sorted(
        range(500 - NEIGHBOUR_REACH, 500 + NEIGHBOUR_REACH + 1), key=lambda j: (abs(j - 500), j)
    )[1:]
    assert neighbours([True, False, True, False, True], 2) == [1, 3, 0, 4]


def test_thousands_of_unpaired_blocks_against_a_short_reference_take_seconds_not_hours() -> None:
    translation = "\n\n".join(f"Pastraipa {n}: {n * 7} eurų, {n}% ir 2023-05-{n % 28 + 1:02}." for n in range(8000))
    with hang_guard(120):  # quadratic before: 40,000 paragraphs ran for over 45 minutes
        report = check_texts({"en": "A paragraph.", "lt": translation})
    assert report.findings, "the missing text is still reported"
