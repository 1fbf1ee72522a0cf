"""Entity cases as data: ``tests/data/entities/cases.tsv``, one text per line and every entity it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from heroes_i18ncheck.entities import extract_entities

CASES = Path(__file__).resolve().parents[1] / "data" / "entities" / "cases.tsv"


def _cases() -> list[pytest.param]:
    cases = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        case_id, language, text, expected = line.split("\t")
        wanted = [] if expected == "-" else [tuple(item.split("=", 1)) for item in expected.split(" | ")]
        cases.append(pytest.param(language, text.replace("\\n", "\n"), wanted, id=case_id))
    return cases


@pytest.mark.parametrize(("language", "text", "expected"), _cases())
def test_entity_case(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(str(e.kind), e.value) for e in extract_entities(text, language)]
    assert found == expected


def test_case_ids_are_unique() -> None:
    ids = [p.id for p in _cases()]
    assert len(ids) == len(set(ids))
