"""Choosing among overlapping findings: the most specific reading of a stretch of text wins.

Every finder reports what it sees on its own, so ``14 March 2023`` is at once
a date, a number and a year, and ``SU-FCT01-2018-2019-2020`` an identifier
and a range. ``most_specific`` keeps, for each stretch of text, the finding of
the most specific tier (the longest one within a tier), so a date consumes its
day and year, money its number, a URL its digits, an identifier its digits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from ..model import Entity


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


@dataclass(frozen=True, slots=True)
class Candidate:
    """One finder's reading of a stretch of text, before overlaps are settled."""

    tier: Tier
    entity: Entity


def most_specific(candidates: Iterable[Candidate]) -> tuple[Entity, ...]:
    """Non-overlapping entities in order of position, each overlap settled by tier, then length, then position.

    Linear in the text covered: taken characters are marked in a byte array.
    """
    ranked = sorted(candidates, key=lambda c: (c.tier, c.entity.start - c.entity.end, c.entity.start))
    if not ranked:
        return ()
    taken = bytearray(max(c.entity.end for c in ranked) + 1)
    kept: list[Entity] = []
    for candidate in ranked:
        entity = candidate.entity
        if entity.end <= entity.start or taken.find(1, entity.start, entity.end) != -1:
            continue
        taken[entity.start : entity.end] = b"\x01" * (entity.end - entity.start)
        kept.append(entity)
    return tuple(sorted(kept, key=lambda e: e.start))
