"""The README stays true: every rule and output format is documented, CI runs the README's test command."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import regex

from heroes_i18ncheck.report import FORMATTERS
from heroes_i18ncheck.rules import RULES
from repo_paths import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_rules_table() -> None:
    rows = set(regex.findall(r"^\| (H\d{3}) \| ([a-z-]+) \| (\w+) \|", README, regex.MULTILINE))
    assert rows == {(r.code, r.name, str(r.severity)) for r in RULES}


def test_every_output_format_is_documented() -> None:
    for name in FORMATTERS:
        assert f"- `{name}`" in README, name


def test_ci_runs_the_readmes_test_command() -> None:
    blocks = regex.findall(r"```sh\n(.*?)\n```", README, regex.DOTALL)
    setup = blocks[:2]
    assert setup[0].startswith("pip install . && heroes-i18ncheck check ")
    assert setup[1] == 'pip install ".[test]" && pytest'
    assert setup[1] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_the_pasted_example_output_is_what_the_first_command_prints(tmp_path: Path) -> None:
    command = regex.findall(r"```sh\n(.*?)\n```", README, regex.DOTALL)[0].split(" && ", 1)[1]
    pasted = regex.search(r"## The 30-second example.*?```text\n(.*?)\n```", README, regex.DOTALL).group(1)
    args = shlex.split(command)
    assert args[0] == "heroes-i18ncheck"
    run = subprocess.run(
        [sys.executable, "-m", "heroes_i18ncheck", *args[1:]],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", env={**os.environ, "NO_COLOR": "1", "HEROES_I18NCHECK_CACHE_DIR": str(tmp_path)}, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip("\n") == pasted
