"""Footnotes and endnotes: marker-led lines set smaller than the body text, each note one line of role NOTE.

Told by layout alone, in any language. A note is set smaller than the edition's body text (``SMALLER``) and begins
at the left edge of its run with a marker (``1``, ``12.``, ``*``, ``†``, ``¹``, ``[1]``); its other lines continue it.

- Footnotes stand at the foot of a page, below all its body text. They count under a short rule (the usual
  separator: no table's or box's border, no link's underline); or, in the lower half of the page's text, when at
  least two of them are numbered in sequence the way footnotes are marked (``1 text``, ``¹``, ``*``: not ``1.``
  or ``1)``, a list's marks), or when their numbers go on from the notes of an earlier page. A page foot that
  begins with ``[1]`` is a reference list unless under a rule; one introduced by a colon, or holding a number
  alone on its row (a numbered listing), is no notes.
- Endnotes are a run of at least ``MIN_ENDNOTES`` notes numbered 1, 2, 3… that follows no body text: a heading
  (such as "Notes") stands before it and larger type (the next chapter) or the end of the document after it, or
  it ends the document after other small type (a translator's credit). A body sentence before it introduces a
  list. A reference list (``[1] W. Dai…``) is never taken for endnotes: its entries are compared in place.

A numbered list in body type is no notes. Each note's lines become one line (marker first, line-end hyphens
undone), of role ``NOTE``, opening a block of its own, so that ``align`` can pair notes by marker wherever the
other edition puts them (foot of the page or end of the document).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

import regex

from ..model import BlockKind
from .lines import PageText, TextLine, union
from .repairs import join_lines

_MARKER = regex.compile(
    r"^\s*(?:\[(?P<number>\d{1,3})\](?=\s)|(?P<number>\d{1,3})[.)]?(?=\s)"
    r"|(?P<number>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=\s|\p{L})|(?P<symbol>\*{1,3}|[†‡§])(?=\s|\p{L}))"
)
_WORDS = regex.compile(r"\p{L}{2,}|\S+://|www\.")
_BRACKETED = regex.compile(r"^\s*\[")
_FOOTNOTE_MARK = regex.compile(r"^\s*(?:\d{1,3}\s|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[*†‡§])")
"""How footnotes are marked and list items are not: a bare number (``1 text``), a superscript or a symbol."""
_BARE = regex.compile(r"^\s*\d{1,3}[.)]?\s*$")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SYMBOL_ORDER = {"*": 1, "**": 2, "***": 3, "†": 2, "‡": 3, "§": 4}
"""A symbol's place in the usual sequences (``*``, ``**``, ``***`` or ``*``, ``†``, ``‡``, ``§``)."""

SMALLER = 0.05
"""Notes are set at least this share (and half a point) smaller than the edition's body text."""
MIN_ENDNOTES = 3
"""Notes numbered 1, 2, 3… a run needs to be endnotes without a rule or a page foot to tell it."""
FOOT_SHARE = 0.5
"""Without a rule above them, footnotes begin in the lower part of the page's text, at most this share of its height
up: a page of small type under a heading (a reference list) is no footnotes."""
SHORT_RULE = 0.6
"""The rule over footnotes is at most this share of the text's width."""
THIN = 2.5
MIN_RULE = 20.0
"""A drawn shape at most ``THIN`` points high and ``MIN_RULE`` long is a rule."""


def note_marker(text: str) -> str | None:
    """The marker a note's text begins with, as a plain string (``¹`` → ``1``, ``[3]`` → ``3``, ``12.`` → ``12``);
    ``None`` when the text begins with none or has no words after it."""
    found = _MARKER.match(text)
    if found is None or not _WORDS.search(text, found.end()):
        return None
    number = found.group("number")
    return number.translate(_SUPERSCRIPTS) if number is not None else found.group("symbol")


def note_body(text: str) -> str:
    """A note's text without its marker (``¹ See the minutes.`` → ``See the minutes.``)."""
    found = _MARKER.match(text)
    return text[found.end() :].lstrip() if found is not None else text


def _order(marker: str) -> int:
    return int(marker) if marker.isdigit() else _SYMBOL_ORDER[marker]


