"""Tables with rules and without: each row one block, its cells in column order, compared with its row in the other edition."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from heroes_i18ncheck import check_files
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.lines import PageText, TextLine
from heroes_i18ncheck.extract.table_columns import column_tables, rows_of_column_tables
from heroes_i18ncheck.extract.tables import rows_of_tables, table_grids
from heroes_i18ncheck.model import BlockKind

X = (80.0, 140.0, 230.0, 520.0)
"""The column borders of the test table: Version | Date | Changes."""
Y = (640.0, 622.0, 580.0, 540.0)
"""Its row borders, top to bottom: a header row and two rows."""


def _rules(xs: Sequence[float] = X, ys: Sequence[float] = Y) -> bytes:
    """The grid drawn as stroked lines (``m``/``l``/``S``), as word processors draw table borders."""
    ops = [f"{xs[0]} {y} m {xs[-1]} {y} l S" for y in ys] + [f"{x} {ys[-1]} m {x} {ys[0]} l S" for x in xs]
    return ("0.5 w " + " ".join(ops) + "\n").encode()


def _cells(rows: Sequence[Sequence[Sequence[str]]]) -> list[tuple[float, float, float, str]]:
    """Text runs for each cell's lines, set 14 pt apart from just under the row's top border."""
    runs = []
    for top, row in zip(Y, rows):
        for left, lines in zip(X, row):
            runs += [(left + 4, top - 11 - 14 * i, 10, text) for i, text in enumerate(lines)]
    return runs


EN_ROWS = [
    [["Version"], ["Date"], ["Changes"]],
    [["0.1"], ["Nov 9, 2010"], ["Preface, Chapters 1, 2 and 3,", "and Glossary: first release"]],
    [["0.2"], ["Dec 10, 2010"], ["Chapter 4: updated line", "references in lines 37 and 39"]],
]
DE_ROWS = [
    [["Version"], ["Datum"], ["Änderungen"]],
    [["0.1"], ["9. Nov. 2010"], ["Vorwort, Kapitel 1, 2 und 3", "und Glossar: erste Fassung"]],
    [["0.2"], ["10. Dez. 2010"], ["Kapitel 4: Zeilenangaben", "aktualisiert, Zeilen 37 und 39"]],
]


def test_each_row_of_a_ruled_table_is_one_block_with_its_cells_in_column_order(make_pdf, page_factory: Callable) -> None:
    intro = (80, 700, 10, "We note in the table below the major changes between versions.")
    path = make_pdf([page_factory(texts=[intro, *_cells(EN_ROWS)], raw=_rules())])
    blocks = extract_document(str(path)).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "We note in the table below the major changes between versions."),
        (BlockKind.TABLE_ROW, "Version | Date | Changes"),
        (BlockKind.TABLE_ROW, "0.1 | Nov 9, 2010 | Preface, Chapters 1, 2 and 3, and Glossary: first release"),
        (BlockKind.TABLE_ROW, "0.2 | Dec 10, 2010 | Chapter 4: updated line references in lines 37 and 39"),
    ]


LONG_Y = (640.0, 622.0, 580.0, 540.0, 500.0, 460.0)
LONG_EN = [*EN_ROWS, [["0.2.1"], ["Sep 12, 2011"], ["Appendix B: first release"]], [["0.3"], ["Oct 1, 2012"], ["Preface: software section removed"]]]
LONG_DE = [*DE_ROWS, [["0.2.1"], ["12. Sept. 2011"], ["Anhang B: erste Fassung"]], [["0.3"], ["1. Okt. 2012"], ["Vorwort: Abschnitt entfernt"]]]


def test_rows_of_two_editions_pair_so_their_dates_agree(make_pdf, page_factory: Callable) -> None:
    # htm-whitepaper de: the revision table's date column, each line ending in a year, read as a contents page
    # without leaders (the years taken for page numbers and cut off), its cells split otherwise than en's.
    def cells(rows: list) -> list[tuple[float, float, float, str]]:
        return [(x, y - Y[0] + top, size, text) for top, row in zip(LONG_Y, rows) for x, y, size, text in _cells([row])]

    en = make_pdf([page_factory(texts=cells(LONG_EN), raw=_rules(ys=LONG_Y))], name="en.pdf")
    de = make_pdf([page_factory(texts=cells(LONG_DE), raw=_rules(ys=LONG_Y))], name="de.pdf")
    assert [b.text for b in extract_document(str(en)).blocks][3:] == ["0.2.1 | Sep 12, 2011 | Appendix B: first release", "0.3 | Oct 1, 2012 | Preface: software section removed"]
    assert [f.message for f in check_files([str(en), str(de)]).findings] == []


def _page(lines: Sequence[tuple[float, float, float, float, str]], drawings: Sequence[tuple[float, float, float, float]]) -> PageText:
    return PageText(1, (0, 0, 612, 792), tuple(TextLine(t, (x0, y0, x1, y1), 10.0) for x0, y0, x1, y1, t in lines), drawings=tuple(drawings))


def _drawn(xs: Sequence[float] = X, ys: Sequence[float] = Y, width: float = 0.5) -> list[tuple[float, float, float, float]]:
    """The grid as pdfminer reports thin rectangles: one per cell side."""
    across = [(a, y - width / 2, b, y + width / 2) for y in ys for a, b in zip(xs, xs[1:])]
    down = [(x - width / 2, c, x + width / 2, d) for x in xs for c, d in zip(ys[1:], ys)]
    return across + down


def test_a_grid_is_found_from_its_rules_drawn_piecewise() -> None:
    (grid,) = table_grids(_page([], _drawn()))
    assert grid.rows == Y and grid.columns == X[1:-1]
    assert (grid.x0, grid.x1) == (X[0], X[-1])


def test_a_frame_a_rule_or_a_box_with_one_divider_row_is_no_table() -> None:
    frame = _drawn(xs=(80.0, 520.0), ys=(640.0, 540.0))
    assert table_grids(_page([], frame)) == ()
    two_rules_and_a_divider = _drawn(xs=(80.0, 300.0, 520.0), ys=(640.0, 540.0))
    assert table_grids(_page([], two_rules_and_a_divider)) == ()
    no_column = [(80.0, y - 0.25, 520.0, y + 0.25) for y in Y]  # rules between rows, none between columns
    assert table_grids(_page([], no_column)) == ()


def test_a_grid_whose_rules_run_through_the_text_is_not_used() -> None:
    # htm-whitepaper en: pdfminer sets some cells' lines a row lower than the rules drawn around them; cut by that
    # grid, rows would hold the cells of other rows.
    through = [(84, 625, 130, 637, "Version"), (144, 625, 200, 637, "Date"), (84, 575, 130, 587, "0.1")]
    page = _page(through, _drawn())
    assert rows_of_tables(page) is page
    fitted = [(84, 626, 130, 637, "Version"), (144, 626, 200, 637, "Date"), (84, 566, 130, 578, "0.1")]
    rows = rows_of_tables(_page(fitted, _drawn())).lines
    assert sorted((line.text, line.role) for line in rows) == [("0.1", BlockKind.TABLE_ROW), ("Version | Date", BlockKind.TABLE_ROW)]


def test_a_table_set_in_a_font_with_a_broken_descent_is_read_where_it_is_drawn(make_pdf, page_factory: Callable) -> None:
    # htm-whitepaper en: Cambria's descriptor gives a 2.5 em descent; pdfminer boxed every line 27 pt below its
    # baseline, across the rules of the table around it, and the table was read as loose labels.
    path = make_pdf([page_factory(deep_descent_texts=_cells(EN_ROWS), raw=_rules())])
    blocks = extract_document(str(path)).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TABLE_ROW, "Version | Date | Changes"),
        (BlockKind.TABLE_ROW, "0.1 | Nov 9, 2010 | Preface, Chapters 1, 2 and 3, and Glossary: first release"),
        (BlockKind.TABLE_ROW, "0.2 | Dec 10, 2010 | Chapter 4: updated line references in lines 37 and 39"),
    ]
    assert all(b.bbox is not None and b.bbox[1] > Y[-1] - 1 for b in blocks)  # boxed at their baselines, inside the table


# Tables without rules: cells set at tab stops, rows apart by whitespace only.

TAB = (80.0, 150.0, 250.0)
"""The left edges of the gridless table's columns."""


