"""Test-wide settings: the extraction cache goes to a temporary folder, never the user's home."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("HEROES_I18NCHECK_CACHE_DIR", str(folder))
    return folder
