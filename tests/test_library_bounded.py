"""The library's entry points read untrusted input as the command line does: ``check_texts``, ``check_documents``
and ``extract_edition`` on bounded workers, under the time limit, the memory cap, the size and page limits."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from heroes_i18ncheck import (
    Document,
    UnreadableInput,
    check_documents,
    check_files,
    check_texts,
    extract_edition,
)
from heroes_i18ncheck import check as check_module
from heroes_i18ncheck.config import Config, Limits
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import Block, Entity
from heroes_i18ncheck.report import render
from repo_paths import SAMPLES, SHARED

TEXTS = {path.name: path.read_text(encoding="utf-8") for path in sorted((SAMPLES / "heroes-02").glob("*.md"))}
SHORT_LIMIT = Config(limits=Limits(timeout_seconds=6))
"""Long enough for a fresh worker to read a sample edition on a busy machine; the hangs sleep 60 s."""


def _record_readers(monkeypatch: pytest.MonkeyPatch, calls: Path, hang_on: str | None = None) -> None:
    """From now on each reading of an edition's entities writes its process id to ``calls``; an edition in
    the language ``hang_on`` is read for a minute."""
    real = check_module.edition_entities

    def recorded(blocks: Sequence[Block], **options: object) -> tuple[tuple[Entity, ...], ...]:
        with calls.open("a") as out:
            out.write(f"{os.getpid()}\n")
        if options.get("edition_language") == hang_on:
            time.sleep(60)
        return real(blocks, **options)

    monkeypatch.setattr(check_module, "edition_entities", recorded)


def test_check_texts_reads_every_text_on_a_worker_and_gives_what_the_files_give(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from_files = check_files([str(SAMPLES / "heroes-02" / name) for name in TEXTS], jobs=1)
    calls = tmp_path / "calls"
    _record_readers(monkeypatch, calls)
    report = check_texts(TEXTS)
    readers = calls.read_text().split()
    assert len(readers) == 3 and str(os.getpid()) not in readers
    assert [f.message for f in report.findings] == [f.message for f in from_files.findings] != []
    assert render(report, "json") == render(check_texts(TEXTS, jobs=1), "json"), "byte-identical on any number of workers"


def test_a_text_that_hangs_is_its_own_error_and_the_others_are_checked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _record_readers(monkeypatch, tmp_path / "calls", hang_on="lt")
    started = time.monotonic()
    report = check_texts(TEXTS, config=SHORT_LIMIT)
    assert time.monotonic() - started < 30
    assert [(e.path, e.message) for e in report.errors] == [
        ("lt.md", "extraction took longer than 6 s (limits.timeout-seconds)")  # a text's facts: in its extraction job
    ]
    assert [a.translation.path for a in report.alignments] == ["bg.md"]


def test_a_text_past_the_size_limit_is_refused_unread(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    _record_readers(monkeypatch, calls)
    limit = max(len(text.encode()) for text in TEXTS.values()) + 10
    letters = limit // 2 + 100  # fewer characters than the limit, more bytes in UTF-8
    report = check_texts({**TEXTS, "lt.md": "Ž" * letters}, config=_sized(limit))
    assert [(e.path, e.message) for e in report.errors] == [
        ("lt.md", f"text too large ({2 * letters} bytes > limit {limit}, limits.max-file-bytes)")
    ]
    assert len(calls.read_text().split()) == 2, "the other two read; the big one never handed to a worker"


def _sized(max_bytes: int) -> Config:
    return Config(limits=Limits(max_file_bytes=max_bytes))


def test_check_documents_reads_facts_and_aligns_on_workers_under_the_time_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = [extract_document(str(SAMPLES / "heroes-02-pdf" / f"{code}.pdf")) for code in ("en", "bg", "lt")]
    expected = render(check_documents(documents), "json")
    calls = tmp_path / "calls"
    _record_readers(monkeypatch, calls, hang_on="bg")
    report = check_documents(documents, config=SHORT_LIMIT)
    assert str(os.getpid()) not in calls.read_text().split()
    assert [e.message for e in report.errors] == ["reading its facts took longer than 6 s (limits.timeout-seconds)"]
    assert report.errors[0].path.endswith("bg.pdf")
    assert [a.translation.language for a in report.alignments] == ["lt"]
    monkeypatch.undo()
    assert render(check_documents(documents, jobs=2), "json") == expected


def test_a_reference_whose_facts_cannot_be_read_is_said_and_nothing_is_compared(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = [extract_document(str(SAMPLES / "heroes-02" / name)) for name in TEXTS]
    _record_readers(monkeypatch, tmp_path / "calls", hang_on="en")
    report = check_documents(documents, config=SHORT_LIMIT, jobs=3)
    assert report.reference is None and report.findings == () and len(report.documents) == 3
    assert [(Path(e.path).name, e.message) for e in report.errors] == [
        ("en.md", "reading its facts took longer than 6 s (limits.timeout-seconds)")
    ]


def test_check_documents_refuses_a_document_past_the_page_or_size_limit() -> None:
    documents = [extract_document(str(SAMPLES / "heroes-02-pdf" / f"{code}.pdf")) for code in ("en", "bg", "lt")]
    text = sum(len(b.text) for b in documents[1].blocks)
    report = check_documents(documents, config=Config(limits=Limits(max_pages=0, max_file_bytes=text - 1)))
    assert [e.message for e in report.errors] == [f"more than 0 pages ({d.pages}; limits.max-pages)" for d in documents]
    report = check_documents(documents, config=_sized(text - 1))
    assert f"more text than a file may hold ({text} characters > limit {text - 1}, limits.max-file-bytes)" in [
        e.message for e in report.errors
    ]


def test_extract_edition_is_the_stage_on_a_bounded_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(SAMPLES / "heroes-02-pdf" / "bg.pdf")
    assert extract_edition(path) == extract_document(path)
    assert extract_edition(path, "lt", alternatives=("en", "bg")) == extract_document(path, "lt", alternatives=("en", "bg"))
    with pytest.raises(UnreadableInput, match="no such file"):
        extract_edition(path + ".missing.pdf")

    def hangs(*args: object, **kwargs: object) -> Document:
        time.sleep(60)
        raise AssertionError

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", hangs)
    started = time.monotonic()
    with pytest.raises(UnreadableInput, match=r"bg\.pdf: extraction took longer than 1\.5 s"):
        extract_edition(path, timeout_seconds=1.5)
    assert time.monotonic() - started < 30


@pytest.mark.shared
def test_extract_edition_holds_on_the_endless_loop_reproducer() -> None:
    with pytest.raises(UnreadableInput, match="took longer than 5 s"):
        extract_edition(str(SHARED / "attack-repro" / "extract-cmd" / "ref-loop.pdf"), timeout_seconds=5)


def test_comparing_the_editions_is_bounded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(60)
        raise AssertionError

    monkeypatch.setattr(check_module, "run_rules", slow)
    started = time.monotonic()
    report = check_texts(TEXTS, config=SHORT_LIMIT)
    assert time.monotonic() - started < 30
    assert report.findings == () and len(report.alignments) == 2, "what was read and aligned is still reported"
    assert [(e.path, e.message) for e in report.errors] == [
        ("en.md", "comparing the editions took longer than 6 s (limits.timeout-seconds): no findings reported")
    ]


def test_the_tables_of_each_language_named_are_built_here_once_and_from_no_editions_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each call's workers are new: they inherit the entity tables this process built before forking them, where
    # they would otherwise build them again on every call. Built from a fixed text: an edition's text is read on
    # workers only.
    built: list[tuple[str, str, int]] = []
    real = check_module.extract_entities

    def recorded(text: str, language: str, **options: object) -> tuple[Entity, ...]:
        built.append((text, language, os.getpid()))
        return real(text, language, **options)

    monkeypatch.setattr(check_module, "extract_entities", recorded)
    check_module._tables_of.cache_clear()
    first = check_texts(TEXTS)
    assert sorted(language for _, language, _ in built) == ["bg", "en", "lt"]
    assert {(text, pid) for text, _, pid in built} == {("1", os.getpid())}
    assert render(check_texts(TEXTS), "json") == render(first, "json")
    check_texts({"a.md": TEXTS["en.md"], "b.md": TEXTS["lt.md"]})  # no language in the names: none to build
    assert len(built) == 3, "once a process"
    check_module._tables_of.cache_clear()
    check_documents([extract_document(str(SAMPLES / "heroes-02" / name)) for name in ("en.md", "lt.md")])
    assert [language for _, language, _ in built[3:]] == ["en", "lt"]
