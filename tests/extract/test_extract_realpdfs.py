"""Real PDFs from other producers (the Bitcoin whitepaper in five editions) extract cleanly.

No line read twice, no letter-spaced run, no ``(cid:NN)`` placeholder, and a
sane reading order: pages in order, prose top to bottom within a page (the
paper is one column; formula pieces are left out of that check), the numbered
sections 1–12 in sequence.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import regex

from factories import extracted
from heroes_i18ncheck.extract.columns import reading_order
from heroes_i18ncheck.extract.headers import strip_running_headers
from heroes_i18ncheck.extract.pdf import read_pdf_pages
from heroes_i18ncheck.model import Document

BITCOIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "real-pdfs" / "bitcoin-whitepaper"
EDITIONS = sorted(p.name for p in BITCOIN.glob("*.pdf"))
LETTER_SPACED = regex.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")
SECTION = regex.compile(r"^(\d{1,2})\.\s+\S")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not EDITIONS, reason=f"real PDFs not found in {BITCOIN}"),
]


def document(name: str) -> Document:
    return extracted(BITCOIN / name)


@cache
def ordered_lines(name: str) -> list[str]:
    pages, _ = read_pdf_pages(name, (BITCOIN / name).read_bytes(), 100)
    body, _ = strip_running_headers(pages)
    return [line.text for page in body for flow in reading_order(page) for line in flow]


@pytest.mark.parametrize("name", EDITIONS)
def test_no_line_is_read_twice(name: str) -> None:
    lines = ordered_lines(name)
    repeats = [a for a, b in zip(lines, lines[1:]) if a == b and len(a) >= 10]
    assert repeats == []
    for block in document(name).blocks:
        assert not regex.search(r"(\b\w.{39,}?)\s*\1", block.text), block.text


@pytest.mark.parametrize("name", EDITIONS)
def test_no_letter_spaced_run_and_no_unmapped_glyph(name: str) -> None:
    for block in document(name).blocks:
        assert not LETTER_SPACED.search(block.text), block.text
        assert "(cid:" not in block.text
    assert document(name).warnings == ()


@pytest.mark.parametrize("name", EDITIONS)
def test_reading_order_is_sane(name: str) -> None:
    blocks = document(name).blocks
    assert [b.page for b in blocks] == sorted(b.page for b in blocks)
    prose = [b for b in blocks if len(regex.findall(r"\p{L}", b.text)) >= 20]  # formula pieces are 2-D
    assert len(prose) > 0.5 * len(blocks)
    for before, after in zip(prose, prose[1:]):
        if before.page == after.page:
            assert after.bbox[3] <= before.bbox[3] + 1.0, (before.text[:40], after.text[:40])
    sections = [int(m[1]) for b in blocks if str(b.kind) == "heading" and (m := SECTION.match(b.text))]
    assert sections == list(range(1, 13))


@pytest.mark.parametrize("name", EDITIONS)
def test_page_numbers_are_not_blocks(name: str) -> None:
    assert not any(regex.fullmatch(r"\d{1,2}", b.text) for b in document(name).blocks)
