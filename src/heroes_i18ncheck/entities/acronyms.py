"""Acronyms: Latin-script upper-case words (``ICMPD``, ``APAV``, ``KEMEA``) — names that survive translation unchanged.

An acronym has three or more upper-case Latin letters (digits may follow the
first letter); its value is the word as written. Left out: two-letter words
(``EU``/``ES``/``UE`` are translated, ``UK``/``JK`` too), Roman numerals,
words with a lower-case tail (``SMEs``), and the words of an upper-case heading
(two or more upper-case words of four or more letters side by side, in a
line mostly upper-case: ``ARTĖJANTYS RENGINIAI``, ``"RED HEART" KAMPANIJA,
SKIRTA VAIKO``), which are shouting, not acronyms — while ``… pristatė
HEROES CERIS FCT seminare apie …`` keeps its three.

Read through the look-alike skeleton, so ``НЕRОЕS`` (Cyrillic Н, Е, О) is the
acronym ``HEROES`` flagged as Cyrillic; a word wholly in the language's own
script (``ООН`` in Bulgarian) is not an acronym of this kind.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import regex

from ..model import EntityKind
from .locale_data import LocaleData
from .lookalikes import imitation, script_of
from .resolve import Candidate, Tier

MIN_LETTERS = 3
HEADING_WORD_LETTERS = 4
HEADING_SHARE = 0.6
"""Share of upper-case letters that makes a line a heading rather than a sentence with acronyms in it."""
HEADING_CONTEXT = 300
"""How far around an upper-case run its line is looked at (bounded, so long lines stay linear)."""

_WORD = regex.compile(r"(?<![\p{L}\p{N}_@#\\-])\p{Lu}[\p{Lu}\p{N}]{1,19}+(?![\p{L}\p{N}_])")
_HEADING = regex.compile(
    r"\p{Lu}[\p{Lu}\p{N}'’-]{1,30}+"
    r"(?:(?:[ \t\u00a0\"“”„«»]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,2})\p{Lu}[\p{Lu}\p{N}'’-]{1,30}+){1,40}(?![\p{Ll}])"
)
_ROMAN = regex.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def find_acronyms(text: str, latin: str, data: LocaleData) -> Iterator[Candidate]:
    """Acronyms of ``text``; ``latin`` is its look-alike skeleton (same offsets)."""
    if latin.isascii() and not _ASCII_CAPITALS.search(latin):
        return
    headings: list[tuple[int, int]] | None = None  # found only once a word might be an acronym: most blocks have none
    heading_starts: list[int] = []
    for match in _WORD.finditer(latin):
        word = match.group()
        if not _acronym_shaped(word):
            continue
        if headings is None:
            runs = _HEADING.finditer(text) if _could_head(text) else ()
            headings = [m.span() for m in runs if _is_heading(text, m)]
            heading_starts = [start for start, _ in headings]
        start, end = match.span()
        if headings and _in_heading(start, headings, heading_starts):
            continue
        raw = text[start:end]
        foreign = imitation(raw, data.script)
        if foreign is None:
            continue
        yield Candidate(Tier.NAME, EntityKind.ACRONYM, raw, start, end, word, lookalike=foreign)


def _in_heading(start: int, headings: list[tuple[int, int]], heading_starts: list[int]) -> bool:
    """Whether ``start`` falls inside one of the ``headings`` (spans in order; ``heading_starts`` their starts)."""
    at = bisect.bisect_right(heading_starts, start) - 1
    return at >= 0 and start < headings[at][1]


@functools.lru_cache(maxsize=4096)
def _acronym_shaped(word: str) -> bool:
    """Three letters or more, no Roman numeral, Latin letters only; the same few acronyms recur all through a text."""
    if sum(map(str.isalpha, word)) < MIN_LETTERS or _ROMAN.fullmatch(word):
        return False
    return word.isascii() or not any(c.isalpha() and script_of(c) != "Latin" for c in word)


_ASCII_CAPITALS = re.compile("[A-Z][A-Z0-9]")
"""What every acronym has in an ASCII text: an upper-case letter, then another or a digit."""


def _could_head(text: str) -> bool:
    """Whether an upper-case run of ``text`` might be a heading; ``False`` for most one-line blocks of prose.

    In a one-line text of at most ``HEADING_CONTEXT`` characters, every run is
    judged by the share of upper-case letters in the whole text (``_is_heading``):
    with ``HEADING_SHARE`` of its letters upper-case, at most ``1 - HEADING_SHARE``
    of its characters are lower-case letters. The ASCII ones are cheap to count.
    """
    if "\n" in text or len(text) > HEADING_CONTEXT:
        return True
    encoded = text.encode("utf-8", "surrogatepass")  # PDF text may carry lone surrogates
    lower = len(encoded) - len(encoded.translate(None, _ASCII_LOWER))
    return lower <= (1 - HEADING_SHARE) * len(text) + 1


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _is_heading(text: str, run: regex.Match[str]) -> bool:
    """Two or more long upper-case words side by side, in a line whose letters are mostly upper-case."""
    if sum(sum(c.isalpha() for c in w) >= HEADING_WORD_LETTERS for w in run.group().split()) < 2:
        return False
    line_start = max(text.rfind("\n", 0, run.start()) + 1, run.start() - HEADING_CONTEXT)
    line_end = text.find("\n", run.end())
    line_end = min(len(text) if line_end < 0 else line_end, run.end() + HEADING_CONTEXT)
    line = text[line_start:line_end]
    letters = sum(c.isalpha() for c in line)
    return sum(c.isupper() for c in line) >= HEADING_SHARE * letters
