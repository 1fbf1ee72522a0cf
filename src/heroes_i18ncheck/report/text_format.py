"""Human-readable report: findings grouped by edition and page, both sides' snippets with the value marked.

Meant for a translator at a terminal or reading a CI log::

    reference: en.pdf
    bg.pdf (bg): 2 findings
      page 3
        bg.pdf:p3: error H101 number-mismatch: number '24' in the reference is '25' here
          en  en.pdf:p3  …the project has »24« partners in…
          bg  bg.pdf:p3  …проектът има »25« партньора в…

Colour (``color=True``) is for terminals only; the caller decides. Text from
the PDFs never reaches the output raw: control characters and escape
sequences are shown as ``\\xNN``, so a PDF cannot drive the terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Document, Finding, Report, Severity, Side
from .safe_text import one_line

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"
_CONTEXT = 40
"""Characters of block text shown either side of the value."""
_WORD_SNAP = 16
"""How far a snippet edge may move to fall between words instead of inside one."""


def location(side: Side) -> str:
    """``bg.pdf:p3`` for a PDF page, ``bg.md:12`` for a text line, the bare path otherwise."""
    path = one_line(side.path)
    if side.line is not None:
        return f"{path}:{side.line}"
    if side.page is not None and side.path.lower().endswith(".pdf"):
        return f"{path}:p{side.page}"
    return path


def value_span(side: Side) -> tuple[int, int] | None:
    """Where the value stands in the block text: its ``span`` if it fits, else its first occurrence."""
    if side.span is not None:
        start, end = side.span
        if 0 <= start <= end <= len(side.text):
            return start, end
    if side.value:
        at = side.text.find(side.value)
        if at >= 0:
            return at, at + len(side.value)
    return None


def snippet(side: Side, color: bool) -> str:
    """The block text around the value, the value between ``»«`` (or bold on a terminal)."""
    text = side.text
    if not text:
        return "(no counterpart)"
    span = value_span(side)
    if span is None:
        short = text[: 2 * _CONTEXT]
        return one_line(short) + ("…" if len(text) > len(short) else "")
    start, end = span
    low, high = _window(text, start, end)
    value = one_line(text[start:end])
    mark = f"{_BOLD}{value}{_RESET}" if color else f"»{value}«"
    return (
        ("…" if low else "")
        + one_line(text[low:start])
        + mark
        + one_line(text[end:high])
        + ("…" if high < len(text) else "")
    )


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """``_CONTEXT`` characters either side of ``start:end``, each edge moved to the nearest space.

    An edge first widens to a space within ``_WORD_SNAP`` characters, else
    narrows to one, else stays (a long URL may have to be cut).
    """
    low, high = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    if low > 0 and text[low - 1] != " ":
        wider = text.rfind(" ", max(0, low - _WORD_SNAP), low)
        narrower = text.find(" ", low, min(start, low + _WORD_SNAP))
        low = wider + 1 if wider >= 0 else narrower + 1 if narrower >= 0 else low
    if high < len(text) and text[high] != " ":
        wider = text.find(" ", high, min(len(text), high + _WORD_SNAP))
        narrower = text.rfind(" ", max(end, high - _WORD_SNAP), high)
        high = wider if wider >= 0 else narrower if narrower >= 0 else high
    return low, high


def shown_sides(finding: Finding) -> list[Side]:
    """The sides worth a snippet, reference first: an empty side only opposite one with text ("no counterpart")."""
    sides = [s for s in (finding.reference, finding.translation) if s is not None]
    return sides if any(s.text for s in sides) else []


def plural(count: int, word: str) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def _edition_path(finding: Finding) -> str:
    side = finding.translation or finding.reference
    return side.path if side else ""


def _page_of(finding: Finding) -> int:
    """The page a finding is shown under: the translation's, else the reference's (a block missing here)."""
    for side in (finding.translation, finding.reference):
        if side is not None and side.page is not None:
            return side.page
    return 0


def _by_edition(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    editions: dict[str, list[Finding]] = {}
    for finding in findings:
        editions.setdefault(_edition_path(finding), []).append(finding)
    return editions


def _finding_lines(finding: Finding, color: bool, indent: str) -> list[str]:
    where = location(finding.translation) if finding.translation else "?"
    severity = str(finding.severity)
    if color:
        severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
    head = f"{indent}{where}: {severity} {one_line(finding.code)} {one_line(finding.rule)}: {one_line(finding.message)}"
    lines = [head]
    sides = shown_sides(finding)
    width = max((len(one_line(s.language)) for s in sides), default=0)
    for side in sides:
        lines.append(f"{indent}  {one_line(side.language):<{width}}  {location(side)}  {snippet(side, color)}")
    return lines


def _edition_lines(path: str, findings: list[Finding], document: Document | None, color: bool) -> list[str]:
    if document is not None:
        language = document.language
    else:  # an edition that was not read is named only by its findings, each of which has a side in it
        side = findings[0].translation or findings[0].reference
        assert side is not None
        language = side.language
    title = f"{one_line(path)} ({one_line(language)}): {plural(len(findings), 'finding')}"
    lines = [f"{_BOLD}{title}{_RESET}" if color else title]
    pages = sorted({_page_of(f) for f in findings})
    paged = (document.pages > 1) if document else pages != [1]
    if not paged:
        for finding in findings:
            lines.extend(_finding_lines(finding, color, "  "))
        return lines
    for page in pages:
        lines.append(f"  page {page}" if page else "  (no page)")
        for finding in findings:
            if _page_of(finding) == page:
                lines.extend(_finding_lines(finding, color, "    "))
    return lines


def summary(report: Report) -> str:
    """One line: findings by severity, editions, inputs not checked — or that nothing was compared, and why."""
    counts = Counter(f.severity for f in report.findings)
    parts = [plural(counts[s], str(s)) for s in sorted(counts, reverse=True)]
    detail = f" ({', '.join(parts)})" if parts else ""
    unreadable = f"; {len(report.errors)} input(s) not checked" if report.errors else ""
    if report.reference is None:
        why = "at least two are needed" if len(report.documents) < 2 else "the reference is not among them"
        return f"nothing compared: {len(report.documents)} edition(s) read, {why}{unreadable}"
    return f"{len(report.findings)} finding(s){detail} in {len(report.documents)} edition(s){unreadable}"


def render(report: Report, color: bool = False) -> str:
    """The report as lines a person reads in a terminal or a CI log."""
    lines: list[str] = []
    if report.reference:
        lines.append(f"reference: {one_line(report.reference)}")
    documents = {d.path: d for d in report.documents}
    for path, findings in _by_edition(report.findings).items():
        lines.extend(_edition_lines(path, findings, documents.get(path), color))
    warned = [(d.path, w) for d in report.documents for w in d.warnings]
    if warned:  # read, but not all of it cleanly: a page without text, a repaired stream
        lines.append("extraction warnings:")
        lines.extend(f"  {one_line(path)}: {one_line(warning)}" for path, warning in warned)
    if report.errors:  # unreadable, or read but not comparable (a lone edition, a reference no edition is in)
        lines.append("not checked:")
        lines.extend(f"  {one_line(e.path)}: {one_line(e.message)}" for e in report.errors)
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
