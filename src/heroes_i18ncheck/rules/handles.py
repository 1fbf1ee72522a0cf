"""handle-mismatch — a social-media handle or hashtag differs between editions.

Passes (en → bg): ``Follow @heroes_fct and share #SaveFACE4Children`` ↔ ``Следвайте @heroes_fct и споделяйте #SaveFACE4Children``.
Fails (en → bg): ``Follow @heroes_fct`` ↔ ``Следвайте @heroes_ftc``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Rule
from .majority import value_check

RULE = Rule(
    code="H105",
    name="handle-mismatch",
    severity=Severity.ERROR,
    summary="A social-media handle or hashtag differs between editions.",
    description=__doc__ or "",
    check=value_check(frozenset({EntityKind.HANDLE, EntityKind.HASHTAG}), "handle"),
)
