"""Rules stage: aligned pairs → findings. The registry below is the one list of rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import ConfigError
from ..model import Finding
from . import blocks, emails, numbers, urls
from .base import Pair, Rule

__all__ = ["RULES", "Pair", "Rule", "rule_by_name", "run_rules"]

RULES: tuple[Rule, ...] = (
    numbers.RULE,
    urls.RULE,
    emails.RULE,
    blocks.MISSING,
    blocks.EXTRA,
)

_BY_NAME = {r.name: r for r in RULES} | {r.code: r for r in RULES}


def rule_by_name(name: str) -> Rule:
    """The rule called ``name`` (kebab-case name or code); an unknown one is a ``ConfigError``."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ConfigError(f"unknown rule {name!r} (see 'heroes-i18ncheck rules')") from None


def run_rules(pair: Pair, rules: Iterable[Rule] = RULES) -> Iterator[Finding]:
    """Every finding of every rule on one aligned pair."""
    for rule in rules:
        yield from rule.run(pair)
