"""The ``heroes-i18ncheck`` command: arguments in, a rendered report and an exit code out."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import TextIO

from . import __version__
from .align import align
from .cache import ExtractionCache
from .check import check_files
from .config import FAIL_ON_CHOICES, load_config
from .decide import baseline_text, read_baseline
from .errors import ConfigError, UnreadableInput, WorkerError
from .extract import extract_document
from .model import Alignment, Document
from .parallel import Progress
from .report import FORMATTERS, render
from .report.safe_text import printable, without_surrogates
from .rules import RULES

PROG = "heroes-i18ncheck"


class ExitCode(IntEnum):
    """What the process tells its caller."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.run(args))
    except (ConfigError, WorkerError) as exc:
        _error(str(exc))
        return ExitCode.ERROR
    except BrokenPipeError:
        return ExitCode.ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check the language editions of a newsletter issue against each other.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="compare editions and report every fact that disagrees")
    check.add_argument("inputs", nargs="+", metavar="FILE|DIR", help="editions (.pdf .txt .md) or folders of them")
    check.add_argument("--reference", metavar="FILE", help="the edition others are compared with (default: en, else the first)")
    check.add_argument("--lang", action="append", default=[], metavar="FILE=CODE", help="the language of FILE (repeatable)")
    check.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    check.add_argument("--output", metavar="PATH", help="write the report here instead of standard output")
    check.add_argument(
        "--fail-on",
        choices=list(FAIL_ON_CHOICES),
        help="exit 1 when a finding is at least this severe (default: error, or the config's fail-on)",
    )
    check.add_argument("--config", metavar="PATH", help="config file (default: pyproject.toml or i18ncheck.toml, searched upward)")
    check.add_argument("--baseline", metavar="FILE", help="accept the findings recorded in FILE; fail only on new ones")
    check.add_argument("--write-baseline", metavar="FILE", help="record today's findings in FILE and exit 0")
    check.add_argument("--jobs", type=_positive_int, metavar="N", help="extract N editions at once (default: one per core)")
    check.add_argument("--no-cache", action="store_true", help="extract every edition afresh and store nothing")
    check.set_defaults(run=_run_check)

    extract = commands.add_parser("extract", help="show the blocks the checker reads from one edition")
    extract.add_argument("file", metavar="FILE")
    extract.add_argument("--lang", metavar="CODE", help="the edition's language")
    extract.add_argument("--format", choices=["text", "json"], default="text")
    extract.set_defaults(run=_run_extract)

    aligned = commands.add_parser("align", help="show which blocks of a translation pair with which of the reference")
    aligned.add_argument("reference", metavar="REF")
    aligned.add_argument("translation", metavar="TRANSLATION")
    aligned.add_argument("--format", choices=["text", "json"], default="text")
    aligned.set_defaults(run=_run_align)

    rules = commands.add_parser("rules", help="list every rule: code, name, severity, what it checks")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.set_defaults(run=_run_rules)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    languages = {}
    for item in args.lang:
        path, sep, code = item.rpartition("=")
        if not sep or not path or not code:
            raise ConfigError(f"--lang expects FILE=CODE, got {item!r}")
        languages[path] = code
    config = load_config(args.config)
    baseline = read_baseline(args.baseline) if args.baseline else frozenset()
    report = check_files(
        args.inputs,
        reference=args.reference,
        languages=languages,
        config=config,
        baseline=baseline,
        jobs=args.jobs,
        cache=None if args.no_cache else ExtractionCache(),
        progress=_progress_printer(sys.stderr),
        entities_on_workers=True,  # this process checks once: nothing gains from its building the tables
    )
    for error in report.errors:
        _error(f"{printable(error.path)}: {printable(error.message)}")
    if args.write_baseline:
        _write(baseline_text(report.findings), args.write_baseline)
        print(f"{PROG}: wrote {len(report.findings)} finding(s) to {args.write_baseline}", file=sys.stderr)
        return report.exit_code("never")
    stream_color = args.output is None and _wants_color(sys.stdout)
    _write(render(report, args.format, color=stream_color), args.output)
    return report.exit_code(args.fail_on or config.fail_on)


def _run_extract(args: argparse.Namespace) -> int:
    try:
        document = extract_document(args.file, args.lang)
    except UnreadableInput as exc:
        _error(f"{printable(exc.path)}: {printable(exc.reason)}")
        return ExitCode.ERROR
    _write(_document_json(document) if args.format == "json" else _document_text(document), None)
    return ExitCode.OK


def _run_align(args: argparse.Namespace) -> int:
    documents: list[Document] = []
    for path in (args.reference, args.translation):
        try:
            documents.append(extract_document(path))
        except UnreadableInput as exc:
            _error(f"{printable(exc.path)}: {printable(exc.reason)}")
    if len(documents) < 2:
        return ExitCode.ERROR
    alignment = align(documents[0], documents[1])
    _write(_alignment_json(alignment) if args.format == "json" else _alignment_text(alignment), None)
    return ExitCode.OK


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
            for b in document.blocks
        ],
    }
    return without_surrogates(json.dumps(record, ensure_ascii=False, indent=2)) + "\n"


def _document_text(document: Document) -> str:
    lines = [f"{document.path}: {document.language} ({document.language_source}), {document.pages} page(s), {len(document.blocks)} blocks"]
    lines += [f"warning: {printable(w)}" for w in document.warnings]
    for b in document.blocks:
        lines.append(f"[{b.index}] p{b.page} {b.kind} {b.language}: {printable(b.text)}")
    return "\n".join(lines) + "\n"


def _alignment_json(alignment: Alignment) -> str:
    ref, tr = alignment.reference, alignment.translation
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
            }
            for b in alignment.beads
        ],
    }
    return without_surrogates(json.dumps(record, ensure_ascii=False, indent=2)) + "\n"


def _alignment_text(alignment: Alignment, width: int = 48) -> str:
    ref, tr = alignment.reference, alignment.translation

    def cell(doc: Document, indices: tuple[int, ...]) -> str:
        if not indices:
            return "—"
        text = printable(" ".join(doc.blocks[i].text for i in indices))
        label = ",".join(str(i) for i in indices)
        body = text if len(text) <= width else text[: width - 1] + "…"
        return f"[{label}] {body}"

    lines = [f"{ref.path} ({ref.language}) ↔ {tr.path} ({tr.language}): confidence {alignment.confidence:.2f}"]
    for bead in alignment.beads:
        moved = " moved" if bead.moved else ""
        lines.append(f"{bead.confidence:4.2f}{moved:6} {cell(ref, bead.reference):<{width + 8}} │ {cell(tr, bead.translation)}")
    return "\n".join(lines) + "\n"


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
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
        stream.write(f"\r\033[Kextracting {done}/{total}: {printable(path)[-60:]}{end}")
        stream.flush()

    return show


def _wants_color(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)
