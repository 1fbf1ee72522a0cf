"""heroes-i18ncheck: check the language editions of a newsletter issue against each other.

>>> report = check_texts({"en": "24 partners", "bg": "24 партньора"})
>>> report.findings
()
"""

from __future__ import annotations

__version__ = "0.1.0"

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
