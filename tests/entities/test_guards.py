"""The regex guards only ever skip a finder where its word list cannot match."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from heroes_i18ncheck.entities.dates import locale_data
from heroes_i18ncheck.entities.guards import could_begin, could_start, might_contain, starts_class
from heroes_i18ncheck.entities.numbers import _percent_regex, _percent_word_guard

MONTHS = sorted({*locale_data("lt").month_spellings, *locale_data("bg").month_spellings, "İstanbul", "ſept"})
WORD_LISTS = [
    ["kovo", "liepos", "gruodžio"],
    ["Март", "юли", "декември"],
    ["Σεπτεμβρίου", "Μαΐου"],
    ["straße", "März"],
    ["İstanbul", "ſept", "Kelvin"],
    ["euro", "EUR", "$", "австралийски\u00a0долара", "didžiosios britanijos svarai", "mln.", "K"],
]
TEXT = st.text(alphabet=st.sampled_from("aAkKKsSſiIİıßẞеЕмМарткоvlpKovoJULИЮΣσςΜμ .,-–0123456789\u00a0\u202f中"), max_size=40)


def _word_list_regex(words: list[str]) -> regex.Pattern[str]:
    return regex.compile(r"(?i:\L<words>)", words=words)


def test_might_contain_is_false_only_where_the_words_cannot_match() -> None:
    guard = might_contain(["kovo", "liepos"])
    assert not guard("2023 m. birželio 14 d.")
    assert guard("2023 m. KOVO 14 d.")
    assert guard("2023 m. Liepos 3–6 d.")


def test_letters_that_casefold_differently_still_pass() -> None:
    assert might_contain(["ſept"])("SEPT 2023")
    assert might_contain(["kelvin"])("\u212aelvin")  # Kelvin sign matches k case-insensitively
    assert might_contain(["istanbul"])("İstanbul")


def test_text_outside_the_probed_blocks_always_passes() -> None:
    assert might_contain(["kovo"])("中文 2023")


def test_could_start_rejects_a_position_no_word_can_start() -> None:
    lookahead = could_start(["kovo", "liepos"])
    pattern = regex.compile(lookahead + r"(?i:\L<words>)", words=["kovo", "liepos"])
    assert pattern.search("14 Kovo") and pattern.search("3 LIEPOS")
    assert regex.match(lookahead, "birželio") is None
    assert regex.match(lookahead, "Kovo") is not None


def test_could_begin_rejects_a_first_letter_with_the_wrong_next_ones() -> None:
    lookahead = could_begin(["dollars", "euros", "$"])
    assert regex.match(could_start(["dollars", "euros", "$"]), "dog") is not None
    assert regex.match(lookahead, "dog") is None
    assert regex.match(lookahead, "DOLLARS") is not None
    assert regex.match(lookahead, "$5") is not None
    assert regex.match(lookahead, "eu") is None  # too short for any word's first three letters


def test_an_empty_word_disables_the_guards() -> None:
    assert could_begin(["", "kovo"]) == ""
    assert could_start(["", "kovo"]) == ""
    assert starts_class([""]) == ""
    assert might_contain(["", "kovo"])("anything")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORD_LISTS + [MONTHS]), TEXT)
def test_might_contain_never_hides_a_match(words: list[str], text: str) -> None:
    if _word_list_regex(words).search(text):
        assert might_contain(words)(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORD_LISTS + [MONTHS]), TEXT)
def test_could_start_never_changes_a_match(words: list[str], text: str) -> None:
    plain = _word_list_regex(words)
    guarded = regex.compile(could_start(words) + r"(?i:\L<words>)", words=words)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORD_LISTS + [MONTHS]), TEXT)
def test_could_begin_never_changes_a_match(words: list[str], text: str) -> None:
    plain = _word_list_regex(words)
    guarded = regex.compile(could_begin(words) + r"(?i:\L<words>)", words=words)
    for sample in (text, text + words[0].upper() + text, text + words[-1].title() + text):
        assert [m.span() for m in guarded.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WORD_LISTS + [MONTHS]), TEXT)
def test_could_start_never_hides_a_match_embedded_in_words(words: list[str], text: str) -> None:
    for word in words[:3]:
        sample = text + word.upper() + text
        if _word_list_regex(words).search(sample):  # ΐ upper-cases to two characters the regex does not fold
            assert might_contain(words)(sample)
            assert regex.search(could_start(words) + r"(?i:\L<words>)", sample, words=words)


FINDER_LANGUAGES = ["en", "bg", "lt", "el", "fi", "fr", "de", "da"]


@st.composite
def _percent_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A language and a text with a number before one of its per-cent words, cased at random, amid noise."""
    language = draw(st.sampled_from(FINDER_LANGUAGES))
    word = draw(st.sampled_from(sorted(locale_data(language).percent_spellings)))
    cased = "".join(c.upper() if draw(st.booleans()) else c for c in word)
    noise = st.text(alphabet=st.sampled_from("0123456789,. %pPrRoOцЦтТ\u00a0"), max_size=12)
    space = draw(st.sampled_from(["", " ", "\u00a0"]))
    return language, f"{draw(noise)}{draw(st.integers(0, 999))}{space}{cased}{draw(noise)}"


@settings(max_examples=300)
@given(_percent_texts())
def test_the_percent_guard_never_hides_a_percentage(case: tuple[str, str]) -> None:
    language, text = case
    if _percent_regex(language).search(text):
        assert "%" in text or "‰" in text or _percent_word_guard(language)(text), text


def test_the_percent_guard_turns_away_prose_without_a_per_cent_word() -> None:
    assert not _percent_word_guard("en")("The 24 partners from 17 countries met 3 times in 2023.")
    assert not _percent_word_guard("bg")("24 партньори от 17 държави")
    assert _percent_word_guard("bg")("12 ПРОЦЕНТА") and _percent_word_guard("de")("12 Prozent")
