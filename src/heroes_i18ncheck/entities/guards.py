"""Cheap tests that rule a finder's regex out before it runs: where it cannot match, skip it.

The finders' regexes are slow where they try a word list (``\\L<…>``) after
every number, and each call costs a few microseconds even on a short block
with nothing to find. This module owns the tests that prove in advance that
a regex cannot match, so skipping it never changes a result:

- ``could_start(words)``: a lookahead to put before a word list in a regex;
  it fails at once where no word of the list can start, case ignored.
- ``could_begin(words)``: the same, then the words' first three letters: for a
  long list (currency names), which the engine tries at every length from its
  longest word down wherever the first letter fits.
- ``starts_class(words)``: the same set of characters as a character class,
  for a guard regex of the standard ``re`` module (``[0-9]`` + that class).
- ``might_contain(words)``: whether a case-insensitive word list can match
  anywhere in a text; ``False`` only if it cannot.

None of them is written by hand: which characters match a word's letters
case-insensitively is asked of the ``regex`` engine itself, character by
character (so ``K`` and the Kelvin sign pass for ``k``, ``ſ`` for ``s``,
``İ`` for ``i``), over the Unicode blocks of the EU languages; a text or a
position with a character outside those blocks always passes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

PROBED = ((0x0000, 0x0530), (0x2000, 0x2070))
"""Basic Latin to Cyrillic Supplement (the letters of the EU languages) and General Punctuation (dashes, spaces)."""

_PROBED_CHARACTERS = "".join(chr(code) for low, high in PROBED for code in range(low, high))
_OUTSIDE = "".join(f"\\u{low:04x}-\\u{high - 1:04x}" for low, high in PROBED)
_OUTSIDE_PROBED = re.compile(f"[^{_OUTSIDE}]")


def could_start(words: Iterable[str]) -> str:
    """A lookahead that fails where no word of ``words`` can start, case ignored; ``""`` if any position could."""
    allowed = starts_class(words)
    return f"(?={allowed})" if allowed else ""


PREFIX_LETTERS = 3
"""How many first letters ``could_begin`` compares: the fewest that rule out most words after a first letter fits."""


def could_begin(words: Iterable[str]) -> str:
    """``could_start``, then a lookahead on the words' first ``PREFIX_LETTERS`` letters, case ignored; ``""`` if any
    position could.

    The engine matches a case-insensitive prefix letter by letter, as it does the word, so a
    word that matches always passes its prefix.
    """
    listed = set(words)
    first = could_start(listed)
    if not first:
        return ""
    prefixes = sorted({word[:PREFIX_LETTERS] for word in listed}, key=lambda p: (-len(p), p))
    return first + "(?=(?i:" + "|".join(map(regex.escape, prefixes)) + "))"


def starts_class(words: Iterable[str]) -> str:
    """A class (``re`` and ``regex`` syntax) of every character a word of ``words`` can start with, case ignored.

    Characters outside the probed blocks are in it too; ``""`` if a word is
    empty (it matches anywhere, before any character or none).
    """
    return _starts_class(tuple(sorted({word[:1] for word in words})))


@functools.cache
def _starts_class(firsts: tuple[str, ...]) -> str:
    if not firsts or "" in firsts:
        return ""
    probe = regex.compile(r"\L<firsts>", regex.IGNORECASE, firsts=list(firsts))
    allowed = "".join(map(_escaped, probe.findall(_PROBED_CHARACTERS)))
    return f"(?:[{allowed}]|[^{_OUTSIDE}])"


def _escaped(char: str) -> str:
    return regex.escape(char) if char.isprintable() and not char.isspace() else f"\\u{ord(char):04x}"


@dataclass(frozen=True, slots=True)
class WordGuard:
    """Whether a case-insensitive word list might match in a text: a substring test on ``str.casefold``.

    ``casefold`` and the ``regex`` engine disagree on a few letters (``İ``
    folds to ``i`` + a combining dot but matches ``i``): ``replacements``
    turns those into the folded letter they match first. ``needles`` are the
    folded words, none containing another.
    """

    needles: tuple[str, ...]
    replacements: tuple[tuple[str, str], ...] = ()
    always: bool = False

    def __call__(self, text: str) -> bool:
        if self.always or not text.isascii() and _OUTSIDE_PROBED.search(text):
            return True
        for char, folded in self.replacements:
            if char in text:
                text = text.replace(char, folded)
        folded_text = text.casefold()
        return any(needle in folded_text for needle in self.needles)


def might_contain(words: Iterable[str]) -> WordGuard:
    """The guard of ``(?i:\\L<words>)``: ``False`` for a text in which no word of ``words`` can match."""
    return _might_contain(tuple(sorted(set(words))))


@functools.cache
def _might_contain(words: tuple[str, ...]) -> WordGuard:
    if not words or "" in words:
        return WordGuard((), always=True)
    folds: dict[str, set[str]] = {}  # text character -> the folded word letters it matches
    for letter in sorted({char for word in words for char in word}):
        for char in regex.findall("(?i)" + regex.escape(letter), _PROBED_CHARACTERS):
            folds.setdefault(char, set()).add(letter.casefold())
    replacements = []
    for char, targets in sorted(folds.items()):
        target = min(targets)
        if len(targets) > 1 or target.casefold() != target:
            return WordGuard((), always=True)  # no one replacement fits every letter it matches
        if char.casefold() != target:
            replacements.append((char, target))
    if any(char in target for char, _ in replacements for _, target in replacements):
        return WordGuard((), always=True)  # a replacement would be replaced again
    folded = sorted({word.casefold() for word in words}, key=lambda w: (len(w), w))
    needles = [w for i, w in enumerate(folded) if not any(shorter in w for shorter in folded[:i])]
    return WordGuard(tuple(needles), tuple(replacements))
