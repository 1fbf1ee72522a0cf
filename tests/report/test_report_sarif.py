"""SARIF 2.1.0: valid against the published OASIS schema, every rule described, results placed honestly."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from heroes_i18ncheck import __version__, check_files
from heroes_i18ncheck.model import Report, Severity
from heroes_i18ncheck.report.sarif import FINGERPRINT_KEY, artifact_uri, render
from heroes_i18ncheck.rules import RULES
from repo_paths import SAMPLES

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "report" / "sarif-schema-2.1.0.json"
URI_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
"""RFC 3986's unreserved, reserved and percent characters: nothing else may stand in a URI."""


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def sarif(report: Report) -> dict:
    return json.loads(render(report))


def all_uris(log: dict) -> list[str]:
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "uri":
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(log)
    return found


def test_the_vendored_schema_is_the_published_one() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert len(SCHEMA_FILE.read_text(encoding="utf-8")) == 112768, "the copy is whole (size of the oasis-tcs original)"


def test_every_report_is_valid_sarif(any_report: Report, validator: jsonschema.Draft4Validator) -> None:
    log = sarif(any_report)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        pytest.param(("runs", 0, "results", 0, "level"), "fatal", id="unknown-level"),
        pytest.param(("runs", 0, "results", 0, "locations", 0, "physicalLocation", "region", "startLine"), 0, id="line-zero"),
        pytest.param(("runs", 0, "invocations", 0, "executionSuccessful"), "yes", id="success-not-boolean"),
        pytest.param(("runs", 0, "tool", "driver", "rules", 0, "defaultConfiguration", "level"), "high", id="rule-level"),
    ],
)
def test_the_schema_catches_a_broken_log(text_report: Report, validator: jsonschema.Draft4Validator, path: tuple, bad: object) -> None:
    log = sarif(text_report)
    node = log
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = bad
    assert not validator.is_valid(log)


def test_a_real_check_is_valid_sarif(validator: jsonschema.Draft4Validator) -> None:
    report = check_files([str(SAMPLES / "heroes-02")])
    assert report.findings
    validator.validate(sarif(report))


def test_the_driver_names_the_tool_and_describes_every_rule(empty_report: Report) -> None:
    log = sarif(empty_report)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("heroes-i18ncheck", __version__)
    assert [r["id"] for r in driver["rules"]] == [r.code for r in RULES]
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for descriptor, rule in zip(driver["rules"], RULES):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.description
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]


@pytest.mark.parametrize(
    ("severity", "level"),
    [
        pytest.param(Severity.ERROR, "error", id="error-is-error"),
        pytest.param(Severity.WARNING, "warning", id="warning-is-warning"),
        pytest.param(Severity.INFO, "note", id="info-is-note"),
    ],
)
def test_result_level_follows_the_finding_not_the_rule(text_report: Report, severity: Severity, level: str) -> None:
    finding = text_report.findings[0]
    changed = Report(text_report.documents, text_report.reference, findings=(replace(finding, severity=severity),))
    assert sarif(changed)["runs"][0]["results"][0]["level"] == level


def test_a_text_result_points_at_the_line_and_relates_the_reference(text_report: Report) -> None:
    run = sarif(text_report)["runs"][0]
    result = run["results"][0]
    rules = run["tool"]["driver"]["rules"]
    assert result["ruleId"] == "H101" and rules[result["ruleIndex"]]["id"] == "H101"
    assert result["message"]["text"] == "number '24' in the reference is '25' here"
    physical = result["locations"][0]["physicalLocation"]
    assert physical == {"artifactLocation": {"uri": "news/bg.md"}, "region": {"startLine": 12}}
    related = result["relatedLocations"][0]["physicalLocation"]
    assert related == {"artifactLocation": {"uri": "news/en.md"}, "region": {"startLine": 12}}
    assert result["partialFingerprints"] == {FINGERPRINT_KEY: "0123456789abcdef"}


def test_a_pdf_result_has_no_made_up_line_but_names_its_page(pdf_report: Report) -> None:
    result = sarif(pdf_report)["runs"][0]["results"][0]
    location = result["locations"][0]
    assert location["physicalLocation"] == {"artifactLocation": {"uri": "issue/bg.pdf"}}
    assert location["logicalLocations"][0]["name"] == "page 3, block 7"
    assert location["properties"]["page"] == 3 and location["properties"]["value"] == "25"
    assert result["relatedLocations"][0]["properties"]["value"] == "24"


def test_a_missing_block_is_located_in_the_file_alone(pdf_report: Report) -> None:
    missing = next(r for r in sarif(pdf_report)["runs"][0]["results"] if r["ruleId"] == "H201")
    assert missing["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "issue/lt.pdf"}}
    assert "logicalLocations" not in missing["locations"][0]


def test_a_finding_without_a_translation_side_is_placed_in_the_reference(text_report: Report) -> None:
    """GitHub code scanning rejects a result with no location at all."""
    alone = replace(text_report.findings[0], translation=None)
    result = sarif(replace(text_report, findings=(alone,)))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/en.md"
    assert "relatedLocations" not in result


def test_a_finding_of_an_unregistered_rule_still_points_at_a_descriptor(text_report: Report) -> None:
    odd = replace(text_report.findings[0], code="H999", rule="future-rule")
    run = sarif(Report(text_report.documents, text_report.reference, findings=(odd,)))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == len(RULES) + 1
    assert rules[run["results"][0]["ruleIndex"]] == {
        "id": "H999", "name": "future-rule", "defaultConfiguration": {"level": "error"}
    }


def test_unreadable_inputs_are_notifications_of_a_failed_invocation(error_report: Report, pdf_report: Report) -> None:
    invocation = sarif(error_report)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error"] * 3
    assert notes[1]["message"]["text"] == "only/bg.pdf: encrypted PDF: cannot read it without the password"
    assert notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "only/bg.pdf"
    assert "locations" not in notes[0], "'-' is no file"
    assert sarif(pdf_report)["runs"][0]["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        pytest.param("bg.pdf", "bg.pdf", id="bare-name"),
        pytest.param("news/issue 2/bg.pdf", "news/issue%202/bg.pdf", id="space-encoded"),
        pytest.param("новини/бг.pdf", "%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/%D0%B1%D0%B3.pdf", id="non-ascii-utf8-encoded"),
        pytest.param("c:odd.pdf", "c%3Aodd.pdf", id="colon-cannot-read-as-scheme"),
        pytest.param("a#b?.pdf", "a%23b%3F.pdf", id="fragment-and-query-characters-encoded"),
        pytest.param("100%.pdf", "100%25.pdf", id="percent-encoded"),
        pytest.param("/srv/news/bg.pdf", "file:///srv/news/bg.pdf", id="absolute-is-file-uri"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_hostile_text_stays_valid_sarif_with_proper_uris(hostile_report: Report, validator: jsonschema.Draft4Validator) -> None:
    text = render(hostile_report)
    text.encode("utf-8")
    log = json.loads(text)
    validator.validate(log)
    for uri in all_uris(log):
        assert URI_CHARACTERS.fullmatch(uri), uri
        assert urlsplit(uri).scheme in ("", "file")
    assert "\r\n::error::" in log["runs"][0]["results"][1]["message"]["text"], "JSON escapes, it does not alter"
