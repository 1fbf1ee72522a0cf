"""Batch: every issue folder under a root checked on its own, reported in every format, one failure costing one issue."""

from __future__ import annotations

import json
import shutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from heroes_i18ncheck import check_files
from heroes_i18ncheck import extract as extract_stage
from heroes_i18ncheck.batch import check_batch, find_issues
from heroes_i18ncheck.cache import ExtractionCache
from heroes_i18ncheck.cli import main
from heroes_i18ncheck.config import Config, Limits
from heroes_i18ncheck.model import Document, InputError
from repo_paths import SAMPLES

TEXT_EDITIONS = sorted((SAMPLES / "heroes-02").glob("*.md"))


def _archive(root: Path, issues: int = 3) -> list[Path]:
    """``issues`` folders of the sample text editions, as years/issue-NN; the second's bg edition drifted."""
    folders = []
    for n in range(1, issues + 1):
        folder = root / f"202{n % 2}" / f"issue-{n:02}"
        folder.mkdir(parents=True)
        for edition in TEXT_EDITIONS:
            shutil.copy(edition, folder / edition.name)
        folders.append(folder)
    drifted = folders[1] / "bg.md"
    drifted.write_text(drifted.read_text(encoding="utf-8").replace("24", "25", 1), encoding="utf-8")
    return folders


def test_each_folder_holding_editions_is_an_issue(tmp_path: Path) -> None:
    folders = _archive(tmp_path)
    (tmp_path / "README.md").write_text("the archive\n", encoding="utf-8")
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "en.md").write_text("draft\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert find_issues(str(tmp_path)) == sorted(map(str, folders))
    assert find_issues(str(tmp_path), exclude=["*/issue-02/*"]) == sorted(str(f) for f in folders if f.name != "issue-02")


def test_each_issue_reads_as_if_checked_alone(tmp_path: Path) -> None:
    folders = _archive(tmp_path)
    batch = check_batch(str(tmp_path), jobs=2)
    assert [issue.folder for issue in batch.issues] == sorted(map(str, folders))
    for issue in batch.issues:
        assert issue.error is None and issue.report == check_files([issue.folder], jobs=1)
    counts = {Path(i.folder).name: len(i.report.findings) for i in batch.issues if i.report}
    assert counts["issue-01"] == counts["issue-03"] == 1, "the sample's own drift: the video link"
    assert counts["issue-02"] == 2, "and the partner count that drifted in this issue's bg edition"
    assert batch.exit_code("error") == 1
    assert check_batch(str(tmp_path), jobs=1) == batch


def test_an_issue_that_fails_costs_only_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from heroes_i18ncheck import batch as batch_module

    _archive(tmp_path)
    real = batch_module._check_files

    def broken_for_the_second(paths: list[str], *args: object, **kwargs: object) -> object:
        if paths[0].endswith("issue-02"):
            raise RuntimeError("a bug met in one issue")
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(batch_module, "_check_files", broken_for_the_second)
    batch = check_batch(str(tmp_path), jobs=2)
    failed = [i for i in batch.issues if i.report is None]
    assert [Path(i.folder).name for i in failed] == ["issue-02"]
    assert failed[0].error == "could not be checked (RuntimeError: a bug met in one issue)"
    assert batch.exit_code("never") == 2
    assert all(i.report is not None for i in batch.issues if i not in failed)


def test_a_hostile_edition_costs_only_its_edition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = _archive(tmp_path)
    hanging = folders[0] / "lt.md"
    real = extract_stage.extract_document

    def hangs(path: str, *args: object, **kwargs: object) -> Document:
        if path == str(hanging):
            time.sleep(60)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", hangs)
    batch = check_batch(str(tmp_path), jobs=2, config=Config(limits=Limits(timeout_seconds=1.5)))
    first = batch.issues[[i.folder for i in batch.issues].index(str(folders[0]))].report
    assert first is not None and first.errors == (
        InputError(str(hanging), "extraction took longer than 1.5 s (limits.timeout-seconds)"),
    )
    assert len(first.documents) == 2, "the issue's other editions are still checked"


def test_a_rerun_reads_back_what_did_not_change(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    folders = _archive(root)
    cache = ExtractionCache(tmp_path / "cache")
    first = check_batch(str(root), cache=cache, jobs=2)
    records = set((tmp_path / "cache").rglob("*.json"))
    assert records
    assert check_batch(str(root), cache=cache, jobs=2) == first
    assert set((tmp_path / "cache").rglob("*.json")) == records, "nothing was computed again"
    changed = folders[2] / "lt.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNaujas paragrafas.\n", encoding="utf-8")
    check_batch(str(root), cache=cache, jobs=2)
    added = set((tmp_path / "cache").rglob("*.json")) - records
    assert 0 < len(added) <= 3, "the changed edition's extraction, entities and alignment only"


def test_the_command_line_reports_every_issue_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _archive(tmp_path / "archive")
    root = str(tmp_path / "archive")
    assert main(["batch", root, "--no-cache"]) == 1
    text = capsys.readouterr().out
    assert text.count("=== ") == 3 and "3 issue(s) under" in text and "3 with findings, 0 not checked" in text

    assert main(["batch", root, "--format", "json", "--no-cache", "--fail-on", "never"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [Path(i["folder"]).name for i in record["issues"]] == ["issue-02", "issue-01", "issue-03"]
    assert record["summary"]["issues"] == 3 and record["summary"]["findings"] > 0
    assert all(i["report"]["summary"]["editions"] == 3 for i in record["issues"])

    assert main(["batch", root, "--format", "sarif", "--no-cache", "--fail-on", "never"]) == 0
    assert len(json.loads(capsys.readouterr().out)["runs"]) == 3

    assert main(["batch", root, "--format", "junit", "--no-cache", "--fail-on", "never"]) == 0
    suites = ET.fromstring(capsys.readouterr().out)
    assert suites.tag == "testsuites" and int(suites.get("failures", "0")) > 0
    assert all(s.get("name", "").startswith(root) for s in suites)

    assert main(["batch", root, "--format", "github", "--no-cache", "--fail-on", "never"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("in 3 issue(s), 0 not checked")

    out = tmp_path / "reports" / "batch.html"
    assert main(["batch", root, "--format", "html", "--output", str(out), "--no-cache", "--fail-on", "never"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<iframe sandbox") == 3 and "<script>" not in page.split("<iframe")[0]
    assert "3 issue(s), " in capsys.readouterr().err


def test_a_root_that_is_not_a_folder_or_a_bad_executor_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert main(["batch", str(tmp_path), "--executor", "ray://x"]) == 2
    assert "choose local, dask-local or dask://HOST:PORT" in capsys.readouterr().err


def test_a_dask_local_cluster_gives_the_same_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    _archive(tmp_path)
    assert main(["batch", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"]) == 0
    local = capsys.readouterr().out
    options = ["--executor", "dask-local", "--jobs", "2"]
    assert main(["batch", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never", *options]) == 0
    assert capsys.readouterr().out == local
