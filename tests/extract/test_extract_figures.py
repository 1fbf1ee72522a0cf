"""Figure text: the labels inside a vector drawing are figure text, told apart from the page's paragraphs."""

from __future__ import annotations

from heroes_i18ncheck import check_files
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import BlockKind, Severity

BODY = "The partners met in Lisbon to plan the second year of the project and its pilots in four countries."


def _diagram(labels: list[str]) -> tuple[list[tuple[float, float, float, str]], bytes]:
    """Labels in a row of boxes joined by arrows (as the bitcoin paper draws its block chain)."""
    texts, ops = [], b""
    for i, label in enumerate(labels):
        x = 100 + 110 * i
        texts.append((x + 8, 420, 9, label))
        ops += b"%d 400 90 40 re S\n" % x
        for k in range(4):  # an arrow head's strokes, and ticks along the box
            ops += b"%d %d m %d %d l S\n" % (x + 90, 420 + k, x + 110, 420 + k)
    return texts, ops


def _page(page_factory, labels: list[str], body: str = BODY, with_drawing: bool = True):
    texts, ops = _diagram(labels)
    runs = [(72, 700, 11, body), *(texts if labels else [])]
    return page_factory(texts=runs, raw=ops if with_drawing else b"")


def test_labels_inside_a_drawing_are_figure_text(make_pdf, page_factory) -> None:
    path = make_pdf([_page(page_factory, ["Block", "Prev Hash", "Nonce"])])
    blocks = extract_document(str(path)).blocks
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.FIGURE_TEXT]
    assert blocks[1].text == "Block Prev Hash Nonce"


def test_the_same_words_without_a_drawing_stay_a_paragraph(make_pdf, page_factory) -> None:
    path = make_pdf([_page(page_factory, ["Block", "Prev Hash", "Nonce"], with_drawing=False)])
    assert all(b.kind != BlockKind.FIGURE_TEXT for b in extract_document(str(path)).blocks)


def test_figure_text_only_one_edition_has_is_one_info_finding(make_pdf, page_factory) -> None:
    # bitcoin-whitepaper: the figures' labels, text in one edition and drawn differently in another, were
    # 27 missing and extra paragraphs.
    en = make_pdf([_page(page_factory, ["Block", "Prev Hash", "Nonce"])], name="en.pdf")
    de = make_pdf(
        [_page(page_factory, [], body="Die Partner trafen sich in Lissabon, um das zweite Jahr des Projekts und die Pilotprojekte zu planen.")],
        name="de.pdf",
    )
    found = [f for f in check_files([str(en), str(de)]).findings if f.rule == "missing-block"]
    assert [(f.severity, f.message.split(":")[0]) for f in found] == [
        (Severity.INFO, "figure text not in this edition (an image here?)")
    ]
