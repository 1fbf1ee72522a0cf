"""Mutation harness: plant one error at a time in the sample editions and measure what the checker catches.

From the clean sample issue (``samples/heroes-02``, EN/BG/LT) it makes
single-error variants — a digit changed in a number, an amount, a date's day,
month or year, the grant number, the call identifier, a task code; a link or an
e-mail altered; a paragraph dropped; a block left in English — in every
edition, as Markdown and (with ``--pdf``, which needs the dev extra's
reportlab) as PDF rebuilt by ``samples/make_samples.py``. Each variant is
checked together with the two untouched editions; it counts as caught when a
finding that the clean issue does not have blames the mutated edition under the
rule expected for that kind of error.

Prints recall per kind of error and overall, and false findings per clean
edition (findings on the clean issue beyond the differences planted on purpose).

    python bench/quality.py [--pdf] [--per-kind N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex
from babel import Locale

from heroes_i18ncheck import Finding, Report, check_files
from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.model import Entity, EntityKind

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "heroes-02"
EDITIONS = ("en", "bg", "lt")

PLANTED = {("bg", "url-mismatch", "https://youtu.be/V3Ll3BYzzwY")}
"""Real differences the samples carry on purpose (the BG edition's other promo video)."""

EXPECTED_RULES = {
    "number": {"number-mismatch"},
    "money": {"number-mismatch"},
    "date-day": {"date-mismatch"},
    "date-month": {"date-mismatch"},
    "date-year": {"date-mismatch"},
    "grant-number": {"identifier-mismatch"},
    "call-identifier": {"identifier-mismatch"},
    "task-code": {"identifier-mismatch"},
    "link": {"url-mismatch"},
    "email": {"email-mismatch"},
    "paragraph-dropped": {"missing-block", "extra-block"},
    "left-in-english": {"untranslated-block"},
}


@dataclass(frozen=True, slots=True)
class Variant:
    """One planted error: which edition, what kind, and the edition's new Markdown text."""

    edition: str
    kind: str
    description: str
    text: str


def blocks_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Each paragraph's (start, end, text) in the Markdown source, so a mutation edits the file in place."""
    spans = []
    for match in regex.finditer(r"(?:^(?!\s*$).*(?:\n|$))+", text, regex.MULTILINE):
        spans.append((match.start(), match.end(), match.group()))
    return spans


def _bump_digit(raw: str, index: int | None = None) -> str:
    """``raw`` with one digit changed (the last one, or the one at ``index``)."""
    positions = [i for i, c in enumerate(raw) if c.isdigit()]
    if not positions:
        return raw
    at = positions[-1] if index is None else positions[index]
    digit = int(raw[at])
    return raw[:at] + str((digit + 3) % 10 if digit != 6 else 8) + raw[at + 1 :]


def _entities(text: str, language: str) -> Iterator[tuple[int, Entity]]:
    for start, _, block in blocks_with_offsets(text):
        for entity in extract_entities(block, language):
            yield start, entity


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _date_digit_change(entity: Entity, part: str) -> str | None:
    """The date's raw text with its day or year changed, found by matching the ISO value's digits."""
    value = entity.value.split("/")[0]
    match = regex.match(r"^(\d{4})?-?(\d{2})?-?(\d{2})?$", value.lstrip("-"))
    if not match:
        return None
    year, _, day = match.groups()
    target = {"day": day, "year": year}[part]
    if not target:
        return None
    for group in regex.finditer(r"\d+", entity.text):
        if int(group.group()) == int(target):
            old = int(group.group())
            new = (old % 28) + 1 if part == "day" else old + 1
            digits = str(new).zfill(len(group.group()))
            return entity.text[: group.start()] + digits + entity.text[group.end() :]
    return None


def _month_names(language: str) -> list[dict[int, str]]:
    locale = Locale.parse(language)
    tables = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            tables.append(dict(locale.months[context][width]))
    return tables


def _date_month_change(entity: Entity, language: str) -> str | None:
    """The date's raw text with its month name swapped for the next month's, in the same CLDR form."""
    value = entity.value.split("/")[0]
    match = regex.match(r"^(?:\d{4}|-)-(\d{2})", value)
    if not match:
        return None
    month = int(match.group(1))
    lowered = entity.text.casefold()
    for table in _month_names(language):
        name = table.get(month, "")
        at = lowered.find(name.casefold()) if name else -1
        if at >= 0:
            replacement = table[month % 12 + 1]
            if entity.text[at : at + 1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            return entity.text[:at] + replacement + entity.text[at + len(name) :]
    return None


Picker = Callable[[Entity], bool]
Changer = Callable[[Entity], str | None]


def _entity_variants(
    edition: str, text: str, kind: str, pick: Picker, change: Changer, limit: int
) -> Iterator[Variant]:
    seen_values: set[str] = set()
    count = 0
    for start, entity in _entities(text, edition):
        if count >= limit or not pick(entity) or entity.value in seen_values:
            continue
        new = change(entity)
        if not new or new == entity.text:
            continue
        seen_values.add(entity.value)
        count += 1
        mutated = _replace(text, start + entity.start, start + entity.end, new)
        yield Variant(edition, kind, f"{entity.text!r} → {new!r}", mutated)


def _is(kind: EntityKind, subkinds: tuple[str, ...] = ()) -> Picker:
    return lambda e: e.kind is kind and (not subkinds or e.subkind in subkinds)


def _alter_link(entity: Entity) -> str:
    raw = entity.text
    return raw[:-1] + ("x" if raw[-1] != "x" else "y")


def _alter_email(entity: Entity) -> str:
    local, _, domain = entity.text.partition("@")
    return local[:-1] + ("q" if local[-1] != "q" else "z") + "@" + domain


def _prose_blocks(text: str) -> list[tuple[int, int, str]]:
    return [
        (s, e, b)
        for s, e, b in blocks_with_offsets(text)
        if not b.lstrip().startswith(("#", "-")) and len(b.split()) >= 12
    ]


def variants(texts: dict[str, str], limit: int) -> list[Variant]:
    """Every single-error variant of every edition, ``limit`` per kind and edition."""
    out: list[Variant] = []
    for edition in EDITIONS:
        text = texts[edition]
        specs: list[tuple[str, Picker, Changer]] = [
            ("number", _is(EntityKind.NUMBER), lambda e: _bump_digit(e.text)),
            ("money", _is(EntityKind.MONEY), lambda e: _bump_digit(e.text, 0)),
            ("date-day", _is(EntityKind.DATE), lambda e: _date_digit_change(e, "day")),
            ("date-month", _is(EntityKind.DATE), lambda e, lang=edition: _date_month_change(e, lang)),
            ("date-year", _is(EntityKind.DATE), lambda e: _date_digit_change(e, "year")),
            ("grant-number", _is(EntityKind.IDENTIFIER, ("grant",)), lambda e: _bump_digit(e.text, 3)),
            ("call-identifier", _is(EntityKind.IDENTIFIER, ("call",)), lambda e: _bump_digit(e.text)),
            ("task-code", _is(EntityKind.IDENTIFIER, ("task", "work-package")), lambda e: _bump_digit(e.text)),
            ("link", _is(EntityKind.URL), _alter_link),
            ("email", _is(EntityKind.EMAIL), _alter_email),
        ]
        for kind, pick, change in specs:
            out.extend(_entity_variants(edition, text, kind, pick, change, limit))
        prose = _prose_blocks(text)
        for start, end, block in prose[1 : 1 + limit * 3 : 3]:
            out.append(Variant(edition, "paragraph-dropped", block[:40] + "…", text[:start] + text[end:].lstrip("\n")))
        if edition != "en":
            english = _prose_blocks(texts["en"])
            for (start, end, _block), (_, _, source) in list(zip(prose, english))[2 : 2 + limit * 3 : 3]:
                out.append(Variant(edition, "left-in-english", source[:40] + "…", _replace(text, start, end, source)))
    return out


def _points_at(finding: Finding, variant: Variant) -> bool:
    """The finding blames the mutated edition, or (no majority) shows it as the reference side."""
    if variant.kind == "paragraph-dropped":
        return True
    sides = [finding.translation] + ([finding.reference] if variant.edition == "en" else [])
    return any(s is not None and Path(s.path).stem == variant.edition for s in sides)


def _key(report: Report) -> set[tuple[str, str, str]]:
    return {(f.rule, f.translation.path if f.translation else "", f.fingerprint) for f in report.findings}


def write_editions(folder: Path, texts: dict[str, str], make_pdf: Callable[[Path, str, str], None] | None) -> list[str]:
    """The editions as files in ``folder``: Markdown, or PDFs built from it."""
    paths = []
    for edition, text in texts.items():
        source = folder / f"{edition}.md"
        source.write_text(text, encoding="utf-8")
        if make_pdf is None:
            paths.append(str(source))
        else:
            target = folder / "pdf" / f"{edition}.pdf"
            target.parent.mkdir(exist_ok=True)
            make_pdf(target, edition, text)
            paths.append(str(target))
    return paths


def run(make_pdf: Callable[[Path, str, str], None] | None = None, limit: int = 2, verbose: bool = False) -> dict:
    """Run the harness; returns recall per kind, overall recall, false findings per edition, and misses."""
    texts = {e: (SAMPLE / f"{e}.md").read_text(encoding="utf-8") for e in EDITIONS}
    with tempfile.TemporaryDirectory() as tmp:
        clean_dir = Path(tmp) / "clean"
        clean_dir.mkdir()
        clean_paths = write_editions(clean_dir, texts, make_pdf)
        clean = check_files(clean_paths)
        false_findings = defaultdict(list)
        for f in clean.findings:
            edition = Path(f.translation.path).stem if f.translation else "?"
            if (edition, f.rule, f.translation.value if f.translation else "") not in PLANTED:
                false_findings[edition].append(f"{f.rule}: {f.message}")
        caught: dict[str, list[bool]] = defaultdict(list)
        misses = []
        for index, variant in enumerate(variants(texts, limit)):
            folder = Path(tmp) / f"v{index}"
            folder.mkdir()
            mutated = dict(texts, **{variant.edition: variant.text})
            paths = write_editions(folder, mutated, make_pdf)
            report = check_files(paths)
            clean_keys = {(r, Path(p).stem, fp) for r, p, fp in _key(clean)}
            new = [
                f
                for f in report.findings
                if (f.rule, Path(f.translation.path).stem if f.translation else "", f.fingerprint) not in clean_keys
            ]
            hit = any(f.rule in EXPECTED_RULES[variant.kind] and _points_at(f, variant) for f in new)
            caught[variant.kind].append(hit)
            if not hit:
                misses.append((variant, [f"{f.rule}@{Path(f.translation.path).stem if f.translation else '?'}: {f.message}" for f in new]))
    total = [hit for hits in caught.values() for hit in hits]
    return {
        "recall": {kind: sum(h) / len(h) for kind, h in sorted(caught.items())},
        "counts": {kind: (sum(h), len(h)) for kind, h in sorted(caught.items())},
        "overall": sum(total) / len(total) if total else 0.0,
        "variants": len(total),
        "false_findings": {e: false_findings.get(e, []) for e in EDITIONS},
        "misses": misses,
    }


def _pdf_maker() -> Callable[[Path, str, str], None]:
    sys.path.insert(0, str(REPO / "samples"))
    import make_samples  # noqa: PLC0415 — the generator lives beside the samples, not in the package

    return make_samples.build_edition_pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", action="store_true", help="also run on PDF editions rebuilt from each variant")
    parser.add_argument("--per-kind", type=int, default=2, help="variants per kind of error and edition")
    parser.add_argument("--verbose", action="store_true", help="list every missed variant")
    args = parser.parse_args(argv)
    modes = [("markdown", None)] + ([("pdf", _pdf_maker())] if args.pdf else [])
    for name, maker in modes:
        started = time.perf_counter()
        result = run(maker, args.per_kind)
        elapsed = time.perf_counter() - started
        print(f"== {name}: {result['variants']} variants, {elapsed:.1f} s")
        for kind, (hit, count) in result["counts"].items():
            print(f"  {kind:<18} {hit:>3}/{count:<3} recall {hit / count:6.1%}")
        print(f"  {'overall':<18} {result['overall']:13.1%}")
        for edition, found in result["false_findings"].items():
            print(f"  false findings on clean {edition}: {len(found)}")
            for line in found:
                print(f"      {line}")
        if args.verbose:
            for variant, new in result["misses"]:
                print(f"  missed {variant.edition} {variant.kind}: {variant.description}")
                for line in new:
                    print(f"      got {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
