"""phone-mismatch — a telephone number differs between editions.

Numbers are compared in international form, however they are grouped.

Passes (en → bg): ``Call +359 2 971 04 00`` ↔ ``Обадете се на (+359) 2 9710400``.
Fails (en → bg): ``Call +359 2 971 04 00`` ↔ ``Обадете се на +359 2 971 04 01``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Rule
from .majority import value_check

RULE = Rule(
    code="H106",
    name="phone-mismatch",
    severity=Severity.ERROR,
    summary="A telephone number differs between editions.",
    description=__doc__ or "",
    check=value_check(frozenset({EntityKind.PHONE}), "phone number"),
)
