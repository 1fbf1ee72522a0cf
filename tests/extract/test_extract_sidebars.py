"""Sidebars: prose set apart by a panel, a frame or its size is a block of kind ``sidebar``; a boxed numbered listing
is code; backgrounds, figures and headings are none of these."""

from __future__ import annotations

from collections.abc import Callable

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import BlockKind

BODY = [
    "The partners met in Sofia to agree on the plan for the second year of the project and its budget.",
    "They chose three pilot schools in each country and named a coordinator for each of the pilots.",
    "The first results of the pilots will be presented at the annual review in Brussels next spring.",
]
BOX = [
    "Did you know? Every pilot school keeps a diary of",
    "its lessons, which the partners read each month",
    "to see what works and what should change next.",
]
BOX_TEXT = " ".join(BOX)


def _texts(box_x: float = 330) -> list:
    body = [(72, 700 - 14 * i, 10, text[:44]) for i, text in enumerate(BODY * 3)]
    return body + [(box_x + 8, 690 - 13 * i, 9, text) for i, text in enumerate(BOX)]


def _kinds(make_pdf: Callable, page_factory: Callable, texts: list, raw: bytes, name: str = "en.pdf") -> list:
    return [(b.kind, b.text) for b in extract_document(str(make_pdf([page_factory(texts=texts, raw=raw)], name=name))).blocks]


PANEL = b"0.9 g 330 640 240 70 re f 0 g\n"
FRAME = b"0.8 w 330 640 240 70 re S\n"
RULED = b"0.5 w 330 710 m 570 710 l S 330 640 m 570 640 l S 330 640 m 330 675 l S 330 675 m 330 710 l S 570 640 m 570 710 l S\n"
"""The frame as four rules, the left side drawn in two pieces (as a one-cell table's border is)."""


def test_prose_in_a_shaded_panel_is_a_sidebar(make_pdf, page_factory: Callable) -> None:
    blocks = _kinds(make_pdf, page_factory, _texts(), PANEL)
    assert (BlockKind.SIDEBAR, BOX_TEXT) in blocks
    assert not any(kind == BlockKind.SIDEBAR and text != BOX_TEXT for kind, text in blocks)


def test_prose_in_a_stroked_frame_or_a_frame_of_rules_is_a_sidebar(make_pdf, page_factory: Callable) -> None:
    assert (BlockKind.SIDEBAR, BOX_TEXT) in _kinds(make_pdf, page_factory, _texts(), FRAME)
    assert (BlockKind.SIDEBAR, BOX_TEXT) in _kinds(make_pdf, page_factory, _texts(), RULED, name="ruled.pdf")


def test_the_same_text_without_a_box_is_no_sidebar(make_pdf, page_factory: Callable) -> None:
    assert not any(kind == BlockKind.SIDEBAR for kind, _ in _kinds(make_pdf, page_factory, _texts(), b""))


def test_a_frame_round_all_the_text_or_a_box_of_labels_is_no_sidebar(make_pdf, page_factory: Callable) -> None:
    around = b"0.8 w 60 600 520 120 re S\n"
    assert not any(kind == BlockKind.SIDEBAR for kind, _ in _kinds(make_pdf, page_factory, _texts(), around))
    labels = [(72, 700 - 14 * i, 10, text) for i, text in enumerate(BODY)]
    labels += [(338, 690, 9, "Input"), (338, 677, 9, "Region 1"), (338, 664, 9, "Output")]
    assert not any(kind == BlockKind.SIDEBAR for kind, _ in _kinds(make_pdf, page_factory, labels, PANEL, name="labels.pdf"))


def test_a_framed_numbered_listing_is_code_each_numbered_statement_a_block(make_pdf, page_factory: Callable) -> None:
    intro = [(72, 720, 10, "Given an input vector, the first phase calculates the overlap of each column.")]
    listing = [(108, 690, 9, "1."), (150, 690, 9, "for c in columns"), (108, 677, 9, "2."),
               (108, 664, 9, "3."), (170, 664, 9, "overlap(c) = 0"), (108, 651, 9, "4."), (170, 651, 9, "if overlap(c) < minOverlap then")]  # fmt: skip
    frame = b"0.5 w 100 645 m 500 645 l S 100 702 m 500 702 l S 100 645 m 100 702 l S 500 645 m 500 702 l S\n"
    blocks = _kinds(make_pdf, page_factory, intro + listing, frame)
    assert blocks[1:] == [
        (BlockKind.CODE, "1. for c in columns 2."),  # an empty numbered row goes with the statement before it
        (BlockKind.CODE, "3. overlap(c) = 0"),
        (BlockKind.CODE, "4. if overlap(c) < minOverlap then"),
    ]


QUOTE = ["\"Every school kept a diary,", "and we read every page.\""]


