"""The command line: sub-commands, formats, exit codes, languages from file names, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from heroes_i18ncheck.cli import ExitCode, main
from repo_paths import SAMPLES

SAMPLE = SAMPLES / "heroes-02"


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def agreeing(tmp_path: Path) -> list[str]:
    """Two editions that state the same facts."""
    return [
        write(tmp_path / "en.md", "The project has 24 partners.\n\nWrite to heroes@ucm.es.\n"),
        write(tmp_path / "bg.md", "Проектът има 24 партньори.\n\nПишете на heroes@ucm.es.\n"),
    ]


@pytest.fixture
def disagreeing(tmp_path: Path) -> list[str]:
    """Two editions whose partner count differs."""
    return [
        write(tmp_path / "en.md", "The project has 24 partners.\n"),
        write(tmp_path / "bg.md", "Проектът има 42 партньори.\n"),
    ]


def test_check_clean_editions_exits_0(agreeing: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *agreeing]) == ExitCode.OK
    assert "0 finding(s)" in capsys.readouterr().out


def test_check_disagreeing_editions_exits_1(disagreeing: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *disagreeing]) == ExitCode.FINDINGS
    out = capsys.readouterr().out
    assert "number-mismatch" in out and "'24'" in out and "'42'" in out


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("error", 1), ("warning", 1), ("info", 1), ("never", 0)],
    ids=["error-gates", "warning-gates-errors-too", "info-gates-everything", "never-never-fails"],
)
def test_fail_on_threshold(disagreeing: list[str], fail_on: str, expected: int) -> None:
    assert main(["check", *disagreeing, "--fail-on", fail_on, "--format", "json"]) == expected


def test_warning_only_findings_pass_at_error_threshold(tmp_path: Path) -> None:
    # An extra block in the translation is a warning, not an error.
    files = [
        write(tmp_path / "en.md", "The review is done.\n"),
        write(tmp_path / "bg.md", "Прегледът приключи.\n\nДопълнителен абзац.\n"),
    ]
    assert main(["check", *files, "--format", "json"]) == 0
    assert main(["check", *files, "--format", "json", "--fail-on", "warning"]) == 1


def test_json_output_follows_the_contract(disagreeing: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", *disagreeing, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"version", "documents", "findings", "errors", "summary"}
    assert data["version"] == 1
    (finding,) = data["findings"]
    assert set(finding) >= {"rule", "code", "severity", "message", "fingerprint", "reference", "translation"}
    for side in ("reference", "translation"):
        assert set(finding[side]) >= {"path", "page", "block", "text", "value", "normalized"}
    assert finding["reference"]["normalized"] == "24"
    assert finding["translation"]["normalized"] == "42"
    assert finding["severity"] == "error"
    assert [d["language"] for d in data["documents"]] == ["en", "bg"]  # the order given


def test_json_output_is_byte_identical_across_runs(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for _ in range(2):
        main(["check", str(SAMPLE), "--format", "json"])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_output_file(disagreeing: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.json"
    assert main(["check", *disagreeing, "--format", "json", "--output", str(target)]) == 1
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["findings"] == 1


def test_sample_issue_reports_the_planted_link(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "url-mismatch" in out and "V3Ll3BYzzwY" in out
    assert "1 finding(s)" in out


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("bg.md", "bg"),
        ("newsletter-02.lt.md", "lt"),
        ("newsletter_02_BG.md", "bg"),
        ("lt/issue2.md", "lt"),
        ("gr.md", "el"),
    ],
    ids=["bare-code", "dotted-suffix", "upper-underscore", "folder", "country-code-alias"],
)
def test_language_from_file_name(tmp_path: Path, name: str, language: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / name, "Hello 24.\n")
    assert main(["extract", path, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["language"], data["language_source"]) == (language, "name")


def test_language_option_beats_the_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en = write(tmp_path / "en.md", "We have 24 partners.\n")
    other = write(tmp_path / "bg.md", "Turime 24 partnerius.\n")
    main(["check", en, other, "--lang", f"{other}=lt", "--format", "json"])
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert {(d["language"], d["language_source"]) for d in documents} == {("en", "name"), ("lt", "option")}


def test_language_detected_when_name_says_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Проектът HEROES се бори с трафика на хора и със сексуалното насилие над деца в цяла Европа.\n"
    path = write(tmp_path / "issue.md", text)
    main(["extract", path, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert (data["language"], data["language_source"]) == ("bg", "detected")


def test_bad_lang_option_is_a_usage_error(agreeing: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *agreeing, "--lang", "nonsense"]) == ExitCode.ERROR
    assert "FILE=CODE" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == ExitCode.ERROR
    assert main(["frobnicate"]) == ExitCode.ERROR


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    from heroes_i18ncheck.rules import RULES

    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for rule in RULES:
        assert rule.code in out and rule.name in out
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in listed] == [r.name for r in RULES]


def test_extract_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SAMPLE / "en.md"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"path", "language", "pages", "blocks"}
    assert set(data["blocks"][0]) >= {"page", "kind", "text", "bbox", "language"}
    assert data["blocks"][0] == data["blocks"][0] | {"kind": "heading", "text": "HEROES Newsletter #2"}
    assert all("contents_page" not in b for b in data["blocks"])  # only a contents entry has one


def test_extract_shows_the_page_a_contents_entry_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Intro ........ 1\nPartners ........ 2\nResults ........ 3\n\fIntro\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(b["kind"], b["text"], b.get("contents_page")) for b in data["blocks"]] == [
        ("contents-entry", "Intro", 1), ("contents-entry", "Partners", 2), ("contents-entry", "Results", 3), ("paragraph", "Intro", None)
    ]
    assert main(["extract", str(path)]) == 0
    assert "contents-entry en: Partners … 2" in capsys.readouterr().out


def test_align_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", str(SAMPLE / "en.md"), str(SAMPLE / "bg.md")]) == 0
    out = capsys.readouterr().out
    assert "HEROES Newsletter #2" in out and "Бюлетин на HEROES" in out
    assert main(["align", str(SAMPLE / "en.md"), str(SAMPLE / "bg.md"), "--format", "json"]) == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    assert pairs[0]["reference"] == [0] and pairs[0]["translation"] == [0]


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "heroes_i18ncheck", "check", str(SAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["summary"]["findings"] == 1


def test_a_damaged_pdf_costs_no_stray_lines_on_stderr_its_problems_are_in_the_report(tmp_path: Path) -> None:
    import pdf_builder

    lines = ["HEROES newsletter 2", "We have 24 partners in 17 countries."]
    en, lt = tmp_path / "issue.en.pdf", tmp_path / "issue.lt.pdf"
    en.write_bytes(pdf_builder.text_pdf(lines))
    lt.write_bytes(pdf_builder.corrupt_checksum_pdf(lines))
    result = subprocess.run(
        [sys.executable, "-m", "heroes_i18ncheck", "check", "--no-cache", str(en), str(lt)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.stderr == ""
    assert f"  {lt}: pdfminer: Data-loss while decompressing corrupted data" in result.stdout.splitlines()
