"""Tables paired as sets of rows: a glossary sorted by its own language's terms puts each row elsewhere.

The ordered pass pairs the rows of a table in order, so when an edition sorts a glossary or a list of
abbreviations by its own terms (``Sensor`` in English, ``Räumliche Musterzusammenfassung`` in German) it pairs row
with row by their place: ``Cells`` with ``Aktiver Zustand``. Here the rows of a reference table and of the
translation table most of its rows were paired with are paired again as a set. An ordered pair whose rows share
enough words and facts (``KEPT_CONTENT``) stays; the rest, and the rows left unpaired, are paired by content, best
first, where content convinces (``SET_CONTENT``, ``SET_SCORE``), in any order and never marked moved. A row
whose ordered partner went elsewhere and found no other is left unpaired; rows in merged beads are left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..model import BlockKind
from .dp import Step
from .moved import LatePair, best_first
from .score import Scorer

KEPT_CONTENT = 0.25
"""An ordered pair of rows sharing at least this (``Scorer.content``) keeps its pairing."""
SET_CONTENT = 0.2
"""Rows paired out of order share at least this much in words and facts: a glossary row's term is often
translated, its definition shares the names in it (``HTM``, ``Synapse``) and the cognates."""
SET_SCORE = 0.55
"""…and score at least this, without position."""


def table_runs(kinds: Sequence[BlockKind]) -> list[range]:
    """The runs of consecutive table rows among units of these kinds (each a unit's first block's kind), in order."""
    runs: list[range] = []
    start = None
    for k, kind in enumerate((*kinds, None)):
        if kind == BlockKind.TABLE_ROW:
            start = k if start is None else start
        elif start is not None:
            runs.append(range(start, k))
            start = None
    return runs


def pair_table_rows(
    scorer: Scorer,
    candidates: Iterable[tuple[int, int]],
    steps: Sequence[Step],
    ref_tables: Sequence[range],
    tr_tables: Sequence[range],
) -> tuple[set[tuple[int, int]], list[LatePair]]:
    """The ordered one-to-one pairs of table rows to undo, and the rows paired again as sets (over units).

    A reference table is paired with the translation table that most of its ordered pairs reach (at least two).
    """
    single = {i0: j0 for i0, i1, j0, j1 in steps if i1 - i0 == 1 and j1 - j0 == 1}
    merged_ref = {i for i0, i1, j0, j1 in steps if i1 - i0 > 1 or j1 - j0 > 1 for i in range(i0, i1)}
    merged_tr = {j for i0, i1, j0, j1 in steps if i1 - i0 > 1 or j1 - j0 > 1 for j in range(j0, j1)}
    tr_table_of = {j: n for n, table in enumerate(tr_tables) for j in table}
    by_ref: dict[int, list[int]] = {}
    for i, j in candidates:
        by_ref.setdefault(i, []).append(j)
    undone: set[tuple[int, int]] = set()
    late: list[LatePair] = []
    for table in ref_tables:
        reached = Counter(tr_table_of[single[i]] for i in table if i in single and single[i] in tr_table_of)
        if not reached:
            continue
        (target, count), *_ = sorted(reached.items(), key=lambda item: (-item[1], item[0]))
        if count < 2:
            continue
        rows = set(tr_tables[target])
        kept = {
            (i, single[i]) for i in table
            if single.get(i) in rows and scorer.content(i, i + 1, single[i], single[i] + 1) >= KEPT_CONTENT
        }
        free_ref = {i for i in table if i not in merged_ref} - {i for i, _ in kept}
        free_tr = rows - merged_tr - {j for _, j in kept}
        found = _best_first(scorer, [(i, j) for i in sorted(free_ref) for j in by_ref.get(i, ()) if j in free_tr])
        moved = [p for p in found if single.get(p.ref) != p.tr]
        paired_ref, paired_tr = {p.ref for p in moved}, {p.tr for p in moved}
        undone |= {(i, single[i]) for i in free_ref if i in single and (i in paired_ref or single[i] in paired_tr)}
        late += moved
    return undone, sorted(late, key=lambda p: (p.ref, p.tr))


def _best_first(scorer: Scorer, pairs: Iterable[tuple[int, int]]) -> list[LatePair]:
    """The pairs whose content convinces, strongest content first, each row taken once."""
    convincing: dict[tuple[int, int], tuple[float, float]] = {}
    for i, j in pairs:
        content = scorer.content(i, i + 1, j, j + 1)
        if content < SET_CONTENT:
            continue
        score = scorer.similarity(i, i + 1, j, j + 1, position=False)
        if score >= SET_SCORE:
            convincing[i, j] = content, score
    chosen = best_first(((-content, -score), i, j) for (i, j), (content, score) in convincing.items())
    return [LatePair(i, j, convincing[i, j][1], False) for i, j in chosen]
