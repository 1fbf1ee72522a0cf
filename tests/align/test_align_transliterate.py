"""Names and cognates across scripts: Latin keys, fuzzy matching, letter-spaced banners."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.align.transliterate import collapse_letter_spacing, comparable_words, latin_key, same_word

SAME_WORD = [
    pytest.param("Бангладеш", "Bangladeše", True, id="bg-lt-inflected-country"),
    pytest.param("Барселона", "Barselonoje", True, id="bg-lt-locative-city"),
    pytest.param("Колумбия", "Kolumbijai", True, id="cyrillic-ya-vs-latin-ja"),
    pytest.param("Колумбия", "Colombia", True, id="c-and-k-folded"),
    pytest.param("Κολομβία", "Kolumbija", True, id="greek-to-latin"),
    pytest.param("Европол", "Europolo", True, id="cyrillic-v-vs-latin-u-within-partial-ratio"),
    pytest.param("Хоризонт", "Horizontas", True, id="kh-folded-to-h"),
    pytest.param("организация", "organizacijos", True, id="ts-and-c-folded"),
    pytest.param("ЕС", "ES", True, id="acronym-exact-across-scripts"),
    pytest.param("Лисабон", "Lisbon", True, id="letter-inserted-inside-a-name"),
    pytest.param("para", "paramos", False, id="short-word-inside-longer-is-not-it"),
    pytest.param("Bangladesh", "Barcelona", False, id="different-names"),
    pytest.param("training", "trafficking", False, id="same-start-different-word"),
    pytest.param("UCM", "UCMX", False, id="acronyms-compare-exactly"),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME_WORD)
def test_same_word(a: str, b: str, expected: bool) -> None:
    assert same_word(latin_key(a), latin_key(b)) is expected


LETTER_SPACING = [
    pytest.param("В а р ш а в а  ,  П о л ш", "Варшава  ,  Полш", id="banner-words-keep-wide-gaps"),
    pytest.param("2 0 2 3  m .  l i e p o s", "2023  m .  liepos", id="digits-and-letters"),
    pytest.param("UCM, VUB и KEMEA", "UCM, VUB и KEMEA", id="ordinary-text-untouched"),
    pytest.param("a b", "a b", id="two-letters-are-not-a-banner"),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_SPACING)
def test_collapse_letter_spacing(text: str, expected: str) -> None:
    assert collapse_letter_spacing(text) == expected


COMPARABLE = [
    pytest.param("Lisbon, Portugal, 26–28 June", ["lisvon", "portugal", "iune"], id="numbers-left-to-entities"),
    pytest.param("UCM и KEMEA в ЕС", ["ukm", "kemea", "es"], id="acronyms-kept-short-words-dropped"),
    pytest.param("Л и с а б о н", ["lisavon"], id="letter-spaced-banner-read-as-a-word"),
    pytest.param("12 cities, D.C. back it", ["kities", "dk", "vak"], id="dotted-acronym-read-as-one"),
    pytest.param("Washington D.C.-ből", ["vasington", "dk"], id="dotted-acronym-with-a-case-ending"),
    pytest.param("i.e. a U.S.-led plan", ["us", "plan"], id="lower-case-abbreviation-is-no-acronym"),
]


def test_a_dotted_acronym_is_the_same_word_as_the_acronym_without_dots() -> None:
    # NTREX L1027: "18 states, D.C. support …" ↔ "18 tagállam és Washington D.C. is támogatja …" shared no word:
    # "D.C." read as two single letters, each too short to compare.
    assert set(comparable_words("Washington, D.C.")) & set(comparable_words("Washington DC")) == {"vasington", "dk"}


@pytest.mark.parametrize(("text", "expected"), COMPARABLE)
def test_comparable_words(text: str, expected: list[str]) -> None:
    assert comparable_words(text) == expected
