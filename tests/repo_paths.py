"""Where the tests find the repo, its samples, and the shared real-world material."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
REAL_PDFS = SHARED / "real-pdfs"
