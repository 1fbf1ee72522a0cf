"""pdfminer's complaints: a file's own warnings, bounded, the same however its pages were shared out."""

from __future__ import annotations

import logging
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heroes_i18ncheck.extract.pdfminer_log import (
    MAX_COMPLAINTS,
    MORE,
    PREFIX,
    complaints_into,
    merged,
)

ENCRYPTED = "encrypted with an empty user password; opened without one"


def _read(messages: list[str], other: tuple[str, ...] = ()) -> list[str]:
    """The warnings of one reader that saw ``messages`` logged by pdfminer."""
    warnings = list(other)
    with complaints_into(warnings):
        for message in messages:
            logging.getLogger("pdfminer.pdfinterp").warning("%s", message)
    return warnings


def test_complaints_are_distinct_sorted_and_bounded() -> None:
    messages = [f"complaint {n}" for n in (9, 1, 1, 7, 3, 8, 2, 5)]
    assert _read(messages) == [PREFIX + f"complaint {n}" for n in (1, 2, 3, 5, 7)][:MAX_COMPLAINTS] + [MORE]
    assert _read(["one", "one"]) == [PREFIX + "one"]
    assert _read([]) == []


def test_debug_records_are_no_complaint_and_the_logger_is_left_as_it_was() -> None:
    logger = logging.getLogger("pdfminer")
    warnings: list[str] = []
    with pytest.raises(ValueError), complaints_into(warnings):
        logging.getLogger("pdfminer.psparser").debug("nextobject: %r", 1)
        raise ValueError("a damaged file")
    assert warnings == []
    assert logger.propagate and not logger.handlers


@pytest.mark.parametrize("seed", range(5))
def test_which_complaints_are_kept_does_not_depend_on_their_order(seed: int) -> None:
    messages = [f"message {n:04d}" for n in range(1500)]  # more than a hostile file's first thousand
    random.Random(seed).shuffle(messages)
    assert _read(messages) == [PREFIX + f"message {n:04d}" for n in range(MAX_COMPLAINTS)] + [MORE]


@given(
    st.lists(st.sampled_from([f"message {n}" for n in range(12)]), max_size=20),
    st.lists(st.booleans(), max_size=20),
    st.booleans(),
)
def test_readers_sharing_a_file_warn_as_one_reader_would(messages: list[str], to_first: list[bool], encrypted: bool) -> None:
    other = (ENCRYPTED,) if encrypted else ()
    flags = to_first + [True] * (len(messages) - len(to_first))
    first = [m for m, flag in zip(messages, flags) if flag]
    second = [m for m, flag in zip(messages, flags) if not flag]
    one_reader = tuple(_read(messages, other))
    assert merged(_read(first, other), _read(second, other)) == one_reader
    assert merged(_read(second, other), _read(first, other)) == one_reader
