"""Rule cases kept as data beside the rules' docstring examples: these texts → these findings, or none.

One TOML file per rule family in ``tests/data/rules``: the rules it runs (``rules``), then cases, each with
a ``name``, a ``why``, a ``reference`` and a ``translation`` as ``[language, block text, ...]`` aligned block
for block, and the ``findings`` the rules give, in order: rule, change and the value of each side ("" where
a side states none). A case's own ``rules`` replace the file's.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from factories import comparison, edition
from heroes_i18ncheck.model import Finding
from heroes_i18ncheck.rules import RULES, rule_by_name
from repo_paths import REPO

CASE_FILES = sorted((REPO / "tests" / "data" / "rules").glob("*.toml"))
FINDING_KEYS = {"rule", "change", "reference", "translation"}
CHANGES = {"changed", "removed", "added"}


def _families() -> list[tuple[Path, dict[str, Any]]]:
    return [(path, tomllib.loads(path.read_text(encoding="utf-8"))) for path in CASE_FILES]


def _cases() -> list[Any]:
    return [
        pytest.param(case.get("rules", family["rules"]), case, id=f"{path.stem}/{case['name']}")
        for path, family in _families()
        for case in family["case"]
    ]


def _seen(found: Finding) -> dict[str, str]:
    return {
        "rule": found.rule,
        "change": found.change,
        "reference": found.reference.value if found.reference else "",
        "translation": found.translation.value if found.translation else "",
    }


@pytest.mark.parametrize(("rules", "case"), _cases())
def test_rule_case_gives_its_findings(rules: list[str], case: dict[str, Any]) -> None:
    (ref_lang, *ref_texts), (tr_lang, *tr_texts) = case["reference"], case["translation"]
    compared = comparison(edition(ref_lang, ref_lang, *ref_texts), edition(tr_lang, tr_lang, *tr_texts))
    found = [_seen(f) for name in rules for f in rule_by_name(name).run(compared)]
    assert found == case["findings"], case["why"]


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_every_case_file_is_well_formed(path: Path) -> None:
    family = tomllib.loads(path.read_text(encoding="utf-8"))
    known = {rule.name for rule in RULES}
    assert set(family) == {"rules", "case"} and family["case"], "a family names its rules and holds cases"
    names = [case["name"] for case in family["case"]]
    assert len(set(names)) == len(names), "case names are unique in a family"
    for case in family["case"]:
        rules = case.get("rules", family["rules"])
        assert set(case) <= {"name", "why", "rules", "reference", "translation", "findings"}, case["name"]
        assert case["why"].strip(), f"{case['name']}: say why"
        assert rules and set(rules) <= known, f"{case['name']}: unknown rule in {rules}"
        assert len(case["reference"]) >= 2 and len(case["translation"]) >= 2, f"{case['name']}: a language and a text"
        for expected in case["findings"]:
            assert set(expected) == FINDING_KEYS, f"{case['name']}: a finding is {sorted(FINDING_KEYS)}"
            assert expected["rule"] in rules and expected["change"] in CHANGES, case["name"]


def test_the_case_files_are_found() -> None:
    assert {p.name for p in CASE_FILES} >= {"local-forms.toml", "values.toml"}

