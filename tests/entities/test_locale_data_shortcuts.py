"""The shortcuts that make a language's tables cheap to build give the tables the long way would.

``locale_data`` asks babel for a currency's name, and the word for per cent, once per plural form of the
language instead of once per sample count: the names and words must be those every sample count gives.
"""

from __future__ import annotations

import importlib

import pytest
from babel import Locale
from babel.numbers import format_decimal, get_currency_name
from babel.units import format_unit

locale_data_module = importlib.import_module("heroes_i18ncheck.entities.locale_data")
"""The module (the package's ``locale_data`` is its function)."""

LANGUAGES = "bg cs cy en fr ga ar lt lv pl ru sl mt he ja".split()
"""Two to six plural forms, fractions with forms of their own (lt), and languages with one form only (ja)."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_currency_names_are_those_of_every_sample_count(language: str) -> None:
    locale = Locale.parse(language)
    for code in sorted(c for c in locale.currencies if isinstance(c, str)):
        every = (locale.currencies.get(code, ""), *(get_currency_name(code, n, locale) for n in locale_data_module.PLURAL_SAMPLES))
        assert locale_data_module._currency_names(locale, code) == [n for n in dict.fromkeys(every) if n and n != code]


@pytest.mark.parametrize("language", LANGUAGES)
def test_percent_words_are_those_of_every_sample_count(language: str) -> None:
    locale = Locale.parse(language)
    for width in ("long", "short", "narrow"):
        def word(count: object) -> str:
            written = format_unit(count, "concentr-percent", width, locale=locale)
            return written.replace(format_decimal(count, locale=locale), "").strip()

        every = {word(n) for n in locale_data_module.PLURAL_SAMPLES}
        assert {word(n) for n in locale_data_module._plural_samples(locale)} == every


def test_one_sample_per_plural_form() -> None:
    welsh = Locale.parse("cy")
    forms = [welsh.plural_form(n) for n in locale_data_module._plural_samples(welsh)]
    assert sorted(forms) == sorted(set(forms)) == sorted(welsh.plural_form.tags | {"other"})
