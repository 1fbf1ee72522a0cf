"""Run untrusted work on bounded worker processes: the seam between the pipeline and where its jobs run.

A PDF is untrusted: it is read in a worker process of a pebble ``ProcessPool`` with a
memory cap, under a time limit per edition that kills its worker, so a hostile file costs
its own result (the worker is replaced) but never the run. Workers are recycled after
``RENEW_AFTER_JOBS`` jobs, die with the process that started them, and live no longer
than the call that made the pool. A caller may bring its own ``concurrent.futures.Executor``
instead (a Dask client's, a thread pool): jobs then run there, bounded only by what that
executor bounds.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass
from typing import Any, Self

from pebble import CONSTS as PEBBLE_CONSTANTS
from pebble import ProcessPool

from .errors import WorkerError
from .job_failures import Failure, outcome, raise_if_out_of_memory, watch_threads
from .worker_setup import MEMORY_CAP_BYTES, cap_memory, start_worker, stop_signals_held

__all__ = ["MAIN_MEMORY_CAP_BYTES", "MEMORY_CAP_BYTES", "Failure", "Job", "Workers", "cap_memory", "default_jobs"]

MAIN_MEMORY_CAP_BYTES = 4 * 1024**3
"""Address space the command's own process may take: it holds what the workers send back (the editions of
the issues in flight, each read within a worker's cap, and the reports), never reads an input itself (its peaks
measured on the sample and a batch: bench/README.md)."""

RENEW_AFTER_JOBS = 200
"""Jobs a pool runs before, between two runs, fresh workers take its workers' place, so that what one
big edition left in a heap cannot count against the memory cap of the editions after it. (Not pebble's
own ``max_tasks``: a worker it retires that way often exits with status 1, and pebble then gives the
whole pool up — "All workers expired".)"""

MAX_JOBS_PER_CORE = 4
"""More workers than this per core only add memory: ``--jobs`` is capped there."""

PATIENCE_SECONDS = 30.0
"""Beyond twice the longest time limit, how long no job may finish before the pool is taken for lost."""

RETRIES = 2
"""How often a job is run again when pebble gave up the whole pool because some other worker died."""

CHECK_SECONDS = 1.0
"""How often a run waiting for its jobs looks whether the pool's own threads are still alive."""

POLL_SECONDS = 0.02
"""How often pebble's threads look at the pool (pebble's default: 0.1 s). Stopping a pool waits for the next look,
so every call that starts workers ends up to this long after its last job; a shorter look costs the parent a little
CPU while jobs run. Pebble has no option for it: setting its public ``CONSTS`` is its author's advice (pebble#65)."""


@dataclass(frozen=True, slots=True)
class Job:
    """``function(item)``, to be run on a worker within ``timeout`` seconds (``None``: no limit)."""

    function: Callable[[Any], Any]
    item: Any
    timeout: float | None = None


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _ready() -> bool:
    return True


def _started_pool(jobs: int) -> ProcessPool:
    """A running pool of ``jobs`` workers, or of as many as the system lets this process start.

    With none at all, ``WorkerError``.
    """
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    PEBBLE_CONSTANTS.sleep_unit = POLL_SECONDS
    reason = "no worker answered"
    for size in range(jobs, 0, -1):
        pool = ProcessPool(size, initializer=start_worker, context=context)
        try:
            with stop_signals_held():
                ready = pool.schedule(_ready)  # starts the pool: forks its workers, starts its threads
            ready.result(timeout=60)
            watch_threads(pool)
            return pool
        except Exception as exc:  # noqa: BLE001 — refused (OSError), or the worker could not answer: try fewer
            cause = exc if isinstance(exc, OSError) else exc.__cause__ or exc.__context__ or exc
            reason = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
        except BaseException:  # Ctrl-C or SIGTERM while it started: no worker is left behind
            pool.stop()
            pool.join(5)
            raise
        pool.stop()
        pool.join(5)
    raise WorkerError(f"could not start a worker process: {reason}")


