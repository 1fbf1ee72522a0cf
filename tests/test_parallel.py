"""Parallel extraction: input order kept, hostile files bounded, every other file still extracted."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from repo_paths import SAMPLES

from heroes_i18ncheck import extract as extract_stage
from heroes_i18ncheck import release_workers
from heroes_i18ncheck.config import Limits
from heroes_i18ncheck.extract import Claim, PageText
from heroes_i18ncheck.model import Block, Document, Entity, InputError, Report
from heroes_i18ncheck.parallel import extract_all

EDITIONS = [str(SAMPLES / "heroes-02" / f"{lang}.md") for lang in ("lt", "en", "bg")]
PDF_EDITIONS = [str(SAMPLES / "heroes-02-pdf" / f"{language}.pdf") for language in ("en", "bg", "lt")]


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

    monkeypatch.setattr("heroes_i18ncheck.parallel.extract_document", sometimes_hangs)
    started = time.monotonic()
    results = extract_all([EDITIONS[0], str(slow), EDITIONS[1]], limits=Limits(timeout_seconds=1.5), jobs=2)
    assert time.monotonic() - started < 30
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert isinstance(results[1], InputError)
    assert results[1].path == str(slow) and "longer than 1.5 s" in results[1].message


def test_a_worker_that_dies_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    doomed = tmp_path / "pl.md"
    doomed.write_text("Tekst.\n", encoding="utf-8")
    real = extract_stage.extract_document

    def dies(path: str, *args: object, **kwargs: object) -> Document:
        if path == str(doomed):
            import os

            os._exit(9)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.parallel.extract_document", dies)
    results = extract_all([str(doomed), EDITIONS[1]], jobs=1)
    assert isinstance(results[0], InputError) and "crashed" in results[0].message
    assert isinstance(results[1], Document)


def test_a_job_too_big_for_a_workers_memory_is_its_editions_error_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    import multiprocessing.connection
    import os

    parent = os.getpid()
    real = multiprocessing.connection.Connection.recv

    def recv(connection: multiprocessing.connection.Connection) -> object:
        if os.getpid() != parent:  # in a worker, as when unpickling the pages of a huge PDF fails
            raise MemoryError
        return real(connection)

    monkeypatch.setattr(multiprocessing.connection.Connection, "recv", recv)
    (result,) = extract_all([EDITIONS[0]], jobs=1)
    assert isinstance(result, InputError) and result.path == EDITIONS[0]
    assert "needs more than 2048 MB" in result.message
    assert "Traceback" not in capfd.readouterr().err


def test_an_unexpected_exception_is_one_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: str, *args: object, **kwargs: object) -> Document:
        raise AssertionError("bug in a stage")

    monkeypatch.setattr("heroes_i18ncheck.parallel.extract_document", broken)
    (result,) = extract_all([EDITIONS[0]], jobs=1)
    assert isinstance(result, InputError) and "AssertionError" in result.message


def test_the_parents_collector_is_left_as_it_was() -> None:
    import gc

    before = gc.get_freeze_count()
    (document,) = extract_all([str(SAMPLES / "heroes-02" / "en.md")], jobs=1)
    assert isinstance(document, Document)
    assert gc.get_freeze_count() == before, "the heap frozen for the workers is unfrozen again"


def test_a_pools_map_computes_here_what_cannot_travel_to_a_worker() -> None:
    from heroes_i18ncheck.parallel import WorkerPool

    def fragile(n: int) -> int:
        if n == 2:
            raise ValueError("item two")
        return n

    with WorkerPool(3) as pool:
        assert pool.map(lambda n: n * n, list(range(7))) == [n * n for n in range(7)]
        with pytest.raises(ValueError, match="item two"):
            pool.map(fragile, [1, 2, 3])
        assert pool.workers == [], "a closure cannot be pickled: no worker was started for it"


def test_pairs_aligned_in_workers_give_the_report_of_one_process() -> None:
    from heroes_i18ncheck import check_files

    editions = PDF_EDITIONS
    assert check_files(editions, jobs=2) == check_files(editions, jobs=1)


def _count_entity_readers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[list[str], Report, Path]:
    """The three sample text editions and their report checked in one process; from then on each reading
    of an edition's entities writes the reading process's id to the file returned (read it with ``_readers``)."""
    import os

    from heroes_i18ncheck import check, check_files

    calls = tmp_path / "calls"
    editions = [str(SAMPLES / "heroes-02" / f"{language}.md") for language in ("en", "bg", "lt")]
    fresh = check_files(editions, jobs=1)
    real = check.edition_entities

    def counted(blocks: Sequence[Block], **options: object) -> tuple[tuple[Entity, ...], ...]:
        with calls.open("a") as out:  # workers are forked processes: they tell the parent through a file
            out.write(f"{os.getpid()}\n")
        return real(blocks, **options)

    monkeypatch.setattr(check, "edition_entities", counted)
    release_workers()  # the workers kept by the check above were forked before the count: not theirs
    return editions, fresh, calls


def _readers(calls: Path) -> list[str]:
    """The ids of the processes that read entities since the last call (the file is emptied)."""
    readers = calls.read_text().split()
    calls.unlink()
    return readers


def test_the_editions_entities_are_read_on_the_workers_and_only_where_the_cache_lacks_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    from heroes_i18ncheck import check, check_files
    from heroes_i18ncheck.cache import ExtractionCache

    editions, fresh, calls = _count_entity_readers(monkeypatch, tmp_path)
    assert check_files(editions, jobs=2) == fresh
    assert _readers(calls) == [str(os.getpid())] * 3, "so little text is read here, each edition once"
    monkeypatch.setattr(check, "WORKER_ENTITIES_CHARS", 1)
    assert check_files(editions, jobs=2) == fresh
    readers = _readers(calls)
    assert len(readers) == 3 and str(os.getpid()) not in readers, "each edition read once, none in the parent"
    cache = ExtractionCache(tmp_path / "cache")
    check_files(editions[:2], cache=cache, jobs=2)
    calls.unlink()
    assert check_files(editions, cache=cache, jobs=2) == fresh
    assert len(_readers(calls)) == 1, "the English and Bulgarian entities came from the cache"


def test_with_entities_on_workers_each_edition_is_read_by_the_worker_that_extracted_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    from heroes_i18ncheck import check_files
    from heroes_i18ncheck.cache import ExtractionCache

    editions, fresh, calls = _count_entity_readers(monkeypatch, tmp_path)
    for jobs in (1, 2):
        assert check_files(editions, jobs=jobs, entities_on_workers=True) == fresh
        readers = _readers(calls)
        assert len(readers) == 3 and str(os.getpid()) not in readers, "each edition read once, on a worker"
    cache = ExtractionCache(tmp_path / "cache")
    extract_all(editions, cache=cache, jobs=2)  # the documents in the cache, not their entities
    assert check_files(editions, cache=cache, jobs=2, entities_on_workers=True) == fresh
    assert _readers(calls) == [str(os.getpid())] * 3, "editions read back from the cache are read here"


def test_what_the_worker_computes_beside_an_edition_comes_back_with_it_or_is_left_to_the_caller(
    tmp_path: Path,
) -> None:
    from heroes_i18ncheck.parallel import extract_with

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


def test_what_cannot_travel_back_from_a_worker_costs_the_edition_nothing() -> None:
    from heroes_i18ncheck.parallel import extract_with

    ((document, nothing),) = extract_with([EDITIONS[0]], _unpicklable, jobs=1)
    assert isinstance(document, Document) and document.language == "lt" and nothing is None


def _unpicklable(document: Document) -> object:
    return lambda: document


def test_what_the_worker_computes_beside_an_edition_has_a_time_limit_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from heroes_i18ncheck.parallel import extract_with

    real = extract_stage.extract_document

    def slow(path: str, *args: object, **kwargs: object) -> Document:
        time.sleep(1.2)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.parallel.extract_document", slow)
    ((document, blocks),) = extract_with(EDITIONS[:1], _slow_block_count, limits=Limits(timeout_seconds=2), jobs=1)
    assert isinstance(document, Document) and blocks == len(document.blocks), "1.2 s each, not 2.4 s of a 2 s limit"


def _slow_block_count(document: Document) -> int:
    time.sleep(1.2)
    return len(document.blocks)


def test_what_cannot_travel_to_a_worker_is_left_to_the_caller() -> None:
    from heroes_i18ncheck.parallel import extract_with

    ((document, nothing),) = extract_with([EDITIONS[0]], lambda d: len(d.blocks), jobs=1)
    assert isinstance(document, Document) and nothing is None


def _refuse_processes(monkeypatch: pytest.MonkeyPatch, allowed: int) -> list[object]:
    """Let the system start ``allowed`` processes, then refuse every other as a full process table does;
    the list of those started (clear it to allow as many again)."""
    import errno
    import multiprocessing.process

    real = multiprocessing.process.BaseProcess.start
    started = []

    def start(process: multiprocessing.process.BaseProcess) -> None:
        if len(started) >= allowed:
            raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
        started.append(process)
        real(process)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    return started


def test_a_check_goes_on_with_the_workers_the_system_lets_it_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from heroes_i18ncheck import check_files
    from heroes_i18ncheck.parallel import WorkerPool

    editions = PDF_EDITIONS
    alone = check_files(editions, jobs=1)
    release_workers()  # from here every worker must be started, or refused
    started = _refuse_processes(monkeypatch, allowed=1)
    assert check_files(editions, jobs=3) == alone
    assert len(started) == 1
    started.clear()
    release_workers()
    with WorkerPool(3) as pool:
        assert pool.map(_square_in_a_worker, [1, 2, 3, 4]) == [(n * n, True) for n in (1, 2, 3, 4)]
        assert len(pool.workers) == 1


def test_an_edition_waiting_for_a_worker_has_its_whole_time_limit_once_it_gets_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = extract_stage.extract_document

    def slow(path: str, *args: object, **kwargs: object) -> Document:
        time.sleep(1.5)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.parallel.extract_document", slow)
    _refuse_processes(monkeypatch, allowed=1)
    results = extract_all(EDITIONS[:2], limits=Limits(timeout_seconds=2.2), jobs=2)
    assert [type(r) for r in results] == [Document, Document], "the second waited 1.5 s, then took 1.5 s of its 2.2"


def test_a_worker_found_dead_when_no_other_can_start_leaves_its_edition_to_the_next_one_free(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from heroes_i18ncheck.parallel import WorkerPool

    editions = PDF_EDITIONS
    alone = extract_all(editions, jobs=1)
    with WorkerPool(2) as pool:
        pool.map(_square_in_a_worker, [1, 2])
        pool.workers[0].inbox.close()  # its pipe is gone, as when it died between two looks
        _refuse_processes(monkeypatch, allowed=0)
        assert extract_all(editions, pool=pool) == alone


def test_no_worker_at_all_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from heroes_i18ncheck import WorkerError, check_files
    from heroes_i18ncheck.cli import main

    editions = [str(SAMPLES / "heroes-02-pdf" / f"{language}.pdf") for language in ("en", "bg")]
    _refuse_processes(monkeypatch, allowed=0)
    with pytest.raises(WorkerError, match="could not start a worker process: Resource temporarily unavailable"):
        check_files(editions, jobs=2)
    assert main(["check", *editions]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [err.strip()] and "could not start a worker process" in err
    assert "Traceback" not in err


def _many_pages(tmp_path: Path, repeat: int) -> str:
    """The English sample PDF with its pages repeated ``repeat`` times: real text, many pages."""
    import pypdfium2

    original = pypdfium2.PdfDocument(str(SAMPLES / "heroes-02-pdf" / "en.pdf"))
    combined = pypdfium2.PdfDocument.new()
    for _ in range(repeat):
        combined.import_pages(original)
    target = tmp_path / "en.pdf"
    combined.save(str(target))
    return str(target)


def _on_each_page(monkeypatch: pytest.MonkeyPatch, on_page: Callable[[str, int], None]) -> None:
    """Call ``on_page(path, index)`` in the worker each time a reader is handed a page, before laying it out
    (forked workers inherit the wrapper)."""
    from heroes_i18ncheck import parallel

    real = parallel.read_pdf_share

    def wrapped(path: str, claim: Claim | None = None, **kwargs: int) -> tuple[list[PageText], list[str]]:
        def handed(total: int) -> int | None:
            index = claim(total) if claim else None
            if index is not None:
                on_page(path, index)
            return index

        return real(path, handed, **kwargs)

    monkeypatch.setattr(parallel, "read_pdf_share", wrapped)


def test_a_pdf_whose_pages_are_shared_out_reads_as_from_one_reader(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    path = _many_pages(tmp_path, 8)
    log = tmp_path / "readers.log"

    def logged(path: str, index: int) -> None:
        with open(log, "a", encoding="ascii") as out:
            out.write(f"{os.getpid()} {index}\n")

    _on_each_page(monkeypatch, logged)
    (shared,) = extract_all([path], jobs=3)
    taken = [line.split() for line in log.read_text(encoding="ascii").splitlines()]
    assert sorted(int(index) for _, index in taken) == list(range(24)), "every page laid out exactly once"
    assert len({pid for pid, _ in taken}) >= 2, "idle workers joined the one edition being read"
    assert shared == extract_stage.extract_document(path)


def test_a_page_that_cannot_be_read_fails_its_edition_the_same_way_with_any_number_of_workers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from heroes_i18ncheck.errors import UnreadableInput

    path = _many_pages(tmp_path, 4)

    def damaged(path: str, index: int) -> None:
        if index == 5:
            time.sleep(0.5)  # page 10 fails first in time, page 6 first in the edition
        if index in (5, 9):
            raise UnreadableInput(path, f"damaged PDF (page {index + 1})")

    _on_each_page(monkeypatch, damaged)
    good = str(SAMPLES / "heroes-02-pdf" / "bg.pdf")
    for jobs in (1, 2, 3):
        broken, fine = extract_all([path, good], jobs=jobs)
        assert broken == InputError(path, "damaged PDF (page 6)"), jobs
        assert isinstance(fine, Document) and fine.language == "bg"


def _square_in_a_worker(n: int) -> tuple[int, bool]:
    import os

    return n * n, os.getpid() != _PARENT


def _fails_on_two(n: int) -> int:
    if n == 2:
        raise ValueError("item two")
    return n


def _dies_in_a_worker(n: int) -> int:
    import os

    if os.getpid() != _PARENT:
        os._exit(3)
    return n + 1


_PARENT = __import__("os").getpid()


def test_a_pools_map_runs_on_its_workers_and_keeps_the_order() -> None:
    from heroes_i18ncheck.parallel import WorkerPool

    with WorkerPool(2) as pool:
        found = pool.map(_square_in_a_worker, list(range(7)))
        assert [value for value, _ in found] == [n * n for n in range(7)]
        assert all(in_worker for _, in_worker in found)
        assert len(pool.workers) == 2
        assert pool.map(_square_in_a_worker, [5]) == [(25, False)], "one item is not worth a worker"
        assert pool.map(_square_in_a_worker, []) == []
    assert pool.workers == []


def test_a_pools_map_raises_a_workers_error_here_and_recomputes_what_a_dead_worker_lost() -> None:
    from heroes_i18ncheck.parallel import WorkerPool

    with WorkerPool(2) as pool:
        with pytest.raises(ValueError, match="item two"):
            pool.map(_fails_on_two, [1, 2, 3])
        assert pool.map(_dies_in_a_worker, [1, 2, 3]) == [2, 3, 4]
        assert pool.map(_square_in_a_worker, [1, 2]) == [(1, True), (4, True)], "dead workers are replaced"


def test_editions_and_then_pairs_on_one_pool(tmp_path: Path) -> None:
    from heroes_i18ncheck.parallel import WorkerPool

    editions = PDF_EDITIONS
    with WorkerPool(2) as pool:
        documents = extract_all(editions, pool=pool)
        workers = [w.process.pid for w in pool.workers]
        assert pool.map(_square_in_a_worker, [1, 2])[0] == (1, True)
        assert [w.process.pid for w in pool.workers] == workers, "the same workers, not new ones"
    assert documents == extract_all(editions, jobs=1)


@pytest.mark.parametrize("later_page", ["crashes", "hangs"])
def test_an_earlier_damaged_page_wins_over_a_later_page_that_crashes_or_hangs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, later_page: str
) -> None:
    """One reader meets the damaged page 2 and stops; readers sharing the pages must say the same, at once."""
    import os

    from heroes_i18ncheck.errors import UnreadableInput

    path = _many_pages(tmp_path, 2)

    def hostile(path: str, index: int) -> None:
        if index == 0:
            time.sleep(1.0)  # so that other readers take pages 2 and 3 meanwhile
        if index == 1:
            time.sleep(0.3)
            raise UnreadableInput(path, "damaged PDF (page 2)")
        if index == 2:
            if later_page == "crashes":
                os._exit(7)
            time.sleep(60)

    _on_each_page(monkeypatch, hostile)
    for jobs in (1, 3):
        started = time.monotonic()
        (result,) = extract_all([path], limits=Limits(timeout_seconds=20), jobs=jobs)
        assert result == InputError(path, "damaged PDF (page 2)"), jobs
        assert time.monotonic() - started < 10, "settled without waiting for the page that hangs"


def _worker_pid(_: int) -> int:
    import os

    return os.getpid()


def _kept_pids() -> list[int]:
    from heroes_i18ncheck.parallel import _KEPT

    return sorted(w.process.pid for w in _KEPT.workers)


def test_the_next_check_in_the_process_runs_on_the_workers_the_last_one_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from heroes_i18ncheck.parallel import default_jobs

    first = extract_all(PDF_EDITIONS, jobs=2)
    kept = _kept_pids()
    assert 1 <= len(kept) <= min(2, default_jobs())
    started = _refuse_processes(monkeypatch, allowed=100)
    assert extract_all(PDF_EDITIONS, jobs=len(kept)) == first
    assert started == [], "woken, not forked"
    assert _kept_pids() == kept


def test_a_kept_worker_is_not_used_from_another_working_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shutil

    for folder, language in (("one", "en"), ("two", "bg")):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES / "heroes-02-pdf" / f"{language}.pdf", tmp_path / folder / "x.pdf")
        shutil.copy(SAMPLES / "heroes-02-pdf" / "lt.pdf", tmp_path / folder / "y.pdf")
    monkeypatch.chdir(tmp_path / "one")
    first = extract_all(["x.pdf", "y.pdf"], languages={"x.pdf": "en", "y.pdf": "lt"}, jobs=2)
    monkeypatch.chdir(tmp_path / "two")
    second = extract_all(["x.pdf", "y.pdf"], languages={"x.pdf": "bg", "y.pdf": "lt"}, jobs=2)
    assert isinstance(first[0], Document) and isinstance(second[0], Document)
    assert first[0].blocks == extract_stage.extract_document(str(tmp_path / "one" / "x.pdf"), "en").blocks
    assert second[0].blocks == extract_stage.extract_document(str(tmp_path / "two" / "x.pdf"), "bg").blocks
    assert first[0].blocks != second[0].blocks, "each folder's own x.pdf"


def test_no_more_workers_are_kept_than_there_are_cores() -> None:
    from heroes_i18ncheck.parallel import WorkerPool, default_jobs

    with WorkerPool(default_jobs() + 2) as pool:
        pool.map(_worker_pid, list(range(20)))
        assert len(pool.workers) == default_jobs() + 2
    assert len(_kept_pids()) == default_jobs()


def test_release_workers_stops_the_kept_ones() -> None:
    from heroes_i18ncheck.parallel import _KEPT

    extract_all(PDF_EDITIONS, jobs=2)
    processes = [w.process for w in _KEPT.workers]
    assert processes
    release_workers()
    assert _KEPT.workers == []
    assert not any(p.is_alive() for p in processes)


def test_kept_workers_leave_by_themselves_once_idle_for_keep_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    from heroes_i18ncheck.parallel import _KEPT

    monkeypatch.setattr("heroes_i18ncheck.parallel.KEEP_SECONDS", 0.3)
    first = extract_all(PDF_EDITIONS, jobs=2)
    processes = [w.process for w in _KEPT.workers]
    assert processes
    waited = time.monotonic()
    while any(p.is_alive() for p in processes) and time.monotonic() - waited < 20:
        time.sleep(0.05)
    assert not any(p.is_alive() for p in processes), "gone after KEEP_SECONDS without a job"
    assert extract_all(PDF_EDITIONS, jobs=2) == first, "the next check forks new ones"
    assert set(_kept_pids()).isdisjoint(p.pid for p in processes)


def test_a_worker_that_leaves_just_as_it_is_woken_costs_its_check_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("heroes_i18ncheck.parallel.KEEP_SECONDS", 0.0)  # each leaves as soon as it is kept
    first = extract_all(PDF_EDITIONS, jobs=2)
    for _ in range(5):
        assert extract_all(PDF_EDITIONS, jobs=2) == first


def test_a_kept_worker_killed_meanwhile_is_replaced() -> None:
    import os
    import signal

    from heroes_i18ncheck.parallel import _KEPT

    first = extract_all(PDF_EDITIONS, jobs=2)
    for worker in _KEPT.workers:
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join(5)
    assert extract_all(PDF_EDITIONS, jobs=2) == first


def test_a_forked_child_that_exits_as_usual_leaves_its_parents_kept_workers_running() -> None:
    import multiprocessing.util
    import os

    from heroes_i18ncheck.parallel import _KEPT

    extract_all(PDF_EDITIONS, jobs=2)
    processes = [w.process for w in _KEPT.workers]
    child = os.fork()
    if child == 0:  # pragma: no cover — the child
        try:
            multiprocessing.util._exit_function()  # what a normal exit runs: it stops the child's own children
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    time.sleep(0.2)
    assert all(p.is_alive() for p in processes), "the child did not terminate them as its own"


def test_a_forked_child_leaves_its_parents_kept_workers_alone() -> None:
    import os

    from heroes_i18ncheck.parallel import _KEPT

    first = extract_all(PDF_EDITIONS, jobs=2)
    kept = _kept_pids()
    child = os.fork()
    if child == 0:  # pragma: no cover — runs in the child, which reports through its exit code
        code = 1
        try:
            code = 0 if _KEPT.workers == [] and extract_all(PDF_EDITIONS, jobs=2) == first else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the child saw no kept worker, and forked its own"
    assert _kept_pids() == kept
    assert extract_all(PDF_EDITIONS, jobs=2) == first
    assert _kept_pids() == kept, "the parent's kept workers were still there to be woken"
