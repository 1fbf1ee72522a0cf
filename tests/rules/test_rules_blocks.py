"""missing-block and extra-block: what counts as content lost or added, and what is only layout."""

from __future__ import annotations

from factories import block, document_of, edition_of, pair
from heroes_i18ncheck import check_texts
from heroes_i18ncheck.model import Bead, BlockKind, Severity
from heroes_i18ncheck.rules import Comparison
from heroes_i18ncheck.rules.blocks import DROWNING_BLOCKS, EXTRA, FACING_PAIRS, MISSING


def _blocks(reference: str, translation: str) -> list[str]:
    report = check_texts({"en": reference, "lt": translation})
    return [f"{f.rule}: {f.message}" for f in report.findings if f.rule in {"missing-block", "extra-block"}]


INTRO_EN = "The partners met in Lisbon to plan the second year of the project and its pilots."
INTRO_LT = "Partneriai susitiko Lisabonoje aptarti antrųjų projekto metų ir bandomųjų veiklų."
OUTRO_EN = "The next meeting will take place in Vilnius, where the pilots will be presented."
OUTRO_LT = "Kitas susitikimas vyks Vilniuje, kur bus pristatyti bandomieji projektai."


def test_a_dropped_paragraph_is_missing() -> None:
    found = _blocks(f"{INTRO_EN}\n\n{OUTRO_EN}", INTRO_LT)
    assert [m.split(":")[0] for m in found] == ["missing-block"]


def test_a_link_block_placed_elsewhere_is_not_missing() -> None:
    reference = f"https://www.youtube.com/@heroes_fct\n\n{INTRO_EN}\n\n{OUTRO_EN}\n\nhttps://www.youtube.com/@heroes_fct"
    translation = f"https://www.youtube.com/@heroes_fct\n\n{INTRO_LT}\n\n{OUTRO_LT}"
    assert _blocks(reference, translation) == []


def test_a_link_block_the_other_edition_never_states_is_missing() -> None:
    reference = f"{INTRO_EN}\n\n{OUTRO_EN}\n\nhttps://www.youtube.com/@heroes_fct"
    translation = f"{INTRO_LT}\n\n{OUTRO_LT}"
    assert [m.split(":")[0] for m in _blocks(reference, translation)] == ["missing-block"]


def test_a_contact_box_repeated_in_the_translation_is_not_extra() -> None:
    reference = f"{INTRO_EN}\n\n{OUTRO_EN}\n\nheroes@ucm.es @heroes_fct"
    translation = f"heroes@ucm.es\n\n@heroes_fct\n\n{INTRO_LT}\n\n{OUTRO_LT}\n\nheroes@ucm.es @heroes_fct"
    assert _blocks(reference, translation) == []


def test_a_heading_only_the_translation_has_is_extra() -> None:
    found = _blocks(f"{INTRO_EN}\n\n{OUTRO_EN}", f"Kontaktai\n\n{INTRO_LT}\n\n{OUTRO_LT}")
    assert [m.split(":")[0] for m in found] == ["extra-block"]


