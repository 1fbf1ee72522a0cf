"""identifier-mismatch — a grant, call, contract, work-package or task code differs.

Identifiers are compared with their separators normalized, so extraction
spaces (``SU- FCT01- 2018-2019-2020``) and the local word for *task* or *No*
(``Задача 5.6``, ``5.6 uždaviniui``, ``№ 101021801``, ``Nr. 101021801``) do not matter.
A work-package or task code that one edition leaves out while its block names
a work package or task in words (``WP9`` ↔ ``Devintasis darbo paketas``, the
ninth work package) is taken as spelled out, not lost.

Passes (en → bg): ``grant agreement No 101021801`` ↔ ``споразумение за безвъзмездна помощ № 101021801``.
Fails (en → bg): ``grant agreement No 101021801`` ↔ ``споразумение за безвъзмездна помощ № 101021810``.
"""

from __future__ import annotations

from ..entities.identifiers import TASK_WORDS, WORK_PACKAGE_WORDS
from ..entities.locale_data import spellings
from ..model import EntityKind, Severity
from .base import Pair, Rule
from .majority import value_check
from .values import Status, ValueDiff

NAMED_IN_WORDS = {"work-package": WORK_PACKAGE_WORDS, "task": TASK_WORDS}
"""Subkinds of code that a translation may spell out, and the words that name them."""


def not_spelled_out(pair: Pair, diff: ValueDiff) -> bool:
    """False when a work-package or task code is missing on one side but that side's bead names one in words."""
    if diff.status not in (Status.REMOVED, Status.ADDED):
        return True
    located = diff.reference or diff.translation
    if located is None:
        return True
    entity = located.entity
    words = NAMED_IN_WORDS.get(entity.subkind)
    if words is None:
        return True
    if diff.status is Status.REMOVED:
        document, block, side = pair.translation.document, diff.translation_block, "translation"
    else:
        document, block, side = pair.reference.document, diff.reference_block, "reference"
    if block is None:
        return True
    bead = next((b for b in pair.alignment.beads if block.index in getattr(b, side)), None)
    indices = getattr(bead, side) if bead else (block.index,)
    text = " ".join(document.blocks[i].text for i in indices).lower()
    stems = spellings(words["en"] + words.get(document.language, ()))
    return not any(stem in text for stem in stems)


RULE = Rule(
    code="H107",
    name="identifier-mismatch",
    severity=Severity.ERROR,
    summary="A grant, call, contract, work-package or task identifier differs between editions.",
    description=__doc__ or "",
    check=value_check(frozenset({EntityKind.IDENTIFIER}), "identifier", select=not_spelled_out),
)
