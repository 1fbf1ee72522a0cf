"""Parallel extraction and the steps after it: input order kept, hostile files bounded, every other file
still extracted, no worker outliving its call or its parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from heroes_i18ncheck import check, check_files
from heroes_i18ncheck import extract as extract_stage
from heroes_i18ncheck.cache import ExtractionCache
from heroes_i18ncheck.config import Config, Limits
from heroes_i18ncheck.editions import extract_all, extract_with
from heroes_i18ncheck.model import Block, Document, Entity, InputError, Report
from heroes_i18ncheck.parallel import Failure, Job, Workers
from repo_paths import SAMPLES

EDITIONS = [str(SAMPLES / "heroes-02" / f"{lang}.md") for lang in ("lt", "en", "bg")]
PDF_EDITIONS = [str(SAMPLES / "heroes-02-pdf" / f"{language}.pdf") for language in ("en", "bg", "lt")]
_PARENT = os.getpid()


def _all_children() -> set[int]:
    """The ids of this process's live child processes (from /proc; Linux)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid() and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def _children() -> set[int]:
    """This process's live child processes, other than the helpers a library keeps for the whole session
    (multiprocessing's resource tracker, started by Dask in another test)."""
    found = set()
    for pid in _all_children():
        try:
            if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.add(pid)
        except OSError:
            continue
    return found


@pytest.mark.parametrize("jobs", [1, 2, 3], ids=["one-worker", "two-workers", "more-workers-than-cores"])
def test_results_come_back_in_input_order(jobs: int) -> None:
    results = extract_all(EDITIONS, jobs=jobs)
    assert [r.path for r in results] == EDITIONS
    assert [r.language for r in results] == ["lt", "en", "bg"]


def test_progress_reports_every_file() -> None:
    seen: list[tuple[int, int]] = []
    extract_all(EDITIONS, jobs=2, progress=lambda done, total, path: seen.append((done, total)))
    assert sorted(seen) == [(1, 3), (2, 3), (3, 3)]


def test_a_file_that_hangs_is_stopped_and_the_others_are_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    slow = tmp_path / "el.md"
    slow.write_text("Αργό.\n", encoding="utf-8")
    real = extract_stage.extract_document

    def sometimes_hangs(path: str, *args: object, **kwargs: object) -> Document:
        if path == str(slow):
            time.sleep(60)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", sometimes_hangs)
    started = time.monotonic()
    results = extract_all([EDITIONS[0], str(slow), EDITIONS[1]], limits=Limits(timeout_seconds=1.5), jobs=2)
    assert time.monotonic() - started < 30
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert isinstance(results[1], InputError)
    assert results[1].path == str(slow) and "longer than 1.5 s" in results[1].message
    assert _children() == set(), "the worker that hung was killed, the others stopped with the call"


def test_a_worker_that_dies_is_reported_and_the_next_edition_gets_a_new_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    doomed = tmp_path / "pl.md"
    doomed.write_text("Tekst.\n", encoding="utf-8")
    real = extract_stage.extract_document

    def dies(path: str, *args: object, **kwargs: object) -> Document:
        if path == str(doomed):
            os._exit(9)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", dies)
    results = extract_all([str(doomed), EDITIONS[1], EDITIONS[2]], jobs=1)
    assert results[0] == InputError(str(doomed), "extraction crashed (worker exit code 9)")
    assert [type(r) for r in results[1:]] == [Document, Document]


def test_an_edition_too_big_for_a_workers_memory_is_its_error_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def bomb(path: str, *args: object, **kwargs: object) -> Document:
        raise MemoryError

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", bomb)
    (result,) = extract_all([EDITIONS[0]], jobs=1)
    assert result == InputError(EDITIONS[0], "needs more than 2048 MB to extract (hostile PDF?)")
    assert "Traceback" not in capfd.readouterr().err


def test_a_worker_cannot_take_more_memory_than_its_cap() -> None:
    with Workers(1) as workers:
        (outcome,) = workers.map([Job(_allocate, 3 * 1024**3, 60)])
    assert outcome == "MemoryError"


def _allocate(size: int) -> str:
    try:
        bytearray(size)
    except MemoryError:
        return "MemoryError"
    return "allocated"


def test_an_unexpected_exception_is_one_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: str, *args: object, **kwargs: object) -> Document:
        raise AssertionError("bug in a stage")

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", broken)
    (result,) = extract_all([EDITIONS[0]], jobs=1)
    assert result == InputError(EDITIONS[0], "extraction failed (AssertionError: bug in a stage)")


def test_the_parents_collector_is_left_as_it_was() -> None:
    import gc

    before = gc.get_freeze_count()
    (document,) = extract_all([str(SAMPLES / "heroes-02" / "en.md")], jobs=2)
    assert isinstance(document, Document)
    assert gc.get_freeze_count() == before, "the heap frozen for the workers is unfrozen again"


