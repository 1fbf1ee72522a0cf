"""Property tests generated from CLDR itself, for the 24 EU official languages.

Random dates, numbers, percentages, amounts of money and compact numbers are
written by babel exactly as each locale's CLDR patterns say, put in a
sentence, and must be read back to the value they were made from.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from babel.dates import format_date, format_interval, format_skeleton
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
)
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.entities.dates import month_named, weekday_named
from heroes_i18ncheck.model import EntityKind

EU_LANGUAGES = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
LENGTHS = ("full", "long", "medium", "short")
DATES = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2069, 12, 31))
"""Two-digit years (short patterns) are read 1970–2069."""
EXAMPLES = settings(max_examples=int(os.environ.get("ENTITIES_CLDR_EXAMPLES", "12")), deadline=None)
"""Examples per language and form; ``ENTITIES_CLDR_EXAMPLES=500`` for a deep sweep."""


def values_of(kinds: set[EntityKind], text: str, language: str) -> set[str]:
    return {v for e in extract_entities(text, language) if e.kind in kinds for v in e.values}


def sentence(fact: str) -> str:
    return f"Ref. {fact}; ok"


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(day=DATES)
def test_cldr_date_reads_back(language: str, length: str, day: dt.date) -> None:
    written = format_date(day, format=length, locale=language)
    assert day.isoformat() in values_of({EntityKind.DATE}, sentence(written), language), written


@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(day=DATES, days=st.integers(min_value=1, max_value=5))
def test_cldr_day_range_reads_back(language: str, day: dt.date, days: int) -> None:
    start = day.replace(day=min(day.day, 23))
    end = start + dt.timedelta(days=days)
    written = format_interval(start, end, "yMMMMd", locale=language)
    interval = f"{start.isoformat()}/{end.isoformat()}"
    assert interval in values_of({EntityKind.DATE}, sentence(written), language), written


@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(day=DATES)
def test_cldr_month_year_reads_back(language: str, day: dt.date) -> None:
    written = format_skeleton("yMMMM", day, locale=language)
    assert day.isoformat()[:7] in values_of({EntityKind.DATE}, sentence(written), language), written


@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(number=st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_cldr_number_reads_back(language: str, number: Decimal) -> None:
    written = format_decimal(number, locale=language)
    expected = canonical(number)
    assert expected in values_of({EntityKind.NUMBER, EntityKind.YEAR}, sentence(written), language), written


@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(percent=st.integers(min_value=0, max_value=100_000))
def test_cldr_percent_reads_back(language: str, percent: int) -> None:
    written = format_percent(Decimal(percent) / 100, locale=language)
    assert f"{percent}%" in values_of({EntityKind.PERCENT}, sentence(written), language), written


@pytest.mark.parametrize("currency", ("EUR", "USD", "GBP"))
@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(cents=st.integers(min_value=0, max_value=10**11))
def test_cldr_money_reads_back(language: str, currency: str, cents: int) -> None:
    amount = Decimal(cents) / 100
    written = format_currency(amount, currency, locale=language)
    expected = f"{canonical(amount)} {currency}"
    assert expected in values_of({EntityKind.MONEY}, sentence(written), language), written


COMPACT = st.tuples(st.integers(min_value=100, max_value=99_999), st.sampled_from((3, 6, 9)))
"""A compact number: one to three digits before the point and two after, times a thousand, a million or a billion."""


@pytest.mark.parametrize("length", ("short", "long"))
@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(compact=COMPACT)
def test_cldr_compact_number_reads_back(language: str, length: str, compact: tuple[int, int]) -> None:
    number = compact_value(*compact)
    try:
        written = format_compact_decimal(number, format_type=length, locale=language, fraction_digits=2)
    except KeyError:
        pytest.skip(f"CLDR has no {length} compact numbers for {language}")
    assume(any(c.isdigit() for c in written))  # French ``mille``: a number word, deliberately not an entity
    kinds = {EntityKind.NUMBER, EntityKind.YEAR}
    assert canonical(number) in values_of(kinds, sentence(written), language), written


@pytest.mark.parametrize("language", EU_LANGUAGES)
@EXAMPLES
@given(compact=COMPACT)
def test_cldr_compact_money_reads_back(language: str, compact: tuple[int, int]) -> None:
    number = compact_value(*compact)
    written = format_compact_currency(number, "EUR", locale=language, fraction_digits=2)
    assert f"{canonical(number)} EUR" in values_of({EntityKind.MONEY}, sentence(written), language), written


def compact_value(hundredths: int, exponent: int) -> Decimal:
    """``(499, 6)`` → 4 990 000: the number babel shows as ``4.99M``, not rounded away."""
    return (Decimal(hundredths) / 100).scaleb(exponent).normalize()


def canonical(number: Decimal) -> str:
    """The entities stage's canonical number: plain decimal, no exponent, no trailing zeros."""
    text = format(number.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


@pytest.mark.parametrize(
    ("month", "text", "language", "named"),
    [
        (10, "el uno de octubre", "es", True),
        (10, "október elsejei", "hu", True),
        (6, "w czerwcu", "pl", True),
        (10, "el uno de noviembre", "es", False),
    ],
)
def test_a_month_is_named_in_any_form(month: int, text: str, language: str, named: bool) -> None:
    assert month_named(month, text, language) is named


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("publié samedi 29 septembre", "fr", True),
        ("a The Hill egyik szombati cikkében", "hu", True),
        ("published Saturday", "en", True),
        ("published in September", "en", False),
    ],
)
def test_a_weekday_is_named_in_any_form(text: str, language: str, named: bool) -> None:
    assert weekday_named(text, language) is named
