"""A guard for tests of hostile input: a block that has not finished after some seconds fails instead of hanging the run."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Raise ``TimeoutError`` inside the block after ``seconds`` (SIGALRM: the main thread, POSIX only).

    A guard against a hang or catastrophic backtracking (hours), not a speed target: see ``bench/``.
    """

    def give_up(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result after {seconds} s: a hang, or a super-linear step?")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
