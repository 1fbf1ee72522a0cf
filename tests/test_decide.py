"""Deciding what to report: rule selection, severity overrides, ignored and allowed values, baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heroes_i18ncheck.config import Allowance, Config, parse_config
from heroes_i18ncheck.decide import active_rules, baseline_text, decide, read_baseline
from heroes_i18ncheck.errors import ConfigError
from heroes_i18ncheck.model import Finding, Severity, Side
from heroes_i18ncheck.rules import RULES


def side(path: str, language: str, value: str, normalized: str | None = None) -> Side:
    return Side(path, language, 1, 0, f"text {value}", value, normalized if normalized is not None else value)


def make(rule: str, ref: str, tr: str, language: str = "bg", fingerprint: str = "f1") -> Finding:
    return Finding(rule, "H000", Severity.ERROR, f"{ref} vs {tr}", side("en.pdf", "en", ref), side(f"{language}.pdf", language, tr), fingerprint)


LINK = make("url-mismatch", "https://youtu.be/mOtHKugIsU0", "https://youtu.be/V3Ll3BYzzwY")
NUMBER = make("number-mismatch", "2023", "2024", fingerprint="f2")


def test_active_rules_enable_then_disable() -> None:
    assert active_rules(Config()) == RULES
    chosen = active_rules(parse_config({"enable": ["number-mismatch", "url-mismatch"], "disable": ["url-mismatch"]}))
    assert [r.name for r in chosen] == ["number-mismatch"]


def test_severity_override() -> None:
    (kept,) = decide([NUMBER], parse_config({"severity": {"number-mismatch": "info"}}))
    assert kept.severity is Severity.INFO


@pytest.mark.parametrize(
    ("ignore", "dropped"),
    [(["2023"], True), (["re:^20\\d\\d$"], True), (["202"], False), (["re:^19\\d\\d$"], False)],
    ids=["literal", "regex", "literal-is-whole-value", "regex-no-match"],
)
def test_ignore_values(ignore: list[str], dropped: bool) -> None:
    kept = decide([NUMBER], parse_config({"ignore-values": ignore}))
    assert (kept == []) is dropped


@pytest.mark.parametrize(
    ("pattern", "dropped"),
    [
        (r"re:^https://youtu\.be/", True),
        (r"re:youtu\.be", True),
        (r"re:^youtu\.be", False),
        (r"re:V3Ll3BYzzwY$", True),
        (r"re:^https://example\.org/", False),
    ],
    ids=["prefix-as-the-readme-writes-it", "unanchored-is-found-anywhere", "caret-anchors-at-the-start", "dollar-anchors-at-the-end", "other-prefix"],
)
def test_ignore_values_regex_is_a_search_whose_anchors_mean_what_they_say(pattern: str, dropped: bool) -> None:
    assert (decide([LINK], parse_config({"ignore-values": [pattern]})) == []) is dropped


@pytest.mark.parametrize(
    ("allowance", "allowed"),
    [
        (Allowance("url-mismatch", LINK.reference.value, LINK.translation.value), True),
        (Allowance("url-mismatch", LINK.reference.value, LINK.translation.value, "bg"), True),
        (Allowance("url-mismatch", LINK.reference.value, LINK.translation.value, "lt"), False),
        (Allowance("url-mismatch", LINK.translation.value, LINK.reference.value), False),
        (Allowance("number-mismatch", LINK.reference.value, LINK.translation.value), False),
    ],
    ids=["exact", "same-language", "other-language", "swapped-sides", "other-rule"],
)
def test_allowed_differences(allowance: Allowance, allowed: bool) -> None:
    kept = decide([LINK], Config(allow=(allowance,)))
    assert (kept == []) is allowed


def test_baseline_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(baseline_text([LINK]), encoding="utf-8")
    accepted = read_baseline(str(path))
    assert accepted == frozenset({"f1"})
    assert decide([LINK, NUMBER], Config(), accepted) == [NUMBER]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such baseline file"), ("{", "not a baseline file"), ('{"version": 9, "findings": []}', "expected version 1"),
     ('{"version": 1, "findings": [{"fingerprint": 3}]}', "string fingerprint")],
    ids=["missing", "not-json", "wrong-version", "bad-entry"],
)
def test_bad_baseline_is_a_config_error(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_baseline(str(path))


def test_baseline_text_is_sorted_and_readable() -> None:
    data = json.loads(baseline_text([NUMBER, LINK]))
    assert [e["fingerprint"] for e in data["findings"]] == ["f1", "f2"]
    assert data["findings"][0]["rule"] == "url-mismatch"
