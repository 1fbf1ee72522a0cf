"""acronym-mismatch — an organisation or programme acronym is in one edition only.

Acronyms such as ``ICMPD``, ``APAV`` or ``KEMEA`` survive translation
unchanged, so one that appears or disappears is worth a look. An acronym the
translation defines in its own language, in parentheses where the reference
has its own (``(THB)`` ↔ ``(PŽ)``), is a translation, not a drift.

Passes (en → lt): ``Human trafficking (THB) is led by ICMPD`` ↔ ``Prekyba žmonėmis (PŽ), vadovauja ICMPD``.
Fails (en → bg): ``ICMPD and KEMEA attended`` ↔ ``ICMPD и APAV присъстваха``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Rule
from .majority import value_check
from .values import Located, Status, ValueDiff


def _in_parentheses(located: Located | None) -> bool:
    if located is None:
        return False
    text, entity = located.block.text, located.entity
    return text[entity.start - 1 : entity.start] == "(" and text[entity.end : entity.end + 1] == ")"


def is_local_definition(diff: ValueDiff) -> bool:
    """Both sides define an acronym in parentheses at the same place: a translated acronym."""
    return diff.status is Status.CHANGED and _in_parentheses(diff.reference) and _in_parentheses(diff.translation)


RULE = Rule(
    code="H108",
    name="acronym-mismatch",
    severity=Severity.WARNING,
    summary="An acronym appears in one edition and not in the other.",
    description=__doc__ or "",
    check=value_check(frozenset({EntityKind.ACRONYM}), "acronym", select=lambda d: not is_local_definition(d)),
)
