"""Extract many editions at once on bounded worker processes, through the cache; then spread the
later per-pair work over the same workers (``WorkerPool.map``).

A PDF is untrusted: it is read in a worker process with a memory cap, under a
deadline per edition, so a hostile file can cost its own result (and the worker,
which is replaced) but never the run. The workers live for the whole
extraction, one per core, and a PDF's pages can be shared out among them.
Results come back in input order whatever order the workers finish in.
"""

from __future__ import annotations

import atexit
import functools
import gc
import itertools
import multiprocessing
import multiprocessing.context
import os
import pickle
import threading
import time
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Self, TypeVar

from .cache import ExtractionCache, cache_key, file_hash
from .config import Limits
from .errors import UnreadableInput, WorkerError
from .extract import (
    PageText,
    document_from_pdf_pages,
    extract_document,
    is_pdf,
    read_pdf_share,
)
from .extract.language import language_from_name, load_language_profiles
from .extract.pdfminer_log import merged as merged_warnings
from .model import Document, InputError

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, path)`` each time an edition is ready."""

MEMORY_CAP_BYTES = 2 * 1024**3
"""Address space a worker may take before its allocation fails (a decompression bomb, say)."""

WORKER_GC_THRESHOLD = 50_000
"""Allocations between a worker's young-generation collections (CPython's default: 700).

pdfminer allocates several objects per glyph, nearly all of which live until
the page is done: at the default, the collector runs thousands of times per
edition and finds nothing to free. A worker runs under ``MEMORY_CAP_BYTES`` and
retires once it has grown past ``RETIRE_AFTER_BYTES``, so the garbage it may hold
meanwhile is bounded.
"""

NO_MEMORY_EXIT = 3
"""A worker's exit code when the job it was sent does not fit in ``MEMORY_CAP_BYTES`` (the pages of a huge PDF)."""

RETIRE_AFTER_BYTES = 512 * 1024**2
"""A worker whose peak size passed this leaves after its job (a new one takes its place), so that
what one big edition left in its heap cannot count against the memory cap of the next."""

KEEP_SECONDS = 30.0
"""How long the workers a check leaves idle wait for this process's next check before they leave.

A freshly forked worker costs its check about 25 ms (mostly copy-on-write page faults
as it first runs the interpreter's shared objects): a process that checks again and
again (a service, a script over many issues) keeps them instead. They run the code
they were forked with; ``release_workers`` stops them at once.
"""

WAKE_SECONDS = 0.5
"""How long a check waits for a kept worker to say it is still there before forking a new one
(one answers in microseconds; the wait counts against the edition's time limit)."""

_WAKE = "wake"
_AWAKE = "awake"


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
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = MEMORY_CAP_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_CAP_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass


def _loosen_gc() -> None:
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, middle, oldest)


@dataclass(frozen=True, slots=True)
class _Job:
    """What a worker is sent: read an edition (or its share of a PDF's pages), or make a PDF's Document
    from the pages its readers laid out."""

    number: int
    kind: str
    task: _Task
    limits: Limits = field(default_factory=Limits)
    pages: tuple[PageText, ...] = ()
    warnings: tuple[str, ...] = ()
    call: tuple[Callable[[Any], Any], Any] | None = None
    """For ``WorkerPool.map``: a function (importable by name) and the item to call it with."""
    then: Callable[[Document], Any] | None = None
    """For an edition: what to compute from its Document, on the worker that makes it (``extract_with``)."""


@dataclass(frozen=True, slots=True)
class _Made:
    """A worker's Document with what ``then`` made of it."""

    document: Document
    extra: Any


@dataclass(frozen=True, slots=True)
class _Share:
    """What one of a PDF's readers sends back: the pages it laid out, or why it stopped."""

    pages: tuple[PageText, ...] = ()
    warnings: tuple[str, ...] = ()
    error: InputError | None = None
    failed_page: int = -1
    """The page being laid out when it failed; -1 while opening the file."""


ASSEMBLE = -1
"""A claim's answer: no page is left and every page laid out so far is yours, so make the Document."""