def test_jobs_run_on_the_workers_and_come_back_in_order() -> None:
    with Workers(2) as workers:
        found = workers.map([Job(_square_in_a_worker, n) for n in range(7)])
    assert [value for value, _ in found] == [n * n for n in range(7)]
    assert all(in_worker for _, in_worker in found)


def test_a_jobs_error_timeout_or_crash_is_its_failure_and_costs_the_others_nothing() -> None:
    jobs = [Job(_fails_on_two, 2), Job(_sleeps, 30.0, 1.0), Job(_dies, 5), Job(_square_in_a_worker, 3)]
    with Workers(2) as workers:
        error, timeout, crash, fine = workers.map(jobs)
    assert error.kind == "error" and isinstance(error.error, ValueError)
    assert timeout == Failure("timeout")
    assert crash == Failure("crash", exit_code=5)
    assert fine == (9, True)


def test_a_job_lost_when_pebble_gives_the_pool_up_is_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from heroes_i18ncheck import parallel

    real = parallel.outcome
    broken = iter([True, True])

    def sometimes_broken(future: object) -> object:
        if next(broken, False):  # as when a worker died before its job was registered: every pending job aborted
            return Failure("broken", error=BrokenProcessPool("All workers expired"))
        return real(future)

    monkeypatch.setattr(parallel, "outcome", sometimes_broken)
    with Workers(2) as workers:
        assert workers.map([Job(_square_in_a_worker, 2), Job(_square_in_a_worker, 3)]) == [(4, True), (9, True)]


def test_the_workers_of_a_call_are_gone_when_it_returns() -> None:
    check_files(PDF_EDITIONS, jobs=2)
    assert _children() == set()


