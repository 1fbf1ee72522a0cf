"""Reading order: columns by their gutter, full-width parts as section breaks, rows within a column."""

from __future__ import annotations

import math
import tracemalloc
from collections.abc import Callable
from typing import TypeVar

import pytest

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.columns import find_gutters, in_rows, reading_order
from heroes_i18ncheck.extract.lines import PageText, TextLine
from repo_paths import SHARED

T = TypeVar("T")
A4 = (0.0, 0.0, 595.0, 842.0)
LEFT, RIGHT, GUTTER_AT = 50.0, 545.0, 297.5


def line(text: str, x0: float, y: float, x1: float, size: float = 10.0) -> TextLine:
    return TextLine(text, (x0, y, x1, y + size), size)


def column(name: str, x0: float, top: float, count: int, x1: float | None = None) -> list[TextLine]:
    right = x1 if x1 is not None else x0 + 237.5
    return [line(f"{name}{i}", x0, top - 13.5 * i, right) for i in range(count)]


def order(page: PageText) -> list[str]:
    return [line.text for flow in reading_order(page) for line in flow]


def test_two_columns_under_a_full_width_title_read_left_first() -> None:
    title = line("Title", LEFT, 760, RIGHT, size=24)
    left, right = column("L", LEFT, 700, 8), column("R", 307.5, 700, 8)
    page = PageText(1, A4, (title, *right, *left))
    assert order(page) == ["Title", *[line.text for line in left], *[line.text for line in right]]


def test_a_spanning_line_is_a_section_break() -> None:
    upper_l, upper_r = column("a", LEFT, 700, 5), column("b", 307.5, 700, 5)
    banner = line("Full width banner", LEFT, 600, RIGHT)
    lower_l, lower_r = column("c", LEFT, 560, 4), column("d", 307.5, 560, 4)
    page = PageText(1, A4, (*lower_r, banner, *upper_r, *lower_l, *upper_l))
    expected = [*upper_l, *upper_r, banner, *lower_l, *lower_r]
    assert order(page) == [line.text for line in expected]


def test_a_shaded_panel_across_the_gutter_holds_its_short_lines_together() -> None:
    upper_l, upper_r = column("a", LEFT, 700, 6), column("b", 307.5, 700, 6)
    panel = (LEFT, 540.0, RIGHT, 610.0)
    heading = line("Events", 62, 590, 150)  # left-aligned, does not cross the gutter
    events = [line("Event one, letter-spaced", 62, 570, 500), line("Event two", 62, 550, 200)]
    lower_l, lower_r = column("c", LEFT, 500, 3), column("d", 307.5, 500, 3)
    page = PageText(1, A4, (*upper_r, heading, *lower_l, *events, *upper_l, *lower_r), boxes=(panel,))
    expected = [*upper_l, *upper_r, heading, *events, *lower_l, *lower_r]
    assert order(page) == [line.text for line in expected]


def test_short_last_line_of_a_full_width_paragraph_stays_with_it() -> None:
    intro = [line("Intro line one", LEFT, 740, RIGHT), line("intro end.", LEFT, 726.5, 140)]
    left, right = column("L", LEFT, 680, 6), column("R", 307.5, 680, 6)
    page = PageText(1, A4, (*right, *left, *intro))
    assert order(page) == [line.text for line in (*intro, *left, *right)]


def test_one_column_with_a_small_diagram_is_read_in_rows() -> None:
    text = [line(f"body{i}", LEFT, 700 - 13.5 * i, RIGHT) for i in range(6)]
    diagram = [line("Block", 150, 560, 180), line("Block", 350, 560, 380), line("Hash", 150, 545, 175), line("Hash", 350, 545, 375)]
    after = [line(f"tail{i}", LEFT, 500 - 13.5 * i, RIGHT) for i in range(4)]
    page = PageText(1, A4, (*after, *diagram, *text))
    assert find_gutters(page.lines) == []
    assert order(page) == [*(line.text for line in text), "Block Block", "Hash Hash", *(line.text for line in after)]


def test_justified_word_gaps_are_not_a_gutter() -> None:
    left = column("L", LEFT, 700, 6)
    right = column("R", 307.5, 700, 6)
    pieces = [line("ni", 497, 700 - 13.5 * 7, 511), line("na", 533, 700 - 13.5 * 7, 545), line("v", 539, 700 - 13.5 * 9, 545)]
    gutters = find_gutters([*left, *right, *pieces])
    assert len(gutters) == 1 and 288 <= gutters[0] <= 307


