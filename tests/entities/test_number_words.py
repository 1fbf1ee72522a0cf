"""Numbers written as words: every form ICU spells reads as its number; another number's words do not."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from heroes_i18ncheck.entities.number_words import (
    RULE_SETS,
    named_span_of_years,
    numbers_in_words,
    spelled_out,
    word_values,
)

icu = pytest.importorskip("icu4py.messageformat")

LANGUAGES = ("en", "bg", "lt", "el", "de", "fr", "pl", "pt", "es", "ro", "hu", "cs", "it", "nl", "sk", "sl", "hr", "lv", "fi", "sv", "da")


def _spell(value: int, language: str, rule_set: str) -> str:
    pattern = f"{{n, spellout,{rule_set}}}" if rule_set else "{n, spellout}"
    return icu.MessageFormat(pattern, language).format({"n": value})


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=1000), st.sampled_from(LANGUAGES), st.sampled_from(RULE_SETS))
def test_every_form_icu_spells_reads_as_its_number(value: int, language: str, rule_set: str) -> None:
    text = _spell(value, language, rule_set)
    assert spelled_out(value, f"Nous avons {text} partenaires.", language), text


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=11, max_value=99), st.integers(min_value=11, max_value=99), st.sampled_from(LANGUAGES))
def test_another_numbers_words_do_not_read_as_it(value: int, other: int, language: str) -> None:
    # the same tens or units: a shared word is no evidence either way
    assume(value // 10 != other // 10 and value % 10 != other % 10 and 0 not in (value % 10, other % 10))
    text = _spell(other, language, "")
    assert not spelled_out(value, text, language), (value, text)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pl", "czterdziestodwuletni mężczyzna", 42),
        ("cs", "dvaačtyřicetiletý muž", 42),
        ("cs", "osmašedesátiletý", 68),
        ("hu", "kétszázan jöttek", 200),
        ("hu", "nyolcvanas években", 80),
        ("ro", "al patruzeci și șaptelea", 47),
        ("es", "trigésimo sexta", 36),
        ("pl", "po raz dwunasty", 12),
        ("cs", "tisícovka lidí", 1000),
        ("es", "dos millones de dólares", 2_000_000),
        ("cs", "Oslavy sta let od založení spolku", 100),  # NTREX L1108: genitive of sto, which ICU does not spell
        ("cs", "Stě let se dožila", 100),
    ],
)
def test_declined_ordinal_and_compound_forms_read(language: str, text: str, value: int) -> None:
    assert spelled_out(value, text, language)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "vingt-cinq partenaires", 20),  # a round ten that begins another number
        ("fr", "vingt-cinq partenaires", 24),
        ("pl", "czterdziestotrzyletni", 42),
        ("pl", "o dwunastej", 2),  # a small number is read only as a whole word: "dw…" begins twelve here
        ("pt", "19 das partidas", 29),
        ("cs", "tři sta let", 100),  # sta after a number word is part of a larger number
        ("cs", "několik set lidí", 100),  # set follows five and more: hundreds of
        ("cs", "státy a stavby", 100),  # a word that begins like sta is not it
    ],
)
def test_other_words_do_not_read(language: str, text: str, value: int) -> None:
    assert not spelled_out(value, text, language)


def test_english_fractions_and_articles_stand_for_an_amount() -> None:
    values = word_values("en")
    assert values[("half", "an")] == "0.5"
    assert values[("a",)] == "1"
    assert values[("twenty", "two")] == "22"


def test_a_compound_keeps_a_short_number_word_by_its_stem() -> None:
    assert spelled_out(41, "Czterdziestojednoletni West", "pl")
    assert not spelled_out(45, "Czterdziestojednoletni West", "pl")


@pytest.mark.parametrize(
    ("value", "text", "language", "named"),
    [
        (100, "depuis un siècle", "fr", True),
        (100, "seit einem Jahrhundert", "de", True),
        (10, "przez ostatnią dekadę", "pl", True),
        (100, "przez wiele lat", "pl", False),
        (100, "in the past 100 years", "en", False),
        (50, "half a century", "en", False),
    ],
)
def test_a_round_span_of_years_is_named_by_its_cldr_unit(value: int, text: str, language: str, named: bool) -> None:
    assert named_span_of_years(value, text, language) is named


def test_a_short_last_word_is_part_of_the_number_not_a_joining_word() -> None:
    # hypothesis found it: "vingt et un" was read as "vingt", so every text with "vingt" held 21
    assert not spelled_out(21, "quatre-vingt-douze", "fr")
    assert spelled_out(21, "vingt et un partenaires", "fr")


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Eighteen states and the District of Columbia back the challenge.", {"18"}),
        ("en", "Fifty-eight percent of the voters said so; one of them did not.", {"58%"}),
        ("en", "twenty per cent of twenty processes", {"20%", "20"}),  # a short percent word is read whole
        ("fr", "Quatre-vingt-dix-sept pour cent des élèves et vingt et un professeurs", {"97%", "21"}),  # no cent
        ("de", "Zweiundvierzig Prozent der Befragten in achtzehn Ländern", {"42%", "18"}),
        ("cs", "Osmnáct států a dvacet procent voličů", {"18", "20%"}),
        ("pl", "Osiemnaście stanów i dwadzieścia procent wyborców", {"18", "20%"}),
        ("hu", "Tizennyolc tagállam és a választók húsz százaléka", {"18", "20%"}),
        ("lt", "Aštuoniolika valstijų ir dvidešimt procentų rinkėjų", {"18", "20%"}),
        ("el", "Δεκαοκτώ πολιτείες και είκοσι τοις εκατό", {"18", "20%"}),  # no εκατό (100) either
        ("es", "Uno de los dieciocho estados", {"18"}),  # one is the article, not a count
        ("en", "The partners met in Lisbon.", set()),
        ("en", "A trusted third party, for the second time.", set()),  # ordinals are seldom counts
    ],
)
def test_numbers_in_words_are_read_as_the_entities_write_them(language: str, text: str, values: set[str]) -> None:
    assert numbers_in_words(text, language) == values



@pytest.mark.parametrize(
    ("value", "text", "language", "named"),
    [
        (15, "French is spoken by a double-digit percentage of adults.", "en", True),
        (150, "French is spoken by a double-digit percentage of adults.", "en", False),
        (150, "Sales saw triple-digit growth.", "en", True),
        (7, "Inflation stayed single-digit.", "en", True),
        (42, "Ein zweistelliger Prozentsatz der Befragten", "de", True),
        (42, "Mluvilo jím dvouciferné procento lidí.", "cs", True),
        (420, "Mluvilo jím dvouciferné procento lidí.", "cs", False),
        (42, "un pourcentage à deux chiffres", "fr", True),
        (42, "un porcentaje de dos dígitos", "es", True),
        (42, "kétjegyű százalékban", "hu", True),
        (42, "dwucyfrowy odsetek", "pl", True),
        (42, "o creștere de două cifre", "ro", True),
        (42, "двуцифрен процент", "bg", True),
        (42, "the digits of the code", "en", False),  # no count
        (42, "two digital cameras", "en", False),  # a word that begins like digit
        (42, "trojciferné číslo", "cs", False),  # three digits
    ],
)
def test_a_number_said_by_its_count_of_digits_reads(value: int, text: str, language: str, named: bool) -> None:
    assert spelled_out(value, text, language) is named