def edition_body_size(pages: Sequence[PageText]) -> float:
    """The size most of the edition's characters are set in (to half a point)."""
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def notes_of_pages(pages: list[PageText]) -> list[PageText]:
    """The pages with their footnotes and endnotes each made one line of role ``NOTE``."""
    body = edition_body_size(pages)
    if not body:
        return pages
    small = body - max(0.5, SMALLER * body)
    feet = [_foot(page, small) for page in pages]
    numbered = [(k, foot.numbers) for k, foot in enumerate(feet) if foot is not None and foot.numbers and foot.plausible]
    chained: set[int] = set()
    for (before, earlier), (after, later) in zip(numbered, numbered[1:]):
        if later[0] == earlier[-1] + 1:
            chained |= {before, after}
    out = []
    for k, (page, foot) in enumerate(zip(pages, feet)):
        if foot is not None and (foot.ruled or (foot.plausible and (k in chained or foot.own_sequence))):
            page = _with_notes(page, foot.notes)
        out.append(page)
    return _endnotes(out, small, body)


@dataclass(frozen=True, slots=True)
class _Foot:
    """The marker-led small lines at a page's foot, cut into notes, and the evidence that they are footnotes."""

    notes: list[tuple[str, list[TextLine]]]
    numbers: list[int]
    ruled: bool
    """A rule is drawn between the body text and the first note."""
    plausible: bool
    """In the lower part of the page's text, not begun by ``[1]``, not introduced by a colon, no line a bare number."""
    own_sequence: bool
    """At least two notes numbered in sequence, marked as footnotes are (``1 text``, ``¹``, ``*``), not as list items."""


def _reading(page: PageText) -> list[TextLine]:
    return sorted(page.lines, key=lambda line: (-line.y1, line.x0))


def _foot(page: PageText, small: float) -> _Foot | None:
    """The notes that may stand at the page's foot, below all its body text."""
    lines = _reading(page)
    foot = len(lines)
    while foot and lines[foot - 1].role is None and lines[foot - 1].size <= small:
        foot -= 1
    if foot == 0 or foot == len(lines):
        return None  # no body text above (a page of small type is left to the endnote search), or nothing below it
    above = lines[foot - 1]
    rule = _short_rule(page, above, lines)
    below = foot if rule is None else next((k for k in range(foot, len(lines)) if lines[k].y1 <= rule + 1.0), len(lines))
    first = next((k for k in range(below, len(lines)) if note_marker(lines[k].text)), None)
    if first is None:
        return None
    notes = _split(lines[first:], numbered_from=None)
    if not notes:
        return None
    numbers = [_order(marker) for marker, _ in notes if marker.isdigit()]
    ruled = rule is not None and lines[first].y1 >= rule - 2 * lines[first].height
    top, bottom = max(line.y1 for line in lines), min(line.y0 for line in lines)
    plausible = (
        lines[first].y1 <= bottom + FOOT_SHARE * (top - bottom)
        and _BRACKETED.match(lines[first].text) is None
        and not above.text.rstrip().endswith(":")
        and not any(_bare_marker(line, lines) for _, group in notes for line in group)
    )
    own = len(notes) >= 2 and all(_FOOTNOTE_MARK.match(group[0].text) for _, group in notes)
    return _Foot(notes, numbers, ruled, plausible, own)


