"""another-version — a translation states another version of the document than the reference.

Translations of real documents are made from the version that was current when the translator began:
``htm-whitepaper``'s Japanese, Portuguese and Chinese editions say ``VERSION 0.2, DECEMBER 10, 2010`` where the
English says ``VERSION 0.2.1, SEPTEMBER 12, 2011``. One warning per such edition says so, with both version
statements and how many blocks of each side have no counterpart; the version's number, date and year, and the
blocks that differ, are then not told one by one (``version_statements``). Its facts that are not the version's
are still compared. A version only one side's cover states is told too (the English says ``Version 1.1.0``, the
German header none), and nothing else changes.

Passes (en → bg): ``Version 1.2, 14 March 2023 ¶ Partners met in Lisbon.`` ↔ ``Версия 1.2, 14 март 2023 г. ¶ Партньорите се срещнаха в Лисабон.``.
Fails (en → bg): ``Version 1.2, 14 March 2023 ¶ Partners met in Lisbon.`` ↔ ``Версия 1.1, 2 февруари 2023 г. ¶ Партньорите се срещнаха в Лисабон.``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Block, Document, Finding, Severity, Side
from .base import Comparison, Pair, Rule, finding, side
from .blocks import page_ranges, pair_gaps
from .version_statements import Version, stated_version, versions_apart


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """One warning per translation whose cover states another version number than the reference's, or states one
    where the reference states none, or none where the reference does."""
    for pair in comparison.pairs:
        versions = versions_apart(pair)
        if versions is None:
            yield from _one_sided(rule, pair)
            continue
        reference, translation = versions
        missing, extra = pair_gaps(comparison, pair)
        message = (
            f"states {_told(translation)} where the reference states {_told(reference)}: translated from another"
            f" version? Its differences in the version's number, date and year are not listed one by one, nor its"
            f" blocks without counterpart: {_unpaired(missing, pair.reference.document, 'of the reference')},"
            f" {_unpaired(extra, pair.translation.document, 'of this edition')}"
        )
        yield finding(
            rule,
            message,
            _side(pair.reference.document, reference),
            _side(pair.translation.document, translation),
            "version",
        )


def _one_sided(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """A version statement only one side's cover has (carenuity: the English says ``Version 1.1.0``, the German
    header carries no version): the version left out, or a translation of an unversioned text."""
    reference, translation = stated_version(pair.reference), stated_version(pair.translation)
    if (reference is None) == (translation is None):
        return
    if reference is not None:
        message = f"states no version where the reference states {_told(reference)}: left out, or another version?"
        sides = (_side(pair.reference.document, reference), side(pair.translation.document, None))
    elif translation is not None:
        message = f"states {_told(translation)} where the reference states no version: another version?"
        sides = (side(pair.reference.document, None), _side(pair.translation.document, translation))
    yield finding(rule, message, *sides, "version stated once", change="removed" if reference else "added")


def _told(version: Version) -> str:
    """The version statement quoted, with its date when that stands in the next block (``Date Updated: …``)."""
    date = version.date
    apart = date is not None and date.text not in version.text
    return f"{version.text!r}" + (f" of {date.text!r}" if date is not None and apart else "")


def _unpaired(blocks: Sequence[Block], document: Document, whose: str) -> str:
    if not blocks:
        return f"none {whose}"
    pages = page_ranges(sorted({block.page for block in blocks}))
    return f"{len(blocks)} of {len(document.blocks)} blocks {whose} (pages {pages})"


def _side(document: Document, version: Version) -> Side:
    return replace(side(document, version.block), value=version.text, normalized=version.number)


RULE = Rule(
    code="H204",
    name="another-version",
    severity=Severity.WARNING,
    summary="A translation states another version of the document than the reference.",
    description=__doc__ or "",
    check=check,
)
