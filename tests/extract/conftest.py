"""Fixtures that write the hand-made PDFs of ``pdf_builder`` for the extraction tests (no reportlab needed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from pdf_builder import Page, build_pdf


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Write ``build_pdf(pages, **options)`` to a file in the test's folder and return its path."""

    def write(pages: Sequence[Page], name: str = "edition.en.pdf", **options: Any) -> Path:
        path = tmp_path / name
        path.write_bytes(build_pdf(pages, **options))
        return path

    return write


@pytest.fixture
def page_factory() -> type[Page]:
    """The ``Page`` record, for tests to describe pages."""
    return Page


@pytest.fixture
def pdf_bytes() -> Callable[..., bytes]:
    """``build_pdf`` itself, for tests that damage the bytes."""
    return build_pdf
