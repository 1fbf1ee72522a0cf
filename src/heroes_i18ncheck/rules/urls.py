"""url-mismatch — a link differs between a block and its translation.

Links are compared with the scheme and host lower-cased and a trailing slash dropped.

Passes (en → bg): ``Visit https://heroes-fct.eu today`` ↔ ``Посетете HTTPS://Heroes-FCT.eu/ днес``.
Fails (en → bg): ``https://youtu.be/V3Ll3BYzzwY`` ↔ ``https://youtu.be/tk5epWlpf5U``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import EntityKind, Finding, Severity
from .base import Pair, Rule
from .entity_values import value_mismatches

KINDS = frozenset({EntityKind.URL})


def check(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """Links changed, dropped or added in a translated block."""
    return value_mismatches(rule, pair, KINDS, "link")


RULE = Rule(
    code="H103",
    name="url-mismatch",
    severity=Severity.ERROR,
    summary="A link differs between a block and its translation.",
    description=__doc__ or "",
    check=check,
)
