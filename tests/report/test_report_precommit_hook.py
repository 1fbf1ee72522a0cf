"""The pre-commit hook manifest: valid for pre-commit, triggered by editions only, running the real command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from heroes_i18ncheck.cli import main
from heroes_i18ncheck.extract import SUPPORTED_SUFFIXES

MANIFEST = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hook() -> dict:
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit validates its own manifest format")
    [only] = clientlib.load_manifest(str(MANIFEST))
    return only


@pytest.mark.parametrize(
    ("path", "triggers"),
    [
        *[pytest.param(f"news/issue-02/bg{suffix}", True, id=f"edition{suffix}") for suffix in SUPPORTED_SUFFIXES],
        pytest.param("news/issue-02/BG.PDF", True, id="upper-case-suffix"),
        pytest.param("src/heroes_i18ncheck/cli.py", False, id="python-source"),
        pytest.param("news/issue-02/logo.png", False, id="image"),
        pytest.param("news/issue-02/bg.pdf.orig", False, id="suffix-not-at-end"),
    ],
)
def test_the_hook_runs_when_an_edition_changes(hook: dict, path: str, triggers: bool) -> None:
    assert bool(re.search(hook["files"], path)) is triggers
    assert not re.search(hook["exclude"], path)


def test_the_hook_is_given_the_changed_files_and_needs_no_args(hook: dict) -> None:
    assert hook["id"] == "heroes-i18ncheck"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True, "pre-commit try-repo runs a hook with the files, never with args"
    assert "--issue-folders" in shlex.split(hook["entry"]), "one changed edition alone has nothing to be compared with"
    assert hook["require_serial"] is True


@pytest.mark.parametrize("path", ["README.md", "news/issue-02/CHANGELOG.md", "docs/LICENSE.txt"])
def test_paperwork_does_not_trigger_the_hook(hook: dict, path: str) -> None:
    assert re.search(hook["exclude"], path)


def test_the_hook_run_on_one_changed_edition_checks_its_whole_issue(
    hook: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issue = tmp_path / "news" / "issue-02"
    issue.mkdir(parents=True)
    (issue / "en.md").write_text("The project has 24 partners.\n", encoding="utf-8")
    (issue / "bg.md").write_text("Проектът има 42 партньори.\n", encoding="utf-8")
    program, *arguments = shlex.split(hook["entry"])
    assert main([*arguments, str(issue / "bg.md"), "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert "number-mismatch" in out and "1 finding(s) (1 error) in 2 edition(s)" in out


def test_the_hook_checks_each_issue_folder_apart(hook: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for issue, count in (("issue-01", "24"), ("issue-02", "17")):
        (tmp_path / issue).mkdir()
        (tmp_path / issue / "en.md").write_text(f"The project has {count} partners.\n", encoding="utf-8")
        (tmp_path / issue / "bg.md").write_text(f"Проектът има {count} партньори.\n", encoding="utf-8")
    program, *arguments = shlex.split(hook["entry"])
    changed = [str(tmp_path / "issue-01" / "bg.md"), str(tmp_path / "issue-02" / "en.md"), str(tmp_path / "issue-02" / "bg.md")]
    assert main([*arguments, *changed, "--no-cache"]) == 0
    assert capsys.readouterr().out.count("0 finding(s) in 2 edition(s)") == 2


def test_the_entry_is_the_installed_check_command(hook: dict, capsys: pytest.CaptureFixture[str]) -> None:
    program, *arguments = shlex.split(hook["entry"])
    assert program == "heroes-i18ncheck"
    assert main([*arguments, "--help"]) == 0
    assert "usage: heroes-i18ncheck check" in capsys.readouterr().out
