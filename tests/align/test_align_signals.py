"""Content evidence: the words and facts two editions share, a number written as a word among them."""

from __future__ import annotations

from factories import block, document_of
from heroes_i18ncheck.align.signals import gather_evidence
from heroes_i18ncheck.align.units import join_broken_blocks
from heroes_i18ncheck.model import Document


def _document(language: str, *texts: str) -> Document:
    return document_of(f"{language}.txt", language, [block(t, language, index=i, line=i + 1) for i, t in enumerate(texts)])


def _facts_shared(reference: Document, translation: Document) -> dict[tuple[int, int], float]:
    evidence = gather_evidence(reference, join_broken_blocks(reference), translation, join_broken_blocks(translation))
    return {pair: round(shared.facts, 6) for pair, shared in evidence.pairs.items() if shared.facts}


def test_a_number_written_as_a_word_links_to_its_digits() -> None:
    # NTREX L1028: "Eighteen states and the District of Columbia …" ↔ "18 tagállam és Washington D.C. …" shared
    # nothing the aligner could see, and the headline above took the Hungarian paragraph.
    reference = _document("en", "Eighteen cities back the housing rule.", "The office opened in Lisbon in 2019.")
    translation = _document("hu", "18 város támogatja a lakhatási szabályt.", "Az iroda 2019-ben nyílt meg Lisszabonban.")
    assert set(_facts_shared(reference, translation)) == {(0, 0), (1, 1)}


def test_a_percentage_written_as_words_links_to_its_digits_only() -> None:
    reference = _document("en", "Fifty-eight percent of the voters agreed.", "Fifty-eight voters wrote to us in 2019.")
    translation = _document("cs", "Souhlasilo 58 % voličů.", "V roce 2019 nám napsalo 58 voličů.")
    assert set(_facts_shared(reference, translation)) == {(0, 0), (1, 1)}


def test_one_written_as_a_word_is_no_fact() -> None:
    # "one of the partners", "un des partenaires": the article, not a count
    reference = _document("en", "One of the partners met in Lisbon.", "Then 1 partner left.")
    translation = _document("fr", "Un des partenaires s'est réuni à Lisbonne.", "Puis 1 partenaire est parti.")
    assert set(_facts_shared(reference, translation)) == {(1, 1)}
