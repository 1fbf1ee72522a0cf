"""Digit runs, URLs and e-mail addresses: the facts every language writes alike."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Entity, EntityKind

_URL = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"'«»“”]+", regex.IGNORECASE)
_EMAIL = regex.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b")
_DIGITS = regex.compile(r"(?<![\p{L}\p{N}])[0-9]+(?![0-9])")
_TRAILING_PUNCT = ".,;:!?)]}'\"»”’"


def normalize_url(raw: str) -> str:
    """Lower-case scheme and host, drop the scheme's ``www.``-less default and a trailing slash."""
    url = raw if "://" in raw else "https://" + raw
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    path = path.rstrip("/")
    return f"{scheme.lower()}://{host.lower()}" + (f"/{path}" if path else "")


def find_urls(text: str) -> Iterator[Entity]:
    """Links with a scheme or a ``www.`` prefix; trailing punctuation is not part of them."""
    for match in _URL.finditer(text):
        raw = match.group().rstrip(_TRAILING_PUNCT)
        if "(" not in raw:
            raw = raw.rstrip(")")
        yield Entity(EntityKind.URL, raw, match.start(), match.start() + len(raw), normalize_url(raw))


def find_emails(text: str) -> Iterator[Entity]:
    """E-mail addresses, compared case-insensitively."""
    for match in _EMAIL.finditer(text):
        yield Entity(EntityKind.EMAIL, match.group(), match.start(), match.end(), match.group().lower())


def find_numbers(text: str) -> Iterator[Entity]:
    """Runs of digits not glued to a word before them (``20th`` counts, ``WP9`` not), compared by value."""
    for match in _DIGITS.finditer(text):
        yield Entity(EntityKind.NUMBER, match.group(), match.start(), match.end(), match.group().lstrip("0") or "0")
