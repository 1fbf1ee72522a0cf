"""email-mismatch — an e-mail address differs between editions.

Addresses are compared case-insensitively.

Passes (en → bg): ``Write to heroes@ucm.es`` ↔ ``Пишете на Heroes@UCM.es``.
Fails (en → bg): ``Write to javierv@ucm.es`` ↔ ``Пишете на javier@ucm.es``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Rule
from .majority import value_check

RULE = Rule(
    code="H104",
    name="email-mismatch",
    severity=Severity.ERROR,
    summary="An e-mail address differs between editions.",
    description=__doc__ or "",
    check=value_check(frozenset({EntityKind.EMAIL}), "e-mail"),
)
