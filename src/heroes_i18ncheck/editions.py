"""Many editions read at once: each extracted, and its facts read, by one bounded job on the workers,
through the extraction cache; results in input order whatever order the jobs finish in."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .cache import ExtractionCache, cache_key, file_hash
from .config import Limits
from .errors import UnreadableInput
from .extract import extract_document
from .extract.language import language_from_name, load_language_profiles
from .model import Document, InputError
from .parallel import MEMORY_CAP_BYTES, Failure, Job, Workers

R = TypeVar("R")

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, path)`` each time an edition is ready."""


@dataclass(frozen=True, slots=True)
class _Task:
    path: str
    language: str | None
    limits: Limits
    then: Callable[[Document], Any] | None = None


def _settings(task: _Task) -> dict[str, object]:
    return {
        "max_pages": task.limits.max_pages,
        "max_file_bytes": task.limits.max_file_bytes,
        "language": task.language,
        "name_language": language_from_name(task.path),
    }


def _extract(task: _Task) -> tuple[Document | InputError, Any]:
    """On a worker: the edition's Document (or its one-line error), and what ``then`` makes of it (``None``
    when it raised: the caller computes it again, so that the error shows where it belongs)."""
    try:
        document = extract_document(
            task.path, task.language, max_bytes=task.limits.max_file_bytes, max_pages=task.limits.max_pages
        )
    except UnreadableInput as exc:
        return InputError(exc.path, exc.reason), None
    except MemoryError:
        return _too_big(task.path), None
    except RecursionError:
        return InputError(task.path, "damaged PDF (objects nested too deeply)"), None
    except Exception as exc:  # noqa: BLE001 — a bug on one file must not cost the others their results
        return InputError(task.path, f"extraction failed ({type(exc).__name__}: {exc})"[:300]), None
    if task.then is None:
        return document, None
    try:
        return document, task.then(document)
    except Exception:  # noqa: BLE001 — raised again where the caller computes it
        return document, None


def _too_big(path: str) -> InputError:
    return InputError(path, f"needs more than {MEMORY_CAP_BYTES >> 20} MB to extract (hostile PDF?)")


def _failed(path: str, failure: Failure, limits: Limits) -> InputError:
    """An extraction job's failure, as the one line the user reads."""
    if failure.kind == "timeout":
        return InputError(path, f"extraction took longer than {limits.timeout_seconds:g} s (limits.timeout-seconds)")
    if failure.kind == "crash":
        return InputError(path, f"extraction crashed (worker exit code {failure.exit_code})")
    if isinstance(failure.error, MemoryError):
        return _too_big(path)
    return InputError(path, f"extraction failed ({type(failure.error).__name__}: {failure.error})"[:300])


def extract_all(
    paths: Sequence[str],
    languages: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> list[Document | InputError]:
    """Every path extracted (or its error), in the order given; ``cache=None`` disables caching.

    On ``workers`` if given (they stay up for the caller's later steps), else on ``jobs`` workers of its own.
    """
    return [result for result, _ in extract_with(paths, None, languages, limits, jobs, cache, progress, workers)]


def extract_with(
    paths: Sequence[str],
    then: Callable[[Document], R] | None,
    languages: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> list[tuple[Document | InputError, R | None]]:
    """``extract_all``, each Document with ``then(document)`` computed by the job that made it.

    The next stage's per-edition work so runs beside the other editions' extraction
    instead of after all of it, within the edition's time limit. ``None`` stands for what
    was not computed there (a Document read from the cache, a ``then`` that raised).
    Biggest files go first, so that the last worker to finish is not the one handed the biggest file last.
    """
    limits = limits or Limits()
    languages = languages or {}
    tasks = [_Task(p, languages.get(p), limits, then) for p in paths]
    results: dict[int, tuple[Document | InputError, R | None]] = {}
    keys: dict[int, str] = {}
    for index, task in enumerate(tasks):
        digest = file_hash(task.path) if cache is not None else None
        if digest is not None and cache is not None:
            keys[index] = cache_key(digest, _settings(task))
            hit = cache.get(keys[index], task.path)
            if hit is not None:
                results[index] = (hit, None)
    done = 0
    for index in sorted(results):
        done += 1
        if progress:
            progress(done, len(tasks), tasks[index].path)
    pending = sorted((i for i in range(len(tasks)) if i not in results), key=lambda i: _largest_first(paths[i], i))
    if pending:
        load_language_profiles()  # every worker and this process read them: once here, before the workers fork
        own = workers is None
        workers = workers or Workers(jobs)
        try:
            for number, outcome in workers.run([Job(_extract, tasks[i], limits.timeout_seconds) for i in pending]):
                index = pending[number]
                if isinstance(outcome, Failure):
                    outcome = (_failed(paths[index], outcome, limits), None)
                results[index] = outcome
                if isinstance(outcome[0], Document) and index in keys and cache is not None:
                    cache.put(keys[index], outcome[0])
                done += 1
                if progress:
                    progress(done, len(tasks), paths[index])
        finally:
            if own:
                workers.close()
    return [results[i] for i in range(len(tasks))]


def _largest_first(path: str, index: int) -> tuple[int, int]:
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    return -size, index
