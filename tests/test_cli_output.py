"""The command line's output: any stream encoding, summaries for CI logs, output folders, baseline, GitHub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from heroes_i18ncheck.cli import ExitCode, main
from heroes_i18ncheck.decide import read_baseline
from repo_paths import SAMPLES

SAMPLE = SAMPLES / "heroes-02"


@pytest.fixture
def disagreeing(tmp_path: Path) -> list[str]:
    (tmp_path / "en.md").write_text("The project has 24 partners.\n", encoding="utf-8")
    (tmp_path / "bg.md").write_text("Проектът има 42 партньори.\n", encoding="utf-8")
    return [str(tmp_path / "en.md"), str(tmp_path / "bg.md")]


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_any_output_encoding_is_written_not_crashed_on(disagreeing: list[str], encoding: str, fmt: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    run = subprocess.run(
        [sys.executable, "-m", "heroes_i18ncheck", "check", *disagreeing, "--format", fmt, "--no-cache"],
        capture_output=True, env=env, check=False,
    )
    assert run.returncode == ExitCode.FINDINGS, run.stderr.decode(encoding, "replace")
    assert b"Traceback" not in run.stderr
    out = run.stdout.decode(encoding)
    assert "\\u041f" in out or "Проектът" in json.loads(out)["findings"][0]["translation"]["text"]


def test_a_report_file_is_utf8_whatever_the_stream_encoding(disagreeing: list[str], tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "report.txt"
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    subprocess.run(
        [sys.executable, "-m", "heroes_i18ncheck", "check", *disagreeing, "--output", str(target), "--no-cache"],
        capture_output=True, env=env, check=False,
    )
    assert "Проектът" in target.read_text(encoding="utf-8")


def test_output_creates_folders_and_a_summary_goes_to_stderr(disagreeing: list[str], tmp_path: Path, capsys) -> None:
    target = tmp_path / "reports" / "i18n" / "report.html"
    assert main(["check", *disagreeing, "--format", "html", "--output", str(target), "--no-cache"]) == ExitCode.FINDINGS
    captured = capsys.readouterr()
    assert target.is_file() and captured.out == ""
    assert captured.err == (
        f"heroes-i18ncheck: 1 finding(s) (1 error) in 2 edition(s), compared with {disagreeing[0]}"
        f" — {disagreeing[1]} 1; report in {target}\n"
    )


def test_write_baseline_honours_format_and_output_and_exits_0(disagreeing: list[str], tmp_path: Path, capsys) -> None:
    baseline, target = tmp_path / "b" / "baseline.json", tmp_path / "r" / "report.json"
    code = main(
        ["check", *disagreeing, "--write-baseline", str(baseline), "--format", "json", "--output", str(target), "--no-cache"]
    )
    assert code == ExitCode.OK
    assert len(read_baseline(str(baseline))) == 1
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["findings"] == 1
    err = capsys.readouterr().err
    assert f"wrote 1 finding(s) to {baseline}" in err and f"report in {target}" in err


def test_github_writes_a_step_summary_when_asked(disagreeing: list[str], tmp_path: Path, monkeypatch, capsys) -> None:
    summary = tmp_path / "step_summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    main(["check", *disagreeing, "--format", "github", "--no-cache"])
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### heroes-i18ncheck: 1 finding(s) (1 error) in 2 edition(s)\n")
    assert "| error | H101 number-mismatch |" in text
    assert capsys.readouterr().out.startswith("::error file=")


def test_github_without_a_step_summary_file_writes_none(disagreeing: list[str], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(tmp_path)
    main(["check", *disagreeing, "--format", "github", "--no-cache"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bg.md", "en.md"]


def test_format_options_have_help(capsys) -> None:
    main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "github (Actions annotations and step summary)" in out and "--exclude GLOB" in out and "--dry-run" in out


def test_align_explain_gives_the_signals_behind_each_pair(capsys) -> None:
    assert main(["align", str(SAMPLE / "en.md"), str(SAMPLE / "bg.md"), "--explain"]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("  signals: each similarity/availability in 0..1; length = Gale–Church")
    scored = [line for line in lines if line.strip().startswith("score ")]
    assert scored and all("length " in line and "words " in line for line in scored)


def test_align_json_carries_each_pairs_signals(capsys) -> None:
    main(["align", str(SAMPLE / "en.md"), str(SAMPLE / "bg.md"), "--format", "json"])
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    paired = [p for p in pairs if p["reference"] and p["translation"]]
    assert paired and set(paired[0]["signals"]) >= {"length", "words", "facts"}
    assert set(paired[0]["signals"]["length"]) == {"similarity", "availability"}


def test_an_unreadable_input_is_said_once_on_a_terminal_and_on_stderr_when_the_report_goes_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from heroes_i18ncheck.cli import main

    (tmp_path / "en.md").write_text("24 partners.\n", encoding="utf-8")
    (tmp_path / "bg.md").write_text("24 партньори.\n", encoding="utf-8")
    broken = tmp_path / "lt.pdf"
    broken.write_bytes(b"not a pdf")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["check", str(tmp_path), "--no-cache"]) == 2
    both = capsys.readouterr()
    assert both.out.count(str(broken)) == 1 and str(broken) not in both.err
    monkeypatch.setattr("sys.stdout.isatty", lambda: False)
    assert main(["check", str(tmp_path), "--no-cache"]) == 2
    both = capsys.readouterr()
    assert str(broken) in both.err and str(broken) in both.out


def test_a_reader_gone_before_the_report_comes_is_an_error_exit_without_a_traceback(disagreeing: list[str]) -> None:
    # The command ends at once after its output is flushed; output that cannot be flushed leaves the ordinary exit.
    read, write = os.pipe()
    os.close(read)  # as `heroes-i18ncheck check … | head -c 0`: nobody reads the report
    try:
        run = subprocess.run(
            [sys.executable, "-m", "heroes_i18ncheck", "check", *disagreeing, "--format", "json", "--no-cache"],
            stdout=write, stderr=subprocess.PIPE, check=False,
        )
    finally:
        os.close(write)
    assert run.returncode == ExitCode.ERROR, run.stderr
    assert b"Traceback" not in run.stderr
