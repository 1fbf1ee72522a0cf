"""Footnotes and endnotes: each note one block of kind note, its marker first; a numbered list stays a list."""

from __future__ import annotations

from collections.abc import Callable

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.notes import note_marker
from heroes_i18ncheck.model import BlockKind

BODY = [
    "Partners met in Lisbon to agree on the review of the network and its plan.",
    "They set the next meeting for the autumn and named the members of the board.",
    "The board reports to the assembly every year on what the network has done.",
]
FOOT_RULE = b"0.5 w 80 150 m 200 150 l S\n"
"""The short rule drawn over a page's footnotes."""


def _body(top: float = 700) -> list[tuple[float, float, float, str]]:
    return [(80, top - 14 * i, 11, text) for i, text in enumerate(BODY)]


def _kinds(path) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in extract_document(str(path)).blocks]


def test_footnotes_under_a_rule_at_the_page_foot_are_notes_with_their_markers(make_pdf, page_factory: Callable) -> None:
    notes = [
        (80, 136, 9, "1 The first meeting was held in 2019."),
        (80, 124, 9, "2 See the minutes of the assembly, page 4."),
    ]
    path = make_pdf([page_factory(texts=[*_body(), *notes], raw=FOOT_RULE)])
    assert _kinds(path)[-2:] == [
        (BlockKind.NOTE, "1 The first meeting was held in 2019."),
        (BlockKind.NOTE, "2 See the minutes of the assembly, page 4."),
    ]
    assert {kind for kind, _ in _kinds(path)[:-2]} == {BlockKind.PARAGRAPH}


def test_a_footnote_running_over_two_lines_is_one_note(make_pdf, page_factory: Callable) -> None:
    notes = [
        (80, 136, 9, "1 The first meeting was held in Lisbon in 2019, when the"),
        (86, 125, 9, "network had twelve members."),
        (80, 112, 9, "2 See the minutes."),
    ]
    path = make_pdf([page_factory(texts=[*_body(), *notes], raw=FOOT_RULE)])
    assert _kinds(path)[-2:] == [
        (BlockKind.NOTE, "1 The first meeting was held in Lisbon in 2019, when the network had twelve members."),
        (BlockKind.NOTE, "2 See the minutes."),
    ]


def test_footnotes_numbered_on_from_page_to_page_need_no_rule(make_pdf, page_factory: Callable) -> None:
    first = [*_body(), (80, 136, 9, "1 The first meeting was held in 2019.")]
    second = [*_body(), (80, 136, 9, "2 See the minutes of the assembly."), (80, 124, 9, "3 In French only.")]
    path = make_pdf([page_factory(texts=first), page_factory(texts=second)])
    notes = [text for kind, text in _kinds(path) if kind == BlockKind.NOTE]
    assert notes == ["1 The first meeting was held in 2019.", "2 See the minutes of the assembly.", "3 In French only."]


def test_endnotes_after_a_heading_at_the_end_of_the_document_are_notes(make_pdf, page_factory: Callable) -> None:
    endnotes = [
        (80, 700, 14, "Notes"),
        (80, 680, 9, "1. The first meeting was held in 2019."),
        (80, 668, 9, "2. See the minutes of the assembly,"),
        (92, 657, 9, "page 4."),
        (80, 645, 9, "3. https://example.org/minutes"),
    ]
    path = make_pdf([page_factory(texts=_body()), page_factory(texts=endnotes)])
    assert _kinds(path)[-3:] == [
        (BlockKind.NOTE, "1. The first meeting was held in 2019."),
        (BlockKind.NOTE, "2. See the minutes of the assembly, page 4."),
        (BlockKind.NOTE, "3. https://example.org/minutes"),
    ]


def test_a_numbered_list_in_body_type_stays_a_list(make_pdf, page_factory: Callable) -> None:
    items = [(80, 650 - 14 * i, 11, f"{i + 1}. Item number {i + 1} of the plan.") for i in range(3)]
    path = make_pdf([page_factory(texts=[*_body(), *items])])
    assert [kind for kind, _ in _kinds(path)][-3:] == [BlockKind.LIST_ITEM] * 3


def test_a_small_numbered_list_introduced_by_a_sentence_is_no_notes(make_pdf, page_factory: Callable) -> None:
    items = [(92, 640 - 12 * i, 9, f"{i + 1}) Step {i + 1} of the process is done by the board.") for i in range(3)]
    texts = [*_body(), (80, 656, 11, "The process runs as follows:"), *items]
    path = make_pdf([page_factory(texts=texts), page_factory(texts=_body())])
    assert BlockKind.NOTE not in {kind for kind, _ in _kinds(path)}


def test_a_reference_list_in_small_type_is_no_footnotes(make_pdf, page_factory: Callable) -> None:
    references = [(80, 640 - 12 * i, 9, f"[{i + 1}] A. Author, \"Title number {i + 1},\" 2008.") for i in range(4)]
    texts = [*_body(), (80, 660, 14, "References"), *references]
    path = make_pdf([page_factory(texts=texts)])
    assert BlockKind.NOTE not in {kind for kind, _ in _kinds(path)}


def test_note_markers_read_plainly() -> None:
    assert [note_marker(t) for t in ("1 Text", "12. Text", "¹Text", "[3] Text", "* Text", "† Text", "3D printers", "2 + 3 = 5", "14.")] == [
        "1", "12", "1", "3", "*", "†", None, None, None
    ]


def test_a_numbered_listing_at_the_page_foot_is_no_notes(make_pdf, page_factory: Callable) -> None:
    # htm-whitepaper: its pseudocode, set smaller and numbered line by line, runs to the foot of the page.
    listing = [
        (80, 160, 9, "11 for c in columns"),
        (80, 148, 9, "12 minLocalActivity = kthScore(neighbors(c))"),
        (80, 136, 9, "13"),
        (80, 124, 9, "14 activeColumns(t).append(c)"),
    ]
    path = make_pdf([page_factory(texts=[*_body(), *listing])])
    assert BlockKind.NOTE not in {kind for kind, _ in _kinds(path)}


def test_a_paragraph_a_page_break_and_its_footnotes_cut_is_one_block_the_notes_after_it(
    make_pdf, page_factory: Callable
) -> None:
    page_one = [*_body(), (80, 660, 11, "The board asked the partners to report on the first"),
                (80, 136, 9, "1 The first meeting was held in 2019.")]
    page_two = [(80, 700, 11, "year by the end of March, with the budget.")]
    blocks = _kinds(make_pdf([page_factory(texts=page_one, raw=FOOT_RULE), page_factory(texts=page_two)]))
    assert [kind for kind, _ in blocks] == [BlockKind.PARAGRAPH, BlockKind.NOTE]
    assert blocks[0][1].endswith("The board asked the partners to report on the first year by the end of March, with"
                                 " the budget.")
    assert blocks[1] == (BlockKind.NOTE, "1 The first meeting was held in 2019.")
