"""Speed and memory of a check, measured side by side with pdfminer.six's own text extraction.

    python bench/speed.py [--repeat N] [--issues N]

(a) the command line checking the EN+BG sample PDFs, in a fresh process each time (imports,
    language profiles and tables built every time, as a user or CI meets it), vs a fresh
    process running ``pdfminer.high_level.extract_text`` on the same files (target: at most 1.5×);
(a') the same check of the three sample PDFs from Python, imports done (for reference);
(b) the same check warm, from the extraction cache (target: at most 0.1× of a');
    (b') shows the extraction part of it alone: the cache read vs extracting;
(c) time per page for 1×, 4× and 16× the sample's pages (target: within ±20%): each size is
    timed on as many pages as the largest (the 1× edition checked 16 times), the sizes in turn,
    round after round; the change given is the median of the rounds';
(d) peak memory of extracting a 200-page edition (target: under 300 MB);
(e) six editions on two worker processes vs one (target: at least 1.7× faster);
(f) ``batch`` of ``--issues`` issues (each the three sample PDFs) from the command line, on two
    local workers vs one (target: at least 1.8× faster), run once each;
(g) the same batch on a Dask LocalCluster of two workers: its JSON byte-identical to the local one's.

    python bench/speed.py --parts [--repeat N]

instead breaks (a) down: each part of the command's work timed alone, first of its kind in a fresh
process as the command meets it (imports, language profiles, each edition read, its facts read with
the tables built on first use, the alignment, the rules, the pool's start and stop), beside
pdfminer's own import and extraction: the time no faster pool or process layout can remove.

Each figure is the median of ``--repeat`` runs; the two sides of a ratio, (a) and (e),
are run in turn for twice as many rounds (each is short, and the median of more rounds
moves less with the load of a shared machine), and the ratio given is the median of the
rounds'. Bigger editions are made by repeating the sample's pages with pypdfium2, so
their text is real newsletter text. Run it from an installed copy (``pip install .``):
an editable install under ``PYTHONDONTWRITEBYTECODE`` compiles the package at every start.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2
from pdfminer.high_level import extract_text

from heroes_i18ncheck import check_files
from heroes_i18ncheck.cache import ExtractionCache
from heroes_i18ncheck.editions import extract_all

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "heroes-02-pdf"
EDITIONS = [str(SAMPLES / f"{lang}.pdf") for lang in ("en", "bg", "lt")]
TWO = EDITIONS[:2]


def median_time(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def median_ratio(slow: Callable[[], object], fast: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median times of ``slow`` and ``fast`` and the median of their ratio, the two run in turn.

    Run side by side, round after round, both meet the same load on a shared
    machine, so the ratio of each round is fair even when the times are not.
    """
    slow_times, fast_times, ratios = [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        slow()
        middle = time.perf_counter()
        fast()
        ended = time.perf_counter()
        slow_times.append(middle - started)
        fast_times.append(ended - middle)
        ratios.append((middle - started) / (ended - middle))
    return statistics.median(slow_times), statistics.median(fast_times), statistics.median(ratios)


def per_page_times(targets: dict[int, Path], pages: dict[int, int], repeat: int) -> dict[int, list[float]]:
    """Seconds per page of checking each size of edition against itself, ``repeat`` rounds of every size in turn.

    Each size is timed on the same number of pages (the 1× edition checked 16
    times, the 16× once), so every timing lasts about as long and meets the
    same load; a round's per-page figures are compared with each other.
    """
    largest = max(targets)
    times: dict[int, list[float]] = {size: [] for size in targets}
    for _ in range(repeat):
        for size, target in targets.items():
            runs = largest // size
            started = time.perf_counter()
            for _ in range(runs):
                check_files([str(target), str(target)], jobs=1)
            times[size].append((time.perf_counter() - started) / (runs * 2 * pages[size]))
    return times


PDFMINER_SCRIPT = "import sys\nfrom pdfminer.high_level import extract_text\nfor p in sys.argv[1:]: extract_text(p)\n"


def fresh_process(arguments: list[str]) -> None:
    """Run this Python with ``arguments`` in a new process, its output dropped (exit 1: findings, is fine)."""
    done = subprocess.run([sys.executable, *arguments], check=False, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{arguments[:3]} exited with {done.returncode}: {done.stderr.strip()[-300:]}")


def repeated_pdf(source: str, times: int, target: Path) -> int:
    """``source``'s pages repeated ``times`` times into ``target``; returns the page count."""
    original = pypdfium2.PdfDocument(source)
    combined = pypdfium2.PdfDocument.new()
    for _ in range(times):
        combined.import_pages(original)
    combined.save(str(target))
    pages = len(combined)
    combined.close()
    original.close()
    return pages


def peak_memory_mb(pdf: Path) -> float:
    """Peak resident memory of a fresh process that extracts ``pdf`` as the checker does."""
    code = (
        "import resource, sys\n"
        "from heroes_i18ncheck.extract import extract_document\n"
        "extract_document(sys.argv[1], max_pages=100000)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


_IMPORTED = "import heroes_i18ncheck.cli\nfrom heroes_i18ncheck.extract.language import load_language_profiles\n"
_READY = _IMPORTED + "load_language_profiles()\n"
_READ = _READY + "from heroes_i18ncheck.extract import extract_document\n"
_FACTS = _READ + "from heroes_i18ncheck.entities import edition_entities\n"
_PAIR = (
    _FACTS + "from heroes_i18ncheck.align import align\n"
    "en, bg = (extract_document(p) for p in PATHS)\n"
    "facts = [edition_entities(d.blocks, edition_language=d.language) for d in (en, bg)]\n"
)
_RULES = (
    _PAIR + "from heroes_i18ncheck.config import Config\nfrom heroes_i18ncheck.decide import active_rules\n"
    "from heroes_i18ncheck.rules import Comparison, Edition, Pair, run_rules\n"
    "ref, tr = Edition(en, facts[0]), Edition(bg, facts[1])\n"
    "pairs = (Pair(align(en, bg, reference_entities=facts[0], translation_entities=facts[1]), ref, tr),)\n"
)
_POOL = "from heroes_i18ncheck.parallel import Job, Workers\n" + _READY + "workers = Workers(2)\n"
PARTS = (
    ("import the command (heroes_i18ncheck.cli)", "", "import heroes_i18ncheck.cli"),
    ("  of which pdfminer.high_level", "", "import pdfminer.high_level"),
    ("langdetect's profiles", _IMPORTED, "load_language_profiles()"),
    ("read en.pdf (first in its process)", _READ, "extract_document(PATHS[0])"),
    ("read bg.pdf (first in its process)", _READ, "extract_document(PATHS[1])"),
    ("  pdfminer extract_text en.pdf", "from pdfminer.high_level import extract_text\n", "extract_text(PATHS[0])"),
    ("  pdfminer extract_text bg.pdf", "from pdfminer.high_level import extract_text\n", "extract_text(PATHS[1])"),
    ("facts of en (tables built)", _FACTS + "d = extract_document(PATHS[0])\n", "edition_entities(d.blocks, edition_language='en')"),
    ("facts of bg (tables built)", _FACTS + "d = extract_document(PATHS[1])\n", "edition_entities(d.blocks, edition_language='bg')"),
    ("  facts of en again (tables built)", _FACTS + "d = extract_document(PATHS[0])\n"
     "edition_entities(d.blocks, edition_language='en')\n", "edition_entities(d.blocks, edition_language='en')"),
    ("align en with bg", _PAIR, "align(en, bg, reference_entities=facts[0], translation_entities=facts[1])"),
    ("rules on the pair", _RULES, "list(run_rules(Comparison(ref, pairs, ()), active_rules(Config())))"),
    ("start 2 workers (fork, first answer)", _POOL, "workers.map([Job(int, 1), Job(int, 2)])"),
    ("stop 2 workers", _POOL + "workers.map([Job(int, 1), Job(int, 2)])\n", "workers.close()"),
)
"""Each part of the command's work: its name, what runs before it in its fresh process (the command's imports, as a
forked worker has them), and the statement timed."""

_PART_SCRIPT = """import os, sys, time
PATHS = sys.argv[1:]
{setup}
started = time.perf_counter()
{statement}
print(time.perf_counter() - started)
sys.stdout.flush()
os._exit(0)
"""


def part_times(setup: str, statement: str, repeat: int) -> list[float]:
    """Seconds ``statement`` takes after ``setup``, each time in a fresh process of this Python, on the two samples."""
    script = _PART_SCRIPT.format(setup=setup, statement=statement)
    runs = [subprocess.run([sys.executable, "-c", script, *TWO], capture_output=True, text=True, check=True) for _ in range(repeat)]
    return [float(run.stdout) for run in runs]


def print_parts(repeat: int) -> None:
    """The parts of (a), each the min and median of ``repeat`` fresh processes, then (a) itself for the sum."""
    print(f"{'part of the command line on en.pdf + bg.pdf':<44} {'min':>7} {'median':>8}")
    started = []
    for _ in range(repeat):
        before = time.perf_counter()
        fresh_process(["-c", "pass"])
        started.append(time.perf_counter() - before)
    print(f"{'start Python (python -c pass, whole process)':<44} {min(started) * 1000:5.0f} ms {statistics.median(started) * 1000:5.0f} ms")
    for name, setup, statement in PARTS:
        times = part_times(setup, statement, repeat)
        print(f"{name:<44} {min(times) * 1000:5.0f} ms {statistics.median(times) * 1000:5.0f} ms")
    command_line, pdfminer_process, ratio = median_ratio(
        lambda: fresh_process(["-m", "heroes_i18ncheck", "check", "--no-cache", *TWO]),
        lambda: fresh_process(["-c", PDFMINER_SCRIPT, *TWO]),
        2 * repeat,
    )
    print(f"(a) command line / pdfminer, fresh processes: {command_line:.3f} s / {pdfminer_process:.3f} s = {ratio:.2f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--issues", type=int, default=100, help="issues in the batch of (f) and (g)")
    parser.add_argument("--parts", action="store_true", help="break (a) down into its parts instead")
    args = parser.parse_args(argv)
    repeat = args.repeat
    if args.parts:
        print_parts(repeat)
        return 0
    rows: list[tuple[str, str, str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        check_files(EDITIONS)  # imports, CLDR tables and language profiles loaded outside the timing
        cold, pdfminer_time, ratio = median_ratio(
            lambda: check_files(EDITIONS), lambda: [extract_text(p) for p in EDITIONS], 2 * repeat
        )
        cold_one, pdfminer_one, ratio_one = median_ratio(
            lambda: check_files(EDITIONS, jobs=1), lambda: [extract_text(p) for p in EDITIONS], 2 * repeat
        )
        command_line, pdfminer_process, ratio_process = median_ratio(
            lambda: fresh_process(["-m", "heroes_i18ncheck", "check", "--no-cache", *TWO]),
            lambda: fresh_process(["-c", PDFMINER_SCRIPT, *TWO]),
            2 * repeat,
        )
        rows.append(("(a) command line, fresh process / pdfminer", f"{command_line:.3f} s / {pdfminer_process:.3f} s",
                     f"{ratio_process:.2f}×", "≤ 1.5×"))
        rows.append(("(a') check from Python / pdfminer extract_text", f"{cold:.3f} s / {pdfminer_time:.3f} s",
                     f"{ratio:.2f}×", "(for reference)"))
        rows.append(("(a') same, one worker", f"{cold_one:.3f} s / {pdfminer_one:.3f} s",
                     f"{ratio_one:.2f}×", "(for reference)"))

        cache = ExtractionCache(folder / "cache")
        check_files(EDITIONS, cache=cache)
        warm = median_time(lambda: check_files(EDITIONS, cache=cache), repeat)
        rows.append(("(b) warm check (cache) / cold check", f"{warm:.3f} s / {cold:.3f} s", f"{warm / cold:.2f}×", "≤ 0.10×"))
        # What the cache itself saves: reading the three Documents back vs extracting them.
        cold_extract = median_time(lambda: extract_all(EDITIONS, jobs=None, cache=None), repeat)
        warm_extract = median_time(lambda: extract_all(EDITIONS, cache=cache), repeat)
        rows.append(("(b') of which extraction: cache / cold", f"{warm_extract:.3f} s / {cold_extract:.3f} s",
                     f"{warm_extract / cold_extract:.3f}×", "(for reference)"))

        sizes = (1, 4, 16)
        targets = {times: folder / f"en-x{times}.pdf" for times in sizes}
        pages = {times: repeated_pdf(EDITIONS[0], times, target) for times, target in targets.items()}
        per_page = per_page_times(targets, pages, repeat)
        for times in sizes:
            seconds = statistics.median(per_page[times])
            change = statistics.median(s / base - 1 for s, base in zip(per_page[times], per_page[1], strict=True))
            rows.append((f"(c) {times:>2}× pages ({pages[times]} pages), per page", f"{seconds * 1000:.1f} ms",
                         f"{change * 100:+.1f}%", "within ±20%"))

        big = folder / "en-200.pdf"
        sample_pages = len(pypdfium2.PdfDocument(EDITIONS[0]))
        pages = repeated_pdf(EDITIONS[0], -(-200 // sample_pages), big)
        rows.append((f"(d) peak memory, {pages}-page edition", f"{peak_memory_mb(big):.0f} MB", "", "< 300 MB"))

        six = []
        for index in range(6):
            copy = folder / f"six-{index}.{('en', 'bg', 'lt')[index % 3]}.pdf"
            shutil.copy(EDITIONS[index % 3], copy)
            six.append(str(copy))
        one, two, speedup = median_ratio(
            lambda: check_files(six, jobs=1), lambda: check_files(six, jobs=2), 2 * repeat
        )
        rows.append(("(e) six editions, 1 worker / 2 workers", f"{one:.3f} s / {two:.3f} s", f"{speedup:.2f}×", "≥ 1.7×"))

        archive = folder / "archive"
        for n in range(args.issues):
            issue = archive / f"{2000 + n // 12}" / f"issue-{n % 12 + 1:02}"
            issue.mkdir(parents=True)
            for edition in EDITIONS:
                shutil.copy(edition, issue / Path(edition).name)
        batch = ["-m", "heroes_i18ncheck", "batch", str(archive), "--no-cache", "--format", "json"]
        one = median_time(lambda: fresh_process([*batch, "--jobs", "1", "--output", str(folder / "one.json")]), 1)
        two = median_time(lambda: fresh_process([*batch, "--jobs", "2", "--output", str(folder / "two.json")]), 1)
        rows.append((f"(f) batch of {args.issues} issues, 1 worker / 2", f"{one:.1f} s / {two:.1f} s", f"{one / two:.2f}×",
                     "≥ 1.8×"))
        same = (folder / "one.json").read_bytes() == (folder / "two.json").read_bytes()
        try:
            fresh_process([*batch, "--jobs", "2", "--executor", "dask-local", "--output", str(folder / "dask.json")])
            dask = "identical" if (folder / "dask.json").read_bytes() == (folder / "two.json").read_bytes() else "DIFFERENT"
        except RuntimeError as exc:
            dask = f"failed: {exc}"[:60]
        rows.append(("(g) Dask LocalCluster JSON vs local", dask, "", "identical"))
        rows.append(("    (1 and 2 local workers' JSON)", "identical" if same else "DIFFERENT", "", "identical"))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'time or size':<22} {'ratio':>8}  target")
    for name, value, ratio, target in rows:
        print(f"{name:<{width}}  {value:<22} {ratio:>8}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
