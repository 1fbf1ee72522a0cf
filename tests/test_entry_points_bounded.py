"""Every entry point reads untrusted input under the limits: extract, align and the HTML report's crops run on
bounded workers; SIGTERM and Ctrl-C end a run with one line, no traceback and no process left."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from heroes_i18ncheck import extract as extract_stage
from heroes_i18ncheck.cli import INTERRUPTED, main
from heroes_i18ncheck.model import Document
from heroes_i18ncheck.parallel import MAX_JOBS_PER_CORE, Workers, default_jobs
from heroes_i18ncheck.report import html_crops
from repo_paths import SAMPLES, SHARED

PDF = SAMPLES / "heroes-02-pdf"
ATTACKS = SHARED / "attack-repro"


def _with_time_limit(folder: Path, seconds: float) -> None:
    (folder / "i18ncheck.toml").write_text(f"[limits]\ntimeout-seconds = {seconds}\n", encoding="utf-8")


def _hangs_on(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = extract_stage.extract_document

    def hangs(path: str, *args: object, **kwargs: object) -> Document:
        if Path(path).name == name:
            time.sleep(60)
        return real(path, *args, **kwargs)

    monkeypatch.setattr("heroes_i18ncheck.editions.extract_document", hangs)


def test_extract_is_bounded_by_the_configured_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_time_limit(tmp_path, 1.5)
    monkeypatch.chdir(tmp_path)
    _hangs_on(monkeypatch, "bg.pdf")
    started = time.monotonic()
    assert main(["extract", str(PDF / "bg.pdf")]) == 2
    assert time.monotonic() - started < 30
    err = capsys.readouterr().err
    assert err.strip() == f"heroes-i18ncheck: error: {PDF / 'bg.pdf'}: extraction took longer than 1.5 s (limits.timeout-seconds)"


def test_align_is_bounded_and_still_names_the_edition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_time_limit(tmp_path, 1.5)
    monkeypatch.chdir(tmp_path)
    _hangs_on(monkeypatch, "lt.pdf")
    assert main(["align", str(PDF / "en.pdf"), str(PDF / "lt.pdf")]) == 2
    assert "lt.pdf: extraction took longer than 1.5 s" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    assert main(["align", str(PDF / "en.pdf"), str(PDF / "bg.pdf"), "--explain"]) == 0
    assert "similarity" in capsys.readouterr().out


def test_a_pdf_whose_crops_take_too_long_gets_none_and_the_report_is_still_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request = html_crops.CropRequest(str(PDF / "bg.pdf"), 1, "https://youtu.be/V3Ll3BYzzwY", None)
    assert list(html_crops.render_crops([request])) == [request], "the sample's crop is drawn on a worker"
    real = html_crops._crops_of

    def slow(path: str, requests: list[html_crops.CropRequest]) -> object:
        time.sleep(60)
        return real(path, requests)

    monkeypatch.setattr(html_crops, "_crops_of", slow)
    started = time.monotonic()
    assert html_crops.render_crops([request], timeout=1.0) == {}
    assert time.monotonic() - started < 30


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from heroes_i18ncheck import cli

    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "check_files", interrupted)
    assert main(["check", str(PDF / "en.pdf"), str(PDF / "bg.pdf")]) == INTERRUPTED == 130
    assert capsys.readouterr().err == "heroes-i18ncheck: error: interrupted\n"


def _processes_naming(marker: str) -> list[int]:
    """Processes whose command line mentions ``marker`` (the run's own temporary folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    """Runs a test starts (append them): at teardown, pass or fail, each one's process group and every process
    still naming the test's folder are killed, so that no failed signal test leaves a run burning CPU."""
    runs: list[subprocess.Popen[str]] = []
    yield runs
    for run in runs:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(run.pid, signal.SIGKILL)  # each run leads a session of its own: its group is its tree
        with contextlib.suppress(subprocess.TimeoutExpired):
            run.wait(10)
    for pid in _processes_naming(str(tmp_path)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize(
    "how, group",
    [(signal.SIGTERM, False), (signal.SIGKILL, False), (signal.SIGINT, False), (signal.SIGINT, True)],
    ids=["sigterm", "sigkill", "sigint", "ctrl-c-to-the-group"],
)
def test_a_signalled_run_leaves_no_process_behind(
    tmp_path: Path, started: list[subprocess.Popen[str]], how: signal.Signals, group: bool
) -> None:
    slow = tmp_path / "lt.md"
    slow.write_text("\n\n".join(f"Pastraipa {n}: {n * 7} eurų, {n}% ir 2023-05-{n % 28 + 1:02}." for n in range(40_000)))
    (tmp_path / "en.md").write_text("A paragraph.\n", encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "heroes_i18ncheck", "check", str(tmp_path), "--no-cache"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    started.append(run)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(_processes_naming(str(tmp_path))) < 2:
        time.sleep(0.05)
    assert len(_processes_naming(str(tmp_path))) >= 2, "the run started its workers"
    if group:  # what a terminal does on Ctrl-C: the signal goes to every process of the foreground group
        os.killpg(run.pid, how)
    else:
        run.send_signal(how)
    try:
        _, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the run did not end within 60 s of {how.name}")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _processes_naming(str(tmp_path)):
        time.sleep(0.1)
    assert _processes_naming(str(tmp_path)) == [], "a worker outlived the run"
    if how != signal.SIGKILL:
        assert run.returncode == 128 + how, err
        assert err == f"heroes-i18ncheck: error: {'terminated' if how == signal.SIGTERM else 'interrupted'}\n"


def test_jobs_are_capped_at_a_few_per_core() -> None:
    assert Workers(10_000).jobs == MAX_JOBS_PER_CORE * default_jobs()


@pytest.mark.shared
@pytest.mark.parametrize("name", ["far-x.pdf", "overflow.pdf", "ref-loop.pdf"])
def test_the_extract_command_holds_on_the_attack_reproducers(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_time_limit(tmp_path, 10)
    monkeypatch.chdir(tmp_path)
    started = time.monotonic()
    code = main(["extract", str(ATTACKS / "extract-cmd" / name)])
    assert time.monotonic() - started < 60
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1 and name in err


@pytest.mark.shared
def test_the_html_report_of_a_pdf_with_a_costly_shading_is_written_within_the_crop_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_crops, "CROP_SECONDS", 3.0)
    folder = ATTACKS / "html-shading-hang"
    out = tmp_path / "report.html"
    started = time.monotonic()
    code = main(["check", str(folder), "--format", "html", "--output", str(out), "--no-cache", "--fail-on", "never"])
    assert time.monotonic() - started < 60, "114 s before the crops were bounded"
    assert code in (0, 2) and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_command_caps_its_own_memory_and_a_caller_of_main_keeps_its_own(
    tmp_path: Path, started: list[subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import resource

    from heroes_i18ncheck import cli
    from heroes_i18ncheck.parallel import MAIN_MEMORY_CAP_BYTES

    (tmp_path / "lt.md").write_text("\n\n".join(f"Pastraipa {n}: {n * 7} eurų." for n in range(40_000)), encoding="utf-8")
    (tmp_path / "en.md").write_text("A paragraph.\n", encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "heroes_i18ncheck", "check", str(tmp_path), "--no-cache"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    started.append(run)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(_processes_naming(str(tmp_path))) < 2:  # past argument parsing
        time.sleep(0.05)
    limits = Path(f"/proc/{run.pid}/limits").read_text()
    (line,) = [line for line in limits.splitlines() if line.startswith("Max address space")]
    assert line.split()[3] == str(MAIN_MEMORY_CAP_BYTES)

    before = resource.getrlimit(resource.RLIMIT_AS)

    def out_of_memory(*args: object, **kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(cli, "check_files", out_of_memory)
    assert main(["check", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"heroes-i18ncheck: error: out of memory: the run needs more than {MAIN_MEMORY_CAP_BYTES >> 20} MB"
        " (fewer or smaller editions at once?)\n"
    )
    assert resource.getrlimit(resource.RLIMIT_AS) == before, "main(argv) from a caller's process caps nothing"


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "sigint"])
def test_a_worker_forked_while_the_commands_handlers_are_set_ends_silently_on_a_signal(how: signal.Signals) -> None:
    from heroes_i18ncheck import cli

    previous = cli._end_on_signals()
    try:
        child = os.fork()
        if child == 0:  # what a worker is before pebble sets its own handlers
            try:
                os.kill(os.getpid(), how)
                time.sleep(5)
            finally:
                os._exit(0)
        _, status = os.waitpid(child, 0)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert os.waitstatus_to_exitcode(status) == 128 + how, "ended by the signal, not unwound into its start-up"