class Workers:
    """Where the jobs of one call run: a pool of its own (started on first use, stopped when the call
    ends), or the caller's executor."""

    def __init__(self, jobs: int | None = None, executor: Executor | None = None) -> None:
        self.jobs = min(jobs or default_jobs(), MAX_JOBS_PER_CORE * default_jobs())
        self._given = executor
        self._own: ProcessPool | None = None
        self._frozen = False
        self._finished = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def bounded(self) -> bool:
        """Whether a job's time limit is kept by killing its worker (the pool is ours)."""
        return self._given is None

    def submit(self, job: Job) -> Future:
        """``job`` started on a worker; its future."""
        if self._given is not None:
            return self._given.submit(job.function, job.item)
        if self._own is None:
            self._start(self.jobs)
        assert self._own is not None
        return self._own.schedule(job.function, args=(job.item,), timeout=job.timeout)

    def _start(self, size: int) -> None:
        """Our pool, of ``size`` workers at most ``jobs``, started if it is not running."""
        if self._own is None and self._given is None:
            size = max(1, min(size, self.jobs))
            if size > 1:
                gc.freeze()  # a forked worker's collector would otherwise walk, and so copy, every page it inherited
            self._own = _started_pool(size)
            self._frozen = size > 1

    def run(self, jobs: Sequence[Job]) -> Iterator[tuple[int, Any]]:
        """Each job's index and its result (or ``Failure``), in the order they finish.

        When pebble gives our pool up (a worker died before it took its job), every job not yet
        finished is run again on a new pool — those it had not even registered would otherwise
        wait for ever — at most ``RETRIES`` times each.
        """
        if self._finished >= RENEW_AFTER_JOBS:
            self._renew()
        if jobs:
            self._start(len(jobs))  # no more workers than the first jobs need
        tries = [0] * len(jobs)
        pending = {self.submit(job): i for i, job in enumerate(jobs)}
        while pending:
            done = self._wait(pending, self._patience(jobs))
            if not done:  # nothing finished for longer than any job may take, or the pool's threads died: it is lost
                done = set(pending)
                for future in done:
                    future.cancel()
            lost: list[int] = []
            for future in sorted(done, key=pending.__getitem__):
                index = pending.pop(future)
                result = outcome(future) if not future.cancelled() else Failure("broken")
                if isinstance(result, Failure) and result.kind == "broken" and tries[index] < RETRIES:
                    lost.append(index)
                    continue
                self._finished += 1
                yield index, result
            if lost and self._given is None:
                lost += pending.values()
                for future in pending:
                    future.cancel()
                pending.clear()
                self._renew()
            for index in lost:
                tries[index] += 1
                pending[self.submit(jobs[index])] = index

    def _wait(self, pending: dict[Future, int], patience: float | None) -> set[Future]:
        """The futures of ``pending`` done, once one is; none when ``patience`` seconds (``None``: no limit) pass
        first or our pool's threads are gone. A ``MemoryError`` that ended one of them is raised here (our pool
        stopped), so that the run says so in one line instead of waiting out the time limit."""
        waited = 0.0
        while True:
            step = CHECK_SECONDS if patience is None else max(0.0, min(CHECK_SECONDS, patience - waited))
            done, _ = wait(pending, timeout=step, return_when=FIRST_COMPLETED)
            waited += step
            if done:
                return done
            if self._own is not None and not self._own.active:
                try:
                    raise_if_out_of_memory(self._own)
                except MemoryError:
                    self._renew()
                    raise
                return set()
            if patience is not None and waited >= patience:
                return set()

    def _patience(self, jobs: Sequence[Job]) -> float | None:
        """How long to wait for any job to finish before the pool is taken for lost (``None``: for ever)."""
        limits = [job.timeout for job in jobs if job.timeout is not None]
        if self._given is not None or len(limits) < len(jobs):
            return None
        return 2 * max(limits, default=0.0) + PATIENCE_SECONDS

    def map(self, jobs: Sequence[Job]) -> list[Any]:
        """Each job's result (or ``Failure``), in the order of ``jobs``."""
        results = dict(self.run(jobs))
        return [results[i] for i in range(len(jobs))]

    def _renew(self) -> None:
        """Our pool is given up, or has run its jobs: stop it; the next job starts a new one."""
        self._finished = 0
        if self._own is not None:
            self._own.stop()
            self._own.join(5)
            self._own = None
            if self._frozen:
                gc.unfreeze()
                self._frozen = False

    def close(self) -> None:
        """Stop our workers (a job still running is killed); the caller's executor is left as it is."""
        self._renew()

