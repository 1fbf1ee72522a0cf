"""How a job on a pool gives no result: its ``Failure``, read from its future, and the ``MemoryError`` that
ends one of the pool's own threads in this process, recorded for its run instead of printed."""

from __future__ import annotations

import threading
import weakref
from concurrent.futures import CancelledError, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from pebble import ProcessExpired, ProcessPool


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a job gave no result: ``timeout``, ``crash`` (its worker died; ``exit_code``) or ``error`` (it raised)."""

    kind: str
    exit_code: int | None = None
    error: BaseException | None = None


def outcome(future: Future) -> Any:
    """A finished job's result, or its ``Failure`` (``broken``: pebble gave the whole pool up, or it was cancelled)."""
    try:
        return future.result()
    except TimeoutError:
        return Failure("timeout")
    except ProcessExpired as exc:
        return Failure("crash", exit_code=exc.exitcode)
    except (BrokenProcessPool, CancelledError) as exc:
        return Failure("broken", error=exc)
    except Exception as exc:  # noqa: BLE001 — the caller decides what a job's own error means
        return Failure("error", error=exc)


_POOL_THREADS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()
"""The threads of our running pools, through which this process sends jobs and receives their results."""

_THREAD_MEMORY_ERRORS: weakref.WeakKeyDictionary[threading.Thread, BaseException] = weakref.WeakKeyDictionary()
"""The ``MemoryError`` that ended each of those threads: this process ran out of memory there (a result too
big to receive within its cap), and the run that owns the pool raises it where it can say so in one line."""


def _quiet_pool_thread_memory_errors(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook`` from the first pool on: a pool thread ended by ``MemoryError`` is recorded, not
    printed as a traceback; every other exception goes to the hook this one replaced."""
    thread = args.thread
    if thread is not None and thread in _POOL_THREADS and issubclass(args.exc_type, MemoryError):
        _THREAD_MEMORY_ERRORS[thread] = args.exc_value or MemoryError()
        return
    _previous_excepthook(args)


_previous_excepthook = threading.excepthook


def watch_threads(pool: ProcessPool) -> None:
    """Have a ``MemoryError`` that ends one of ``pool``'s threads recorded for its run instead of printed."""
    global _previous_excepthook
    _POOL_THREADS.update(getattr(pool, "_loops", ()))  # pebble's own threads; without them, printed as before
    if threading.excepthook is not _quiet_pool_thread_memory_errors:
        _previous_excepthook = threading.excepthook
        threading.excepthook = _quiet_pool_thread_memory_errors


def raise_if_out_of_memory(pool: ProcessPool) -> None:
    """Raise the ``MemoryError`` that ended one of ``pool``'s threads, if one did."""
    for thread in getattr(pool, "_loops", ()):
        error = _THREAD_MEMORY_ERRORS.pop(thread, None)
        if error is not None:
            raise MemoryError("this process ran out of memory receiving or sending a job") from error
