"""heroes-i18ncheck: check the language editions of a newsletter issue against each other.

>>> report = check_texts({"en": "24 partners", "bg": "24 партньора"})
>>> report.findings
()

Each public name is imported on first use (PEP 562), so that a run imports only the stages it needs:
``python -m heroes_i18ncheck`` and the ``heroes-i18ncheck`` command import this module before their own.
"""

from __future__ import annotations

import importlib
import typing

from ._version import __version__

if typing.TYPE_CHECKING:  # the names, for type checkers and readers; imported below only when used
    from .cache import ExtractionCache
    from .check import check_documents, check_files, check_texts
    from .editions import extract_edition
    from .errors import ConfigError, HeroesError, UnreadableInput, WorkerError
    from .model import (
        Alignment,
        Bead,
        Block,
        BlockKind,
        Document,
        Entity,
        EntityKind,
        Finding,
        InputError,
        Report,
        Severity,
        Side,
    )

_HOMES = {
    "ExtractionCache": "cache",
    "check_documents": "check",
    "check_files": "check",
    "check_texts": "check",
    "extract_edition": "editions",
    **dict.fromkeys(("ConfigError", "HeroesError", "UnreadableInput", "WorkerError"), "errors"),
    **dict.fromkeys(
        (
            "Alignment", "Bead", "Block", "BlockKind", "Document", "Entity", "EntityKind", "Finding", "InputError",
            "Report", "Severity", "Side",
        ),
        "model",
    ),
}
"""Each public name and the module of the package that holds it."""

__all__ = [
    "Alignment",
    "Bead",
    "Block",
    "BlockKind",
    "ConfigError",
    "Document",
    "Entity",
    "EntityKind",
    "ExtractionCache",
    "Finding",
    "HeroesError",
    "InputError",
    "Report",
    "Severity",
    "Side",
    "UnreadableInput",
    "WorkerError",
    "__version__",
    "check_documents",
    "check_files",
    "check_texts",
    "extract_edition",
]


def __getattr__(name: str) -> typing.Any:
    """A public name, imported from its module the first time it is asked for (and kept here after)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
