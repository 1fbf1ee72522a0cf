"""missing-block, extra-block — a block of one edition has no counterpart in the other."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Severity
from .base import Pair, Rule, finding, side

_SNIPPET = 60


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def check_missing(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """Reference blocks that the alignment paired with nothing in the translation."""
    for bead in pair.alignment.beads:
        if bead.reference and not bead.translation:
            for index in bead.reference:
                block = pair.reference.blocks[index]
                yield finding(
                    rule,
                    f"{block.kind} missing here: {_snippet(block.text)!r}",
                    side(pair.reference, block),
                    side(pair.translation, None),
                    block.text[:200],
                )


def check_extra(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """Translation blocks that the alignment paired with nothing in the reference."""
    for bead in pair.alignment.beads:
        if bead.translation and not bead.reference:
            for index in bead.translation:
                block = pair.translation.blocks[index]
                yield finding(
                    rule,
                    f"{block.kind} not in the reference: {_snippet(block.text)!r}",
                    side(pair.reference, None),
                    side(pair.translation, block),
                    block.text[:200],
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
