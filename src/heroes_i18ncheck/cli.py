"""The ``heroes-i18ncheck`` command: arguments in, a rendered report and an exit code out."""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any, TextIO

from . import import_pause  # first of the package's modules: the collector waits until the last is imported
from ._version import __version__
from .align import align
from .align.explain import Signals, explain
from .cache import ExtractionCache
from .check import check_files
from .config import FAIL_ON_CHOICES, Config, load_config
from .decide import baseline_text, read_baseline
from .editions import Progress, extract_all
from .errors import ConfigError, WorkerError
from .inputs import Inputs, plan_editions, planned_reference, resolve_inputs, same_language
from .model import Alignment, Document, InputError, Report
from .parallel import MAIN_MEMORY_CAP_BYTES, Failure, Job, Workers, cap_memory
from .report import FORMATTERS, render
from .report.github import step_summary
from .report.safe_text import one_line, printable, without_surrogates
from .report.text_format import summary
from .rules import RULES

import_pause.resume()

PROG = "heroes-i18ncheck"

INTERRUPTED = 128 + signal.SIGINT
"""The exit code after Ctrl-C, as shells report it."""

TERMINATED = 128 + signal.SIGTERM
"""The exit code after SIGTERM."""


class ExitCode(IntEnum):
    """What the process tells its caller."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting.

    Run as the command (``argv`` is ``None``), the process caps its own memory at ``MAIN_MEMORY_CAP_BYTES``
    and, once its output is flushed, ends at once (``_end_now``) — not for a Dask executor, whose processes
    would inherit the cap and whose client closes its connections on the way out; a caller's process is left
    as it is.
    """
    _tolerate_any_encoding()
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    own_process = argv is None and getattr(args, "executor", "local") == "local"
    if own_process:
        cap_memory(MAIN_MEMORY_CAP_BYTES)
    try:
        code = _run(args)
    finally:
        if argv is None:
            # The process ends next. Frozen, the package's objects are freed at exit without the full collections
            # that would walk them all first (most of the time the interpreter takes to exit).
            gc.freeze()
    if own_process:
        _end_now(code)
    return code


def _run(args: argparse.Namespace) -> int:
    """The chosen command run, its errors and the signals that end it each as one line and an exit code."""
    previous = _end_on_signals()
    try:
        return int(args.run(args))
    except (ConfigError, WorkerError) as exc:
        _error(str(exc))
        return ExitCode.ERROR
    except MemoryError:
        _error(f"out of memory: the run needs more than {MAIN_MEMORY_CAP_BYTES >> 20} MB (fewer or smaller editions at once?)")
        return ExitCode.ERROR
    except BrokenPipeError:
        return ExitCode.ERROR
    except KeyboardInterrupt:  # the workers are stopped on the way out (and die with this process anyway)
        _error("interrupted")
        return INTERRUPTED
    except _Terminated:
        _error("terminated")
        return TERMINATED
    finally:
        for signum, handler in previous.items():
            if handler is not None:  # None: set outside Python, nothing to restore from here
                signal.signal(signum, handler)


