"""How a worker process of ours is born and set up: forked with the stop signals held, then capped in memory,
its collector loosened, bound to die with the process that started it."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Iterator

MEMORY_CAP_BYTES = 2 * 1024**3
"""Address space a worker may take before its allocation fails (a decompression bomb, say)."""

WORKER_GC_THRESHOLD = 50_000
"""Allocations between a worker's young-generation collections (CPython's default: 700): pdfminer
allocates several objects per glyph, nearly all alive until the page is done, so at the default the
collector runs thousands of times per edition and finds nothing to free."""

_STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


def cap_memory(cap: int) -> None:
    """Have this process's allocations fail (``MemoryError``) past ``cap`` bytes of address space; a hard
    limit already below it stays. Where the system has no such limit, nothing."""
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    except (ImportError, ValueError, OSError):
        pass


@contextlib.contextmanager
def stop_signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back while this thread forks workers: a handler run inside a fork's callbacks
    has its exception swallowed, and the run would not stop. The workers, born holding them too, let them
    through once pebble has set their own handlers."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def start_worker() -> None:
    """A worker's first step: cap its memory, loosen its collector, die with its parent, and let the signals
    held back while it was forked through (pebble's handlers are set by now)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    cap_memory(MEMORY_CAP_BYTES)
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, middle, oldest)
    _die_with_parent()


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the process that started it dies (SIGKILL included)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before the line above: nobody waits for this worker
        os._exit(1)
