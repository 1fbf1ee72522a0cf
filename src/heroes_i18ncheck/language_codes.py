"""Language codes as the tool reads them: ``"BG"``, ``"bg-BG"``, ``"pt_BR"``, ``"gr"`` → a two-letter CLDR language.

One reading for every stage: extraction names an edition's language with it, the entity finders pick their
locale with it. A module of its own so that the finders need not import the extraction stage.
"""

from __future__ import annotations

from functools import cache

import regex
from babel.languages import get_official_languages
from babel.localedata import locale_identifiers

COUNTRY_CODES_FOR_LANGUAGES = ("gr", "cz", "dk", "ua", "gb", "jp")
"""Country codes people put in file names where a language code belongs; CLDR names the country's language. Only
these: all of CLDR's territories would also read ``us``, ``at`` or ``ch`` in a file name as a language."""


@cache
def known_languages() -> frozenset[str]:
    """Two-letter language codes CLDR has data for."""
    return frozenset(i for i in locale_identifiers() if len(i) == 2)


def normalize_language_code(code: str) -> str | None:
    """``"BG"`` → ``"bg"``, ``"gr"`` → ``"el"``, ``"pt-BR"`` → ``"pt"``; ``None`` if not a language."""
    base = regex.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    if base in COUNTRY_CODES_FOR_LANGUAGES:
        base = get_official_languages(base.upper())[0]
    return base if base in known_languages() else None
