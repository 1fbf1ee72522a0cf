"""Sidebars paired apart from the running text: a box placed elsewhere moves as a unit, the paragraphs stay paired."""

from __future__ import annotations

import pytest

from factories import document_of_rows
from heroes_i18ncheck.align import align
from heroes_i18ncheck.model import Bead, BlockKind, Document

P, S, H = BlockKind.PARAGRAPH, BlockKind.SIDEBAR, BlockKind.HEADING

EN = [
    ("HEROES project news", H, 1),
    ("The HEROES consortium met in Madrid on 14 March 2023 to review the first year of work with all 24 partners.", P, 1),
    ("Key figures", S, 1),
    ("24 partners, 17 countries, grant 101021801, a budget of EUR 4.99M, 36 months from 1 September 2021; contact"
     " info@heroes-fct.eu.", S, 1),
    ("The second pilot starts soon, led by a research centre with long experience in the field.", P, 1),
    ("Training for police officers will follow before the end of the year.", P, 2),
    ("We thank every partner for the work done so far and look forward to the next meeting.", P, 2),
    ("The project is funded under grant agreement 101021801 of the Horizon 2020 programme.", P, 2),
]
LT_TEXT = [
    ("HEROES projekto naujienos", H, 1),
    ("HEROES konsorciumas 2023 m. kovo 14 d. susitiko Madride ir su visais 24 partneriais aptarė pirmųjų darbo metų"
     " rezultatus.", P, 1),
    ("Antrasis bandomasis etapas netrukus prasidės, jam vadovaus ilgą patirtį šioje srityje turintis tyrimų centras.", P, 1),
    ("Policijos pareigūnų mokymai vyks iki metų pabaigos.", P, 2),
    ("Dėkojame visiems partneriams už iki šiol atliktą darbą ir laukiame kito susitikimo.", P, 2),
    ("Projektas finansuojamas pagal programos „Horizontas 2020“ dotacijos sutartį Nr. 101021801.", P, 2),
]
LT_BOX = [
    ("Pagrindiniai skaičiai", S, 1),
    ("24 partneriai, 17 šalių, dotacija 101021801, 4,99 mln. EUR biudžetas, 36 mėnesiai nuo 2021 m. rugsėjo 1 d.;"
     " kontaktai info@heroes-fct.eu.", S, 1),
]


def _lt(box_at: int) -> Document:
    return document_of_rows("lt.pdf", "lt", [*LT_TEXT[:box_at], *LT_BOX, *LT_TEXT[box_at:]])


def _beads(box_at: int) -> tuple[Bead, ...]:
    return align(document_of_rows("en.pdf", "en", EN), _lt(box_at)).beads


@pytest.mark.parametrize("box_at", range(1, len(LT_TEXT) + 1))
def test_a_box_placed_elsewhere_moves_as_a_unit_and_every_paragraph_stays_paired(box_at: int) -> None:
    # Before, with the box beside the third or fourth paragraph, the box paired in order and the paragraphs it
    # crossed (sharing nothing but their place) were left unpaired on both sides; beside the first, the first
    # paragraph was taken for what moved.
    beads = _beads(box_at)
    assert not [b for b in beads if not (b.reference and b.translation)]
    pairs = {(r, t) for b in beads for r in b.reference for t in b.translation}
    assert {(2, box_at), (3, box_at + 1)} <= pairs  # the title goes with its box
    paragraphs = [(r, t) for r, t in sorted(pairs) if r not in (2, 3)]
    assert [t for _, t in paragraphs] == [t for t in range(len(LT_TEXT) + 2) if t not in (box_at, box_at + 1)]
    moved = {r for b in beads if b.moved for r in b.reference}
    assert moved == (set() if box_at == 2 else {2, 3})


def test_a_box_the_other_edition_reads_as_running_text_still_pairs_in_place() -> None:
    as_text = [(text, P, page) for text, _, page in LT_BOX]
    lt = document_of_rows("lt.pdf", "lt", [*LT_TEXT[:2], *as_text, *LT_TEXT[2:]])
    beads = align(document_of_rows("en.pdf", "en", EN), lt).beads
    pairs = {(r, t) for b in beads for r in b.reference for t in b.translation}
    assert (3, 3) in pairs
    assert not [b for b in beads if b.moved]
