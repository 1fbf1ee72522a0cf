"""Text editions: clean Markdown passes untouched; PDF-made text gets the repairs that need no coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.text import split_paragraphs

REPO = Path(__file__).resolve().parents[2]
SAMPLE_TEXTS = sorted((REPO / "samples" / "heroes-02").glob("*.md"))
SEEDS = REPO / ".." / "shared" / "seeds"
SEED_FILES = sorted(SEEDS.glob("heroes-newsletter-02.*.txt"))

LETTER_SPACED = regex.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")


def naive_markdown_blocks(text: str) -> list[tuple[str, str]]:
    """Blank-line paragraphs, "#" headings and "- " items, read without the package's code."""
    blocks = []
    for chunk in regex.split(r"\n\s*\n", text.strip()):
        for line in chunk.splitlines() if chunk.lstrip().startswith(("#", "- ")) else [chunk]:
            if line.startswith("#"):
                blocks.append(("heading", line.lstrip("#").strip()))
            elif line.startswith("- "):
                blocks.append(("list-item", line[2:].strip()))
            else:
                blocks.append(("paragraph", " ".join(line.split())))
    return blocks


@pytest.mark.parametrize("path", SAMPLE_TEXTS, ids=lambda p: p.name)
def test_clean_samples_come_out_exactly_as_written(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    document = extract_document(str(path))
    got = [(str(b.kind), b.text) for b in document.blocks]
    assert got == naive_markdown_blocks(text)
    assert got == [(str(b.kind), b.text) for b in split_paragraphs(text, markdown=True)]
    assert len(got) == 28
    assert document.warnings == ()


@pytest.mark.parametrize("path", SAMPLE_TEXTS, ids=lambda p: p.name)
def test_samples_read_as_plain_text_are_untouched_too(path: Path, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    copy = tmp_path / f"{path.stem}.txt"
    copy.write_text(text, encoding="utf-8")
    chunks = [" ".join(line.strip() for line in chunk.splitlines()) for chunk in regex.split(r"\n\s*\n", text.strip())]
    assert [b.text for b in extract_document(str(copy)).blocks] == chunks


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
@pytest.mark.shared
def test_seed_letter_spaced_runs_are_collapsed(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert LETTER_SPACED.search(raw), "the seed should carry letter-spaced banners"
    for block in extract_document(str(path)).blocks:
        assert not LETTER_SPACED.search(block.text), block.text


@pytest.mark.shared
def test_seed_glued_running_headers_are_dropped() -> None:
    path = SEEDS / "heroes-newsletter-02.bg.txt"
    assert len(regex.findall(r"БЮЛЕТИН\s+#2\s?\d", path.read_text(encoding="utf-8"))) == 3
    texts = [b.text for b in extract_document(str(path)).blocks]
    assert not any("БЮЛЕТИН" in t for t in texts)
    assert any(t.startswith("APAV") for t in texts), "the paragraph the header was glued to survives"


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
@pytest.mark.shared
def test_seed_url_broken_over_lines_is_rejoined(path: Path) -> None:
    texts = [b.text for b in extract_document(str(path)).blocks]
    assert any("https://heroes-fct.eu" in t for t in texts)
    assert not any(regex.search(r"https://heroes-\s", t) for t in texts)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
@pytest.mark.shared
def test_seed_repeated_links_are_content_not_headers(path: Path) -> None:
    raw_count = path.read_text(encoding="utf-8").count("https://youtu.be/")
    texts = [b.text for b in extract_document(str(path)).blocks]
    assert sum(t.count("https://youtu.be/") for t in texts) == raw_count


@pytest.mark.shared
def test_seed_banner_dates_read_as_words() -> None:
    bg = " ".join(b.text for b in extract_document(str(SEEDS / "heroes-newsletter-02.bg.txt")).blocks)
    lt = " ".join(b.text for b in extract_document(str(SEEDS / "heroes-newsletter-02.lt.txt")).blocks)
    assert "3-6 юли 2023" in bg and "26-28 юни 2023" in bg
    assert "2023 m. liepos 3–6 d." in lt and "2023 m. birželio 26–28 d." in lt


def test_line_numbers_point_into_the_file_after_a_dropped_header(tmp_path: Path) -> None:
    path = tmp_path / "x.bg.txt"
    path.write_text(
        "Първи абзац.\n\nБЮЛЕТИН  #24\nВтори абзац\nпродължава.\n\nБЮЛЕТИН  #25\n\nТрети.\nБЮЛЕТИН #2 6\n", encoding="utf-8"
    )
    blocks = extract_document(str(path)).blocks
    assert [(b.text, b.line) for b in blocks] == [("Първи абзац.", 1), ("Втори абзац продължава.", 4), ("Трети.", 9)]


BROKEN_PARAGRAPHS = [
    pytest.param("Pirmųjų projekto metų peržiūra 2022\n\nm. gruodžio 8 d.", ["Pirmųjų projekto metų peržiūra 2022 m. gruodžio 8 d."],
                 id="date-split-by-a-blank-line-joined"),
    pytest.param("Преглед на проекта 8\n\nдекември2022 г.", ["Преглед на проекта 8 декември2022 г."], id="cyrillic-continuation"),
    pytest.param("The review is done.\n\nmore text follows", ["The review is done.", "more text follows"],
                 id="after-a-full-stop-a-new-paragraph"),
    pytest.param("Subscribe here\n\nhttps://heroes-fct.eu", ["Subscribe here", "https://heroes-fct.eu"], id="a-link-stands-alone"),
    pytest.param("Project progress\n\nThe guide is out.", ["Project progress", "The guide is out."], id="capital-starts-a-paragraph"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BROKEN_PARAGRAPHS)
def test_text_paragraphs_broken_by_a_blank_line_are_joined(text: str, expected: list[str], tmp_path: Path) -> None:
    path = tmp_path / "edition.lt.txt"
    path.write_text(text, encoding="utf-8")
    assert [b.text for b in extract_document(str(path)).blocks] == expected


def test_markdown_paragraphs_are_never_joined(tmp_path: Path) -> None:
    path = tmp_path / "edition.lt.md"
    path.write_text("Pirmųjų projekto metų peržiūra 2022\n\nm. gruodžio 8 d.", encoding="utf-8")
    assert len(extract_document(str(path)).blocks) == 2


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
@pytest.mark.shared
def test_seed_dates_split_by_blank_lines_come_back_whole(path: Path) -> None:
    texts = [b.text for b in extract_document(str(path)).blocks]
    whole = {"bg": ["проекта 8 декември2022 г."], "lt": ["2023 m. vasario 15 d.", "2022 m. gruodžio 8 d."]}
    for date in whole[path.name.split(".")[-2]]:
        assert sum(date in t for t in texts) == 1, date
