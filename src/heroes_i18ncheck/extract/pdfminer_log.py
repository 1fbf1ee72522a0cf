"""What pdfminer logs while it reads a damaged file, kept as that file's warnings instead of stray stderr lines.

pdfminer reports what it repairs or skips in a damaged PDF (``Data-loss while
decompressing corrupted data``, ``Could not get FontBBox…``) through the
``logging`` module; with no handler set up, Python prints each record on stderr,
without the file's name, once per occurrence — dozens of unattributed lines for
one bit-flipped file. ``complaints_into(warnings)`` collects them while one file
is read, distinct and bounded, as warnings of that file. A clean PDF logs nothing.
The capture is per process (the CLI reads each file in a worker process); two
threads reading PDFs at once in one process would mix their complaints.

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


class _Collector(logging.Handler):
    """The ``MAX_COMPLAINTS`` first messages in sorted order, and whether there were more: the same set
    whatever order they come in (a hostile file may log millions)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: set[str] = set()
        self.more = False

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = " ".join(record.getMessage().split())[:MAX_COMPLAINT_CHARS]
        except Exception:  # noqa: BLE001 — a record that cannot be formatted is no warning worth a traceback
            return
        if not message or message in self.messages:
            return
        self.messages.add(message)
        if len(self.messages) > MAX_COMPLAINTS:
            self.messages.remove(max(self.messages))
            self.more = True


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
        found = [PREFIX + message for message in collector.messages]
        warnings += _bounded([*found, MORE] if collector.more else found)


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
