"""Every rule documents a passing and a failing example, and both behave as documented.

Cases beyond these examples are data beside them: ``tests/data/rules``, run by ``test_rules_cases.py``.
"""

from __future__ import annotations

import pytest
import regex

from heroes_i18ncheck import check_texts
from heroes_i18ncheck.rules import RULES, Rule

EXAMPLE = regex.compile(r"^(Passes|Fails) \((\w+) → (\w+)\): ``(.+?)`` ↔ ``(.*?)``\.?$", regex.MULTILINE)


def examples(rule: Rule) -> list[tuple[str, str, str, str, str]]:
    return [m.groups() for m in EXAMPLE.finditer(rule.description)]


CASES = [
    pytest.param(rule, verdict, ref_lang, tr_lang, ref, tr, id=f"{rule.name}-{verdict.lower()}-{i}")
    for rule in RULES
    for i, (verdict, ref_lang, tr_lang, ref, tr) in enumerate(examples(rule))
]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_documents_both_verdicts(rule: Rule) -> None:
    verdicts = {verdict for verdict, *_ in examples(rule)}
    assert verdicts == {"Passes", "Fails"}, f"{rule.name} needs a 'Passes' and a 'Fails' example"


@pytest.mark.parametrize(("rule", "verdict", "ref_lang", "tr_lang", "ref", "tr"), CASES)
def test_documented_example_behaves(rule: Rule, verdict: str, ref_lang: str, tr_lang: str, ref: str, tr: str) -> None:
    def blocks(text: str) -> str:
        """``¶`` separates blocks, ``␌`` (the symbol for a form feed) starts a new page."""
        return "\n\n".join(part.strip() for part in text.split("¶")).replace("␌", "\f")

    report = check_texts({ref_lang: blocks(ref), tr_lang: blocks(tr)}, reference=ref_lang)
    fired = [f for f in report.findings if f.rule == rule.name]
    if verdict == "Passes":
        assert fired == []
    else:
        assert fired, f"{rule.name} stayed quiet on its own failing example"


def test_rule_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    assert all(regex.fullmatch(r"H\d{3}", c) for c in codes)
    assert all(regex.fullmatch(r"[a-z]+(?:-[a-z]+)*", n) for n in names)
