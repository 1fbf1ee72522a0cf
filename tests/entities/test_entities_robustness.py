"""Any text at all: the entities stage never throws, keeps its promises on spans, and never backtracks for ever."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from entity_checks import assert_well_formed
from hang_guard import hang_guard
from heroes_i18ncheck.entities import extract_entities

EU_LANGUAGES = "lt en bg cs da de el es et fi fr ga hr hu it lv mt nl pl pt ro sk sl sv".split()
LANGUAGES = [*EU_LANGUAGES, "", "xx", "pt-BR", "EN"]
ANY_CHARACTER = st.characters(exclude_categories=())
"""Every code point, lone surrogates and control characters included."""
FRAGMENTS = st.sampled_from(
    [
        "1",
        "2023",
        "14",
        "4.99",
        "4,99",
        "1 000",
        "1\u00a0000",
        "1'000",
        "-",
        "–",
        "—",
        ".",
        ",",
        " ",
        "\n",
        "%",
        "€",
        "EUR",
        "$",
        "лв.",
        "M",
        "млн.",
        "mln.",
        "tys.",
        "bn",
        "m.",
        "d.",
        "г.",
        "March",
        "Март",
        "kovo",
        "юли",
        "de",
        "gada",
        "http://",
        "https://",
        "www.",
        ".eu",
        "heroes-fct",
        "@",
        "#",
        "heroes",
        "ucm.es",
        "№",
        "No",
        "Nr.",
        "SU-",
        "FCT01-",
        "WP",
        "Task",
        "Задача",
        "uždaviniui",
        "T",
        "D",
        "5.6",
        "doi:10.",
        "/",
        "(",
        ")",
        "(+359)",
        "+",
        "tel.",
        "HEROES",
        "НЕRОЕS",
        "е",
        "Е",
        "Α",
        "ICMPD",
        "III",
        "th",
        "-ТА",
        "-oji",
        "p.m.",
        ":",
        "15:00",
        "h",
        "º",
        "\ud800",
        "\x00",
        "\u202f",
        "ΜΑΡΤΙΟΥ",
        "Meán Fómhair",
    ]  # fmt: skip
)
PATHOLOGICAL = {
    "digits": "1" * 100_000,
    "digits-commas": "1," * 50_000,
    "digits-dots": "1." * 50_000,
    "digit-groups-spaced": "123 " * 25_000,
    "digit-groups-nbsp": "1\u00a0000" * 20_000,
    "apostrophes": "1'" * 50_000,
    "dashes": "3-" * 50_000,
    "spaced-dashes": "3 - " * 25_000,
    "dates-numeric": "1.1." * 25_000,
    "years-with-era": "2023 m. " * 12_500,
    "month-words": "March " * 16_000,
    "day-months": "14 March " * 11_000,
    "letters": "a" * 100_000,
    "capitals": "A" * 100_000,
    "capital-words": "ABCD " * 20_000,
    "capital-lines": "ABCD\n" * 20_000,
    "url-tail": "http://" + "a" * 100_000,
    "www": "www." * 25_000,
    "dots": "." * 100_000,
    "domain-labels": "aa." * 33_000 + "eu",
    "at-signs": "a@" * 50_000,
    "hashes": "#a" * 50_000,
    "call-segments": "A1-" * 33_000,
    "signs-and-digits": "№ 1234567" * 10_000,
    "plus-digits": "+1 " * 33_000,
    "phone-like": "0 " * 50_000,
    "tasks": "Task 5.6 " * 11_000,
    "spaces": " " * 100_000,
    "newlines": "\n" * 100_000,
    "surrogates-and-digits": "\ud8001" * 50_000,
    "cyrillic-lookalikes": "НЕRОЕS " * 14_000,
}
"""100 kB inputs of the shapes that make regexes backtrack: long runs of digits, separators, letters, repeats."""
HANG_GUARD_SECONDS = 60
"""A guard against catastrophic backtracking (which would take hours), not a speed target: see bench/."""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=ANY_CHARACTER, max_size=200), language=st.sampled_from(LANGUAGES))
def test_any_text_never_throws(text: str, language: str) -> None:
    assert_well_formed(text, extract_entities(text, language))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(FRAGMENTS, max_size=40), language=st.sampled_from(LANGUAGES))
@example(parts=["EUR", "\ud800"], language="lt")  # a lone surrogate once broke the acronyms' heading guard
def test_fact_like_text_never_throws(parts: list[str], language: str) -> None:
    text = "".join(parts)
    assert_well_formed(text, extract_entities(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [(EU_LANGUAGES[i % 24], text) for i, text in enumerate(PATHOLOGICAL.values())],
    ids=[f"{EU_LANGUAGES[i % 24]}-{name}" for i, name in enumerate(PATHOLOGICAL)],
)
def test_pathological_input_finishes(language: str, text: str) -> None:
    """Each shape in another language (the 24 in turn), so every locale's regexes meet some of them."""
    with hang_guard(HANG_GUARD_SECONDS):
        entities = extract_entities(text, language)
    assert_well_formed(text, entities)
