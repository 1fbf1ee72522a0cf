"""SARIF 2.1.0: the format code-scanning services read (GitHub code scanning, Azure DevOps, IDE viewers).

One run; ``tool.driver.rules`` lists every rule of ``heroes_i18ncheck.rules.RULES``
(id = code, name = kebab name) so a viewer can show what each code checks.
Each finding is a result located in the translation, with the reference as
its related location and the finding's fingerprint as a partial
fingerprint, so an alert keeps its identity across runs.

SARIF has no notion of a page: a text edition gets ``region.startLine``;
a PDF gets no region (a line number would be a lie) and carries its page
and block in ``logicalLocations`` and ``properties`` instead. Unreadable
inputs are ``toolExecutionNotifications`` of the one invocation, which is
then not ``executionSuccessful``.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from .._version import __version__
from ..model import Document, Finding, InputError, Report, Severity, Side
from ..rules import RULES, Rule
from .safe_text import without_surrogates

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "heroesFingerprint/v1"
TOOL_NAME = "heroes-i18ncheck"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A file path as a SARIF URI: relative paths as relative references, absolute ones as ``file:`` URIs.

    Separators become ``/`` and everything outside RFC 3986 is percent-encoded
    (``:`` too, so a first segment never reads as a scheme).
    """
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description},
        "help": {"text": rule.description},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["translation", "i18n"]},
    }


def _unknown_rule_descriptor(finding: Finding) -> dict[str, Any]:
    """A descriptor for a finding whose rule is not registered, so its ``ruleIndex`` still points somewhere."""
    return {
        "id": finding.code,
        "name": finding.rule,
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def _side_properties(side: Side) -> dict[str, Any]:
    return {
        "language": side.language,
        "page": side.page,
        "block": side.block,
        "value": side.value,
        "normalized": side.normalized,
        "text": side.text,
    }


def _location(side: Side, message: str) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(side.path)}}
    if side.line is not None and side.line >= 1:
        physical["region"] = {"startLine": side.line}
    location: dict[str, Any] = {"physicalLocation": physical, "message": {"text": message}}
    if side.page is not None:
        name = f"page {side.page}" + (f", block {side.block}" if side.block is not None else "")
        location["logicalLocations"] = [
            {"name": name, "fullyQualifiedName": f"{side.path} {name}", "kind": "page"}
        ]
    location["properties"] = _side_properties(side)
    return location


def _side_message(side: Side) -> str:
    """``bg (page 3): 25``; ``lt (no counterpart)`` for a side with no text."""
    where = "no counterpart" if not side.text else f"page {side.page}" if side.page is not None else ""
    value = f": {side.value}" if side.value else ""
    return side.language + (f" ({where})" if where else "") + value


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
    }
    # Code scanning rejects a result without a location: a finding with no
    # translation side is placed in the reference instead.
    primary, related = finding.translation, finding.reference
    if primary is None:
        primary, related = related, None
    if primary is not None:
        result["locations"] = [_location(primary, _side_message(primary))]
    if related is not None:
        result["relatedLocations"] = [{"id": 1, **_location(related, "reference " + _side_message(related))}]
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    result["properties"] = {"rule": finding.rule, "severity": str(finding.severity)}
    if finding.change:
        result["properties"]["change"] = finding.change
    return result


def _notification(text: str, level: str, path: str | None) -> dict[str, Any]:
    notification: dict[str, Any] = {"level": level, "message": {"text": text}}
    if path and path != "-":
        notification["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}]
    return notification


def _notifications(errors: tuple[InputError, ...], documents: tuple[Document, ...]) -> list[dict[str, Any]]:
    notes = [_notification(f"{e.path}: {e.message}", "error", e.path) for e in errors]
    notes += [_notification(f"{d.path}: {w}", "warning", d.path) for d in documents for w in d.warnings]
    return notes


def sarif_log(report: Report) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (plain data, ready for ``json.dumps``)."""
    descriptors = [_rule_descriptor(r) for r in RULES]
    index = {r.code: i for i, r in enumerate(RULES)}
    results = []
    for finding in report.findings:
        if finding.code not in index:
            index[finding.code] = len(descriptors)
            descriptors.append(_unknown_rule_descriptor(finding))
        results.append(_result(finding, index[finding.code]))
    run: dict[str, Any] = {
        "tool": {"driver": {"name": TOOL_NAME, "version": __version__, "rules": descriptors}},
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": _notifications(report.errors, report.documents),
            }
        ],
        "results": results,
        "properties": {
            "reference": report.reference,
            "editions": [{"path": d.path, "language": d.language, "pages": d.pages} for d in report.documents],
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, color: bool = False) -> str:
    """Indented UTF-8 SARIF JSON; byte-identical for the same report."""
    del color
    return without_surrogates(json.dumps(sarif_log(report), ensure_ascii=False, indent=2)) + "\n"
