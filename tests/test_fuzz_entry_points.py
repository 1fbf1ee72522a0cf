"""Every entry point on the attack reproducers and variants of them: no traceback, no hang, no lost input.

The corpus: the files of ``../shared/attack-repro`` (when present), bit-flipped and truncated copies of its
PDFs, and text attacks generated here (runs of ``@``, dots, separated digits, dashes and ``%``; many short
paragraphs; UTF-16 with and without its mark, NUL bytes, broken UTF-8, nothing at all; a FIFO; a file name
that would forge a GitHub workflow command). Each entry point — ``extract``, ``align``, ``check`` (every
format, HTML included), ``batch``, ``check_files``, ``check_texts``, ``extract_edition`` — reads each file
under a short time limit and either gives its result or says, in one line naming the file, why not (exit
code 2), the other files still checked.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from hang_guard import hang_guard
from heroes_i18ncheck import (
    Document,
    InputError,
    UnreadableInput,
    check_files,
    check_texts,
    extract_edition,
)
from heroes_i18ncheck.cli import main, shown_name
from heroes_i18ncheck.config import Config, Limits
from heroes_i18ncheck.report import FORMATTERS, render
from repo_paths import SHARED

SEED = 20261207
SECONDS = 3.0
"""The time limit each entry point runs under here: the endless loops end there."""
GUARD = 240
"""A hang guard per call (SIGALRM), far above what a bounded run takes."""
ATTACKS = SHARED / "attack-repro"
LIMITS = Limits(timeout_seconds=SECONDS, max_pages=50)
FORGED_NAME = "x\n::error file=en.md,title=FORGED::y.md"

ENGLISH = "# Newsletter 2\n\nThe project has 24 partners in 12 countries.\n\nThe budget is EUR 4.99M.\n"
BULGARIAN = "# Бюлетин 2\n\nПроектът има 24 партньори в 12 страни.\n\nБюджетът е 4,99 млн. €.\n"


def _text_attacks() -> dict[str, bytes]:
    """Generated text editions: each family of hostile run, and broken encodings."""
    runs = {
        "at": "@" * 20_000,
        "at-dot": "@." * 10_000,
        "dots": "." * 20_000,
        "digits": "1 234 567," * 2_000,
        "dashes": "–-—" * 7_000,
        "percent": "5%" * 10_000,
        "hashes": "#" * 10_000 + " " * 10_000 + "x",
    }
    attacks = {f"run-{name}.bg.md": f"Проектът има 24 партньори.\n\n{run}\n".encode() for name, run in runs.items()}
    attacks["short-paragraphs.de.txt"] = "\n\n".join(f"Ab {n}." for n in range(50_000)).encode()
    attacks["crlf-paragraphs.de.txt"] = "\r\n\r\n".join(f"Ab {n}." for n in range(20_000)).encode()
    attacks["utf16-bom.bg.md"] = BULGARIAN.encode("utf-16")
    attacks["utf16-no-bom.bg.md"] = BULGARIAN.encode("utf-16-le")
    attacks["nul.bg.md"] = b"\x00" * 100
    attacks["broken-utf8.bg.md"] = BULGARIAN.encode()[:-3] + b"\xff\xfe\xc3"
    attacks["empty.bg.md"] = b""
    attacks["blank.bg.md"] = b" \n\n\t\n"
    return attacks


def _pdf_variants(name: str, data: bytes, rng: random.Random, flips: int) -> dict[str, bytes]:
    variants = {name: data, f"truncated-{name}": data[: rng.randrange(len(data) // 4, len(data))]}
    for i in range(flips):
        flipped = bytearray(data)
        for _ in range(rng.choice((1, 8))):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        variants[f"flip{i}-{name}"] = bytes(flipped)
    return variants


def _reproducers() -> dict[str, bytes]:
    """The shared reproducers, each PDF with variants; the attacks' own editions under their folder's name."""
    if not ATTACKS.is_dir():
        return {}
    rng = random.Random(SEED)
    corpus: dict[str, bytes] = {}
    for path in sorted(ATTACKS.glob("*/*")):
        if path.name == "en.md" or not path.is_file():
            continue
        name = f"{path.parent.name}-{path.name}"
        if path.suffix == ".pdf":
            corpus.update(_pdf_variants(name, path.read_bytes(), rng, flips=0 if "loop" in name else 2))
        else:
            corpus[name] = path.read_bytes()
    return corpus


def _write_corpus(folder: Path, corpus: dict[str, bytes]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in corpus.items():
        (folder / name).write_bytes(data)
        paths.append(str(folder / name))
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A folder holding ``en.md``, ``bg.md`` (good editions) and every attack; the attacks' paths."""
    folder = tmp_path_factory.mktemp("attacks")
    (folder / "en.md").write_text(ENGLISH, encoding="utf-8")
    (folder / "bg.md").write_text(BULGARIAN, encoding="utf-8")
    paths = _write_corpus(folder, {**_text_attacks(), **_reproducers()})
    forged = folder / f"{FORGED_NAME}"
    forged.write_bytes(b"\x00\x00unreadable")
    fifo = folder / "fifo.bg.md"
    os.mkfifo(fifo)
    (folder / "i18ncheck.toml").write_text(f"[limits]\ntimeout-seconds = {SECONDS}\nmax-pages = 50\n", encoding="utf-8")
    yield folder, [*paths, str(forged), str(fifo)]


