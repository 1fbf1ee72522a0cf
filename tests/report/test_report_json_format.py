"""The JSON report keeps the DESIGN.md contract, is byte-identical for the same inputs, and survives any text."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from heroes_i18ncheck.model import Report
from heroes_i18ncheck.report.json_format import render
from repo_paths import SAMPLES

CONTRACT_TOP = {"version", "documents", "findings", "errors", "summary"}
CONTRACT_FINDING = {"rule", "code", "severity", "message", "fingerprint", "reference", "translation"}
CONTRACT_SIDE = {"path", "page", "block", "text", "value", "normalized"}

RENDER_SAMPLE = (
    "import sys; from heroes_i18ncheck import check_files; "
    "from heroes_i18ncheck.report.json_format import render; "
    "sys.stdout.buffer.write(render(check_files([sys.argv[1]])).encode('utf-8'))"
)


def test_the_contract_keys_are_all_there(pdf_report: Report) -> None:
    record = json.loads(render(pdf_report))
    assert CONTRACT_TOP <= record.keys()
    assert record["version"] == 1
    assert len(record["findings"]) == len(pdf_report.findings)
    for finding in record["findings"]:
        assert CONTRACT_FINDING <= finding.keys()
        assert finding["severity"] in {"error", "warning", "info"}
        for side in (finding["reference"], finding["translation"]):
            assert CONTRACT_SIDE <= side.keys()


def test_findings_carry_both_sides_values_and_places(pdf_report: Report) -> None:
    first = json.loads(render(pdf_report))["findings"][0]
    assert (first["rule"], first["code"], first["severity"]) == ("number-mismatch", "H101", "error")
    expected = {"path": "issue/en.pdf", "page": 3, "block": 7, "value": "24", "normalized": "24"}
    assert {key: first["reference"][key] for key in expected} == expected
    assert first["translation"]["value"] == "25"
    assert first["translation"]["bbox"] == [72.0, 500.0, 300.0, 520.0]


def test_errors_and_summary(error_report: Report, pdf_report: Report) -> None:
    errors = json.loads(render(error_report))
    assert errors["errors"][1] == {"path": "only/bg.pdf", "message": "encrypted PDF: cannot read it without the password"}
    assert errors["summary"]["errors"] == 3
    summary = json.loads(render(pdf_report))["summary"]
    assert summary["findings"] == 4
    assert summary["by_severity"] == {"error": 3, "warning": 1, "info": 0}


def test_hostile_text_stays_valid_json_and_round_trips(hostile_report: Report) -> None:
    text = render(hostile_report)
    text.encode("utf-8")  # no lone surrogate survived
    record = json.loads(text)
    message = record["findings"][1]["message"]
    assert "\x1b[31m" in message and "]]>" in message and "\r\n::error::" in message, "JSON escapes, it does not alter"
    assert "\ud800" not in message and "\ufffd" in message
    assert record["findings"][0]["translation"]["bbox"] is None, "NaN is not JSON: the box is dropped"
    assert "\x1b" not in text and "\x00" not in text, "control characters are written as \\u escapes"


def test_same_report_gives_the_same_bytes(any_report: Report) -> None:
    assert render(any_report) == render(any_report)


def test_same_inputs_give_byte_identical_output_across_processes() -> None:
    """Two fresh interpreters with different hash seeds: set or dict order cannot leak into the output."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", RENDER_SAMPLE, str(SAMPLES / "heroes-02")],
            env=env, capture_output=True, check=True, timeout=120,
        )
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["findings"], "the sample issue has findings to order"
