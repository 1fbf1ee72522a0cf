"""No module of the package imports, at import time, a module that imports it back (issue 24).

A cycle works only while each module happens to define what the other asks for before it asks in turn
(``__version__`` above the imports of ``__init__``); moved a line, it breaks with a half-initialised module.
The graph is read from the source (``ast``), so the test sees every module, imported by this run or not.
Imports inside functions run later and are left out; so are those under ``if TYPE_CHECKING:``.
"""

from __future__ import annotations

import ast
import graphlib
from collections.abc import Iterator
from importlib.util import resolve_name
from pathlib import Path

import pytest

from repo_paths import REPO

PACKAGE = "heroes_i18ncheck"


def module_files(source: Path, package: str) -> dict[str, Path]:
    """Each module of ``package`` under the ``source`` folder, by dotted name (a package by its own name)."""
    modules = {}
    for file in sorted((source / package).rglob("*.py")):
        parts = file.relative_to(source).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = file
    return modules


def import_time_statements(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements a module runs as it is imported: top level, or inside a top-level ``if``/``try``
    (not the body of ``if TYPE_CHECKING:``)."""
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.If, ast.Try)):
            branches = node.orelse if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test) else [node]
            for branch in branches:
                yield from (n for n in ast.walk(branch) if isinstance(n, (ast.Import, ast.ImportFrom)))


def import_graph(source: Path, package: str) -> dict[str, set[str]]:
    """Each module of ``package`` → the modules of the package that must have run before it can finish running.

    ``from .x import y`` needs ``x`` (and ``x.y`` when that is a module); importing ``a.b.c`` first runs the
    packages ``a`` and ``a.b``, unless the importing module is inside them (they are running already).
    """
    modules = module_files(source, package)
    graph: dict[str, set[str]] = {}
    for name, file in modules.items():
        here = name if file.name == "__init__.py" else name.rpartition(".")[0]
        needed: set[str] = set()
        for node in import_time_statements(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named = [alias.name for alias in node.names]
            else:
                base = resolve_name("." * node.level + (node.module or ""), here) if node.level else node.module or ""
                named = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            for target in (t for t in named if t in modules and t != name):
                needed.add(target)
                parts = target.split(".")
                parents = (".".join(parts[:k]) for k in range(1, len(parts)))
                needed.update(p for p in parents if p in modules and not (name + ".").startswith(p + "."))
        graph[name] = needed
    return graph


def first_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` (its first module repeated at the end), or ``None`` when there is none."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as exc:
        return list(exc.args[1])
    return None


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph(REPO / "src", PACKAGE)
    assert len(graph) > 50 and "heroes_i18ncheck.check" in graph  # the walk found the package
    cycle = first_cycle(graph)
    assert cycle is None, "import cycle: " + " → ".join(reversed(cycle or []))


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = tmp_path / "pkg" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # the cycle issue 24 found: the package's __init__ imports a module that takes a name from the package
        ({"__init__.py": "__version__ = '1'\nfrom .cache import C\n", "cache.py": "from . import __version__\nC = 1\n"}, True),
        ({"__init__.py": "", "a.py": "from .b import B\nA = 1\n", "b.py": "from pkg.a import A\nB = 1\n"}, True),
        # a.py inside sub/ runs sub/__init__.py first, which imports a.py's importer
        ({"__init__.py": "", "x.py": "from .sub.a import A\n", "sub/__init__.py": "from ..x import *\n", "sub/a.py": "A = 1\n"}, True),
        ({"__init__.py": "", "a.py": "def f():\n    from .b import B\n", "b.py": "from .a import f\nB = 1\n"}, False),
        ({"__init__.py": "", "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B\n",
          "b.py": "from .a import TYPE_CHECKING\n"}, False),
        ({"__init__.py": "from ._version import v\nfrom .cache import C\n", "_version.py": "v = '1'\n",
          "cache.py": "from ._version import v\nC = 1\n"}, False),
        # a module of a package needs its siblings, not its own package's __init__ (that is running already)
        ({"__init__.py": "from . import a, b\n", "a.py": "from .b import B\n", "b.py": "B = 1\n"}, False),
    ],
)
def test_cycles_are_found_where_the_imports_run(tmp_path: Path, files: dict[str, str], expected: bool) -> None:
    cycle = first_cycle(import_graph(_package(tmp_path, files), "pkg"))
    assert (cycle is not None) == expected, cycle
