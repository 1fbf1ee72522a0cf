"""Helpers for the align tests: pair links, F1, gold alignments named by substrings, PDF layout maps."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from heroes_i18ncheck.model import Alignment, Document

DATA = Path(__file__).resolve().parents[1] / "data" / "align"

Links = set[tuple[int, int]]


def pair_links(alignment: Alignment) -> Links:
    """Every (reference block, translation block) pair a bead links."""
    return {(r, t) for bead in alignment.beads for r in bead.reference for t in bead.translation}


def link_f1(predicted: Links, gold: Links) -> float:
    """F1 of predicted links against gold links."""
    hits = len(predicted & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


class GoldError(AssertionError):
    """A gold item that no longer names what it should (the extraction changed): fix the gold."""


def _squeeze(text: str) -> str:
    return "".join(text.split()).casefold()


def resolve_block(document: Document, spec: str | dict) -> int:
    """The one block ``spec`` names in ``document``; loud if not exactly one.

    ``spec`` is a substring, ``{text, nth, of}`` (the nth of exactly ``of``
    blocks containing it) or ``{text, whole: true}`` (the block that is exactly it).
    """
    spec = {"text": spec} if isinstance(spec, str) else spec
    text, nth, expected = spec["text"], spec.get("nth", 0), spec.get("of", 1)
    needle = _squeeze(text)
    if spec.get("whole"):
        found = [b.index for b in document.blocks if needle == _squeeze(b.text)]
    else:
        found = [b.index for b in document.blocks if needle in _squeeze(b.text)]
    if len(found) != expected:
        shown = ", ".join(f"{i}: {document.blocks[i].text[:60]!r}" for i in found[:5])
        raise GoldError(
            f"gold substring {text!r} should be in exactly {expected} block(s) of {document.path}, "
            f"found {len(found)} [{shown}]"
        )
    return found[nth]


@dataclass(frozen=True)
class Gold:
    """A gold alignment resolved to block indices: its links and the blocks it covers."""

    links: Links
    ref_blocks: frozenset[int]
    tr_blocks: frozenset[int]
    missing_optional: tuple[str, ...]


def resolve_gold(path: Path, reference: Document, translation: Document, ref_key: str, tr_key: str) -> Gold:
    """Resolve a gold file of substring-named beads against the two documents."""
    beads = json.loads(path.read_text(encoding="utf-8"))["beads"]
    links: Links = set()
    refs: set[int] = set()
    trs: set[int] = set()
    missing: list[str] = []
    for bead in beads:
        try:
            ref_side = _resolve_side(reference, bead[ref_key], missing)
            tr_side = _resolve_side(translation, bead[tr_key], missing)
        except GoldError as error:
            if bead.get("optional"):
                missing.append(f"{bead['note']}: {error}")
                continue
            raise GoldError(f"gold bead {bead['note']!r}: {error}") from None
        refs |= ref_side
        trs |= tr_side
        links |= {(r, t) for r in ref_side for t in tr_side}
    return Gold(links, frozenset(refs), frozenset(trs), tuple(missing))


def _resolve_side(document: Document, specs: list, missing: list[str]) -> set[int]:
    blocks = set()
    for spec in specs:
        try:
            blocks.add(resolve_block(document, spec))
        except GoldError as error:
            if not (isinstance(spec, dict) and spec.get("optional")):
                raise
            missing.append(str(error))
    return blocks


def uncovered(document: Document, covered: Iterable[int]) -> list[str]:
    """The blocks of ``document`` that no gold item names, for the failure message."""
    named = set(covered)
    return [f"{b.index}: {b.text[:60]!r}" for b in document.blocks if b.index not in named]


SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDF_SAMPLES = SAMPLES / "heroes-02-pdf"
MIN_MAPPED_CHARS = 4
"""Extracted PDF pieces shorter than this (letters and digits) are not mapped to a source block."""
FUZZY_MAPPING = 90.0
"""rapidfuzz partial ratio at which a piece not found verbatim still maps to its best source block."""
FUZZY_MIN_CHARS = 24
"""Only pieces this long are mapped fuzzily (``NEWSLETTER #2 1`` is not the title ``HEROES Newsletter #2``)."""


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def map_pdf_blocks(document: Document, source_texts: list[str]) -> dict[int, int]:
    """Extracted block → the source block (from ``layout.json``) whose text contains it.

    Only letters and digits are compared, so hyphenation, bullets, letter
    spacing and narrow spaces do not matter. A piece found in no source block
    verbatim (a word garbled by extraction) maps to the one it matches best,
    if clearly. Blocks found in several source blocks (a stray ``the``) or in
    none (running headers) stay unmapped.
    """
    sources = [_letters(t) for t in source_texts]
    mapping = {}
    for block in document.blocks:
        key = _letters(block.text)
        if len(key) < MIN_MAPPED_CHARS:
            continue
        found = [k for k, source in enumerate(sources) if key in source]
        if not found and len(key) >= FUZZY_MIN_CHARS:
            scores = sorted(((fuzz.partial_ratio(key, s), k) for k, s in enumerate(sources)), reverse=True)
            if scores and scores[0][0] >= FUZZY_MAPPING and (len(scores) == 1 or scores[1][0] < FUZZY_MAPPING):
                found = [scores[0][1]]
        if len(found) == 1:
            mapping[block.index] = found[0]
    return mapping
