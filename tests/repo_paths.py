"""Where the tests find the repo, its samples, and the shared real-world material."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
REAL_PDFS = SHARED / "real-pdfs"


def load_bench(name: str) -> ModuleType:
    """A script of ``bench/`` imported as a module (``load_bench("quality")``), for tests that run it small."""
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module
