"""Tables without rules: cells set apart by whitespace alone become one line per row, as ruled tables do.

pdfminer cuts a row of such a table into one line per cell (the gap between cells is wider than a word gap), and
the reading order glues them back into prose or reads each column on its own, so a glossary reads as paragraphs
and a revision table pairs one row's date with another's. ``column_tables`` finds them from the lines alone: a run
of rows (lines on one baseline) top to bottom that keeps at least one vertical strip of whitespace (a gutter) no
line crosses, with at least ``MIN_ROWS`` rows holding text on both sides of one, each column's lines standing at
one left (or right) edge. Two columns of text (long lines, or lines that run on into the next) are no table, nor a
contents page (``contents``), a drawing's labels (``figures``), a numbered listing or a list of markers and items.
A row that holds no first-column cell continues the row above (a wrapped cell), as does a second line of a
first-column cell in a table that spaces its rows apart. Next to a ruled table, one row of cells is that table's
row left outside its rules."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

import regex

from ..model import BlockKind
from .contents import contents_spans
from .figures import figure_regions, in_figure
from .lines import PageText, TextLine, in_row_groups, union
from .tables import row_line

MIN_ROWS = 4
"""Rows with text in two columns or more a table needs: two could be a label and its value, and three short lines
side by side are as often two boxes of wrapped text set in columns (commonshub-brochure's feature boxes and its
contact block; a diagram's labels) as a table. One will do right under or over a ruled table's row."""
MIN_GUTTER = 2.0
"""Narrowest strip of whitespace (points) that separates two columns of a table."""
ALIGN = 2.0
"""Lines whose left (or right) edges are this close (points) stand in one column."""
ALIGNED_SHARE = 0.6
"""Share of a column's lines that must stand at its edge (a header or a centred cell may not)."""
PROSE_WORDS = 6
"""A column whose lines hold at least this many words (median; ``_words``) is prose; two such columns are text."""
MAX_PITCH = 3.0
"""Rows further apart than this many line heights are not one table."""
WIDE_PITCH = 1.3
"""A row this many times the table's tightest row pitch below the one above has space before it."""
SIZE_SLACK = 1.0
"""Lines more than this (points) larger or smaller than every line of the table's first row are another block's."""

Row = tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class ColumnTable:
    """A table without rules: its borders between columns (gutter middles, left to right), its rows' lines (pieces
    of a cell's line joined) and the page's lines it takes."""

    columns: tuple[float, ...]
    rows: tuple[Row, ...]
    taken: frozenset[int]
    """``id`` of each of the page's lines the table holds."""


def rows_of_column_tables(page: PageText) -> PageText:
    """The page with the lines of each table without rules replaced by one line per row (role ``TABLE_ROW``)."""
    tables = column_tables(page)
    if not tables:
        return page
    taken = frozenset().union(*(table.taken for table in tables))
    made = [row_line(row, table.columns) for table in tables for row in table.rows]
    return page.with_lines((*(line for line in page.lines if id(line) not in taken), *made))


def column_tables(page: PageText) -> tuple[ColumnTable, ...]:
    """The page's tables without rules, top to bottom: each a run of baseline rows kept apart by gutters."""
    figures = figure_regions(page)
    free = [line for line in page.lines if line.role is None and not (figures and in_figure(line, figures))]
    ruled = [line for line in page.lines if line.role == BlockKind.TABLE_ROW]
    pieces: dict[int, tuple[TextLine, ...]] = {}
    tables = []
    for run, gutters in _runs(_baselines(free, pieces)):
        rows = _table(run, gutters, 1 if _next_to_table(run, ruled) else MIN_ROWS)
        if rows is not None:
            taken = frozenset(id(piece) for row in rows for line in row for piece in pieces.get(id(line), (line,)))
            tables.append(ColumnTable(tuple((left + right) / 2 for left, right in gutters), tuple(rows), taken))
    return tuple(tables)


def _baselines(lines: Sequence[TextLine], pieces: dict[int, tuple[TextLine, ...]]) -> list[Row]:
    """The lines in rows top to bottom (lines sharing most of their height), each row left to right, pieces closer
    than a gutter joined (pdfminer cuts a line where the font changes to italic and back); ``pieces`` gets the
    lines each joined line was made of."""
    return [_joined(row, pieces) for row in in_row_groups(lines, by_bottom=True)]


def _joined(row: Sequence[TextLine], pieces: dict[int, tuple[TextLine, ...]]) -> Row:
    out = [row[0]]
    for line in row[1:]:
        last = out[-1]
        if line.x0 - last.x1 < MIN_GUTTER:
            size = line.size if len(line.text) > len(last.text) else last.size
            out[-1] = TextLine(f"{last.text} {line.text}", union([last.bbox, line.bbox]), size, last.bold and line.bold)
            pieces[id(out[-1])] = (*pieces.pop(id(last), (last,)), line)
        else:
            out.append(line)
    return tuple(out)


Gutter = tuple[float, float]


def _gaps(row: Row) -> list[Gutter]:
    """The strips between a row's lines, at least ``MIN_GUTTER`` wide."""
    spans: list[list[float]] = []
    for line in row:
        if spans and line.x0 < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], line.x1)
        else:
            spans.append([line.x0, line.x1])
    return [(a[1], b[0]) for a, b in zip(spans, spans[1:]) if b[0] - a[1] >= MIN_GUTTER]


