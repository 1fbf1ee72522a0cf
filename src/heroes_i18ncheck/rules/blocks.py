"""missing-block, extra-block — a block of one edition has no counterpart in the other.

A block made only of facts (a link, an address, a handle, a date) that the
other edition states elsewhere is a layout difference — a contact box placed
on another page, the issue date repeated — not lost or added content, and is
not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Block, Finding, Severity
from .base import Comparison, Edition, Rule, finding, prose_words, side

SNIPPET = 60


def snippet(text: str, limit: int = SNIPPET) -> str:
    """The start of a block's text, cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stated_values(edition: Edition) -> frozenset[str]:
    """Every normalized reading of every fact the edition states."""
    return frozenset(value for found in edition.entities for e in found for value in e.values)


def only_facts_stated_elsewhere(block: Block, edition: Edition, stated: frozenset[str]) -> bool:
    """Whether a block of ``edition`` has no words besides its facts, each of them among ``stated``
    (the other edition's ``stated_values``)."""
    if prose_words(block, edition):
        return False
    return all(not e.values.isdisjoint(stated) for e in edition.entities[block.index])


def check_missing(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Reference blocks that the alignment paired with nothing in a translation."""
    for pair in comparison.pairs:
        reference, translation = pair.reference.document, pair.translation.document
        stated = stated_values(pair.translation)
        for bead in pair.alignment.beads:
            if bead.reference and not bead.translation:
                for index in bead.reference:
                    block = reference.blocks[index]
                    if only_facts_stated_elsewhere(block, pair.reference, stated):
                        continue
                    yield finding(
                        rule,
                        f"{block.kind} missing here: {snippet(block.text)!r}",
                        side(reference, block),
                        side(translation, None),
                        block.text[:200],
                        change="removed",
                    )


def check_extra(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Translation blocks that the alignment paired with nothing in the reference."""
    stated = stated_values(comparison.reference)  # one reference for every pair
    for pair in comparison.pairs:
        reference, translation = pair.reference.document, pair.translation.document
        for bead in pair.alignment.beads:
            if bead.translation and not bead.reference:
                for index in bead.translation:
                    block = translation.blocks[index]
                    if only_facts_stated_elsewhere(block, pair.translation, stated):
                        continue
                    yield finding(
                        rule,
                        f"{block.kind} not in the reference: {snippet(block.text)!r}",
                        side(reference, None),
                        side(translation, block),
                        block.text[:200],
                        change="added",
                    )


MISSING_DESCRIPTION = """missing-block — a block of the reference has no counterpart in the translation.

A dropped paragraph is the commonest drift between editions. In the examples ``¶`` separates blocks.

Passes (en → bg): ``Partners met in Lisbon. ¶ The review is done.`` ↔ ``Партньорите се срещнаха в Лисабон. ¶ Прегледът приключи.``.
Fails (en → bg): ``Partners met in Lisbon. ¶ The review is done.`` ↔ ``Партньорите се срещнаха в Лисабон.``.
"""

EXTRA_DESCRIPTION = """extra-block — a block of the translation has no counterpart in the reference.

Added text is rarer than dropped text and often deliberate (a local contact, a
translator's note), so it is a warning. In the examples ``¶`` separates blocks.

Passes (en → bg): ``Partners met in Lisbon.`` ↔ ``Партньорите се срещнаха в Лисабон.``.
Fails (en → bg): ``Partners met in Lisbon.`` ↔ ``Партньорите се срещнаха в Лисабон. ¶ Бележка на преводача.``.
"""

MISSING = Rule(
    code="H201",
    name="missing-block",
    severity=Severity.ERROR,
    summary="A block of the reference has no counterpart in the translation.",
    description=MISSING_DESCRIPTION,
    check=check_missing,
)

EXTRA = Rule(
    code="H202",
    name="extra-block",
    severity=Severity.WARNING,
    summary="A block of the translation has no counterpart in the reference.",
    description=EXTRA_DESCRIPTION,
    check=check_extra,
)
