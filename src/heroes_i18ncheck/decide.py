"""Decide what to report: the one place where configuration and the baseline act on findings.

Rules detect and formatters render; this module only selects and re-grades.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import regex

from .config import Allowance, Config
from .errors import ConfigError
from .model import Finding, Side
from .rules import RULES, Rule

BASELINE_VERSION = 1


def active_rules(config: Config) -> tuple[Rule, ...]:
    """The rules a run executes: ``enable`` (default all) minus ``disable``, in registry order."""
    enabled = set(config.enable) if config.enable is not None else {r.name for r in RULES}
    return tuple(r for r in RULES if r.name in enabled and r.name not in config.disable)


def decide(findings: Iterable[Finding], config: Config, baseline: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings after severity overrides, ignored values, allowed differences and the baseline."""
    overrides = dict(config.severity)
    ignored = _value_matchers(config.ignore_values)
    kept = []
    for finding in findings:
        if finding.fingerprint in baseline:
            continue
        if _values(finding) and any(matches(value) for value in _values(finding) for matches in ignored):
            continue
        if any(_allowed(finding, allowance) for allowance in config.allow):
            continue
        if finding.rule in overrides:
            finding = replace(finding, severity=overrides[finding.rule])
        kept.append(finding)
    return kept


def _values(finding: Finding) -> list[str]:
    return [v for side in (finding.reference, finding.translation) if side for v in (side.value, side.normalized) if v]


def _value_matchers(patterns: Sequence[str]) -> list[Callable[[str], object]]:
    matchers: list[Callable[[str], object]] = []
    for pattern in patterns:
        if pattern.startswith("re:"):
            matchers.append(regex.compile(pattern[3:]).search)  # anchors mean what they say: ^ and $
        else:
            matchers.append(pattern.__eq__)
    return matchers


def _side_matches(side: Side | None, wanted: str) -> bool:
    if side is None:
        return wanted == ""
    return wanted in (side.value, side.normalized) or (wanted == "" and not side.value)


def _allowed(finding: Finding, allowance: Allowance) -> bool:
    if finding.rule != allowance.rule:
        return False
    if allowance.language and (finding.translation is None or finding.translation.language != allowance.language):
        return False
    return _side_matches(finding.reference, allowance.reference) and _side_matches(
        finding.translation, allowance.translation
    )


def read_baseline(path: str) -> frozenset[str]:
    """The fingerprints a baseline file accepts; a missing or malformed file is a ``ConfigError``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (create one with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a baseline file ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a baseline file (expected version {BASELINE_VERSION} with a findings list)")
    fingerprints = [item.get("fingerprint") for item in data["findings"] if isinstance(item, dict)]
    strings = [f for f in fingerprints if isinstance(f, str)]
    if len(strings) < len(fingerprints):
        raise ConfigError(f"{path}: baseline entries need a string fingerprint")
    return frozenset(strings)


def baseline_text(findings: Iterable[Finding]) -> str:
    """A baseline accepting ``findings``: fingerprints, with rule and message for the reader."""
    entries = sorted(
        {(f.fingerprint, f.rule, f.translation.path if f.translation else "", f.message) for f in findings}
    )
    records = [{"fingerprint": fp, "rule": rule, "path": path, "message": msg} for fp, rule, path, msg in entries]
    return json.dumps({"version": BASELINE_VERSION, "findings": records}, ensure_ascii=False, indent=2) + "\n"
