"""Records built for tests: blocks, documents, the rules' editions and comparisons, and cached extractions.

One set of builders, so a test says only what matters to it (the texts, a language) and every test
builds the same record the same way; the stages' own types are in ``heroes_i18ncheck.model`` and
``heroes_i18ncheck.rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from heroes_i18ncheck.entities import block_entities
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import Alignment, BBox, Bead, Block, BlockKind, Document
from heroes_i18ncheck.rules import Comparison, Edition, Pair


def block(
    text: str,
    language: str = "und",
    *,
    index: int = 0,
    page: int = 1,
    kind: BlockKind = BlockKind.PARAGRAPH,
    bbox: BBox | None = None,
    line: int | None = None,
    contents_page: int | None = None,
) -> Block:
    """One block: a paragraph on page 1 unless told otherwise."""
    return Block(index, page, kind, text, language, bbox, line, contents_page)


def document(
    path: str,
    language: str,
    *texts: str,
    source: str = "name",
    pages: int = 1,
    bbox: BBox | None = None,
    numbered: bool = False,
    warnings: tuple[str, ...] = (),
) -> Document:
    """An edition of ``texts``, one paragraph each on page 1 in reading order (``numbered``: at source lines 1, 2…)."""
    blocks = (block(t, language, index=i, bbox=bbox, line=i + 1 if numbered else None) for i, t in enumerate(texts))
    return document_of(path, language, blocks, source=source, pages=pages, warnings=warnings)


def document_of(
    path: str, language: str, blocks: Iterable[Block], *, source: str = "name", pages: int = 1, warnings: tuple[str, ...] = ()
) -> Document:
    """An edition of ``blocks`` as given (their pages, kinds and indices are the caller's)."""
    return Document(path, language, source, pages, tuple(blocks), warnings)


def document_of_rows(path: str, language: str, rows: Iterable[tuple[str, BlockKind, int]], *, pages: int = 1) -> Document:
    """An edition of ``(text, kind, page)`` rows in reading order, every block in ``language``."""
    blocks = (block(t, language, index=i, kind=k, page=p) for i, (t, k, p) in enumerate(rows))
    return document_of(path, language, blocks, pages=pages)


NOTES_EN = [
    ("Partners met in Lisbon on 12 March 2023 to agree the review of the HEROES network.", BlockKind.PARAGRAPH, 1),
    ("1 The first meeting was held in Porto in 2019 with 24 partners.", BlockKind.NOTE, 1),
    ("The board named Maria Santos chair and set the budget at 4.99 million euro.", BlockKind.PARAGRAPH, 2),
    ("2 See https://heroes-fct.eu/minutes for the minutes of 2022.", BlockKind.NOTE, 2),
    ("The next assembly meets in Vilnius in October 2023 with 17 countries.", BlockKind.PARAGRAPH, 3),
]
"""An edition with a footnote at the foot of pages 1 and 2 (rows for ``document_of_rows``)."""
NOTES_LT = [
    ("Partneriai susitiko Lisabonoje 2023 m. kovo 12 d. aptarti HEROES tinklo peržiūrą.", BlockKind.PARAGRAPH, 1),
    ("Valdyba pirmininke paskyrė Maria Santos ir nustatė 4,99 mln. eurų biudžetą.", BlockKind.PARAGRAPH, 2),
    ("Kitas asamblėjos posėdis vyks Vilniuje 2023 m. spalio mėn., dalyvaus 17 šalių.", BlockKind.PARAGRAPH, 3),
    ("1 Pirmasis susitikimas vyko Porte 2019 m., dalyvavo 24 partneriai.", BlockKind.NOTE, 4),
    ("2 Žr. https://heroes-fct.eu/minutes – 2022 m. protokolai.", BlockKind.NOTE, 4),
]
"""``NOTES_EN`` translated, its footnotes gathered as endnotes on page 4."""


def edition(path: str, language: str, *texts: str) -> Edition:
    """What the rules see of an edition of ``texts``: numbered paragraphs and the entities of each."""
    return edition_of(document(path, language, *texts, numbered=True))


def edition_of(document: Document, *, with_entities: bool = True) -> Edition:
    """``document`` with the entities of each of its blocks, as the rules see it (``with_entities=False``: none in
    any block, so a rule judges the blocks' words alone)."""
    return Edition(document, tuple(block_entities(b) if with_entities else () for b in document.blocks))


def one_to_one(count: int, confidence: float = 1.0, *, score: float = 1.0) -> tuple[Bead, ...]:
    """Beads pairing block ``i`` with block ``i`` for the first ``count`` blocks, each sure (score 1.0 unless told)."""
    return tuple(Bead((i,), (i,), score, confidence) for i in range(count))


def alignment(reference: Document, translation: Document, beads: tuple[Bead, ...] | None = None, confidence: float = 1.0) -> Alignment:
    """``translation`` aligned with ``reference`` by ``beads`` (block for block when not given)."""
    chosen = one_to_one(len(reference.blocks)) if beads is None else beads
    return Alignment(reference, translation, chosen, confidence)


def pair(reference: Edition, translation: Edition, beads: tuple[Bead, ...] | None = None, confidence: float = 1.0) -> Pair:
    """A translation paired with the reference by ``beads`` (block for block when not given)."""
    return Pair(alignment(reference.document, translation.document, beads, confidence), reference, translation)


def comparison(reference: Edition, *translations: Edition) -> Comparison:
    """What the rules see when every translation aligns block for block with the reference."""
    return Comparison(reference, tuple(pair(reference, t) for t in translations))


@cache
def extracted(path: Path) -> Document:
    """The document extracted from a real file (a sample, a seed, a real PDF), once per test run."""
    return extract_document(str(path))
