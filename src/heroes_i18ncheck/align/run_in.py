"""Run-in heads: a heading one edition sets on a line of its own and the other runs into its paragraph.

``Identificeren van valse informatie.`` stands alone in the Dutch edition of a white paper; the Spanish one opens
its paragraph with it (``Identificando la falsa información. No hay suficientes mecanismos…``). The ordered pass
pairs the two paragraphs and leaves the heading alone: a block "added" that is not. So a heading left unpaired
right before a pairing joins it when the other side's first unit opens with such a head — a short first sentence
(``RUN_IN_WORDS`` words at most, its last word a real word) that ends in a full stop or a colon and is followed by
the paragraph — and its own side's does not.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .dp import Step
from .units import Unit

RUN_IN_WORDS = 10
"""The most words a run-in head has; a heading standing alone that would join it has at most ``HEADING_WORDS``."""
HEADING_WORDS = 12

_RUN_IN = regex.compile(
    rf"^[\W\d]{{0,4}}\p{{L}}\S*(?:[ \u00a0]+\S+){{1,{RUN_IN_WORDS - 1}}}?(?<=\p{{L}}{{3}})[.:][ \u00a0]+[\p{{Lu}}\p{{Lo}}]"
)
"""A first sentence of two to ``RUN_IN_WORDS`` words, its last word of three letters or more (not ``Dr.``), ending
in ``.`` or ``:`` and followed by a sentence that starts with a capital."""


def opens_with_run_in_head(text: str) -> bool:
    """Whether a paragraph opens with a head run into it (``Sistemas de reputación débiles. Los sistemas…``)."""
    return _RUN_IN.match(text) is not None


def join_run_in_heads(steps: Sequence[Step], ref_units: Sequence[Unit], tr_units: Sequence[Unit]) -> list[Step]:
    """``steps`` with each lone heading that the other edition runs into the next pairing's paragraph joined to it."""
    out: list[Step] = []
    k = 0
    while k < len(steps):
        step = steps[k]
        following = steps[k + 1] if k + 1 < len(steps) else None
        if following is not None and _joins(step, following, ref_units, tr_units):
            out.append((step[0], following[1], step[2], following[3]))
            k += 2
            continue
        out.append(step)
        k += 1
    return out


def _joins(step: Step, following: Step, ref_units: Sequence[Unit], tr_units: Sequence[Unit]) -> bool:
    i0, i1, j0, j1 = step
    f0, f1, g0, g1 = following
    if not (f1 > f0 and g1 > g0):
        return False
    if i1 - i0 == 1 and j0 == j1:
        lone, own, other = ref_units[i0], ref_units[f0], tr_units[g0]
    elif j1 - j0 == 1 and i0 == i1:
        lone, own, other = tr_units[j0], tr_units[g0], ref_units[f0]
    else:
        return False
    return (
        lone.heading
        and len(lone.text.split()) <= HEADING_WORDS
        and not own.heading
        and not other.heading
        and opens_with_run_in_head(other.text)
        and not opens_with_run_in_head(own.text)
    )
