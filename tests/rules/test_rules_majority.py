"""Value comparison across editions: changed/removed/added, moved values, and blaming the minority.

Pairs that are only texts → findings are data: ``tests/data/rules/values.toml``.
"""

from __future__ import annotations

import pytest

from factories import comparison, edition, pair
from heroes_i18ncheck.model import Bead
from heroes_i18ncheck.rules import (
    Comparison,
    Edition,
    Rule,
    acronyms,
    dates,
    numbers,
)


def compare(reference: Edition, *translations: Edition, rule: Rule = numbers.RULE):
    return list(rule.run(comparison(reference, *translations)))


EN = ("We have 24 partners.", "They come from 17 countries.")


def test_two_editions_blame_the_translation() -> None:
    (found,) = compare(edition("en", "en", *EN), edition("bg", "bg", "Имаме 24 партньори.", "Идват от 16 държави."))
    assert found.change == "changed"
    assert (found.reference.normalized, found.translation.normalized) == ("17", "16")
    assert found.translation.path == "bg" and found.translation.block == 1


def test_removed_and_added_are_told_apart() -> None:
    found = compare(edition("en", "en", "We have 24 partners."), edition("bg", "bg", "Имаме партньори, 15 от тях нови и още 16."))
    changes = sorted(f.change for f in found)
    assert changes == ["added", "changed"]


def test_neighbour_value_already_used_is_not_taken_twice() -> None:
    reference = edition("en", "en", "We have 24 partners.", "Of the 24 partners, most are NGOs.")
    translation = edition("bg", "bg", "Имаме партньори.", "От 24-те партньори повечето са НПО.")
    (found,) = compare(reference, translation)
    assert found.change == "removed" and found.reference.block == 0


def test_majority_blames_the_odd_translation() -> None:
    reference = edition("en", "en", *EN)
    good = [edition(f"{lang}", lang, "24 ...", "17 ...") for lang in ("bg", "lt", "es")]
    odd = edition("el", "el", "24 ...", "71 ...")
    found = compare(reference, *good, odd)
    assert [f.translation.path for f in found] == ["el"]
    assert "4 of 5 editions agree with the reference" in found[0].message


def test_majority_blames_the_reference_when_it_is_the_odd_one_out() -> None:
    reference = edition("en", "en", "We have 24 partners.", "They come from 71 countries.")
    translations = [edition(lang, lang, "24 ...", "17 ...") for lang in ("bg", "lt", "es", "el", "pl", "pt")]
    found = compare(reference, *translations)
    assert len(found) == 1
    (blame,) = found
    assert blame.translation.path == "en"
    assert blame.translation.normalized == "71" and blame.reference.normalized == "17"
    assert "6 of 7 editions have '17'" in blame.message


def test_majority_also_blames_the_translation_that_copied_the_reference() -> None:
    reference = edition("en", "en", "Budget 4 partners.", "From 71 countries.")
    copied = edition("bg", "bg", "4 ...", "71 ...")
    right = [edition(lang, lang, "4 ...", "17 ...") for lang in ("lt", "es", "el")]
    found = compare(reference, copied, *right)
    assert sorted(f.translation.path for f in found) == ["bg", "en"]


def test_a_value_added_by_most_translations_blames_the_reference() -> None:
    reference = edition("en", "en", "We have partners.")
    translations = [edition(lang, lang, "24 ...") for lang in ("bg", "lt", "es")]
    (found,) = compare(reference, *translations)
    assert found.translation.path == "en" and found.change == "removed"


def test_tie_between_rivals_keeps_pairwise_findings() -> None:
    reference = edition("en", "en", "We have 10 partners.")
    a = [edition(lang, lang, "11 ...") for lang in ("bg", "lt")]
    b = [edition(lang, lang, "12 ...") for lang in ("es", "el")]
    found = compare(reference, *a, *b)
    assert sorted(f.translation.path for f in found) == ["bg", "el", "es", "lt"]


def test_value_in_a_block_the_other_edition_lacks_is_not_a_mismatch() -> None:
    # The LT seed sets "2023 m. kovo 14 d." as a line of its own, which aligns as an extra block.
    reference = edition("bg", "bg", "Семинар CERIS FCT: Новата роля на Европол 14 Март, 2023 г.", "Прегледът беше в Брюксел.")
    translation = edition("lt", "lt", "CERIS FCT seminaras: naujas Europolo vaidmuo", "2023 m. kovo 14 d.", "Peržiūra vyko Briuselyje.")
    beads = (Bead((0,), (0,), 1.0, 1.0), Bead((), (1,), 0.0, 1.0), Bead((1,), (2,), 1.0, 1.0))
    assert list(dates.RULE.run(Comparison(reference, (pair(reference, translation, beads),)))) == []


