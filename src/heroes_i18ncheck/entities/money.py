"""Amounts of money and compact magnitudes: ``4.99M €``, ``4,99 mln. €``, ``EUR 4.99M``, ``€4,990,000``, ``3 tys.``.

The currency is read from CLDR symbols, ISO codes and currency names in the
language (and English), before or after the amount; the magnitude from
CLDR's compact-number words (``млн.``, ``mln.``, ``Mio.``, ``M``) plus the
few named variants of ``locale_data``. A one-letter magnitude counts only
where CLDR writes it that way (glued in English ``4.99M``, spaced in French
``4,99 M``), or glued to an amount of money (``€5m``) — so ``2023 m.``
(Lithuanian for "year 2023") stays a year.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..model import EntityKind
from .guards import could_begin
from .locale_data import ATTACHED_ONLY_COMPACT, INFLECTION, MAX_ENDING, LocaleData, fold, locale_data, without_ending
from .numbers import number_pattern, number_readings, scale, signed_start
from .quantities import is_unit_word
from .resolve import Candidate, Tier

_GAP = r"[ \u00a0\u202f\u2009]{0,2}"
_SPACES = " \u00a0\u202f\u2009"
LONGEST_SYMBOL = 5
CURRENCY_LINKS = {"fr": ("de", "d'", "d’"), "es": ("de",), "pt": ("de",), "it": ("di",), "ro": ("de",), "ca": ("de", "d'", "d’")}
"""The word between a large amount and its currency (``2 milliards de dollars``, ``100 de dolari``): grammar CLDR has no pattern for."""


@functools.cache
def _amount_regexes(language: str) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The number with a magnitude or currency after it; the number with its magnitude if any; a digit that
    follows a character some currency symbol ends with (where a currency may stand before an amount)."""
    data = locale_data(language)
    symbols = sorted(data.currency_symbols, key=lambda s: (-len(s), s))
    signs = [s for s in symbols if not s[0].isalpha()]
    letter_symbols = [s for s in symbols if s[0].isalpha()]
    words = list(data.currency_spellings)
    letters = sorted({w for w in data.compact_spellings if len(w) == 1} | set(ATTACHED_ONLY_COMPACT))
    compact_words = [w for w in data.compact_spellings if len(w) > 1]
    ending = rf"(?:-?\p{{Ll}}{{1,{MAX_ENDING}}})?" if data.agglutinative else ""
    stems = "|".join(data.compact_stem_patterns)
    declined = rf"|(?i:{stems})\p{{Ll}}{{0,{INFLECTION}}}" if stems else ""
    currency = (
        could_begin([*symbols, *words])
        + r"(?:(?:\L<signs>)|(?<!\p{L})(?:\L<symbols>)(?!\p{L})"
        + rf"|(?<!\p{{L}})(?i:\L<words>){ending}(?!\p{{L}}))"
    )
    compact = (
        could_begin([*letters, *compact_words, *data.compact_stems])
        + rf"(?:(?<!\p{{L}})(?:\L<letters>|(?i:\L<compact>){ending}{declined})\.?(?!\p{{L}}))"
    )
    number = number_pattern(data)
    link = _link(data.language)
    after = regex.compile(
        rf"(?P<n>{number})(?:(?P<gap>{_GAP})(?P<k>{compact})(?:{link}(?P<c2>{currency}))?|{link}(?P<c2b>{currency}))",
        signs=signs,
        symbols=letter_symbols,
        words=words,
        letters=letters,
        compact=compact_words,
    )
    magnitude = regex.compile(
        rf"(?P<n>{number})(?:(?P<gap>{_GAP})(?P<k>{compact}))?", letters=letters, compact=compact_words
    )
    endings = regex.escape("".join(sorted({s[-1] for s in symbols})))
    after_symbol = regex.compile(rf"(?<=[{endings}]{_GAP})(?<![\p{{L}}\p{{N}}_])[0-9]")
    return after, magnitude, after_symbol


def _link(language: str) -> str:
    """Spaces between an amount and its currency, with the language's linking word if it has one."""
    words = CURRENCY_LINKS.get(language, ())
    if not words:
        return _GAP
    alternatives = "|".join(regex.escape(w) + ("" if w[-1] in "'’" else r"(?!\p{L})" + _GAP) for w in words)
    return rf"{_GAP}(?:(?i:{alternatives}))?{_GAP}"


def find_amounts(text: str, data: LocaleData) -> Iterator[Candidate]:
    """Money (``4990000 EUR``) and compact numbers (``3000``, subkind ``compact``); an amount in brackets just
    after one in another currency is its equivalent (``€2.2 billion ($3.6bn)``), subkind ``equivalent``."""
    found = sorted(_amounts(text, data), key=lambda c: (c.start, -c.end))
    previous: Candidate | None = None
    for candidate in found:
        if candidate.kind is EntityKind.MONEY:
            if previous is not None and _equivalent_of(previous, candidate, text):
                candidate = candidate._replace(subkind="equivalent")
            previous = candidate
        yield candidate


_OPENING_BRACKET = regex.compile(r"[ \u00a0]*[(\[][ \u00a0]*")


def _equivalent_of(previous: Candidate, candidate: Candidate, text: str) -> bool:
    """Whether ``candidate`` stands in brackets right after ``previous``, in another currency."""
    gap = _OPENING_BRACKET.fullmatch(text, previous.end, candidate.start)
    return gap is not None and previous.value.split(" ")[-1] != candidate.value.split(" ")[-1]


