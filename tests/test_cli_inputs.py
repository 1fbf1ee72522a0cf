"""The command line's inputs: --lang and --reference by any spelling, --exclude, --dry-run, stray files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heroes_i18ncheck.cli import ExitCode, main
from repo_paths import SAMPLES

SAMPLE = SAMPLES / "heroes-02"
NOTES = "# Notes\n\nAsk Maria about the video link.\n\nCheck the date on page 2 (14 March?).\n\nTODO: send to the printer.\n"


@pytest.fixture
def issue(tmp_path: Path) -> Path:
    """The sample issue's three Markdown editions, and a short notes.md beside them."""
    folder = tmp_path / "issue"
    folder.mkdir()
    for edition in SAMPLE.glob("*.md"):
        (folder / edition.name).write_text(edition.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.md").write_text(NOTES, encoding="utf-8")
    return folder


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    (tmp_path / "en.md").write_text("We have 24 partners.\n", encoding="utf-8")
    (tmp_path / "x.md").write_text("Turime 24 partnerius.\n", encoding="utf-8")
    return tmp_path


def documents(out: str) -> dict[str, tuple[str, str]]:
    return {Path(d["path"]).name: (d["language"], d["language_source"]) for d in json.loads(out)["documents"]}


@pytest.mark.parametrize("spelling", ["./x.md", "{abs}/x.md", "sub/../x.md"], ids=["dot-slash", "absolute", "dot-dot"])
def test_lang_matches_the_file_by_any_spelling(pair: Path, spelling: str, monkeypatch, capsys) -> None:
    monkeypatch.chdir(pair)
    (pair / "sub").mkdir()
    given = spelling.format(abs=pair)
    main(["check", "en.md", "x.md", "--lang", f"{given}=LT", "--format", "json", "--no-cache"])
    assert documents(capsys.readouterr().out)["x.md"] == ("lt", "option")


def test_lang_naming_no_edition_is_a_usage_error_naming_it(pair: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(pair)
    assert main(["check", "en.md", "x.md", "--lang", "y.md=lt", "--no-cache"]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert "--lang y.md=lt: y.md is not among the editions checked" in err and "Traceback" not in err


def test_lang_with_no_language_code_is_a_usage_error(pair: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(pair)
    assert main(["check", "en.md", "x.md", "--lang", "x.md=lithuanian", "--no-cache"]) == ExitCode.ERROR
    assert "'lithuanian' is not a language code" in capsys.readouterr().err


@pytest.mark.parametrize(
    "reference", ["LT", "lt", "{abs}/lt.md", "./lt.md"], ids=["upper-case-code", "code", "absolute-path", "dot-slash"]
)
def test_reference_by_code_in_any_case_or_by_any_spelling_of_its_file(issue: Path, reference: str, monkeypatch, capsys) -> None:
    monkeypatch.chdir(issue)
    main(["check", ".", "--exclude", "notes.md", "--reference", reference.format(abs=issue), "--format", "json", "--no-cache"])
    assert Path(json.loads(capsys.readouterr().out)["reference"]).name == "lt.md"


def test_reference_gr_is_greek(tmp_path: Path, capsys) -> None:
    en = tmp_path / "en.md"
    el = tmp_path / "issue.el.md"
    en.write_text("We have 24 partners.\n", encoding="utf-8")
    el.write_text("Έχουμε 24 εταίρους.\n", encoding="utf-8")
    main(["check", str(en), str(el), "--reference", "gr", "--format", "json", "--no-cache"])
    assert json.loads(capsys.readouterr().out)["reference"] == str(el)


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("xx", "--reference 'xx': neither an edition's file nor a language code"),
        ("elsewhere/en.md", "--reference 'elsewhere/en.md': neither an edition's file nor a language code"),
        ("de", "de: no edition checked is in this language, asked for as the reference"),
    ],
    ids=["unknown-code", "missing-file", "code-of-no-edition"],
)
def test_a_reference_matching_nothing_exits_2_naming_it(issue: Path, reference: str, message: str, capsys) -> None:
    assert main(["check", str(issue), "--reference", reference, "--no-cache"]) == ExitCode.ERROR
    captured = capsys.readouterr()
    assert message in captured.err
    assert "0 finding(s)" not in captured.out


def test_a_config_reference_matching_nothing_names_key_and_file(issue: Path, monkeypatch, capsys) -> None:
    (issue.parent / "i18ncheck.toml").write_text('reference = "de"\n', encoding="utf-8")
    monkeypatch.chdir(issue.parent)
    assert main(["check", "issue", "--no-cache"]) == ExitCode.ERROR
    expected = f"de: no edition checked is in this language, asked for as the reference (reference in {issue.parent / 'i18ncheck.toml'})"
    assert expected in capsys.readouterr().err


def test_a_stray_notes_file_is_one_finding_not_a_flood(issue: Path, capsys) -> None:
    main(["check", str(issue), "--format", "json", "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    on_notes = [f for f in report["findings"] if f["translation"] and f["translation"]["path"].endswith("notes.md")]
    assert [f["rule"] for f in on_notes] == ["editions-do-not-match"]


def test_two_editions_in_one_language_are_warned_about(issue: Path, capsys) -> None:
    main(["check", str(issue), "--no-cache"])
    err = capsys.readouterr().err
    assert f"warning: 2 editions in en: {issue / 'en.md'}, {issue / 'notes.md'}" in err


@pytest.mark.parametrize("glob", ["notes.md", "note*", "*/issue/notes.md"], ids=["name", "name-glob", "path-glob"])
def test_exclude_leaves_the_file_out(issue: Path, glob: str, capsys) -> None:
    assert main(["check", str(issue), "--exclude", glob, "--format", "json", "--no-cache"]) == ExitCode.FINDINGS
    assert sorted(documents(capsys.readouterr().out)) == ["bg.md", "en.md", "lt.md"]


def test_exclude_in_config(issue: Path, monkeypatch, capsys) -> None:
    (issue.parent / "i18ncheck.toml").write_text('exclude = ["notes*"]\n', encoding="utf-8")
    monkeypatch.chdir(issue.parent)
    main(["check", "issue", "--format", "json", "--no-cache"])
    assert sorted(documents(capsys.readouterr().out)) == ["bg.md", "en.md", "lt.md"]


def test_dry_run_prints_files_languages_reference_and_why_then_checks_nothing(issue: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(issue)
    (issue / "issue-02.md").write_text((issue / "bg.md").read_text(encoding="utf-8"), encoding="utf-8")
    code = main(["check", ".", "--dry-run", "--lang", "lt.md=lt", "--exclude", "notes.md", "--no-cache"])
    assert code == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "config: none found (defaults)"
    assert lines[1] == "reference: en.md — the English edition (default)"
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:6]}
    assert rows == {
        "bg.md": ["bg", "(name)"],
        "en.md": ["en", "(name)"],
        "issue-02.md": ["bg", "(detected)"],
        "lt.md": ["lt", "(option)"],
    }
    assert "warning: 2 editions in bg: bg.md, issue-02.md" in lines
    assert lines[-1] == "4 file(s); nothing checked (--dry-run)"


def test_dry_run_lists_what_exclude_left_out_and_a_glob_matching_nothing_is_warned_about(
    issue: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(issue)
    code = main(["check", ".", "--dry-run", "--exclude", "note*.md", "--exclude", "draft*", "--no-cache"])
    assert code == ExitCode.OK
    captured = capsys.readouterr()
    assert "notes.md  left out (exclude 'note*.md')" in captured.out
    assert "exclude 'draft*' matches no file" in captured.err
    assert "exclude 'note*.md' matches no file" not in captured.err