def test_pieces_of_one_row_merge_into_a_line() -> None:
    pieces = [line("the project", LEFT, 600, 120), line("on", 280, 600, 295)]
    merged = in_rows(pieces)
    assert [line.text for line in merged] == ["the project on"]
    assert merged[0].bbox == (LEFT, 600, 295, 610)


def test_a_text_line_s_sides_are_its_box_s_and_not_part_of_its_value() -> None:
    first = TextLine("Title", (50.0, 700.0, 300.0, 724.0), 24.0)
    assert (first.x0, first.y0, first.x1, first.y1, first.height, first.middle) == (50.0, 700.0, 300.0, 724.0, 24.0, 712.0)
    assert first == TextLine("Title", (50.0, 700.0, 300.0, 724.0), 24.0)
    assert repr(first) == "TextLine(text='Title', bbox=(50.0, 700.0, 300.0, 724.0), size=24.0, bold=False, mono=False, role=None, opens=False)"


def peak_memory(work: Callable[[], T]) -> tuple[T, int]:
    """``work()``'s result and the most memory Python allocated while it ran (bytes)."""
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("far", [9.0e7, 1.0e300, math.inf], ids=["90-million-points", "1e300", "infinity"])
def test_a_glyph_far_off_the_page_costs_no_memory(far: float) -> None:
    """Issue 25: the gutter search once allocated one counter per point up to the farthest glyph (2.9 GB)."""
    columns = [*column("L", LEFT, 700, 8), *column("R", 307.5, 700, 8)]
    assert len(find_gutters(columns)) == 1
    stray = line("far away", far, 100, far + 50.0 if math.isfinite(far) else far)
    gutters, peak = peak_memory(lambda: find_gutters([*columns, stray]))
    assert peak < 1_000_000
    assert gutters == ([] if math.isfinite(far) else find_gutters(columns))


def test_a_pdf_with_a_glyph_far_off_the_page_is_read_in_little_memory(make_pdf, page_factory) -> None:
    """The reproducer's shape built on the fly: two pages of text and, on one, a word 90 million points to the right
    (off the page: left out, as a reader never sees it)."""
    far = 90_000_000
    runs = [(72, 700 - 14 * i, 11, f"Line number {i} of text here.") for i in range(8)]
    far_word = b"BT /F1 11 Tf %d 100 Td (far away) Tj ET\n" % far  # written out: %g would print 9e+07
    path = make_pdf([page_factory(texts=runs), page_factory(texts=runs, raw=far_word)])
    document, peak = peak_memory(lambda: extract_document(str(path)))
    assert peak < 100_000_000
    assert not [b for b in document.blocks if "far away" in b.text], "text wholly off the page is never printed"
    assert any("Line number 7 of text here." in b.text for b in document.blocks)


@pytest.mark.shared
def test_far_x_reproducer_is_read_in_little_memory() -> None:
    """``extract-cmd/far-x.pdf`` (926 bytes, one glyph at x = 90,000,000): 2.9 GB and 35 s before."""
    document, peak = peak_memory(lambda: extract_document(str(SHARED / "attack-repro" / "extract-cmd" / "far-x.pdf")))
    assert peak < 100_000_000
    assert not [b for b in document.blocks if "far away" in b.text], "text wholly off the page is never printed"
    assert document.blocks[0].text.startswith("HEROES newsletter issue 2 The project has 24 partners")


def test_text_set_beyond_the_pages_edge_is_left_out_and_text_across_it_kept(make_pdf, page_factory) -> None:
    # ontology-introwp nl: the p31 diagram carries a layer of English labels at x = -141 … -3, never printed; they
    # were read as paragraphs ("Distributed Equity Management", "Protection") the Spanish edition had not.
    runs = [(72, 700 - 14 * i, 11, f"Line number {i} of text here.") for i in range(6)]
    hidden = [(-160, 500, 11, "Distributed Equity Management"), (-120, 480, 11, "Protection")]
    across = [(-20, 300, 11, "Cut by the edge but printed in part")]
    document = extract_document(str(make_pdf([page_factory(texts=[*runs, *hidden, *across])])))
    text = " ".join(b.text for b in document.blocks)
    assert "Distributed Equity Management" not in text and "Protection" not in text
    assert "Cut by the edge but printed in part" in text
    assert "Line number 5 of text here." in text
