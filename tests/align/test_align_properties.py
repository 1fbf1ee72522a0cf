"""Properties that hold for any pair of editions: coverage, order, determinism, the entities contract."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from align_support import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import block, document_of
from heroes_i18ncheck.align import align, signals
from heroes_i18ncheck.entities import edition_entities
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import BlockKind, Document

SENTENCES = [
    "The project has 24 partners in 17 countries.",
    "Проектът има 24 партньори в 17 държави.",
    "Projektas turi 24 partnerius 17 šalių.",
    "Lisbon, Portugal, 26–28 June 2023.",
    "Лисабон, Португалия, 26–28 юни 2023 г.",
    "Write to heroes@ucm.es or visit https://heroes-fct.eu.",
    "Upcoming events",
    "and the rest of the sentence",
    "Bangladesh, Colombia, Spain and the United Kingdom.",
    "Бангладеш, Колумбия, Испания и Обединеното кралство.",
    "A completely different subject with no shared facts at all.",
    "1",
]

blocks = st.lists(
    st.tuples(st.sampled_from(SENTENCES), st.sampled_from(list(BlockKind)), st.integers(1, 3)),
    min_size=0,
    max_size=25,
)


def document(name: str, items: list[tuple[str, BlockKind, int]]) -> Document:
    in_page_order = sorted(items, key=lambda item: item[2])
    made = (block(text, index=i, page=page, kind=kind) for i, (text, kind, page) in enumerate(in_page_order))
    return document_of(name, "und", made, source="option", pages=3)


@settings(max_examples=60, deadline=None)
@given(blocks, blocks)
def test_every_block_is_in_exactly_one_bead_and_order_is_kept(ref_items, tr_items) -> None:
    reference, translation = document("a.txt", ref_items), document("b.txt", tr_items)
    alignment = align(reference, translation)
    refs = [i for bead in alignment.beads for i in bead.reference]
    trs_in_order = [j for bead in alignment.beads if not bead.moved for j in bead.translation]
    all_trs = sorted(j for bead in alignment.beads for j in bead.translation)
    assert sorted(refs) == list(range(len(reference.blocks)))
    assert all_trs == list(range(len(translation.blocks)))
    assert refs == sorted(refs), "beads stand in reference reading order"
    assert trs_in_order == sorted(trs_in_order), "beads not marked moved keep the translation's order"
    assert all(bead.reference or bead.translation for bead in alignment.beads)
    assert all(not bead.moved or (bead.reference and bead.translation) for bead in alignment.beads)
    assert 0.0 <= alignment.confidence <= 1.0


@settings(max_examples=20, deadline=None)
@given(blocks, blocks)
def test_same_inputs_give_the_same_beads(ref_items, tr_items) -> None:
    reference, translation = document("a.txt", ref_items), document("b.txt", tr_items)
    assert align(reference, translation) == align(reference, translation)


def test_only_equality_of_entity_values_matters(monkeypatch) -> None:
    """Rewriting every normalized value one-to-one (another format) leaves the alignment unchanged: the entities'
    and the numbers the aligner reads outside them (in words, glued to a label)."""
    reference = extract_document(str(SAMPLES / "heroes-02" / "en.md"))
    translation = extract_document(str(SAMPLES / "heroes-02" / "bg.md"))
    before = align(reference, translation)

    def disguised(blocks, **options):
        return tuple(
            tuple(
                replace(e, value=_disguise(e.value), alternatives=tuple(_disguise(a) for a in e.alternatives))
                for e in entities
            )
            for entities in edition_entities(blocks, **options)
        )

    outside = signals.numbers_outside_entities

    def disguised_outside(text, language):
        return frozenset(_disguise(v) for v in outside(text, language))

    monkeypatch.setattr(signals, "edition_entities", disguised)
    monkeypatch.setattr(signals, "numbers_outside_entities", disguised_outside)
    assert align(reference, translation) == before


def _disguise(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]
