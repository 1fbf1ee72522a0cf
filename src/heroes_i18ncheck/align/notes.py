"""Notes paired by marker and content wherever each edition puts them, apart from the ordered alignment.

One edition prints a note at the foot of page 3, another gathers it with the others at the end of the document:
in reading order the two stand pages apart, and paired by the monotone pass they would pull it off course (or be
left over as a missing and an extra block). So the notes (``BlockKind.NOTE``) of both editions are paired first,
among themselves and without their markers, by a scorer of their own: the same marker (``1`` and ``¹`` and ``[1]`` are one) and anything
shared in words or facts (``SAME_MARKER_CONTENT``) make a pair; notes renumbered (a translator's note added before
them) pair when their content alone convinces, as moved blocks do (``MOVED_CONTENT``, ``MOVED_SCORE``). Paired
notes are left out of the ordered alignment and their beads put back at their reference note's place, marked moved
when they cross the ordered pairs. A note left unpaired stays in the ordered alignment like any block: an edition
whose extraction took a note for a paragraph can still pair it in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..extract.notes import note_body, note_marker
from ..model import Bead, BlockKind, Document
from .confidence import pairing_confidence
from .moved import MOVED_CONTENT, MOVED_SCORE, best_first
from .prepare import prepare_scorer

SAME_MARKER_CONTENT = 0.05
"""Notes with the same marker pair when their words and facts tie them at least this much (they share something)."""


@dataclass(frozen=True, slots=True)
class PairApart:
    """A block of the reference and one of the translation (block indices) paired apart from the ordered alignment
    (two notes, two sidebars), with the pair's score and content."""

    ref: int
    tr: int
    score: float
    content: float


def pair_notes(reference: Document, translation: Document) -> list[PairApart]:
    """The notes of the two editions paired by marker and content, the strongest content first, in reference order
    (the entities are read again from the notes without their markers)."""
    ref_notes = [b.index for b in reference.blocks if b.kind == BlockKind.NOTE]
    tr_notes = [b.index for b in translation.blocks if b.kind == BlockKind.NOTE]
    if not ref_notes or not tr_notes:
        return []
    scorer, candidates = prepare_scorer(_bodies(reference, ref_notes), _bodies(translation, tr_notes))
    found: dict[tuple[int, int], tuple[float, float, bool]] = {}
    for u, v in sorted(set(candidates)):
        ref_unit, tr_unit = scorer.ref_units[u], scorer.tr_units[v]
        if len(ref_unit.blocks) != 1 or len(tr_unit.blocks) != 1:
            continue
        i, j = ref_notes[ref_unit.blocks[0]], tr_notes[tr_unit.blocks[0]]
        content = scorer.content(u, u + 1, v, v + 1)
        score = scorer.similarity(u, u + 1, v, v + 1, position=False)
        marker = note_marker(reference.blocks[i].text)
        same = marker is not None and marker == note_marker(translation.blocks[j].text)
        if (same and content >= SAME_MARKER_CONTENT) or (content >= MOVED_CONTENT and score >= MOVED_SCORE):
            found[i, j] = score, content, same
    chosen = best_first(((-content, not same), i, j) for (i, j), (_, content, same) in found.items())
    return sorted((PairApart(i, j, found[i, j][0], found[i, j][1]) for i, j in chosen), key=lambda p: p.ref)


def sub_document(document: Document, indices: Sequence[int]) -> Document:
    """The edition holding only the blocks at ``indices``, renumbered from 0 in that order."""
    return replace(document, blocks=tuple(replace(document.blocks[i], index=k) for k, i in enumerate(indices)))


def _bodies(document: Document, notes: Sequence[int]) -> Document:
    """The edition's notes alone, without their markers: the number a note bears is no content it shares."""
    blocks = (replace(document.blocks[i], index=k, text=note_body(document.blocks[i].text)) for k, i in enumerate(notes))
    return replace(document, blocks=tuple(blocks))


def with_beads_apart(beads: Sequence[Bead], pairs: Sequence[PairApart]) -> list[Bead]:
    """``beads`` (over all blocks, the blocks paired apart left out) with a bead for each pair apart at its reference
    block's place, marked moved when it breaks the translation's order of the beads not moved.

    A pair whose reference block stands inside a bead the ordered pass merged across it (a paragraph a page break
    split around its footnote) joins that bead, which is then marked moved if it no longer keeps that order.
    """
    out = list(beads)
    for pair in sorted(pairs, key=lambda p: p.ref):
        bead = Bead((pair.ref,), (pair.tr,), round(pair.score, 6), round(pairing_confidence(pair.score), 6))
        host = next((k for k, b in enumerate(out) if b.reference and min(b.reference) < pair.ref < max(b.reference)), None)
        if host is not None:
            joined = out[host]
            at = host
            bead = Bead(
                tuple(sorted((*joined.reference, pair.ref))),
                tuple(sorted((*joined.translation, pair.tr))),
                joined.score,
                joined.confidence,
                joined.moved,
            )
            del out[host]
        else:
            at = _place(out, pair)
        out.insert(at, bead)
        if not bead.moved and not fits(out, at):
            out[at] = replace(bead, moved=True)
    return out


def _place(beads: Sequence[Bead], pair: PairApart) -> int:
    """Where a pair's bead goes: after every bead of earlier reference blocks, before every bead of later ones, and
    among the translation's unpaired blocks between them at its translation block's place."""
    low = max((k + 1 for k, b in enumerate(beads) if b.reference and max(b.reference) < pair.ref), default=0)
    at = low
    while at < len(beads) and not beads[at].reference and min(beads[at].translation) < pair.tr:
        at += 1
    return at


def fits(beads: Sequence[Bead], at: int) -> bool:
    """Whether the bead at ``at`` keeps the translation's order with the beads not marked moved: its translation
    blocks after those of the nearest such bead before it and before those of the nearest after it (the beads not
    moved being in order, the nearest ones are the ones to check)."""
    own = beads[at].translation
    if not own:
        return True
    before = next((beads[k].translation for k in range(at - 1, -1, -1) if beads[k].translation and not beads[k].moved), ())
    after = next((beads[k].translation for k in range(at + 1, len(beads)) if beads[k].translation and not beads[k].moved), ())
    return (not before or max(before) < min(own)) and (not after or max(own) < min(after))
