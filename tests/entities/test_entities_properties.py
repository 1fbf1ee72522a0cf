"""Property tests: a value babel formats for one locale and for another reads as the same value; a changed one never does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from hypothesis import given, settings
from hypothesis import strategies as st

from heroes_i18ncheck.entities import extract_entities

LOCALES = ("en", "bg", "lt", "el", "de", "fr", "pl", "es", "pt", "ro", "hu", "cs")
locales = st.sampled_from(LOCALES)
amounts = st.decimals(min_value=Decimal("10"), max_value=Decimal("9999999"), places=2, allow_nan=False, allow_infinity=False)
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def _values(text: str, language: str, kind: str) -> set[str]:
    return {v for e in extract_entities(text, language) if str(e.kind) == kind for v in e.values}


@settings(max_examples=150, deadline=None)
@given(amounts, locales, locales)
def test_a_number_formatted_for_two_locales_reads_the_same(amount: Decimal, a: str, b: str) -> None:
    left = _values(f"Total: {format_decimal(amount, locale=a)} items.", a, "number")
    right = _values(f"Total: {format_decimal(amount, locale=b)} items.", b, "number")
    assert left & right


@settings(max_examples=150, deadline=None)
@given(amounts, locales, locales)
def test_a_changed_number_never_reads_the_same(amount: Decimal, a: str, b: str) -> None:
    left = _values(f"Total: {format_decimal(amount, locale=a)} items.", a, "number")
    right = _values(f"Total: {format_decimal(amount + 1, locale=b)} items.", b, "number")
    assert not left & right


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99), locales, locales)
def test_a_percentage_formatted_for_two_locales_reads_the_same(number: int, a: str, b: str) -> None:
    left = _values(f"Up {format_percent(number / 100, locale=a)} this year.", a, "percent")
    right = _values(f"Up {format_percent(number / 100, locale=b)} this year.", b, "percent")
    assert left and left == right


@settings(max_examples=150, deadline=None)
@given(days, locales, locales)
def test_a_date_formatted_for_two_locales_reads_the_same(day: dt.date, a: str, b: str) -> None:
    left = _values(f"Meeting: {format_date(day, format='long', locale=a)}.", a, "date")
    right = _values(f"Meeting: {format_date(day, format='long', locale=b)}.", b, "date")
    assert day.isoformat() in left & right


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=900), locales, st.sampled_from(("length-kilometer", "mass-kilogram", "speed-kilometer-per-hour")))
def test_a_quantity_in_english_miles_and_its_conversion_written_for_another_locale_agree(number: int, b: str, unit: str) -> None:
    from babel.units import format_unit

    from heroes_i18ncheck.entities import quantities_agree

    source = {"length-kilometer": ("miles", 1.609344), "mass-kilogram": ("pounds", 0.45359237), "speed-kilometer-per-hour": ("mph", 1.609344)}
    word, factor = source[unit]
    (english,) = [e for e in extract_entities(f"It is {number} {word} away.", "en") if str(e.kind) == "quantity"]
    written = format_unit(round(number * factor), unit, length="short", locale=b)
    found = [e for e in extract_entities(f"Total: {written}.", b) if str(e.kind) == "quantity"]
    assert found and quantities_agree(english, found[0])
    wrong = format_unit(round(number * factor * 2) + 3, unit, length="short", locale=b)
    (other,) = [e for e in extract_entities(f"Total: {wrong}.", b) if str(e.kind) == "quantity"]
    assert not quantities_agree(english, other)


@settings(max_examples=100, deadline=None)
@given(st.times(), locales, locales)
def test_a_time_formatted_for_two_locales_reads_the_same(moment: dt.time, a: str, b: str) -> None:
    from babel.dates import format_time

    left = _values(f"Start: {format_time(moment, format='short', locale=a)} sharp.", a, "time")
    right = _values(f"Start: {format_time(moment, format='short', locale=b)} sharp.", b, "time")
    assert f"{moment.hour:02d}:{moment.minute:02d}" in left & right
