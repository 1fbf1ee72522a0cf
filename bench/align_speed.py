"""How long ``align`` takes on long edition pairs, and how that grows with their length.

The pairs are built from the sample issue (``samples/heroes-02``): the English
and Bulgarian editions repeated until they reach the wanted number of
blocks, each copy's numbers made its own (``36`` → ``3607`` in copy 7), so
the copies are alike in wording but not in facts, as the issues of a
newsletter are. Prints the time for a 500-block pair (target: under a
second) and for 250/500/1000/2000 blocks, with the time per block, the time
when the caller passes the blocks' entities it already has (as ``check``
can), and the F1 of the aligned pairs against the known answer (block i ↔ block i).

    python bench/align_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from heroes_i18ncheck.align import align
from heroes_i18ncheck.entities import block_entities
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import Block, Document

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "heroes-02"
SIZES = (250, 500, 1000, 2000)
_DIGITS = re.compile(r"\d+")


def long_edition(document: Document, blocks: int) -> Document:
    """``document``'s blocks repeated to ``blocks`` blocks, numbers suffixed by the copy number."""
    made: list[Block] = []
    copy = 0
    while len(made) < blocks:
        for block in document.blocks:
            if len(made) == blocks:
                break
            text = _DIGITS.sub(lambda m: f"{m.group()}{copy:02d}", block.text)
            made.append(Block(len(made), copy + 1, block.kind, text, block.language))
        copy += 1
    return Document(document.path, document.language, document.language_source, copy, tuple(made))


def f1(alignment) -> float:
    predicted = {(r, t) for b in alignment.beads for r in b.reference for t in b.translation}
    gold = {(i, i) for i in range(len(alignment.reference.blocks))}
    hits = len(predicted & gold)
    return 2 * hits / (len(predicted) + len(gold)) if hits else 0.0


def timed(reference: Document, translation: Document, repeat: int, given: bool) -> tuple[float, float]:
    """Best time of ``repeat`` runs, and the F1; ``given``: entities read beforehand, not timed."""
    extra = {}
    if given:
        extra = {
            "reference_entities": [block_entities(b) for b in reference.blocks],
            "translation_entities": [block_entities(b) for b in translation.blocks],
        }
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        alignment = align(reference, translation, **extra)
        best = min(best, time.perf_counter() - start)
    return best, f1(alignment)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best time is shown")
    args = parser.parse_args()
    english = extract_document(str(SAMPLES / "en.md"))
    bulgarian = extract_document(str(SAMPLES / "bg.md"))
    print(f"align: English → Bulgarian sample issue, repeated (best of {args.repeat} runs)")
    print(f"{'blocks':>7} {'seconds':>8} {'ms/block':>9} {'entities given':>15} {'F1':>6}")
    results = {}
    for size in SIZES:
        reference, translation = long_edition(english, size), long_edition(bulgarian, size)
        seconds, score = timed(reference, translation, args.repeat, given=False)
        given, _ = timed(reference, translation, args.repeat, given=True)
        results[size] = seconds
        print(f"{size:>7} {seconds:>8.3f} {1000 * seconds / size:>9.3f} {given:>14.3f}s {score:>6.3f}")
    growth = results[SIZES[-1]] / results[SIZES[0]]
    print(f"500-block pair: {results[500]:.3f} s (target < 1 s)")
    print(f"time ×{growth:.1f} for blocks ×{SIZES[-1] // SIZES[0]} (linear would be ×{SIZES[-1] // SIZES[0]})")


if __name__ == "__main__":
    main()
