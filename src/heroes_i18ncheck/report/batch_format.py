"""A batch of issues in every format: each issue's own report, then a summary of every issue.

Each format keeps the shape its readers expect: one JSON document, one SARIF log
with a run per issue, one JUnit ``<testsuites>``, one stream of workflow commands,
one HTML page (each issue's report in a sandboxed frame of its own).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any

from ..model import BatchReport, IssueReport
from . import github, html, json_format, junit, sarif, text_format
from .html_text import escape
from .safe_text import one_line, without_surrogates, xml_text

BATCH_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'"
"""The summary page loads nothing; each issue's frame keeps its own report's policy."""


def issue_summary(issue: IssueReport) -> str:
    """One line for an issue: its counts, or why it was not checked."""
    if issue.report is None:
        return f"could not be checked: {issue.error}"
    return text_format.summary(issue.report)


def totals(batch: BatchReport) -> dict[str, Any]:
    """Counts over the whole batch, for a pipeline to gate on."""
    findings = [f for issue in batch.issues if issue.report for f in issue.report.findings]
    by_severity = Counter(str(f.severity) for f in findings)
    return {
        "issues": len(batch.issues),
        "issues_with_findings": sum(1 for i in batch.issues if i.report and i.report.findings),
        "issues_not_checked": sum(1 for i in batch.issues if i.report is None),
        "findings": len(findings),
        "errors": sum(len(i.report.errors) for i in batch.issues if i.report),
        "by_severity": {s: by_severity.get(s, 0) for s in ("error", "warning", "info")},
    }


def _summary_lines(batch: BatchReport) -> list[str]:
    width = max((len(one_line(i.folder)) for i in batch.issues), default=0)
    lines = [f"  {one_line(i.folder):<{width}}  {one_line(issue_summary(i))}" for i in batch.issues]
    t = totals(batch)
    lines.append(
        f"{t['issues']} issue(s) under {one_line(batch.root)}: {t['issues_with_findings']} with findings, "
        f"{t['issues_not_checked']} not checked; {t['findings']} finding(s) in all"
    )
    return lines


def render_text(batch: BatchReport, color: bool = False) -> str:
    """Each issue's text report under its folder's name, then one line per issue and the totals."""
    parts = []
    for issue in batch.issues:
        parts.append(f"=== {one_line(issue.folder)} ===\n")
        parts.append(text_format.render(issue.report, color) if issue.report else f"{one_line(issue_summary(issue))}\n")
    parts.append("summary:\n" + "\n".join(_summary_lines(batch)) + "\n")
    return "".join(parts)


def render_json(batch: BatchReport, color: bool = False) -> str:
    """``{"version", "root", "issues": [{"folder", "error", "report"}], "summary"}``; each report as ``check`` writes it."""
    del color
    record = {
        "version": json_format.VERSION,
        "root": batch.root,
        "issues": [
            {
                "folder": issue.folder,
                "error": issue.error,
                "report": json_format.report_record(issue.report) if issue.report else None,
            }
            for issue in batch.issues
        ],
        "summary": totals(batch),
    }
    return without_surrogates(json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


def render_sarif(batch: BatchReport, color: bool = False) -> str:
    """One SARIF log, a run per checked issue (its folder in the run's properties)."""
    del color
    runs = []
    for issue in batch.issues:
        if issue.report is None:
            continue
        (run,) = sarif.sarif_log(issue.report)["runs"]
        run["properties"]["issue"] = issue.folder
        runs.append(run)
    log = {"$schema": sarif.SCHEMA_URI, "version": "2.1.0", "runs": runs}
    return without_surrogates(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"


def render_junit(batch: BatchReport, color: bool = False) -> str:
    """One ``<testsuites>``: every issue's suites, named after their issue; an issue not checked is an error."""
    del color
    root = ET.Element("testsuites", name=junit.SUITES_NAME)
    for issue in batch.issues:
        if issue.report is None:
            suite = ET.SubElement(root, "testsuite", name=issue.folder, tests="1", failures="0", errors="1", skipped="0")
            case = ET.SubElement(suite, "testcase", name="checked", classname=issue.folder)
            ET.SubElement(case, "error", message=xml_text(one_line(issue.error or ""))).text = xml_text(issue.error or "")
            continue
        for suite in junit.junit_tree(issue.report):
            suite.set("name", f"{issue.folder}: {suite.get('name', '')}")
            root.append(suite)
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(s.get(total, "0")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render_github(batch: BatchReport, color: bool = False) -> str:
    """Every issue's workflow commands, an issue not checked as an error on its folder, then the totals."""
    del color
    lines = []
    for issue in batch.issues:
        if issue.report is None:
            lines.append(github.command("error", {"file": issue.folder, "title": "heroes-i18ncheck"}, issue_summary(issue)))
        else:
            lines.append(github.render(issue.report).rstrip("\n"))
    t = totals(batch)
    lines.append(f"heroes-i18ncheck: {t['findings']} finding(s) in {t['issues']} issue(s), {t['issues_not_checked']} not checked")
    return "\n".join(lines) + "\n"


def render_html(batch: BatchReport, color: bool = False) -> str:
    """One page: a table of the issues, then each issue's own HTML report in a sandboxed frame."""
    del color
    rows, frames = [], []
    for n, issue in enumerate(batch.issues):
        rows.append(f'<tr><td><a href="#issue-{n}">{escape(issue.folder)}</a></td><td>{escape(issue_summary(issue))}</td></tr>')
        body = (
            f'<iframe sandbox title="{escape(issue.folder)}" srcdoc="{escape(html.render(issue.report))}"></iframe>'
            if issue.report
            else f"<p>{escape(issue_summary(issue))}</p>"
        )
        frames.append(f'<section id="issue-{n}"><h2>{escape(issue.folder)}</h2>{body}</section>')
    t = totals(batch)
    title = f"Translation check of {t['issues']} issue(s): {t['findings']} finding(s)"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{BATCH_CONTENT_SECURITY_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n"
        "<style>body{font-family:system-ui,sans-serif;margin:1rem 2rem}td{padding:.2rem .8rem}"
        "iframe{width:100%;height:80vh;border:1px solid #ccc}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n<p>Issues under <code>{escape(batch.root)}</code></p>\n"
        f"<table><thead><tr><th>issue</th><th>result</th></tr></thead><tbody>{''.join(rows)}</tbody></table>\n"
        + "\n".join(frames)
        + "\n</body>\n</html>\n"
    )


BATCH_FORMATTERS = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "junit": render_junit,
    "github": render_github,
    "html": render_html,
}
