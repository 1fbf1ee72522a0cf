"""Extract many editions at once, each in its own bounded worker process, through the cache;
and spread the later per-pair work (``map_in_workers``) over workers the same way.

A PDF is untrusted: its extraction runs in a child process with a memory cap
and a deadline, so a hostile file can cost its own result but never the run.
Results come back in input order whatever order the workers finish in.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.context
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TypeVar

from .cache import ExtractionCache, cache_key, file_hash
from .config import Limits
from .errors import UnreadableInput
from .extract import extract_document
from .extract.language import language_from_name, load_language_profiles
from .model import Document, InputError

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, path)`` each time an edition is ready."""

MEMORY_CAP_BYTES = 2 * 1024**3
"""Address space a worker may take before its allocation fails (a decompression bomb, say)."""


@dataclass(frozen=True, slots=True)
class _Task:
    index: int
    path: str
    language: str | None


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _settings(task: _Task, limits: Limits) -> dict[str, object]:
    return {
        "max_pages": limits.max_pages,
        "max_file_bytes": limits.max_file_bytes,
        "language": task.language,
        "name_language": language_from_name(task.path),
    }


def _cap_memory() -> None:
    try:
        import resource  # noqa: PLC0415 — POSIX only

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = MEMORY_CAP_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_CAP_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass


def _work(connection: Connection, task: _Task, limits: Limits) -> None:
    _cap_memory()
    try:
        result: Document | InputError = extract_document(
            task.path, task.language, max_bytes=limits.max_file_bytes, max_pages=limits.max_pages
        )
    except UnreadableInput as exc:
        result = InputError(exc.path, exc.reason)
    except MemoryError:
        result = InputError(task.path, f"needs more than {MEMORY_CAP_BYTES >> 20} MB to extract (hostile PDF?)")
    except RecursionError:
        result = InputError(task.path, "damaged PDF (objects nested too deeply)")
    except Exception as exc:  # noqa: BLE001 — a bug on one file must not cost the others their results
        result = InputError(task.path, f"extraction failed ({type(exc).__name__}: {exc})"[:300])
    try:
        connection.send(result)
    except Exception:  # noqa: BLE001 — an unpicklable result is reported, not raised
        connection.send(InputError(task.path, "extraction produced an unreadable result"))
    finally:
        connection.close()


