"""number-mismatch — a number differs between a block and its translation.

Numbers are compared by value, not by how they are written.

Passes (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньора в 17 държави``.
Fails (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньора в 16 държави``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import EntityKind, Finding, Severity
from .base import Pair, Rule
from .entity_values import value_mismatches

KINDS = frozenset({EntityKind.NUMBER})


def check(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """Numbers changed, dropped or added in a translated block."""
    return value_mismatches(rule, pair, KINDS, "number")


RULE = Rule(
    code="H101",
    name="number-mismatch",
    severity=Severity.ERROR,
    summary="A number differs between a block and its translation.",
    description=__doc__ or "",
    check=check,
)