def _end_now(code: int) -> None:
    """End this process with ``code`` once its output is flushed, skipping the interpreter's own exit, which frees
    every module's objects one by one (a visible share of a short command's time; bench/README.md). The workers are gone
    already, and no file is left open for writing. Output that cannot be flushed (a closed pipe) leaves the
    ordinary exit to say so."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


class _Terminated(BaseException):
    """SIGTERM arrived: end the run as Ctrl-C does (a BaseException, so that no broad handler swallows it)."""


def _end_on_signals() -> dict[int, Any]:
    """Have SIGTERM and SIGINT unwind the run (from the main thread only); the handlers they replace, to restore.

    A worker forked while they are set has them too until pebble sets its own: there they end the worker
    at once, silently, instead of raising into its start-up and printing a traceback on the shared stderr.
    """
    if threading.current_thread() is not threading.main_thread():
        return {}
    owner = os.getpid()

    def unwind(signum: int, frame: object) -> None:
        if os.getpid() != owner:
            os._exit(128 + signum)
        raise _Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    return {signum: signal.signal(signum, unwind) for signum in (signal.SIGTERM, signal.SIGINT)}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check the language editions of a newsletter issue against each other.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="compare editions and report every fact that disagrees")
    check.add_argument("inputs", nargs="+", metavar="FILE|DIR", help="editions (.pdf .txt .md) or folders of them")
    check.add_argument(
        "--reference",
        metavar="FILE|CODE",
        help="the edition others are compared with: its file or its language code (default: en, else the first)",
    )
    check.add_argument("--lang", action="append", default=[], metavar="FILE=CODE", help="the language of FILE (repeatable)")
    check.add_argument(
        "--format",
        choices=sorted(FORMATTERS),
        default="text",
        help="text (default: for people), json (stable contract), sarif (code scanning), junit (test reports),"
        " github (Actions annotations and step summary), html (one self-contained page)",
    )
    check.add_argument(
        "--output", metavar="PATH", help="write the report here (folders created) instead of standard output; a summary goes to stderr"
    )
    check.add_argument(
        "--exclude", action="append", default=[], metavar="GLOB", help="leave out files whose name or path matches GLOB (repeatable)"
    )
    check.add_argument(
        "--no-sections",
        action="store_true",
        help="a file that holds several languages, a section of pages each, is checked in its own language's pages"
        " only (default: each other section is an edition too, where no file given is one in that language)",
    )
    check.add_argument(
        "--dry-run", action="store_true", help="print the files, their languages and the reference, and why; check nothing"
    )
    check.add_argument(
        "--issue-folders",
        action="store_true",
        help="check the whole folder of each FILE given, one issue per folder (what the pre-commit hook does)",
    )
    check.add_argument(
        "--fail-on",
        choices=list(FAIL_ON_CHOICES),
        help="exit 1 when a finding is at least this severe (default: error, or the config's fail-on)",
    )
    check.add_argument("--config", metavar="PATH", help="config file (default: pyproject.toml or i18ncheck.toml, searched upward)")
    check.add_argument("--baseline", metavar="FILE", help="accept the findings recorded in FILE; fail only on new ones")
    check.add_argument(
        "--write-baseline", metavar="FILE", help="record today's findings in FILE, render the report as usual, and exit 0"
    )
    check.add_argument("--jobs", type=_positive_int, metavar="N", help="extract N editions at once (default: one per core)")
    check.add_argument("--no-cache", action="store_true", help="extract every edition afresh and store nothing")
    check.set_defaults(run=_run_check)

    batch = commands.add_parser("batch", help="check every issue folder under ROOT, each on its own, in one report")
    batch.add_argument("root", metavar="ROOT", help="a folder whose sub-folders hold the editions of one issue each")
    batch.add_argument(
        "--format",
        choices=sorted(FORMATTERS),
        default="text",
        help="as for check; each issue's report, then a summary of every issue",
    )
    batch.add_argument("--output", metavar="PATH", help="write the report here (folders created); a summary goes to stderr")
    batch.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="leave out matching files (repeatable)")
    batch.add_argument("--no-sections", action="store_true", help="as for check")
    batch.add_argument("--fail-on", choices=list(FAIL_ON_CHOICES), help="as for check; the worst issue decides")
    batch.add_argument("--config", metavar="PATH", help="config file (default: pyproject.toml or i18ncheck.toml, searched upward)")
    batch.add_argument("--baseline", metavar="FILE", help="accept the findings recorded in FILE; fail only on new ones")
    batch.add_argument("--jobs", type=_positive_int, metavar="N", help="check N issues at once (default: one per core)")
    batch.add_argument("--no-cache", action="store_true", help="extract every edition afresh and store nothing")
    batch.add_argument(
        "--executor",
        default="local",
        metavar="local|dask-local|dask://HOST:PORT",
        help="where issues run: worker processes here (default), a Dask LocalCluster of --jobs workers,"
        " or the Dask scheduler at HOST:PORT (needs the dask extra)",
    )
    batch.set_defaults(run=_run_batch)

    extract = commands.add_parser("extract", help="show the blocks the checker reads from one edition")
    extract.add_argument("file", metavar="FILE")
    extract.add_argument("--lang", metavar="CODE", help="the edition's language")
    extract.add_argument("--format", choices=["text", "json"], default="text", help="text (default) or json")
    extract.set_defaults(run=_run_extract)

    aligned = commands.add_parser("align", help="show which blocks of a translation pair with which of the reference")
    aligned.add_argument("reference", metavar="REF")
    aligned.add_argument("translation", metavar="TRANSLATION")
    aligned.add_argument("--format", choices=["text", "json"], default="text", help="text (default) or json")
    aligned.add_argument("--explain", action="store_true", help="under each pair, the signals behind its score")
    aligned.set_defaults(run=_run_align)

    rules = commands.add_parser("rules", help="list every rule: code, name, severity, what it checks")
    rules.add_argument("--format", choices=["text", "json"], default="text", help="text (default) or json, with each rule's documentation")
    rules.set_defaults(run=_run_rules)
    return parser


def _config(args: argparse.Namespace) -> Config:
    """The run's configuration, its warnings said, ``--exclude`` added to the config's, ``--no-sections`` applied."""
    config = load_config(args.config)
    for warning in config.warnings:
        _warn(warning)
    if args.exclude:
        config = config.with_overrides(exclude=(*config.exclude, *args.exclude))
    if getattr(args, "no_sections", False):
        config = config.with_overrides(sections=False)
    return config


def _run_check(args: argparse.Namespace) -> int:
    config = _config(args)
    groups = _issue_folders(args.inputs) if args.issue_folders else [args.inputs]
    if len(groups) > 1 and args.format not in ("text", "github"):
        raise ConfigError(f"--issue-folders found {len(groups)} issue folders; --format {args.format} holds one report")
    inputs = [resolve_inputs(group, args.lang, args.reference, config) for group in groups]
    matched = {glob for one in inputs for _, glob in one.left_out}
    for glob in config.exclude:
        if glob not in matched:
            _warn(f"exclude {glob!r} matches no file")
    if args.dry_run:
        return max(_dry_run(one, config) for one in inputs)
    reports = [_check(one, config, args) for one in inputs]
    # The text report on a terminal lists the unreadable inputs itself: said once there, not twice.
    shown_in_report = args.format == "text" and args.output is None and sys.stdout.isatty() and sys.stderr.isatty()
    for report in reports:
        for error in () if shown_in_report else report.errors:
            _error(f"{shown_name(error.path)}: {printable(error.message)}")
        for language, paths in same_language((d.path, d.language) for d in report.documents).items():
            _warn(f"{len(paths)} editions in {language}: {', '.join(map(shown_name, paths))} (one not an edition? --exclude it)")
    if args.write_baseline:
        _write(baseline_text(f for report in reports for f in report.findings), args.write_baseline)
        count = sum(len(report.findings) for report in reports)
        print(f"{PROG}: wrote {count} finding(s) to {shown_name(args.write_baseline)}", file=sys.stderr)
    stream_color = args.output is None and _wants_color(sys.stdout)
    _write("".join(render(report, args.format, color=stream_color) for report in reports), args.output)
    if args.output is not None:  # the job log would otherwise say nothing
        for report in reports:
            print(f"{PROG}: {_summary_paragraph(report)}; report in {shown_name(args.output)}", file=sys.stderr)
    if args.format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        _append_step_summary(os.environ["GITHUB_STEP_SUMMARY"], reports)
    fail_on = "never" if args.write_baseline else args.fail_on or config.fail_on
    return max(report.exit_code(fail_on) for report in reports)


def _check(inputs: Inputs, config: Config, args: argparse.Namespace) -> Report:
    if inputs.reference is not None and args.reference is None:
        config = config.with_overrides(reference=inputs.reference)
    return check_files(
        [*inputs.files, *(e.path for e in inputs.errors)],  # a folder without editions is reported again by check
        reference=inputs.reference if args.reference is not None else None,
        languages=dict(inputs.languages),
        config=config,
        baseline=read_baseline(args.baseline) if args.baseline else frozenset(),
        jobs=args.jobs,
        cache=None if args.no_cache else ExtractionCache(),
        progress=_progress_printer(sys.stderr),
    )


def _issue_folders(inputs: Sequence[str]) -> list[list[str]]:
    """Each folder given, and the folder of each file given, once: one issue each, in the order first named."""
    folders = [path if Path(path).is_dir() else str(Path(path).parent) for path in inputs]
    return [[folder] for folder in dict.fromkeys(folders)]


def _summary_paragraph(report: Report) -> str:
    """What a CI log shows when the report went elsewhere: counts, the reference, who has the most findings."""
    text = summary(report)
    if report.reference:
        text += f", compared with {shown_name(report.reference)}"
    per_edition: dict[str, int] = {}
    for finding in report.findings:
        side = finding.translation or finding.reference
        if side is not None:
            per_edition[side.path] = per_edition.get(side.path, 0) + 1
    if per_edition:
        ranked = sorted(per_edition.items(), key=lambda item: (-item[1], item[0]))
        text += " — " + ", ".join(f"{shown_name(path)} {count}" for path, count in ranked)
    return text


def _append_step_summary(path: str, reports: Sequence[Report]) -> None:
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("".join(step_summary(report) for report in reports))
    except OSError as exc:
        _warn(f"cannot write the step summary to {shown_name(path)}: {exc.strerror or exc}")


def _dry_run(inputs: Inputs, config: Config) -> int:
    """Print what a check would read and why; read a file only where its language must be detected."""
    editions = plan_editions(inputs.files, dict(inputs.languages), config)
    reference, why = planned_reference(editions, inputs)
    lines = [f"config: {shown_name(config.source)}" if config.source else "config: none found (defaults)"]
    lines.append(f"reference: {shown_name(reference) if reference else '(none)'} — {why}")
    width = max((len(shown_name(e.path)) for e in editions), default=0)
    for edition in editions:
        if edition.language is None:
            lines.append(f"  {shown_name(edition.path):<{width}}  unreadable: {printable(edition.problem)}")
        else:
            lines.append(f"  {shown_name(edition.path):<{width}}  {edition.language:<3} ({edition.language_source})")
    lines.extend(f"  {shown_name(e.path)}: {printable(e.message)}" for e in inputs.errors)
    lines.extend(f"  {shown_name(path):<{width}}  left out (exclude {glob!r})" for path, glob in inputs.left_out)
    for language, paths in same_language((e.path, e.language) for e in editions if e.language).items():
        lines.append(f"warning: {len(paths)} editions in {language}: {', '.join(map(shown_name, paths))}")
    lines.append(f"{len(editions)} file(s); nothing checked (--dry-run)")
    _write("\n".join(lines) + "\n", None)
    unreadable = reference is None or inputs.errors or any(e.language is None for e in editions)
    return ExitCode.ERROR if unreadable else ExitCode.OK


def _run_batch(args: argparse.Namespace) -> int:
    from .batch import check_batch, executor_for
    from .report.batch_format import BATCH_FORMATTERS, issue_summary, totals

    config = _config(args)
    if not Path(args.root).is_dir():
        raise ConfigError(f"{shown_name(args.root)}: not a folder")
    remote = args.executor.startswith("dask://")
    cache = None if args.no_cache or remote else ExtractionCache()
    with executor_for(args.executor, args.jobs) as executor, _issue_progress(sys.stderr) as progress:
        batch = check_batch(
            args.root,
            config=config,
            baseline=read_baseline(args.baseline) if args.baseline else frozenset(),
            jobs=args.jobs,
            cache=cache,
            progress=progress,
            executor=executor,
        )
    for issue in batch.issues:
        if issue.report is None:
            _error(f"{shown_name(issue.folder)}: {printable(issue_summary(issue))}")
        else:
            for error in issue.report.errors:
                _error(f"{shown_name(error.path)}: {printable(error.message)}")
    stream_color = args.output is None and _wants_color(sys.stdout)
    _write(BATCH_FORMATTERS[args.format](batch, stream_color), args.output)
    if args.output is not None or not batch.issues:
        t = totals(batch)
        print(
            f"{PROG}: {t['issues']} issue(s), {t['findings']} finding(s), {t['issues_not_checked']} not checked"
            + (f"; report in {shown_name(args.output)}" if args.output else ""),
            file=sys.stderr,
        )
    return batch.exit_code(args.fail_on or config.fail_on)


def _issue_progress(stream: TextIO) -> Any:
    """A progress bar with the time left (tqdm) while a batch runs, on a terminal only; ``None`` elsewhere."""
    import contextlib

    if not stream.isatty():
        return contextlib.nullcontext(None)

    @contextlib.contextmanager
    def bar() -> Iterator[Callable[[int, int, str], None]]:
        from tqdm import tqdm

        with tqdm(unit="issue", file=stream, dynamic_ncols=True) as shown:

            def advance(done: int, total: int, folder: str) -> None:
                shown.total = total
                shown.set_postfix_str(shown_name(folder)[-40:], refresh=False)
                shown.update(done - shown.n)

            yield advance

    return bar()


def _run_extract(args: argparse.Namespace) -> int:
    limits = load_config(None).limits  # the same limits as check: time, memory, pages, size
    (document,) = extract_all([args.file], {args.file: args.lang} if args.lang else None, limits, jobs=1)
    if isinstance(document, InputError):
        _error(f"{shown_name(document.path)}: {printable(document.message)}")
        return ExitCode.ERROR
    _write(_document_json(document) if args.format == "json" else _document_text(document), None)
    return ExitCode.OK


def _run_align(args: argparse.Namespace) -> int:
    limits = load_config(None).limits
    read = extract_all([args.reference, args.translation], limits=limits, jobs=2)
    for error in read:
        if isinstance(error, InputError):
            _error(f"{shown_name(error.path)}: {printable(error.message)}")
    documents = [d for d in read if isinstance(d, Document)]
    if len(documents) < 2:
        return ExitCode.ERROR
    wanted = args.explain or args.format == "json"
    limit = limits.timeout_seconds
    with Workers(1) as workers:
        (found,) = workers.map([Job(_aligned, (documents[0], documents[1], wanted), limit)])
    if isinstance(found, Failure):
        why = f"took longer than {limit:g} s" if found.kind == "timeout" else f"failed ({found.kind})"
        _error(f"{shown_name(args.translation)}: aligning it with the reference {why}")
        return ExitCode.ERROR
    alignment, signals = found
    _write(_alignment_json(alignment, signals) if args.format == "json" else _alignment_text(alignment, signals), None)
    return ExitCode.OK


def _aligned(job: tuple[Document, Document, bool]) -> tuple[Alignment, Sequence[Signals] | None]:
    """On a worker: the two documents aligned, with the signals behind each pair if ``wanted``."""
    reference, translation, wanted = job
    alignment = align(reference, translation)
    return alignment, explain(alignment) if wanted else None


def _run_rules(args: argparse.Namespace) -> int:
    if args.format == "json":
        records = [
            {"code": r.code, "name": r.name, "severity": str(r.severity), "summary": r.summary, "description": r.description}
            for r in RULES
        ]
        _write(json.dumps(records, ensure_ascii=False, indent=2) + "\n", None)
    else:
        lines = [f"{r.code}  {r.name:<22} {str(r.severity):<8} {r.summary}" for r in RULES]
        _write("\n".join(lines) + "\n", None)
    return ExitCode.OK


def _document_json(document: Document) -> str:
    record = {
        "path": document.path,
        "language": document.language,
        "language_source": document.language_source,
        "pages": document.pages,
        "warnings": list(document.warnings),
        "blocks": [
            {
                "page": b.page,
                "kind": str(b.kind),
                "text": b.text,
                "bbox": list(b.bbox) if b.bbox else None,
                "language": b.language,
                "line": b.line,
            }
            | ({"contents_page": b.contents_page} if b.contents_page is not None else {})
            for b in document.blocks
        ],
    }
    return without_surrogates(json.dumps(record, ensure_ascii=False, indent=2)) + "\n"


def _document_text(document: Document) -> str:
    lines = [f"{document.path}: {document.language} ({document.language_source}), {document.pages} page(s), {len(document.blocks)} blocks"]
    lines += [f"warning: {printable(w)}" for w in document.warnings]
    for b in document.blocks:
        page = f" … {b.contents_page}" if b.contents_page is not None else ""
        lines.append(f"[{b.index}] p{b.page} {b.kind} {b.language}: {printable(b.text)}{page}")
    return "\n".join(lines) + "\n"


def _alignment_json(alignment: Alignment, signals: Sequence[Signals] | None = None) -> str:
    ref, tr = alignment.reference, alignment.translation
    explained = signals if signals is not None else [{}] * len(alignment.beads)
    record = {
        "reference": ref.path,
        "translation": tr.path,
        "confidence": round(alignment.confidence, 4),
        "pairs": [
            {
                "reference": list(b.reference),
                "translation": list(b.translation),
                "score": round(b.score, 4),
                "confidence": round(b.confidence, 4),
                "moved": b.moved,
                "reference_text": " ".join(ref.blocks[i].text for i in b.reference),
                "translation_text": " ".join(tr.blocks[i].text for i in b.translation),
                "signals": {name: {"similarity": s, "availability": a} for name, (s, a) in sorted(why.items())},
            }
            for b, why in zip(alignment.beads, explained)
        ],
    }
    return without_surrogates(json.dumps(record, ensure_ascii=False, indent=2)) + "\n"


def _alignment_text(alignment: Alignment, signals: Sequence[Signals] | None = None, width: int = 48) -> str:
    ref, tr = alignment.reference, alignment.translation

    def cell(doc: Document, indices: tuple[int, ...]) -> str:
        if not indices:
            return "—"
        text = printable(" ".join(doc.blocks[i].text for i in indices))
        label = ",".join(str(i) for i in indices)
        body = text if len(text) <= width else text[: width - 1] + "…"
        return f"[{label}] {body}"

    lines = [f"{ref.path} ({ref.language}) ↔ {tr.path} ({tr.language}): confidence {alignment.confidence:.2f}"]
    if signals is not None:
        lines.append(f"  signals: {SIGNALS_LEGEND}")
    for number, bead in enumerate(alignment.beads):
        moved = " moved" if bead.moved else ""
        lines.append(f"{bead.confidence:4.2f}{moved:6} {cell(ref, bead.reference):<{width + 8}} │ {cell(tr, bead.translation)}")
        if signals is not None:
            lines.append(f"      {_signals_line(bead.score, signals[number])}")
    return "\n".join(lines) + "\n"


SIGNALS_LEGEND = (
    "each similarity/availability in 0..1; length = Gale–Church length fit, words = names and cognates shared,"
    " facts = entity values shared, heading = heading with heading, position = closeness to the expected path"
)


def _signals_line(score: float, signals: Signals) -> str:
    """``score 0.91 = length 0.95/1.00, words 0.80/0.60, …``: the weighted mean behind a pair, or why there is none."""
    if not signals:
        return "unpaired: no counterpart scored high enough"
    parts = ", ".join(f"{name} {s:.2f}/{a:.2f}" for name, (s, a) in signals.items())
    return f"score {score:.2f} = {parts}"


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {output}: {exc.strerror or exc}") from None


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


PROGRESS_MIN_FILES = 4


def _progress_printer(stream: TextIO) -> Progress | None:
    """A one-line progress display on a terminal for runs of several files; nothing otherwise."""
    if not stream.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        end = "\n" if done == total else ""
        stream.write(f"\r\033[Kextracting {done}/{total}: {shown_name(path)[-60:]}{end}")
        stream.flush()

    return show


def _wants_color(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _tolerate_any_encoding() -> None:
    """Let standard output and error take any character: one their encoding lacks (cp1252, ascii) is written
    as an escape (``\\u0431``), not raised as an error that would end the run with a traceback and exit 1."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def shown_name(path: str) -> str:
    """A file name for a line of output: as it is, or quoted with escapes (``'x\\n::error…'``) when it holds a
    character that could break the line, forge another or hide what it is (a line break, a control or bidi
    character, a space that is not a space)."""
    return path if path.isprintable() else repr(path)


def _error(message: str) -> None:
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {one_line(message)}", file=sys.stderr)
