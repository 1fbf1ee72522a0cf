"""The top of the HTML report: status, editions, findings per rule and severity, and who disagrees.

Which edition disagrees is the rules' verdict, not the report's: each finding
blames the edition on its ``translation`` side (with three or more editions,
the one(s) against the majority — the reference included) and names on its
``reference`` side what that edition is compared with. The summary only
groups and counts those verdicts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from ..model import Document, Finding, Report, Severity, Side
from .html_text import escape
from .text_format import plural

MAX_FACT_ROWS = 200
"""Rows of the disagreement table; the rest are counted, not listed."""

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True, slots=True)
class Fact:
    """One compared fact and the editions the findings blame on it, grouped by what they write."""

    finding: Finding
    compared: Side | None
    """The side the blamed editions are compared with (the reference, or the majority's edition)."""
    written: tuple[tuple[str, tuple[str, ...]], ...]
    """(value as the blamed editions write it, their labels), sorted."""


def edition_of(finding: Finding) -> str:
    """The path of the edition a finding blames ('' when it names none)."""
    return finding.translation.path if finding.translation else ""


def edition_labels(documents: Sequence[Document]) -> dict[str, str]:
    """A short name per edition: its language, with the file name when two editions share a language."""
    shared = Counter(d.language for d in documents)
    return {
        d.path: d.language if shared[d.language] == 1 else f"{d.language} ({PurePath(d.path).name})"
        for d in documents
    }


def severity_counts(findings: Sequence[Finding]) -> str:
    """``2 errors, 1 warning`` — or ``no findings``."""
    counts = Counter(f.severity for f in findings)
    return ", ".join(plural(counts[s], str(s)) for s in SEVERITIES if counts[s]) or "no findings"


def summary_section(report: Report, anchors: Mapping[str, str]) -> str:
    """The summary ``<section>``; ``anchors`` maps an edition's path to the id of the section showing it."""
    labels = edition_labels(report.documents)
    parts = ['<section id="summary" aria-labelledby="summary-title">', '<h2 id="summary-title">Summary</h2>']
    parts.append(_status(report))
    if report.errors:
        items = "".join(f"<li><code>{escape(e.path)}</code>: {escape(e.message)}</li>" for e in report.errors)
        parts.append(f'<h3>Inputs that could not be read</h3><ul class="errors">{items}</ul>')
    if report.documents:
        parts.append(_editions_table(report, anchors, labels))
    if report.findings:
        parts.append(_rules_table(report, labels))
        parts.append(_facts_table(report, labels))
    parts.append("</section>")
    return "\n".join(parts)


def _status(report: Report) -> str:
    editions = plural(len(report.documents), "edition")
    if not report.alignments:
        reason = "an input could not be read" if report.errors else "fewer than two editions"
        return f'<p class="status blocked">Nothing was compared ({reason}); {editions} read.</p>'
    if not report.findings:
        unread = f" {plural(len(report.errors), 'input')} could not be read." if report.errors else ""
        return (
            f'<p class="status clean"><strong>No findings.</strong> Every checked fact agrees across the '
            f"{editions}.{unread}</p>"
        )
    touched = len({edition_of(f) for f in report.findings})
    return (
        f'<p class="status dirty"><strong>{plural(len(report.findings), "finding")}</strong> '
        f"({severity_counts(report.findings)}) in {plural(touched, 'edition')} of {editions} checked.</p>"
    )


def _editions_table(report: Report, anchors: Mapping[str, str], labels: Mapping[str, str]) -> str:
    confidence = {a.translation.path: a.confidence for a in report.alignments}
    counts: dict[str, Counter[Severity]] = defaultdict(Counter)
    for finding in report.findings:
        counts[edition_of(finding)][finding.severity] += 1
    head = "".join(f'<th class="num">{s}</th>' for s in SEVERITIES)
    rows = []
    for document in report.documents:
        role = "reference" if document.path == report.reference else "translation"
        name = escape(document.path)
        if document.path in anchors:
            name = f'<a href="#{anchors[document.path]}">{name}</a>'
        aligned = f"{confidence[document.path]:.2f}" if document.path in confidence else "—"
        cells = "".join(f'<td class="num">{counts[document.path][s]}</td>' for s in SEVERITIES)
        notes = "; ".join(escape(w) for w in document.warnings)
        rows.append(
            f'<tr><td lang="{escape(document.language)}"><strong>{escape(labels[document.path])}</strong></td>'
            f'<td>{name}</td><td>{role}</td><td class="num">{document.pages}</td>'
            f'<td class="num">{len(document.blocks)}</td><td class="num">{aligned}</td>{cells}<td>{notes}</td></tr>'
        )
    return (
        '<h3>Editions checked</h3><div class="scroll"><table id="editions"><thead><tr><th>edition</th><th>file</th>'
        '<th>role</th><th class="num">pages</th><th class="num">blocks</th><th class="num">alignment</th>'
        f"{head}<th>extraction notes</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _rules_table(report: Report, labels: Mapping[str, str]) -> str:
    rules = sorted({(f.code, f.rule) for f in report.findings})
    editions = list(dict.fromkeys(edition_of(f) for f in report.findings))
    count = Counter((edition_of(f), f.rule) for f in report.findings)
    head = "".join(f'<th class="num"><code>{escape(code)}</code> {escape(rule)}</th>' for code, rule in rules)
    rows = []
    for path in editions:
        cells = "".join(f'<td class="num">{count[(path, rule)] or ""}</td>' for _, rule in rules)
        label = escape(labels.get(path, "—"))
        rows.append(f'<tr><td><strong>{label}</strong> <span class="muted">{escape(path)}</span></td>{cells}</tr>')
    totals = "".join(f'<td class="num">{sum(count[(p, rule)] for p in editions)}</td>' for _, rule in rules)
    return (
        '<h3>Findings per rule</h3><div class="scroll"><table id="by-rule"><thead><tr><th>edition</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}<tr><th>all editions</th>{totals}</tr></tbody></table></div>"
    )


def disagreements(report: Report) -> list[Fact]:
    """The findings grouped by the fact they compare against, in reading order: who writes what instead."""
    labels = edition_labels(report.documents)
    by_fact: dict[tuple, list[Finding]] = defaultdict(list)
    for f in report.findings:
        compared = f.reference
        if compared is None or compared.block is None:
            continue
        start = compared.span[0] if compared.span else -1
        by_fact[(compared.path, compared.block, start, f.rule, compared.normalized)].append(f)
    facts = []
    for key in sorted(by_fact, key=lambda k: (k[0] != report.reference, *k)):
        written: dict[str, list[str]] = defaultdict(list)
        for f in by_fact[key]:
            written[_written_instead(f)].append(labels.get(edition_of(f), edition_of(f)))
        grouped = tuple((value, tuple(sorted(eds))) for value, eds in sorted(written.items()))
        facts.append(Fact(by_fact[key][0], by_fact[key][0].reference, grouped))
    return facts


def _written_instead(finding: Finding) -> str:
    """What the blamed edition has in place of the compared fact: its value, or what became of the block."""
    blamed = finding.translation
    if blamed is None or blamed.block is None:
        return "(not there)"
    if blamed.value:
        return blamed.value
    return "(left untranslated)" if finding.rule == "untranslated-block" else "(the block differs)"


def _facts_table(report: Report, labels: Mapping[str, str]) -> str:
    facts = disagreements(report)
    blamed = Counter(labels.get(edition_of(f), edition_of(f)) for f in report.findings)
    most_first = sorted(blamed.items(), key=lambda item: (-item[1], item[0]))
    ranking = ", ".join(f"<strong>{escape(edition)}</strong> ({count})" for edition, count in most_first)
    rows = [_fact_row(fact, labels) for fact in facts[:MAX_FACT_ROWS]]
    more = len(facts) - len(rows)
    tail = f'<p class="muted">… and {plural(more, "more fact")} (see the editions below).</p>' if more > 0 else ""
    table = (
        '<div class="scroll"><table id="facts"><thead><tr><th>rule</th><th>compared with</th>'
        f"<th>written instead</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>{tail}"
        if rows
        else ""
    )
    return (
        '<h3>Editions that disagree</h3><p class="muted">As the rules blame them: with two editions the '
        "translation; with three or more, the edition(s) against the majority, the reference included.</p>"
        f'<p id="blamed">Findings per edition: {ranking}.</p>{table}'
    )


def _fact_row(fact: Fact, labels: Mapping[str, str]) -> str:
    compared = fact.compared
    where = ""
    if compared is not None:
        where = f"p. {compared.page}" if compared.line is None else f"line {compared.line}"
        value = compared.value or "(block)"
        where = (
            f'<strong>{escape(labels.get(compared.path, compared.language))}</strong> '
            f'<code class="value">{escape(value)}</code> <span class="muted">{escape(where)}</span>'
        )
    written = "<br>".join(
        f'<code class="value">{escape(value)}</code>: {escape(", ".join(editions))}' for value, editions in fact.written
    )
    return (
        f"<tr><td><code>{escape(fact.finding.code)}</code> {escape(fact.finding.rule)}</td>"
        f"<td>{where}</td><td>{written}</td></tr>"
    )
