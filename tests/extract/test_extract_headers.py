"""Running headers, footers and page numbers go; content that merely repeats stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from heroes_i18ncheck.extract.headers import header_key, running_header_lines, strip_running_headers
from heroes_i18ncheck.extract.lines import PageText, TextLine

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

A4 = (0.0, 0.0, 595.0, 842.0)


def line(text: str, y: float, x: float = 50.0, size: float = 10.0) -> TextLine:
    return TextLine(text, (x, y, x + 6 * len(text), y + size), size)


def page(number: int, *lines: TextLine) -> PageText:
    return PageText(number, A4, tuple(lines))


def body(number: int) -> list[TextLine]:
    return [line(f"Body text of page {number}, first line.", 600), line("A second line of body text.", 586)]


def texts(pages: list[PageText]) -> list[list[str]]:
    return [[line.text for line in p.lines] for p in pages]


def test_glued_header_and_footer_go_on_every_page() -> None:
    pages = [
        page(n, line(f"БЮЛЕТИН #2 {n}", 810, x=400), *body(n), line("HEROES · Spring 2023", 30, x=250))
        for n in (1, 2, 3)
    ]
    kept, removed = strip_running_headers(pages)
    assert removed == 6
    assert texts(kept) == [[line.text for line in body(n)] for n in (1, 2, 3)]


def test_title_with_the_header_text_at_another_height_stays() -> None:
    pages = [page(n, line(f"NEWSLETTER #2 {n}", 810, x=400), *body(n)) for n in (1, 2, 3)]
    pages[0] = page(1, pages[0].lines[0], line("Newsletter #2", 760, size=24), *body(1))
    kept, _ = strip_running_headers(pages)
    assert texts(kept)[0] == ["Newsletter #2", *[line.text for line in body(1)]]


def test_lone_page_numbers_go_with_the_usual_offset() -> None:
    pages = [page(n, *body(n), line(str(n + 1), 40, x=300)) for n in (1, 2, 3, 4)]
    pages[3] = page(4, *body(4), line("36", 40, x=300))  # a number that is not this page's
    kept, removed = strip_running_headers(pages)
    assert removed == 3
    assert texts(kept)[3][-1] == "36"


def test_band_text_on_too_few_pages_stays() -> None:
    pages = [page(n, *body(n)) for n in (1, 2, 3, 4, 5)]
    pages[0] = page(1, line("Special supplement", 810), *body(1))
    kept, removed = strip_running_headers(pages)
    assert removed == 0
    assert kept == pages


def test_repeated_text_in_the_body_is_content() -> None:
    pages = [page(n, line("Contact: heroes@ucm.es", 400), *body(n)) for n in (1, 2, 3)]
    _, removed = strip_running_headers(pages)
    assert removed == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [("БЮЛЕТИН  #2 9", "БЮЛЕТИН #24"), ("Page 3 of 12", "Page 10 of 12"), ("NEWSLETTER #2 1", "newsletter #2 14")],
    ids=["glued-page-number", "page-x-of-y", "case-and-spacing"],
)
def test_header_key_masks_digits_spaces_and_case(a: str, b: str) -> None:
    assert header_key(a) == header_key(b)


TEXT_HEADERS = [
    # (lines, indices found, id)
    (["Intro", "БЮЛЕТИН  #24", "text", "БЮЛЕТИН  #28", "more", "БЮЛЕТИН  #2 9"], {1, 3, 5}, "glued-header-three-pages"),
    (["3 Report 2023", "x", "7 Report 2023", "y", "8 Report 2023"], {0, 2, 4}, "page-number-in-front"),
    (["Report p. 4", "x", "Report p. 7"], set(), "two-are-not-enough-without-coordinates"),
    (["2023 m. kovo 14 d.", "2023 m. kovo 21 d.", "2023 m. kovo 23 d."], set(), "dates-are-content"),
    (["Annual report 2021", "Annual report 2022", "Annual report 2023"], set(), "years-are-not-page-numbers"),
    (["https://youtu.be/AbC123", "https://youtu.be/AbC123"], set(), "repeated-link-is-content"),
    (["Task 5.6", "Task 5.6"], set(), "identical-lines-are-content"),
    (["Step 3", "Step 2", "Step 1"], set(), "falling-numbers-are-not-pages"),
    (["2023", "2024"], set(), "numbers-without-words"),
    (["A long sentence of ordinary body text that mentions 24 partners in it", "A long sentence of ordinary body text that mentions 17 partners in it"], set(), "long-lines-are-content"),
]


@pytest.mark.parametrize(("lines", "expected"), [c[:2] for c in TEXT_HEADERS], ids=[c[2] for c in TEXT_HEADERS])
def test_running_header_lines_in_plain_text(lines: list[str], expected: set[int]) -> None:
    assert running_header_lines(lines) == expected


@pytest.mark.shared
def test_seed_running_headers_are_found_and_nothing_else() -> None:
    lines = (SEEDS / "heroes-newsletter-02.bg.txt").read_text(encoding="utf-8").splitlines()
    found = running_header_lines(lines)
    assert len(found) == 3
    assert all(header_key(lines[i]) == header_key("БЮЛЕТИН #2") for i in found)


def test_a_machine_translation_stamp_on_every_page_is_kept_once() -> None:
    # filipneri-brochure: every page of the cs, de, en, es, fr and pl editions starts "Machine Translated by Google".
    pages = [page(n, line("Machine Translated by Google", 815), *body(n), line(f"{n}", 30, x=290)) for n in (1, 2, 3)]
    kept, removed = strip_running_headers(pages)
    assert removed == 5  # the stamp on pages 2 and 3, and the three page numbers
    assert texts(kept) == [["Machine Translated by Google", *[line.text for line in body(1)]]] + [
        [line.text for line in body(n)] for n in (2, 3)
    ]