def _narrowed(gutters: Sequence[Gutter], row: Row) -> list[Gutter]:
    """The parts of ``gutters`` no line of ``row`` covers, at least ``MIN_GUTTER`` wide."""
    out = []
    for left, right in gutters:
        pieces = [(left, right)]
        for line in row:
            if line.x0 < right and line.x1 > left:
                cut = [part for a, b in pieces for part in ((a, min(b, line.x0)), (max(a, line.x1), b))]
                pieces = [(a, b) for a, b in cut if b - a >= MIN_GUTTER]
        out.extend(pieces)
    return out


def _runs(rows: Sequence[Row]) -> list[tuple[list[Row], list[Gutter]]]:
    """Runs of rows, each begun by a row of several cells, that keep a gutter open between them."""
    runs: list[tuple[list[Row], list[Gutter]]] = []
    run: list[Row] = []
    gutters: list[Gutter] = []
    for i, row in enumerate(rows):
        if run:
            kept = _narrowed(gutters, row)
            if kept and _continues(run, row):
                run.append(row)
                gutters = kept
                continue
            if _run_together(run, row, rows[i + 1] if i + 1 < len(rows) else None, gutters):
                run.append(row)
                continue
            runs.append((run, gutters))
            run = []
        opened = _gaps(row)
        if opened:
            run, gutters = [row], opened
    if run:
        runs.append((run, gutters))
    return runs


def _run_together(run: Sequence[Row], row: Row, following: Row | None, gutters: Sequence[Gutter]) -> bool:
    """Whether ``row`` is one line that crosses the gutters where pdfminer read two cells as one
    (``activationThreshold Schwellwert für…``): it starts at the table's left edge and the table goes on below it."""
    return (
        following is not None
        and len(row) == 1
        and abs(row[0].x0 - min(line.x0 for line in run[0])) <= ALIGN
        and _continues(run, row)
        and bool(_narrowed(gutters, following))
        and _continues([*run, row], following)
    )


def _continues(run: Sequence[Row], row: Row) -> bool:
    """Whether ``row`` is near enough below the run and set in its size to belong to it."""
    first, last = run[0], run[-1]
    low, high = min(line.size for line in first) - SIZE_SLACK, max(line.size for line in first) + SIZE_SLACK
    height = max(line.height for line in last)
    return (
        all(low <= line.size <= high for line in row)
        and min(line.y1 for line in last) - max(line.y1 for line in row) <= MAX_PITCH * height
    )


def _next_to_table(run: Sequence[Row], ruled: Sequence[TextLine]) -> bool:
    """Whether the run stands right under or over a row of a ruled table: the table's last row on a page, whose
    closing rule the page break left out (htm-whitepaper de's glossary), or its first on the next page. Only one row
    can stand outside a grid's rules there, so the run is that row."""
    left, right = min(row[0].x0 for row in run), max(row[-1].x1 for row in run)
    top, bottom = max(line.y1 for line in run[0]), min(line.y0 for line in run[-1])
    reach = MAX_PITCH * max(line.height for line in run[0])
    return any(
        line.x0 < right and line.x1 > left and (0 <= line.y0 - top <= reach or 0 <= bottom - line.y1 <= reach)
        for line in ruled
    )


