"""Why a bead scored what it did: each signal's similarity and how much it had to go on.

For the translator who wants to see why two blocks were (or were not) paired:
``length`` (Gale–Church probability), ``words`` (share of transliterated
names and cognates found on the other side), ``facts`` (share of entity
values), ``heading`` (heading with heading, when both editions mark them),
``item`` (list item with list item, when both have them) and ``position`` (closeness to the expected path). Each is ``(similarity,
availability)``, both in [0, 1]; the bead's score is their weighted mean,
each weighed by its availability.
"""

from __future__ import annotations

from ..model import Alignment
from .prepare import prepare_scorer
from .signals import BlockEntities

Signals = dict[str, tuple[float, float]]


def explain(
    alignment: Alignment,
    *,
    reference_entities: BlockEntities | None = None,
    translation_entities: BlockEntities | None = None,
) -> tuple[Signals, ...]:
    """For each bead of ``alignment``, in order, its signals; empty for a block left unpaired."""
    scorer, _ = prepare_scorer(alignment.reference, alignment.translation, reference_entities, translation_entities)
    ref_unit = {b: k for k, u in enumerate(scorer.ref_units) for b in u.blocks}
    tr_unit = {b: k for k, u in enumerate(scorer.tr_units) for b in u.blocks}
    explained: list[Signals] = []
    for bead in alignment.beads:
        if not (bead.reference and bead.translation):
            explained.append({})
            continue
        i0, i1 = ref_unit[bead.reference[0]], ref_unit[bead.reference[-1]] + 1
        j0, j1 = tr_unit[bead.translation[0]], tr_unit[bead.translation[-1]] + 1
        signals = scorer.signals(i0, i1, j0, j1)
        if bead.moved:
            del signals["position"]
        explained.append({name: (round(s, 3), round(a, 3)) for name, (s, a) in signals.items()})
    return tuple(explained)
