"""Telephone numbers, normalized to E.164 by Google's ``phonenumbers``: ``(+359) 2 971 04 00`` → ``+35929710400``.

Only numbers that announce themselves are read: an international prefix
(``+359``, ``(+359)``, ``00359``), or a label such as ``Tel.``, ``тел.``,
``puh.`` before a national number, which is then read in the language's
CLDR region (``bg`` → BG). A bare run of digits stays a number, and so do
the decimals of one (``P=0.0034552`` is not ``00`` + a number).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import EntityKind
from .locale_data import LocaleData
from .resolve import Candidate, Tier

PHONE_LABELS = (
    "tel", "tél", "phone", "telephone", "mob", "mobile", "fax", "gsm", "тел", "телефон", "telefon",
    "telefonas", "telefono", "teléfono", "telefone", "puh", "puhelin", "tlf", "τηλ", "τηλέφωνο",
)  # fmt: skip
"""Words that announce a national phone number (hand-written: CLDR has no such list)."""

_SEP = r"[ \u00a0./()\-]"
_INTERNATIONAL = regex.compile(
    rf"(?<![\w+])(?<![0-9][.,])[(+0](?:(?<=\()[ ]?\+[0-9]{{1,3}}[ ]?\)|(?<=\+)[0-9]{{1,3}}|(?<=0)0[1-9][0-9]{{1,2}})"
    rf"(?:{_SEP}{{0,3}}[0-9]{{1,14}}+)(?:{_SEP}{{1,3}}[0-9]{{1,8}}+){{0,7}}(?![0-9])"
)
_NATIONAL = regex.compile(r"(?<![\w+])(?<![0-9][.,])[(0-9][0-9 \u00a0./()\-]{5,20}+(?<=[0-9])(?![0-9])")
_LABEL = regex.compile(
    r"(?<!\p{L})(?i:\L<labels>)\.?:?[ \u00a0\u202f\u2009]{0,3}\Z", labels=sorted(PHONE_LABELS, key=lambda w: (-len(w), w))
)
LABEL_LOOKBACK = 16
MIN_DIGITS = 7


def find_phones(text: str, data: LocaleData) -> Iterator[Candidate]:
    """Phone numbers with an international prefix or a label, as E.164 (``+35929710400``)."""
    for match in _INTERNATIONAL.finditer(text) if "+" in text or "00" in text else ():
        found = _phone(text, match.start(), match.end(), data.region)
        if found:
            yield found
    for match in _NATIONAL.finditer(text):
        if _LABEL.search(text, max(0, match.start() - LABEL_LOOKBACK), match.start()):
            found = _phone(text, match.start(), match.end(), data.region)
            if found:
                yield found


MAX_DROPPED_GROUPS = 2
"""Groups of digits a run may lose from its end to be a possible number: the postcode or house number that an
address set on one line puts right after the phone (``+43 670 774 2071 2651 Reichenau``)."""
_LAST_GROUP = regex.compile(r"[ \u00a0./()\-]+[0-9]+\Z")


def _phone(text: str, start: int, end: int, region: str) -> Candidate | None:
    raw = text[start:end].rstrip(" \u00a0./-(")
    for _ in range(MAX_DROPPED_GROUPS + 1):
        if sum(c.isdigit() for c in raw) < MIN_DIGITS:
            return None
        value = _possible_number(raw, region)
        if value:
            return Candidate(Tier.IDENTIFIER, EntityKind.PHONE, raw, start, start + len(raw), value)
        cut = _LAST_GROUP.search(raw)
        if not cut:
            return None
        raw = raw[: cut.start()]
    return None


def _possible_number(raw: str, region: str) -> str | None:
    """``raw`` in E.164 where it is a possible number (its length fits its country), else ``None``."""
    import phonenumbers  # on first use: most texts have no phone number, and the import is slow

    try:
        number = phonenumbers.parse(raw, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
