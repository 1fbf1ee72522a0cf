"""Quantities stated in words: a number word and a unit, apart or glued into one compound word."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.entities.number_words import combining_number
from heroes_i18ncheck.entities.quantities import stated_in_words
from heroes_i18ncheck.model import EntityKind


def _quantity(text: str, language: str = "en"):
    return next(e for e in extract_entities(text, language) if e.kind is EntityKind.QUANTITY)


@pytest.mark.parametrize(
    ("prefix", "language", "number"),
    [
        ("dvou", "cs", 2),  # dvoumetrový
        ("tri", "cs", 3),  # třímetrový
        ("peti", "cs", 5),
        ("dvaceti", "cs", 20),  # dvacetiletý: not two
        ("ket", "hu", 2),  # kétméteres
        ("dwu", "pl", 2),  # dwumetrowy
        ("zwei", "de", 2),
        ("ab", "cs", None),
    ],
)
def test_the_first_part_of_a_compound_reads_as_its_number(prefix: str, language: str, number: int | None) -> None:
    assert combining_number(prefix, language) == number


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        ("Dvoumetrový útočník vyrůstal v Brně.", "cs", True),  # NTREX L268: 6-foot = a two-metre man
        ("A kétméteres támadó Győrben nőtt fel.", "hu", True),
        ("Dwumetrowy napastnik dorastał w Gdańsku.", "pl", True),
        ("Pětimetrový útočník", "cs", False),  # five metres is no six feet
        ("Dvoukilometrový běh", "cs", False),  # kilometres, not metres
        ("Dvouletý útočník", "cs", False),  # a two-year-old: no unit
    ],
)
def test_a_number_and_a_unit_glued_into_one_word_state_a_quantity(text: str, language: str, stated: bool) -> None:
    assert stated_in_words(_quantity("The 6-foot forward grew up in Ayr."), text, language) is stated


def test_a_number_word_before_a_unit_still_states_it() -> None:
    assert stated_in_words(_quantity("a 20-foot boat"), "un bateau de six mètres", "fr")
    assert not stated_in_words(_quantity("a 20-foot boat"), "un bateau de deux mètres", "fr")
