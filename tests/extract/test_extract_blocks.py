"""Lines into headings, paragraphs and list items; paragraphs rejoined across column and page breaks."""

from __future__ import annotations

import pytest

from hang_guard import hang_guard
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.blocks import LaidBlock, flow_blocks, join_continued, raw_block
from heroes_i18ncheck.extract.lines import TextLine
from heroes_i18ncheck.model import BlockKind

LEFT, RIGHT, PITCH = 50.0, 287.5, 13.5


def lines(*specs: tuple[str, float, float] | tuple[str, float, float, float, bool]) -> tuple[TextLine, ...]:
    """Consecutive lines: (text, x0, x1[, size, bold]); a text of "" adds a paragraph gap."""
    out, y = [], 700.0
    for spec in specs:
        text, x0, x1, *style = spec
        if not text:
            y -= 7
            continue
        size, bold = (style + [10.0, False])[:2] if style else (10.0, False)
        out.append(TextLine(text, (x0, y, x1, y + size), size, bold))
        y -= PITCH if size <= 10 else PITCH + size - 10
    return tuple(out)


def kinds_and_texts(flow: tuple[TextLine, ...], body: float = 10.0) -> list[tuple[str, str]]:
    return [(str(b.kind), raw_block(b, frozenset()).text) for b in flow_blocks(flow, 1, body)]


def test_heading_paragraph_and_bullets() -> None:
    flow = lines(
        ("The project at a glance", LEFT, 200, 12.5, True),
        ("• 36 months", LEFT, 110), ("• 24 partners", LEFT, 115),
        ("• a long item that wraps onto", LEFT, RIGHT), ("a second indented line", LEFT + 11, 200),
        ("", 0, 0),
        ("A paragraph starts here and is", LEFT, RIGHT), ("justi-", LEFT, RIGHT), ("fied over lines.", LEFT, 150),
    )
    assert kinds_and_texts(flow) == [
        ("heading", "The project at a glance"),
        ("list-item", "36 months"),
        ("list-item", "24 partners"),
        ("list-item", "a long item that wraps onto a second indented line"),
        ("paragraph", "A paragraph starts here and is justified over lines."),
    ]


def test_a_symbol_font_bullet_in_the_private_use_area_is_a_bullet() -> None:
    # carenuity-commissioning en: Word's Symbol bullet comes out as U+F0B7, and the three steps of section 1 were
    # one paragraph against the German edition's three list items.
    flow = lines(
        ("\uf0b7 Open the Google Play Store or Apple App Store.", LEFT, RIGHT),
        ("\uf0b7 Search for Carenuity Home and install the app.", LEFT, RIGHT),
        ("\uf0a7 Open the app and create your personal account.", LEFT, RIGHT),
    )
    assert kinds_and_texts(flow) == [
        ("list-item", "Open the Google Play Store or Apple App Store."),
        ("list-item", "Search for Carenuity Home and install the app."),
        ("list-item", "Open the app and create your personal account."),
    ]


def test_a_line_hanging_under_a_numbered_headings_text_goes_on_with_it() -> None:
    # carenuity-commissioning de: "7. Geben Sie Ihrem Gateway einen Namen und fügen Sie Ihren ersten" / "Raum hinzu";
    # ontology-techwp nl: "7.ONTOLOGY" / "APPLICATIEFRAMEWORK" — the second line was a heading "not in the reference".
    flow = lines(
        ("7. Geben Sie Ihrem Gateway einen Namen und fügen Sie Ihren ersten", LEFT, RIGHT, 14, True),
        ("Raum hinzu", LEFT + 14, 200, 14, True),
        ("Geben Sie Ihrem Connector einen Namen und erstellen Sie Ihren ersten Raum.", LEFT, RIGHT),
        ("7.ONTOLOGY", LEFT, 250, 14, True),
        ("APPLICATIEFRAMEWORK", LEFT + 20, 300, 14, True),
        ("7.1. APPLICATIEFRAMEWORK MODEL", LEFT, 300, 12, True),
    )
    assert kinds_and_texts(flow) == [
        ("heading", "7. Geben Sie Ihrem Gateway einen Namen und fügen Sie Ihren ersten Raum hinzu"),
        ("paragraph", "Geben Sie Ihrem Connector einen Namen und erstellen Sie Ihren ersten Raum."),
        ("heading", "7.ONTOLOGY APPLICATIEFRAMEWORK"),
        ("heading", "7.1. APPLICATIEFRAMEWORK MODEL"),
    ]


def test_list_item_ends_where_the_hanging_indent_ends() -> None:
    flow = lines(("• last item", LEFT, 120), ("Then a paragraph right below", LEFT, RIGHT), ("the list.", LEFT, 100))
    assert kinds_and_texts(flow) == [("list-item", "last item"), ("paragraph", "Then a paragraph right below the list.")]