def _tabbed(rows: Sequence[Sequence[Sequence[str]]], top: float = 640.0, pitch: float = 14.0, gap: float = 8.0) -> list[tuple[float, float, float, str]]:
    """Text runs for a table without rules: each cell's lines 14 pt apart from its row's baseline, ``gap`` more
    points between rows."""
    runs = []
    y = top
    for row in rows:
        for left, lines in zip(TAB, row):
            runs += [(left, y - pitch * i, 10, text) for i, text in enumerate(lines)]
        y -= pitch * max(len(lines) for lines in row) + gap
    return runs


GRIDLESS_EN = [
    [["Version"], ["Date"], ["Changes"]],
    [["0.1"], ["Nov 9, 2010"], ["First release"]],
    [["0.2"], ["Dec 10, 2010"], ["Appendix B added"]],
    [["0.2.1"], ["Sep 12, 2011"], ["Appendix B: first release"]],
]


def test_each_row_of_a_table_without_rules_is_one_block_with_its_cells_in_column_order(make_pdf, page_factory: Callable) -> None:
    intro = (80, 700, 10, "We note in the table below the major changes between versions.")
    path = make_pdf([page_factory(texts=[intro, *_tabbed(GRIDLESS_EN)])])
    blocks = extract_document(str(path)).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "We note in the table below the major changes between versions."),
        (BlockKind.TABLE_ROW, "Version | Date | Changes"),
        (BlockKind.TABLE_ROW, "0.1 | Nov 9, 2010 | First release"),
        (BlockKind.TABLE_ROW, "0.2 | Dec 10, 2010 | Appendix B added"),
        (BlockKind.TABLE_ROW, "0.2.1 | Sep 12, 2011 | Appendix B: first release"),
    ]


