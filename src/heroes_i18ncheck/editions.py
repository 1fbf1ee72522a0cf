"""Editions read on bounded workers: each extracted (from its file, or from text a caller gave), and its facts
read, by one job under the limits, through the extraction cache; results in input order whatever order the
jobs finish in. ``extract_edition`` is the one-edition entry point of the library."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from .cache import ExtractionCache, cache_key, file_hash
from .errors import UnreadableInput
from .extract import document_from_raw, extract_document
from .extract.language import language_from_name, load_language_profiles
from .extract.text import given_text_blocks
from .limits import Limits
from .model import Document, InputError
from .parallel import MEMORY_CAP_BYTES, Failure, Job, Workers

R = TypeVar("R")

_DEFAULT_LIMITS = Limits()

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, path)`` each time an edition is ready."""


@dataclass(frozen=True, slots=True)
class _Task:
    path: str
    language: str | None
    limits: Limits
    then: Callable[[Document], Any] | None = None
    text: str | None = None
    """The edition as Markdown text given by a caller, read instead of the file at ``path``."""
    alternatives: tuple[str, ...] | None = None
    section: bool = False
    """The edition is the file's section of pages in ``language`` (a file that holds several languages)."""

    @property
    def shown(self) -> str:
        """The path the edition is known by: the file's, or for a section the file's and its language."""
        return section_path(self.path, self.language or "") if self.section else self.path


def section_path(path: str, language: str) -> str:
    """How the section of ``path`` in ``language`` is named in reports: ``leaflet.pdf#fr``."""
    return f"{path}#{language}"


def _settings(task: _Task) -> dict[str, object]:
    settings: dict[str, object] = {
        "max_pages": task.limits.max_pages,
        "max_file_bytes": task.limits.max_file_bytes,
        "language": task.language,
        "name_language": language_from_name(task.path),
    }
    if task.alternatives is not None:
        settings["alternatives"] = list(task.alternatives)
    if task.section:
        settings["section"] = True
    return settings


def _read(task: _Task) -> Document:
    """The task's edition, read in this process (a worker's): from its text, else from its file."""
    if task.text is not None:
        return document_from_raw(task.path, given_text_blocks(task.text), None, task.language)
    limits = task.limits
    document = extract_document(
        task.path,
        task.language,
        max_bytes=limits.max_file_bytes,
        max_pages=limits.max_pages,
        alternatives=task.alternatives,
        section=task.section,
    )
    return replace(document, path=task.shown) if task.section else document


def _extract(task: _Task) -> tuple[Document | InputError, Any]:
    """On a worker: the edition's Document (or its one-line error), and what ``then`` makes of it (``None``
    when it raised: the caller computes it again, so that the error shows where it belongs)."""
    try:
        document = _read(task)
    except UnreadableInput as exc:
        return InputError(task.shown if task.section else exc.path, exc.reason), None
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


def extract_edition(
    path: str,
    language: str | None = None,
    *,
    max_bytes: int = _DEFAULT_LIMITS.max_file_bytes,
    max_pages: int = _DEFAULT_LIMITS.max_pages,
    alternatives: Sequence[str] | None = None,
    timeout_seconds: float = _DEFAULT_LIMITS.timeout_seconds,
) -> Document:
    """``extract.extract_document`` on a worker process of its own, under the limits: the time limit kills it,
    the memory cap and ``max_bytes``/``max_pages`` bound it. Raises ``UnreadableInput`` naming the reason."""
    limits = Limits(max_file_bytes=max_bytes, max_pages=max_pages, timeout_seconds=timeout_seconds)
    task = _Task(path, language, limits, alternatives=None if alternatives is None else tuple(alternatives))
    with Workers(1) as workers:
        ((document, _),) = _run_tasks([task], None, None, workers)
    if isinstance(document, InputError):
        raise UnreadableInput(document.path, document.message)
    return document


