"""number-mismatch — a number, amount, percentage, range, ordinal, year or time differs.

Values are compared as numbers, not as text: ``4.99M €`` and ``4,99 млн. €``
are one amount, ``3–6`` and ``3 - 6`` one range, ``20th`` and ``20-та`` one ordinal.

Passes (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньори в 17 държави``.
Fails (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньори в 16 държави``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Rule
from .majority import value_check

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

RULE = Rule(
    code="H101",
    name="number-mismatch",
    severity=Severity.ERROR,
    summary="A number, amount, percentage, range, ordinal, year or time differs between editions.",
    description=__doc__ or "",
    check=value_check(KINDS, "number"),
)