def _serve(inbox: Connection, outbox: Connection) -> None:
    """A worker: run each job the parent sends until it sends ``None`` or goes away."""
    _cap_memory()
    _loosen_gc()
    while True:
        try:
            job = inbox.recv()
        except (EOFError, OSError):
            return
        except MemoryError:
            raise SystemExit(NO_MEMORY_EXIT) from None  # quietly: the parent reports the edition
        if job is None:
            return
        if isinstance(job, _Park):
            if _parked(inbox, outbox, job.seconds):
                continue
            return
        if _answer(job, inbox, outbox):
            return


def _answer(job: _Job, inbox: Connection, outbox: Connection) -> bool:
    """Run ``job`` and send its result; whether the worker should retire. Nothing of it outlives the call,
    so a worker kept for the next check holds no edition of the last one."""
    if job.call is not None:
        result, retire = _called(*job.call), False
    else:
        result, retire = _guarded(job.task.path, functools.partial(_run, job, inbox, outbox))
        if isinstance(result, Document) and job.then is not None:
            outbox.send(("made", job.number))  # extraction is done: ``then`` gets a time limit of its own
            ok, extra = _called(job.then, result)
            result = _Made(result, extra) if ok else result
    retire = retire or _grown()
    try:
        outbox.send(("done", job.number, result, retire))
    except Exception:  # noqa: BLE001 — an unpicklable result is reported, not raised
        if isinstance(result, _Made):  # what ``then`` made cannot travel: the Document alone can
            outbox.send(("done", job.number, result.document, retire))
        else:
            unreadable = InputError(job.task.path, "extraction produced an unreadable result")
            outbox.send(("done", job.number, unreadable, retire))
    return retire


@dataclass(frozen=True, slots=True)
class _Park:
    """What a closing pool sends a worker it keeps: wait this long for the next check to wake you."""

    seconds: float


def _parked(inbox: Connection, outbox: Connection, seconds: float) -> bool:
    """Wait up to ``seconds`` for the next check: ``True`` once woken (and it has been told so), else ``False``.

    A worker leaves only when nothing came: a check that wakes it just as it leaves
    sees the pipe close before any job was sent, and forks another.
    """
    try:
        if not inbox.poll(seconds) or inbox.recv() != _WAKE:
            return False
        outbox.send(_AWAKE)
    except (EOFError, OSError, KeyboardInterrupt):  # Ctrl-C in the parent's terminal: leave quietly
        return False
    return True


def _grown() -> bool:
    """Whether this process's peak size has passed ``RETIRE_AFTER_BYTES``."""
    try:
        import resource  # POSIX only

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    except (ImportError, OSError):
        return False
    return peak * (1 if os.uname().sysname == "Darwin" else 1024) > RETIRE_AFTER_BYTES


def _too_big(path: str) -> InputError:
    return InputError(path, f"needs more than {MEMORY_CAP_BYTES >> 20} MB to extract (hostile PDF?)")


def _called(function: Callable[[T], R], item: T) -> tuple[bool, R | None]:
    """``(True, function(item))``, or ``(False, None)`` if it raised: the parent then calls it itself."""
    try:
        return True, function(item)
    except Exception:  # noqa: BLE001 — raised again where the parent computes it
        return False, None


def _guarded(path: str, run: Callable[[], object]) -> tuple[object, bool]:
    """``run()``'s result or the one-line error it ends in, and whether the worker should retire after it."""
    try:
        return run(), False
    except UnreadableInput as exc:
        return InputError(exc.path, exc.reason), False
    except MemoryError:
        return _too_big(path), True
    except RecursionError:
        return InputError(path, "damaged PDF (objects nested too deeply)"), False
    except Exception as exc:  # noqa: BLE001 — a bug on one file must not cost the others their results
        return InputError(path, f"extraction failed ({type(exc).__name__}: {exc})"[:300]), False


