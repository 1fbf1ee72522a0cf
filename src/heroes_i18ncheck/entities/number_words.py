"""Numbers written as words, from ICU's spell-out rules: ``thirty-two`` = ``trente-deux`` = ``trzydzieści dwa`` = 32.

Words are not entities (``one`` in "one of the partners" is no count to compare);
they are evidence. ``spelled_out(value, text, language)`` tells whether a text
writes a value out, so a number one edition gives in digits and the other in
words is no difference. ICU (icu4py) spells every EU language — num2words lacks
Bulgarian, Greek, Lithuanian and Czech. Its MessageFormat gives the default
cardinal only: ordinals and declined forms (``dwudziestoletni``) are not read.
"""

from __future__ import annotations

import functools

import regex

from ..model import Entity, EntityKind
from .locale_data import fold

SPELLED = (*range(0, 101), *range(200, 1001, 100), *range(2000, 10001, 1000))
"""The values looked for: every number to a hundred, round hundreds, round thousands."""


@functools.cache
def _spell_out(language: str) -> dict[int, tuple[str, ...]]:
    """Each value in ``SPELLED`` → how ICU spells it in ``language`` (folded, with and without hyphens)."""
    try:
        from icu4py.messageformat import MessageFormat

        spell = MessageFormat("{n, spellout}", language)
        written = {n: spell.format({"n": n}) for n in SPELLED}
    except Exception:  # an ICU without the language, or no ICU: no word is read
        return {}
    table: dict[int, tuple[str, ...]] = {}
    for n, text in written.items():
        if not text or any(c.isdigit() for c in text):
            continue
        base = fold(text.replace("\u00ad", ""))
        forms = {base, base.replace("-", " "), base.replace("-", ""), base.replace(" ", "-")}
        table[n] = tuple(sorted(forms, key=lambda f: (-len(f), f)))
    return table


@functools.lru_cache(maxsize=4096)
def _pattern(language: str, value: int) -> regex.Pattern[str] | None:
    forms = _spell_out(language).get(value)
    if not forms:
        return None
    alternatives = "|".join(regex.escape(f).replace(r"\ ", r"[\s\-]+") for f in forms)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]|\p{{L}}-)(?:{alternatives})(?![\p{{L}}\p{{N}}]|-\p{{L}})", regex.IGNORECASE)


def spelled_out(value: int, text: str, language: str) -> bool:
    """Whether ``text`` (in ``language`` or English) writes ``value`` out in words."""
    if value not in SPELLED:
        return False
    folded = _fold_text(text)
    for code in dict.fromkeys((language, "en")):
        pattern = _pattern(code, value)
        if pattern is not None and pattern.search(folded):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _fold_text(text: str) -> str:
    return fold(text.replace("\u00ad", ""))


def whole_numbers(entity: Entity) -> frozenset[int]:
    """The whole numbers an entity states that a translator may write out: a count, an ordinal, a percentage,
    a quantity's or an amount's number, a time's hour (on a 12- and a 24-hour clock)."""
    found: set[int] = set()
    for value in entity.values:
        if entity.kind is EntityKind.TIME:
            hour, _, minute = value.partition(":")
            if hour.isdigit() and minute[:2] == "00":
                found |= {int(hour), int(hour) % 12 or 12}
            continue
        number = value.split(" ", 1)[0].rstrip("%")
        if number.isdigit():
            found.add(int(number))
    return frozenset(found)
