"""Units: blocks that continue a broken sentence are aligned as one."""

from __future__ import annotations

import pytest

from factories import block, document_of
from heroes_i18ncheck.align.units import continues, join_broken_blocks
from heroes_i18ncheck.model import BlockKind

P, H, L = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM


CONTINUES = [
    pytest.param("Prevention and", "investigation of crimes.", P, True, id="lower-case-start-continues"),
    pytest.param("борба с трафика на хора и", "CSA/CSE, концентрират", P, True, id="after-short-trailing-word"),
    pytest.param("уникални за борбата с престъпленията", "CSA/CSE.", P, True, id="one-word-tail-ends-the-sentence"),
    pytest.param("The review is done.", "next year we meet", P, False, id="previous-ends-a-sentence"),
    pytest.param("Project progress", "The guide was written", P, False, id="heading-like-then-capital"),
    pytest.param("Contacts and", "https://heroes-fct.eu", P, False, id="a-link-never-continues"),
    pytest.param("VictimVictimSS", "heroes@ucm.es", P, False, id="an-email-never-continues"),
    pytest.param("20-OJI IMISCOE METINĖ KONFERENCIJA", "V a r š u v a ,  L e n k i j a .", P, False,
                 id="banner-after-upper-case-line"),
    pytest.param("36 months and", "twenty partners", L, False, id="list-items-stay-apart"),
    pytest.param("Three pillars and", "more", H, False, id="headings-stay-apart"),
]


@pytest.mark.parametrize(("previous", "text", "kind", "expected"), CONTINUES)
def test_continues(previous: str, text: str, kind: BlockKind, expected: bool) -> None:
    assert continues(block(previous, kind=kind), block(text, kind=kind)) is expected


def test_blocks_on_different_pages_never_join() -> None:
    assert not continues(block("the text goes on", page=1), block("on the next page", page=2))


def test_every_block_is_in_exactly_one_unit_in_order() -> None:
    texts = ["A heading", "a paragraph broken", "over two lines.", "Another one,", "and", "more of it."]
    units = join_broken_blocks(document_of("x.txt", "en", (block(t, index=i) for i, t in enumerate(texts)), source="option"))
    assert [u.blocks for u in units] == [(0, 1, 2), (3, 4, 5)]
    assert units[0].text == "A heading a paragraph broken over two lines."
    assert units[0].length == len("Aheadingaparagraphbrokenovertwolines.")
