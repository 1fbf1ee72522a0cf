"""JUnit XML: a suite per edition, a case per rule, failures with details, errors for unreadable inputs, always well-formed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from junitparser import Error, Failure, JUnitXml

from heroes_i18ncheck import check_files
from heroes_i18ncheck.model import Report
from heroes_i18ncheck.report.junit import render
from heroes_i18ncheck.rules import RULES
from repo_paths import SAMPLES


def parse(report: Report) -> JUnitXml:
    return JUnitXml.fromstring(render(report))


def suites(report: Report) -> dict[str, object]:
    return {suite.name: suite for suite in parse(report)}


def cases(suite) -> dict[str, object]:
    return {case.name: case for case in suite}


def test_one_suite_per_translated_edition_one_case_per_rule(pdf_report: Report) -> None:
    xml = parse(pdf_report)
    by_name = {s.name: s for s in xml}
    assert list(by_name) == ["issue/bg.pdf (bg)", "issue/lt.pdf (lt)"]
    for suite in by_name.values():
        assert suite.tests == len(RULES)
        assert [c.name for c in suite] == [f"{r.code} {r.name}" for r in RULES]
    assert (by_name["issue/bg.pdf (bg)"].failures, by_name["issue/lt.pdf (lt)"].failures) == (2, 2)
    assert (xml.tests, xml.failures, xml.errors) == (2 * len(RULES), 4, 0)


def test_a_rule_with_findings_fails_with_their_details(pdf_report: Report) -> None:
    bg = cases(suites(pdf_report)["issue/bg.pdf (bg)"])
    failing = bg["H101 number-mismatch"]
    [failure] = failing.result
    assert isinstance(failure, Failure)
    assert failure.type == "error"
    assert failure.message == "number '24' in the reference is '25' here"
    assert "bg issue/bg.pdf:p3 block 7: Проектът има »25« партньори в 17 държави." in failure.text
    assert "en issue/en.pdf:p3 block 7: The project has »24« partners in 17 countries." in failure.text
    assert "fingerprint 0123456789abcdef" in failure.text
    passing = [c for name, c in bg.items() if name not in ("H101 number-mismatch", "H103 url-mismatch")]
    assert all(c.is_passed for c in passing)


def test_several_findings_of_one_rule_make_one_failure_of_the_worst_severity(pdf_report: Report) -> None:
    first = pdf_report.findings[0]
    second = replace(first, severity=first.severity.WARNING, message="number '17' in the reference is '16' here", fingerprint="f" * 16)
    report = replace(pdf_report, findings=(replace(first, severity=first.severity.INFO), second))
    [failure] = cases(suites(report)["issue/bg.pdf (bg)"])["H101 number-mismatch"].result
    assert failure.type == "warning"
    assert failure.message.startswith("2 findings: ")
    assert "'24'" in failure.text and "'17'" in failure.text


def test_unreadable_inputs_are_errors_and_no_edition_is_claimed_checked(error_report: Report) -> None:
    xml = parse(error_report)
    assert [s.name for s in xml] == ["unreadable inputs"], "without a reference nothing was compared"
    [suite] = list(xml)
    assert (suite.tests, suite.errors, xml.errors) == (3, 3, 3)
    bg = cases(suite)["only/bg.pdf"]
    [error] = bg.result
    assert isinstance(error, Error)
    assert error.message == "encrypted PDF: cannot read it without the password"


def test_findings_blaming_the_reference_get_its_suite(pdf_report: Report) -> None:
    """With majority voting the reference itself can be the odd one out."""
    odd = pdf_report.findings[0]
    blamed = replace(odd, translation=odd.reference, reference=odd.translation)
    names = [s.name for s in parse(replace(pdf_report, findings=(blamed,)))]
    assert names == ["issue/bg.pdf (bg)", "issue/lt.pdf (lt)", "issue/en.pdf (en)"]


def test_a_clean_issue_passes_every_case(empty_report: Report) -> None:
    xml = parse(empty_report)
    assert (xml.tests, xml.failures, xml.errors) == (len(RULES), 0, 0)


def test_hostile_text_stays_well_formed_and_round_trips(hostile_report: Report) -> None:
    text = render(hostile_report)
    text.encode("utf-8")
    root = ET.fromstring(text.encode("utf-8"))  # expat: strict XML 1.0
    assert root.find(".//script") is None, "markup from the PDF stayed text"
    failure_texts = [f.text for f in root.iter("failure")]
    assert any("]]>" in t and "<script>alert(1)</script>" in t and "\"dq\" 'sq' &" in t for t in failure_texts)
    names = [c.get("name") for c in root.iter("testcase")]
    assert "broken ::error::x.pdf" in names, "a line break in a name became a space"
    xml = JUnitXml.fromstring(text)
    assert (xml.tests, xml.failures, xml.errors) == (len(RULES) + 1, 2, 1)


def test_the_sample_issue_fails_exactly_the_rules_that_found_something() -> None:
    report = check_files([str(SAMPLES / "heroes-02")])
    assert report.findings
    failed = {(s.name, c.name) for s in parse(report) for c in s if not c.is_passed}
    expected = {
        (f"{f.translation.path} ({f.translation.language})", f"{f.code} {f.rule}") for f in report.findings
    }
    assert failed == expected


def test_output_is_deterministic(any_report: Report) -> None:
    assert render(any_report) == render(any_report)
    assert render(any_report).startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
