"""Captions: a caption word and a number open one block of kind ``caption``, in any language; prose that merely
starts with such a word stays prose."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from heroes_i18ncheck import Severity, check_files
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.captions import caption_start
from heroes_i18ncheck.model import BlockKind

STARTS = [
    pytest.param("Figure 3: Two regions of the network", "separator", id="en-figure-colon"),
    pytest.param("Fig. 2. The chain of blocks", "separator", id="en-abbreviation"),
    pytest.param("Table 1 – Budget per partner", "separator", id="en-table-dash"),
    pytest.param("Figure 1.1: Simplified diagram", "separator", id="en-chapter-number"),
    pytest.param("Abbildung 5: Vereinfachtes Diagramm", "separator", id="de"),
    pytest.param("Tabla 2. Presupuesto", "separator", id="es"),
    pytest.param("Рисунок 4 Схема сети", "word", id="ru-no-separator"),
    pytest.param("Рис. 4. Схема сети", "separator", id="ru-abbreviation"),
    pytest.param("Σχήμα 1: Η αλυσίδα", "separator", id="el"),
    pytest.param("图 3 系统结构", "word", id="zh"),
    pytest.param("表 2：予算", "separator", id="ja-full-width-colon"),
    pytest.param("그림 1. 구조", "separator", id="ko"),
    pytest.param("Figure 7", "word", id="number-alone"),
    pytest.param("Table 1 shows the budget of each partner.", None, id="a-sentence-about-a-table"),
    pytest.param("Рисунок 4 показывает схему сети.", None, id="ru-sentence"),
    pytest.param("Figures are drawn to scale.", None, id="no-number"),
    pytest.param("Table of contents", None, id="table-of-contents"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STARTS)
def test_caption_start(text: str, expected: str | None) -> None:
    assert caption_start(text) == expected


DRAWING = b"0.5 w 72 560 m 300 560 l 300 680 l 72 680 l h S\n"
"""A framed picture from y 560 to 680: what a caption stands under."""


def _blocks(make_pdf: Callable, page_factory: Callable, texts: list, raw: bytes = DRAWING, name: str = "en.pdf") -> list:
    return [(b.kind, b.text) for b in extract_document(str(make_pdf([page_factory(texts=texts, raw=raw)], name=name))).blocks]


def test_a_caption_under_a_figure_is_one_caption_block(make_pdf, page_factory: Callable) -> None:
    texts = [
        (72, 700, 10, "The network is drawn below with its two regions and the links between them."),
        (72, 545, 9, "Figure 3: Two regions of the network, the lower one feeding the upper one"),
        (72, 534, 9, "through its columns of cells."),
        (72, 500, 10, "Each region learns the sequences of its input and passes them on to the next."),
    ]
    assert _blocks(make_pdf, page_factory, texts) == [
        (BlockKind.PARAGRAPH, "The network is drawn below with its two regions and the links between them."),
        (BlockKind.CAPTION, "Figure 3: Two regions of the network, the lower one feeding the upper one through its columns of cells."),
        (BlockKind.PARAGRAPH, "Each region learns the sequences of its input and passes them on to the next."),
    ]  # fmt: skip


def test_a_caption_without_a_separator_needs_a_figure_beside_it(make_pdf, page_factory: Callable) -> None:
    texts = [(72, 700, 10, "The network is drawn below with its two regions."), (72, 545, 10, "Abbildung 5 Netzwerk der Regionen")]
    assert _blocks(make_pdf, page_factory, texts)[1] == (BlockKind.CAPTION, "Abbildung 5 Netzwerk der Regionen")
    alone = _blocks(make_pdf, page_factory, texts, raw=b"", name="alone.pdf")
    assert alone[1][0] != BlockKind.CAPTION


def test_a_line_of_prose_that_starts_with_a_caption_word_stays_prose(make_pdf, page_factory: Callable) -> None:
    texts = [
        (72, 700, 10, "The budget of every partner for the three years of the project is given in"),
        (72, 688, 10, "Table 2. The partners agreed on it at the kick-off meeting in Sofia last year."),
    ]
    assert [kind for kind, _ in _blocks(make_pdf, page_factory, texts)] == [BlockKind.PARAGRAPH]


def test_a_paragraph_running_on_after_a_caption_word_is_no_caption(make_pdf, page_factory: Callable) -> None:
    long = ["Table 2: the budget of every partner for the three years of the project, as agreed at the meeting"]
    long += [f"in Sofia, line {n} of a long paragraph that goes on and on about the budget of the partners" for n in range(6)]
    texts = [(72, 545 - 12 * i, 10, text) for i, text in enumerate(long)]
    assert [kind for kind, _ in _blocks(make_pdf, page_factory, texts, raw=b"")] == [BlockKind.PARAGRAPH]


def test_captions_of_two_editions_pair_by_their_numbers(make_pdf, page_factory: Callable) -> None:
    def page(intro: str, caption: str) -> object:
        return page_factory(texts=[(72, 700, 10, intro), (72, 545, 9, caption)], raw=DRAWING)

    en = [page("The network is drawn below with its two regions.", "Figure 1: Two regions of the network"),
          page("The cells of one column share their input.", "Figure 2: One column of cells")]
    de = [page("Das Netzwerk ist unten mit seinen zwei Regionen gezeichnet.", "Abbildung 1: Zwei Regionen des Netzwerks"),
          page("Die Zellen einer Spalte teilen ihre Eingabe.", "Abbildung 2: Eine Spalte von Zellen")]  # fmt: skip
    report = check_files([str(make_pdf(en, name="en.pdf")), str(make_pdf(de, name="de.pdf"))])
    assert [f.message for f in report.findings if f.severity > Severity.INFO] == []
    (pair,) = report.alignments
    kinds = [(bead.reference, bead.translation) for bead in pair.beads]
    assert kinds == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