def test_many_unpaired_blocks_are_told_in_one_warning_with_their_pages() -> None:
    count = DROWNING_BLOCKS + 5
    text = "Paragraph number {} tells a story of its own."
    blocks = (block(text.format(i), "en", index=i, page=1 + i // 10) for i in range(count))
    reference = edition_of(document_of("en", "en", blocks, pages=3), with_entities=False)
    kept = (block("Pirmoji pastraipa pasakoja savo istoriją.", "lt"),)
    translation = edition_of(document_of("lt", "lt", kept), with_entities=False)
    beads = (Bead((0,), (0,), 0.9, 0.9), *(Bead((i,), (), 0.0, 0.9) for i in range(1, count)))
    (found,) = MISSING.run(Comparison(reference, (pair(reference, translation, beads, 0.2),)))
    assert found.severity is Severity.WARNING
    assert found.message.startswith(f"{count - 1} of {count} blocks of the reference have no counterpart here (pages 1–3)")


def test_a_few_unpaired_blocks_are_each_reported() -> None:
    found = _blocks(f"{INTRO_EN}\n\n{OUTRO_EN}", INTRO_LT)
    assert len(found) == 1 and "missing here" in found[0]


def test_a_contents_entry_without_counterpart_is_not_missing() -> None:
    # ontology-techwp: contents entries split or merged differently per edition were each a missing or extra block.
    ref_blocks = (
        block("4.2.1. Centralized Trust Model", "en", kind=BlockKind.CONTENTS_ENTRY),
        block(INTRO_EN, "en", index=1, page=2),
    )
    tr_blocks = (
        block("4.2.2. Gedecentraliseerd vertrouwensmodel", "nl", kind=BlockKind.CONTENTS_ENTRY),
        block(INTRO_LT, "lt", index=1, page=2),
    )
    reference = edition_of(document_of("en", "en", ref_blocks, pages=2), with_entities=False)
    translation = edition_of(document_of("lt", "lt", tr_blocks, pages=2), with_entities=False)
    beads = (Bead((0,), (), 0.0, 0.9), Bead((), (0,), 0.0, 0.9), Bead((1,), (1,), 0.9, 0.9))
    comparison = Comparison(reference, (pair(reference, translation, beads, 0.9),))
    assert list(MISSING.run(comparison)) == []
    assert list(EXTRA.run(comparison)) == []


def test_the_other_side_of_a_drowning_pair_is_told_in_one_warning_too() -> None:
    # htm-whitepaper pt: 84 reference blocks unpaired (one warning) while 64 of the edition's were listed one by one.
    ref_text = "Paragraph number tells a story of its own {}."
    ref_blocks = (block(ref_text.format(i), "en", index=i, page=1 + i // 10) for i in range(100))
    tr_extra = DROWNING_BLOCKS + 5  # too few to drown in an edition of 500 blocks
    tr_blocks = (block(f"Pastraipa pasakoja savo istoriją {j}.", "lt", index=j, page=1 + j // 10) for j in range(500))
    reference = edition_of(document_of("en", "en", ref_blocks, pages=10), with_entities=False)
    translation = edition_of(document_of("lt", "lt", tr_blocks, pages=50), with_entities=False)
    beads = (
        *(Bead((i,), (i,), 0.9, 0.9) for i in range(60)),
        *(Bead((i,), (), 0.0, 0.9) for i in range(60, 100)),
        *(Bead((), (j,), 0.0, 0.9) for j in range(60, 60 + tr_extra)),
    )
    comparison = Comparison(reference, (pair(reference, translation, beads, 0.3),))
    (missing,) = MISSING.run(comparison)
    (extra,) = EXTRA.run(comparison)
    assert missing.severity is Severity.WARNING and missing.message.startswith("40 of 100 blocks")
    assert extra.severity is Severity.WARNING and extra.message.startswith(f"{tr_extra} of 500 blocks")


def test_unpaired_blocks_crowding_a_page_are_told_once_for_the_page() -> None:
    # htm-whitepaper de: the glossary, sorted by the German terms, left 5 to 7 rows a page unpaired on each side.
    ref_blocks = (
        block(f"Paragraph number {i} tells a story of its own.", "en", index=i, page=1 if i < 8 else 2) for i in range(16)
    )
    tr_blocks = (block(f"Pastraipa {j} pasakoja savo istoriją.", "lt", index=j, page=1 if j < 7 else 2) for j in range(12))
    reference = edition_of(document_of("en", "en", ref_blocks, pages=2), with_entities=False)
    translation = edition_of(document_of("lt", "lt", tr_blocks, pages=2), with_entities=False)
    lost = {3, 9, 11, 14}  # one on page 1, three of the eight on page 2
    paired = [i for i in range(16) if i not in lost]
    beads = tuple(Bead((i,), (j,), 0.9, 0.9) if i in paired else Bead((i,), (), 0.0, 0.9) for i, j in _placed(paired, lost))
    comparison = Comparison(reference, (pair(reference, translation, beads, 0.9),))
    found = sorted(MISSING.run(comparison), key=lambda f: f.reference.page)
    assert [(f.reference.page, f.severity) for f in found] == [(1, Severity.ERROR), (2, Severity.WARNING)]
    assert found[1].message.startswith("3 of the 8 blocks on page 2 of the reference have no counterpart here")


def test_two_unpaired_blocks_on_a_page_are_each_reported() -> None:
    ref_blocks = (block(f"Paragraph number {i} tells a story of its own.", "en", index=i) for i in range(4))
    tr_blocks = (block(f"Pastraipa {j} pasakoja savo istoriją.", "lt", index=j) for j in range(2))
    reference = edition_of(document_of("en", "en", ref_blocks), with_entities=False)
    translation = edition_of(document_of("lt", "lt", tr_blocks), with_entities=False)
    beads = (Bead((0,), (0,), 0.9, 0.9), Bead((1,), (), 0.0, 0.9), Bead((2,), (), 0.0, 0.9), Bead((3,), (1,), 0.9, 0.9))
    comparison = Comparison(reference, (pair(reference, translation, beads, 0.9),))
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"] * 2


def _placed(paired: list[int], lost: set[int]) -> list[tuple[int, int]]:
    """Each reference block with the translation block it pairs with (in order), or -1 when it is lost."""
    out, j = [], 0
    for i in range(len(paired) + len(lost)):
        out.append((i, j if i not in lost else -1))
        j += i not in lost
    return out


def _facing_comparison(
    ref_texts: list[str], tr_texts: list[str], beads: list[tuple[tuple[int, ...], tuple[int, ...]]], per_page: int = 8
) -> Comparison:
    """A reference and a translation with the given paragraphs (``per_page`` a page) and beads (pairs scored 0.9,
    gaps 0.0)."""
    ref_blocks = (block(text, "en", index=i, page=1 + i // per_page) for i, text in enumerate(ref_texts))
    tr_blocks = (block(text, "lt", index=j, page=1 + j // per_page) for j, text in enumerate(tr_texts))
    reference = edition_of(document_of("en", "en", ref_blocks, pages=3), with_entities=False)
    translation = edition_of(document_of("lt", "lt", tr_blocks, pages=3), with_entities=False)
    placed = tuple(Bead(r, t, 0.9 if r and t else 0.0, 0.9) for r, t in beads)
    return Comparison(reference, (pair(reference, translation, placed, 0.9),))


_REF = [f"Paragraph number {i} tells a story of its own, in words of its own." for i in range(8)]
_TR = [f"Pastraipa {j} pasakoja savo istoriją, savais žodžiais ir savaip." for j in range(8)]


def test_blocks_both_editions_have_in_one_place_are_one_note_not_lost_and_added() -> None:
    # ontology-introwp nl: 'Fundamental' ↔ 'Foundational', a heading run into its paragraph — the aligner leaves a
    # block unpaired on each side, a pair apart; nothing was lost there, and it was a missing- and an extra-block.
    beads = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,)), ((3,), (3,))]
    comparison = _facing_comparison(_REF[:4], _TR[:4], beads)
    (note,) = MISSING.run(comparison)
    assert note.severity is Severity.INFO
    assert note.message.startswith("1 block of the reference and 1 block of this edition in the same place could not be paired")
    assert "'Paragraph number 1" in note.message and "'Pastraipa 2" in note.message
    assert list(EXTRA.run(comparison)) == []


def test_a_block_lost_where_the_other_edition_has_nothing_near_is_still_missing() -> None:
    # The other edition's unpaired block stands more than FACING_PAIRS pairs away, on another page.
    far = FACING_PAIRS + 1
    beads = [((0,), (0,)), ((1,), ()), *(((2 + k,), (1 + k,)) for k in range(far)), ((), (1 + far,)), ((2 + far,), (2 + far,))]
    comparison = _facing_comparison(_REF[: 3 + far], _TR[: 3 + far], beads, per_page=3)
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"]
    assert [f.message.split(":")[0] for f in EXTRA.run(comparison)] == ["paragraph not in the reference"]


def test_a_paragraph_repeated_in_place_of_its_translation_is_missing_and_extra() -> None:
    # ontology-techwp nl 7.7.1 repeats the 7.7 introduction instead of translating its own text.
    intro = "Įžanga: šioje dalyje aprašoma, kaip paskirstytos operacijos vykdomos tarp kelių mazgų ir kodėl."
    tr = [intro, _TR[1], intro, _TR[3]]
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,)), ((3,), (3,))]
    comparison = _facing_comparison(_REF[:4], tr, beads)
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"]
    assert [f.message.split(":")[0] for f in EXTRA.run(comparison)] == ["paragraph not in the reference"]


def test_the_rest_of_a_sentence_a_formula_interrupted_is_no_extra_block() -> None:
    # ontology-techwp nl: "… de handtekening van de emittent" ¶ "f (x1, …, xn)" ¶ ", en ondergrens" — the pieces
    # of one paragraph around a formula were 12 extra blocks.
    tr = [_TR[0], "f (x1, …, xn)", ", en ondergrens van de som", "van de eerste ronde", _TR[1]]
    beads = [((0,), (0,)), ((), (1,)), ((), (2,)), ((), (3,)), ((1,), (4,))]
    assert list(EXTRA.run(_facing_comparison(_REF[:2], tr, beads))) == []


def test_a_sentence_of_its_own_after_a_stray_full_stop_is_still_extra() -> None:
    # ontology-techwp nl: ". Ontology supports various collaborative trust scenarios." — a footnote nl dropped.
    tr = [_TR[0], ". Ontologija palaiko įvairius bendradarbiavimo scenarijus.", _TR[1]]
    beads = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert [f.message.split(":")[0] for f in EXTRA.run(_facing_comparison(_REF[:2], tr, beads))] == [
        "paragraph not in the reference"
    ]


def test_a_lower_case_block_after_an_unpaired_one_is_part_of_what_is_missing() -> None:
    tr = [_TR[0], "Papildoma pastraipa, kurios nėra originale, prasideda", "ir tęsiasi kitame bloke iki galo.", _TR[1]]
    beads = [((0,), (0,)), ((), (1,)), ((), (2,)), ((1,), (3,))]
    found = [f.message for f in EXTRA.run(_facing_comparison(_REF[:2], tr, beads))]
    assert [m.split(":")[0] for m in found] == ["paragraph not in the reference"] * 2


def test_a_note_or_a_formula_in_the_place_of_a_lost_paragraph_does_not_stand_for_it() -> None:
    tr = [_TR[0], "Išvertė UAB Vertimų namai", "f (x1, …, xn)", _TR[1]]
    beads = [((0,), (0,)), ((1,), ()), ((), (1,)), ((), (2,)), ((2,), (3,))]
    found = [f.message for f in MISSING.run(_facing_comparison(_REF[:3], tr, beads))]
    assert [m.split(":")[0] for m in found] == ["paragraph missing here"]


def _table_comparison(ref_rows: int, tr_rows: int, beads: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> Comparison:
    """A heading and a table of ``ref_rows`` rows in the reference, of ``tr_rows`` in the translation, paired by ``beads``."""
    ref_blocks = [block("Glossary", "en", kind=BlockKind.HEADING)] + [
        block(f"Term {i} | what term number {i} means, in words of its own", "en", index=i, kind=BlockKind.TABLE_ROW)
        for i in range(1, ref_rows + 1)
    ]
    tr_blocks = [block("Žodynėlis", "lt", kind=BlockKind.HEADING)] + [
        block(f"Terminas {j} | ką reiškia {j} terminas, savais žodžiais", "lt", index=j, kind=BlockKind.TABLE_ROW)
        for j in range(1, tr_rows + 1)
    ]
    reference = edition_of(document_of("en", "en", ref_blocks), with_entities=False)
    translation = edition_of(document_of("lt", "lt", tr_blocks), with_entities=False)
    placed = tuple(Bead(r, t, 0.9 if r and t else 0.0, 0.9) for r, t in beads)
    return Comparison(reference, (pair(reference, translation, placed, 0.9),))


def test_a_tables_unpaired_rows_far_apart_are_one_finding_with_how_many_rows_fewer() -> None:
    # htm-whitepaper de: the glossary sorted by the German terms leaves rows unpaired all over it on both sides
    # ("Active State" first, "Ebene" in the middle); the German glossary has three rows fewer (no Sensor, Bottom-Up,
    # Top-Down) — one finding for the table, not a missing and an extra block per row.
    beads = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,)), ((4,), (3,)), ((), (4,)), ((5,), (5,)), ((6,), (6,)),
             ((7,), (7,)), ((8,), ())]
    comparison = _table_comparison(8, 7, beads)
    (lost,) = MISSING.run(comparison)
    assert lost.severity is MISSING.severity
    assert lost.message.startswith("table with 1 row fewer here: 2 of its rows in the reference and 1 here could not be paired")
    assert "'Term 1 |" in lost.message
    assert list(EXTRA.run(comparison)) == []


def test_a_tables_unpaired_rows_as_many_on_each_side_are_one_note() -> None:
    beads = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,)), ((4,), (3,)), ((), (4,)), ((5,), (5,))]
    comparison = _table_comparison(5, 5, beads)
    (note,) = MISSING.run(comparison)
    assert note.severity is Severity.INFO
    assert note.message.startswith("1 block of the reference and 1 block of this edition in the same place could not be paired")
    assert list(EXTRA.run(comparison)) == []


