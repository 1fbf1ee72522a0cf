"""Align tests' plumbing: their helpers module on the path, and the figures they measure printed at the end."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

_BOARD: dict[str, float] = {}
_NOTES: list[str] = []


@pytest.fixture
def record_f1() -> Callable[[str, float], None]:
    """Record an F1 of aligned pairs for the end-of-run summary."""

    def record(name: str, value: float) -> None:
        _BOARD[f"F1 {name}"] = value

    return record


@pytest.fixture
def record_confidence() -> Callable[[str, float], None]:
    """Record an alignment's overall confidence for the end-of-run summary."""

    def record(name: str, value: float) -> None:
        _BOARD[f"confidence {name}"] = value

    return record


@pytest.fixture
def record_note() -> Callable[[str], None]:
    """Record a line worth reading at the end of the run (a gold item allowed to vanish that did)."""
    return _NOTES.append


def pytest_terminal_summary(terminalreporter) -> None:
    if _BOARD:
        terminalreporter.section("align: measured figures")
        for name in sorted(_BOARD):
            terminalreporter.write_line(f"{name:<60} {_BOARD[name]:.3f}")
    for note in sorted(set(_NOTES)):
        terminalreporter.write_line(f"note: {note}")


