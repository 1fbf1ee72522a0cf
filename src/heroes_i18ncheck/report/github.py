"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding
(and per unreadable input and extraction warning).

GitHub turns each line into an annotation on the file (and line, for text
editions) in the pull request and the run summary::

    ::error file=news/bg.md,line=12,title=H101 number-mismatch (bg)::number '24' in the reference is '25' here%0A…

Escaping follows ``@actions/core`` (``packages/core/src/command.ts``): data
escapes ``%``, CR and LF; property values also escape ``:`` and ``,``. With
text from a PDF flattened to one line (``safe_text.one_line``) and line
breaks escaped, it can never start a second command; control characters are
shown as ``\\xNN`` so none reaches the log raw.

GitHub shows at most ``ANNOTATIONS_PER_STEP`` annotations of each kind (error,
warning, notice) per step and drops the rest silently (the limits in
``actions/toolkit`` ``docs/problem-matchers.md``: 10 of each per step, 50 per
job); when a report has more, a first ``::warning`` says how many are hidden,
and ``step_summary`` gives every finding in the run's summary page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import PurePath

from ..model import Finding, InputError, Report, Severity, Side
from .safe_text import one_line, printable
from .text_format import location, plural, shown_sides, snippet

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
ANNOTATIONS_PER_STEP = 10
"""Annotations of one kind (error, warning, notice) GitHub shows for one step; the rest are dropped."""
SUMMARY_ROWS = 200
"""Findings listed in the step summary (GitHub caps a step summary at 1 MiB)."""


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded, as ``escapeData`` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as ``escape_data``, plus ``:`` and ``,``, as ``escapeProperty`` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, str | int | None], message: str) -> str:
    """One workflow command line; properties with no value are left out."""
    given = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value not in (None, ""))
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def _file(side: Side | None, files: Mapping[str, str] | None = None) -> str | None:
    return _file_name((files or {}).get(side.path, side.path)) if side is not None and side.path else None


def section_files(report: Report) -> dict[str, str]:
    """Each section edition's name (``leaflet.pdf#fr``) → the file that holds it, which the annotation points at."""
    return {
        d.path: d.path[: -len(d.language) - 1]
        for d in report.documents
        if d.language_source == "section" and d.path.endswith(f"#{d.language}")
    }


def _file_name(path: str) -> str:
    """A ``file=`` value: control characters shown as escapes, except line breaks, which ``escape_property``
    encodes (``%0A``): turned into a space they would name another file."""
    return "".join(c if c in "\r\n" else printable(c) for c in PurePath(path).as_posix())


def _message(finding: Finding) -> str:
    """The finding's message, then each side's snippet on its own line (escaped into one command)."""
    lines = [one_line(finding.message)]
    for side in shown_sides(finding):
        lines.append(f"{one_line(side.language)} {location(side)}: {snippet(side, False)}")
    return "\n".join(lines)


def annotation(finding: Finding, files: Mapping[str, str] | None = None) -> str:
    """The command for one finding, at the translation's file and (for text) line; ``files`` maps a section
    edition to its file (``section_files``)."""
    side = finding.translation
    language = one_line(side.language) if side is not None else ""
    title = f"{finding.code} {finding.rule}" + (f" ({language})" if language else "")
    properties = {
        "file": _file(side, files),
        "line": side.line if side is not None else None,
        "title": one_line(title),
    }
    return command(COMMANDS[finding.severity], properties, _message(finding))


def error_annotation(error: InputError) -> str:
    """The command for an input that was not checked: unreadable, or alone, or no edition is the reference."""
    path = None if error.path == "-" else _file_name(error.path)
    properties = {"file": path, "title": "input not checked"}
    return command("error", properties, one_line(f"{error.path}: {error.message}"))