def _table(run: Sequence[Row], gutters: Sequence[Gutter], needed: int = MIN_ROWS) -> list[Row] | None:
    """The run's table rows, or ``None`` when it is no table (fewer than ``needed`` rows of several cells, ragged
    columns, prose, lists side by side, a drawing's spelt-out labels, contents, a numbered listing or a list)."""
    borders = tuple((left + right) / 2 for left, right in gutters)
    cells = [[sum(1 for b in borders if b < line.x0) for line in row] for row in run]
    several = sum(1 for columns in cells if len(set(columns)) >= 2)
    if several < needed:
        return None
    by_column: dict[int, list[TextLine]] = {}
    for row, columns in zip(run, cells):
        for line, column in zip(row, columns):
            by_column.setdefault(column, []).append(line)
    if len(by_column) < 2 or not all(_aligned(lines) for lines in by_column.values()):
        return None
    if sum(1 for lines in by_column.values() if _prose(lines, run)) >= 2 or _lists_side_by_side(run, cells):
        return None
    if any(sum(1 for line in lines if _spelt_out(line.text)) * 2 >= len(lines) for lines in by_column.values()):
        return None
    if _contents(run) or _numbered_lines(run, cells) or (len(by_column) == 2 and all(_MARKER.match(line.text) for line in by_column[0])):
        return None
    if several < MIN_ROWS:
        return [tuple(line for row in run for line in row)]  # a ruled table's row left outside its rules is one row
    return _table_rows(run, cells)


def _lists_side_by_side(run: Sequence[Row], cells: Sequence[Sequence[int]]) -> bool:
    """Whether lists stand side by side, each under headings of its own (ontology-introwp's fields of use), rather
    than a table whose cells belong together across a row: a column after the first sets a line in bold below the
    first row (and its row is no bold header or total row), or sets lines out to the left of its other lines."""
    for row, columns in list(zip(run, cells))[1:]:
        bold = any(line.bold for line, column in zip(row, columns) if column > 0)
        if bold and not (all(line.bold for line in row) and 0 in columns):
            return True
    by_column: dict[int, list[TextLine]] = {}
    for row, columns in zip(run, cells):
        for line, column in zip(row, columns):
            by_column.setdefault(column, []).append(line)
    return any(_outdented(lines) for column, lines in by_column.items() if column > 0)


def _outdented(lines: Sequence[TextLine]) -> bool:
    """Whether a left-aligned column sets two lines or more at an edge of their own left of its usual one (headings
    over indented items)."""
    edges = Counter(round(line.x0 / ALIGN) for line in lines)
    usual, count = edges.most_common(1)[0]
    if count < ALIGNED_SHARE * len(lines):
        return False
    left = [line for line in lines if line.x0 < usual * ALIGN - line.size]
    return len(left) >= 2 and max(line.x0 for line in left) - min(line.x0 for line in left) <= 2 * ALIGN


def _spelt_out(text: str) -> bool:
    """Whether a line is letters one by one (``r a d n``, ``p``): text set vertically or on a slant, a drawing's
    labels, not a cell."""
    return all(len(word) == 1 and word.isalpha() for word in text.split())


def _aligned(lines: Sequence[TextLine]) -> bool:
    """Whether most of a column's lines share a left edge, a right edge or a middle."""
    need = ALIGNED_SHARE * len(lines)
    for edge in (lambda line: line.x0, lambda line: line.x1, lambda line: (line.x0 + line.x1) / 2):
        counts = Counter(round(edge(line) / ALIGN) for line in lines)
        best = max(counts, key=lambda key: counts[key] + counts[key - 1] + counts[key + 1])
        if counts[best] + counts[best - 1] + counts[best + 1] >= need:
            return True
    return False


