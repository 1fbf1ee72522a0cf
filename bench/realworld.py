"""Real-world quality: the checker on translations nobody here wrote, its findings matched to labels.

Runs the checker on every NTREX pair in ``../shared/real-text/ntrex`` (English
and each language; the lines where either side has a digit, one paragraph a
line, each block keeping its line number) and on every set of editions in
``../shared/real-pdfs``. Each finding above info is matched to a label in
``bench/realworld/labels/`` by a key that survives re-extraction: set,
edition, rule, both normalized values and where it is — the line number for
NTREX, the words around the value (or a block's first words) for PDFs; never a
page or a coordinate.

Prints, per NTREX language and per PDF set: findings above info, how many are
labelled TRUE / FALSE / UNSURE or not at all, precision (TRUE / (TRUE + FALSE)),
the NTREX flag rate (flagged lines / digit lines), PDF findings per translated
page, and the FALSE findings by cause.

    python bench/realworld.py [--format text|json] [--only NAME ...]
    python bench/realworld.py --dump-unlabelled FILE     # the findings still to label, with both texts
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from heroes_i18ncheck import Finding, Severity, check_documents, check_files
from heroes_i18ncheck.extract import document_from_raw
from heroes_i18ncheck.extract.text import RawBlock
from heroes_i18ncheck.model import BlockKind, Side

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NTREX = SHARED / "real-text" / "ntrex"
REAL_PDFS = SHARED / "real-pdfs"
LABELS = REPO / "bench" / "realworld" / "labels"
"""One TSV file of labels per set (``ntrex-fr.tsv``, ``bitcoin-whitepaper.tsv``…)."""
BUDGETS = REPO / "bench" / "realworld" / "budgets.tsv"

NTREX_LANGUAGES = {"fra": "fr", "pol": "pl", "por": "pt", "spa": "es", "ron": "ro", "hun": "hu", "ces": "cs"}
"""NTREX file suffix → the language code the checker is given."""

LABEL_COLUMNS = ("set", "edition", "rule", "where", "reference", "translation", "label", "cause", "reason")
VERDICTS = ("TRUE", "FALSE", "UNSURE")
CAUSES = (
    "unit conversion",
    "12/24-hour clock",
    "time format",
    "percent word",
    "currency word",
    "scale word",
    "number word",
    "date form",
    "decade/century",
    "range form",
    "phone format",
    "table",
    "figure text",
    "table of contents",
    "footnote/endnote",
    "sidebar",
    "page-continued paragraph",
    "translator note/credit",
    "code/command",
    "name or reference entry",
    "other version of the document",
    "alignment error",
    "other",
)
"""Why a FALSE finding is false: the fixed list labels choose from (``other`` says what in the reason)."""

MISSED = "missed"
"""The cause of a TRUE label for a real difference the checker did not report (read on an unflagged line)."""
FOLDED = "folded into: "
"""The start of the reason of a TRUE label whose difference is now told inside another finding of its rule (a
figure's labels, one finding a page), followed by that finding's words: it counts as reported while they are."""

SAMPLE_SIZE = 110
"""Where a PDF set has more findings than this, a fixed sample of this many is labelled (the rest stay unlabelled)."""

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Key:
    """What identifies a finding across runs: never a page, a block index or a coordinate."""

    set: str
    edition: str
    rule: str
    where: str
    reference: str
    translation: str


@dataclass(frozen=True, slots=True)
class Label:
    """A person's reading of one finding (or of a difference the checker missed)."""

    key: Key
    verdict: str
    cause: str
    reason: str


@dataclass(slots=True)
class Run:
    """One NTREX language or one PDF set: its findings above info, and what they were measured on."""

    set: str
    kind: str
    findings: list[tuple[Key, Finding]]
    digit_lines: int = 0
    translated_pages: int = 0
    refused: list[str] = field(default_factory=list)


# --- running the checker -------------------------------------------------------------------------


def ntrex_runs(only: Sequence[str] = ()) -> Iterator[Run]:
    """Each NTREX language checked against the English, one digit-bearing line per paragraph."""
    english = (NTREX / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    for suffix, language in NTREX_LANGUAGES.items():
        name = f"ntrex-{language}"
        if only and name not in only and "ntrex" not in only:
            continue
        translated = (NTREX / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()
        lines = [
            number
            for number, (source, target) in enumerate(zip(english, translated, strict=True), start=1)
            if _DIGIT.search(source) or _DIGIT.search(target)
        ]
        reference = _line_document("ntrex/en.txt", "en", english, lines)
        translation = _line_document(f"ntrex/{language}.txt", language, translated, lines)
        report = check_documents([reference, translation], reference=reference.path)
        found = [(ntrex_key(name, language, f), f) for f in report.findings if f.severity > Severity.INFO]
        yield Run(name, "ntrex", found, digit_lines=len(lines))


def _line_document(path: str, language: str, text: Sequence[str], lines: Sequence[int]):
    raw = [RawBlock(text[number - 1], BlockKind.PARAGRAPH, number) for number in lines]
    return document_from_raw(path, raw, 1, language)


def pdf_runs(only: Sequence[str] = ()) -> Iterator[Run]:
    """Each folder of ``../shared/real-pdfs`` checked as one issue, as ``heroes-i18ncheck check FOLDER`` does."""
    for folder in sorted(p for p in REAL_PDFS.iterdir() if p.is_dir()):
        if only and folder.name not in only:
            continue
        report = check_files([str(folder)])
        pages = sum(d.pages for d in report.documents if d.path != report.reference)
        found = [(pdf_key(folder.name, f), f) for f in report.findings if f.severity > Severity.INFO]
        refused = sorted(
            {Path(f.translation.path).stem for _, f in found if f.rule == "editions-do-not-match" and f.severity == Severity.ERROR}
        )
        yield Run(folder.name, "pdf", found, translated_pages=pages, refused=refused)


# --- keys ----------------------------------------------------------------------------------------


def ntrex_key(name: str, language: str, finding: Finding) -> Key:
    """An NTREX finding's key: its line number, and both normalized values."""
    line = next((s.line for s in (finding.reference, finding.translation) if s and s.line), None)
    return Key(name, language, finding.rule, f"L{line}", *_values(finding))


def pdf_key(set_name: str, finding: Finding) -> Key:
    """A PDF finding's key: the edition's file name, both normalized values and the words where it stands."""
    blamed = finding.translation or finding.reference
    edition = Path(blamed.path).stem if blamed else ""
    return Key(set_name, edition, finding.rule, anchor_words(finding), *_values(finding))


def _values(finding: Finding) -> tuple[str, str]:
    return tuple(_clean(s.normalized) if s else "" for s in (finding.reference, finding.translation))  # type: ignore[return-value]


def anchor_words(finding: Finding) -> str:
    """Three words either side of the value (the reference's side first), or a block's first six words."""
    for side in (finding.reference, finding.translation):
        if side and side.text and side.span:
            start, end = side.span
            before = _WORD.findall(side.text[max(0, start - 80) : start])[-3:]
            after = _WORD.findall(side.text[end : end + 80])[:3]
            return " ".join(w.casefold() for w in (*before, "·", *after))
    side = next((s for s in (finding.reference, finding.translation) if s and s.text), None)
    return " ".join(w.casefold() for w in _WORD.findall(side.text)[:6]) if side else ""


def _clean(text: str) -> str:
    """A value as one TSV field: tabs and line breaks become spaces."""
    return " ".join(text.split())


# --- labels --------------------------------------------------------------------------------------


def read_labels(folder: Path = LABELS) -> list[Label]:
    """Every label in the folder's TSV files, in file order."""
    return [label for path in sorted(folder.glob("*.tsv")) for label in read_label_file(path)]


def read_label_file(path: Path) -> list[Label]:
    """One file's labels; a row with an unknown verdict or cause is an error naming its file and line."""
    labels = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        row = line.split("\t")
        if not line.strip() or line.startswith("#") or row == list(LABEL_COLUMNS):
            continue
        if len(row) != len(LABEL_COLUMNS):
            raise ValueError(f"{path.name}: line {number} has {len(row)} fields, expected {len(LABEL_COLUMNS)}")
        record = dict(zip(LABEL_COLUMNS, row))
        if record["label"] not in VERDICTS:
            raise ValueError(f"{path.name}: line {number}: unknown label {record['label']!r}")
        if record["label"] == "FALSE" and record["cause"] not in CAUSES:
            raise ValueError(f"{path.name}: line {number}: unknown cause {record['cause']!r}")
        key = Key(*(record[c] for c in LABEL_COLUMNS[:6]))
        labels.append(Label(key, record["label"], record["cause"], record["reason"]))
    return labels


class Labels:
    """Labels looked up by a finding's whole key (a changed value or place is a new finding to read)."""

    def __init__(self, labels: Iterable[Label]) -> None:
        self.all = [label for label in labels]
        self.exact = {label.key: label for label in self.all if label.cause != MISSED}

    def find(self, key: Key) -> Label | None:
        """The label of a finding with this key, if any."""
        return self.exact.get(key)

    def missed(self) -> list[Label]:
        """Real differences the checker did not report when they were read."""
        return [label for label in self.all if label.cause == MISSED]


# --- measuring -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """One run's figures."""

    set: str
    kind: str
    findings: int
    true: int
    false: int
    unsure: int
    unlabelled: int
    precision: float | None
    flag_rate: float | None
    per_page: float | None
    digit_lines: int
    flagged_lines: int
    translated_pages: int
    false_causes: dict[str, int]
    refused: list[str]


def score(run: Run, labels: Labels) -> Score:
    """Count a run's findings by label."""
    verdicts: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    for key, _ in run.findings:
        label = labels.find(key)
        verdicts[label.verdict if label else "unlabelled"] += 1
        if label and label.verdict == "FALSE":
            causes[label.cause] += 1
    judged = verdicts["TRUE"] + verdicts["FALSE"]
    flagged = len({key.where for key, _ in run.findings})
    return Score(
        set=run.set,
        kind=run.kind,
        findings=len(run.findings),
        true=verdicts["TRUE"],
        false=verdicts["FALSE"],
        unsure=verdicts["UNSURE"],
        unlabelled=verdicts["unlabelled"],
        precision=verdicts["TRUE"] / judged if judged else None,
        flag_rate=flagged / run.digit_lines if run.kind == "ntrex" and run.digit_lines else None,
        per_page=len(run.findings) / run.translated_pages if run.kind == "pdf" and run.translated_pages else None,
        digit_lines=run.digit_lines,
        flagged_lines=flagged if run.kind == "ntrex" else 0,
        translated_pages=run.translated_pages,
        false_causes=dict(sorted(causes.items(), key=lambda item: (-item[1], item[0]))),
        refused=run.refused,
    )


def lost_true_labels(runs: Sequence[Run], labels: Labels) -> list[Label]:
    """TRUE labels (of the sets run) whose finding is no longer reported."""
    keys = {key for run in runs for key, _ in run.findings}
    places = {(key.set, key.edition, key.rule, key.where) for key in keys}
    sets = {run.set for run in runs}

    def reported(key: Key, reason: str) -> bool:
        if reason.startswith(FOLDED):
            return (key.set, key.edition, key.rule, reason.removeprefix(FOLDED).split(" — ")[0]) in places
        return key in keys

    return [
        label
        for label in labels.all
        if label.verdict == "TRUE" and label.cause != MISSED and label.key.set in sets and not reported(label.key, label.reason)
    ]


def now_caught(runs: Sequence[Run], labels: Labels) -> list[Label]:
    """Missed differences that an unlabelled finding of the same rule on the same line or words now reports."""
    places = {
        (key.set, key.edition, key.rule, key.where)
        for run in runs
        for key, _ in run.findings
        if labels.find(key) is None
    }
    return [m for m in labels.missed() if (m.key.set, m.key.edition, m.key.rule, m.key.where) in places]


def read_budgets(path: Path = BUDGETS) -> dict[str, int]:
    """Per set: the most FALSE + unlabelled findings above info allowed (lowered as fixes land)."""
    budgets = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, limit, *_ = line.split("\t")
            if name != "set":
                budgets[name] = int(limit)
    return budgets


def sample(run: Run) -> list[tuple[Key, Finding]]:
    """The findings to label: all of them, or where a PDF set has many a fixed sample chosen by key hash."""
    unique = {key: finding for key, finding in run.findings}
    if run.kind == "ntrex" or len(unique) <= SAMPLE_SIZE:
        return sorted(unique.items(), key=lambda item: _key_order(item[0]))
    ranked = sorted(unique.items(), key=lambda item: hashlib.sha256(repr(item[0]).encode()).hexdigest())
    return sorted(ranked[:SAMPLE_SIZE], key=lambda item: _key_order(item[0]))


def _key_order(key: Key) -> tuple:
    line = regex.match(r"L(\d+)$", key.where)
    return (key.set, key.edition, int(line.group(1)) if line else 0, key.where, key.rule, key.reference, key.translation)


# --- output --------------------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def text_table(scores: Sequence[Score], lost: Sequence[Label], caught: Sequence[Label]) -> str:
    """The figures as a Markdown table, then the FALSE causes and anything that needs a person."""
    out = [
        "| set | findings | TRUE | FALSE | UNSURE | unlabelled | precision | flag rate (lines) | per translated page |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        rate = f"{_percent(s.flag_rate)} ({s.flagged_lines}/{s.digit_lines})" if s.kind == "ntrex" else "—"
        page = f"{s.per_page:.2f} ({s.findings}/{s.translated_pages})" if s.per_page is not None else "—"
        out.append(
            f"| {s.set} | {s.findings} | {s.true} | {s.false} | {s.unsure} | {s.unlabelled} | "
            f"{_percent(s.precision)} | {rate} | {page} |"
        )
    for kind in ("ntrex", "pdf"):
        group = [s for s in scores if s.kind == kind]
        if group:
            true, false = sum(s.true for s in group), sum(s.false for s in group)
            line = f"{kind}: {sum(s.findings for s in group)} findings, precision {_percent(true / (true + false) if true + false else None)}"
            if kind == "ntrex":
                line += f", flag rate {_percent(sum(s.flagged_lines for s in group) / max(1, sum(s.digit_lines for s in group)))}"
            else:
                pages = sum(s.translated_pages for s in group)
                bad = sum(s.false + s.unlabelled for s in group)
                line += f", {sum(s.findings for s in group) / max(1, pages):.2f} per translated page"
                line += f" (FALSE + unlabelled {bad / max(1, pages):.2f})"
            out.append("")
            out.append(line)
    causes: Counter[str] = Counter()
    for s in scores:
        causes.update(s.false_causes)
    if causes:
        out.append("")
        out.append("FALSE by cause: " + ", ".join(f"{c} {n}" for c, n in sorted(causes.items(), key=lambda i: (-i[1], i[0]))))
    for s in scores:
        if s.false_causes:
            out.append(f"  {s.set}: " + ", ".join(f"{c} {n}" for c, n in s.false_causes.items()))
    refused = [f"{s.set}/{e}" for s in scores for e in s.refused]
    if refused:
        out.append("refused as not the same issue: " + ", ".join(refused))
    for label in lost:
        out.append(f"TRUE label no longer reported: {_describe(label.key)} — {label.reason}")
    for label in caught:
        out.append(f"missed difference now reported: {_describe(label.key)} — {label.reason}")
    return "\n".join(out)


def _describe(key: Key) -> str:
    return f"{key.set} {key.edition} {key.rule} [{key.where}] {key.reference!r} → {key.translation!r}"


def dump_unlabelled(runs: Sequence[Run], labels: Labels, path: Path) -> int:
    """Write the sampled findings that have no label, with both texts, for a person to label."""
    rows = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("\t".join([*LABEL_COLUMNS[:6], "message", "reference_text", "translation_text", "page"]) + "\n")
        for run in runs:
            for key, finding in sample(run):
                if labels.find(key):
                    continue
                blamed = finding.translation or finding.reference
                fields = [
                    *(getattr(key, c) for c in LABEL_COLUMNS[:6]),
                    _clean(finding.message),
                    _side_text(finding.reference),
                    _side_text(finding.translation),
                    str(blamed.page or "") if blamed else "",
                ]
                handle.write("\t".join(fields) + "\n")
                rows += 1
    return rows


def _side_text(side: Side | None) -> str:
    return _clean(side.text) if side else ""


def collect(only: Sequence[str] = ()) -> list[Run]:
    """Every run asked for (all when ``only`` is empty); a missing ``../shared`` gives none."""
    runs: list[Run] = []
    if NTREX.is_dir():
        runs.extend(ntrex_runs(only))
    if REAL_PDFS.is_dir():
        runs.extend(pdf_runs(only))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--only", nargs="*", default=[], help="sets to run: ntrex, ntrex-fr, bitcoin-whitepaper…")
    parser.add_argument("--dump-unlabelled", type=Path, help="write the findings still to label to this TSV file")
    args = parser.parse_args(argv)
    if not NTREX.is_dir() and not REAL_PDFS.is_dir():
        print(f"no real-world material at {SHARED}", file=sys.stderr)
        return 2
    labels = Labels(read_labels() if LABELS.is_dir() else [])
    runs = collect(args.only)
    if args.dump_unlabelled:
        count = dump_unlabelled(runs, labels, args.dump_unlabelled)
        print(f"{count} finding(s) to label written to {args.dump_unlabelled}", file=sys.stderr)
    scores = [score(run, labels) for run in runs]
    lost, caught = lost_true_labels(runs, labels), now_caught(runs, labels)
    if args.format == "json":
        payload = {
            "runs": [_as_dict(s) for s in scores],
            "lost_true": [_describe(label.key) for label in lost],
            "now_caught": [_describe(label.key) for label in caught],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(text_table(scores, lost, caught))
        print()
        print(evidence_table(runs, labels))
    return 0


def evidence_table(runs: Sequence[Run], labels: Labels) -> str:
    """Precision by rule and by how the value fares (changed, removed, added): the evidence for each severity."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for run in runs:
        for key, finding in run.findings:
            label = labels.find(key)
            counts[(finding.rule, finding.change or "—", str(finding.severity), label.verdict if label else "unlabelled")] += 1
    rows = sorted({(rule, change, severity) for rule, change, severity, _ in counts})
    out = ["| rule | change | severity | findings | TRUE | FALSE | unlabelled | precision |", "|---|---|---|---|---|---|---|---|"]
    for rule, change, severity in rows:
        got = {v: counts[(rule, change, severity, v)] for v in (*VERDICTS, "unlabelled")}
        judged = got["TRUE"] + got["FALSE"]
        out.append(
            f"| {rule} | {change} | {severity} | {sum(got.values())} | {got['TRUE']} | {got['FALSE']} | {got['unlabelled']} | "
            f"{_percent(got['TRUE'] / judged if judged else None)} |"
        )
    return "\n".join(out)


def _as_dict(s: Score) -> dict:
    return {name: getattr(s, name) for name in Score.__slots__}


if __name__ == "__main__":
    sys.exit(main())
