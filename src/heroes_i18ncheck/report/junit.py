"""JUnit XML: the test-report format CI servers show as a table (GitLab ``artifacts:reports:junit``, Jenkins, Azure).

One ``<testsuite>`` per translated edition and, in each, one ``<testcase>``
per rule of ``heroes_i18ncheck.rules.RULES``: it passes when the rule found
nothing in that edition and holds one ``<failure>`` listing every finding
when it did. Unreadable inputs form a last suite, one ``<testcase>`` with
an ``<error>`` each.

Whatever a PDF carries, the document stays well-formed XML 1.0: text goes
through ``safe_text.xml_text`` (no forbidden characters, no surrogates) and
ElementTree escapes markup, quotes and ``]]>``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from ..model import Finding, InputError, Report
from ..rules import RULES
from .safe_text import one_line, xml_text
from .text_format import location, shown_sides, snippet

SUITES_NAME = "heroes-i18ncheck"
ERRORS_SUITE = "unreadable inputs"


def _attribute(text: str) -> str:
    """An attribute value: one line, XML-legal."""
    return xml_text(one_line(text))


def _editions(report: Report) -> list[tuple[str, str]]:
    """``(path, language)`` of every edition compared with the reference, then of any only the findings name.

    Without a reference nothing was compared, so no edition gets a suite.
    """
    compared = report.documents if report.reference is not None else ()
    editions = {d.path: d.language for d in compared if d.path != report.reference}
    for finding in report.findings:
        side = finding.translation
        if side is not None and side.path not in editions:
            editions[side.path] = side.language
    return list(editions.items())


def _rule_names(findings: Iterable[Finding]) -> list[tuple[str, str]]:
    """``(code, name)`` of every registered rule, then of any rule only the findings name."""
    names = {r.code: r.name for r in RULES}
    for finding in findings:
        names.setdefault(finding.code, finding.rule)
    return list(names.items())


def _finding_details(finding: Finding) -> str:
    lines = [f"{finding.severity} {finding.code} {finding.rule}: {one_line(finding.message)}"]
    for side in shown_sides(finding):
        block = f" block {side.block}" if side.block is not None else ""
        lines.append(f"  {one_line(side.language)} {location(side)}{block}: {snippet(side, False)}")
    lines.append(f"  fingerprint {finding.fingerprint}")
    return "\n".join(lines)


def _failure(case: ET.Element, findings: list[Finding]) -> None:
    worst = max(findings, key=lambda f: f.severity)
    count = f"{len(findings)} findings: " if len(findings) > 1 else ""
    failure = ET.SubElement(case, "failure", message=_attribute(count + findings[0].message), type=str(worst.severity))
    failure.text = xml_text("\n\n".join(_finding_details(f) for f in findings))


def _edition_suite(
    path: str, language: str, reference: str | None, rules: list[tuple[str, str]], found_by: dict[tuple[str, str], list[Finding]]
) -> ET.Element:
    suite = ET.Element("testsuite", name=_attribute(f"{path} ({language})"))
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="language", value=_attribute(language))
    ET.SubElement(properties, "property", name="reference", value=_attribute(reference or ""))
    failures = 0
    for code, name in rules:
        case = ET.SubElement(suite, "testcase", classname=_attribute(path), name=_attribute(f"{code} {name}"))
        found = found_by.get((path, code))
        if found:
            failures += 1
            _failure(case, found)
    suite.set("tests", str(len(rules)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


def _errors_suite(errors: tuple[InputError, ...]) -> ET.Element:
    suite = ET.Element("testsuite", name=ERRORS_SUITE)
    for error in errors:
        case = ET.SubElement(suite, "testcase", classname="inputs", name=_attribute(error.path))
        element = ET.SubElement(case, "error", message=_attribute(error.message), type="unreadable-input")
        element.text = xml_text(f"{error.path}: {error.message}")
    suite.set("tests", str(len(errors)))
    suite.set("failures", "0")
    suite.set("errors", str(len(errors)))
    suite.set("skipped", "0")
    return suite


def junit_tree(report: Report) -> ET.Element:
    """The report as a ``<testsuites>`` element."""
    root = ET.Element("testsuites", name=SUITES_NAME)
    rules = _rule_names(report.findings)
    found_by: dict[tuple[str, str], list[Finding]] = {}
    for finding in report.findings:
        if finding.translation is not None:
            found_by.setdefault((finding.translation.path, finding.code), []).append(finding)
    for path, language in _editions(report):
        root.append(_edition_suite(path, language, report.reference, rules, found_by))
    if report.errors:
        root.append(_errors_suite(report.errors))
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(s.get(total, "0")) for s in root)))
    return root


def render(report: Report, color: bool = False) -> str:
    """Indented XML 1.0 text with its declaration; byte-identical for the same report."""
    del color
    root = junit_tree(report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