def _prose(lines: Sequence[TextLine], run: Sequence[Row]) -> bool:
    """Whether a column reads as a column of text: long lines, or lines that run on into the next one."""
    if median(_words(line.text) for line in lines) >= PROSE_WORDS:
        return True
    baseline = {id(line): i for i, row in enumerate(run) for line in row}
    right = max(line.x1 for line in lines)
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if baseline[id(b)] == baseline[id(a)] + 1]
    return bool(pairs) and sum(1 for a, b in pairs if _runs_on(a, b, right)) * 2 >= len(pairs)


def _runs_on(line: TextLine, following: TextLine, right: float) -> bool:
    """Whether ``following`` continues the sentence of ``line`` as text wrapped at the column's ``right`` edge does:
    both hold words (a column of names or identifiers holds one each), the first word of ``following`` would not have
    fitted after ``line``, no full stop comes before it, and it begins in lower case or with a sign (``&``), or
    ``line`` ends in a comma or a hyphen."""
    text, next_text = line.text.rstrip(), following.text.strip()
    if _words(text) < 2 or _words(next_text) < 2 or text[-1] in _SENTENCE_ENDS:
        return False
    word = (len(next_text.split()[0]) + 1) * (following.x1 - following.x0) / len(next_text)
    if line.x1 + word < right - following.size:
        return False
    return text[-1] in ",-" or next_text[0].islower() or not next_text[0].isalnum()


def _words(text: str) -> float:
    """Words in a line: its spaced words, or half its Chinese, Japanese and Korean syllables if that is more (written
    without spaces, or with few: a Korean word runs to several syllables)."""
    return max(len(text.split()), len(_SYLLABLES.findall(text)) / 2)


_SYLLABLES = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SENTENCE_ENDS = frozenset(".!?:;。！？：；")


def _contents(run: Sequence[Row]) -> bool:
    """Whether the run, each row read as one line, is a contents page (titles and page numbers)."""
    flow = [TextLine(" ".join(line.text for line in row), union([line.bbox for line in row]), row[0].size) for row in run]
    return any(span.end - span.start >= len(flow) / 2 for span in contents_spans(flow))


def _numbered_lines(run: Sequence[Row], cells: Sequence[Sequence[int]]) -> bool:
    """Whether the first column numbers every line, one after another (a code listing, not a table)."""
    numbers = [_LINE_NUMBER.match(row[0].text) if columns[0] == 0 else None for row, columns in zip(run, cells)]
    if not all(numbers):
        return False
    values = [int(number.group(1)) for number in numbers if number]
    return all(b == a + 1 for a, b in zip(values, values[1:]))


_LINE_NUMBER = regex.compile(r"^\s*(\d{1,5})[.:]?(?:\s|$)")
_MARKER = regex.compile(r"^\s*(?:\(?(?:\d{1,3}|\p{L}|[ivxlc]{1,5})[.)]|[\p{Pd}•·▪◦*])\s*$")
"""A list item's marker alone in its cell (``1)``, ``a.``, ``•``): two columns of markers and text are a list."""


def _table_rows(run: Sequence[Row], cells: Sequence[Sequence[int]]) -> list[Row]:
    """The run's baseline rows grouped into table rows.

    A table row begins at a baseline with a first-column cell. In a table that sets space between its rows, a
    first-column line at the tightest pitch under the one above is that cell's second line; so is one that opens
    with a bracket (``potentialSynapses`` / ``(c)``) in any table.
    """
    pitches = [0.0] + [min(line.y0 for line in run[i - 1]) - min(line.y0 for line in row) for i, row in enumerate(run) if i]
    tightest = min((p for p in pitches[1:] if p > 0), default=0.0)
    wide = [p > WIDE_PITCH * tightest for p in pitches]
    firsts = [i for i, columns in enumerate(cells) if i and 0 in columns]
    spaced = sum(wide[i] for i in firsts) * 2 >= len(firsts) > 0
    rows: list[list[TextLine]] = []
    for i, (row, columns) in enumerate(zip(run, cells)):
        first = row[0] if columns[0] == 0 else None
        begins = not rows or (first is not None and (wide[i] or not spaced) and not _opens_bracket(first.text))
        if begins:
            rows.append(list(row))
        else:
            rows[-1].extend(row)
    return [tuple(row) for row in rows]


def _opens_bracket(text: str) -> bool:
    return unicodedata.category(text.lstrip()[:1] or " ") == "Ps"
