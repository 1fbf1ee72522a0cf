"""Notes paired by marker and content wherever each edition puts them, without pulling the ordered alignment."""

from __future__ import annotations

from factories import NOTES_EN, NOTES_LT, document_of_rows
from heroes_i18ncheck.align import align
from heroes_i18ncheck.model import BlockKind, Document

EN, LT = NOTES_EN, NOTES_LT


def _edition(path: str, language: str, rows) -> Document:
    return document_of_rows(path, language, rows)


def _links(reference: Document, translation: Document) -> set[tuple[str, str]]:
    alignment = align(reference, translation)
    return {
        (reference.blocks[r].text[:12], translation.blocks[t].text[:12])
        for bead in alignment.beads
        for r in bead.reference
        for t in bead.translation
    }


def test_footnotes_pair_with_endnotes_and_the_paragraphs_still_pair_in_order() -> None:
    en, lt = _edition("en.pdf", "en", EN), _edition("lt.pdf", "lt", LT)
    alignment = align(en, lt)
    pairs = {(r, t) for bead in alignment.beads for r in bead.reference for t in bead.translation}
    assert pairs == {(0, 0), (1, 3), (2, 1), (3, 4), (4, 2)}
    moved = {(bead.reference, bead.translation) for bead in alignment.beads if bead.moved}
    assert moved == {((1,), (3,)), ((3,), (4,))}
    assert not [bead for bead in alignment.beads if not (bead.reference and bead.translation)]


def test_renumbered_notes_pair_by_content_when_it_convinces() -> None:
    renumbered = [(t.replace("1 Pirmasis", "2 Pirmasis").replace("2 Žr.", "3 Žr."), k, p) for t, k, p in LT]
    added = ("1 Vertėjo pastaba: terminai pateikiami anglų kalba.", BlockKind.NOTE, 4)
    lt = _edition("lt.pdf", "lt", [*renumbered[:3], added, *renumbered[3:]])
    en = _edition("en.pdf", "en", EN)
    alignment = align(en, lt)
    pairs = {(r, t) for bead in alignment.beads for r in bead.reference for t in bead.translation}
    assert {(1, 4), (3, 5)} <= pairs
    assert (3,) in [bead.translation for bead in alignment.beads if not bead.reference]


def test_notes_with_the_same_marker_but_nothing_in_common_are_not_paired_apart() -> None:
    en = _edition("en.pdf", "en", [*EN[:1], ("1 The first meeting was held in Porto in 2019 with 24 partners.", BlockKind.NOTE, 1)])
    lt = _edition("lt.pdf", "lt", [*LT[:1], ("1 Vertėjo pastaba apie terminus.", BlockKind.NOTE, 1)])
    alignment = align(en, lt)
    assert not any(bead.moved for bead in alignment.beads)
    paired_apart = [b for b in alignment.beads if b.reference == (1,) and b.translation == (1,) and b.moved]
    assert not paired_apart


def test_without_notes_the_alignment_is_what_it_was() -> None:
    rows = [(t, BlockKind.PARAGRAPH, p) for t, _, p in EN]
    en = _edition("en.pdf", "en", rows)
    as_notes = _edition("en.pdf", "en", EN)
    assert [b.reference for b in align(en, en).beads] == [(0,), (1,), (2,), (3,), (4,)]
    assert [b.reference for b in align(as_notes, as_notes).beads] == [(0,), (1,), (2,), (3,), (4,)]
