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
"""

from __future__ import annotations

from pathlib import PurePath

from ..model import Finding, InputError, Report, Severity, Side
from .safe_text import one_line
from .text_format import location, shown_sides, snippet

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded, as ``escapeData`` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as ``escape_data``, plus ``:`` and ``,``, as ``escapeProperty`` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int | None], message: str) -> str:
    """One workflow command line; properties with no value are left out."""
    given = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value not in (None, ""))
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def _file(side: Side | None) -> str | None:
    return one_line(PurePath(side.path).as_posix()) if side is not None and side.path else None


def _message(finding: Finding) -> str:
    """The finding's message, then each side's snippet on its own line (escaped into one command)."""
    lines = [one_line(finding.message)]
    for side in shown_sides(finding):
        lines.append(f"{one_line(side.language)} {location(side)}: {snippet(side, False)}")
    return "\n".join(lines)


def annotation(finding: Finding) -> str:
    """The command for one finding, at the translation's file and (for text) line."""
    side = finding.translation
    language = one_line(side.language) if side is not None else ""
    title = f"{finding.code} {finding.rule}" + (f" ({language})" if language else "")
    properties = {
        "file": _file(side),
        "line": side.line if side is not None else None,
        "title": one_line(title),
    }
    return command(COMMANDS[finding.severity], properties, _message(finding))


def error_annotation(error: InputError) -> str:
    """The command for an input that could not be read."""
    path = None if error.path == "-" else one_line(PurePath(error.path).as_posix())
    properties = {"file": path, "title": "unreadable input"}
    return command("error", properties, one_line(f"{error.path}: {error.message}"))


def extraction_warning(path: str, warning: str) -> str:
    """The command for an edition read only in part (pages without text, damage pdfminer worked around)."""
    properties = {"file": one_line(PurePath(path).as_posix()), "title": "extraction warning"}
    return command("warning", properties, one_line(f"{path}: {warning}"))


def render(report: Report, color: bool = False) -> str:
    """Every unreadable input, extraction warning and finding as a workflow command, then a one-line summary."""
    del color
    lines = [error_annotation(e) for e in report.errors]
    lines += [extraction_warning(d.path, w) for d in report.documents for w in d.warnings]
    lines += [annotation(f) for f in report.findings]
    lines.append(
        f"heroes-i18ncheck: {len(report.findings)} finding(s) in {len(report.documents)} edition(s), "
        f"{len(report.errors)} unreadable input(s)"
    )
    return "\n".join(lines) + "\n"