def _run(job: _Job, inbox: Connection, outbox: Connection) -> object:
    task, limits = job.task, job.limits
    if job.kind == "assemble":
        return document_from_pdf_pages(task.path, job.pages, job.warnings, task.language)
    if not is_pdf(task.path):
        return extract_document(task.path, task.language, max_bytes=limits.max_file_bytes, max_pages=limits.max_pages)
    last, assemble = -1, False

    def claim(total: int) -> int | None:
        nonlocal last, assemble
        outbox.send(("claim", job.number, total))
        answer = inbox.recv()
        if answer == ASSEMBLE:
            assemble = True
            return None
        if answer is not None:
            last = answer
        return answer

    try:
        pages, warnings = read_pdf_share(task.path, claim, max_bytes=limits.max_file_bytes, max_pages=limits.max_pages)
    except UnreadableInput as exc:
        return _Share(error=InputError(exc.path, exc.reason), failed_page=last)
    if assemble:
        return document_from_pdf_pages(task.path, pages, warnings, task.language)
    return _Share(tuple(pages), tuple(warnings))


def extract_all(
    paths: Sequence[str],
    languages: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    pool: WorkerPool | None = None,
) -> list[Document | InputError]:
    """Every path extracted (or its error), in the order given; ``cache=None`` disables caching.

    On ``pool``'s workers if given (they stay up for later work), else on ``jobs`` workers of its own.
    """
    return [result for result, _ in extract_with(paths, None, languages, limits, jobs, cache, progress, pool)]


def extract_with(
    paths: Sequence[str],
    then: Callable[[Document], R] | None,
    languages: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    pool: WorkerPool | None = None,
) -> list[tuple[Document | InputError, R | None]]:
    """``extract_all``, each Document with ``then(document)`` computed on the worker that made it.

    The next stage's per-edition work so runs beside the other editions' extraction
    instead of after all of it; it has a time limit of its own, from when the Document is
    made. ``None`` stands for what was not computed there — a Document read from the cache,
    a ``then`` that raised, or one that cannot be pickled: the caller computes those itself.
    """
    limits = limits or Limits()
    languages = languages or {}
    then = then if then is None or _picklable(then) else None  # one that cannot travel is left to the caller
    tasks = [_Task(i, p, languages.get(p)) for i, p in enumerate(paths)]
    results: dict[int, Document | InputError] = {}
    extras: dict[int, R] = {}
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

    def finish(task: _Task, result: Document | InputError | _Made) -> None:
        nonlocal done
        if isinstance(result, _Made):
            extras[task.index] = result.extra
            result = result.document
        results[task.index] = result
        if isinstance(result, Document) and cache is not None and task.index in keys:
            cache.put(keys[task.index], result)
        done += 1
        if progress:
            progress(done, len(tasks), task.path)

    if pool is None:
        with WorkerPool(jobs) as own:
            _run_workers(own, sorted(pending, key=_largest_first), limits, finish, then)
    else:
        _run_workers(pool, sorted(pending, key=_largest_first), limits, finish, then)
    return [(results[t.index], extras.get(t.index)) for t in tasks]


def _largest_first(task: _Task) -> tuple[int, int]:
    """Biggest files first, so that the last worker to finish is not the one handed the biggest file last."""
    try:
        size = os.path.getsize(task.path)
    except OSError:
        size = 0
    return -size, task.index


@dataclass(slots=True)
class _Edition:
    """The parent's account of one edition being extracted: who reads it, which pages are handed out."""

    task: _Task
    readers: int = 0
    reported: int = 0
    arrived: set[int] = field(default_factory=set)
    """Readers that have asked for a page or reported (the others are still opening the file)."""
    count: int | None = None
    next_page: int = 0
    claimed: dict[int, int] = field(default_factory=dict)
    holding: dict[int, int] = field(default_factory=dict)
    """The page each reader is laying out now (until it asks again or reports)."""
    pages: list[PageText] = field(default_factory=list)
    warnings: tuple[str, ...] = ()
    failure: tuple[int, InputError] | None = None
    closed: bool = False
    """No page is handed out any more: a reader or an assemble job is making the Document, or one failed."""
    deadline: float = float("inf")
    done: bool = False


@dataclass(slots=True)
class _Worker:
    process: multiprocessing.process.BaseProcess
    inbox: Connection
    outbox: Connection
    job: _Job | None = None
    directory: str = ""
    """The parent's working directory when the worker was forked: the one its relative paths mean."""


