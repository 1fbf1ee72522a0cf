"""GitHub Actions workflow commands: one annotation per finding, escaped as @actions/core does, never a second command."""

from __future__ import annotations

from dataclasses import replace

import pytest

from heroes_i18ncheck.model import Report, Severity
from heroes_i18ncheck.report.github import command, escape_data, escape_property, render

COMMAND_NAMES = ("::error", "::warning", "::notice")


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        pytest.param("plain text", "plain text", "plain text", id="plain-unchanged"),
        pytest.param("50%", "50%25", "50%25", id="percent-first"),
        pytest.param("a\r\nb", "a%0D%0Ab", "a%0D%0Ab", id="crlf"),
        pytest.param("a:b,c", "a:b,c", "a%3Ab%2Cc", id="colon-comma-only-in-properties"),
        pytest.param("%0A", "%250A", "%250A", id="literal-escape-stays-literal"),
        pytest.param("x::error::y", "x::error::y", "x%3A%3Aerror%3A%3Ay", id="double-colon"),
    ],
)
def test_escaping_matches_actions_core(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_command_leaves_out_empty_properties() -> None:
    assert command("error", {"file": None, "line": None, "title": "t"}, "m") == "::error title=t::m"
    assert command("notice", {}, "m") == "::notice::m"


def test_a_text_finding_annotates_its_file_and_line(text_report: Report) -> None:
    first = render(text_report).splitlines()[0]
    assert first == (
        "::error file=news/bg.md,line=12,title=H101 number-mismatch (bg)::"
        "number '24' in the reference is '25' here"
        "%0Aen news/en.md:12: The project has »24« partners."
        "%0Abg news/bg.md:12: Проектът има »25« партньори."
    )


def test_a_pdf_finding_annotates_the_file_without_a_line(pdf_report: Report) -> None:
    first = render(pdf_report).splitlines()[0]
    assert first.startswith("::error file=issue/bg.pdf,title=H101 number-mismatch (bg)::")
    assert ",line=" not in first
    assert "%0Abg issue/bg.pdf:p3: " in first, "the page is in the message"


@pytest.mark.parametrize(
    ("severity", "name"),
    [
        pytest.param(Severity.ERROR, "::error ", id="error"),
        pytest.param(Severity.WARNING, "::warning ", id="warning"),
        pytest.param(Severity.INFO, "::notice ", id="info-is-notice"),
    ],
)
def test_severity_chooses_the_command(text_report: Report, severity: Severity, name: str) -> None:
    report = replace(text_report, findings=(replace(text_report.findings[0], severity=severity),))
    assert render(report).startswith(name)


def test_unreadable_inputs_are_errors_on_their_file(error_report: Report) -> None:
    lines = render(error_report).splitlines()
    assert lines[:3] == [
        "::error title=input not checked::-: no editions given",
        "::error file=only/bg.pdf,title=input not checked::only/bg.pdf: encrypted PDF: cannot read it without the password",
        "::error file=only/en.md,title=input not checked::only/en.md: only one edition: nothing to compare it with",
    ]


def test_an_extraction_warning_is_a_warning_on_its_file(text_report: Report) -> None:
    en, bg = text_report.documents
    warned = replace(bg, warnings=("pdfminer: Data-loss while decompressing corrupted data",))
    lines = render(replace(text_report, documents=(en, warned))).splitlines()
    assert lines[0] == (
        "::warning file=news/bg.md,title=extraction warning::news/bg.md: pdfminer: Data-loss while decompressing corrupted data"
    )
    assert not render(text_report).startswith("::warning file=news/bg.md,title=extraction")


def test_one_line_per_finding_and_error_then_a_summary(any_report: Report) -> None:
    lines = render(any_report).splitlines()
    commands = [line for line in lines if line.startswith(COMMAND_NAMES)]
    warnings = sum(len(d.warnings) for d in any_report.documents)
    assert len(commands) == len(any_report.findings) + len(any_report.errors) + warnings
    assert len(lines) == len(commands) + 1
    assert lines[-1].startswith("heroes-i18ncheck: ")


def test_pdf_text_cannot_inject_a_second_command(text_report: Report) -> None:
    finding = text_report.findings[0]
    evil = replace(
        finding,
        message="looks harmless\n::error::injected\r\n::add-mask::secret",
        translation=replace(finding.translation, path="bg.md,line=1,title=x::y", text="x\n::error file=a::b 25", value="25", span=None),
    )
    lines = render(replace(text_report, findings=(evil,))).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("::error file=bg.md%2Cline=1%2Ctitle=x%3A%3Ay,line=12,title=H101 number-mismatch (bg)::")
    assert "::looks harmless ::error::injected" in lines[0], "the PDF's line break became a space"
    assert not any(line.startswith(("::error::", "::add-mask")) for line in lines)


def test_hostile_text_gives_exactly_one_line_per_command(hostile_report: Report) -> None:
    text = render(hostile_report)
    lines = text.splitlines()
    warnings = sum(len(d.warnings) for d in hostile_report.documents)
    assert len(lines) == len(hostile_report.findings) + len(hostile_report.errors) + warnings + 1
    assert all(line.startswith(COMMAND_NAMES) for line in lines[:-1])
    assert "\x1b" not in text and "\r" not in text and "\x00" not in text
    text.encode("utf-8")


def test_annotations_past_githubs_limit_are_counted_in_a_first_warning(text_report: Report) -> None:
    from heroes_i18ncheck.report.github import ANNOTATIONS_PER_STEP, hidden_annotations

    errors = [f for f in text_report.findings if f.severity is Severity.ERROR]
    many = replace(text_report, findings=tuple(replace(errors[0], message=f"m{i}") for i in range(ANNOTATIONS_PER_STEP + 3)))
    lines = render(many).splitlines()
    assert hidden_annotations(many) == 3
    assert lines[0].startswith("::warning title=heroes-i18ncheck%3A annotations hidden::3 annotation(s) not shown")
    assert lines[-1].endswith("the step summary and this log list every finding")
    assert not render(text_report).startswith("::warning title=heroes-i18ncheck")


def test_the_step_summary_is_markdown_that_no_value_can_break(text_report: Report) -> None:
    from heroes_i18ncheck.report.github import step_summary

    finding = text_report.findings[0]
    tricky = replace(text_report, findings=(replace(finding, message="a | b <script> `x`"),))
    text = step_summary(tricky)
    assert "a \\| b \\<script\\> \\`x\\`" in text
    assert text.count("\n| ") == 2 + len(tricky.documents) + len(tricky.findings)  # two header rows, then one row each


def test_a_newline_in_a_file_name_is_encoded_in_file_not_turned_into_a_space() -> None:
    from heroes_i18ncheck.model import InputError, Report
    from heroes_i18ncheck.report.github import render

    name = "x\n::error file=en.md,title=FORGED::boom.md"
    out = render(Report((), None, errors=(InputError(name, "unreadable"),)))
    first = out.splitlines()[0]
    assert first.startswith("::error file=x%0A%3A%3Aerror file=en.md%2Ctitle=FORGED%3A%3Aboom.md")
    assert not any(line.startswith("::error file=en.md") for line in out.splitlines())


def test_the_step_summary_counts_in_plural_words(text_report: Report) -> None:
    from heroes_i18ncheck.report.github import step_summary

    errors = [f for f in text_report.findings if f.severity is Severity.ERROR]
    two = replace(text_report, findings=(errors[0], replace(errors[0], message="another")))
    one = replace(text_report, findings=(errors[0],))
    assert "(2 errors)" in step_summary(two).splitlines()[0]
    assert "(1 error)" in step_summary(one).splitlines()[0]
