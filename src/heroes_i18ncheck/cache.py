"""Extraction cache: a ``Document`` stored under the hash of everything that made it.

The key covers the file's bytes, the tool's version, the extraction settings
and the language hints, so a hit is always what a fresh extraction would give.
Entries are written atomically (temporary file, then rename); an entry that
cannot be read back is ignored and rewritten.

The folder is not trusted: a record is read only from a regular file inside
it (no symlink, FIFO or device), up to ``MAX_RECORD_BYTES``; its first line
names the key it was written under and the SHA-256 of the JSON that follows,
and the JSON must have the shape a record of its kind has. Anything else is a
miss, never an error or a hang. The digest catches a damaged or edited record
and one copied under another key; it cannot catch one forged whole by someone
who may write the folder, so a cache is never shared across a trust boundary.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ._version import __version__
from .extract.files import RefusedFile, open_regular_file, read_regular_file
from .model import Block, BlockKind, Document

CACHE_FORMAT = 7
"""Bumped when a record from the same file and settings changes (4: each entry starts with its key and digest;
5: a block keeps the page number its contents entry gives, a document the languages of its other sections;
6: blocks of the roles notes, sidebars, captions, code; 7: text set wholly off the page is left out, a paragraph an
aside cuts is whole)."""
MAX_RECORD_BYTES = 64 * 1024 * 1024
"""A larger entry is a miss unread (and is not written): a 500-page edition's record is a few megabytes."""
_FLOAT_MAX = int(sys.float_info.max)
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
    """SHA-256 of a regular file's bytes, or ``None`` for anything else or an unreadable file (extraction says why).

    A FIFO or a device (``/dev/zero``) is never opened for a blocking read.
    """
    digest = hashlib.sha256()
    try:
        descriptor = open_regular_file(path)
        with os.fdopen(descriptor, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except (OSError, RefusedFile):
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
        "sections": list(document.sections),
        "blocks": [
            [b.index, b.page, str(b.kind), b.text, b.language, list(b.bbox) if b.bbox else None, b.line, b.contents_page]
            for b in document.blocks
        ],
    }


def document_from_record(record: Any, path: str) -> Document:
    """The ``Document`` a record holds, placed at ``path``; a record of any other shape raises ``ValueError``."""
    _require(isinstance(record, dict), "not an object")
    _require(all(isinstance(record.get(k), str) for k in ("language", "language_source")), "language")
    _require(is_int(record.get("pages")) and record["pages"] >= 0, "pages")
    _require(is_list_of(record.get("warnings"), lambda w: isinstance(w, str)), "warnings")
    _require(is_list_of(record.get("text_languages"), _is_language_probability), "text_languages")
    _require(is_list_of(record.get("sections"), lambda code: isinstance(code, str)), "sections")
    _require(is_list_of(record.get("blocks"), _is_block), "blocks")
    try:
        blocks = tuple(
            Block(i, page, BlockKind(kind), text, lang, _bbox(bbox) if bbox else None, line, contents_page)
            for i, page, kind, text, lang, bbox, line, contents_page in record["blocks"]
        )
    except ValueError as exc:
        raise ValueError(f"malformed cache entry: {exc}") from None
    _require(all(block.index == position for position, block in enumerate(blocks)), "block numbers")
    return Document(
        path,
        record["language"],
        record["language_source"],
        record["pages"],
        blocks,
        tuple(record["warnings"]),
        tuple((code, float(probability)) for code, probability in record["text_languages"]),
        tuple(record["sections"]),
    )


def is_int(value: Any) -> bool:
    """Whether a JSON value is an integer (``true`` is not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    """Whether a JSON value is a number a float holds (``true`` is not, nor an integer of 400 digits)."""
    if isinstance(value, float):
        return True
    return is_int(value) and -_FLOAT_MAX <= value <= _FLOAT_MAX



def is_list_of(value: Any, fits: Callable[[Any], bool], length: int | None = None) -> bool:
    """Whether a JSON value is a list (of ``length`` items, if given) whose every item ``fits``."""
    return isinstance(value, list) and (length is None or len(value) == length) and all(fits(item) for item in value)


def _bbox(values: list[Any]) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = map(float, values)
    return x0, y0, x1, y1


def _require(condition: bool, what: str) -> None:
    """``ValueError`` naming ``what`` of a record is malformed, unless ``condition`` holds."""
    if not condition:
        raise ValueError(f"malformed cache entry: {what}")


def _is_language_probability(item: Any) -> bool:
    """``[language code, probability]``."""
    return isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and is_number(item[1])


def _is_block(item: Any) -> bool:
    """``[index, page, kind, text, language, bbox or null, line or null, contents page or null]`` with those types."""
    if not (isinstance(item, list) and len(item) == 8):
        return False
    index, page, kind, text, language, bbox, line, contents_page = item
    return (
        is_int(index) and is_int(page) and all(isinstance(v, str) for v in (kind, text, language))
        and (bbox is None or is_list_of(bbox, is_number, 4))
        and (line is None or is_int(line))
        and (contents_page is None or is_int(contents_page))
    )


class ExtractionCache:
    """Documents on disk under their key; every failure to read or write is a miss, never an error."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        """Entries under ``directory`` (a path or a string), else (``None`` or empty) under ``default_cache_dir()``."""
        self.directory = Path(directory) if directory else default_cache_dir()

    def _entry(self, key: str, namespace: str = "") -> Path:
        folder = self.directory / namespace if namespace else self.directory
        return folder / key[:2] / f"{key}.json"

    def _inside(self, folder: Path) -> bool:
        """Whether ``folder`` is within the cache folder once symlinks are resolved (a planted link is not)."""
        return os.path.realpath(folder).startswith(os.path.join(os.path.realpath(self.directory), ""))

    def read(self, key: str, namespace: str = "") -> Any:
        """The JSON record stored under ``key``, or ``None`` if there is none or it is not one written under that key.

        Only a regular file inside the folder is read (not through a symlink),
        and only up to ``MAX_RECORD_BYTES``; its digest must match and its JSON
        must parse (a record nested too deep to parse is a miss too).
        """
        entry = self._entry(key, namespace)
        try:
            if not self._inside(entry.parent):
                return None
            data = read_regular_file(entry, MAX_RECORD_BYTES, follow_symlinks=False)
        except (OSError, RefusedFile):
            return None
        header, _, payload = data.partition(b"\n")
        expected = {"format": CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
        try:
            if json.loads(header) != expected:
                return None
            return json.loads(payload)
        except (ValueError, RecursionError):
            return None

    def write(self, key: str, record: Any, namespace: str = "") -> None:
        """Store a JSON record atomically, after a line with its key and digest; a read-only or full disk just means no cache."""
        entry = self._entry(key, namespace)
        try:
            payload = json.dumps(record, ensure_ascii=False).encode("utf-8")
            if len(payload) > MAX_RECORD_BYTES:
                return
            header = json.dumps({"format": CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()})
            if not self._inside(entry.parent):
                return
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(header.encode("ascii") + b"\n" + payload)
                os.replace(temporary, entry)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, UnicodeEncodeError, ValueError, RecursionError):
            return

    def get(self, key: str, path: str) -> Document | None:
        """The cached document for ``key``, placed at ``path``; ``None`` on a miss or a record of the wrong shape."""
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
