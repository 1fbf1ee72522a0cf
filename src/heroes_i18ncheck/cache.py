"""Extraction cache: a ``Document`` stored under the hash of everything that made it.

The key covers the file's bytes, the tool's version, the extraction settings
and the language hints, so a hit is always what a fresh extraction would give.
Entries are written atomically (temporary file, then rename); an entry that
cannot be read back is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import __version__
from .model import Block, BlockKind, Document

CACHE_FORMAT = 3
"""Bumped when a Document from the same file and settings changes (3: pdfminer's complaints among its warnings)."""
ENV_DIR = "HEROES_I18NCHECK_CACHE_DIR"


def default_cache_dir() -> Path:
    """``$HEROES_I18NCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/heroes-i18ncheck``, else ``~/.cache/heroes-i18ncheck``."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "heroes-i18ncheck"


def cache_key(content_hash: str, settings: Mapping[str, Any]) -> str:
    """One hex key for a file's content hash, the tool version and the extraction settings."""
    material = json.dumps(
        {"format": CACHE_FORMAT, "version": __version__, "content": content_hash, "settings": dict(settings)},
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


def file_hash(path: str) -> str | None:
    """SHA-256 of a file's bytes, or ``None`` if it cannot be read (extraction will say why)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def document_record(document: Document) -> dict[str, Any]:
    """A ``Document`` as plain JSON data."""
    return {
        "path": document.path,
        "language": document.language,
        "language_source": document.language_source,
        "pages": document.pages,
        "warnings": list(document.warnings),
        "text_languages": [[code, probability] for code, probability in document.text_languages],
        "blocks": [
            [b.index, b.page, str(b.kind), b.text, b.language, list(b.bbox) if b.bbox else None, b.line]
            for b in document.blocks
        ],
    }


def document_from_record(record: Mapping[str, Any], path: str) -> Document:
    """The ``Document`` a record holds, placed at ``path``; malformed records raise ``ValueError``."""
    try:
        blocks = tuple(
            Block(int(i), int(page), BlockKind(kind), str(text), str(lang), tuple(map(float, bbox)) if bbox else None,
                  None if line is None else int(line))
            for i, page, kind, text, lang, bbox, line in record["blocks"]
        )
        document = Document(
            path,
            str(record["language"]),
            str(record["language_source"]),
            int(record["pages"]),
            blocks,
            tuple(str(w) for w in record["warnings"]),
            tuple((str(code), float(probability)) for code, probability in record["text_languages"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed cache entry: {exc}") from None
    return replace(document, path=path)


class ExtractionCache:
    """Documents on disk under their key; every failure to read or write is a miss, never an error."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        """Entries under ``directory`` (a path or a string), else (``None`` or empty) under ``default_cache_dir()``."""
        self.directory = Path(directory) if directory else default_cache_dir()

    def _entry(self, key: str, namespace: str = "") -> Path:
        folder = self.directory / namespace if namespace else self.directory
        return folder / key[:2] / f"{key}.json"

    def read(self, key: str, namespace: str = "") -> Any:
        """The JSON record stored under ``key``, or ``None`` if there is none or it cannot be read."""
        try:
            return json.loads(self._entry(key, namespace).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None

    def write(self, key: str, record: Any, namespace: str = "") -> None:
        """Store a JSON record atomically; a read-only or full disk just means no cache."""
        entry = self._entry(key, namespace)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump(record, stream, ensure_ascii=False)
                os.replace(temporary, entry)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, UnicodeEncodeError, ValueError):
            return

    def get(self, key: str, path: str) -> Document | None:
        """The cached document for ``key``, placed at ``path``; ``None`` on a miss or a corrupt entry."""
        record = self.read(key)
        if record is None:
            return None
        try:
            return document_from_record(record, path)
        except ValueError:
            return None

    def put(self, key: str, document: Document) -> None:
        """Store ``document`` atomically; a read-only or full disk just means no cache."""
        self.write(key, document_record(document))