class WorkerPool:
    """At most ``jobs`` worker processes (default: one per core), started when first needed and kept
    for one check: its editions are extracted on them (``extract_all``), then its pairs aligned (``map``).

    With ``fork``, the parent's heap is frozen while the pool is open: a forked
    worker's collector would otherwise walk, and so copy, every page it inherited.
    """

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = jobs or default_jobs()
        self.workers: list[_Worker] = []
        self._forking = "fork" in multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if self._forking else "spawn")
        self._frozen = False
        self._waiting: list[_Job] = []  # a job whose worker could not be started: the next free one takes it

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def number(self) -> int:
        """A fresh job number."""
        return next(_JOB_NUMBERS)

    def idle(self) -> list[_Worker]:
        """The live workers without a job; dead ones are forgotten."""
        for worker in self.workers:
            if worker.job is None and not worker.process.is_alive():
                _stop(worker)  # closes its pipes
        self.workers[:] = [w for w in self.workers if w.job is not None or w.process.is_alive()]
        return [w for w in self.workers if w.job is None]

    def start(self, job: _Job) -> _Worker:
        """A worker given ``job``: one kept by an earlier check if one is still there, else a new one."""
        while (kept := _take_kept()) is not None:
            try:
                kept.inbox.send(job)
            except OSError:
                _stop(kept)
                continue
            kept.job = job
            self.workers.append(kept)
            return kept
        if self._forking and not self._frozen:
            load_language_profiles()  # once here, inherited by every worker, instead of once in each
            gc.freeze()
            self._frozen = True
        to_worker, inbox = self._context.Pipe(duplex=False)
        outbox, from_worker = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_serve, args=(to_worker, from_worker), daemon=True)
        try:
            process.start()
        except OSError:
            for end in (to_worker, inbox, outbox, from_worker):
                end.close()
            raise
        to_worker.close()
        from_worker.close()
        worker = _Worker(process, inbox, outbox, job, _working_directory())
        inbox.send(job)
        self.workers.append(worker)
        return worker

    def give(self, job_for: Callable[[], _Job | None]) -> None:
        """Hand ``job_for()`` to each idle worker, then to new ones up to ``jobs``, until it gives ``None``.

        Where the system refuses a new process, the pool goes on with the workers it has (a job
        left waiting goes to the next of them to be free); with none at all, ``WorkerError``.
        """

        def next_job() -> _Job | None:
            return self._waiting.pop(0) if self._waiting else job_for()

        for worker in self.idle():
            job = next_job()
            if job is None:
                return
            worker.job = job
            try:
                worker.inbox.send(job)
            except OSError:  # it died idle: forget it; its job goes to the next one free, or a new one below
                _stop(worker)
                self.workers.remove(worker)
                self._waiting.append(job)
        if len(self.workers) < self.jobs:
            self._start_more(next_job(), next_job)

    @property
    def waiting(self) -> bool:
        """Whether a job waits for a worker to be free (one could not be started for it)."""
        return bool(self._waiting)

    def waiting_jobs(self) -> tuple[_Job, ...]:
        """The jobs waiting for a worker to be free, next first."""
        return tuple(self._waiting)

    def discard_waiting(self, numbers: Container[int]) -> None:
        """Forget the waiting jobs with these numbers."""
        self._waiting[:] = [job for job in self._waiting if job.number not in numbers]

    def _start_more(self, job: _Job | None, job_for: Callable[[], _Job | None]) -> None:
        while job is not None:
            try:
                self.start(job)
            except OSError as exc:
                self._refused(job, exc)
                return
            if len(self.workers) >= self.jobs:
                return
            job = job_for()

    def _refused(self, job: _Job, exc: OSError) -> None:
        """The system would not start a worker for ``job``: go on with those there are, or give up."""
        if not self.workers:
            raise WorkerError(f"could not start a worker process: {exc.strerror or exc}") from None
        self.jobs = len(self.workers)
        self._waiting.append(job)

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """``[function(item) for item in items]`` on the workers (``function`` and the items travel by
        pickle); an item whose worker fails or dies is computed here, so an error is raised as usual."""
        if self.jobs <= 1 or len(items) <= 1 or not _picklable(function):
            return [function(item) for item in items]
        queue = list(reversed(range(len(items))))
        index_of: dict[int, int] = {}
        results: dict[int, R] = {}

        def job_for() -> _Job | None:
            if not queue:
                return None
            index = queue.pop()
            job = _Job(self.number(), "call", _Task(index, "", None), call=(function, items[index]))
            index_of[job.number] = index
            return job

        try:
            while queue or self.waiting or any(w.job is not None for w in self.workers):
                self.give(job_for)
                busy = {w.outbox: w for w in self.workers if w.job is not None}
                for outbox in wait(list(busy)):
                    worker = busy[outbox]
                    assert worker.job is not None
                    index = index_of[worker.job.number]
                    try:
                        _, _, (ok, value), _ = outbox.recv()
                        worker.job = None
                    except (EOFError, OSError, ValueError, TypeError):
                        _stop(worker)
                        ok, value = False, None
                    results[index] = value if ok else function(items[index])
        except BaseException:
            for worker in self.workers:
                if worker.job is not None:
                    _stop(worker)
            raise
        return [results[i] for i in range(len(items))]

    def close(self) -> None:
        """Keep the idle workers for this process's next check (``KEEP_SECONDS``), stop the others;
        the pool may not be used afterwards."""
        # ``_keep`` parks each idle worker it takes; the rest leave.
        _dismiss([w for w in self.workers if not (w.job is None and w.process.is_alive() and _keep(w))])
        self.workers.clear()
        self._waiting.clear()
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


