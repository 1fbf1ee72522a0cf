"""The text report: grouped by edition and page, values marked, colour only on request, no raw control codes."""

from __future__ import annotations

import dataclasses
import re

import pytest

from heroes_i18ncheck import check_files
from heroes_i18ncheck.model import Report, Side
from heroes_i18ncheck.report.text_format import location, render, snippet
from repo_paths import SAMPLES

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
OUR_ESCAPES = {"\x1b[1m", "\x1b[0m", "\x1b[31m", "\x1b[33m", "\x1b[36m"}


def test_text_edition_reads_like_compiler_output(text_report: Report) -> None:
    assert render(text_report) == (
        "reference: news/en.md\n"
        "news/bg.md (bg): 2 findings\n"
        "  news/bg.md:12: error H101 number-mismatch: number '24' in the reference is '25' here\n"
        "    en  news/en.md:12  The project has »24« partners.\n"
        "    bg  news/bg.md:12  Проектът има »25« партньори.\n"
        "  news/bg.md:21: info H302 wrong-language: this block reads as English, not Bulgarian\n"
        "    en  news/en.md:20  Call »HORIZON-CL3-2021« opens.\n"
        "    bg  news/bg.md:21  Поканата »HORIZON-CL3-2021« се отваря.\n"
        "2 finding(s) (1 error, 1 info) in 2 edition(s)\n"
    )


def test_pdf_findings_are_grouped_by_edition_then_page_in_page_order(pdf_report: Report) -> None:
    lines = render(pdf_report).splitlines()
    headers = [line for line in lines if not line.startswith("    ")]
    assert headers == [
        "reference: issue/en.pdf",
        "issue/bg.pdf (bg): 2 findings",
        "  page 1",
        "  page 3",
        "issue/lt.pdf (lt): 2 findings",
        "  page 2",
        "4 finding(s) (3 errors, 1 warning) in 3 edition(s)",
    ]
    page_1, page_3 = lines.index("  page 1"), lines.index("  page 3")
    assert "H103 url-mismatch" in lines[page_1 + 1]
    assert "H101 number-mismatch" in lines[page_3 + 1]


def test_a_missing_block_shows_the_reference_text_and_no_counterpart(pdf_report: Report) -> None:
    text = render(pdf_report)
    assert "      en  issue/en.pdf:p2  Meet us at the final event in Madrid.\n" in text
    assert "      lt  issue/lt.pdf  (no counterpart)\n" in text


def test_unreadable_inputs_are_listed_in_the_report(error_report: Report) -> None:
    assert render(error_report).splitlines() == [
        "not checked:",
        "  -: no editions given",
        "  only/bg.pdf: encrypted PDF: cannot read it without the password",
        "  only/en.md: only one edition: nothing to compare it with",
        "nothing compared: 1 edition(s) read, at least two are needed; 3 input(s) not checked",
    ]


def test_what_extraction_warned_about_is_listed_with_its_edition(text_report: Report) -> None:
    en, bg = text_report.documents
    warned = dataclasses.replace(bg, warnings=("pdfminer: Data-loss while decompressing\x1b[2J", "page 2: no extractable text"))
    lines = render(dataclasses.replace(text_report, documents=(en, warned))).splitlines()
    at = lines.index("extraction warnings:")
    assert lines[at + 1 : at + 3] == [
        "  news/bg.md: pdfminer: Data-loss while decompressing\\x1b[2J",
        "  news/bg.md: page 2: no extractable text",
    ]
    assert "extraction warnings:" not in render(text_report)


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        pytest.param(Side("bg.pdf", "bg", 3, 1, "t", "", ""), "bg.pdf:p3", id="pdf-page"),
        pytest.param(Side("bg.md", "bg", 1, 1, "t", "", "", line=12), "bg.md:12", id="text-line"),
        pytest.param(Side("bg.md", "bg", None, None, "", "", ""), "bg.md", id="no-place-bare-path"),
        pytest.param(Side("a\nb.pdf", "bg", 2, 1, "t", "", ""), "a b.pdf:p2", id="newline-in-path-one-line"),
    ],
)
def test_location(side: Side, expected: str) -> None:
    assert location(side) == expected


LONG = "word " * 30 + "the value 4.99M here " + "more " * 30
URLS = "Our first video is at https://youtu.be/abc123 and more news at https://heroes-fct.eu/news."


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        pytest.param(Side("x", "en", 1, 0, "has 24 partners", "24", "24", span=(4, 6)), "has »24« partners", id="span-marked"),
        pytest.param(Side("x", "en", 1, 0, "24 or 24", "24", "24", span=(6, 8)), "24 or »24«", id="span-beats-first-occurrence"),
        pytest.param(Side("x", "en", 1, 0, "24 or 24", "24", "24"), "»24« or 24", id="no-span-first-occurrence"),
        pytest.param(Side("x", "en", 1, 0, "short", "", ""), "short", id="no-value-plain-text"),
        pytest.param(Side("x", "en", 1, 0, "", "", ""), "(no counterpart)", id="empty-side"),
        pytest.param(Side("x", "en", 1, 0, "a 5 b", "5", "5", span=(9, 12)), "a »5« b", id="span-out-of-range-falls-back"),
        pytest.param(
            Side("x", "en", 1, 0, LONG, "4.99M", "4990000", span=(LONG.index("4.99M"), LONG.index("4.99M") + 5)),
            "…word word word word word word the value »4.99M« here more more more more more more more…",
            id="long-text-cut-between-words",
        ),
        pytest.param(
            Side("x", "en", 1, 0, URLS, "https://heroes-fct.eu/news", "", span=(URLS.rindex("https"), len(URLS) - 1)),
            "…https://youtu.be/abc123 and more news at »https://heroes-fct.eu/news«.",
            id="edge-widens-to-keep-a-url-whole",
        ),
        pytest.param(Side("x", "en", 1, 0, "a\n\tb 7", "7", "7"), "a b »7«", id="line-breaks-flattened"),
    ],
)
def test_snippet(side: Side, expected: str) -> None:
    assert snippet(side, color=False) == expected


def test_no_colour_means_no_escape_sequence_at_all(any_report: Report) -> None:
    assert "\x1b" not in render(any_report, color=False)


def test_colour_marks_severity_and_value_with_our_sequences_only(pdf_report: Report) -> None:
    text = render(pdf_report, color=True)
    assert "\x1b[31merror\x1b[0m" in text and "\x1b[33mwarning\x1b[0m" in text
    assert "\x1b[1m25\x1b[0m" in text
    assert set(ESCAPE.findall(text)) <= OUR_ESCAPES
    assert text.count("\x1b") == len(ESCAPE.findall(text))


def test_hostile_text_cannot_drive_the_terminal_or_fake_lines(hostile_report: Report) -> None:
    text = render(hostile_report, color=True)
    assert set(ESCAPE.findall(text)) <= OUR_ESCAPES
    assert text.count("\x1b") == len(ESCAPE.findall(text)), "an escape sequence from the PDF reached the output"
    assert "\r" not in text and "\u202e" not in text
    text.encode("utf-8")
    finding_lines = [line for line in text.splitlines() if " H10" in line and line.startswith("    ")]
    assert len(finding_lines) == len(hostile_report.findings), "a line break in the PDF text faked a line"


def test_the_sample_issue_renders_its_planted_link() -> None:
    report = check_files([str(SAMPLES / "heroes-02")])
    assert report.findings, "the sample issue has a planted link"
    text = render(report)
    for finding in report.findings:
        assert finding.message in text
    assert "»https://youtu.be/" in text
