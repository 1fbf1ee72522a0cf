"""The sample editions of newsletter #2: block by block, every fact gives the same values in EN, BG and LT.

This is the strongest regression test of the entities stage: a value that
differs here would be a false finding in the product. The only differences
allowed are listed, each with its reason, in
``tests/data/entities/sample_differences.json``; an undocumented difference
fails, and so does a documented one that disappears. Acronyms are compared as
sets (an edition may name ``HEROES`` twice where another names it once), every
other kind as a multiset.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.model import EntityKind
from repo_paths import SAMPLES

EDITIONS = SAMPLES / "heroes-02"
DIFFERENCES = Path(__file__).resolve().parents[1] / "data" / "entities" / "sample_differences.json"
TRANSLATIONS = ("bg", "lt")
BLOCKS = 28


def markdown_blocks(text: str) -> list[str]:
    """Paragraphs separated by blank lines; a heading or a list item is a block of its own."""
    blocks: list[str] = []
    for paragraph in regex.split(r"\n\s*\n", text):
        lines: list[str] = []
        for line in paragraph.splitlines():
            if regex.match(r"\s*(?:#{1,6}\s|[-*+]\s)", line):
                blocks.extend([" ".join(lines)] if lines else [])
                lines = []
                blocks.append(regex.sub(r"^\s*(?:#{1,6}|[-*+])\s+", "", line).strip())
            elif line.strip():
                lines.append(line.strip())
        blocks.extend([" ".join(lines)] if lines else [])
    return blocks


def edition(language: str) -> list[str]:
    return markdown_blocks((EDITIONS / f"{language}.md").read_text(encoding="utf-8"))


def values_by_kind(text: str, language: str) -> dict[EntityKind, Counter[str]]:
    found: dict[EntityKind, Counter[str]] = {kind: Counter() for kind in EntityKind}
    for entity in extract_entities(text, language):
        found[entity.kind][entity.value] += 1
    found[EntityKind.ACRONYM] = Counter(set(found[EntityKind.ACRONYM]))
    return found


def documented() -> dict[tuple[int, str, str], tuple[list[str], list[str]]]:
    return {
        (d["block"], d["language"], d["kind"]): (sorted(d["reference_only"]), sorted(d["translation_only"]))
        for d in json.loads(DIFFERENCES.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize("language", ("en", *TRANSLATIONS))
def test_every_edition_has_the_parallel_blocks(language: str) -> None:
    assert len(edition(language)) == BLOCKS


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("block", range(BLOCKS))
def test_block_values_agree_with_english(language: str, block: int) -> None:
    reference = values_by_kind(edition("en")[block], "en")
    translation = values_by_kind(edition(language)[block], language)
    allowed = documented()
    for kind in EntityKind:
        differences = (
            sorted((reference[kind] - translation[kind]).elements()),
            sorted((translation[kind] - reference[kind]).elements()),
        )
        expected = allowed.get((block, language, str(kind)), ([], []))
        assert differences == expected, f"block {block} {kind}: {edition(language)[block]!r}"


def test_samples_carry_the_facts_the_checker_promises() -> None:
    """The agreement above is not vacuous: the EN edition yields every kind of fact the samples hold."""
    kinds = {e.kind for text in edition("en") for e in extract_entities(text, "en")}
    assert kinds >= {
        EntityKind.NUMBER, EntityKind.MONEY, EntityKind.YEAR, EntityKind.DATE, EntityKind.ORDINAL, EntityKind.URL,
        EntityKind.EMAIL, EntityKind.HANDLE, EntityKind.HASHTAG, EntityKind.IDENTIFIER, EntityKind.ACRONYM,
    }  # fmt: skip
