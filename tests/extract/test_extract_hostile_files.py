"""Hostile text files: refused by their kind and size before they are read; decoded by their byte-order mark."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from hang_guard import hang_guard
from heroes_i18ncheck.errors import UnreadableInput
from heroes_i18ncheck.extract import extract_document, read_document_bytes
from heroes_i18ncheck.extract.text import decode_text

GUARD_SECONDS = 20
"""A FIFO opened for reading waits for ever; /dev/zero never ends: either fails the test instead of hanging it."""
BG = "Проектът има 25 партньори в 12 страни."


BOM_CASES = [
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-8", codecs.BOM_UTF8),
]


@pytest.mark.parametrize(("codec", "mark"), BOM_CASES, ids=[c[0] for c in BOM_CASES])
def test_text_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path: Path, codec: str, mark: bytes) -> None:
    path = tmp_path / "bg.txt"
    path.write_bytes(mark + f"{BG}\n\nВторият абзац.\n".encode(codec))
    assert [b.text for b in extract_document(str(path)).blocks] == [BG, "Вторият абзац."]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (f"{BG}\n".encode("utf-16-le"), "not a text file (contains NUL bytes) — UTF-16 without a byte-order mark?"),
        (b"abc\x00def", "not a text file (contains NUL bytes)"),
        (codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8", "not UTF-16 text (byte 0x00 at offset 6)"),
        (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "not a text file (UTF-16 with NUL characters)"),
        (codecs.BOM_UTF8 + b"ab\xff", "not UTF-8 text (byte 0xff at offset 5)"),
    ],
    ids=["utf-16-without-mark", "nul-bytes", "broken-utf-16", "utf-16-with-nul", "broken-utf-8-after-mark"],
)
def test_undecodable_text_names_the_encoding_read(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        decode_text("bg.txt", data)
    assert caught.value.reason == reason


def test_a_text_edition_linked_to_dev_zero_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "bg.txt"
    path.symlink_to("/dev/zero")
    with hang_guard(GUARD_SECONDS), pytest.raises(UnreadableInput) as caught:
        extract_document(str(path))
    assert caught.value.reason == "not a regular file (a character device)"


def test_a_fifo_named_as_an_edition_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "bg.md"
    os.mkfifo(path)
    with hang_guard(GUARD_SECONDS), pytest.raises(UnreadableInput) as caught:
        extract_document(str(path))
    assert caught.value.reason == "not a regular file (a FIFO)"


def test_a_text_edition_over_the_size_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    """A sparse 3 GB file: refused from its size alone (reading it would take minutes and gigabytes)."""
    path = tmp_path / "bg.txt"
    with path.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    with hang_guard(GUARD_SECONDS), pytest.raises(UnreadableInput) as caught:
        extract_document(str(path))
    assert caught.value.reason == f"file too large ({3 * 1024**3} bytes > limit {100 * 1024**2})"
    small = tmp_path / "small.bg.txt"
    small.write_text(BG, encoding="utf-8")
    assert read_document_bytes(str(small), max_bytes=len(BG.encode())) == BG.encode()
    with pytest.raises(UnreadableInput, match="file too large"):
        read_document_bytes(str(small), max_bytes=len(BG.encode()) - 1)
