"""The two real seed editions (raw PDF text, artifacts and all): every equal fact normalizes to one value in BG and LT.

Each fact is found in both seeds by a pattern for the way that edition writes
it; the text it stands in (its lines, with the line breaks the PDF left) goes
through ``extract_entities``, which must read the fact's value there, in every
occurrence. This does not depend on how the extraction stage splits blocks.
"""

from __future__ import annotations

from collections import Counter

import pytest
import regex

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.model import Entity, EntityKind
from repo_paths import SEEDS

pytestmark = pytest.mark.shared

EDITIONS = {language: SEEDS / f"heroes-newsletter-02.{language}.txt" for language in ("bg", "lt")}

FACTS = [
    ("budget", EntityKind.MONEY, "4990000 EUR", r"4\.99M €", r"4,99 mln\. €"),
    ("grant", EntityKind.IDENTIFIER, "101021801", r"№ 101021801", r"Nr\.\s+101021801"),
    ("call", EntityKind.IDENTIFIER, "SU-FCT01-2018-2019-2020", r"SU- FCT01- 2018-2019", r"SU- FCT01- 2018-\s*2019"),
    ("programme", EntityKind.YEAR, "2020", r"Хоризонт 2020", r"Horizontas 2020"),
    ("europol seminar", EntityKind.DATE, "2023-03-14", r"14 Март, 2023 г\.", r"2023 m\. kovo 14 d\."),
    ("ai seminar", EntityKind.DATE, "2023-03-23", r"23 Март, 2023 г\.", r"2023 m\. kovo 23 d\."),
    ("carnival", EntityKind.DATE, "2023-02-15", r"15 февруари\s+2023 г\.", r"2023\s+m\. vasario 15 d\."),
    ("csa seminar", EntityKind.DATE, "2023-02-21", r"21 февруари\s+2023 г\.", r"2023 m\. vasario 21 d\."),
    ("annual review", EntityKind.DATE, "2022-12-08", r"8\s+декември2022 г\.", r"2022\s+m\. gruodžio 8 d\."),
    ("red heart launch", EntityKind.DATE, "2022-07-30", r"30 юли 2022 г\.", r"2022 m\. liepos 30 d\."),
    ("task", EntityKind.IDENTIFIER, "TASK 5.6", r"Задача 5\.6", r"5\.6 uždaviniui"),
    ("conference number", EntityKind.ORDINAL, "20", r"20-ТА", r"20-OJI"),
    ("participants", EntityKind.NUMBER, "59", r"59 участници", r"59 atstovai"),
    ("coordinator e-mail", EntityKind.EMAIL, "javierv@ucm.es", r"javierv@ucm\.es", r"javierv@ucm\.es"),
    ("project e-mail", EntityKind.EMAIL, "heroes@ucm.es", r"heroes@ucm\.es", r"heroes@ucm\.es"),
    ("website", EntityKind.URL, "https://heroes-fct.eu", r"https://heroes-\s*fct\.eu", r"https://heroes-\s*fct\.eu"),
    ("linkedin", EntityKind.URL, "https://linkedin.com/in/heroes-fct", r"https://linkedin\.com/\S+", r"https://linkedin\.com/\S+"),
    ("youtube channel", EntityKind.URL, "https://youtube.com/@heroes_fct", r"https://www\.youtube\.com/\S+", r"https://www\.youtube\.com/\S+"),
    ("first video", EntityKind.URL, "https://youtu.be/mOtHKugIsU0", r"https://youtu\.be/mOtHKugIsU0", r"https://youtu\.be/mOtHKugIsU0"),
    ("handle", EntityKind.HANDLE, "@heroes_fct", r"(?<!/)@heroes_fct", r"(?<!/)@heroes_fct"),
    ("hashtag", EntityKind.HASHTAG, "#saveface4children", r"#SaveFACE4Children", r"#SaveFACE4Children"),
]  # fmt: skip
"""Fact, kind, the value both editions must give, and how the BG and the LT seed write it (a pattern).

Not here: work package 9, which the LT seed writes as a word (``Devintasis darbo paketas``), and the
six stakeholder meetings (``шест``/``šeši``): numbers written as words are not entities."""