def _one_clear_line(err: str, path: str) -> None:
    """stderr holds exactly one line, an error naming ``path`` (escaped where it must be) and a reason."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    prefix = f"heroes-i18ncheck: error: {shown_name(path)}: "
    assert lines[0].startswith(prefix) and len(lines[0]) > len(prefix), err


def test_the_corpus_holds_every_family() -> None:
    assert len(_text_attacks()) >= 15
    if ATTACKS.is_dir():
        assert {"redos-at-bg.md", "extract-cmd-ref-loop.pdf", "flip1-extract-cmd-far-x.pdf"} <= set(_reproducers())


@pytest.mark.slow
def test_extract_and_extract_edition_on_every_attack(
    corpus: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, paths = corpus
    monkeypatch.chdir(folder)
    for path in paths:
        with hang_guard(GUARD):
            code = main(["extract", path, "--format", "json"])
        out, err = capsys.readouterr()
        assert code in (0, 2), path
        if code == 0:
            assert json.loads(out)["path"] == path and err == ""
        else:
            _one_clear_line(err, path)
        with hang_guard(GUARD):
            try:
                document = extract_edition(path, timeout_seconds=SECONDS, max_pages=50)
            except UnreadableInput as exc:  # not always as extract said: a file near the time limit may pass once
                assert exc.path == path and "\n" not in exc.reason and exc.reason
            else:
                assert isinstance(document, Document) and document.path == path


@pytest.mark.slow
def test_align_on_every_attack(
    corpus: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, paths = corpus
    monkeypatch.chdir(folder)
    for path in paths:
        with hang_guard(GUARD):
            code = main(["align", str(folder / "en.md"), path, "--format", "json"])
        out, err = capsys.readouterr()
        assert code in (0, 2), path
        if code == 0:
            assert json.loads(out)["translation"] == path and err == ""
        else:
            _one_clear_line(err, path)


@pytest.mark.slow
def test_check_reads_every_attack_in_one_run_and_loses_none(
    corpus: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, paths = corpus
    monkeypatch.chdir(folder)
    good = [str(folder / "en.md"), str(folder / "bg.md")]
    with hang_guard(GUARD):
        code = main(["check", *good, *paths, "--format", "json", "--no-cache", "--fail-on", "never"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    read = {d["path"] for d in report["documents"]}
    refused = {e["path"]: e["message"] for e in report["errors"]}
    assert set(good) <= read, "the good editions are still checked"
    assert [p for p in paths if p not in read and p not in refused] == [], "no input lost"
    assert code == 2 and refused
    assert "Traceback" not in err
    lines = err.splitlines()
    for path, message in refused.items():
        assert f"heroes-i18ncheck: error: {shown_name(path)}: {message}" in lines
    assert not any(line.startswith("::") for line in lines), "no line of stderr is a workflow command"
    for name in ("github", "html"):  # every format renders this report in test_check_files_and_every_format…
        output = tmp_path / f"report.{name}"
        with hang_guard(GUARD):
            code = main(["check", *good, *paths, "--format", name, "--output", str(output), "--fail-on", "never"])
        assert code == 2 and output.stat().st_size > 0, name
        assert "Traceback" not in capsys.readouterr().err
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.slow
def test_check_files_and_every_format_of_its_report(corpus: tuple[Path, list[str]]) -> None:
    folder, paths = corpus
    good = [str(folder / "en.md"), str(folder / "bg.md")]
    with hang_guard(GUARD):
        report = check_files([*good, *paths], config=Config(limits=LIMITS), jobs=2)
    read = {d.path for d in report.documents}
    assert set(good) <= read and report.reference == good[0]
    assert [p for p in paths if p not in read and p not in {e.path for e in report.errors}] == []
    assert all(isinstance(e, InputError) and "\n" not in e.message for e in report.errors)
    for name in sorted(FORMATTERS):
        with hang_guard(GUARD):
            assert render(report, name), name
    assert render(report, "html").startswith("<!DOCTYPE html>")


@pytest.mark.slow
def test_check_texts_on_every_attack_read_as_text(corpus: tuple[Path, list[str]]) -> None:
    _, paths = corpus
    texts = {"en.md": ENGLISH, "bg.md": BULGARIAN}
    texts.update({Path(p).name: Path(p).read_bytes().decode("utf-8", "surrogateescape") for p in paths if "fifo" not in p})
    with hang_guard(GUARD):
        report = check_texts(texts, config=Config(limits=LIMITS), jobs=2)
    read = {d.path for d in report.documents}
    refused = {e.path for e in report.errors}
    assert {"en.md", "bg.md"} <= read and report.reference == "en.md"
    assert [name for name in texts if name not in read | refused] == [], "no text lost"
    assert render(report, "html").startswith("<!DOCTYPE html>") and json.loads(render(report, "json"))


@pytest.mark.slow
def test_batch_on_issues_of_attacks(
    corpus: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, paths = corpus
    root = tmp_path / "archive"
    issues = {"pdf": [p for p in paths if p.endswith(".pdf")], "text": [p for p in paths if not p.endswith(".pdf")]}
    for issue, members in issues.items():
        (root / issue).mkdir(parents=True)
        for name in ("en.md", "bg.md"):
            (root / issue / name).write_bytes((folder / name).read_bytes())
        for path in members:
            if "fifo" in path:
                os.mkfifo(root / issue / Path(path).name)
            else:
                (root / issue / Path(path).name).write_bytes(Path(path).read_bytes())
    (root / "i18ncheck.toml").write_text((folder / "i18ncheck.toml").read_text(), encoding="utf-8")
    monkeypatch.chdir(root)
    with hang_guard(GUARD):
        code = main(["batch", str(root), "--format", "json", "--no-cache", "--jobs", "2", "--fail-on", "never"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    reports = {Path(issue["folder"]).name: issue for issue in json.loads(out)["issues"]}
    assert sorted(reports) == ["pdf", "text"]
    for issue, members in issues.items():
        report = reports[issue]["report"]
        seen = {Path(d["path"]).name for d in report["documents"]} | {Path(e["path"]).name for e in report["errors"]}
        assert {"en.md", "bg.md"} | {Path(p).name for p in members if Path(p).suffix in (".md", ".txt", ".pdf")} <= seen


def test_a_file_name_cannot_forge_a_line_of_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "en.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "bg.md").write_text(BULGARIAN, encoding="utf-8")
    (tmp_path / FORGED_NAME).write_bytes(b"\x00\x00unreadable")
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--format", "json", "--no-cache"]) == 2
    assert capsys.readouterr().err == (
        "heroes-i18ncheck: error: 'x\\n::error file=en.md,title=FORGED::y.md': not a text file (contains NUL bytes)\n"
    )
    assert main(["extract", FORGED_NAME]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "heroes-i18ncheck: error: 'x\\n::error file=en.md,title=FORGED::y.md': not a text file (contains NUL bytes)"
    ]


def test_a_fifo_or_dangling_link_in_a_folder_of_editions_is_said_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    issue = tmp_path / "issue"
    issue.mkdir()
    (issue / "en.md").write_text(ENGLISH, encoding="utf-8")
    (issue / "bg.md").write_text(BULGARIAN, encoding="utf-8")
    os.mkfifo(issue / "lt.md")
    (issue / "de.md").symlink_to(tmp_path / "gone.md")
    monkeypatch.chdir(tmp_path)
    with hang_guard(GUARD):
        assert main(["check", "issue", "--format", "json", "--no-cache"]) == 2
    out, err = capsys.readouterr()
    assert {(Path(e["path"]).name, e["message"]) for e in json.loads(out)["errors"]} == {
        ("lt.md", "not a regular file (a FIFO)"),
        ("de.md", "no such file"),
    }
    assert len(err.splitlines()) == 2
    with hang_guard(GUARD):
        assert main(["batch", ".", "--format", "json", "--no-cache"]) == 2
    (issue_report,) = json.loads(capsys.readouterr().out)["issues"]
    assert sorted(Path(e["path"]).name for e in issue_report["report"]["errors"]) == ["de.md", "lt.md"]
