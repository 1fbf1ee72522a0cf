"""A translator's note or credit is the translation's own addition: no extra block, no untranslated block, and the
links or dates only it states are no differences."""

from __future__ import annotations

import pytest

from factories import block, document
from heroes_i18ncheck import check_texts
from heroes_i18ncheck.model import Document, Severity
from heroes_i18ncheck.rules.notes import NOTE_MAX_CHARS, a_translators_note, notes_in_brackets, wholly_bracketed

INTRO_EN = "The partners met in Lisbon to plan the second year of the project and its pilots."
INTRO_LT = "Partneriai susitiko Lisabonoje aptarti antrųjų projekto metų ir bandomųjų veiklų."
OUTRO_EN = "The next meeting will take place in Vilnius, where the pilots will be presented."
OUTRO_LT = "Kitas susitikimas vyks Vilniuje, kur bus pristatyti bandomieji projektai."


@pytest.mark.parametrize(
    "text",
    [
        "Translated in Greek from bitcoin.org/bitcoin.pdf by @chdimo",  # bitcoin-whitepaper gr
        "N. del T. Para esta traducción se ha usado la versión de 2008.",  # bitcoin-whitepaper es
        "Переведено на русский по bitcoin.org/bitcoin.pdf",  # bitcoin-whitepaper ru
        "翻訳 株式会社アルトーク 2011/1/25",  # htm-whitepaper ja
        "Все примечания переводчика в данном тексте выделялись [квадратными скобками].",  # htm-whitepaper ru
        "Anmerkungen zur deutschen Übersetzung",  # htm-whitepaper de
        "Vertimas: UAB Vertimų namai, 2023",
    ],
)
def test_a_credit_or_note_of_the_translation_is_a_note(text: str) -> None:
    assert a_translators_note(block(text, "xx"))


@pytest.mark.parametrize(
    "text",
    [
        "The partners met overseas to plan the second year.",
        "Translational research moves results from the lab to the clinic.",
        "В стране произошёл переворот.",
        "Daugiau informacijos: https://vertimai.example.lt",  # a word of a link says nothing
    ],
)
def test_prose_that_looks_alike_is_no_note(text: str) -> None:
    assert not a_translators_note(block(text, "xx"))


def test_a_long_paragraph_that_mentions_translation_is_content() -> None:
    # htm-whitepaper: the licence, kept in English in de/ko/pt/zh, grants the right to make translations.
    licence = "Numenta grants you a license to use these works, translations included, for research only. " * 5
    assert len(licence) > NOTE_MAX_CHARS
    assert not a_translators_note(block(licence, "xx"))
    assert a_translators_note(block(licence[:NOTE_MAX_CHARS], "xx"))


def test_a_translators_credit_with_its_link_is_one_note_not_an_extra_block_and_a_link() -> None:
    credit = "Išvertė UAB Vertimų namai, https://vertimai.example.lt"
    report = check_texts({"en": f"{INTRO_EN}\n\n{OUTRO_EN}", "lt": f"{INTRO_LT}\n\n{OUTRO_LT}\n\n{credit}"}, reference="en")
    above_info = [f"{f.rule}: {f.message}" for f in report.findings if f.severity > Severity.INFO]
    assert above_info == []
    (note,) = [f for f in report.findings if f.rule == "extra-block"]
    assert note.message.startswith("translator's note or credit, an addition of this edition")


def test_a_link_the_translation_adds_outside_a_note_is_still_reported() -> None:
    added = "Daugiau informacijos: https://vertimai.example.lt"
    reference = f"{INTRO_EN}\n\n{OUTRO_EN}"
    translation = f"{INTRO_LT} {added}\n\n{OUTRO_LT}"
    report = check_texts({"en": reference, "lt": translation}, reference="en")
    assert [f.rule for f in report.findings if f.severity > Severity.INFO] == ["url-mismatch"]


def test_facts_inside_brackets_are_the_translators_where_the_edition_says_its_notes_stand_there() -> None:
    # htm-whitepaper ru: "Все примечания переводчика в данном тексте выделялись [квадратными скобками]", then
    # "[частично имеется по адресу …: http://books.google.ru/books?id=egQPpf-vGh8C]" inside a paragraph.
    announcement = "Всички бележки на преводача в този текст са в [квадратни скоби]."
    book = "Препоръчваме книгата на Маунткасъл [достъпна отчасти на https://books.example.org/mountcastle] за повече."
    reference = f"{INTRO_EN}\n\nWe recommend Mountcastle's book for more on the cortex and its columns."
    for announced in (True, False):
        translation = "\n\n".join([*([announcement] if announced else []), INTRO_LT.replace("Partneriai", "Партньорите"), book])
        report = check_texts({"en": reference, "bg": translation}, reference="en")
        links = [f.message for f in report.findings if f.rule == "url-mismatch"]
        assert (links == []) is announced, links