def test_first_line_indent_starts_a_paragraph_but_a_lowercase_hanging_line_does_not() -> None:
    flow = lines(
        ("First paragraph text that runs to", LEFT, RIGHT), ("its short end.", LEFT, 120),
        ("Second paragraph, indented first", LEFT + 14, RIGHT), ("line, then back at the edge.", LEFT, 200),
        ("1) an item whose text is long", LEFT, RIGHT), ("continued with a hanging indent.", LEFT + 14, 220),
        ("2) next item.", LEFT, 150),
    )
    assert kinds_and_texts(flow) == [
        ("paragraph", "First paragraph text that runs to its short end."),
        ("paragraph", "Second paragraph, indented first line, then back at the edge."),
        ("list-item", "1) an item whose text is long continued with a hanging indent."),
        ("list-item", "2) next item."),
    ]


@pytest.mark.parametrize(
    ("size", "bold", "chars", "expected"),
    [(24.0, False, 20, "heading"), (12.5, True, 30, "heading"), (11.5, False, 30, "heading"),
     (11.5, False, 190, "paragraph"), (10.0, False, 30, "paragraph"), (10.0, True, 30, "heading")],
    ids=["title-size", "bold-section-heading", "larger-short", "larger-long-lead-paragraph", "body", "bold-short-body-size"],
)
def test_heading_by_size_and_weight_relative_to_body(size: float, bold: bool, chars: int, expected: str) -> None:
    text = ("x" * 9 + " ") * (chars // 10)
    flow = lines((text.strip(), LEFT, RIGHT, size, bold))
    assert kinds_and_texts(flow)[0][0] == expected


def _two_flows(end_of_first: str, end_x1: float, start_of_second: str, justified: bool = True) -> list[str]:
    first = flow_blocks(lines(("Full justified line of the paragraph", LEFT, RIGHT if justified else 250), (end_of_first, LEFT, end_x1)), 1, 10.0)
    second = flow_blocks(lines((start_of_second, LEFT, RIGHT), ("and its last line.", LEFT, 150)), 2, 10.0)
    return [raw_block(b, frozenset()).text for b in join_continued([*first, *second])]


@pytest.mark.parametrize(
    ("end", "x1", "start", "joined"),
    [
        ("that goes on in the", 200.0, "next column with more", True),
        ("that breaks a word over the col-", RIGHT, "umn with more words", True),
        ("that is cut at a full line", RIGHT, "Next column starts", True),
        ("that ends with a sentence.", 200.0, "Next paragraph starts", False),
        ("that ends short", 200.0, "New paragraph starts", False),
    ],
    ids=["mid-sentence-lowercase", "hyphenated-word", "full-justified-line", "sentence-end", "short-line-then-capital"],
)
def test_paragraph_continues_across_a_column_or_page_break(end: str, x1: float, start: str, joined: bool) -> None:
    texts = _two_flows(end, x1, start)
    assert (len(texts) == 1) is joined
    if joined and end.endswith("col-"):
        assert "column with" in texts[0]


def test_continued_paragraph_keeps_the_first_page_and_box() -> None:
    first = flow_blocks(lines(("Paragraph on page one that goes on", LEFT, RIGHT), ("in the", LEFT, 120)), 1, 10.0)
    second = flow_blocks(lines(("next page and ends.", LEFT, 150),), 2, 10.0)
    [block] = join_continued([*first, *second])
    raw = raw_block(block, frozenset())
    assert (raw.page, raw.text) == (1, "Paragraph on page one that goes on in the next page and ends.")
    assert raw.bbox == (LEFT, first[0].lines[-1].y0, RIGHT, first[0].lines[0].y1)


def test_headings_never_continue() -> None:
    first = flow_blocks(lines(("A heading at the bottom", LEFT, 200, 12.5, True)), 1, 10.0)
    second = flow_blocks(lines(("continued text in lowercase", LEFT, RIGHT), ("ends here.", LEFT, 100)), 1, 10.0)
    assert len(join_continued([*first, *second])) == 2


def _spaced(*specs: tuple[str, float, float, bool]) -> tuple[TextLine, ...]:
    """Lines ``gap`` points apart (text, size, gap below the line before, bold), all at the left edge."""
    out, y = [], 700.0
    for text, size, gap, bold in specs:
        y -= gap
        out.append(TextLine(text, (LEFT, y - size, RIGHT if len(text) > 30 else 200, y), size, bold))
        y -= size
    return tuple(out)


def test_a_line_that_goes_on_with_the_sentence_stays_in_its_block_across_wide_leading() -> None:
    # ontology-introwp nl p6: a 16 pt heading on 28 pt lines, an intro whose lines stand 9.8 pt apart.
    flow = _spaced(
        ("Hedendaagse Problematiek in", 16.0, 0.0, False), ("vertrouwensnetwerken", 16.0, 12.0, False),
        ("Hoewel we nu een reeks mechanismen hebben,", 11.2, 20.0, False), ("ondervinden we nog steeds hindernissen.", 11.2, 9.8, False),
        ("A new sentence one line lower", 11.2, 9.8, False),
    )
    assert kinds_and_texts(flow, body=11.2) == [
        ("heading", "Hedendaagse Problematiek in vertrouwensnetwerken"),
        ("paragraph", "Hoewel we nu een reeks mechanismen hebben, ondervinden we nog steeds hindernissen."),
        ("paragraph", "A new sentence one line lower"),
    ]


def test_a_bold_run_in_head_that_goes_on_in_regular_type_is_one_block() -> None:
    flow = _spaced(("Gefragmenteerde bronnen van", 9.0, 0.0, True), ("vertrouwen. Wanneer gegevens door", 9.0, 6.0, False))
    assert kinds_and_texts(flow, body=9.0) == [("paragraph", "Gefragmenteerde bronnen van vertrouwen. Wanneer gegevens door")]


def test_a_line_more_than_a_line_below_or_after_a_full_stop_starts_a_block() -> None:
    far = _spaced(("Partners met in", 10.0, 0.0, False), ("lisbon, far below", 10.0, 11.0, False))
    closed = _spaced(("Partners met.", 10.0, 0.0, False), ("then the review", 10.0, 8.0, False))
    assert len(flow_blocks(far, 1, 10.0)) == len(flow_blocks(closed, 1, 10.0)) == 2


def test_a_heading_cut_between_two_flows_is_whole_again() -> None:
    first = flow_blocks(_spaced(("Hedendaagse Problematiek in", 16.0, 0.0, False)), 6, 9.0)
    below = _spaced(("", 16.0, 0.0, False), ("vertrouwensnetwerken", 16.0, 12.0, False))[1:]
    second = flow_blocks(below, 6, 9.0)
    joined = join_continued([*first, *second])
    assert [(str(b.kind), raw_block(b, frozenset()).text) for b in joined] == [("heading", "Hedendaagse Problematiek in vertrouwensnetwerken")]
    next_page = flow_blocks(below, 7, 9.0)
    assert len(join_continued([*first, *next_page])) == 2


def test_a_lowercase_line_beside_a_bold_head_on_its_baseline_is_not_its_continuation() -> None:
    # htm-whitepaper en p13: "The role of time" (bold) stands on the baseline of the line before it, whose
    # sentence ("… and are") goes on in "integral to the operation of HTMs."
    head = TextLine("The role of time", (LEFT, 236.6, 180.0, 248.6), 12.0, True)
    body = TextLine("integral to the operation of HTMs.", (LEFT, 237.8, 452.7, 249.8), 12.0, False)
    assert len(flow_blocks((head, body), 1, 12.0)) == 2


def test_paragraphs_a_third_of_a_line_apart_in_type_set_tighter_than_its_boxes_are_apart(make_pdf, page_factory) -> None:
    # htm-whitepaper ru: 12 pt type on 11.5 pt lines (the line boxes overlap by half a point), paragraphs 3.6 pt
    # apart, no indent — read as one block per page until the edition's usual gap could be below zero.
    paragraphs = [
        ["The same is true for hearing. A static sound conveys", "little meaning to us at all, whatever it is.", "A word takes many sounds to recognise."],
        ["Vision, in contrast, is a mixed case. Unlike with", "touch and hearing, humans are able to recognize", "images flashed in front of them too fast."],
        ["Having covered the general case of inference, and", "the special case of vision, we can now turn", "to learning and what it needs from time."],
    ]
    runs, y = [], 760.0
    for lines in paragraphs:
        for text in lines:
            runs.append((72, y, 12, text))
            y -= 11.5
        y -= 4.1
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert [b.text[:20] for b in blocks] == ["The same is true for", "Vision, in contrast,", "Having covered the g"]


def test_a_run_of_thousands_of_asides_is_looked_back_over_in_linear_time() -> None:
    # The look back for the paragraph an aside cut stops after MAX_ASIDES blocks: without the bound, 20,000
    # footnote-like blocks were looked back over for every block, in time in their square.
    line = TextLine("1 A note.", (50.0, 100.0, 200.0, 110.0), 8.0)
    para = TextLine("a paragraph that goes on", (50.0, 700.0, 280.0, 710.0), 10.0)
    notes = [LaidBlock(1, (line,), BlockKind.NOTE, True, True, 200.0, False, 1) for _ in range(20_000)]
    paragraph = LaidBlock(1, (para,), BlockKind.PARAGRAPH, True, True, 280.0, False, 1)
    with hang_guard(60):
        joined = join_continued([paragraph, *notes, paragraph, *notes])
    assert len(joined) == 1 + 20_000 + 1 + 20_000
