"""A file that holds several languages, a section of pages each, is an edition in its own language's pages only."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.errors import UnreadableInput
from heroes_i18ncheck.extract import document_from_raw
from heroes_i18ncheck.extract.sections import own_language_pages
from heroes_i18ncheck.extract.text import RawBlock
from heroes_i18ncheck.model import BlockKind

PAGES = {
    "fr": "Les réparations sont effectuées par des bénévoles et aucune compensation n'est facturée pour les réparations.",
    "en": "The repairs are done by volunteers and no compensation is charged for the repairs made with the tools.",
    "nl": "De herstellingen worden uitgevoerd door vrijwilligers en er wordt geen vergoeding gevraagd voor de herstellingen.",
    "de": "Die Reparaturen werden von Freiwilligen durchgeführt und für die Reparaturen wird keine Vergütung berechnet.",
}


def _raw(*languages: str) -> list[RawBlock]:
    return [RawBlock(PAGES[language], BlockKind.PARAGRAPH, 0, page) for page, language in enumerate(languages, start=1)]


def test_the_pages_of_the_other_languages_are_left_out_with_one_warning() -> None:
    kept, warning = own_language_pages(_raw("fr", "en", "nl", "de"), "fr")
    assert [b.page for b in kept] == [1]
    assert warning == "pages 2, 3, 4 are in de, en, nl: this file holds several languages, and its fr pages are this edition"


def test_the_document_keeps_its_page_count_and_carries_the_warning() -> None:
    document = document_from_raw("leaflet.fr.pdf", _raw("fr", "en", "nl", "de"), 4)
    assert document.pages == 4
    assert [b.text for b in document.blocks] == [PAGES["fr"]]
    assert document.warnings and "its fr pages are this edition" in document.warnings[0]
    assert document.sections == ("de", "en", "nl")


def test_one_page_left_in_another_language_stays_for_untranslated_block_to_see() -> None:
    kept, warning = own_language_pages(_raw("fr", "en", "fr"), "fr")
    assert [b.page for b in kept] == [1, 2, 3] and warning is None


def test_a_file_without_a_page_in_its_declared_language_is_kept_whole() -> None:
    kept, warning = own_language_pages(_raw("en", "nl", "de"), "fr")
    assert len(kept) == 3 and warning is None


def test_pages_of_other_languages_scattered_through_the_file_are_no_sections() -> None:
    # ontology-techwp ko: English reference and code pages here and there, one misread as Estonian.
    kept, warning = own_language_pages(_raw("en", "fr", "nl", "fr", "en", "fr"), "fr")
    assert len(kept) == 6 and warning is None


def test_a_few_pages_in_other_languages_at_the_end_of_a_long_edition_are_no_sections() -> None:
    # bitcoin-whitepaper gr: eight Greek pages, then the reference list (English, one page read as Polish).
    kept, warning = own_language_pages(_raw("fr", "fr", "fr", "fr", "en", "nl"), "fr")
    assert len(kept) == 6 and warning is None


def test_a_section_anywhere_in_the_file_is_read_as_the_edition_in_its_language() -> None:
    document = document_from_raw("leaflet.fr.pdf", _raw("fr", "en", "nl", "de"), 4, "nl", section=True)
    assert (document.language, document.language_source, document.sections) == ("nl", "section", ())
    assert [b.page for b in document.blocks] == [3]
    assert document.warnings == ("the nl section of a file that holds several languages (page 3)",)


def test_a_file_without_a_section_in_the_language_asked_is_unreadable_as_that_section() -> None:
    with pytest.raises(UnreadableInput, match="no section of pages in it"):
        document_from_raw("leaflet.fr.pdf", _raw("fr", "en", "nl", "de"), 4, "it", section=True)
    with pytest.raises(UnreadableInput, match="no section of pages in nl"):
        document_from_raw("paper.en.pdf", _raw("en", "en", "nl"), 3, "nl", section=True)
