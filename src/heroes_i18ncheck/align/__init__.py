"""Align stage: which blocks of a translation say what which blocks of the reference say."""

from __future__ import annotations

from ..model import Alignment, Bead, Document

__all__ = ["align"]


def align(reference: Document, translation: Document) -> Alignment:
    """Pair blocks by position, 1:1; blocks past the shorter edition's end pair with nothing."""
    ref_count, tr_count = len(reference.blocks), len(translation.blocks)
    beads = [Bead((i,), (i,), 1.0, 0.5) for i in range(min(ref_count, tr_count))]
    beads += [Bead((i,), (), 0.0, 0.5) for i in range(tr_count, ref_count)]
    beads += [Bead((), (i,), 0.0, 0.5) for i in range(ref_count, tr_count)]
    confidence = min(ref_count, tr_count) / max(ref_count, tr_count, 1)
    return Alignment(reference, translation, tuple(beads), confidence)
