"""What pdfminer logs while it reads a damaged file, kept as that file's warnings instead of stray stderr lines.

pdfminer reports what it repairs or skips in a damaged PDF (``Data-loss while
decompressing corrupted data``, ``Could not get FontBBox…``) through the
``logging`` module; with no handler set up, Python prints each record on stderr,
without the file's name, once per occurrence — dozens of unattributed lines for
one bit-flipped file. ``complaints_into(warnings)`` collects them while one file
is read, distinct and bounded, as warnings of that file. A clean PDF logs nothing.

The complaints are sorted and cut to ``MAX_COMPLAINTS``, and ``merged`` joins the
warnings of readers that shared one file's pages the same way, so the warnings
of an edition never depend on how its pages were shared out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

PREFIX = "pdfminer: "
MAX_COMPLAINTS = 5
"""Distinct complaints kept per file; a line says when there were more."""
MORE = PREFIX + "(more complaints left out)"
MAX_COMPLAINT_CHARS = 160
_COLLECTED = 1000
"""Distinct messages collected at most while reading (a hostile file may log millions)."""


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) >= _COLLECTED:
            return
        try:
            message = " ".join(record.getMessage().split())
        except Exception:  # noqa: BLE001 — a record that cannot be formatted is no warning worth a traceback
            return
        if message:
            self.messages.add(message[:MAX_COMPLAINT_CHARS])


@contextmanager
def complaints_into(warnings: list[str]) -> Iterator[None]:
    """While the block runs, pdfminer's warnings go to ``warnings`` (at the end, distinct, sorted, bounded)."""
    logger = logging.getLogger("pdfminer")
    collector = _Collector()
    propagate = logger.propagate
    logger.addHandler(collector)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(collector)
        logger.propagate = propagate
        warnings += _bounded(PREFIX + message for message in collector.messages)


def merged(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    """The warnings of two readers of one file: the others in the order seen, then the complaints of both, bounded."""
    both = [*first, *second]
    others = [w for w in both if not w.startswith(PREFIX)]
    return (*dict.fromkeys(others), *_bounded(w for w in both if w.startswith(PREFIX)))


def _bounded(complaints: Iterable[str]) -> list[str]:
    """The first ``MAX_COMPLAINTS`` in sorted order, and ``MORE`` if any were left out (here or before)."""
    distinct = set(complaints)
    found = sorted(distinct - {MORE})
    more = MORE in distinct or len(found) > MAX_COMPLAINTS
    return [*found[:MAX_COMPLAINTS], MORE] if more else found