def test_two_boxes_of_three_short_lines_side_by_side_are_no_table(make_pdf, page_factory: Callable) -> None:
    # commonshub-brochure: two feature boxes, a heading over each and three lines of wrapped text under it, set in
    # columns; read as a table of three rows they paired "Wild river beaches," with "100 m² of maker space with".
    left = ["Wild river beaches,", "climbing routes", "& hiking trails"]
    right = ["100 m of maker space with", "3D printer, laser cutter", "& DIY electronics"]
    runs = [(80, 640 - 14 * i, 10, text) for i, text in enumerate(left)] + [(300, 640 - 14 * i, 10, text) for i, text in enumerate(right)]
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert BlockKind.TABLE_ROW not in {b.kind for b in blocks}
    assert [b.text for b in blocks] == ["Wild river beaches, climbing routes & hiking trails", "100 m of maker space with 3D printer, laser cutter & DIY electronics"]


def test_a_cell_wrapped_onto_more_lines_joins_its_row(make_pdf, page_factory: Callable) -> None:
    rows = [
        [["Version"], ["Date"], ["Changes"]],
        [["0.1"], ["Nov 9, 2010"], ["Preface, Chapters 1, 2 and 3,", "and Glossary: first release"]],
        [["0.2"], ["Dec 10, 2010"], ["Chapter 4: updated line", "references in lines 37 and 39"]],
        [["0.2.1"], ["Sep 12, 2011"], ["Appendix B: first release"]],
    ]
    blocks = extract_document(str(make_pdf([page_factory(texts=_tabbed(rows))]))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TABLE_ROW, "Version | Date | Changes"),
        (BlockKind.TABLE_ROW, "0.1 | Nov 9, 2010 | Preface, Chapters 1, 2 and 3, and Glossary: first release"),
        (BlockKind.TABLE_ROW, "0.2 | Dec 10, 2010 | Chapter 4: updated line references in lines 37 and 39"),
        (BlockKind.TABLE_ROW, "0.2.1 | Sep 12, 2011 | Appendix B: first release"),
    ]


def test_a_first_column_cell_wrapped_in_a_table_that_spaces_its_rows_joins_its_row(make_pdf, page_factory: Callable) -> None:
    # htm-whitepaper de's glossary: a term on two lines beside a definition on two, rows set apart by a blank line.
    rows = [
        [["Active State"], ["a state in which Cells are active"]],
        [["Dendrite", "Segment"], ["a unit of integration of Synapses", "associated with Cells and Columns"]],
        [["Inference"], ["recognizing a spatial and temporal", "input pattern as learned before"]],
    ]
    runs = [(x if x == TAB[0] else TAB[2], y, size, text) for x, y, size, text in _tabbed(rows, gap=14.0)]
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TABLE_ROW, "Active State | a state in which Cells are active"),
        (BlockKind.TABLE_ROW, "Dendrite Segment | a unit of integration of Synapses associated with Cells and Columns"),
        (BlockKind.TABLE_ROW, "Inference | recognizing a spatial and temporal input pattern as learned before"),
    ]


PROSE_LEFT = [
    "The neocortex is the seat of intelligent thought",
    "in the mammalian brain. High level vision and",
    "hearing, touch, movement, language, and planning",
    "are all performed by the neocortex in the brain.",
]
PROSE_RIGHT = [
    "Given such a diverse suite of cognitive functions,",
    "you might expect the neocortex to implement an",
    "equally diverse suite of specialized algorithms.",
    "This is not the case, as the evidence suggests.",
]