def read_texts_with(
    texts: Mapping[str, str], then: Callable[[Document], R] | None, limits: Limits, workers: Workers
) -> list[tuple[Document | InputError, R | None]]:
    """``extract_with`` for editions given as Markdown text, keyed by name: each text refused by its size
    here, before a worker is handed it, then read (and ``then`` computed) by a job on ``workers``."""
    tasks: list[_Task] = []
    refused: dict[int, InputError] = {}
    for index, (name, text) in enumerate(texts.items()):
        size = _utf8_size(text, limits.max_file_bytes)
        if size > limits.max_file_bytes:
            refused[index] = InputError(name, f"text too large ({size} bytes > limit {limits.max_file_bytes}, limits.max-file-bytes)")
        tasks.append(_Task(name, None, limits, then, text=text))
    read = [(i, t) for i, t in enumerate(tasks) if i not in refused]
    results = dict(zip((i for i, _ in read), _run_tasks([t for _, t in read], None, None, workers)))
    return [(refused[i], None) if i in refused else results[i] for i in range(len(tasks))]


def _utf8_size(text: str, limit: int) -> int:
    """The size of ``text`` in UTF-8, counted only where its length leaves the answer open (1 to 4 bytes a character)."""
    if len(text) > limit or 4 * len(text) <= limit:
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


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
    """
    limits = limits or Limits()
    languages = languages or {}
    tasks = [_Task(p, languages.get(p), limits, then) for p in paths]
    own = workers is None
    workers = workers or Workers(jobs)
    try:
        return _run_tasks(tasks, cache, progress, workers)
    finally:
        if own:
            workers.close()


def extract_sections_with(
    sections: Sequence[tuple[str, str]],
    then: Callable[[Document], R] | None,
    limits: Limits,
    cache: ExtractionCache | None,
    workers: Workers,
) -> list[tuple[Document | InputError, R | None]]:
    """``extract_with`` for sections of files that hold several languages, each ``(path, language)`` read as the
    edition in that language, named ``section_path(path, language)``."""
    tasks = [_Task(path, language, limits, then, section=True) for path, language in sections]
    return _run_tasks(tasks, cache, None, workers)


def _run_tasks(
    tasks: Sequence[_Task], cache: ExtractionCache | None, progress: Progress | None, workers: Workers
) -> list[tuple[Document | InputError, Any]]:
    """Each task's result, read back from the cache or run on ``workers``, in the order of ``tasks``.

    Biggest files go first, so that the last worker to finish is not the one handed the biggest file last.
    """
    results: dict[int, tuple[Document | InputError, Any]] = {}
    keys: dict[int, str] = {}
    for index, task in enumerate(tasks):
        digest = file_hash(task.path) if cache is not None and task.text is None else None
        if digest is not None and cache is not None:
            keys[index] = cache_key(digest, _settings(task))
            hit = cache.get(keys[index], task.shown)
            if hit is not None:
                results[index] = (hit, None)
    done = 0
    for index in sorted(results):
        done += 1
        if progress:
            progress(done, len(tasks), tasks[index].path)
    pending = sorted((i for i in range(len(tasks)) if i not in results), key=lambda i: _largest_first(tasks[i], i))
    if pending:
        load_language_profiles()  # every worker and this process read them: once here, before the workers fork
        jobs = [Job(_extract, tasks[i], tasks[i].limits.timeout_seconds) for i in pending]
        for number, outcome in workers.run(jobs):
            index = pending[number]
            if isinstance(outcome, Failure):
                outcome = (_failed(tasks[index].shown, outcome, tasks[index].limits), None)
            results[index] = outcome
            if isinstance(outcome[0], Document) and index in keys and cache is not None:
                cache.put(keys[index], outcome[0])
            done += 1
            if progress:
                progress(done, len(tasks), tasks[index].path)
    return [results[i] for i in range(len(tasks))]


def _largest_first(task: _Task, index: int) -> tuple[int, int]:
    if task.text is not None:
        return -len(task.text), index
    try:
        size = os.path.getsize(task.path)
    except OSError:
        size = 0
    return -size, index