def _bare_marker(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether a line is a number alone on its row: a numbered listing's empty line, not a note."""
    if not _BARE.match(line.text):
        return False
    return not any(other is not line and other.y0 < line.y1 and line.y0 < other.y1 for other in lines)


def _split(lines: Sequence[TextLine], numbered_from: int | None) -> list[tuple[str, list[TextLine]]]:
    """Consecutive lines (top to bottom) cut into notes, each with its marker; a line that begins with a marker out
    of sequence, or off the run's left edge, continues the note above; the run ends at a wide gap or at a line
    that is no part of a note. ``numbered_from``: the number the first note must have (endnotes), else any."""
    left = min(line.x0 for line in lines)
    notes: list[tuple[str, list[TextLine]]] = []
    for line in lines:
        marker = note_marker(line.text)
        if marker is not None and line.x0 <= left + line.size and _follows(notes, marker, numbered_from):
            notes.append((marker, [line]))
            continue
        if not notes:
            return []
        above = notes[-1][1][-1]
        if above.y0 - line.y1 > max(above.height, line.height):
            break
        notes[-1][1].append(line)
    return notes


def _follows(notes: Sequence[tuple[str, list[TextLine]]], marker: str, numbered_from: int | None) -> bool:
    """Whether a note marked ``marker`` may come next after ``notes``."""
    if numbered_from is not None and (not marker.isdigit()):
        return False
    if not notes:
        return numbered_from is None or _order(marker) == numbered_from
    previous = notes[-1][0]
    if previous.isdigit() != marker.isdigit():
        return False
    return _order(marker) == _order(previous) + 1


def _short_rule(page: PageText, above: TextLine, lines: Sequence[TextLine]) -> float | None:
    """The height of the highest short rule drawn under the body text's last line ``above`` and over the page's last
    line (the rule over a page's footnotes: at most ``SHORT_RULE`` of the text's width, so no table's or box's border)."""
    width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    bottom = min(line.y0 for line in lines)
    heights = [
        (box[1] + box[3]) / 2
        for box in page.drawings
        if box[3] - box[1] <= THIN and MIN_RULE <= box[2] - box[0] <= SHORT_RULE * width and bottom < box[1] and box[3] <= above.y0 + 0.5
        and not any(_underlines(box, line) for line in lines)
    ]
    return max(heights, default=None)


def _underlines(box: tuple[float, float, float, float], line: TextLine) -> bool:
    """Whether a rule runs under (or through) a line of text, as a link's underline does: no rule over notes."""
    return box[0] < line.x1 and line.x0 < box[2] and line.y0 - UNDERLINE <= box[3] and box[1] <= line.y1


UNDERLINE = 3.0
"""A rule at most this far under a line's box underlines it."""


def _note_line(lines: Sequence[TextLine]) -> TextLine:
    """A note's lines as one line, marker first."""
    ordered = sorted(lines, key=lambda line: (-line.y1, line.x0))
    text = join_lines([line.text for line in ordered], dehyphenate=True)
    bold = sum(line.bold for line in lines) * 2 > len(lines)
    return TextLine(text, union([line.bbox for line in lines]), median(line.size for line in lines), bold, role=BlockKind.NOTE, opens=True)


def _with_notes(page: PageText, notes: Sequence[tuple[str, list[TextLine]]]) -> PageText:
    taken = {id(line) for _, lines in notes for line in lines}
    kept = tuple(line for line in page.lines if id(line) not in taken)
    return page.with_lines((*kept, *(_note_line(lines) for _, lines in notes)))


def _endnotes(pages: list[PageText], small: float, body: float) -> list[PageText]:
    """The pages with each run of endnotes made notes (see the module's description)."""
    flat = [(k, line) for k, page in enumerate(pages) for line in _reading(page)]
    found: dict[int, list[list[TextLine]]] = {}
    start = 0
    while start < len(flat):
        line = flat[start][1]
        if line.role is not None or line.size > small or note_marker(line.text) != "1" or _BRACKETED.match(line.text):
            start += 1
            continue
        end = start
        while end < len(flat) and flat[end][1].role is None and flat[end][1].size <= small:
            end += 1
        run = flat[start:end]
        notes = _split_across_pages(run)
        taken = sum(len(lines) for _, lines in notes)
        after = flat[start + taken :]
        ends = not any(_WORDS.search(other.text) for _, other in after)
        chapter = bool(after) and after[0][1].size > body and start + taken == end
        before = flat[start - 1][1] if start else None
        headed = before is None or (before.size > body and not before.text.rstrip().endswith(":"))
        opened = headed or (before is not None and before.size <= small and not before.text.rstrip().endswith(":"))
        if len(notes) >= MIN_ENDNOTES and ((ends and opened) or (chapter and headed)):
            for _, lines in notes:
                page = next(k for k, other in run if other is lines[0])
                found.setdefault(page, []).append(lines)
            start += taken
        else:
            start += 1
    if not found:
        return pages
    return [_with_notes(page, [("", lines) for lines in found[k]]) if k in found else page for k, page in enumerate(pages)]


def _split_across_pages(run: Sequence[tuple[int, TextLine]]) -> list[tuple[str, list[TextLine]]]:
    """A run of small lines over one or more pages cut into endnotes numbered from 1 (each note on one page)."""
    notes: list[tuple[str, list[TextLine]]] = []
    k = 0
    while k < len(run):
        page = run[k][0]
        on_page = [line for p, line in run[k:] if p == page]
        first = 1 if not notes else _order(notes[-1][0]) + 1
        found = _split(on_page, numbered_from=first)
        if not found:
            break
        notes += found
        taken = sum(len(lines) for _, lines in found)
        if taken < len(on_page):
            break
        k += taken
    return notes
