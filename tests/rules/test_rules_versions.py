"""A translation made from another version of the document is told once, with both version statements; the
version's number, date and year, and its blocks that differ, are not told one by one — its other facts are."""

from __future__ import annotations

import pytest

from heroes_i18ncheck import check_texts
from heroes_i18ncheck.model import Block, BlockKind, Document, Entity, EntityKind, Severity
from heroes_i18ncheck.rules.base import Edition
from heroes_i18ncheck.rules.version_statements import a_version_fact, stated_version

TITLE_EN = "Cortical learning algorithms"
TITLE_BG = "Кортикални алгоритми за обучение"
INTRO_EN = "This document describes the new algorithms for learning and prediction that 24 partners developed."
INTRO_BG = "Този документ описва новите алгоритми за учене и предсказване, разработени от 24 партньори."
RULES_EN = "Chapters three and four explain the spatial pooler and the temporal pooler in detail."
RULES_BG = "Трета и четвърта глава обясняват подробно пространствения и времевия пул."


def _edition(*texts: str, language: str = "en") -> Edition:
    blocks = tuple(Block(i, 1, BlockKind.PARAGRAPH, text, language) for i, text in enumerate(texts))
    document = Document("x." + language, language, "test", 1, blocks)
    return Edition(document, tuple(() for _ in blocks))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("VERSION 0.2.1, SEPTEMBER 12, 2011", "0.2.1"),  # htm-whitepaper en
        ("VERSÃO 0.2, 10 DE DEZEMBRO DE 2010", "0.2"),  # htm-whitepaper pt
        ("版本 0.2, 12,10 ,2010", "0.2"),  # htm-whitepaper zh
        ("Версия 0.2.1 от 12 сентября 2011г.", "0.2.1"),  # htm-whitepaper ru
        ("Versie 0.6.5", "0.6.5"),  # ontology-techwp nl
        ("Wersja: v1.3", "1.3"),
    ],
)
def test_a_cover_states_its_version_number(text: str, number: str) -> None:
    version = stated_version(_edition("Title", text))
    assert version is not None and version.number == number


@pytest.mark.parametrize(
    "text",
    [
        "This is a draft version of this document.",  # htm-whitepaper en p2: no number
        "The 2023 version of the guide is online.",  # a year before the word, none after
        "Version 2023 of the campaign starts in May.",  # a year is no version number
        # carenuity-commissioning de p2: Android's version, not the guide's
        "Für die Inbetriebnahme können Sie ein Smartphone mit Android ab Version 9.0 oder ein Apple iPhone verwenden.",
    ],
)
def test_prose_about_a_version_states_none(text: str) -> None:
    assert stated_version(_edition("Title", text)) is None


def test_a_version_stated_past_the_cover_is_content() -> None:
    assert stated_version(_edition(*(f"Paragraph {i} of the text." for i in range(20)), "Version 1.2")) is None


def test_the_versions_date_and_its_year_are_version_facts_and_a_year_changed_is_not_by_itself() -> None:
    date = Entity(EntityKind.DATE, "September 12, 2011", 15, 33, "2011-09-12")
    cover = _edition("Title", "VERSION 0.2.1, SEPTEMBER 12, 2011")
    cover = Edition(cover.document, ((), (Entity(EntityKind.DATE, "SEPTEMBER 12, 2011", 15, 33, "2011-09-12"),)))
    version = stated_version(cover)
    assert version is not None and version.date is not None and version.date.value == date.value
    assert a_version_fact(Entity(EntityKind.DATE, "Sep 12", 0, 6, "--09-12"), [version])
    assert a_version_fact(Entity(EntityKind.NUMBER, "2011", 0, 4, "2011"), [version])
    assert not a_version_fact(Entity(EntityKind.NUMBER, "2011", 0, 4, "2011"), [version], years=False)
    assert not a_version_fact(Entity(EntityKind.DATE, "Sep 13", 0, 6, "--09-13"), [version])


