"""NTREX news translations as text inputs: a line pairs with the line it translates (regressions of the benchmark)."""

from __future__ import annotations

import re

import pytest

from factories import block, document_of
from heroes_i18ncheck.align import align
from heroes_i18ncheck.model import Document
from repo_paths import SHARED

NTREX = SHARED / "real-text" / "ntrex"
_DIGIT = re.compile(r"\d")


def _editions(suffix: str, language: str) -> tuple[Document, Document]:
    """English and one translation, each line with a digit on either side a block, as ``bench/realworld.py`` reads them."""
    english = (NTREX / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    translated = (NTREX / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()
    lines = [n for n, pair in enumerate(zip(english, translated, strict=True), 1) if any(map(_DIGIT.search, pair))]

    def document(code: str, text: list[str]) -> Document:
        blocks = [block(text[n - 1], code, index=i, line=n) for i, n in enumerate(lines)]
        return document_of(f"ntrex/{code}.txt", code, blocks)

    return document("en", english), document(language, translated)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("suffix", "language", "lines"),
    [
        # the headline, repeated by the translation in the sentence below it, was left unpaired
        pytest.param("hun", "hu", (1027, 1028), id="hu-L1027-headline-repeated"),
        pytest.param("fra", "fr", (346, 348), id="fr-L346-headline-repeated"),
    ],
)
def test_a_headline_repeated_below_pairs_with_its_own_line(suffix: str, language: str, lines: tuple[int, ...]) -> None:
    reference, translation = _editions(suffix, language)
    alignment = align(reference, translation)
    pairs = {
        (tuple(reference.blocks[i].line for i in bead.reference), tuple(translation.blocks[j].line for j in bead.translation))
        for bead in alignment.beads
    }
    for line in lines:
        assert ((line,), (line,)) in pairs, line
