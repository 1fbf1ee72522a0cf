"""number-mismatch — a number, amount, percentage, range, ordinal, year or time differs.

Values are compared as numbers, not as text: ``4.99M €`` and ``4,99 млн. €``
are one amount, ``3–6`` and ``3 - 6`` one range, ``20th`` and ``20-та`` one ordinal.
A whole number up to ten that one edition states and the other leaves out is
not reported: house styles (the EU's Interinstitutional Style Guide among
them) write one to ten as words (``1-во`` ↔ ``pirmasis``, ``4`` ↔ ``four``),
and words are not compared. A small number *changed* into another still is.

Passes (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньори в 17 държави``.
Fails (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньори в 16 държави``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Pair, Rule
from .majority import value_check
from .values import Status, ValueDiff

KINDS = frozenset(
    {
        EntityKind.NUMBER,
        EntityKind.MONEY,
        EntityKind.PERCENT,
        EntityKind.RANGE,
        EntityKind.ORDINAL,
        EntityKind.YEAR,
        EntityKind.TIME,
    }
)

SPELLED_OUT_UP_TO = 10
"""Whole numbers up to this may be written as words in one edition and as digits in another."""
COUNTABLE_KINDS = frozenset({EntityKind.NUMBER, EntityKind.ORDINAL})


def may_be_spelled_out(pair: Pair, diff: ValueDiff) -> bool:
    """False for a small whole number one side has and the other may have written as a word."""
    del pair
    if diff.status not in (Status.REMOVED, Status.ADDED):
        return True
    entity = (diff.reference or diff.translation).entity
    small = entity.value.isdigit() and int(entity.value) <= SPELLED_OUT_UP_TO
    return not (entity.kind in COUNTABLE_KINDS and small)


RULE = Rule(
    code="H101",
    name="number-mismatch",
    severity=Severity.ERROR,
    summary="A number, amount, percentage, range, ordinal, year or time differs between editions.",
    description=__doc__ or "",
    check=value_check(KINDS, "number", select=may_be_spelled_out),
)
