"""Quantities stated in words, read once per text: the amounts a text states answer every quantity asked of it as
reading each of its words for each quantity did."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heroes_i18ncheck.entities import quantities
from heroes_i18ncheck.entities.number_words import folded_words, spelled_amounts, word_values
from heroes_i18ncheck.entities.quantities import _agree, _compound, _unit_table, amounts_in_words, stated_in_words
from heroes_i18ncheck.model import Entity, EntityKind

pytest.importorskip("icu4py.messageformat")

LANGUAGES = ("en", "fr", "cs", "hu", "pl", "pt", "de", "ro")
ASKED_UNITS = ("length-meter", "length-foot", "length-centimeter", "length-inch", "length-kilometer", "length-mile",
               "mass-kilogram", "mass-pound", "temperature-generic", "temperature-celsius", "volume-liter")  # fmt: skip
AMOUNTS = ("0.5", "1", "2", "3", "5", "6", "10", "20", "25", "60", "100", "1.3")


@functools.cache
def _word_pool(language: str) -> tuple[str, ...]:
    """Amount words, unit words and stems with an ending, compounds of both (``dvoumetrovy``), and other words."""
    words = {"the", "of", "boat", "forward", "dvou", "ket", "dwu", "zwei", "tri", "peti", "dvaceti", "letni"}
    for code in (language, "en"):
        words |= {" ".join(w) for w, value in word_values(code).items() if value in AMOUNTS or len(w) > 1}
        for unit in _unit_table(code):
            words |= {unit.rstrip("*"), unit.rstrip("*") + "ami"}
            words |= {prefix + unit.rstrip("*") + "ovy" for prefix in ("dvou", "ket", "dwu", "tri", "sest")}
    return tuple(sorted(words))


@functools.cache
def _stated(language: str) -> tuple[tuple[str, str, str], ...]:
    """Amount words and a unit word after them (``six mètres``), with the value they state."""
    amounts = [(" ".join(w), v) for code in (language, "en") for w, v in word_values(code).items() if v in AMOUNTS]
    units = [(w.rstrip("*"), u) for w, u in _unit_table(language).items() if u in ASKED_UNITS and w.rstrip("*").isalpha()]
    return tuple((f"{words} {unit_word}", amount, unit) for words, amount in amounts for unit_word, unit in units)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, str, list[Entity]]:
    """A language, a text of amount and unit words and others, and quantities to ask about: some it states."""
    language = draw(st.sampled_from(LANGUAGES))
    word = st.sampled_from(_word_pool(language)) | st.text(alphabet="aeikmnorst", min_size=1, max_size=7)
    words = draw(st.lists(word, max_size=12))
    value = st.builds(lambda a, u: f"{a} {u}", st.sampled_from(AMOUNTS), st.sampled_from(ASKED_UNITS))
    asked = draw(st.lists(st.lists(value, min_size=1, max_size=2), min_size=1, max_size=3))
    for text, amount, unit in draw(st.lists(st.sampled_from(_stated(language)), max_size=2)):
        words.insert(draw(st.integers(0, len(words))), text)
        asked.append([f"{amount} {unit}", *draw(st.lists(value, max_size=1))])
    entities = [Entity(EntityKind.QUANTITY, "q", 0, 1, v[0], tuple(v[1:])) for v in asked]
    return language, " ".join(words), draw(st.permutations(entities))


def _per_word(entity: Entity, text: str, language: str) -> bool:
    """``stated_in_words`` as it read a text before: each word of it for each quantity asked."""
    tokens = folded_words(text)
    for code in dict.fromkeys((language, "en")):
        table = _unit_table(code)
        stems = [w[:-1] for w in table if w.endswith("*")]
        for i, token in enumerate(tokens):
            unit = table.get(token) or next((table[s + "*"] for s in stems if token.startswith(s)), None)
            amount = spelled_amounts(tokens, i, code) if unit is not None else None
            if amount is None:
                amount, unit = _compound(token, code)
            if amount is not None and any(_agree(f"{amount} {unit}", value) for value in entity.values):
                return True
    return False


@settings(max_examples=300, deadline=None)
@given(_cases())
def test_the_amounts_read_once_answer_as_reading_every_word_for_each_quantity(
    case: tuple[str, str, list[Entity]],
) -> None:
    language, text, asked = case
    for entity in asked:
        assert stated_in_words(entity, text, language) is _per_word(entity, text, language), (entity.values, text)


def test_the_amounts_are_each_value_once_the_languages_own_words_first() -> None:
    text = "six feet, then a dvoumetrovy man, two metres and six feet again"
    assert amounts_in_words(text, "cs") == ("2 length-meter", "6 length-foot")  # dvoumetrový, then English


def test_a_text_is_read_once_however_many_quantities_are_asked_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = quantities._compound
    monkeypatch.setattr(quantities, "_compound", lambda token, code: read.append(token) or real(token, code))
    amounts_in_words.cache_clear()
    text = " ".join("item weighs kg and" for _ in range(200)) + " dvoumetrovy"

    def reads_for(count: int) -> int:
        read.clear()
        amounts_in_words.cache_clear()
        for kilograms in range(count):
            stated_in_words(Entity(EntityKind.QUANTITY, "q", 0, 1, f"{kilograms} mass-kilogram"), text, "cs")
        return len(read)

    assert reads_for(1) == reads_for(50) == len(set(folded_words(text))) * 2  # each distinct word, in cs and en
