"""Untrusted text made safe for HTML, and block text with the findings' values marked.

Every string from an edition (block text, values, paths, messages quoting
them) goes through ``escape``: control characters and lone surrogates become
visible ``\\xNN``/U+FFFD, then ``html.escape`` turns ``<``, ``>``, ``&`` and
both quotes into entities, so the result is inert both as element text and
inside a quoted attribute.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Severity, Side
from .safe_text import printable


@dataclass(frozen=True, slots=True)
class TextMark:
    """A value to highlight in a block's text: where, for which finding, how grave."""

    start: int
    end: int
    finding: str
    severity: Severity


def escape(text: object) -> str:
    """``text`` as inert HTML, fit for element content and for a double- or single-quoted attribute."""
    return html.escape(printable(str(text)), quote=True)


def value_span(text: str, side: Side) -> tuple[int, int] | None:
    """Where ``side.value`` stands in ``text``: its span when that holds the value, else its first occurrence."""
    if not side.value:
        return None
    if side.span is not None:
        start, end = side.span
        if 0 <= start <= end <= len(text) and text[start:end] == side.value:
            return (start, end)
    at = text.find(side.value)
    return (at, at + len(side.value)) if at >= 0 else None


def marked_text(text: str, marks: Sequence[TextMark]) -> str:
    """``text`` escaped, each marked stretch in ``<mark>`` naming its findings; overlaps split cleanly."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        piece = escape(text[start:end])
        if covering:
            severity = max(m.severity for m in covering)
            ids = " ".join(dict.fromkeys(m.finding for m in covering))
            piece = f'<mark class="sev-{severity}" data-findings="{escape(ids)}">{piece}</mark>'
        pieces.append(piece)
    return "".join(pieces)
