"""The generated sample PDFs: the artifacts are in them, and extraction gives back the source.

Ground truth is ``samples/heroes-02-pdf/layout.json`` (written by the generator):
each edition's source blocks in drawing order, with the exact text drawn.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from functools import cache
from pathlib import Path

import pytest
import regex
from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams
from rapidfuzz.distance import Levenshtein

from factories import extracted
from heroes_i18ncheck.extract.repairs import map_ligatures
from heroes_i18ncheck.extract.text import split_paragraphs
from heroes_i18ncheck.model import Document

REPO = Path(__file__).resolve().parents[2]
PDF_DIR = REPO / "samples" / "heroes-02-pdf"
TRUTH = json.loads((PDF_DIR / "layout.json").read_text(encoding="utf-8"))
EDITIONS = sorted(TRUTH["editions"])
MAX_CER = 0.01

LETTER_SPACED = regex.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")


def normalized(text: str) -> str:
    return regex.sub(r"\s+", " ", text).strip()


def cer(reference: str, hypothesis: str) -> float:
    return Levenshtein.distance(reference, hypothesis) / max(1, len(reference))


def document(edition: str) -> Document:
    return extracted(PDF_DIR / f"{edition}.pdf")


@cache
def raw_pdfminer(edition: str) -> str:
    """What pdfminer reads without our repairs."""
    return extract_text(io.BytesIO((PDF_DIR / f"{edition}.pdf").read_bytes()), laparams=LAParams(all_texts=True))


def truth(edition: str) -> dict:
    return TRUTH["editions"][edition]


def source_blocks(edition: str):
    return split_paragraphs((REPO / "samples" / "heroes-02" / f"{edition}.md").read_text(encoding="utf-8"), markdown=True)


# --- the ground truth and the PDFs carry what the tests rely on ---------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_ground_truth_is_the_source_block_by_block(edition: str) -> None:
    drawn = truth(edition)["blocks"]
    source = source_blocks(edition)
    assert [b["index"] for b in drawn] == list(range(len(source))) == list(range(28))
    assert [b["kind"] for b in drawn] == [str(b.kind) for b in source]
    assert [normalized(map_ligatures(b["text"])) for b in drawn] == [normalized(b.text) for b in source]


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_pdfs_carry_the_artifacts(edition: str) -> None:
    raw = raw_pdfminer(edition)
    header = truth(edition)["running_header"]
    title = truth(edition)["blocks"][0]["text"]
    drawn_lines = [line for b in truth(edition)["blocks"] for line in b["lines"]]
    assert raw.count(title) == 2, "fake bold: pdfminer alone reads the title twice"
    assert LETTER_SPACED.search(raw), "letter-spaced event banners"
    assert regex.search(rf"{regex.escape(header)} \d", raw), "running header with the page number glued on"
    assert truth(edition)["footer"] in raw
    assert sum(line.endswith("-") for line in drawn_lines) >= 5, "hyphenated line ends"
    assert "\u202f" in raw, "numbers tied with a no-break space"
    assert truth(edition)["pages"] == 3
    places = [b["places"] for b in truth(edition)["blocks"]]
    assert any(len(p) > 1 and p[0][0] == p[-1][0] for p in places), "a paragraph continued in the next column"
    assert any(p[0][0] != p[-1][0] for p in places), "a paragraph continued on the next page"
    if edition != "bg":
        assert "\ufb01" in raw, "fi ligature glyphs"


def test_some_edition_breaks_a_url_at_its_hyphen() -> None:
    breaks = [
        line for e in EDITIONS for b in truth(e)["blocks"] for line in b["lines"] if "://" in line and line.endswith("-")
    ]
    assert breaks


# --- extraction gives the source back ------------------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_character_error_rate_at_most_one_percent(edition: str) -> None:
    reference = "\n".join(normalized(map_ligatures(b["text"])) for b in truth(edition)["blocks"])
    hypothesis = "\n".join(normalized(b.text) for b in document(edition).blocks)
    assert cer(reference, hypothesis) <= MAX_CER


@pytest.mark.parametrize("edition", EDITIONS)
def test_blocks_come_back_exactly_in_source_order(edition: str) -> None:
    expected = [(b["kind"], map_ligatures(b["text"]), b["page"]) for b in truth(edition)["blocks"]]
    got = [(str(b.kind), b.text, b.page) for b in document(edition).blocks]
    assert got == expected


@pytest.mark.parametrize("edition", EDITIONS)
def test_block_order_follows_the_source(edition: str) -> None:
    sources = [normalized(map_ligatures(b["text"])) for b in truth(edition)["blocks"]]
    matched = [
        min(range(len(sources)), key=lambda i: Levenshtein.normalized_distance(normalized(block.text), sources[i]))
        for block in document(edition).blocks
    ]
    assert matched == sorted(matched) and len(set(matched)) == len(matched)


@pytest.mark.parametrize("edition", EDITIONS)
def test_no_running_header_footer_or_page_number_survives(edition: str) -> None:
    header, footer = truth(edition)["running_header"], truth(edition)["footer"]
    for block in document(edition).blocks:
        assert header not in block.text
        assert footer not in block.text
        assert not regex.fullmatch(r"\d{1,3}", block.text)


@pytest.mark.parametrize("edition", EDITIONS)
def test_title_once_and_no_letter_spaced_run(edition: str) -> None:
    title = truth(edition)["blocks"][0]["text"]
    texts = [b.text for b in document(edition).blocks]
    assert texts[0] == title
    assert sum(t.count(title) for t in texts) == 1
    assert not any(LETTER_SPACED.search(t) for t in texts)


@pytest.mark.parametrize("edition", EDITIONS)
def test_ligatures_spelled_out_and_no_break_spaces_kept(edition: str) -> None:
    texts = " ".join(b.text for b in document(edition).blocks)
    assert not regex.search(r"[\ufb00-\ufb06]", texts)
    drawn = " ".join(b["text"] for b in truth(edition)["blocks"])
    assert texts.count("\u202f") == drawn.count("\u202f") > 10


@pytest.mark.parametrize("edition", EDITIONS)
def test_blocks_have_page_boxes_and_no_warnings(edition: str) -> None:
    doc = document(edition)
    assert doc.pages == 3 and doc.warnings == ()
    width, height = TRUTH["page_size"]
    for block in doc.blocks:
        x0, y0, x1, y1 = block.bbox
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height


# --- the generator reproduces the committed files ------------------------------------------------


def _generator():
    reportlab = pytest.importorskip("reportlab")
    if reportlab.Version != TRUTH["reportlab"]:
        pytest.skip(f"samples were made with reportlab {TRUTH['reportlab']}, this is {reportlab.Version}")
    spec = importlib.util.spec_from_file_location("make_samples", REPO / "samples" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module
    spec.loader.exec_module(module)
    if not (module.FONT_DIR / "DejaVuSans.ttf").is_file():
        pytest.skip(f"DejaVu fonts not found in {module.FONT_DIR}")
    return module


def test_generator_reproduces_the_samples_byte_for_byte(tmp_path: Path) -> None:
    generator = _generator()
    assert generator.main(tmp_path) == 0
    for name in ("en.pdf", "bg.pdf", "lt.pdf", "layout.json"):
        assert (tmp_path / name).read_bytes() == (PDF_DIR / name).read_bytes(), name