def test_workers_die_with_their_parent_even_when_it_is_killed(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    code = (
        "import os, sys, time\n"
        "from heroes_i18ncheck.parallel import Job, Workers\n"
        "def pid_then_sleep(path):\n"
        "    open(path, 'a').write(f'{os.getpid()}\\n'); time.sleep(60)\n"
        "w = Workers(2)\n"
        f"futures = [w.submit(Job(pid_then_sleep, {str(pids)!r})) for _ in range(2)]\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(_read_pids(pids)) < 2:
        time.sleep(0.1)
    workers = _read_pids(pids)
    assert len(workers) == 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "a worker outlived its killed parent"


def test_running_out_of_memory_in_a_pool_thread_is_one_memory_error_not_a_traceback_and_a_wait() -> None:
    # The parent (capped at 600 MB of address space, about 250 MB used) cannot receive a 500 MB result: pebble's
    # thread that receives it dies of MemoryError. The run raises it at once, not after the job's time limit
    # (600 s, beyond the subprocess's), and nothing prints the thread's traceback.
    code = (
        "from heroes_i18ncheck.parallel import Job, Workers, cap_memory\n"
        "def big(size):\n"
        "    return b'x' * size\n"
        "cap_memory(600 << 20)\n"
        "try:\n"
        "    with Workers(1) as workers:\n"
        "        workers.map([Job(big, 500 << 20, 600)])\n"
        "except MemoryError as exc:\n"
        "    import multiprocessing\n"
        "    print('MemoryError:', exc, '- workers left:', len(multiprocessing.active_children()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("MemoryError: this process ran out of memory"), (done.stdout, done.stderr)
    assert done.stdout.rstrip().endswith("workers left: 0")
    assert "Traceback" not in done.stderr


def _read_pids(path: Path) -> list[int]:
    return [int(line) for line in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_pairs_aligned_in_workers_give_the_report_of_one_process() -> None:
    one = check.check_documents(extract_all(PDF_EDITIONS, jobs=1), jobs=1)
    assert check.check_documents(extract_all(PDF_EDITIONS, jobs=1), jobs=2) == one
    assert check_files(PDF_EDITIONS, jobs=2) == check_files(PDF_EDITIONS, jobs=1) == one


def test_a_callers_executor_gives_the_same_report() -> None:
    with ThreadPoolExecutor(2) as executor:
        assert check_files(PDF_EDITIONS, executor=executor) == check_files(PDF_EDITIONS, jobs=2)


def test_a_pair_whose_alignment_outlives_the_time_limit_is_its_translations_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = check.align

    def slow_for_lithuanian(reference: Document, translation: Document, **kwargs: object) -> object:
        if translation.language == "lt":
            time.sleep(30)
        return real(reference, translation, **kwargs)

    monkeypatch.setattr(check, "align", slow_for_lithuanian)
    documents = extract_all(EDITIONS, jobs=1)
    report = check.check_documents(documents, jobs=2, config=Config(limits=Limits(timeout_seconds=1.5)))
    assert report.errors == (
        InputError(EDITIONS[0], "aligning it with the reference took longer than 1.5 s (limits.timeout-seconds)"),
    )
    assert [a.translation.language for a in report.alignments] == ["bg"], "the other pair is still checked"


def _count_entity_readers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[list[str], Report, Path]:
    """The three sample text editions and their report checked in one process; from then on each reading
    of an edition's entities writes the reading process's id to the file returned (read it with ``_readers``)."""
    calls = tmp_path / "calls"
    editions = [str(SAMPLES / "heroes-02" / f"{language}.md") for language in ("en", "bg", "lt")]
    fresh = check_files(editions, jobs=1)
    real = check.edition_entities

    def counted(blocks: Sequence[Block], **options: object) -> tuple[tuple[Entity, ...], ...]:
        with calls.open("a") as out:  # workers are forked processes: they tell the parent through a file
            out.write(f"{os.getpid()}\n")
        return real(blocks, **options)

    monkeypatch.setattr(check, "edition_entities", counted)
    return editions, fresh, calls


def _readers(calls: Path) -> list[str]:
    """The ids of the processes that read entities since the last call (the file is emptied)."""
    readers = calls.read_text().split() if calls.exists() else []
    calls.unlink(missing_ok=True)
    return readers


def test_each_editions_entities_are_read_by_the_job_that_extracted_it_unless_the_cache_has_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    editions, fresh, calls = _count_entity_readers(monkeypatch, tmp_path)
    for jobs in (1, 2):
        assert check_files(editions, jobs=jobs) == fresh
        readers = _readers(calls)
        assert len(readers) == 3 and str(os.getpid()) not in readers, "each edition read once, on a worker"
    cache = ExtractionCache(tmp_path / "cache")
    extract_all(editions, cache=cache, jobs=2)  # the documents in the cache, not their entities
    assert check_files(editions, cache=cache, jobs=2) == fresh
    readers = _readers(calls)
    assert len(readers) == 3 and str(os.getpid()) not in readers, "editions read back from the cache: on workers too"
    assert check_files(editions, cache=cache, jobs=2) == fresh
    assert _readers(calls) == [], "and their entities came from the cache the second time"


def test_what_the_worker_computes_beside_an_edition_comes_back_with_it_or_is_left_to_the_caller(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "pl.md"
    broken.write_text("Tekst.\n", encoding="utf-8")
    results = extract_with([EDITIONS[0], str(broken), str(tmp_path / "missing.md")], _blocks_unless_polish, jobs=2)
    (lt, lt_blocks), (pl, nothing), (missing, none) = results
    assert isinstance(lt, Document) and lt_blocks == len(lt.blocks)
    assert isinstance(pl, Document) and nothing is None, "a failing computation costs the edition nothing"
    assert isinstance(missing, InputError) and none is None


def _blocks_unless_polish(document: Document) -> int:
    if document.language == "pl":
        raise ValueError("not this one")
    return len(document.blocks)


def _refuse_processes(monkeypatch: pytest.MonkeyPatch, allowed: int) -> None:
    """Let at most ``allowed`` processes of this one run at a time, refusing any more as a full process table does."""
    import errno
    import multiprocessing.process

    real = multiprocessing.process.BaseProcess.start

    def start(process: multiprocessing.process.BaseProcess) -> None:
        if len(_children()) >= allowed:
            raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
        real(process)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)


def test_a_check_goes_on_with_the_workers_the_system_lets_it_start(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = check_files(PDF_EDITIONS, jobs=1)
    _refuse_processes(monkeypatch, allowed=1)
    assert check_files(PDF_EDITIONS, jobs=3) == alone


def test_no_worker_at_all_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from heroes_i18ncheck import WorkerError
    from heroes_i18ncheck.cli import main

    editions = PDF_EDITIONS[:2]
    _refuse_processes(monkeypatch, allowed=0)
    with pytest.raises(WorkerError, match="could not start a worker process: Resource temporarily unavailable"):
        check_files(editions, jobs=2)
    assert main(["check", *editions]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [err.strip()] and "could not start a worker process" in err
    assert "Traceback" not in err


def _square_in_a_worker(n: int) -> tuple[int, bool]:
    return n * n, os.getpid() != _PARENT


def _fails_on_two(n: int) -> int:
    if n == 2:
        raise ValueError("item two")
    return n


def _sleeps(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _dies(code: int) -> int:
    os._exit(code)


def test_a_pool_is_renewed_between_runs_after_so_many_jobs_and_loses_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from heroes_i18ncheck import parallel

    monkeypatch.setattr(parallel, "RENEW_AFTER_JOBS", 4)
    seen = []
    with Workers(1) as workers:
        for start in range(0, 12, 3):
            found = workers.map([Job(_pid_and_square, n, 30) for n in range(start, start + 3)])
            assert [square for _, square in found] == [n * n for n in range(start, start + 3)]
            seen.append({pid for pid, _ in found})
    assert all(len(pids) == 1 for pids in seen), "a run is not cut in the middle"
    assert seen[0] == seen[1] != seen[2] == seen[3], "renewed once 4 jobs had run, between two runs"


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n