def test_two_columns_of_prose_side_by_side_are_no_table(make_pdf, page_factory: Callable) -> None:
    runs = [(80, 640 - 14 * i, 10, text) for i, text in enumerate(PROSE_LEFT)]
    runs += [(320, 640 - 14 * i, 10, text) for i, text in enumerate(PROSE_RIGHT)]
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert all(b.kind == BlockKind.PARAGRAPH for b in blocks)
    assert [b.text for b in blocks] == [" ".join(PROSE_LEFT), " ".join(PROSE_RIGHT)]


def test_two_narrow_columns_of_wrapped_phrases_are_no_table() -> None:
    # commonshub-brochure: a brochure's three narrow columns of text, a few words to a line, side by side.
    left = ["The Commons Hub is a", "guesthouse and event", "venue at the foot of the", "Viennese Alps."]
    right = ["Our spaces offer freedom for", "self-directed initiatives and", "seminars, residencies", "and private gatherings."]
    lines = [(80, 640 - 14 * i, 80 + 5 * len(t), 650 - 14 * i, t) for i, t in enumerate(left)]
    lines += [(220, 640 - 14 * i, 220 + 5 * len(t), 650 - 14 * i, t) for i, t in enumerate(right)]
    assert column_tables(_page(lines, [])) == ()


def test_a_numbered_code_listing_is_no_table() -> None:
    # htm-whitepaper ru: pseudocode with a line number set apart from each line, blank lines numbered too.
    code = ["overlap(c) = 0", "for s in connectedSynapses(c)", "", "if overlap(c) < minOverlap then", "overlap(c) = 0"]
    lines = [(80, 640 - 14 * i, 92, 650 - 14 * i, f"{i + 3}.") for i in range(len(code))]
    lines += [(110, 640 - 14 * i, 110 + 5 * len(t), 650 - 14 * i, t) for i, t in enumerate(code) if t]
    assert column_tables(_page(lines, [])) == ()


def test_a_contents_page_without_leaders_is_no_table() -> None:
    entries = [("Chapter 1: HTM Overview", 7), ("Chapter 2: Cortical Learning", 19), ("Chapter 3: Spatial Pooling", 34), ("Chapter 4: Temporal Pooling", 39)]
    lines = [(80, 640 - 14 * i, 80 + 5 * len(t), 650 - 14 * i, t) for i, (t, _) in enumerate(entries)]
    lines += [(500 - 5 * len(str(n)), 640 - 14 * i, 500, 650 - 14 * i, str(n)) for i, (_, n) in enumerate(entries)]
    assert column_tables(_page(lines, [])) == ()


GRIDLESS_LONG_EN = [*GRIDLESS_EN[:3], [["0.2.1"], ["Sep 12, 2011"], ["Appendix B: first release"]], [["0.3"], ["Oct 1, 2012"], ["Software section removed"]]]
GRIDLESS_LONG_DE = [
    [["Version"], ["Datum"], ["Änderungen"]],
    [["0.1"], ["9. Nov. 2010"], ["Erste Fassung"]],
    [["0.2"], ["10. Dez. 2010"], ["Anhang B ergänzt"]],
    [["0.2.1"], ["12. Sept. 2011"], ["Anhang B: erste Fassung"]],
    [["0.3"], ["1. Okt. 2012"], ["Abschnitt Software entfernt"]],
]


def test_rows_of_a_table_without_rules_pair_so_their_dates_agree(make_pdf, page_factory: Callable) -> None:
    # Read as prose, the date column ran into one paragraph and the other columns into others: one row's date was
    # compared with another row's.
    en = make_pdf([page_factory(texts=_tabbed(GRIDLESS_LONG_EN))], name="en.pdf")
    de = make_pdf([page_factory(texts=_tabbed(GRIDLESS_LONG_DE))], name="de.pdf")
    assert [b.text for b in extract_document(str(de)).blocks][3:] == ["0.2.1 | 12. Sept. 2011 | Anhang B: erste Fassung", "0.3 | 1. Okt. 2012 | Abschnitt Software entfernt"]
    assert [f.message for f in check_files([str(en), str(de)]).findings] == []
    wrong = [*GRIDLESS_LONG_DE[:3], [["0.2.1"], ["12. Sept. 2012"], ["Anhang B: erste Fassung"]], GRIDLESS_LONG_DE[4]]
    bad = make_pdf([page_factory(texts=_tabbed(wrong))], name="de-wrong.pdf")
    assert ["2011" in f.message and "2012" in f.message for f in check_files([str(en), str(bad)]).findings] == [True]


