"""Words of any script reduced to a Latin comparison key, and fuzzy matching of those keys.

Names and cognates are the words two editions share across languages:
``Бангладеш`` ~ ``Bangladeše``, ``Колумбия`` ~ ``Kolumbijai`` ~ ``Colombia``.
``anyascii`` (a maintained Unicode → ASCII transliteration table) brings
Cyrillic and Greek to Latin; a few spelling variants that transliterations
and Latin orthographies disagree on (``kh``/``h``, ``y``/``j``/``i``,
``c``/``k``, ``b``/``v`` (Greek β), doubled letters) are then folded, and rapidfuzz's partial ratio
compares what is left, which tolerates inflected endings; the plain ratio
of the whole keys catches a letter inserted inside a name (``Лисабон`` ~ ``Lisbon``).
"""

from __future__ import annotations

import functools

import regex
from anyascii import anyascii
from rapidfuzz import fuzz

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_LETTER_SPACED = regex.compile(r"(?<!\S)\S(?: \S){2,}(?!\S)")
_ACRONYM = regex.compile(r"^[\p{Lu}\p{N}]{2,}$")
_DOTTED_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])")
"""Capitals each followed by a dot (``U.S.``, ``D.C.``, ``S.A.``): one acronym, which ``DC`` or another ``D.C.`` is."""
_DIGRAPHS = (("kh", "h"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("th", "t"), ("ph", "f"))
_LETTERS = str.maketrans({"y": "i", "j": "i", "w": "v", "b": "v", "q": "k", "c": "k", "x": "k"})
_DOUBLED = regex.compile(r"(.)\1+")

MIN_WORD = 4
"""Shorter words are compared only when they are acronyms (``UCM``, ``ЕС``)."""
MATCH_SCORE = 84.0
"""rapidfuzz partial ratio (0–100) at or above which two keys are taken as the same word."""
MIN_LENGTH_RATIO = 0.6
"""Keys of very different lengths never match: ``para`` is inside ``paramos`` but is not it."""


@functools.lru_cache(maxsize=1 << 16)
def latin_key(word: str) -> str:
    """A word in Latin letters, lower-case, with spelling variants folded.

    >>> latin_key("Колумбия"), latin_key("Kolumbijai"), latin_key("Colombia")
    ('kolumbia', 'kolumbiai', 'kolombia')
    """
    key = anyascii(word).lower()
    for digraph, letter in _DIGRAPHS:
        key = key.replace(digraph, letter)
    key = key.translate(_LETTERS)
    return _DOUBLED.sub(r"\1", "".join(ch for ch in key if ch.isalnum()))


def collapse_letter_spacing(text: str) -> str:
    """Banners set letter by letter (``В а р ш а в а  ,  П о л ш``) read as words again (``Варшава  ,  Полш``).

    Three or more single characters separated by single spaces are one word;
    words stay separated by the wider gaps between them.
    """
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)


def comparable_words(text: str) -> list[str]:
    """The Latin keys of a text's words worth comparing: long words and acronyms (``D.C.`` as ``DC``), no bare numbers.

    Numbers are left to the entities signal, where they are weighed as soft evidence.
    """
    keys = []
    text = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", "") + " ", collapse_letter_spacing(text))
    for word in _WORD.findall(text):
        if word.isdigit():
            continue
        if len(word) >= MIN_WORD or _ACRONYM.match(word):
            key = latin_key(word)
            if len(key) >= 2 and not key.isdigit():
                keys.append(key)
    return keys


def same_word(a: str, b: str) -> bool:
    """Whether two Latin keys are the same name or cognate, allowing for inflected endings."""
    if a == b:
        return True
    shorter, longer = sorted((len(a), len(b)))
    if shorter < MIN_WORD + 1 or shorter / longer < MIN_LENGTH_RATIO:
        return False
    return fuzz.partial_ratio(a, b, score_cutoff=MATCH_SCORE) > 0 or fuzz.ratio(a, b, score_cutoff=MATCH_SCORE) > 0
