"""The small pieces: number readings, scaling, URL normalization, overlaps, locale tables, configured patterns."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

import heroes_i18ncheck.entities as entities
from heroes_i18ncheck.entities import block_entities, extract_entities, normalize_url
from heroes_i18ncheck.entities.locale_data import locale_data, normalize_language
from heroes_i18ncheck.entities.numbers import canonical_number, number_readings, scale
from heroes_i18ncheck.entities.resolve import Candidate, Tier, most_specific
from heroes_i18ncheck.model import Block, BlockKind, Entity, EntityKind

EU_LANGUAGES = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("1.000", "en", ("1", "1000")),
        ("1.000", "de", ("1000", "1")),
        ("1,000", "en", ("1000", "1")),
        ("1,000", "bg", ("1", "1000")),
        ("4.99", "bg", ("4.99",)),
        ("1,234.56", "es", ("1234.56",)),
        ("1.234,56", "en", ("1234.56",)),
        ("1 234 567", "fr", ("1234567",)),
        ("1\u00a0234,5", "de", ("1234.5",)),
        ("−12,5", "lt", ("-12.5",)),
        ("1.2.3", "en", ()),
        ("12.34.567", "de", ()),
    ],
    ids=["en-dot-ambiguous", "de-dot-ambiguous", "en-comma-ambiguous", "bg-comma-ambiguous", "bg-foreign-decimal-dot",
         "es-english-style-is-not-1.23456", "en-german-style", "fr-plain-spaces", "de-nbsp", "lt-unicode-minus",
         "version-no-reading", "bad-groups-no-reading"],
)  # fmt: skip
def test_number_readings(raw: str, language: str, expected: tuple[str, ...]) -> None:
    assert number_readings(raw, locale_data(language)) == expected


@pytest.mark.parametrize(
    ("integer", "fraction", "negative", "expected"),
    [("004", "990", False, "4.99"), ("0", "000", True, "0"), ("12", "", True, "-12"), ("", "5", False, "0.5")],
    ids=["zeros-trimmed", "negative-zero", "negative", "no-integer-part"],
)
def test_canonical_number(integer: str, fraction: str, negative: bool, expected: str) -> None:
    assert canonical_number(integer, fraction, negative) == expected


@pytest.mark.parametrize(
    ("reading", "exponent", "expected"),
    [("4.99", 6, "4990000"), ("2.8", 9, "2800000000"), ("3", 3, "3000"), ("-1.5", 3, "-1500"), ("1234", -2, "12.34"),
     ("0.001", 3, "1")],
    ids=["million", "billion", "thousand", "negative", "down", "fraction-to-one"],
)  # fmt: skip
def test_scale(reading: str, exponent: int, expected: str) -> None:
    assert scale(reading, exponent) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("heroes-fct.eu", "https://heroes-fct.eu"),
        ("https://heroes-fct.eu", "https://heroes-fct.eu"),
        ("http://www.heroes-fct.eu/", "https://heroes-fct.eu"),
        ("HTTPS://WWW.YouTube.com/@Heroes_FCT", "https://youtube.com/@Heroes_FCT"),
        ("https://x.eu:443/a/?q=1#top", "https://x.eu/a?q=1#top"),
        ("ftp://Files.EU/x", "ftp://files.eu/x"),
        ("https://heroes-\nfct.eu", "https://heroes-fct.eu"),
    ],
    ids=["bare", "https", "http-www-slash", "case-of-host-not-path", "port-and-query", "other-scheme", "line-break"],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def _candidate(tier: Tier, start: int, end: int, value: str) -> Candidate:
    return Candidate(tier, EntityKind.NUMBER, "x" * (end - start), start, end, value)


def test_most_specific_tier_beats_length_and_output_is_in_order() -> None:
    kept = most_specific(
        [
            _candidate(Tier.NUMBER, 0, 10, "long-number"),
            _candidate(Tier.DATE, 2, 5, "date"),
            _candidate(Tier.DATE, 4, 8, "overlapping-date"),
            _candidate(Tier.NUMBER, 12, 14, "later"),
            _candidate(Tier.NUMBER, 11, 15, "longer-later"),
        ]
    )
    assert [e.value for e in kept] == ["overlapping-date", "longer-later"]


def test_a_kept_reading_is_an_entity_like_one_built_by_its_constructor() -> None:
    reading = Candidate(Tier.AMOUNT, EntityKind.MONEY, "4.99M €", 3, 10, "4990000 EUR", ("4990 EUR",), "x", "Cyrillic")
    (kept,) = most_specific([reading])
    built = Entity(EntityKind.MONEY, "4.99M €", 3, 10, "4990000 EUR", ("4990 EUR",), "x", "Cyrillic")
    assert type(kept) is Entity and kept == built and hash(kept) == hash(built) and repr(kept) == repr(built)
    assert pickle.loads(pickle.dumps(kept)) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        kept.value = "0 EUR"  # type: ignore[misc]


@pytest.mark.parametrize("language", EU_LANGUAGES)
def test_locale_tables_come_from_cldr(language: str) -> None:
    data = locale_data(language)
    assert data.language == language
    assert set(data.months.values()) == set(range(1, 13))
    assert data.currency_symbols["€"] == "EUR" and data.currency_symbols["EUR"] == "EUR"
    assert any(exponent == 6 for exponent, _ in data.compact.values())
    assert data.decimal in ".," and data.percent_spellings


@pytest.mark.parametrize(
    ("language", "word", "month"),
    [("bg", "март", 3), ("lt", "kovo", 3), ("lt", "kovas", 3), ("el", "μαρτιου", 3), ("ga", "mean fomhair", 9),
     ("fi", "maaliskuuta", 3), ("bg", "march", 3)],
    ids=["bg", "lt-genitive", "lt-nominative", "el-folded", "ga-two-words", "fi-partitive", "english-everywhere"],
)  # fmt: skip
def test_month_names(language: str, word: str, month: int) -> None:
    assert locale_data(language).months[word] == month


def test_locale_tables_are_built_once() -> None:
    assert locale_data("bg") is locale_data("bg") is locale_data("bg-BG") is locale_data("BG")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("bg", "bg"), ("bg-BG", "bg"), ("pt_BR", "pt"), ("EN", "en"), ("", "en"), ("xx", "en"), ("1x", "en"), ("ü", "en"),
     ("gr", "el"), ("und", "und")],
    ids=["plain", "with-region", "underscore", "upper", "empty", "unknown", "not-letters", "not-ascii",
         "country-code-as-extract-reads-it", "undetermined-keeps-cldr-root"],
)  # fmt: skip
def test_normalize_language(given: str, expected: str) -> None:
    assert normalize_language(given) == expected


def test_configured_identifier_pattern_and_its_id_group() -> None:
    found = extract_entities("contract CNT-2023/17 signed", "en", identifier_patterns=[r"CNT-(?P<id>\d{4}/\d+)"])
    assert [(e.kind, e.value, e.subkind) for e in found] == [(EntityKind.IDENTIFIER, "2023/17", "custom")]


def test_invalid_configured_pattern_is_named() -> None:
    with pytest.raises(ValueError, match="CNT-\\("):
        extract_entities("x", "en", identifier_patterns=["CNT-("])


def test_backtracking_configured_pattern_gives_up_without_throwing() -> None:
    assert extract_entities("a" * 40 + "b", "en", identifier_patterns=[r"(a|aa)+$"]) == ()


def test_block_entities_reads_the_block_language() -> None:
    block = Block(0, 1, BlockKind.PARAGRAPH, "2023 m. kovo 14 d.", "lt")
    assert [e.value for e in block_entities(block)] == ["2023-03-14"]


def test_docstring_documents_every_kind_and_subkind() -> None:
    doc = entities.__doc__ or ""
    missing = [kind.value for kind in EntityKind if f"\n{kind.value} " not in doc]
    subkinds = ["grant", "call", "erasmus", "work-package", "task", "deliverable", "doi", "custom", "compact"]
    assert missing == [] and [s for s in subkinds if f"``{s}``" not in doc] == []


def test_exports() -> None:
    assert sorted(entities.__all__) == entities.__all__
    assert all(hasattr(entities, name) for name in entities.__all__)


def test_block_entities_also_reads_the_edition_language_where_the_block_differs() -> None:
    # A reference list detected as English inside the Spanish edition: the translator wrote the month in Spanish.
    block = Block(0, 1, BlockKind.PARAGRAPH, 'H. Massias, "Design of a secure timestamping service", mayo de 1999.', "en")
    assert [e.value for e in block_entities(block)] == ["1999"]
    assert [e.value for e in block_entities(block, edition_language="es")] == ["1999-05"]


def test_block_entities_keeps_the_block_reading_at_equal_length() -> None:
    block = Block(0, 1, BlockKind.PARAGRAPH, "It cost 1,500 euros.", "en")
    assert [e.value for e in block_entities(block, edition_language="de")] == [
        e.value for e in block_entities(block)
    ]


@pytest.mark.shared
def test_reading_an_editions_blocks_together_gives_what_each_block_gives_alone() -> None:
    from heroes_i18ncheck.entities import edition_entities, extract_entities_many
    from heroes_i18ncheck.extract import extract_document
    from repo_paths import SAMPLES, SEEDS

    for path in [SAMPLES / "heroes-02-pdf" / "bg.pdf", SAMPLES / "heroes-02" / "en.md", SEEDS / "heroes-newsletter-02.lt.txt"]:
        document = extract_document(str(path))
        for patterns in ((), (r"SU-FCT\d+",)):
            together = edition_entities(document.blocks, identifier_patterns=patterns, edition_language="en")
            alone = tuple(block_entities(b, identifier_patterns=patterns, edition_language="en") for b in document.blocks)
            assert together == alone
    texts = ["", "14 March 2023", "no digits HEROES", "Tel. +359 2 971 04 00"]
    assert extract_entities_many(texts, "en") == [extract_entities(t, "en") for t in texts]
    assert extract_entities_many([], "en") == []


def test_the_plural_samples_reach_every_plural_form_of_every_language() -> None:
    """babel names a currency or a unit one count at a time: a category no sample falls in would lose its forms."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    from heroes_i18ncheck.entities.locale_data import PLURAL_SAMPLES

    missed = {}
    for code in sorted(i for i in locale_identifiers() if len(i) == 2):
        rule = Locale.parse(code).plural_form
        left = rule.tags - {rule(count) for count in PLURAL_SAMPLES}
        if left:
            missed[code] = left
    assert missed == {}


@pytest.mark.parametrize(
    ("language", "plural", "percent"),
    [("lt", "eurų", "procento"), ("lt", "eurai", "procentai"), ("ga", "euro", "faoin gcéad")],
    ids=["lt-many", "lt-few", "ga-words"],
)
def test_currency_and_percent_words_in_every_plural_form(language: str, plural: str, percent: str) -> None:
    data = locale_data(language)
    assert plural in data.currency_spellings
    assert percent in data.percent_spellings


def test_regional_english_words_are_read_in_every_language() -> None:
    for language in ("en", "bg", "de"):
        data = locale_data(language)
        assert {"a.m", "am"} <= set(data.am_spellings) and {"p.m", "pm"} <= set(data.pm_spellings)
        assert "per cent" in data.percent_spellings and "proc" in data.percent_spellings
