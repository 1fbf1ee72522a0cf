"""Plain-text and Markdown editions: blocks are paragraphs separated by blank lines."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..errors import UnreadableInput
from ..model import BlockKind

_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = regex.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block's text and kind before languages are assigned; ``line`` is 1-based."""

    text: str
    kind: BlockKind
    line: int
    page: int = 1


def decode_text(path: str, data: bytes) -> str:
    """UTF-8 text (a BOM is allowed); anything else is an ``UnreadableInput`` saying where it broke."""
    if b"\x00" in data:
        raise UnreadableInput(path, "not a text file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def split_paragraphs(text: str, markdown: bool) -> list[RawBlock]:
    """Blank-line separated paragraphs; in Markdown, headings and list items become their own blocks."""
    blocks: list[RawBlock] = []
    lines: list[str] = []
    start = 0

    def flush() -> None:
        if lines:
            joined = " ".join(part.strip() for part in lines)
            blocks.append(RawBlock(joined, BlockKind.PARAGRAPH, start))
            lines.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            flush()
            continue
        if markdown:
            heading = _HEADING.match(line)
            if heading:
                flush()
                blocks.append(RawBlock(heading.group(2), BlockKind.HEADING, number))
                continue
            item = _LIST_ITEM.match(line)
            if item:
                flush()
                blocks.append(RawBlock(line[item.end():].strip(), BlockKind.LIST_ITEM, number))
                continue
        if not lines:
            start = number
        lines.append(line)
    flush()
    return [b for b in blocks if b.text]


def read_text_blocks(path: str, data: bytes) -> list[RawBlock]:
    """The blocks of a ``.txt`` or ``.md`` edition."""
    text = decode_text(path, data)
    blocks = split_paragraphs(text, markdown=path.lower().endswith((".md", ".markdown")))
    if not blocks:
        raise UnreadableInput(path, "no text (the file is empty)")
    return blocks
