"""mixed-script — an identifier, acronym, link or address typed with look-alike letters.

``НЕRОЕS`` written with Cyrillic Н, Е and О looks right on the page but is
another string to a search engine, a mail server or a browser. Checked in
every edition, the reference included.

Passes (en → bg): ``Write to heroes@ucm.es`` ↔ ``Пишете на heroes@ucm.es``.
Fails (en → bg): ``Write to heroes@ucm.es`` ↔ ``Пишете на heroes@ucm.еs``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Severity
from .base import Comparison, Rule, finding, nearby_words, side


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Every entity whose letters include look-alikes from another script, once per edition."""
    for edition in comparison.editions:
        document = edition.document
        for block, entities in zip(document.blocks, edition.entities):
            for entity in entities:
                if entity.lookalike:
                    yield finding(
                        rule,
                        f"{entity.kind} {entity.text!r} mixes in {entity.lookalike} look-alike letters"
                        f" (meant: {entity.value!r})",
                        None,
                        side(document, block, entity),
                        nearby_words(block.text, entity.start, entity.end),
                    )


RULE = Rule(
    code="H109",
    name="mixed-script",
    severity=Severity.ERROR,
    summary="An identifier, acronym, link or address contains look-alike letters from another script.",
    description=__doc__ or "",
    check=check,
)
