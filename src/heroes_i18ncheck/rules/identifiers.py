"""identifier-mismatch — a grant, call, contract, work-package or task code differs.

Identifiers are compared with their separators normalized, so extraction
spaces (``SU- FCT01- 2018-2019-2020``) and the local word for *task* or *No*
(``Задача 5.6``, ``5.6 uždaviniui``, ``№ 101021801``, ``Nr. 101021801``) do not matter.

Passes (en → bg): ``grant agreement No 101021801`` ↔ ``споразумение за безвъзмездна помощ № 101021801``.
Fails (en → bg): ``grant agreement No 101021801`` ↔ ``споразумение за безвъзмездна помощ № 101021810``.
"""

from __future__ import annotations

from ..model import EntityKind, Severity
from .base import Rule
from .majority import value_check

RULE = Rule(
    code="H107",
    name="identifier-mismatch",
    severity=Severity.ERROR,
    summary="A grant, call, contract, work-package or task identifier differs between editions.",
    description=__doc__ or "",
    check=value_check(frozenset({EntityKind.IDENTIFIER}), "identifier"),
)
