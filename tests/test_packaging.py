"""The package as a user gets it: LICENSE and CHANGELOG.md agree with pyproject.toml, and — given built
distributions (``HEROES_I18NCHECK_DIST``, which ``.ci/run`` sets after ``python -m build``) — the wheel and the
sdist carry them, and the wheel installed in a fresh virtual environment runs the README's demo."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest
import regex

from repo_paths import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PROJECT["version"]
README = (REPO / "README.md").read_text(encoding="utf-8")
DIST = os.environ.get("HEROES_I18NCHECK_DIST", "")
built = pytest.mark.skipif(not DIST, reason="no built distributions: HEROES_I18NCHECK_DIST is unset (.ci/run builds them)")


def test_the_license_file_is_the_license_pyproject_names() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT"
    assert text.startswith("MIT License\n") and "Permission is hereby granted, free of charge" in text


def test_the_changelog_has_a_section_for_this_version() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert regex.search(rf"^## .*\b{regex.escape(VERSION)}\b", changelog, regex.MULTILINE), VERSION


def test_every_project_url_is_an_absolute_https_address() -> None:
    for name, url in PROJECT.get("urls", {}).items():
        assert regex.fullmatch(r"https://[^\s<>]+", url), (name, url)


def distribution(suffix: str) -> Path:
    (found,) = [p for p in Path(DIST).iterdir() if p.name.endswith(suffix)]
    assert found.name.startswith(f"heroes_i18ncheck-{VERSION}"), found.name
    return found


@built
def test_the_wheel_carries_the_license_metadata_and_command() -> None:
    with zipfile.ZipFile(distribution(".whl")) as wheel:
        info = f"heroes_i18ncheck-{VERSION}.dist-info"
        metadata = wheel.read(f"{info}/METADATA").decode("utf-8")
        assert wheel.read(f"{info}/licenses/LICENSE") == (REPO / "LICENSE").read_bytes()
        assert "heroes-i18ncheck = heroes_i18ncheck.cli:main" in wheel.read(f"{info}/entry_points.txt").decode("utf-8")
        assert "heroes_i18ncheck/py.typed" in wheel.namelist()
    headers = metadata.split("\n\n", 1)[0].splitlines()
    assert {"Name: heroes-i18ncheck", f"Version: {VERSION}", "License-Expression: MIT", "License-File: LICENSE"} <= set(headers)
    urls = {line.removeprefix("Project-URL: ") for line in headers if line.startswith("Project-URL: ")}
    assert urls == {f"{name}, {url}" for name, url in PROJECT.get("urls", {}).items()}


@built
def test_the_sdist_carries_what_a_build_and_the_demo_need() -> None:
    with tarfile.open(distribution(".tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", "src/heroes_i18ncheck/cli.py"} <= names
    assert {f"samples/heroes-02-pdf/{lang}.pdf" for lang in ("en", "bg", "lt")} <= names


@built
def test_the_installed_wheel_runs_the_readme_demo(tmp_path: Path) -> None:
    """The README's first command, run by the wheel's own command in a fresh environment, away from src/."""
    command = regex.findall(r"```sh\n(.*?)\n```", README, regex.DOTALL)[0].split(" && ", 1)[1]
    pasted = regex.search(r"## The 30-second example.*?```text\n(.*?)\n```", README, regex.DOTALL).group(1)
    home = tmp_path / "venv"
    venv.create(home, with_pip=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env |= {"NO_COLOR": "1", "HEROES_I18NCHECK_CACHE_DIR": str(tmp_path / "cache")}
    install = subprocess.run(
        [home / "bin" / "python", "-m", "pip", "install", "--quiet", distribution(".whl")],
        capture_output=True, text=True, env=env, check=False,
    )
    assert install.returncode == 0, install.stderr
    where = subprocess.run(
        [home / "bin" / "python", "-c", "import heroes_i18ncheck; print(heroes_i18ncheck.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, env=env, check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(home), where.stdout
    work = tmp_path / "work"
    shutil.copytree(REPO / "samples" / "heroes-02-pdf", work / "samples" / "heroes-02-pdf")
    args = shlex.split(command)
    run = subprocess.run(
        [home / "bin" / args[0], *args[1:]], cwd=work, capture_output=True, text=True, encoding="utf-8", env=env, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip("\n") == pasted
