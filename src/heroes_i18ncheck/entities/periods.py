"""Decades and centuries: ``1980s``, ``the '80s``, ``XIX a.``, ``XIXe siècle``, ``siglo XIX``.

A decade is a year of subkind ``decade`` whose readings are the decade's first
year and its two-digit short form (``1980s`` → ``1980s``, ``1980``, ``80``), so
``años 80``, ``lata 80.``, ``δεκαετία του 1980`` and ``1980er`` all agree with
it. A Roman numeral (``XIX``, ``XVII``) is the ordinal it stands for, the way
Europe writes centuries and monarchs: ``19th century`` = ``XIX wiek``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..model import EntityKind
from .locale_data import LocaleData
from .numbers import ORDINAL_SUFFIXES
from .resolve import Candidate, Tier

_DECADE = regex.compile(
    r"(?<![\p{L}\p{N}'’.,])(?:(?P<year>1[0-9]|20)(?P<d>[0-9])0|['’]?(?P<short>[1-9])0)['’]?s(?![\p{L}\p{N}])"
)
_ROMAN_GUARD = regex.compile(r"[IVX]{2}|(?<![\p{L}])[IVX](?=[IVX\p{Ll}.]*[\s\p{P}])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
MAX_ROMAN = 39
"""Roman numerals read: up to XXXIX (centuries, monarchs, congresses); ``L``, ``C``, ``D`` and ``M`` make acronyms."""


def find_decades(text: str, data: LocaleData) -> Iterator[Candidate]:
    """``1980s``, ``'80s``, ``80s`` → a year of subkind ``decade``: ``1980s``, read also as ``1980`` and ``80``
    (a short decade of years, of an age, or of degrees in US weather news: ``widespread 80s``)."""
    del data
    if "0s" not in text and "0’s" not in text and "0's" not in text:
        return
    for match in _DECADE.finditer(text):
        if match.group("year"):
            first = match.group("year") + match.group("d") + "0"
            values: tuple[str, ...] = (f"{first}s", first, match.group("d") + "0")
        else:
            short = match.group("short") + "0"
            values = (f"{short}s", short, f"19{short}", f"20{short}")
        yield Candidate(Tier.DETAIL, EntityKind.YEAR, match.group(), match.start(), match.end(), values[0], values[1:], "decade")


@functools.cache
def _roman_regex(language: str) -> regex.Pattern[str]:
    attached, hyphenated = ORDINAL_SUFFIXES.get(language, ((), ()))
    # Only the language's own suffixes and English ones: French ``e`` elsewhere makes the Czech ``Ve`` (in) a ``5th``.
    suffixes = sorted({*attached, *ORDINAL_SUFFIXES["en"][0]}, key=lambda s: (-len(s), s))
    hyphen = sorted(hyphenated, key=lambda s: (-len(s), s))
    return regex.compile(
        r"(?<![\p{L}\p{N}_\-])(?P<n>[IVX]{1,7})(?:\L<suffixes>|-\L<hyphen>|\.(?=\s\p{Ll}))?(?![\p{L}\p{N}_])",
        suffixes=suffixes or [""],
        hyphen=hyphen or ["\x00"],
    )


def find_roman_ordinals(text: str, data: LocaleData) -> Iterator[Candidate]:
    """``XIX``, ``XIXe``, ``XIX.`` → the ordinal ``19``; a lone ``I``, ``V`` or ``X`` stays a letter."""
    if not _ROMAN_GUARD.search(text):
        return
    for match in _roman_regex(data.language).finditer(text):
        numeral = match.group("n")
        value = roman_value(numeral)
        if value is None or len(numeral) < 2 and match.end() == match.end("n"):
            continue
        yield Candidate(Tier.ORDINAL, EntityKind.ORDINAL, match.group(), match.start(), match.end(), str(value), (), "roman")


def roman_value(numeral: str) -> int | None:
    """``XIX`` → 19; ``None`` for letters that are no well-formed numeral up to ``MAX_ROMAN`` (``IIII``, ``VX``)."""
    total = 0
    for i, letter in enumerate(numeral):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    if not 1 <= total <= MAX_ROMAN or _to_roman(total) != numeral:
        return None
    return total


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out
