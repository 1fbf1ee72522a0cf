"""The collector held back while the command imports its stages (imported first, ``resume()`` after the last).

The imports allocate some 75,000 objects — functions, classes, tables — that all live as long as the process:
the hundred or so collections they would start find nothing to free, and took 25-40 ms of every command's
start, before a worker can fork. Once they are done the objects are frozen (``gc.freeze``: left out of every
collection), or the first collection after would walk them all at once. Held back, not switched off: were
``resume()`` never reached, the collector would still run, seldom.
"""

from __future__ import annotations

import gc

IMPORT_GC_THRESHOLD = 200_000
"""Allocations between two young-generation collections while the imports run (CPython's default: 700)."""

_BEFORE = gc.get_threshold()
gc.set_threshold(IMPORT_GC_THRESHOLD, *_BEFORE[1:])


def resume() -> None:
    """What was allocated until now left out of collections for good, and the collector's thresholds as they were
    before this module was imported."""
    gc.freeze()
    gc.set_threshold(*_BEFORE)
