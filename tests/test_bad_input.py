"""Bad input: one clear line on stderr naming the file and the reason, exit 2, the rest still checked."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hang_guard import hang_guard
from heroes_i18ncheck import ExtractionCache, check_files
from heroes_i18ncheck.cli import main


def make(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


@pytest.fixture
def good_pair(tmp_path: Path) -> list[str]:
    """Two readable editions whose partner count differs: the finding must survive a bad neighbour."""
    return [
        make(tmp_path, "en.md", b"We have 24 partners.\n"),
        make(tmp_path, "bg.md", "Имаме 42 партньори.\n".encode()),
    ]


BAD_INPUTS = [
    ("missing", None, "no such file"),
    ("lt.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    ("lt.md", b"abc\xfa\xff", "not UTF-8 text"),
    ("lt.txt", b"abc\x00def", "not a text file"),
    ("lt.pdf", b"", "empty file"),
    ("lt.pdf", b"<html>not a pdf</html>", "not a PDF"),
    ("lt.md", b"\n\n   \n", "no text"),
]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    BAD_INPUTS,
    ids=["missing-file", "unknown-extension", "undecodable-text", "binary-text", "zero-byte-pdf", "not-a-pdf", "blank-text"],
)
def test_bad_input_is_one_line_and_others_still_checked(
    tmp_path: Path, good_pair: list[str], name: str, data: bytes | None, reason: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = str(tmp_path / "bad" / name) if data is None else make(tmp_path / "bad", name, data)
    code = main(["check", *good_pair, bad, "--format", "json"])
    captured = capsys.readouterr()
    assert code == 2
    errors = [line for line in captured.err.splitlines() if line.strip()]
    assert len(errors) == 1, captured.err
    assert bad in errors[0] and reason in errors[0]
    assert "Traceback" not in captured.err
    report = json.loads(captured.out)
    assert [e["path"] for e in report["errors"]] == [bad]
    assert report["summary"]["findings"] == 1  # the good pair was still compared


def test_directory_without_editions(tmp_path: Path, good_pair: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"x")
    assert main(["check", *good_pair, str(empty)]) == 2
    err = capsys.readouterr().err
    assert str(empty) in err and "no editions" in err


def test_single_edition_has_nothing_to_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    only = make(tmp_path, "en.md", b"We have 24 partners.\n")
    assert main(["check", only]) == 2
    err = capsys.readouterr().err
    assert only in err and "nothing to compare" in err


def test_unknown_reference_is_an_error(good_pair: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *good_pair, "--reference", "elsewhere/xx.md"]) == 2
    assert "elsewhere/xx.md" in capsys.readouterr().err


def test_api_keeps_errors_as_values(tmp_path: Path, good_pair: list[str]) -> None:
    report = check_files([*good_pair, str(tmp_path / "nope.pdf")])
    assert [e.message for e in report.errors] == ["no such file"]
    assert report.exit_code() == 2
    assert len(report.findings) == 1


def test_special_files_are_errors_not_hangs(tmp_path: Path, good_pair: list[str]) -> None:
    """Issue 25: a FIFO waited for a writer for ever; a .txt linked to /dev/zero was read to 2 GB."""
    fifo, zero = tmp_path / "bad" / "lt.md", tmp_path / "bad" / "lv.txt"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    zero.symlink_to("/dev/zero")
    with hang_guard(60):
        report = check_files([*good_pair, str(fifo), str(zero)], cache=ExtractionCache(tmp_path / "cache"))
    assert sorted((e.path, e.message) for e in report.errors) == [
        (str(fifo), "not a regular file (a FIFO)"),
        (str(zero), "not a regular file (a character device)"),
    ]
    assert len(report.findings) == 1


def test_extract_of_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = make(tmp_path, "x.pdf", b"garbage")
    assert main(["extract", bad]) == 2
    err = capsys.readouterr().err
    assert bad in err and err.count("\n") == 1
