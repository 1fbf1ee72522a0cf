"""Editions of different documents are recognised as not matching; real pairs stay clearly above the bar."""

from __future__ import annotations

import pytest

from factories import extracted
from heroes_i18ncheck.align import MATCH_THRESHOLD, align
from heroes_i18ncheck.model import Document
from repo_paths import REAL_PDFS, SAMPLES, SEEDS

MARGIN = 0.15
"""How far from ``MATCH_THRESHOLD`` both kinds of pair must stay, so the rule's verdict is not a coin toss."""

FILES = {
    "sample-en": SAMPLES / "heroes-02" / "en.md",
    "sample-bg": SAMPLES / "heroes-02" / "bg.md",
    "sample-lt": SAMPLES / "heroes-02" / "lt.md",
    "seed-bg": SEEDS / "heroes-newsletter-02.bg.txt",
    "seed-lt": SEEDS / "heroes-newsletter-02.lt.txt",
    "bitcoin-en": REAL_PDFS / "bitcoin-whitepaper" / "en.pdf",
    "bitcoin-lt": REAL_PDFS / "bitcoin-whitepaper" / "lt.pdf",
}


def edition(name: str) -> Document:
    return extracted(FILES[name])


DIFFERENT = [
    pytest.param("sample-en", "bitcoin-en", id="newsletter-vs-whitepaper-same-language", marks=pytest.mark.shared),
    pytest.param("bitcoin-en", "sample-en", id="whitepaper-vs-newsletter", marks=pytest.mark.shared),
    pytest.param("sample-bg", "bitcoin-en", id="newsletter-bg-vs-whitepaper", marks=pytest.mark.shared),
    pytest.param("seed-bg", "sample-en", id="same-issue-facts-but-another-text", marks=pytest.mark.shared),
    pytest.param("sample-en", "seed-bg", id="short-text-inside-a-long-one", marks=pytest.mark.shared),
    pytest.param("sample-lt", "bitcoin-lt", id="both-lithuanian-different-documents", marks=pytest.mark.shared),
]

SAME = [
    pytest.param("sample-en", "sample-bg", id="sample-en-bg"),
    pytest.param("sample-en", "sample-lt", id="sample-en-lt"),
    pytest.param("seed-bg", "seed-lt", id="seed-bg-lt-raw-extractions", marks=pytest.mark.shared),
    pytest.param("bitcoin-en", "bitcoin-lt", id="whitepaper-en-lt-community-translation", marks=pytest.mark.shared),
]


@pytest.mark.parametrize(("reference", "translation"), DIFFERENT)
def test_different_documents_have_low_confidence(reference: str, translation: str, record_confidence) -> None:
    confidence = align(edition(reference), edition(translation)).confidence
    record_confidence(f"different {reference} {translation}", confidence)
    assert confidence <= MATCH_THRESHOLD - MARGIN


@pytest.mark.parametrize(("reference", "translation"), SAME)
def test_editions_of_one_document_stay_clearly_above_the_bar(
    reference: str, translation: str, record_confidence
) -> None:
    confidence = align(edition(reference), edition(translation)).confidence
    record_confidence(f"same {reference} {translation}", confidence)
    assert confidence >= MATCH_THRESHOLD + MARGIN