@dataclass(slots=True)
class _Kept:
    """The workers closed pools left waiting for the next check of the process that forked them."""

    owner: int
    workers: list[_Worker] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


_KEPT = _Kept(os.getpid())


_JOB_NUMBERS = itertools.count()
"""Job numbers, unique in the process: a kept worker crosses pools, and a message is matched to its job by number."""


def _forget_kept() -> None:
    """In a forked child: the kept workers are its parent's, never to be woken or stopped from here."""
    for worker in _KEPT.workers:
        # Nor by multiprocessing's exit handler, which would terminate them as the child's own.
        getattr(multiprocessing.process, "_children", set()).discard(worker.process)
    _KEPT.owner = os.getpid()
    _KEPT.workers = []
    _KEPT.lock = threading.Lock()  # the parent's may have been held by another thread at the fork


if hasattr(os, "register_at_fork"):  # POSIX; elsewhere workers are spawned, and nothing is forked
    os.register_at_fork(after_in_child=_forget_kept)


def _working_directory() -> str:
    try:
        return os.getcwd()
    except OSError:  # removed under us: no kept worker can be known to match it
        return ""


def _keep(worker: _Worker) -> bool:
    """Park ``worker`` for the next check, unless one per core is kept already."""
    with _KEPT.lock:
        for gone in [w for w in _KEPT.workers if not w.process.is_alive()]:  # left after KEEP_SECONDS
            _KEPT.workers.remove(gone)
            _stop(gone)
        if _KEPT.owner != os.getpid() or len(_KEPT.workers) >= default_jobs() or not worker.directory:
            return False
        try:
            worker.inbox.send(_Park(KEEP_SECONDS))
        except OSError:
            return False
        _KEPT.workers.append(worker)
    return True


def _take_kept() -> _Worker | None:
    """A kept worker that answered its wake-up, or ``None``; one that does not answer is stopped, and so
    is one forked in another working directory (its relative paths would name other files)."""
    here = _working_directory()
    while True:
        with _KEPT.lock:
            if _KEPT.owner != os.getpid() or not _KEPT.workers:
                return None
            worker = _KEPT.workers.pop()
        if worker.directory != here:
            _stop(worker)
            continue
        try:
            worker.inbox.send(_WAKE)
            if worker.outbox.poll(WAKE_SECONDS) and worker.outbox.recv() == _AWAKE:
                return worker
        except (EOFError, OSError):
            pass
        _stop(worker)


def release_workers() -> None:
    """Stop the worker processes kept for this process's next check, now rather than after ``KEEP_SECONDS``."""
    with _KEPT.lock:
        if _KEPT.owner != os.getpid():
            return
        workers, _KEPT.workers = _KEPT.workers, []
    _dismiss(workers)


atexit.register(release_workers)


