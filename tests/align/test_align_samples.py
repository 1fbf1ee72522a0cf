"""The sample issue: three parallel editions (block i says the same in each), as Markdown and as PDF."""

from __future__ import annotations

import json
from functools import cache

import pytest
from align_support import PDF_SAMPLES, SAMPLES, link_f1, map_pdf_blocks, pair_links

from factories import extracted
from heroes_i18ncheck.align import MATCH_THRESHOLD, align, explain
from heroes_i18ncheck.model import Alignment, Document

F1_BAR = 0.95
"""For the Markdown and the PDF editions alike; the PDF gold maps each extracted block to the source
block it was drawn from (``layout.json``), leaving out running headers and stray words that no single
source block holds."""

PAIRS = [
    pytest.param("en", "bg", id="en-bg"),
    pytest.param("en", "lt", id="en-lt"),
    pytest.param("bg", "lt", id="bg-lt"),
    pytest.param("bg", "en", id="bg-en"),
    pytest.param("lt", "bg", id="lt-bg"),
]


def markdown(language: str) -> Document:
    return extracted(SAMPLES / "heroes-02" / f"{language}.md")


@cache
def pdf(language: str) -> tuple[Document, dict[int, int]]:
    """The PDF edition and the source block of each extracted block (from ``layout.json``)."""
    layout = json.loads((PDF_SAMPLES / "layout.json").read_text(encoding="utf-8"))
    document = extracted(PDF_SAMPLES / f"{language}.pdf")
    sources = [b["text"] for b in layout["editions"][language]["blocks"]]
    return document, map_pdf_blocks(document, sources)


@cache
def aligned(ref: str, tr: str) -> Alignment:
    return align(markdown(ref), markdown(tr))


@pytest.mark.parametrize(("ref", "tr"), PAIRS)
def test_markdown_samples_align_block_for_block(ref: str, tr: str, record_f1) -> None:
    alignment = aligned(ref, tr)
    gold = {(i, i) for i in range(len(markdown(ref).blocks))}
    score = link_f1(pair_links(alignment), gold)
    record_f1(f"samples md {ref}-{tr}", score)
    assert score >= F1_BAR
    assert alignment.confidence > MATCH_THRESHOLD


@pytest.mark.skipif(not (PDF_SAMPLES / "layout.json").exists(), reason="no PDF samples")
@pytest.mark.parametrize(("ref", "tr"), PAIRS)
def test_pdf_samples_align_through_the_layout_map(ref: str, tr: str, record_f1) -> None:
    ref_doc, ref_source = pdf(ref)
    tr_doc, tr_source = pdf(tr)
    alignment = align(ref_doc, tr_doc)
    gold = {(i, j) for i in ref_source for j in tr_source if ref_source[i] == tr_source[j]}
    predicted = {(i, j) for i, j in pair_links(alignment) if i in ref_source and j in tr_source}
    score = link_f1(predicted, gold)
    record_f1(f"samples pdf {ref}-{tr}", score)
    assert score >= F1_BAR
    assert alignment.confidence > MATCH_THRESHOLD


@pytest.mark.parametrize(("ref", "tr"), PAIRS)
def test_every_block_is_in_exactly_one_bead(ref: str, tr: str) -> None:
    alignment = aligned(ref, tr)
    refs = sorted(i for bead in alignment.beads for i in bead.reference)
    trs = sorted(j for bead in alignment.beads for j in bead.translation)
    assert refs == list(range(len(markdown(ref).blocks)))
    assert trs == list(range(len(markdown(tr).blocks)))


def test_alignment_is_deterministic() -> None:
    assert align(markdown("en"), markdown("bg")) == align(markdown("en"), markdown("bg"))


def test_beads_carry_scores_and_confidences_in_range() -> None:
    for bead in aligned("en", "lt").beads:
        assert 0.0 <= bead.score <= 1.0
        assert 0.0 <= bead.confidence <= 1.0
    assert 0.0 <= aligned("en", "lt").confidence <= 1.0


def test_names_across_scripts_carry_a_pair_without_numbers() -> None:
    """The ICMPD guide block: same countries in Cyrillic and Lithuanian inflection, no number at all."""
    alignment = aligned("bg", "lt")
    bead = next(b for b in alignment.beads if 13 in b.reference)
    assert bead.translation == (13,)
    assert bead.confidence > 0.5


def test_explain_gives_each_pairing_its_signals() -> None:
    alignment = aligned("bg", "lt")
    explained = explain(alignment)
    assert len(explained) == len(alignment.beads)
    icmpd = explained[next(k for k, b in enumerate(alignment.beads) if 13 in b.reference)]
    assert set(icmpd) == {"length", "words", "facts", "heading", "item", "position"}  # the samples have list items
    assert icmpd["words"][0] > 0.5, "Бангладеш, Колумбия, Испания ~ Bangladešui, Kolumbijai, Ispanijai"
    assert all(0.0 <= value <= 1.0 for pair in icmpd.values() for value in pair)


def test_the_score_the_alignment_uses_is_the_weighed_sum_of_the_signals_explain_shows() -> None:
    """``Scorer._weighed`` writes the signals out for speed: it must stay the sum ``signals`` explains."""
    from heroes_i18ncheck.align import prepare, score

    weights = {
        "length": score.LENGTH_WEIGHT,
        "words": score.WORDS_WEIGHT,
        "facts": score.FACTS_WEIGHT,
        "heading": score.HEADING_WEIGHT,
        "item": score.ITEM_WEIGHT,
        "position": score.POSITION_WEIGHT,
    }
    scorer, _ = prepare.prepare_scorer(markdown("bg"), markdown("lt"))
    beads = [(i, i + a, j, j + b) for i in range(0, 20, 3) for j in (i, i + 1, max(0, i - 2)) for a, b in ((1, 1), (2, 1), (1, 2))]
    checked = 0
    for bead in beads:
        signals = scorer.signals(*bead)
        total = sum(weights[name] * on * value for name, (value, on) in signals.items())
        weight = sum(weights[name] * on for name, (_, on) in signals.items())
        assert scorer.similarity(*bead) == pytest.approx(total / weight), bead
        checked += total > 0
    assert checked == len(beads)
