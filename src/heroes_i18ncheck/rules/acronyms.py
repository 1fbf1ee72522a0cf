"""acronym-mismatch — an acronym both editions know is missing or changed in one block.

Organisation and programme acronyms such as ``ICMPD``, ``APAV`` or ``KEMEA``
survive translation unchanged, so one that drops out of a block is worth a
look. Translations also coin acronyms of their own (``NGO`` → ``NVO``,
``THB`` → ``PŽ``); an acronym the other edition never uses anywhere is such a
local word and is not reported, nor is a local acronym defined in
parentheses where the reference defines its own (``(THB)`` ↔ ``(PŽ)``).

Passes (en → lt): ``Human trafficking (THB) is fought by 8 NGOs and ICMPD.`` ↔ ``Su prekyba žmonėmis (PŽ) kovoja 8 NVO ir ICMPD.``.
Fails (en → bg): ``ICMPD and KEMEA attended. ¶ KEMEA presented the tools.`` ↔ ``ICMPD и APAV присъстваха. ¶ KEMEA представи инструментите.``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import EntityKind, Finding, Severity
from .base import Comparison, Edition, Pair, Rule
from .majority import value_findings
from .values import Located, Status, ValueDiff

KINDS = frozenset({EntityKind.ACRONYM})


def _in_parentheses(located: Located | None) -> bool:
    if located is None:
        return False
    text, entity = located.block.text, located.entity
    return text[entity.start - 1 : entity.start] == "(" and text[entity.end : entity.end + 1] == ")"


def acronyms_of(edition: Edition) -> frozenset[str]:
    """Every acronym value an edition uses anywhere."""
    return frozenset(v for block in edition.entities for e in block if e.kind in KINDS for v in e.values)


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Acronym differences, leaving out local acronyms and local definitions."""
    known = {id(e.document): acronyms_of(e) for e in comparison.editions}

    def known_to(edition: Edition, located: Located | None) -> bool:
        return located is not None and not located.entity.values.isdisjoint(known[id(edition.document)])

    def reportable(pair: Pair, diff: ValueDiff) -> bool:
        if diff.status is Status.CHANGED and _in_parentheses(diff.reference) and _in_parentheses(diff.translation):
            return False
        return known_to(pair.translation, diff.reference) or known_to(pair.reference, diff.translation)

    return value_findings(rule, comparison, KINDS, "acronym", select=reportable)


RULE = Rule(
    code="H108",
    name="acronym-mismatch",
    severity=Severity.WARNING,
    summary="An acronym both editions use is missing or changed in a block.",
    description=__doc__ or "",
    check=check,
)