def extract_all(
    paths: Sequence[str],
    languages: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> list[Document | InputError]:
    """Every path extracted (or its error), in the order given; ``cache=None`` disables caching."""
    limits = limits or Limits()
    languages = languages or {}
    tasks = [_Task(i, p, languages.get(p)) for i, p in enumerate(paths)]
    results: dict[int, Document | InputError] = {}
    keys: dict[int, str] = {}
    pending: list[_Task] = []
    for task in tasks:
        digest = file_hash(task.path) if cache is not None else None
        if digest is not None and cache is not None:
            keys[task.index] = cache_key(digest, _settings(task, limits))
            hit = cache.get(keys[task.index], task.path)
            if hit is not None:
                results[task.index] = hit
                continue
        pending.append(task)
    done = 0
    for index in sorted(results):
        done += 1
        if progress:
            progress(done, len(tasks), tasks[index].path)

    def finish(task: _Task, result: Document | InputError) -> None:
        nonlocal done
        results[task.index] = result
        if isinstance(result, Document) and cache is not None and task.index in keys:
            cache.put(keys[task.index], result)
        done += 1
        if progress:
            progress(done, len(tasks), task.path)

    _run_workers(sorted(pending, key=_largest_first), limits, jobs or default_jobs(), finish)
    return [results[t.index] for t in tasks]


def _largest_first(task: _Task) -> tuple[int, int]:
    """Biggest files first, so that the last worker to finish is not the one handed the biggest file last."""
    try:
        size = os.path.getsize(task.path)
    except OSError:
        size = 0
    return -size, task.index


def _run_workers(
    pending: list[_Task], limits: Limits, jobs: int, finish: Callable[[_Task, Document | InputError], None]
) -> None:
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    if forking and pending:
        load_language_profiles()  # once here, inherited by every worker, instead of once in each

    def done(index: int, result: object) -> None:
        task = pending[index]
        if isinstance(result, _Lost) and result.timed_out:
            reason = f"extraction took longer than {limits.timeout_seconds:g} s (limits.timeout-seconds)"
            result = InputError(task.path, reason)
        elif isinstance(result, _Lost):
            result = InputError(task.path, f"extraction crashed (worker exit code {result.exitcode})")
        elif not isinstance(result, (Document, InputError)):
            result = InputError(task.path, "extraction produced an unreadable result")
        finish(task, result)

    _fork_each(context, jobs, [(_work, (task, limits)) for task in pending], limits.timeout_seconds, done)


@dataclass(frozen=True, slots=True)
class _Lost:
    """What a worker that sent nothing leaves: its exit code, and whether it was stopped for time."""

    exitcode: int | None
    timed_out: bool = False


def _fork_each(
    context: multiprocessing.context.BaseContext,
    jobs: int,
    starts: Sequence[tuple[Callable[..., None], tuple[object, ...]]],
    timeout: float | None,
    done: Callable[[int, object], None],
) -> None:
    """Run ``target(sender, *args)`` for each start in its own process, ``jobs`` at a time, and call
    ``done(index, result)`` with what it sent, or a ``_Lost`` if it died or outlived ``timeout`` seconds.

    With ``fork``, the parent's heap is frozen meanwhile: a forked worker's collector would
    otherwise walk, and so copy, every page it inherited.
    """
    frozen = context.get_start_method() == "fork" and bool(starts)
    if frozen:
        gc.freeze()
    try:
        queue = list(reversed(range(len(starts))))
        running: dict[Connection, tuple[int, multiprocessing.process.BaseProcess, float]] = {}
        while queue or running:
            while queue and len(running) < jobs:
                index = queue.pop()
                target, args = starts[index]
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=target, args=(sender, *args), daemon=True)
                process.start()
                sender.close()
                deadline = time.monotonic() + timeout if timeout is not None else float("inf")
                running[receiver] = (index, process, deadline)
            nearest = min(deadline for _, _, deadline in running.values())
            wait_for = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
            for receiver in wait(list(running), timeout=wait_for):
                index, process, _ = running.pop(receiver)
                try:
                    result = receiver.recv()
                except (EOFError, OSError):
                    process.join(1)
                    result = _Lost(process.exitcode)
                receiver.close()
                process.join(5)
                done(index, result)
            now = time.monotonic()
            for receiver, (index, process, deadline) in list(running.items()):
                if now >= deadline:
                    process.kill()
                    process.join(5)
                    receiver.close()
                    del running[receiver]
                    done(index, _Lost(process.exitcode, timed_out=True))
    finally:
        if frozen:
            gc.unfreeze()


def map_in_workers(function: Callable[[T], R], items: Sequence[T], jobs: int | None = None) -> list[R]:
    """``[function(item) for item in items]``, spread over ``jobs`` forked workers; in this process where
    there is nothing to spread, no ``fork``, or a worker fails (its item is then computed here, so an
    error is raised as it would be without workers).

    For the pipeline's own pure stages on data already extracted (aligning each edition pair): the
    workers inherit ``items`` and ``function`` at fork, and only results travel back.
    """
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(items) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    results: dict[int, R] = {}

    def done(index: int, sent: object) -> None:
        if isinstance(sent, tuple) and sent[0]:
            results[index] = sent[1]
        else:  # the worker failed or died: compute it here, where an error is raised as usual
            results[index] = function(items[index])

    starts = [(_map_one, (function, item)) for item in items]
    _fork_each(multiprocessing.get_context("fork"), jobs, starts, None, done)
    return [results[i] for i in range(len(items))]


def _map_one(connection: Connection, function: Callable[[T], R], item: T) -> None:
    try:
        connection.send((True, function(item)))
    except Exception:  # noqa: BLE001 — the parent computes this item itself and sees the error there
        connection.send((False, None))
    finally:
        connection.close()
