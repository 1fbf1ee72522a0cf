"""Editions that drifted: a block moved elsewhere, one dropped, one split in two, two merged.

Built on the fly from the sample issue: the translation's blocks are rearranged
and the gold links follow each block to where it went.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from align_support import SAMPLES, link_f1, pair_links

from factories import extracted
from heroes_i18ncheck.align import align
from heroes_i18ncheck.model import Block, Document

F1_BAR = 0.90
MOVED, DROPPED, SPLIT, MERGED = 20, 17, 8, 13
"""Sample blocks: a seminar report moved to the end, a review report dropped, the consortium
paragraph split at a sentence, and the ICMPD and ICMEC paragraphs merged (with 14)."""


def sample(language: str) -> Document:
    return extracted(SAMPLES / "heroes-02" / f"{language}.md")


def split_at_sentence(text: str) -> tuple[str, str]:
    cut = text.index(". ", len(text) // 3) + 1
    return text[:cut], text[cut + 1 :]


def perturbed(document: Document, *, move=True, drop=True, split=True, merge=True):
    """The edition drifted, and for each new block the source blocks it holds."""
    pieces: list[tuple[str, tuple[int, ...], Block]] = []
    moved_piece = None
    skip = set()
    for block in document.blocks:
        i = block.index
        if i in skip:
            continue
        if move and i == MOVED:
            moved_piece = (block.text, (i,), block)
        elif drop and i == DROPPED:
            continue
        elif split and i == SPLIT:
            first, second = split_at_sentence(block.text)
            pieces += [(first, (i,), block), (second, (i,), block)]
        elif merge and i == MERGED:
            pieces.append((block.text + " " + document.blocks[i + 1].text, (i, i + 1), block))
            skip.add(i + 1)
        else:
            pieces.append((block.text, (i,), block))
    if moved_piece:
        pieces.append(moved_piece)
    blocks = tuple(replace(b, index=k, text=t) for k, (t, _, b) in enumerate(pieces))
    sources = [s for _, s, _ in pieces]
    return replace(document, blocks=blocks), sources


def gold_links(sources: list[tuple[int, ...]]) -> set[tuple[int, int]]:
    return {(source, k) for k, held in enumerate(sources) for source in held}


TRANSLATIONS = [pytest.param("bg", id="en-bg"), pytest.param("lt", id="en-lt")]


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_drifted_edition_still_aligns(language: str, record_f1) -> None:
    translation, sources = perturbed(sample(language))
    alignment = align(sample("en"), translation)
    score = link_f1(pair_links(alignment), gold_links(sources))
    record_f1(f"perturbed en-{language}", score)
    assert score >= F1_BAR


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_dropped_block_is_reported_missing(language: str) -> None:
    translation, _ = perturbed(sample(language))
    beads = align(sample("en"), translation).beads
    assert any(b.reference == (DROPPED,) and b.translation == () for b in beads)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_moved_block_is_paired_and_marked_moved(language: str) -> None:
    translation, sources = perturbed(sample(language), drop=False, split=False, merge=False)
    bead = next(b for b in align(sample("en"), translation).beads if MOVED in b.reference)
    assert bead.translation == (sources.index((MOVED,)),)
    assert bead.moved


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_split_block_pairs_with_both_halves(language: str) -> None:
    translation, sources = perturbed(sample(language), move=False, drop=False, merge=False)
    bead = next(b for b in align(sample("en"), translation).beads if SPLIT in b.reference)
    assert bead.reference == (SPLIT,)
    assert bead.translation == (SPLIT, SPLIT + 1)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_merged_blocks_pair_with_the_one_that_holds_both(language: str) -> None:
    translation, _ = perturbed(sample(language), move=False, drop=False, split=False)
    bead = next(b for b in align(sample("en"), translation).beads if MERGED in b.reference)
    assert bead.reference == (MERGED, MERGED + 1)
    assert bead.translation == (MERGED,)


def test_beads_follow_reference_order_and_moved_ones_stand_at_their_reference_place() -> None:
    translation, _ = perturbed(sample("bg"))
    beads = align(sample("en"), translation).beads
    refs = [i for b in beads for i in b.reference]
    trs = [j for b in beads if not b.moved for j in b.translation]
    assert refs == sorted(refs)
    assert trs == sorted(trs)


WRONG_FACTS = [
    pytest.param(7, "101021801", "101021810", id="grant-number-digits-swapped"),
    pytest.param(8, "24", "42", id="partner-count-wrong"),
    pytest.param(11, "https://youtu.be/", "https://vimeo.com/", id="link-elsewhere"),
    pytest.param(17, "2022", "2021", id="year-wrong"),
]


@pytest.mark.parametrize(("index", "right", "wrong"), WRONG_FACTS)
@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_wrong_fact_does_not_move_its_block(language: str, index: int, right: str, wrong: str) -> None:
    """Numbers and links are soft evidence: the block with the wrong value keeps its counterpart, so the
    rules can report the value."""
    edition = sample(language)
    block = edition.blocks[index]
    assert right in block.text
    blocks = list(edition.blocks)
    blocks[index] = replace(block, text=block.text.replace(right, wrong))
    changed = replace(edition, blocks=tuple(blocks))
    bead = next(b for b in align(sample("en"), changed).beads if index in b.reference)
    assert bead.translation == (index,)
