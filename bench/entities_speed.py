"""How long the entities stage takes on 1 MB of newsletter text, per language.

Builds about 1 MB of text per edition language by repeating the sample
editions (``samples/heroes-02``) and the seed editions (``../shared/seeds``),
then times the paragraphs read one ``extract_entities`` call each, read
together with ``extract_entities_many`` (as the pipeline reads an edition's
blocks: each paragraph on its own, finder by finder over all of them), and
the whole megabyte as one text. Locale tables and regexes are built
before timing (they are cached once per process). Target: under one second.

Times are CPU seconds of this process (``time.process_time``), not wall
time, so a busy machine (other jobs on the same cores) does not inflate
them; each figure is the best of ``--repeat`` runs.

Usage: python bench/entities_speed.py [--size-mb 1.0] [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from heroes_i18ncheck.entities import extract_entities, extract_entities_many

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / ".." / "shared" / "seeds"


def newsletter_text(language: str, size: int) -> str:
    """About ``size`` characters of real newsletter text in ``language``."""
    parts = [(ROOT / "samples" / "heroes-02" / f"{language}.md").read_text(encoding="utf-8")]
    seed = SEEDS / f"heroes-newsletter-02.{language}.txt"
    if seed.exists():
        parts.append(seed.read_text(encoding="utf-8"))
    unit = "\n\n".join(parts)
    return (unit * (size // len(unit) + 1))[:size]


def best_time(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    """The least CPU time of ``repeat`` calls of ``run``, and what the last call returned."""
    best, result = float("inf"), 0
    for _ in range(repeat):
        started = time.process_time()
        result = run()
        best = min(best, time.process_time() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is reported")
    args = parser.parse_args()
    size = int(args.size_mb * 1_000_000)
    for language in ("en", "bg", "lt"):
        text = newsletter_text(language, size)
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        extract_entities(paragraphs[0], language)  # build the locale tables outside the timing
        by_paragraph, found = best_time(
            lambda: sum(len(extract_entities(p, language)) for p in paragraphs), args.repeat
        )
        together, same = best_time(
            lambda: sum(map(len, extract_entities_many(paragraphs, language))), args.repeat
        )
        at_once, whole = best_time(lambda: len(extract_entities(text, language)), args.repeat)
        print(
            f"{language}: {len(text) / 1e6:.2f} MB, {len(paragraphs)} paragraphs, {found} entities: "
            f"{by_paragraph:.2f} s one call per paragraph, {together:.2f} s paragraphs together as the pipeline"
            f" reads them ({same} entities), {at_once:.2f} s as one text ({whole} entities)"
            f" [CPU s, best of {args.repeat}]"
        )


if __name__ == "__main__":
    main()
