"""Our way of loading langdetect's profiles (each n-gram's row made when first asked for) gives langdetect's answers.

langdetect's own ``DetectorFactory.load_profile`` builds every row up front; ours must give the same
probabilities, to the last digit, on any text — sample sentences always, and NTREX's news lines in eight
languages when ``../shared`` is beside the checkout.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from langdetect import DetectorFactory, LangDetectException
from langdetect.detector_factory import PROFILES_DIRECTORY

from heroes_i18ncheck.extract.language import _detector_factory, language_probabilities
from heroes_i18ncheck.language_codes import normalize_language_code
from repo_paths import SAMPLES, SHARED

SENTENCES = (
    "The review took place in Brussels in December and was a success for all partners.",
    "Прегледът се проведе в Брюксел през декември и беше успех за всички партньори.",
    "Peržiūra vyko Briuselyje gruodžio mėnesį ir buvo sėkminga visiems projekto partneriams.",
    "Die Überprüfung fand im Dezember in Brüssel statt.",
    "La revisión tuvo lugar en Bruselas en diciembre.",
    "Ελέγχθηκε στις Βρυξέλλες τον Δεκέμβριο.",
    "12 345 — 2023",
    "",
    "x",
)


def langdetect_probabilities(text: str) -> list[tuple[str, float]]:
    """What langdetect itself answers, its profiles loaded its own way (seeded as ours are)."""
    factory = _stock_factory()
    detector = factory.create()
    detector.append(text)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return []
    return [(code, item.prob) for item in found if (code := normalize_language_code(item.lang))]


_STOCK: list[DetectorFactory] = []


def _stock_factory() -> DetectorFactory:
    if not _STOCK:
        factory = DetectorFactory()
        names = sorted(os.listdir(PROFILES_DIRECTORY))  # in our order: the sums over languages add up alike
        factory.load_json_profile([(Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8") for name in names])
        factory.set_seed(0)
        _STOCK.append(factory)
    return _STOCK[0]


def sample_paragraphs() -> list[str]:
    texts = []
    for path in sorted((SAMPLES / "heroes-02").glob("*.md")):
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()][:40]
    return texts


@pytest.mark.parametrize("text", [*SENTENCES, *sample_paragraphs()])
def test_same_probabilities_as_langdetect(text: str) -> None:
    assert language_probabilities(text) == langdetect_probabilities(text)


@pytest.mark.shared
def test_same_probabilities_as_langdetect_on_news_lines() -> None:
    files = sorted((SHARED / "real-text" / "ntrex").glob("*.txt"))
    lines = [line for path in files for line in itertools.islice(path.open(encoding="utf-8"), 0, 400, 10)]
    assert len(lines) >= 300
    differ = [line for line in lines if language_probabilities(line) != langdetect_probabilities(line)]
    assert differ == []


def test_membership_is_langdetect_vocabulary() -> None:
    ours = _detector_factory().word_lang_prob_map
    stock = _stock_factory().word_lang_prob_map
    assert len(ours) == len(stock)
    for word in ("the", "ing", " th", "на", "zzq", "", "é"):
        assert (word in ours) == (word in stock)
        if word in stock:
            assert ours[word] == stock[word]
