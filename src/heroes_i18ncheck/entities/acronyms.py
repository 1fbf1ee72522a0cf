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
from collections.abc import Iterator

import regex

from ..model import Entity, EntityKind
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
    headings = [m.span() for m in _HEADING.finditer(text) if _is_heading(text, m)]
    heading_starts = [start for start, _ in headings]
    for match in _WORD.finditer(latin):
        word = match.group()
        if sum(c.isalpha() for c in word) < MIN_LETTERS or _ROMAN.fullmatch(word):
            continue
        if not word.isascii() and any(c.isalpha() and script_of(c) != "Latin" for c in word):
            continue
        at = bisect.bisect_right(heading_starts, match.start()) - 1
        if at >= 0 and match.start() < headings[at][1]:
            continue
        raw = text[match.start() : match.end()]
        foreign = imitation(raw, data.script)
        if foreign is None:
            continue
        entity = Entity(EntityKind.ACRONYM, raw, match.start(), match.end(), word, lookalike=foreign)
        yield Candidate(Tier.NAME, entity)


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
