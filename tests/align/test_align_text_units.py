"""A text input's line that ends in a short word is a headline when a capitalised word follows it, not a broken
sentence as in a PDF."""

from __future__ import annotations

from heroes_i18ncheck.align.units import continues, join_broken_blocks
from heroes_i18ncheck.model import Block, BlockKind, Document


def test_a_headline_ending_in_a_short_word_does_not_run_into_the_next_paragraph_of_a_text() -> None:
    # NTREX L585: "Ayr 38 - 17 Melrose: Unbeaten Ayr go top" was joined with the report below it, and the Polish
    # headline, which ends in a longer word, was left unpaired.
    headline, report = "Ayr 38 - 17 Melrose: Unbeaten Ayr go top", "Grant Anderson's 14th minute try put Ayr ahead."
    as_text = [Block(0, 1, BlockKind.PARAGRAPH, headline, "en", line=585), Block(1, 1, BlockKind.PARAGRAPH, report, "en", line=591)]
    as_pdf = [Block(0, 1, BlockKind.PARAGRAPH, headline, "en"), Block(1, 1, BlockKind.PARAGRAPH, report, "en")]
    assert not continues(*as_text)
    assert continues(*as_pdf)  # in a PDF a line ending in a short word may be a broken sentence
    units = join_broken_blocks(Document("en.txt", "en", "option", 1, tuple(as_text)))
    assert [u.blocks for u in units] == [(0,), (1,)]


def test_a_line_of_a_text_broken_after_a_conjunction_still_joins_an_acronym_after_it() -> None:
    # The Bulgarian seed: "Трите стълба, предложени за борба с трафика на хора и" ↔ "CSA/CSE, концентрират …".
    before = Block(0, 1, BlockKind.PARAGRAPH, "Трите стълба, предложени за борба с трафика на хора и", "bg", line=52)
    after = Block(1, 1, BlockKind.PARAGRAPH, "CSA/CSE, концентрират всички усилия за превенция.", "bg", line=54)
    assert continues(before, after)
