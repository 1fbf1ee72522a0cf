"""Contents pages: each entry a block of its own, its dot leaders and page number left out of its text (the number
kept apart, for the contents-page rule)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from heroes_i18ncheck import check_files
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.contents import contents_line, page_reference, without_page_reference
from heroes_i18ncheck.extract.text import contents_lines
from heroes_i18ncheck.model import BlockKind

LEADERS = " " + "." * 60 + " "
BODY_EN = [
    "The partners met in Lisbon to plan the second year of the project and its pilots.",
    "The results of the first survey were presented by the coordinator to all partners.",
    "The next meeting will take place in Vilnius, where the pilots will be presented.",
]
BODY_DE = [
    "Die Partner trafen sich in Lissabon, um das zweite Projektjahr und die Pilotprojekte zu planen.",
    "Die Ergebnisse der ersten Umfrage wurden vom Koordinator allen Partnern vorgestellt.",
    "Das nächste Treffen findet in Vilnius statt, wo die Pilotprojekte vorgestellt werden.",
]


def _contents_page(page: Callable, entries: list[tuple[str, int]], split_leaders: bool = False):
    runs = [(72, 740, 16, "Contents")]
    y = 700
    for title, number in entries:
        if split_leaders:  # the title, then its leaders and page number as a separate run on the same row
            runs += [(72, y, 11, title), (250, y, 11, f"{LEADERS.strip()} {number}")]
        else:
            runs.append((72, y, 11, f"{title}{LEADERS}{number}"))
        y -= 22
    return page(texts=runs)


def _body_pages(page: Callable, body: list[str], headings: list[str]):
    return [page(texts=[(72, 720, 16, heading), (72, 690, 11, text)]) for heading, text in zip(headings, body)]


def test_entries_with_dot_leaders_are_contents_entries_without_their_page_numbers(make_pdf, page_factory) -> None:
    entries = [("1. Introduction", 2), ("2. Results", 3), ("3. Outlook", 4)]
    path = make_pdf([_contents_page(page_factory, entries, split_leaders=True)])
    blocks = extract_document(str(path)).blocks
    assert [(b.kind, b.text) for b in blocks if b.kind == BlockKind.CONTENTS_ENTRY] == [
        (BlockKind.CONTENTS_ENTRY, "1. Introduction"),
        (BlockKind.CONTENTS_ENTRY, "2. Results"),
        (BlockKind.CONTENTS_ENTRY, "3. Outlook"),
    ]


def test_aligned_page_numbers_that_never_go_down_make_a_contents_page_without_leaders(make_pdf, page_factory) -> None:
    titles = ["Preface", "Chapter 1: Overview", "Chapter 2: Learning", "Chapter 3: Pooling", "Glossary"]
    runs = [(72, 740, 16, "Table of Contents")]
    for i, (title, number) in enumerate(zip(titles, [4, 7, 19, 34, 65])):
        runs += [(72, 600 - 40 * i, 12, title), (500 - 6.7 * len(str(number)), 600 - 40 * i, 12, str(number))]
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert [b.text for b in blocks if b.kind == BlockKind.CONTENTS_ENTRY] == titles


def test_a_few_lines_ending_in_numbers_are_no_contents_page(make_pdf, page_factory) -> None:
    runs = [(72, 700, 11, "We counted the visitors on day 3"), (72, 686, 11, "and again on the last day, 5")]
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert all(b.kind != BlockKind.CONTENTS_ENTRY for b in blocks)
    assert "5" in blocks[-1].text


def test_the_page_reference_is_cut_from_an_entry_line() -> None:
    assert without_page_reference("4.1. Trust Model ........................ 9") == "4.1. Trust Model"
    assert without_page_reference("Chapter 2: HTM Cortical Learning Algorithms 19") == "Chapter 2: HTM Cortical Learning Algorithms"
    assert without_page_reference("Glossary . . . . . . . . . xii") == "Glossary"


def test_a_contents_page_shifted_by_a_page_is_no_finding(make_pdf, page_factory, tmp_path: Path) -> None:
    # ontology-techwp: the nl edition's sections start a page or two later; every contents entry was a finding.
    headings_en, headings_de = ["Introduction", "Results", "Outlook"], ["Einleitung", "Ergebnisse", "Ausblick"]
    en = make_pdf(
        [_contents_page(page_factory, [("1. Introduction", 12), ("2. Results", 23), ("3. Outlook", 34)]), *_body_pages(page_factory, BODY_EN, headings_en)],
        name="en.pdf",
    )
    de = make_pdf(
        [
            _contents_page(page_factory, [("1. Einleitung", 13), ("2. Ergebnisse", 25), ("3. Ausblick", 37)], split_leaders=True),
            *_body_pages(page_factory, BODY_DE, headings_de),
        ],
        name="de.pdf",
    )
    report = check_files([str(en), str(de)])
    assert report.findings == ()


def test_an_entry_keeps_the_page_number_it_gives_apart_from_its_text(make_pdf, page_factory) -> None:
    entries = [("1. Introduction", 2), ("2. Results", 3), ("3. Outlook", 14)]
    for split in (False, True):
        path = make_pdf([_contents_page(page_factory, entries, split_leaders=split)], name=f"split-{split}.en.pdf")
        blocks = [b for b in extract_document(str(path)).blocks if b.kind == BlockKind.CONTENTS_ENTRY]
        assert [(b.text, b.contents_page) for b in blocks] == entries
    assert all(b.contents_page is None for b in extract_document(str(path)).blocks if b.kind != BlockKind.CONTENTS_ENTRY)


def test_page_numbers_of_a_contents_page_without_leaders_are_kept(make_pdf, page_factory) -> None:
    titles, numbers = ["Preface", "Chapter 1: Overview", "Chapter 2: Learning", "Chapter 3: Pooling"], [4, 7, 19, 34]
    runs = [(72, 740, 16, "Table of Contents")]
    for i, (title, number) in enumerate(zip(titles, numbers)):
        runs += [(72, 600 - 40 * i, 12, title), (500 - 6.7 * len(str(number)), 600 - 40 * i, 12, str(number))]
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert [b.contents_page for b in blocks if b.kind == BlockKind.CONTENTS_ENTRY] == numbers


def test_the_page_number_of_a_wrapped_entry_is_on_its_last_line_and_roman_numbers_are_not_kept() -> None:
    assert page_reference(["4.3. Verifiable Claim and the life cycle", "of a claim ................ 11"]) == 11
    assert page_reference(["Glossary . . . . . . . . . xii"]) is None
    assert page_reference(["Chapter 2: HTM Cortical Learning Algorithms 19"]) == 19
    assert page_reference(["No page number here"]) is None


def test_a_text_edition_has_pages_at_form_feeds_and_contents_entries_at_dot_leaders(tmp_path: Path) -> None:
    # pdftotext ends each page with a form feed and keeps a contents page's dot leaders.
    text = (
        "Contents\n\nIntroduction ........ 2\nPartners ........ 3\nResults ........ 4\n"
        "\fIntroduction\n\nThe project started in 2021.\n\fPartners\n\nThe consortium has 24 partners.\n"
        "\fResults\n\nThe first results are in.\n"
    )
    path = tmp_path / "en.txt"
    path.write_text(text, encoding="utf-8")
    document = extract_document(str(path))
    assert document.pages == 4
    assert [(b.page, b.kind, b.text, b.contents_page) for b in document.blocks[:5]] == [
        (1, BlockKind.PARAGRAPH, "Contents", None),
        (1, BlockKind.CONTENTS_ENTRY, "Introduction", 2),
        (1, BlockKind.CONTENTS_ENTRY, "Partners", 3),
        (1, BlockKind.CONTENTS_ENTRY, "Results", 4),
        (2, BlockKind.PARAGRAPH, "Introduction", None),
    ]
    assert [b.page for b in document.blocks[5:]] == [2, 3, 3, 4, 4]


def test_a_line_or_two_with_dot_leaders_in_a_text_edition_is_a_form_to_fill_in() -> None:
    lines = ["Name of the participant ........ 1", "Signed at ........ 2", "The form goes back to the coordinator."]
    assert contents_lines(lines) == frozenset()
    assert contents_lines([*lines, "Date ........ 3"]) == frozenset({1, 2, 4})


def test_a_long_line_is_never_searched_for_leaders() -> None:
    assert not contents_line("Results " + "." * 100_000 + " 4")
    assert not contents_line("." * 100_000 + "x")
    assert contents_line("Results " + "." * 200 + " 4")


def test_a_column_of_dates_ending_in_years_is_no_contents_page(make_pdf, page_factory) -> None:
    # htm-whitepaper: the revision table's version and date column ("0.1 Nov 9, 2010", "0.2 Dec 10, 2010", …) read as
    # a contents page without leaders, the years cut off as page numbers: every date lost its year.
    rows = ["0.1 Nov 9, 2010", "0.1.1 Nov 23, 2010", "0.2 Dec 10, 2010", "0.2.1 Sep 12, 2011", "0.3 Oct 1, 2012"]
    runs = [(300 - 5.0 * len(text), 600 - 40 * i, 10, text) for i, text in enumerate(rows)]  # right-aligned, as centred cells nearly are
    blocks = extract_document(str(make_pdf([page_factory(texts=runs)]))).blocks
    assert all(b.kind != BlockKind.CONTENTS_ENTRY for b in blocks)
    assert [b.text for b in blocks] == rows
