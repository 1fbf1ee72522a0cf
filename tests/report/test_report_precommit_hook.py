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


def test_the_hook_checks_whole_issues_not_single_changed_files(hook: dict) -> None:
    assert hook["id"] == "heroes-i18ncheck"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False, "one changed edition alone has nothing to be compared with"
    assert hook["require_serial"] is True


def test_the_entry_is_the_installed_check_command(hook: dict, capsys: pytest.CaptureFixture[str]) -> None:
    program, *arguments = shlex.split(hook["entry"])
    assert program == "heroes-i18ncheck"
    assert main([*arguments, "--help"]) == 0
    assert "usage: heroes-i18ncheck check" in capsys.readouterr().out