def _amounts(text: str, data: LocaleData) -> Iterator[Candidate]:
    after, magnitude, after_symbol = _amount_regexes(data.language)
    for match in after.finditer(text):
        currency = _currency(match.group("c2") or match.group("c2b"), data)
        if currency and match.group("c2b") and not _bare_word_counts(match.group("c2b"), data):
            currency = ""
            if not match.group("k"):
                continue
        exponent = _exponent(match, data, bool(currency))
        if match.group("k") and (exponent is None or (not currency and _a_label(match, text))):
            continue
        end = match.end("c2") if match.group("c2") else match.end("c2b") if match.group("c2b") else _word_end(match, data)
        found = _amount(text, signed_start(text, match.start()), end, match.group("n"), exponent, currency, data)
        if found:
            yield found
    for match in after_symbol.finditer(text):
        start, currency = _currency_before(text, match.start(), data)
        if not currency:
            continue
        amount = magnitude.match(text, match.start())
        if not amount:
            continue
        exponent = _exponent(amount, data, True)
        end = _word_end(amount, data) if exponent is not None else amount.end("n")
        found = _amount(text, start, end, amount.group("n"), exponent, currency, data)
        if found:
            yield found


def _a_label(match: regex.Match[str], text: str) -> bool:
    """Whether a number with one capital letter glued to it is a label of a series, not a magnitude: the text also
    glues another capital letter to the same number (``layers 3A and 3B``, ``Annex 2A … 2B``)."""
    letter = match.group("k").rstrip(".")
    if match.group("gap") or len(letter) != 1 or not letter.isupper():
        return False
    number = regex.escape(match.group("n"))
    sibling = rf"(?<![\p{{L}}\p{{N}}.,]){number}(?!{regex.escape(letter)})\p{{Lu}}(?![\p{{L}}\p{{N}}])"
    return regex.search(sibling, text) is not None


def _word_end(match: regex.Match[str], data: LocaleData) -> int:
    """Where the scale word ends: its dot is an abbreviation's (``mln.``), not the full stop after a word
    (``36 millions.``) or after a letter that is only ever glued to its number (``$200m.``)."""
    word = match.group("k")
    bare = word.rstrip(".")
    if bare != word and (len(bare) > 4 or bare in ATTACHED_ONLY_COMPACT) and fold(bare) not in data.compact_dotted:
        return match.start("k") + len(bare)
    return match.end("k")


def _bare_word_counts(raw: str, data: LocaleData) -> bool:
    """A currency word with a case ending right after a number (no scale word between) counts only when the
    word is long enough not to be another word with that ending: Hungarian ``250 dollárt`` is money, ``12 fontos``
    ("12 important") is not."""
    key = fold(raw)
    if not data.agglutinative or not raw[:1].isalpha() or key in data.currency_words or raw in data.currency_symbols:
        return True
    return len(without_ending(key, data.currency_words)) >= 5


def _currency_before(text: str, start: int, data: LocaleData) -> tuple[int, str]:
    """``EUR 4.99M``, ``€4,990,000``, ``US$ 5``: the currency written just before an amount, and where it starts."""
    window = text[max(0, start - LONGEST_SYMBOL - 2) : start]
    bare = window.rstrip(_SPACES)
    if len(window) - len(bare) > 2:
        return start, ""
    for size in range(min(LONGEST_SYMBOL, len(bare)), 0, -1):
        symbol = bare[-size:]
        code = data.currency_symbols.get(symbol)
        if code and not (symbol[0].isalpha() and size < len(bare) and bare[-size - 1].isalpha()):
            return start - (len(window) - len(bare)) - size, code
    return start, ""


def _amount(
    text: str, start: int, end: int, number: str, exponent: int | None, currency: str, data: LocaleData
) -> Candidate | None:
    readings = number_readings(number if text[start] not in "-+\u2212" else text[start] + number, data)
    if not readings:
        return None
    values = tuple(dict.fromkeys(scale(r, exponent or 0) for r in readings))
    if currency:
        money = tuple(f"{v} {currency}" for v in values)
        return Candidate(Tier.AMOUNT, EntityKind.MONEY, text[start:end], start, end, money[0], money[1:])
    return Candidate(Tier.AMOUNT, EntityKind.NUMBER, text[start:end], start, end, values[0], values[1:], "compact")


def _currency(raw: str | None, data: LocaleData) -> str:
    if not raw:
        return ""
    key = fold(raw)
    return (
        data.currency_symbols.get(raw)
        or data.currency_symbols.get(raw.rstrip("."))
        or data.currency_words.get(key, "")
        or (data.currency_words.get(without_ending(key, data.currency_words), "") if data.agglutinative else "")
    )


def _exponent(match: regex.Match[str], data: LocaleData, money: bool) -> int | None:
    """The power of ten of the compact word, or ``None`` when there is none or it does not count here."""
    word = match.group("k")
    if not word:
        return None
    glued = not match.group("gap")
    attached = word.removesuffix(".")  # "$200m." ends a sentence
    if attached in ATTACHED_ONLY_COMPACT and attached not in data.compact:
        return ATTACHED_ONLY_COMPACT[attached] if glued and money else None
    found = data.compact_exponent(word)
    if found is None:
        return None
    key = fold(word.rstrip("."))
    inflected = key not in data.compact
    dotless = not word.endswith(".") and key in data.compact_dotted
    if (inflected or dotless) and is_unit_word(word, data.language):
        return None  # French "10 milles" are miles, Czech "130 mil" too; "130 mil." is 130 million
    exponent, spaced = found
    if len(word.rstrip(".")) == 1 and not glued and not spaced:
        return None
    return exponent