def extraction_warning(path: str, warning: str, files: Mapping[str, str] | None = None) -> str:
    """The command for an edition read only in part (pages without text, damage pdfminer worked around)."""
    properties = {"file": _file_name((files or {}).get(path, path)), "title": "extraction warning"}
    return command("warning", properties, one_line(f"{path}: {warning}"))


def hidden_annotations(report: Report) -> int:
    """How many of the report's annotations GitHub will not show: those past the limit of their kind."""
    kinds = Counter(COMMANDS[f.severity] for f in report.findings)
    kinds["error"] += len(report.errors)
    kinds["warning"] += sum(len(d.warnings) for d in report.documents)
    return sum(max(0, count - ANNOTATIONS_PER_STEP) for count in kinds.values())


def render(report: Report, color: bool = False) -> str:
    """Every unreadable input, extraction warning and finding as a workflow command, then a one-line summary.

    When GitHub would hide some of them, a first warning says how many and where to read them all.
    """
    del color
    hidden = hidden_annotations(report)
    lines = []
    if hidden:
        lines.append(command("warning", {"title": "heroes-i18ncheck: annotations hidden"}, _hidden_message(hidden)))
    lines += [error_annotation(e) for e in report.errors]
    files = section_files(report)
    lines += [extraction_warning(d.path, w, files) for d in report.documents for w in d.warnings]
    lines += [annotation(f, files) for f in report.findings]
    lines.append(
        f"heroes-i18ncheck: {len(report.findings)} finding(s) in {len(report.documents)} edition(s), "
        f"{len(report.errors)} input(s) not checked" + (f"; {_hidden_message(hidden)}" if hidden else "")
    )
    return "\n".join(lines) + "\n"


def _hidden_message(hidden: int) -> str:
    return (
        f"{hidden} annotation(s) not shown: GitHub shows {ANNOTATIONS_PER_STEP} errors, {ANNOTATIONS_PER_STEP} warnings"
        f" and {ANNOTATIONS_PER_STEP} notices per step; the step summary and this log list every finding"
    )


def step_summary(report: Report) -> str:
    """The report as Markdown for ``$GITHUB_STEP_SUMMARY``: counts per edition, then the findings, first come."""
    counts = Counter(f.severity for f in report.findings)
    by_severity = ", ".join(plural(counts[s], str(s)) for s in sorted(counts, reverse=True))
    lines = [
        f"### heroes-i18ncheck: {len(report.findings)} finding(s)" + (f" ({by_severity})" if by_severity else "")
        + f" in {len(report.documents)} edition(s)",
        "",
        f"Reference: {_md(report.reference) if report.reference else '(none: nothing compared)'}",
        "",
    ]
    if report.documents:
        per = Counter(side.path for f in report.findings if (side := f.translation or f.reference) is not None)
        lines += ["| edition | language | findings |", "|---|---|---|"]
        lines += [f"| {_md(d.path)} | {_md(d.language)} | {per[d.path]} |" for d in report.documents]
        lines.append("")
    if report.errors:
        lines += ["**Unreadable inputs**", ""]
        lines += [f"- {_md(e.path)}: {_md(e.message)}" for e in report.errors]
        lines.append("")
    if report.findings:
        lines += ["| severity | rule | where | message |", "|---|---|---|---|"]
        for f in report.findings[:SUMMARY_ROWS]:
            where = location(f.translation) if f.translation else location(f.reference) if f.reference else ""
            lines.append(f"| {f.severity} | {f.code} {f.rule} | {_md(where)} | {_md(f.message)} |")
        more = len(report.findings) - SUMMARY_ROWS
        if more > 0:
            lines += ["", f"… and {more} more finding(s): see the log, or use `--format html` for the whole report."]
        lines.append("")
    hidden = hidden_annotations(report)
    if hidden:
        lines += [f"_{_md(_hidden_message(hidden))}._", ""]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, no markup, no HTML."""
    flat = one_line(text)
    for char in "\\`*_[]<>|#!~":
        flat = flat.replace(char, "\\" + char)
    return flat.replace("&", "&amp;")