def test_notes_in_brackets_needs_a_note_that_shows_brackets() -> None:
    assert notes_in_brackets(_document("Все примечания переводчика в данном тексте выделялись [квадратными скобками]."))
    assert not notes_in_brackets(_document("Все примечания переводчика в данном тексте выделялись курсивом."))
    assert not notes_in_brackets(_document("The partners [all 24 of them] met in Lisbon."))


def _document(*texts: str) -> Document:
    return document("x.ru", "ru", *texts)


TERMS_LT = (
    "Šiame leidinyje terminai verčiami taip, kaip juos vartoja Lietuvos policijos mokymo centras; kai kurie pavadinimai"
    " palikti anglų kalba, nes jie yra projekto prekių ženklai. Sąvokos paaiškintos žodynėlyje leidinio gale, o"
    " santrumpos pateikiamos kartu su jų išplėtimais pirmą kartą pavartojus. Už vertimo netikslumus atsako vertėjas,"
    " ne projekto konsorciumas, todėl pastabas prašome siųsti vertėjui, o ne projekto partneriams ar koordinatoriui."
)


def test_the_blocks_under_a_translators_heading_go_with_it_as_one_note() -> None:
    # htm-whitepaper: de's page "Anmerkungen zur deutschen Übersetzung", ru's and de's "Numenta Translation License":
    # the heading was a note, the notes and the licence under it extra blocks.
    translation = f"{INTRO_LT}\n\n{OUTRO_LT}\n\nApie šį vertimą\n\n{TERMS_LT}"
    report = check_texts({"en": f"{INTRO_EN}\n\n{OUTRO_EN}", "lt": translation}, reference="en")
    assert [f"{f.rule}: {f.message}" for f in report.findings if f.severity > Severity.INFO] == []
    (note,) = [f for f in report.findings if f.rule == "extra-block"]
    assert note.message == "translator's note or credit, an addition of this edition: 'Apie šį vertimą' (and the 1 block of its section)"


def test_a_paragraph_after_a_credit_line_is_still_an_extra_block() -> None:
    # A credit that ends its sentence heads nothing: what follows it is the translation's own addition.
    translation = f"{INTRO_LT}\n\n{OUTRO_LT}\n\nIšvertė UAB Vertimų namai.\n\n{TERMS_LT}"
    report = check_texts({"en": f"{INTRO_EN}\n\n{OUTRO_EN}", "lt": translation}, reference="en")
    assert [f.rule for f in report.findings if f.severity > Severity.INFO] == ["extra-block"]


def test_a_block_wholly_in_brackets_is_a_note_where_the_edition_says_its_notes_stand_there() -> None:
    # htm-whitepaper ru p49: "[частично имеется по адресу (на английском языке), для ознакомления: http://books…]".
    announcement = "Всички бележки на преводача в този текст са в [квадратни скоби]."
    aside = "[Книгата е достъпна отчасти на английски език, за сведение: https://books.example.org/mountcastle]"
    reference = f"{INTRO_EN}\n\n{OUTRO_EN}"
    for announced in (True, False):
        blocks = [*([announcement] if announced else []), INTRO_LT, OUTRO_LT, aside]
        report = check_texts({"en": reference, "bg": "\n\n".join(blocks)}, reference="en")
        extra = [f.message for f in report.findings if f.rule == "extra-block" and "Книгата" in f.message]
        assert len(extra) == 1
        assert extra[0].startswith("translator's note or credit") is announced, extra


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        ("[частично имеется по адресу: http://books.google.ru/books?id=egQPpf-vGh8C]", True),
        ("[Дополнение переводчика: имеется перевод на русский язык.]", True),
        ("[1] Hawkins, J. On Intelligence, 2004.", False),  # a reference entry
        ("[1] see also [2]", False),
        ("The partners [all 24 of them] met in Lisbon.", False),
    ],
)
def test_wholly_bracketed_is_a_block_in_one_pair_of_brackets(text: str, bracketed: bool) -> None:
    assert wholly_bracketed(block(text, "ru")) is bracketed
