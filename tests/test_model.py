"""The records every stage passes on come back from pickle and copy equal and whole: workers send them between processes."""

from __future__ import annotations

import copy
import pickle

import pytest

from heroes_i18ncheck.extract.lines import TextLine
from heroes_i18ncheck.model import Bead, Block, BlockKind, Entity, EntityKind

RECORDS = [
    Block(3, 2, BlockKind.HEADING, "Бюлетин #2", "bg", (72.0, 700.5, 300.0, 712.0), None),
    Block(0, 1, BlockKind.PARAGRAPH, "text", "en", line=12),
    Entity(EntityKind.NUMBER, "1.000", 4, 9, "1000", ("1",)),
    Entity(EntityKind.ACRONYM, "НЕRОЕS", 0, 6, "HEROES", lookalike="Cyrillic"),
    Bead((1, 2), (3,), 0.91, 0.88, moved=True),
    TextLine("HEROES newsletter", (72.0, 700.0, 240.0, 712.0), 11.5, bold=True),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_a_record_comes_back_from_pickle_and_copy_equal_and_whole(record: object) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert again == record and repr(again) == repr(record)
    assert copy.deepcopy(record) == record
    assert copy.copy(record) == record


def test_a_lines_derived_sides_are_built_again_on_the_other_side() -> None:
    line = pickle.loads(pickle.dumps(RECORDS[-1]))
    assert (line.x0, line.y0, line.x1, line.y1) == (72.0, 700.0, 240.0, 712.0)
