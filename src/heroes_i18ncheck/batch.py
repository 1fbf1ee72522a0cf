"""A programme's archive at once: every folder of editions under a root is one issue, checked on its own.

Issues run side by side, ``jobs`` at a time, each on a worker process of its own kept
for the next issue (so each language's tables are built once per worker, not once per
issue); or, given a Dask client, as tasks on its cluster, where each issue's editions
are read under the same limits on a local worker process. An issue that fails costs
only its own report.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import ExtractionCache
from .check import _check_files
from .config import Config
from .edition_files import is_edition_file
from .errors import ConfigError
from .model import BatchReport, IssueReport
from .parallel import Workers, default_jobs

IssueProgress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, folder)`` each time an issue's report is ready."""


def find_issues(root: str, exclude: Sequence[str] = ()) -> list[str]:
    """The folders under ``root`` (itself included) that hold an edition directly, sorted; hidden ones left out."""
    base = Path(root)
    folders = {str(path.parent) for path in base.rglob("*") if is_edition_file(path, base, exclude)}
    return sorted(folders)


@dataclass(frozen=True, slots=True)
class _Issue:
    folder: str
    config: Config
    baseline: frozenset[str]
    cache_folder: str | None


def check_batch(
    root: str,
    *,
    config: Config | None = None,
    baseline: frozenset[str] = frozenset(),
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: IssueProgress | None = None,
    executor: Executor | None = None,
) -> BatchReport:
    """Check each issue folder under ``root`` on its own; the same inputs give the same ``BatchReport``.

    Locally ``jobs`` issues at a time (default: one per core). With an ``executor``
    (a Dask client's, say) each issue is one task there, and the task reads the
    issue's editions on a worker process of its own under ``config.limits``.
    """
    config = config or Config()
    folders = find_issues(root, config.exclude)
    cache_folder = str(cache.directory) if cache is not None else None
    issues = [_Issue(folder, config, baseline, cache_folder) for folder in folders]
    found: dict[str, IssueReport] = {}
    if executor is not None:
        futures = {executor.submit(check_issue, issue): issue.folder for issue in issues}
        outcomes = ((futures[f], f) for f in as_completed(futures))
        _collect(outcomes, found, len(issues), progress)
    else:
        with _LocalIssues(jobs or default_jobs()) as local:
            _collect(local.run(issues), found, len(issues), progress)
    return BatchReport(root, tuple(found[folder] for folder in folders))


def _collect(outcomes: Any, found: dict[str, IssueReport], total: int, progress: IssueProgress | None) -> None:
    for folder, future in outcomes:
        try:
            found[folder] = future.result()
        except Exception as exc:  # noqa: BLE001 — one issue's failure is its own report, never the batch's
            found[folder] = IssueReport(folder, None, f"could not be checked ({type(exc).__name__}: {exc})"[:300])
        if progress:
            progress(len(found), total, folder)


def check_issue(issue: _Issue, workers: Workers | None = None) -> IssueReport:
    """One issue's report (a task of its own: on a cluster it runs there, reading on a local worker process)."""
    cache = ExtractionCache(issue.cache_folder) if issue.cache_folder is not None else None
    if workers is not None:
        report = _check_files([issue.folder], workers, config=issue.config, baseline=issue.baseline, cache=cache)
    else:
        with Workers(1) as own:
            report = _check_files([issue.folder], own, config=issue.config, baseline=issue.baseline, cache=cache)
    return IssueReport(issue.folder, report)


DASK_EXTRA = "pip install 'heroes-i18ncheck[dask]'"


@contextlib.contextmanager
def executor_for(spec: str, jobs: int | None = None) -> Iterator[Executor | None]:
    """The executor ``--executor`` names: ``local`` (``None``: worker processes here), ``dask-local`` (a Dask
    LocalCluster of ``jobs`` workers) or ``dask://HOST:PORT`` (the Dask scheduler there)."""
    if spec == "local":
        yield None
        return
    if spec != "dask-local" and not spec.startswith("dask://"):
        raise ConfigError(f"--executor {spec!r}: choose local, dask-local or dask://HOST:PORT")
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError(f"--executor {spec}: Dask is not installed ({DASK_EXTRA})") from None
    with contextlib.ExitStack() as stack:
        if spec == "dask-local":
            # A daemonic Dask worker may not start the worker process that reads each edition under its limits.
            stack.enter_context(dask.config.set({"distributed.worker.daemon": False}))
            cluster = stack.enter_context(
                LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        else:
            address = "tcp://" + spec.removeprefix("dask://")
            try:
                client = stack.enter_context(Client(address, timeout=30))
            except OSError as exc:
                raise ConfigError(f"--executor {spec}: no Dask scheduler answers at {address} ({exc})") from None
        yield client.get_executor()


class _LocalIssues:
    """``jobs`` threads, each checking one issue at a time with a worker process of its own that it keeps."""

    def __init__(self, jobs: int) -> None:
        self._threads = ThreadPoolExecutor(jobs, thread_name_prefix="issue")
        self._local = threading.local()
        self._workers: list[Workers] = []
        self._lock = threading.Lock()

    def __enter__(self) -> _LocalIssues:
        return self

    def __exit__(self, *exc: object) -> None:
        self._threads.shutdown(cancel_futures=True)
        for workers in self._workers:
            workers.close()

    def run(self, issues: Sequence[_Issue]) -> Any:
        """Each issue's folder and future, as they finish."""
        futures = {self._threads.submit(self._check, issue): issue.folder for issue in issues}
        return ((futures[f], f) for f in as_completed(futures))

    def _check(self, issue: _Issue) -> IssueReport:
        workers = getattr(self._local, "workers", None)
        if workers is None:
            workers = self._local.workers = Workers(1)
            with self._lock:
                self._workers.append(workers)
        return check_issue(issue, workers)