def _with_quote(lines: list[str], size: float = 16) -> list:
    above = [(72, 700 - 14 * i, 10, text) for i, text in enumerate(BODY)]
    quote = [(90, 640 - 20 * i, size, text) for i, text in enumerate(lines)]
    below = [(72, 590 - 14 * i, 10, text) for i, text in enumerate(BODY)]
    return above + quote + below


def test_a_pull_quote_set_large_inside_the_text_is_a_sidebar(make_pdf, page_factory: Callable) -> None:
    blocks = _kinds(make_pdf, page_factory, _with_quote(QUOTE), b"")
    assert (BlockKind.SIDEBAR, " ".join(QUOTE)) in blocks


def test_a_large_heading_inside_the_text_is_no_pull_quote(make_pdf, page_factory: Callable) -> None:
    blocks = _kinds(make_pdf, page_factory, _with_quote(["Results of the pilots"]), b"")
    assert (BlockKind.HEADING, "Results of the pilots") in blocks


def test_the_numbered_steps_of_a_diagram_in_a_box_are_no_code(make_pdf, page_factory: Callable) -> None:
    # ontology-techwp nl: a data exchange diagram's steps ("1", "Order ID, information, price", "2") read as a listing.
    intro = [(72, 720, 10, "The exchange of data between two markets runs in three steps, drawn below.")]
    steps = [(108, 690, 9, "1. Register the order"), (108, 677, 9, "2. Pay the price"), (108, 664, 9, "3. Deliver the data")]
    frame = b"0.5 w 100 645 m 500 645 l S 100 702 m 500 702 l S 100 645 m 100 702 l S 500 645 m 500 702 l S\n"
    assert not any(kind == BlockKind.CODE for kind, _ in _kinds(make_pdf, page_factory, intro + steps, frame))


def test_a_sidebar_line_cut_at_a_wide_gap_stays_in_its_sidebar(make_pdf, page_factory: Callable) -> None:
    # A justified line pdfminer cuts in two: joined by the reading order after the pass, it had lost its role.
    texts = _texts()
    cut = [(338, 690, 9, "Did you know? Every pilot"), (500, 690, 9, "school keeps a diary of")]
    texts = [t for t in texts if t[3] != BOX[0]] + cut
    blocks = _kinds(make_pdf, page_factory, texts, PANEL)
    assert (BlockKind.SIDEBAR, BOX_TEXT) in blocks


def test_a_shaded_cell_of_a_table_is_no_sidebar(make_pdf, page_factory: Callable) -> None:
    # hif-pilot: an advisory board set as a table of shaded cells, a name beside each affiliation of two lines.
    cells = b"0.9 g 200 640 130 70 re f 330 640 240 70 re f 0 g\n"
    texts = _texts() + [(208, 690, 9, "Ruth Faden")]
    assert not any(kind == BlockKind.SIDEBAR for kind, _ in _kinds(make_pdf, page_factory, texts, cells))
    assert (BlockKind.SIDEBAR, BOX_TEXT) in _kinds(make_pdf, page_factory, _texts(), PANEL, name="panel.pdf")


def test_a_paragraph_a_pull_quote_cuts_is_one_block_with_the_quote_after_it(make_pdf, page_factory: Callable) -> None:
    above = [(72, 700 - 14 * i, 10, text) for i, text in enumerate(["The partners met in Sofia to agree on the plan",
                                                                  "for the second year and chose three pilot"])]
    quote = [(90, 650 - 20 * i, 16, text) for i, text in enumerate(QUOTE)]
    below = [(72, 600 - 14 * i, 10, text) for i, text in enumerate(["schools in each country, named a coordinator",
                                                                   "for each of them and set the budget."])]
    blocks = _kinds(make_pdf, page_factory, above + quote + below, b"")
    assert blocks == [
        (BlockKind.PARAGRAPH, "The partners met in Sofia to agree on the plan for the second year and chose three pilot"
         " schools in each country, named a coordinator for each of them and set the budget."),
        (BlockKind.SIDEBAR, " ".join(QUOTE)),
    ]


def test_a_paragraph_that_ends_its_sentence_before_a_pull_quote_is_not_joined_to_the_next(
    make_pdf, page_factory: Callable
) -> None:
    above = [(72, 700, 10, "The partners met in Sofia to agree on the plan.")]
    quote = [(90, 650 - 20 * i, 16, text) for i, text in enumerate(QUOTE)]
    below = [(72, 600, 10, "schools were chosen in each country by the board.")]
    blocks = _kinds(make_pdf, page_factory, above + quote + below, b"")
    assert [kind for kind, _ in blocks] == [BlockKind.PARAGRAPH, BlockKind.SIDEBAR, BlockKind.PARAGRAPH]