def _texts(version_bg: str, intro_bg: str = INTRO_BG) -> dict[str, str]:
    en = [TITLE_EN, "VERSION 0.2.1, 12 SEPTEMBER 2011", "© Numenta, Inc. 2011", INTRO_EN, RULES_EN,
          "Version 0.2.1 of 12 September 2011 adds chapters five and six on the temporal pooler's learning."]
    bg = [TITLE_BG, version_bg, "© Numenta, Inc. 2010" if "2010" in version_bg else "© Numenta, Inc. 2011", intro_bg, RULES_BG]
    return {"en": "\n\n".join(en), "bg": "\n\n".join(bg)}


def _above_info(texts: dict[str, str]) -> list[tuple[str, str]]:
    report = check_texts(texts, reference="en")
    return [(f.rule, f.message) for f in report.findings if f.severity > Severity.INFO]


def test_a_translation_of_an_older_version_is_told_once_with_both_statements() -> None:
    found = _above_info(_texts("ВЕРСИЯ 0.2, 10 ДЕКЕМВРИ 2010 Г."))
    assert [rule for rule, _ in found] == ["another-version"]
    message = found[0][1]
    assert "'ВЕРСИЯ 0.2, 10 ДЕКЕМВРИ 2010 Г.'" in message and "'VERSION 0.2.1, 12 SEPTEMBER 2011'" in message
    assert "1 of 6 blocks of the reference" in message  # the newer version's revision note, told here not apart


def test_a_fact_that_is_not_the_versions_is_still_compared() -> None:
    found = _above_info(_texts("ВЕРСИЯ 0.2, 10 ДЕКЕМВРИ 2010 Г.", INTRO_BG.replace("24", "25")))
    assert sorted(rule for rule, _ in found) == ["another-version", "number-mismatch"]
    assert any("'24'" in message and "'25'" in message for _, message in found)


def test_the_same_version_with_another_date_is_a_date_mismatch_not_another_version() -> None:
    found = _above_info(_texts("ВЕРСИЯ 0.2.1, 13 СЕПТЕМВРИ 2011 Г."))
    rules = [rule for rule, _ in found]
    assert "another-version" not in rules
    assert "date-mismatch" in rules
    assert "missing-block" in rules  # the revision note the translation left out is told as usual


def test_a_versions_date_in_the_block_after_it_is_quoted_with_it() -> None:
    texts = {
        "en": "\n\n".join(["Technology white paper", "Version 0.6.5", "Date Updated: 2018/03/14", INTRO_EN, RULES_EN]),
        "bg": "\n\n".join(["Технологична бяла книга", "Версия 0.6.6", "Обновено: 18/04/2018", INTRO_BG, RULES_BG]),
    }
    found = _above_info(texts)
    assert [rule for rule, _ in found] == ["another-version"]  # the dates differ with the version: not told apart
    assert found[0][1].startswith("states 'Версия 0.6.6' of '18/04/2018' where the reference states 'Version 0.6.5' of '2018/03/14'")


def test_a_version_only_the_reference_states_is_told_once_and_nothing_else_changes() -> None:
    # carenuity-commissioning: the English says "Version 1.1.0", the German header carries no version.
    texts = _texts("ВЕРСИЯ 0.2.1, 12 СЕПТЕМВРИ 2011 Г.")
    texts["bg"] = texts["bg"].replace("ВЕРСИЯ 0.2.1, 12 СЕПТЕМВРИ 2011 Г.", "12 СЕПТЕМВРИ 2011 Г.")
    found = _above_info(texts)
    assert sorted(rule for rule, _ in found) == ["another-version", "missing-block"]
    message = next(message for rule, message in found if rule == "another-version")
    assert message.startswith("states no version where the reference states 'VERSION 0.2.1, 12 SEPTEMBER 2011'")


def test_a_version_only_the_translation_states_is_told() -> None:
    texts = _texts("ВЕРСИЯ 0.2.1, 12 СЕПТЕМВРИ 2011 Г.")
    texts["en"] = texts["en"].replace("VERSION 0.2.1, 12 SEPTEMBER 2011", "12 SEPTEMBER 2011")
    texts["en"] = texts["en"].rsplit("\n\n", 1)[0]  # the revision note, which names the version too
    found = [message for rule, message in _above_info(texts) if rule == "another-version"]
    assert found == ["states 'ВЕРСИЯ 0.2.1, 12 СЕПТЕМВРИ 2011 Г.' where the reference states no version: another version?"]
