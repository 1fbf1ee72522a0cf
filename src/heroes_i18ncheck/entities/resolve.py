"""Choosing among overlapping findings: the most specific reading of a stretch of text wins.

Every finder reports what it sees on its own, so ``14 March 2023`` is at once
a date, a number and a year, and ``SU-FCT01-2018-2019-2020`` an identifier
and a range. ``most_specific`` keeps, for each stretch of text, the finding of
the most specific tier (the longest one within a tier), so a date consumes its
day and year, money its number, a URL its digits, an identifier its digits.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from enum import IntEnum
from typing import NamedTuple

from ..model import Entity, EntityKind


class Tier(IntEnum):
    """How specific a finding is; a lower tier wins an overlap."""

    LINK = 0
    IDENTIFIER = 1
    DATE = 2
    AMOUNT = 3
    DETAIL = 4
    ORDINAL = 5
    NAME = 6
    NUMBER = 7


class Candidate(NamedTuple):
    """One finder's reading of a stretch of text, before overlaps are settled: its tier and the entity's fields.

    The fields after ``tier`` are ``Entity``'s, in its order. A plain tuple
    rather than a tier and an ``Entity``: finders propose more readings than
    survive (every day and year of a date is a number too), and a frozen
    dataclass costs more to build than all the rest of a reading, so the
    ``Entity`` is built only for the readings kept.
    """

    tier: Tier
    kind: EntityKind
    text: str
    start: int
    end: int
    value: str
    alternatives: tuple[str, ...] = ()
    subkind: str = ""
    lookalike: str = ""

    def entity(self) -> Entity:
        """The reading as an ``Entity``."""
        return Entity(*self[1:])


def most_specific(candidates: Iterable[Candidate]) -> tuple[Entity, ...]:
    """Non-overlapping entities in order of position, each overlap settled by tier, then length, then position.

    Linear in the text covered: taken characters are marked in a byte array.
    """
    ranked = sorted(candidates, key=_rank)
    if not ranked:
        return ()
    taken = bytearray(max(map(_END, ranked)) + 1)
    kept: list[Candidate] = []
    for candidate in ranked:
        start, end = candidate.start, candidate.end
        if end <= start or taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(candidate)
    kept.sort(key=_START)
    return tuple(map(Candidate.entity, kept))


def _rank(candidate: Candidate) -> tuple[int, int, int]:
    return candidate.tier, candidate.start - candidate.end, candidate.start


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
