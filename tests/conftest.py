"""Test-wide settings: the extraction cache goes to a temporary folder, never the user's home; tests that need ../shared skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from repo_paths import SHARED


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``shared`` read the seeds and real documents in ``../shared``: skipped, with one line, without it."""
    del config
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs the real-world test data in {SHARED} (not beside this checkout)")
    for item in items:
        if item.get_closest_marker("shared"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def private_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("HEROES_I18NCHECK_CACHE_DIR", str(folder))
    return folder
