"""date-mismatch's notion of agreement: the same day, or a partial date that shares at least two fields with it."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.model import Entity, EntityKind
from heroes_i18ncheck.rules.dates import dates_agree


def _date(value: str, *alternatives: str) -> Entity:
    return Entity(EntityKind.DATE, value, 0, len(value), value, alternatives)


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        (("2022-12-08",), ("2022-12-08",), True),
        (("2023-04-03", "2023-03-04"), ("2023-03-04",), True),
        (("2022-12",), ("2022-12-08",), True),
        (("--07-03/--07-06",), ("2023-07-03/2023-07-06",), True),
        (("2022-12",), ("--12-08",), False),
        (("2023-07",), ("2023-07-03/2023-07-06",), False),
        (("2023-03-14",), ("2023-03-15",), False),
        (("2023-07-03/2023-07-06",), ("2023-07-03/2023-07-07",), False),
    ],
    ids=["same", "swapped-reading", "month-year-in-date", "ranges-without-year",
         "month-only-in-common", "month-against-range", "other-day", "other-range-end"],
)  # fmt: skip
def test_dates_agree(first: tuple[str, ...], second: tuple[str, ...], agree: bool) -> None:
    assert dates_agree(_date(*first), _date(*second)) is agree
    assert dates_agree(_date(*second), _date(*first)) is agree