def test_a_cell_cut_into_pieces_on_its_line_is_read_once() -> None:
    # htm-whitepaper en: pdfminer cut "A list of all cells, indexed by i and c." where the font turned italic; the
    # row took the pieces joined and the pieces stayed on the page as well, a paragraph repeating the cell.
    names = ["cell(c,i)", "cellsPerColumn", "activeColumns(t)", "overlap(c)"]
    lines = [(90, 640 - 22 * i, 90 + 6 * len(t), 651 - 22 * i, t) for i, t in enumerate(names)]
    lines += [(202, 640, 345, 651, "A list of all cells, indexed by"), (345, 640, 349, 651, "i"), (349, 640, 380, 651, "and c.")]
    lines += [(202, 618, 367, 629, "Number of cells in each column."), (202, 596, 496, 607, "List of column indices that are winners.")]
    lines += [(202, 574, 430, 585, "The spatial pooler overlap of column c.")]
    page = rows_of_column_tables(_page(lines, []))
    assert sorted((line.text, line.role) for line in page.lines) == [
        ("activeColumns(t) | List of column indices that are winners.", BlockKind.TABLE_ROW),
        ("cell(c,i) | A list of all cells, indexed by i and c.", BlockKind.TABLE_ROW),
        ("cellsPerColumn | Number of cells in each column.", BlockKind.TABLE_ROW),
        ("overlap(c) | The spatial pooler overlap of column c.", BlockKind.TABLE_ROW),
    ]


def test_the_last_row_of_a_ruled_table_left_under_its_rules_is_one_row(make_pdf, page_factory: Callable) -> None:
    # htm-whitepaper de's glossary: a page break left the last row without its closing rule; its term and its
    # definition, two lines each, were read as prose ("Hemmungsradius definiert die Fläche…").
    open_bottom = _rules(ys=Y[:3])
    last = [(X[0] + 4, 569, 10, "Dendrite"), (X[1] + 4, 569, 10, "Nov 23, 2010"), (X[2] + 4, 569, 10, "Appendix A: first"), (X[0] + 4, 555, 10, "Segment"), (X[2] + 4, 555, 10, "release")]
    path = make_pdf([page_factory(texts=[*_cells(EN_ROWS[:2]), *last], raw=open_bottom)])
    blocks = extract_document(str(path)).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TABLE_ROW, "Version | Date | Changes"),
        (BlockKind.TABLE_ROW, "0.1 | Nov 9, 2010 | Preface, Chapters 1, 2 and 3, and Glossary: first release"),
        (BlockKind.TABLE_ROW, "Dendrite Segment | Nov 23, 2010 | Appendix A: first release"),
    ]


def _set(lines: Sequence[tuple[float, float, float, float, str, bool]]) -> PageText:
    """A page of lines given with their weight: ``(x0, y0, x1, y1, text, bold)``."""
    return PageText(1, (0, 0, 612, 792), tuple(TextLine(t, (x0, y0, x1, y1), 9.0, bold) for x0, y0, x1, y1, t, bold in lines))


def test_two_lists_side_by_side_under_headings_of_their_own_are_no_table() -> None:
    # ontology-introwp: fields of use in two lists, each item under a bold heading; read as rows, an item one edition
    # leaves out shifted every row below it onto the other list's next item.
    left = [("Finance", True), ("Trading", False), ("Securities", False), ("Payments", True), ("Micropayments", False)]
    right = [("Internet of Things", True), ("Device payments", False), ("Automated operations", False), ("Grid management", False), ("Consumer", True)]
    lines = [(40 if bold else 57, 520 - 26 * i, 150, 529 - 26 * i, text, bold) for i, (text, bold) in enumerate(left)]
    lines += [(312 if bold else 329, 520 - 26 * i, 450, 529 - 26 * i, text, bold) for i, (text, bold) in enumerate(right)]
    assert column_tables(_set(lines)) == ()
    plain = [(x0, y0, x1, y1, text, False) for x0, y0, x1, y1, text, _ in lines]  # ko: headings set out, not bold
    assert column_tables(_set(plain)) == ()


def test_a_drawings_labels_spelt_out_letter_by_letter_are_no_table() -> None:
    # ontology-introwp es p22: a diagram's slanted labels come out one letter to a line, in columns of their own.
    text = ["la blockchain une la brecha de", "entre la farmacia y el paciente", "registro de la información clave"]
    lines = [(54, 600 - 20 * i, 230, 610 - 20 * i, t, False) for i, t in enumerate(text)]
    lines += [(300 + 40 * k, 600 - 20 * i, 306 + 40 * k, 610 - 20 * i, letter, False) for i, row in enumerate(["pee", "msm", "on"]) for k, letter in enumerate(row)]
    assert column_tables(_set(lines)) == ()
