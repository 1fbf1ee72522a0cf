"""The value rules pair a bead's facts through an index of their values: the same pairs and leftovers, in the same
order, as asking every fact against every other — and a block of many numbers costs comparisons in proportion to
its size, not to its square."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.model import Block, BlockKind, Entity, EntityKind
from heroes_i18ncheck.rules.date_values import dates_agree
from heroes_i18ncheck.rules.numbers import numbers_agree
from heroes_i18ncheck.rules.values import (
    Agreement,
    Located,
    _not_repeated,
    _pair_off,
    grouped_otherwise,
    values_overlap,
)

PHRASES = {
    "en": ["24 partners in 17 countries", "EUR 4.99M", "€2.2 billion", "85 mph", "136 km/h", "8 km (5 miles)",
           "80 degrees", "27 °C", "in the 80s", "the 1930s", "the 20th century", "at 7 a.m.", "at 3 p.m.", "3–6",
           "70-90%", "32 %", "100%", "in 2023 and 1999", "on 14 March 2023", "in March 2023", "on 8 December",
           "the 1st and the 20th", "12 pounds", "£12", "$60m - $200m", "10 years", "3.5 kg", "2 inches", "5 cm",
           "7", "15", "60", "200", "1930", "2.2", "12", "4.99", "2,000 people", "0800 555 111",
           # ambiguous: each reads as two or three values, one of which an earlier fact may hold
           "1,500 people", "1.5", "1500", "2.500", "2.5", "2500", "3.456", "3456", "80", "1980", "30", "2", "1"],
    "fr": ["2,2 milliards", "à 15 h", "20 ans", "le 14 mars 2023", "1.000 personnes"],
    "es": ["siglo XX", "60 a 200 millones de dólares", "26º", "entre un 70 % y un 90 %"],
    "de": ["3,5 kg", "1.000 Euro", "am 8. Dezember"],
    "pl": ["o 7 rano", "XX wiek"],
}  # fmt: skip
ENTITIES = tuple(
    dict.fromkeys(e for language, texts in PHRASES.items() for text in texts for e in extract_entities(text, language))
)


def _asymmetric(a: Entity, b: Entity) -> bool:
    """An agreement the index cannot know: by position, one way only."""
    return a.start < b.start and a.kind == b.kind


AGREEMENTS: dict[str, Callable[[Entity, Entity], bool]] = {
    "overlap": values_overlap,
    "numbers": numbers_agree,
    "dates": dates_agree,
    "asymmetric": _asymmetric,
}


def _located(picks: list[int], side: int) -> list[Located]:
    """Each pick of ``ENTITIES`` in a block of its own, so that two picks of one entity are two facts."""
    return [Located(Block(side * 1000 + i, 1, BlockKind.PARAGRAPH, "", "en"), ENTITIES[p]) for i, p in enumerate(picks)]


def _plain_pair_off(left: list[Located], right: list[Located], agree: Callable[[Entity, Entity], bool]) -> tuple:
    """The pairing asked of every pair: each of ``left`` takes the first free one of ``right`` that agrees."""
    pool, pairs, unpaired = list(right), [], []
    for item in left:
        index = next((i for i, other in enumerate(pool) if agree(item.entity, other.entity)), None)
        if index is None:
            unpaired.append(item)
        else:
            pairs.append((item, pool.pop(index)))
    return pairs, unpaired, pool


picks = st.lists(st.integers(min_value=0, max_value=len(ENTITIES) - 1), max_size=25)


def test_the_catalogue_holds_every_kind_the_number_rule_compares_otherwise() -> None:
    kinds = {e.kind for e in ENTITIES}
    assert {EntityKind.NUMBER, EntityKind.MONEY, EntityKind.QUANTITY, EntityKind.TIME, EntityKind.ORDINAL,
            EntityKind.YEAR, EntityKind.RANGE, EntityKind.PERCENT, EntityKind.DATE} <= kinds  # fmt: skip
    assert {"decade", "roman"} <= {e.subkind for e in ENTITIES}
    pairs = [(a, b) for a in ENTITIES for b in ENTITIES]
    assert any(numbers_agree(a, b) and not values_overlap(a, b) for a, b in pairs), "some agree beyond a shared value"


@settings(max_examples=300, deadline=None)
@given(picks, picks, st.sampled_from(sorted(AGREEMENTS)))
def test_pairing_through_the_index_pairs_as_asking_every_pair_does(
    left: list[int], right: list[int], name: str
) -> None:
    agree = AGREEMENTS[name]
    ref, tr = _located(left, 0), _located(right, 1)
    assert _pair_off(ref, tr, agree) == _plain_pair_off(ref, tr, agree)


@settings(max_examples=300, deadline=None)
@given(picks, picks, st.sampled_from(sorted(AGREEMENTS)))
def test_a_repeated_mention_is_found_through_the_index_as_by_asking_every_pair(
    leftover: list[int], matched: list[int], name: str
) -> None:
    agree = AGREEMENTS[name]
    items, shared = _located(leftover, 0), _located(matched, 1)
    plain = [item for item in items if not any(agree(item.entity, other.entity) for other in shared)]
    assert _not_repeated(items, shared, agree) == plain


def test_the_number_rule_compares_beyond_a_shared_value_only_the_sorts_it_names() -> None:
    # The index asks ``beyond`` only of related sorts: a pair it leaves out must be one ``beyond`` calls different.
    assert isinstance(numbers_agree, Agreement)
    for a in ENTITIES:
        for b in ENTITIES:
            if numbers_agree.beyond(a, b):
                assert numbers_agree.related(numbers_agree.sort(a), numbers_agree.sort(b)), (a, b)


def test_a_block_of_many_numbers_is_paired_without_comparing_each_to_every_other() -> None:
    calls = 0

    def beyond(a: Entity, b: Entity) -> bool:
        nonlocal calls
        calls += 1
        return numbers_agree.beyond(a, b)

    counted = Agreement(beyond, numbers_agree.sort, numbers_agree.related)
    n = 2000
    text = " ".join(f"item {i} costs {i * 7} units" for i in range(n))
    changed = " ".join(f"item {i} costs {i * 7 + 1} units" for i in range(n))
    ref = [Located(Block(0, 1, BlockKind.PARAGRAPH, text, "en"), e) for e in extract_entities(text, "en")]
    tr = [Located(Block(0, 1, BlockKind.PARAGRAPH, changed, "en"), e) for e in extract_entities(changed, "en")]
    assert len(ref) == len(tr) == 2 * n
    pairs, removed, added = _pair_off(ref, tr, counted)
    assert len(removed) == len(added) > n // 2
    assert len(_not_repeated(removed, [r for r, _ in pairs], counted)) < len(removed), "some repeat an item's number"
    assert calls == 0, "plain numbers agree by a shared value or not at all: beyond is never asked"


def test_a_number_written_in_spaced_groups_is_found_in_them() -> None:
    text = "Call 0800 555 111 or 12 345 678 today."
    for number, there in [("0800555111", True), ("555111", True), ("555", True), ("0800555", True),
                          ("345678", True), ("12345678", True), ("111123", False), ("5551", False), ("800", False)]:  # fmt: skip
        entity = Entity(EntityKind.NUMBER, number, 0, len(number), number)
        assert grouped_otherwise(entity, text) is there, number


def test_a_fact_of_two_readings_takes_the_first_fact_that_holds_either() -> None:
    (ambiguous,) = extract_entities("1,500 people", "en")
    assert ambiguous.values == {"1500", "1.5"}
    (small,), (large,) = extract_entities("1.5", "en"), extract_entities("1500", "en")
    for pool in ([small, large], [large, small]):
        right = [Located(Block(i, 1, BlockKind.PARAGRAPH, "", "en"), e) for i, e in enumerate(pool)]
        for agree in (values_overlap, numbers_agree):
            pairs, _, left = _pair_off(_located([ENTITIES.index(ambiguous)], 0), right, agree)
            assert [t for _, t in pairs] == right[:1] and left == right[1:]
