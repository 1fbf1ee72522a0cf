"""Letters from another script that only look Latin: ``НЕRОЕS`` (Cyrillic Н, Е, О), ``heroes@ucm.еs``.

Typed on a Cyrillic or Greek keyboard, an acronym, identifier, link or
address looks right on the page and is another string to a search engine or
a mail server. ``skeleton`` maps every look-alike to the Latin letter it
imitates, one character for one, so offsets are kept and the finders for
Latin-only facts can run on the skeleton of a text. ``imitation`` then tells
whether a found stretch really mixes scripts (and which), so the entity can
carry the Latin value it imitates and name the foreign script.

A word wholly in the language's own script (``ООН`` or ``МВР`` in Bulgarian)
is that language's own writing, never a look-alike.
"""

from __future__ import annotations

import unicodedata

LATIN_LOOKALIKES: dict[str, str] = {
    # Cyrillic capitals and small letters that print like Latin ones
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ο": "o", "ν": "v", "ρ": "p", "κ": "k", "ι": "i", "υ": "u", "α": "a",
}  # fmt: skip
"""Cyrillic and Greek letters whose printed shape is a Latin letter's (after Unicode's confusables list)."""

_TABLE = str.maketrans(LATIN_LOOKALIKES)
_SCRIPT_NAMES = {"CYRILLIC": "Cyrillic", "GREEK": "Greek", "LATIN": "Latin"}
_SCRIPT_CODES = {"Cyrl": "Cyrillic", "Grek": "Greek", "Latn": "Latin"}


def skeleton(text: str) -> str:
    """``text`` with every look-alike replaced by the Latin letter it imitates; same length, same offsets."""
    if text.isascii():  # no look-alike to replace, and ``translate`` costs a dictionary look-up per character
        return text
    return text.translate(_TABLE)


def script_of(char: str) -> str:
    """``"Latin"``, ``"Cyrillic"``, ``"Greek"``, another Unicode script word, or ``""`` for a non-letter."""
    if not char.isalpha():
        return ""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return ""
    first = name.split(" ", 1)[0]
    return _SCRIPT_NAMES.get(first, first.title())


def imitation(raw: str, own_script: str) -> str | None:
    """The foreign script whose look-alikes ``raw`` uses to imitate Latin, ``""`` for plain Latin, ``None`` if neither.

    ``own_script`` is the text's language script (``"Cyrl"``); a stretch wholly
    in that script is the language's own word, so ``None``.
    """
    if raw.isascii():
        return ""
    scripts = {script_of(c) for c in raw} - {""}
    foreign = scripts - {"Latin"}
    if not foreign:
        return ""
    if len(foreign) > 1 or any(c.isalpha() and script_of(c) != "Latin" and c not in LATIN_LOOKALIKES for c in raw):
        return None
    script = foreign.pop()
    if "Latin" not in scripts and _SCRIPT_CODES.get(own_script) == script:
        return None
    return script
