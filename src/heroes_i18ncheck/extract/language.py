"""Which language an edition, or one of its blocks, is written in.

An edition's language comes from ``--lang``, else from its file name
(``bg.pdf``, ``newsletter-02.bg.pdf``, ``newsletter_02_BG.pdf``, ``lt/issue2.pdf``),
else from langdetect, seeded so that a run never differs from the last.
"""

from __future__ import annotations

from functools import cache
from pathlib import PurePath

import regex
from babel.localedata import locale_identifiers
from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0

# Country codes people put in file names where a language code belongs.
COUNTRY_CODE_ALIASES = {"gr": "el", "cz": "cs", "dk": "da", "ua": "uk", "gb": "en", "jp": "ja"}

MIN_LETTERS_TO_DETECT = 40
"""Below this many letters langdetect guesses; shorter blocks inherit the edition's language."""

_NAME_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_LETTER = regex.compile(r"\p{L}")


@cache
def known_languages() -> frozenset[str]:
    """Two-letter language codes CLDR has data for."""
    return frozenset(i for i in locale_identifiers() if len(i) == 2)


def normalize_language_code(code: str) -> str | None:
    """``"BG"`` → ``"bg"``, ``"gr"`` → ``"el"``, ``"pt-BR"`` → ``"pt"``; ``None`` if not a language."""
    base = regex.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    base = COUNTRY_CODE_ALIASES.get(base, base)
    return base if base in known_languages() else None


def language_from_name(path: str) -> str | None:
    """The language a file's name announces: last name token, then parent folder, then first token."""
    pure = PurePath(path)
    tokens = _NAME_TOKEN.findall(pure.name[: -len(pure.suffix)] if pure.suffix else pure.name)
    candidates = []
    if tokens:
        candidates.append(tokens[-1])
    if pure.parent.name:
        candidates.append(pure.parent.name)
    if tokens and len(tokens) > 1:
        candidates.append(tokens[0])
    for token in candidates:
        if 2 <= len(token) <= 3:
            code = normalize_language_code(token)
            if code:
                return code
    return None


def detect_language(text: str) -> str | None:
    """The most likely language of ``text``, or ``None`` when it is too short to tell."""
    if len(_LETTER.findall(text)) < MIN_LETTERS_TO_DETECT:
        return None
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return None
    return normalize_language_code(best.lang)