def _dismiss(workers: Sequence[_Worker]) -> None:
    """Let the idle ``workers`` leave, kill the busy ones, and wait for all of them (killing any that lingers)."""
    for worker in workers:
        if worker.job is None and worker.process.is_alive():
            try:
                worker.inbox.send(None)
            except OSError:
                pass
        else:
            _stop(worker)
    for worker in workers:
        worker.process.join(5)
        _stop(worker)  # kills only one still there; closes the pipes


def _run_workers(
    pool: WorkerPool,
    pending: list[_Task],
    limits: Limits,
    finish: Callable[[_Task, Document | InputError | _Made], None],
    then: Callable[[Document], Any] | None = None,
) -> None:
    """Extract ``pending`` on ``pool``'s workers, calling ``finish`` once per edition.

    Each edition goes to the next free worker (biggest first). When no edition is
    left to start, a free worker joins a PDF still being read and takes its
    next unread pages (the parent hands pages out one at a time), so the last
    editions do not keep one core busy and the other idle. The pages of an edition
    read by several workers are then made into its Document by one of them.
    A worker that outlives an edition's time limit is killed, one that dies is
    reported; either is replaced, and the other editions go on.
    """
    if not pending:
        return
    order = [_Edition(task) for task in pending]
    workers = pool.workers
    owner: dict[int, _Edition] = {}

    def close(edition: _Edition, result: Document | InputError | _Made) -> None:
        edition.done = edition.closed = True
        for worker in workers:
            if worker.job is not None and owner[worker.job.number] is edition:
                _stop(worker)
        finish(edition.task, result)

    def next_job() -> _Job | None:
        for edition in order:  # pages all in: make the Document (the edition's last step)
            if not edition.closed and edition.readers and edition.reported == edition.readers:
                edition.closed = True
                pages = tuple(edition.pages)
                return _hand(edition, "assemble", pages, edition.warnings)
        for edition in order:  # an edition nobody reads yet
            if not edition.readers:
                edition.deadline = time.monotonic() + limits.timeout_seconds
                return _hand(edition, "read")
        helpable = [e for e in order if _pages_to_share(e) > 0]
        if helpable:  # the PDF with the most pages nobody took yet
            return _hand(max(helpable, key=_pages_to_share), "read")
        return None

    def _hand(edition: _Edition, kind: str, pages: tuple[PageText, ...] = (), warnings: tuple[str, ...] = ()) -> _Job:
        job = _Job(pool.number(), kind, edition.task, limits, pages, warnings, then=then)
        if kind == "read":
            edition.readers += 1
        owner[job.number] = edition
        return job

    def answer(edition: _Edition, number: int, total: int) -> int | None:
        edition.arrived.add(number)
        edition.holding.pop(number, None)
        if edition.count is None:
            edition.count = total
        if edition.closed or total != edition.count:
            return None
        if edition.next_page < total:
            edition.next_page += 1
            edition.claimed[number] = edition.claimed.get(number, 0) + 1
            edition.holding[number] = edition.next_page - 1
            return edition.next_page - 1
        if edition.claimed.get(number, 0) == edition.next_page:  # every page is this reader's
            edition.closed = True
            return ASSEMBLE
        return None

    def failed(edition: _Edition, page: int, error: InputError) -> None:
        """A reader failed at ``page``: the edition fails with its first failing page's error, settled as
        soon as no reader is still laying out an earlier page (the later ones are stopped)."""
        edition.closed = True
        if edition.failure is None or page < edition.failure[0]:
            edition.failure = (page, error)
        first = edition.failure[0]
        if not any(held < first for held in edition.holding.values()):
            close(edition, edition.failure[1])

    def received(worker: _Worker, message: tuple) -> int | None:
        """Settle a worker's message; for a claim, the answer to send back."""
        job = worker.job
        assert job is not None
        edition = owner[job.number]
        if message[1] != job.number:
            return None  # not this job's: cannot happen while stale workers are stopped, but never trusted
        if message[0] == "made":  # the Document is made; what ``then`` computes from it has the whole limit again
            edition.deadline = time.monotonic() + limits.timeout_seconds
            return None
        if message[0] == "claim":
            reply = answer(edition, job.number, message[2])
            if edition.failure is not None and not edition.done:
                failed(edition, *edition.failure)  # this reader's page is done: the failure may be settled now
            return reply
        _, _, result, retire = message
        worker.job = None
        edition.arrived.add(job.number)
        edition.holding.pop(job.number, None)
        if retire:
            _stop(worker)
        if edition.done:
            return None
        if isinstance(result, _Share):
            edition.reported += 1
            if result.error is not None:
                failed(edition, result.failed_page, result.error)
                return None
            edition.pages.extend(result.pages)
            edition.warnings = merged_warnings(edition.warnings, result.warnings)
            if edition.failure is not None:
                failed(edition, *edition.failure)
        elif isinstance(result, (Document, InputError, _Made)):
            close(edition, result)
        else:
            close(edition, InputError(edition.task.path, "extraction produced an unreadable result"))
        return None

    def postpone_waiting() -> float:
        """An edition whose first read waits for a worker (none could be started for it) has not started:
        its time limit counts from when it gets one. Returns the time now."""
        now = time.monotonic()
        for job in pool.waiting_jobs():
            edition = owner.get(job.number)
            if edition is not None and job.kind == "read" and edition.readers == 1 and not edition.arrived:
                edition.deadline = max(edition.deadline, now + limits.timeout_seconds)
        return now

    def crashed(worker: _Worker, job: _Job) -> None:
        """A worker died: its edition fails, at the page it was laying out (an earlier page's failure wins)."""
        edition = owner[job.number]
        worker.job = None
        _stop(worker)
        if edition.done:
            return
        code = worker.process.exitcode
        if code == NO_MEMORY_EXIT:
            error = _too_big(edition.task.path)
        else:
            error = InputError(edition.task.path, f"extraction crashed (worker exit code {code})")
        page = edition.holding.pop(job.number, None)
        if page is None and edition.failure is None:
            close(edition, error)
        else:
            edition.arrived.add(job.number)
            edition.reported += 1
            failed(edition, page if page is not None else edition.failure[0] + 1, error)

    try:
        while not all(e.done for e in order):
            pool.give(next_job)
            postpone_waiting()
            busy = [w for w in workers if w.job is not None]
            nearest = min((e.deadline for e in order if not e.done), default=float("inf"))
            timeout = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
            by_outbox = {w.outbox: w for w in busy}
            if not by_outbox:  # nothing running and nothing to start: never wait for nothing
                for edition in order:
                    if not edition.done:
                        close(edition, InputError(edition.task.path, "extraction could not be scheduled (a bug)"))
                break
            for outbox in wait(list(by_outbox), timeout=timeout):
                worker = by_outbox[outbox]
                if worker.job is None:
                    continue  # stopped while another worker's message was handled
                job = worker.job
                try:
                    message = outbox.recv()
                except (EOFError, OSError):
                    worker.process.join(1)
                    crashed(worker, job)
                    continue
                reply = received(worker, message)
                if message[0] == "claim" and worker.job is job:
                    try:
                        worker.inbox.send(reply)
                    except OSError:  # it died between asking for a page and being answered
                        crashed(worker, job)
            now = postpone_waiting()
            for edition in order:
                if not edition.done and now >= edition.deadline:
                    reason = f"extraction took longer than {limits.timeout_seconds:g} s (limits.timeout-seconds)"
                    close(edition, InputError(edition.task.path, reason))
    finally:
        for worker in workers:
            if worker.job is not None:  # still reading an edition already settled: its work is not wanted
                _stop(worker)
        pool.discard_waiting(owner)  # a helper's read still waiting: not wanted either, nor by the pool's next user


def _picklable(function: Callable[..., object]) -> bool:
    try:
        pickle.dumps(function)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def _pages_to_share(edition: _Edition) -> int:
    """Pages of a PDF being read that no reader has taken, less one for each reader on its way."""
    if edition.done or edition.closed or edition.count is None:
        return 0
    return edition.count - edition.next_page - (edition.readers - len(edition.arrived))


def _stop(worker: _Worker) -> None:
    """Kill a worker (its job, if any, is lost on purpose) so that it is replaced if work is left."""
    worker.job = None
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join(5)
    worker.inbox.close()
    worker.outbox.close()
