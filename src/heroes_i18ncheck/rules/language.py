"""wrong-language — an edition's text is not in the language it is declared to be in.

The declared language comes from ``--lang`` or the file name (``bg.pdf``);
the text's language is the one most of its letters are in: blocks the
extractor found left in another language (English in a Bulgarian edition),
else what langdetect reads in the edition's own words (names, links and
numbers left out; read at extraction, ``Document.text_languages``), when it
is sure. A Lithuanian file saved as ``bg.pdf``
would otherwise be checked with the wrong locale.

Passes (en → bg): ``The review took place in Brussels in December and was a success for all partners.`` ↔ ``Прегледът се проведе в Брюксел през декември и беше успех за всички партньори.``.
Fails (en → bg): ``The review took place in Brussels in December and was a success for all partners.`` ↔ ``Peržiūra vyko Briuselyje gruodžio mėnesį ir buvo sėkminga visiems projekto partneriams.``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from ..model import Document, Finding, Severity
from .base import Comparison, Rule, finding, side

DOMINANT_SHARE = 0.6
"""Share of an edition's letters that must be in one other language to call the edition wrong."""

MIN_DETECTED_PROBABILITY = 0.95
"""How sure langdetect must be of the other language, the declared one being all but ruled out."""
MAX_DECLARED_PROBABILITY = 0.05

_LETTER = regex.compile(r"\p{L}")


def dominant_language(document: Document) -> tuple[str, float]:
    """The language most of the document's letters are in, and its share of them."""
    letters: Counter[str] = Counter()
    for block in document.blocks:
        letters[block.language] += len(_LETTER.findall(block.text))
    total = sum(letters.values())
    if not total:
        return document.language, 1.0
    language, count = max(sorted(letters.items()), key=lambda item: item[1])
    if language == document.language:
        detected = _detected_language(document)
        if detected is not None:
            return detected, count / total
    return language, count / total


def _detected_language(document: Document) -> str | None:
    """The language langdetect is sure the edition's own blocks are in, if not the declared one."""
    found = dict(document.text_languages)
    if not found:
        return None
    best = max(sorted(found), key=lambda code: found[code])
    if best != document.language and found[best] >= MIN_DETECTED_PROBABILITY:
        if found.get(document.language, 0.0) <= MAX_DECLARED_PROBABILITY:
            return best
    return None


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Editions whose declared language is not the language of most of their text."""
    for edition in comparison.every_edition:
        document = edition.document
        if document.language_source in ("detected", "section"):
            continue  # the language was read from the text itself
        language, share = dominant_language(document)
        if language != document.language and share >= DOMINANT_SHARE:
            yield finding(
                rule,
                f"declared {document.language} ({document.language_source}) but {share:.0%} of the text is {language}",
                None,
                side(document, None),
                f"{document.language}>{language}",
            )


RULE = Rule(
    code="H302",
    name="wrong-language",
    severity=Severity.ERROR,
    summary="An edition's text is not in the language it is declared to be in.",
    description=__doc__ or "",
    check=check,
)