def test_rows_more_in_the_translations_table_are_one_extra_block() -> None:
    beads = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,)), ((3,), (4,)), ((4,), ()), ((), (5,)), ((), (6,))]
    comparison = _table_comparison(4, 6, beads)
    assert list(MISSING.run(comparison)) == []
    (added,) = EXTRA.run(comparison)
    assert added.message.startswith("table with 2 rows more here: 3 of its rows here and 1 in the reference could not be paired")


def test_as_many_unpaired_blocks_on_the_pages_that_correspond_are_one_note() -> None:
    # commonshub-brochure: the German edition reads the boxes of its one page in another order; "Lush Nature",
    # "Event Spaces" and a line of activities were missing, "Atelier & Werkstatt", "Freiraum für Neues" and a line
    # extra, each more than FACING_PAIRS pairs from the other.
    far = FACING_PAIRS + 1
    beads = [((0,), (0,)), ((1,), ()), *(((2 + k,), (1 + k,)) for k in range(far)), ((), (1 + far,)), ((2 + far,), (2 + far,))]
    comparison = _facing_comparison(_REF[: 3 + far], _TR[: 3 + far], beads)
    (note,) = MISSING.run(comparison)
    assert note.severity is Severity.INFO
    assert note.message.startswith("1 block of the reference and 1 block of this edition in the same place")
    assert list(EXTRA.run(comparison)) == []


def test_unpaired_blocks_of_a_page_that_cannot_be_each_others_translation_are_each_told() -> None:
    far = FACING_PAIRS + 1
    beads = [((0,), (0,)), ((1,), ()), *(((2 + k,), (1 + k,)) for k in range(far)), ((), (1 + far,)), ((2 + far,), (2 + far,))]
    tr = list(_TR[: 3 + far])
    tr[1 + far] = "Kontaktai"  # a heading, where the reference lost a whole paragraph
    comparison = _facing_comparison(_REF[: 3 + far], tr, beads)
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"]
    assert [f.message.split(":")[0] for f in EXTRA.run(comparison)] == ["paragraph not in the reference"]


def test_more_unpaired_blocks_on_one_side_of_a_page_are_each_told() -> None:
    far = FACING_PAIRS + 1
    beads = [((0,), (0,)), ((1,), ()), ((2,), ()), *(((3 + k,), (1 + k,)) for k in range(far)), ((), (1 + far,))]
    comparison = _facing_comparison(_REF[: 3 + far], _TR[: 2 + far], beads)
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"] * 2
    assert [f.message.split(":")[0] for f in EXTRA.run(comparison)] == ["paragraph not in the reference"]
