"""The version an edition says it is, on its cover, and the facts a translation from another version changes.

Real editions are not always translated from the reference as it is now: ``htm-whitepaper``'s ja, pt and zh
editions say ``VERSION 0.2, DECEMBER 10, 2010`` where the English says ``VERSION 0.2.1, SEPTEMBER 12, 2011``.
Their version number, its date, its year (``© 2010``) and the revision-table row of the newer version then differ
without a slip of the translator's. Such a pair is told once (``another-version``) and these facts are not
told one by one. Only a version *number* that differs counts: a cover date alone that differs is the slip a
newsletter's editions must not have.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..model import Block, Entity, EntityKind
from .base import Edition, Pair
from .date_values import dates_agree

_VERSION = regex.compile(
    r"(?<!\p{L})(?:"
    # CLDR has no word for a document's version: one line per script, the EU languages and those of the real sets.
    r"version|versão|versión|versione|versie|fassung|wersj[ai]|verz[ei]|verzia|verzija|versija|versioon|versio"
    r"|verzió|versiunea|versiune|verżjoni|sürüm|versiyon|revisjon"
    r"|версия|версія|верзија|έκδοση|εκδοση"
    r"|版本|バージョン|버전"
    r")(?!\p{L})\s*[:：.]?\s*(?:v\.?\s?)?"
    r"(?P<number>\d{1,3}(?:\.\d{1,4}){0,3})(?![\d.]*\d)",
    regex.IGNORECASE,
)
"""A word for "version" and the number right after it (``VERSION 0.2.1``, ``Versie 0.6.5``, ``版本 0.2``)."""

COVER_BLOCKS = 12
"""The blocks a cover holds at most (on its first two pages): a version stated further in is part of the content."""
STATEMENT_CHARS = 120
STATEMENT_START = 40
"""A version statement is a line of its own (``VERSION 0.2.1, SEPTEMBER 12, 2011``) or starts a short one; a version
inside a sentence (``an Android phone from version 9.0``) is something else's."""
DATE_REACH = 60
"""How many characters after the number a version's date may start, in its block or a short block right after."""
SHORT_BLOCK = 80


@dataclass(frozen=True, slots=True)
class Version:
    """A version statement: the block it stands in, its raw text, its number and, when it gives one, its date
    (or year)."""

    block: Block
    text: str
    number: str
    date: Entity | None


def stated_version(edition: Edition) -> Version | None:
    """The first version number the edition's cover states, with the date that goes with it."""
    blocks = edition.document.blocks
    for block in blocks[:COVER_BLOCKS]:
        if block.page > 2:
            break
        match = _VERSION.search(block.text) if len(block.text) <= STATEMENT_CHARS else None
        if match is None or match.start() > STATEMENT_START:
            continue
        date = _date_after(edition, block, match.end())
        end = date.end if date is not None and date in edition.entities[block.index] else match.end()
        if date is None and block.index + 1 < len(blocks):
            date = _date_after(edition, blocks[block.index + 1], 0, short=True)
        return Version(block, block.text[match.start() : end], match["number"], date)
    return None


def _date_after(edition: Edition, block: Block, start: int, *, short: bool = False) -> Entity | None:
    """The first date, else year, starting within ``DATE_REACH`` characters of ``start`` in ``block``."""
    if short and len(block.text) > SHORT_BLOCK:
        return None
    near = [e for e in edition.entities[block.index] if start <= e.start <= start + DATE_REACH]
    for kind in (EntityKind.DATE, EntityKind.YEAR):
        found = [e for e in near if e.kind == kind]
        if found:
            return min(found, key=lambda e: e.start)
    return None


def versions_apart(pair: Pair) -> tuple[Version, Version] | None:
    """The reference's and the translation's version statements when their numbers differ, else ``None``."""
    reference, translation = stated_version(pair.reference), stated_version(pair.translation)
    if reference is None or translation is None or reference.number == translation.number:
        return None
    return reference, translation


def a_version_fact(entity: Entity, versions: Iterable[Version], *, years: bool = True) -> bool:
    """Whether ``entity`` restates a version: its number, its date (in part: ``Sep 12``), or (with ``years``) its
    date's year."""
    for version in versions:
        if version.number in entity.values:
            return True
        date = version.date
        if date is None:
            continue
        if entity.kind == EntityKind.DATE and date.kind == EntityKind.DATE and dates_agree(entity, date):
            return True
        if years and entity.kind in (EntityKind.NUMBER, EntityKind.YEAR) and not entity.values.isdisjoint(_years(date)):
            return True
    return False


def _years(date: Entity) -> frozenset[str]:
    return frozenset(value[:4] for value in date.values if value[:4].isdigit())