def test_a_number_written_apart_is_still_compared_when_the_other_side_lacks_it() -> None:
    en = edition("en.md", "en", "Hash01 Hash23 after pruning Tx0-2 from the block with 36 nodes")
    ru = edition("ru.md", "ru", "Хэш 01 Хэш 47 после обрезки Тр. 0-2 из блока с 36 узлами")
    assert [f.translation.value for f in compare(en, ru)] == ["47"]


def stating(path: str, blocks: set[int], value: str = "CPU", count: int = 4) -> Edition:
    """An edition of ``count`` blocks that writes ``value`` in ``blocks`` and the words for it elsewhere."""
    texts = [f"{path} news {n}. " + (f"The {value} power is high." if n in blocks else "The processing power is high.") for n in range(count)]
    return edition(path, path, *texts)


@pytest.mark.parametrize(
    ("blocks", "blamed"),
    [
        # The Bitcoin paper's five editions: gr always writes the words, lt and ru only sometimes. Voted block by
        # block, en and es were blamed for CPU in block 1 (3 of 5 lack it) and gr for lacking it in block 3.
        ({"en": {0, 1, 3}, "es": {0, 1, 3}, "gr": {0}, "lt": {0, 3}, "ru": {0, 3}}, [("gr", 3, "removed")]),
        # The same, with the reference outvoted in more blocks than gr: the reference's side is the one blamed.
        ({"en": {0, 1, 2, 3}, "es": {0, 1, 2, 3}, "gr": {0}, "lt": {0, 3}, "ru": {0, 3}},
         [("en", 1, "added"), ("en", 2, "added"), ("es", 1, "added"), ("es", 2, "added")]),
        # CPU in block 1 of en and de, in block 3 of bg and lt, nowhere in fr: each block blames the editions that
        # have it there, which stand the other way round in the other block — no edition is both blamed and
        # cleared for having it, so all four blames stand (the vote cannot tell a moved fact from two slips).
        ({"en": {1}, "bg": {3}, "lt": {3}, "fr": set(), "de": {1}},
         [("bg", 3, "added"), ("de", 1, "added"), ("en", 1, "added"), ("lt", 3, "added")]),
    ],
    ids=["swaying-editions-reference-side-wins", "swaying-editions-reference-outvoted", "value-in-different-blocks"],
)
def test_one_fact_is_blamed_on_one_side_only(blocks: dict[str, set[int]], blamed: list) -> None:
    editions = [stating(path, where) for path, where in blocks.items()]
    found = compare(*editions, rule=acronyms.RULE)
    assert sorted((f.translation.path, f.translation.block, f.change) for f in found) == blamed


def test_two_editions_that_misstate_one_value_in_different_blocks_are_both_blamed() -> None:
    """de writes 25 for 24 in two blocks, bg in a third: in each block the one writing 25 is blamed; bg is not let
    off for being on the right side in de's two blocks."""
    texts = ("We have 24 partners.", "Of the 24, most are NGOs.", "All 24 met in Sofia.")
    others = [edition(lang, lang, *texts) for lang in ("en", "lt", "es")]
    de = edition("de", "de", "We have 25 partners.", "Of the 25, most are NGOs.", "All 24 met in Sofia.")
    bg = edition("bg", "bg", "We have 24 partners.", "Of the 24, most are NGOs.", "All 25 met in Sofia.")
    found = compare(*others, de, bg)
    assert sorted((f.translation.path, f.translation.block, f.change) for f in found) == [
        ("bg", 2, "changed"), ("de", 0, "changed"), ("de", 1, "changed")
    ]


def test_an_edition_that_drops_a_value_and_adds_it_elsewhere_is_blamed_for_both() -> None:
    """Not a contradiction: the same edition is blamed both times (the back cover's © 2018 dropped, a 2018 added
    in a note the others lack), and no other edition is."""
    texts = ("© 2018 The Foundation.", "We have 24 partners.", "A note.")
    others = [edition(lang, lang, *texts) for lang in ("en", "bg", "lt", "es")]
    odd = edition("de", "de", "© The Foundation.", "We have 24 partners.", "A note from 2018.")
    found = compare(*others, odd)
    assert sorted((f.translation.path, f.translation.block, f.change) for f in found) == [("de", 0, "removed"), ("de", 2, "added")]


def test_an_edition_that_states_another_value_is_still_blamed_once() -> None:
    found = compare(
        edition("en", "en", *EN),
        edition("bg", "bg", "Имаме 24 партньори.", "Идват от 17 държави."),
        edition("lt", "lt", "Turime 24 partnerius.", "Jie iš 17 šalių."),
        edition("de", "de", "Wir haben 25 Partner.", "Sie kommen aus 17 Ländern."),
    )
    assert [(f.translation.path, f.change, f.translation.normalized) for f in found] == [("de", "changed", "25")]