CONSORTIUM_COUNTS = Counter({"1": 3, "3": 2, "24": 1, "17": 1, "11": 1, "5": 1, "2": 1, "6": 1, "8": 1})
"""24 partners, 17 countries (11 EU, 1 associated, 5 third); 3 universities, 2 SMEs, 3 RTOs, 6 LEAs, 1 IO,
8 NGOs, 1 governmental organisation."""

BANNER_DATES = {"2023-07-03/2023-07-06", "2023-06-26/2023-06-28"}
"""The two event banners, letter-spaced in both PDFs: ``3  -  6  ю л и  2  0  2  3``."""


def seed(language: str) -> str:
    return EDITIONS[language].read_text(encoding="utf-8")


def lines_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The whole lines holding ``text[start:end]``, and where the match stands in them."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    return text[first:last], start - first, end - first


def entities_at(text: str, language: str, pattern: str) -> list[list[Entity]]:
    """For each occurrence of ``pattern``: the entities that overlap it, read in its lines."""
    found = []
    for match in regex.finditer(pattern, text):
        if match.end() == match.start():
            continue
        lines, start, end = lines_around(text, match.start(), match.end())
        found.append([e for e in extract_entities(lines, language) if e.start < end and start < e.end])
    return found


@pytest.mark.parametrize(("kind", "value", "bg", "lt"), [f[1:] for f in FACTS], ids=[f[0] for f in FACTS])
def test_fact_has_one_value_in_both_seeds(kind: EntityKind, value: str, bg: str, lt: str) -> None:
    for language, pattern in (("bg", bg), ("lt", lt)):
        occurrences = entities_at(seed(language), language, pattern)
        assert occurrences, f"{language}: {pattern!r} not in the seed"
        for entities in occurrences:
            assert any(e.kind == kind and value in e.values for e in entities), (language, entities)


def consortium_paragraph(language: str) -> str:
    """The paragraph of the seed that breaks the consortium down (it holds ``(11``)."""
    paragraphs = regex.split(r"\n\s*\n", seed(language))
    return next(p for p in paragraphs if "(11 " in p)


@pytest.mark.parametrize("language", ("bg", "lt"))
def test_consortium_counts_are_the_same_numbers(language: str) -> None:
    entities = extract_entities(consortium_paragraph(language), language)
    counts = Counter(e.value for e in entities if e.kind is EntityKind.NUMBER)
    assert counts == CONSORTIUM_COUNTS


def unspace(line: str) -> str:
    """Undo PDF letter-spacing the way extraction is expected to: ``2  0  2  3  m .`` → ``2023 m.``.

    Runs of two or more spaces part words; single spaces inside a word go;
    single-digit words in a row make one number.
    """
    words = [w.replace(" ", "") for w in regex.split(r" {2,}", line.strip())]
    merged: list[str] = []
    for word in words:
        if merged and word.isdigit() and len(word) == 1 and merged[-1].isdigit():
            merged[-1] += word
        else:
            merged.append(word)
    return " ".join(merged)


def banner_dates(language: str) -> set[str]:
    dates = set()
    for line in seed(language).splitlines():
        if regex.fullmatch(r"\s*(?:\S {1,2}){8,}\S\s*", line) and regex.search(r"[0-9]", line):
            dates |= {e.value for e in extract_entities(unspace(line), language) if e.kind is EntityKind.DATE}
    return dates


@pytest.mark.parametrize("language", ("bg", "lt"))
def test_letter_spaced_banner_dates_once_unspaced(language: str) -> None:
    assert banner_dates(language) == BANNER_DATES


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3  -  6  ю л и  2  0  2  3", "3 - 6 юли 2023"),
        ("2 0 2 3  m .  l i e p o s  3 – 6  d .", "2023 m. liepos 3–6 d."),
    ],
    ids=["bg-digits-double-spaced", "lt-words-double-spaced"],
)
def test_unspace_helper(line: str, expected: str) -> None:
    assert unspace(line) == expected
