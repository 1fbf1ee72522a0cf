"""The mutation harness of bench/quality.py, run small: planted errors are caught, the clean issue is quiet."""

from __future__ import annotations

import pytest

from repo_paths import load_bench

RECALL_BAR = 0.95


def _harness():
    return load_bench("quality")


@pytest.mark.slow
def test_every_kind_of_planted_error_is_caught_and_the_clean_issue_is_quiet() -> None:
    harness = _harness()
    result = harness.run(None, limit=1)
    assert result["variants"] >= 30
    recall = {kind: hit / count for kind, (hit, count) in result["counts"].items()}
    assert set(recall) == set(harness.EXPECTED_RULES)
    assert {k: r for k, r in recall.items() if r < RECALL_BAR} == {}
    assert result["false_findings"] == {"en": [], "bg": [], "lt": []}
