"""missing-block and extra-block: what counts as content lost or added, and what is only layout."""

from __future__ import annotations

from heroes_i18ncheck import check_texts
from heroes_i18ncheck.model import BlockKind


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
    from heroes_i18ncheck.model import Alignment, Bead, Block, Document, Severity
    from heroes_i18ncheck.rules import Comparison, Edition, Pair
    from heroes_i18ncheck.rules.blocks import DROWNING_BLOCKS, MISSING

    count = DROWNING_BLOCKS + 5
    blocks = tuple(Block(i, 1 + i // 10, BlockKind.PARAGRAPH, f"Paragraph number {i} tells a story of its own.", "en") for i in range(count))
    reference = Edition(Document("en", "en", "name", 3, blocks), tuple(() for _ in blocks))
    kept = (Block(0, 1, BlockKind.PARAGRAPH, "Pirmoji pastraipa pasakoja savo istoriją.", "lt"),)
    translation = Edition(Document("lt", "lt", "name", 1, kept), ((),))
    beads = (Bead((0,), (0,), 0.9, 0.9), *(Bead((i,), (), 0.0, 0.9) for i in range(1, count)))
    pair = Pair(Alignment(reference.document, translation.document, beads, 0.2), reference, translation)
    (found,) = MISSING.run(Comparison(reference, (pair,)))
    assert found.severity is Severity.WARNING
    assert found.message.startswith(f"{count - 1} of {count} blocks of the reference have no counterpart here (pages 1–3)")


def test_a_few_unpaired_blocks_are_each_reported() -> None:
    found = _blocks(f"{INTRO_EN}\n\n{OUTRO_EN}", INTRO_LT)
    assert len(found) == 1 and "missing here" in found[0]


def test_a_contents_entry_without_counterpart_is_not_missing() -> None:
    # ontology-techwp: contents entries split or merged differently per edition were each a missing or extra block.
    from heroes_i18ncheck.model import Alignment, Bead, Block, Document
    from heroes_i18ncheck.rules import Comparison, Edition, Pair
    from heroes_i18ncheck.rules.blocks import EXTRA, MISSING

    ref_blocks = (
        Block(0, 1, BlockKind.CONTENTS_ENTRY, "4.2.1. Centralized Trust Model", "en"),
        Block(1, 2, BlockKind.PARAGRAPH, INTRO_EN, "en"),
    )
    tr_blocks = (
        Block(0, 1, BlockKind.CONTENTS_ENTRY, "4.2.2. Gedecentraliseerd vertrouwensmodel", "nl"),
        Block(1, 2, BlockKind.PARAGRAPH, INTRO_LT, "lt"),
    )
    reference = Edition(Document("en", "en", "name", 2, ref_blocks), ((), ()))
    translation = Edition(Document("lt", "lt", "name", 2, tr_blocks), ((), ()))
    beads = (Bead((0,), (), 0.0, 0.9), Bead((), (0,), 0.0, 0.9), Bead((1,), (1,), 0.9, 0.9))
    pair = Pair(Alignment(reference.document, translation.document, beads, 0.9), reference, translation)
    comparison = Comparison(reference, (pair,))
    assert list(MISSING.run(comparison)) == []
    assert list(EXTRA.run(comparison)) == []


def test_the_other_side_of_a_drowning_pair_is_told_in_one_warning_too() -> None:
    # htm-whitepaper pt: 84 reference blocks unpaired (one warning) while 64 of the edition's were listed one by one.
    from heroes_i18ncheck.model import Alignment, Bead, Block, Document, Severity
    from heroes_i18ncheck.rules import Comparison, Edition, Pair
    from heroes_i18ncheck.rules.blocks import DROWNING_BLOCKS, EXTRA, MISSING

    def paragraphs(count: int, text: str, language: str) -> tuple[Block, ...]:
        return tuple(Block(i, 1 + i // 10, BlockKind.PARAGRAPH, f"{text} {i}.", language) for i in range(count))

    ref_blocks = paragraphs(100, "Paragraph number tells a story of its own", "en")
    tr_extra = DROWNING_BLOCKS + 5  # too few to drown in an edition of 500 blocks
    tr_blocks = paragraphs(500, "Pastraipa pasakoja savo istoriją", "lt")
    reference = Edition(Document("en", "en", "name", 10, ref_blocks), tuple(() for _ in ref_blocks))
    translation = Edition(Document("lt", "lt", "name", 50, tr_blocks), tuple(() for _ in tr_blocks))
    beads = (
        *(Bead((i,), (i,), 0.9, 0.9) for i in range(60)),
        *(Bead((i,), (), 0.0, 0.9) for i in range(60, 100)),
        *(Bead((), (j,), 0.0, 0.9) for j in range(60, 60 + tr_extra)),
    )
    pair = Pair(Alignment(reference.document, translation.document, beads, 0.3), reference, translation)
    comparison = Comparison(reference, (pair,))
    (missing,) = MISSING.run(comparison)
    (extra,) = EXTRA.run(comparison)
    assert missing.severity is Severity.WARNING and missing.message.startswith("40 of 100 blocks")
    assert extra.severity is Severity.WARNING and extra.message.startswith(f"{tr_extra} of 500 blocks")


def test_unpaired_blocks_crowding_a_page_are_told_once_for_the_page() -> None:
    # htm-whitepaper de: the glossary, sorted by the German terms, left 5 to 7 rows a page unpaired on each side.
    from heroes_i18ncheck.model import Alignment, Bead, Block, Document, Severity
    from heroes_i18ncheck.rules import Comparison, Edition, Pair
    from heroes_i18ncheck.rules.blocks import MISSING

    ref_blocks = tuple(
        Block(i, 1 if i < 8 else 2, BlockKind.PARAGRAPH, f"Paragraph number {i} tells a story of its own.", "en") for i in range(16)
    )
    tr_blocks = tuple(Block(j, 1 if j < 7 else 2, BlockKind.PARAGRAPH, f"Pastraipa {j} pasakoja savo istoriją.", "lt") for j in range(12))
    reference = Edition(Document("en", "en", "name", 2, ref_blocks), tuple(() for _ in ref_blocks))
    translation = Edition(Document("lt", "lt", "name", 2, tr_blocks), tuple(() for _ in tr_blocks))
    lost = {3, 9, 11, 14}  # one on page 1, three of the eight on page 2
    paired = [i for i in range(16) if i not in lost]
    beads = tuple(Bead((i,), (j,), 0.9, 0.9) if i in paired else Bead((i,), (), 0.0, 0.9) for i, j in _placed(paired, lost))
    pair = Pair(Alignment(reference.document, translation.document, beads, 0.9), reference, translation)
    found = sorted(MISSING.run(Comparison(reference, (pair,))), key=lambda f: f.reference.page)
    assert [(f.reference.page, f.severity) for f in found] == [(1, Severity.ERROR), (2, Severity.WARNING)]
    assert found[1].message.startswith("3 of the 8 blocks on page 2 of the reference have no counterpart here")


def test_two_unpaired_blocks_on_a_page_are_each_reported() -> None:
    from heroes_i18ncheck.model import Alignment, Bead, Block, Document
    from heroes_i18ncheck.rules import Comparison, Edition, Pair
    from heroes_i18ncheck.rules.blocks import MISSING

    ref_blocks = tuple(Block(i, 1, BlockKind.PARAGRAPH, f"Paragraph number {i} tells a story of its own.", "en") for i in range(4))
    tr_blocks = tuple(Block(j, 1, BlockKind.PARAGRAPH, f"Pastraipa {j} pasakoja savo istoriją.", "lt") for j in range(2))
    reference = Edition(Document("en", "en", "name", 1, ref_blocks), tuple(() for _ in ref_blocks))
    translation = Edition(Document("lt", "lt", "name", 1, tr_blocks), tuple(() for _ in tr_blocks))
    beads = (Bead((0,), (0,), 0.9, 0.9), Bead((1,), (), 0.0, 0.9), Bead((2,), (), 0.0, 0.9), Bead((3,), (1,), 0.9, 0.9))
    pair = Pair(Alignment(reference.document, translation.document, beads, 0.9), reference, translation)
    assert [f.message.split(":")[0] for f in MISSING.run(Comparison(reference, (pair,)))] == ["paragraph missing here"] * 2


def _placed(paired: list[int], lost: set[int]) -> list[tuple[int, int]]:
    """Each reference block with the translation block it pairs with (in order), or -1 when it is lost."""
    out, j = [], 0
    for i in range(len(paired) + len(lost)):
        out.append((i, j if i not in lost else -1))
        j += i not in lost
    return out


def _facing_comparison(ref_texts: list[str], tr_texts: list[str], beads: list[tuple[tuple[int, ...], tuple[int, ...]]]):
    """A reference and a translation with the given paragraphs and beads (pairs scored 0.9, gaps 0.0)."""
    from heroes_i18ncheck.model import Alignment, Bead, Block, Document
    from heroes_i18ncheck.rules import Comparison, Edition, Pair

    ref_blocks = tuple(Block(i, 1 + i // 8, BlockKind.PARAGRAPH, text, "en") for i, text in enumerate(ref_texts))
    tr_blocks = tuple(Block(j, 1 + j // 8, BlockKind.PARAGRAPH, text, "lt") for j, text in enumerate(tr_texts))
    reference = Edition(Document("en", "en", "name", 3, ref_blocks), tuple(() for _ in ref_blocks))
    translation = Edition(Document("lt", "lt", "name", 3, tr_blocks), tuple(() for _ in tr_blocks))
    placed = tuple(Bead(r, t, 0.9 if r and t else 0.0, 0.9) for r, t in beads)
    pair = Pair(Alignment(reference.document, translation.document, placed, 0.9), reference, translation)
    return Comparison(reference, (pair,))


_REF = [f"Paragraph number {i} tells a story of its own, in words of its own." for i in range(8)]
_TR = [f"Pastraipa {j} pasakoja savo istoriją, savais žodžiais ir savaip." for j in range(8)]


def test_blocks_both_editions_have_in_one_place_are_one_note_not_lost_and_added() -> None:
    # ontology-introwp nl: 'Fundamental' ↔ 'Foundational', a heading run into its paragraph — the aligner leaves a
    # block unpaired on each side, a pair apart; nothing was lost there, and it was a missing- and an extra-block.
    from heroes_i18ncheck.model import Severity
    from heroes_i18ncheck.rules.blocks import EXTRA, MISSING

    beads = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,)), ((3,), (3,))]
    comparison = _facing_comparison(_REF[:4], _TR[:4], beads)
    (note,) = MISSING.run(comparison)
    assert note.severity is Severity.INFO
    assert note.message.startswith("1 block of the reference and 1 block of this edition in the same place could not be paired")
    assert "'Paragraph number 1" in note.message and "'Pastraipa 2" in note.message
    assert list(EXTRA.run(comparison)) == []


def test_a_block_lost_where_the_other_edition_has_nothing_near_is_still_missing() -> None:
    from heroes_i18ncheck.rules.blocks import EXTRA, FACING_PAIRS, MISSING

    far = FACING_PAIRS + 1
    beads = [((0,), (0,)), ((1,), ()), *(((2 + k,), (1 + k,)) for k in range(far)), ((), (1 + far,)), ((2 + far,), (2 + far,))]
    comparison = _facing_comparison(_REF[: 3 + far], _TR[: 3 + far], beads)
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"]
    assert [f.message.split(":")[0] for f in EXTRA.run(comparison)] == ["paragraph not in the reference"]


def test_a_paragraph_repeated_in_place_of_its_translation_is_missing_and_extra() -> None:
    # ontology-techwp nl 7.7.1 repeats the 7.7 introduction instead of translating its own text.
    from heroes_i18ncheck.rules.blocks import EXTRA, MISSING

    intro = "Įžanga: šioje dalyje aprašoma, kaip paskirstytos operacijos vykdomos tarp kelių mazgų ir kodėl."
    tr = [intro, _TR[1], intro, _TR[3]]
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,)), ((3,), (3,))]
    comparison = _facing_comparison(_REF[:4], tr, beads)
    assert [f.message.split(":")[0] for f in MISSING.run(comparison)] == ["paragraph missing here"]
    assert [f.message.split(":")[0] for f in EXTRA.run(comparison)] == ["paragraph not in the reference"]


def test_the_rest_of_a_sentence_a_formula_interrupted_is_no_extra_block() -> None:
    # ontology-techwp nl: "… de handtekening van de emittent" ¶ "f (x1, …, xn)" ¶ ", en ondergrens" — the pieces
    # of one paragraph around a formula were 12 extra blocks.
    from heroes_i18ncheck.rules.blocks import EXTRA

    tr = [_TR[0], "f (x1, …, xn)", ", en ondergrens van de som", "van de eerste ronde", _TR[1]]
    beads = [((0,), (0,)), ((), (1,)), ((), (2,)), ((), (3,)), ((1,), (4,))]
    assert list(EXTRA.run(_facing_comparison(_REF[:2], tr, beads))) == []


def test_a_sentence_of_its_own_after_a_stray_full_stop_is_still_extra() -> None:
    # ontology-techwp nl: ". Ontology supports various collaborative trust scenarios." — a footnote nl dropped.
    from heroes_i18ncheck.rules.blocks import EXTRA

    tr = [_TR[0], ". Ontologija palaiko įvairius bendradarbiavimo scenarijus.", _TR[1]]
    beads = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert [f.message.split(":")[0] for f in EXTRA.run(_facing_comparison(_REF[:2], tr, beads))] == [
        "paragraph not in the reference"
    ]


def test_a_lower_case_block_after_an_unpaired_one_is_part_of_what_is_missing() -> None:
    from heroes_i18ncheck.rules.blocks import EXTRA

    tr = [_TR[0], "Papildoma pastraipa, kurios nėra originale, prasideda", "ir tęsiasi kitame bloke iki galo.", _TR[1]]
    beads = [((0,), (0,)), ((), (1,)), ((), (2,)), ((1,), (3,))]
    found = [f.message for f in EXTRA.run(_facing_comparison(_REF[:2], tr, beads))]
    assert [m.split(":")[0] for m in found] == ["paragraph not in the reference"] * 2


def test_a_note_or_a_formula_in_the_place_of_a_lost_paragraph_does_not_stand_for_it() -> None:
    from heroes_i18ncheck.rules.blocks import MISSING

    tr = [_TR[0], "Išvertė UAB Vertimų namai", "f (x1, …, xn)", _TR[1]]
    beads = [((0,), (0,)), ((1,), ()), ((), (1,)), ((), (2,)), ((2,), (3,))]
    found = [f.message for f in MISSING.run(_facing_comparison(_REF[:3], tr, beads))]
    assert [m.split(":")[0] for m in found] == ["paragraph missing here"]
