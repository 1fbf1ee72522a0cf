"""How long the entities stage takes on 1 MB of newsletter text, per language.

Builds about 1 MB of text per edition language by repeating the sample
editions (``samples/heroes-02``) and the seed editions (``../shared/seeds``),
then times ``extract_entities`` paragraph by paragraph (as the pipeline calls
it) and on the whole megabyte at once. Locale tables and regexes are built
before timing (they are cached once per process). Target: under one second.

Usage: python bench/entities_speed.py [--size-mb 1.0]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from heroes_i18ncheck.entities import extract_entities

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    args = parser.parse_args()
    size = int(args.size_mb * 1_000_000)
    for language in ("en", "bg", "lt"):
        text = newsletter_text(language, size)
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        extract_entities(paragraphs[0], language)  # build the locale tables outside the timing
        started = time.perf_counter()
        found = sum(len(extract_entities(p, language)) for p in paragraphs)
        by_paragraph = time.perf_counter() - started
        started = time.perf_counter()
        whole = len(extract_entities(text, language))
        at_once = time.perf_counter() - started
        print(
            f"{language}: {len(text) / 1e6:.2f} MB, {len(paragraphs)} paragraphs, {found} entities: "
            f"{by_paragraph:.2f} s by paragraph, {at_once:.2f} s at once ({whole} entities)"
        )


if __name__ == "__main__":
    main()
