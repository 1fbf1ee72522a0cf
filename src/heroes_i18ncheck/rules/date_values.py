"""How two dates, each as one edition writes it, compare: as calendar dates, a partial one by the parts it has."""

from __future__ import annotations

import regex

from ..model import Entity

_ISO_PART = regex.compile(r"^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?$")


def date_parts(value: str) -> tuple[tuple[str | None, str | None, str | None], ...] | None:
    """``"2023-07-03/2023-07-06"`` → ((year, month, day), (year, month, day)); ``None`` if not ISO-like."""
    parts = []
    for piece in value.split("/"):
        match = _ISO_PART.match(piece)
        if not match:
            return None
        year, month, day = match.groups()
        parts.append((year, month, day))
    return tuple(parts)


def dates_agree(a: Entity, b: Entity) -> bool:
    """Same date, or one is a partial date whose parts all match the other's."""
    if not a.values.isdisjoint(b.values):
        return True
    for left in a.values:
        for right in b.values:
            pa, pb = date_parts(left), date_parts(right)
            if pa and pb and len(pa) == len(pb) and all(
                sum(1 for x, y in zip(da, db) if x is not None and y is not None) >= 2
                and all(x == y for x, y in zip(da, db) if x is not None and y is not None)
                for da, db in zip(pa, pb)
            ):
                return True
    return False
