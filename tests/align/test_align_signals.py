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


def test_digits_glued_to_a_label_link_to_the_same_digits_apart() -> None:
    # The bitcoin paper's Merkle tree: "Hash01 Hash23" ↔ "Хэш 01 Хэш 23", "Tx0 Tx1 Tx2 Tx3" ↔ "Тр.0 Тр.1 Тр.2 Тр.3"
    # read as nothing on the English side, so the figure's labels paired by length alone, one label off.
    reference = _document("en", "Hash01 Hash23", "Tx0 Tx1 Tx2 Tx3", "The office opened in 2019.")
    translation = _document("ru", "Хэш 01 Хэш 23", "Тр.0 Тр.1 Тр.2 Тр.3", "Офис открылся в 2019 году.")
    shared = _facts_shared(reference, translation)
    assert shared[(0, 0)] > shared.get((0, 1), 0.0)  # 01 and 23 against 0 to 3: only the 1 of 01 in common
    assert shared[(1, 1)] > shared.get((1, 0), 0.0)
