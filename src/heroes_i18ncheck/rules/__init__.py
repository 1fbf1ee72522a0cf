"""Rules stage: a ``Comparison`` of aligned editions → findings. ``RULES`` is the one list of rules."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from ..errors import ConfigError
from ..model import Finding
from . import (
    acronyms,
    blocks,
    contents_pages,
    dates,
    editions,
    emails,
    handles,
    identifiers,
    language,
    links,
    lookalikes,
    numbers,
    phones,
    untranslated,
    versions,
)
from .base import Comparison, Edition, Pair, Rule

__all__ = ["RULES", "Comparison", "Edition", "Pair", "Rule", "rule_by_name", "run_rules"]

RULES: tuple[Rule, ...] = (
    numbers.RULE,
    dates.RULE,
    links.URL_MISMATCH,
    emails.RULE,
    handles.RULE,
    phones.RULE,
    identifiers.RULE,
    acronyms.RULE,
    lookalikes.RULE,
    links.LOCALIZED_LINK,
    blocks.MISSING,
    blocks.EXTRA,
    editions.RULE,
    versions.RULE,
    contents_pages.RULE,
    untranslated.RULE,
    language.RULE,
)

_BY_NAME = {r.name: r for r in RULES} | {r.code: r for r in RULES}


def rule_by_name(name: str) -> Rule:
    """The rule called ``name`` (kebab-case name or code); an unknown one is a ``ConfigError``."""
    try:
        return _BY_NAME[name]
    except KeyError:
        close = difflib.get_close_matches(name, sorted(r.name for r in RULES), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ConfigError(f"unknown rule {name!r} ({hint}see 'heroes-i18ncheck rules')") from None


def run_rules(comparison: Comparison, rules: Iterable[Rule] = RULES) -> Iterator[Finding]:
    """Every finding of every rule on one comparison."""
    for rule in rules:
        yield from rule.run(comparison)
