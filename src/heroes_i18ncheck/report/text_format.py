"""Human-readable report: findings grouped by edition, both sides' snippets with the value marked."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from ..model import Finding, Report, Severity, Side
from .safe_text import printable

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"
_CONTEXT = 40


def location(side: Side) -> str:
    """``bg.pdf:p3`` for a PDF page, ``bg.md:12`` for a text line, the bare path otherwise."""
    if side.line is not None:
        return f"{side.path}:{side.line}"
    if side.page is not None and side.path.lower().endswith(".pdf"):
        return f"{side.path}:p{side.page}"
    return side.path


def snippet(side: Side, color: bool) -> str:
    """The block text around the value, the value between ``»«`` (or bold on a terminal)."""
    text = side.text
    if not text:
        return "(no counterpart)"
    at = side.span[0] if side.span else (text.find(side.value) if side.value else -1)
    if at < 0:
        short = text[: 2 * _CONTEXT]
        return printable(short + ("…" if len(text) > len(short) else ""))
    start, end = max(0, at - _CONTEXT), min(len(text), at + len(side.value) + _CONTEXT)
    before, value, after = text[start:at], text[at : at + len(side.value)], text[at + len(side.value) : end]
    mark = (f"{_BOLD}{printable(value)}{_RESET}") if color else f"»{printable(value)}«"
    return ("…" if start else "") + printable(before) + mark + printable(after) + ("…" if end < len(text) else "")


def _finding_lines(finding: Finding, color: bool) -> list[str]:
    where = location(finding.translation) if finding.translation else "?"
    severity = str(finding.severity)
    if color:
        severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
    lines = [f"  {where}: {severity} {finding.code} {finding.rule}: {printable(finding.message)}"]
    for side in (finding.reference, finding.translation):
        if side is not None and side.text:
            lines.append(f"      {side.language} {location(side)}: {snippet(side, color)}")
    return lines


def _summary(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in sorted(counts, reverse=True)]
    detail = f" ({', '.join(parts)})" if parts else ""
    unreadable = f"; {len(report.errors)} unreadable input(s), named on stderr" if report.errors else ""
    return f"{len(report.findings)} finding(s){detail} in {len(report.documents)} edition(s){unreadable}"


def render(report: Report, color: bool = False) -> str:
    """The report as lines a person reads in a terminal or a CI log."""
    lines: list[str] = []
    if report.reference:
        lines.append(f"reference: {printable(report.reference)}")
    for path, group in groupby(report.findings, key=lambda f: f.translation.path if f.translation else ""):
        lines.append(f"{printable(path)}:")
        for finding in group:
            lines.extend(_finding_lines(finding, color))
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"
