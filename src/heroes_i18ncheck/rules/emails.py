"""email-mismatch — an e-mail address differs between a block and its translation.

Addresses are compared case-insensitively.

Passes (en → bg): ``heroes@ucm.es`` ↔ ``Heroes@UCM.es``.
Fails (en → bg): ``javierv@ucm.es`` ↔ ``javier@ucm.es``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import EntityKind, Finding, Severity
from .base import Pair, Rule
from .entity_values import value_mismatches

KINDS = frozenset({EntityKind.EMAIL})


def check(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """E-mail addresses changed, dropped or added in a translated block."""
    return value_mismatches(rule, pair, KINDS, "e-mail")


RULE = Rule(
    code="H104",
    name="email-mismatch",
    severity=Severity.ERROR,
    summary="An e-mail address differs between a block and its translation.",
    description=__doc__ or "",
    check=check,
)
