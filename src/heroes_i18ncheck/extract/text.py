"""Plain-text and Markdown editions: blocks are paragraphs separated by blank lines.

A ``.txt`` edition is often a PDF's text saved as is, so the repairs that make
sense without coordinates run here too: running headers with the page number
glued on are dropped, letter-spaced runs collapsed, a URL broken after its
own hyphen rejoined, and a paragraph the conversion broke with a blank line
joined again (``Pirmųjų projekto metų peržiūra 2022`` / ``m. gruodžio 8 d.``:
a date split in two is no date). Clean text passes through unchanged.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import regex

from ..errors import UnreadableInput
from ..model import BBox, BlockKind
from .headers import running_header_lines
from .repairs import collapse_letter_spacing, join_lines, squeeze_spaces

_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = regex.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")
_ENDS_SENTENCE = regex.compile(r"[.!?…;:»”\"')\]]\s*$")
_STARTS_LOWER = regex.compile(r"^\s*\p{Ll}")
_STARTS_LINK = regex.compile(r"^\s*(?:https?://|www\.|[\w.+-]+@)", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block's text and kind before languages are assigned.

    ``line`` is the 1-based first source line of a text edition (0 for PDF);
    ``bbox`` is where a PDF block stands on its page.
    """

    text: str
    kind: BlockKind
    line: int
    page: int = 1
    bbox: BBox | None = None


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


def is_structural_line(line: str) -> bool:
    """Whether a Markdown line is a heading or a list item (never a running header)."""
    return bool(_HEADING.match(line) or _LIST_ITEM.match(line))


def split_paragraphs(text: str, markdown: bool, *, drop_lines: Collection[int] = ()) -> list[RawBlock]:
    """Blank-line separated paragraphs; in Markdown, headings and list items become their own blocks.

    Lines numbered in ``drop_lines`` (1-based) are left out as if absent, so a
    paragraph interrupted by a dropped line stays one paragraph. A paragraph's
    lines are joined with one space, except after a line-end hyphen (kept, see
    ``join_lines``), so a URL broken across lines comes back whole.
    """
    blocks: list[RawBlock] = []
    lines: list[str] = []
    start = 0

    def flush() -> None:
        if lines:
            joined = join_lines([squeeze_spaces(part) for part in lines], dehyphenate=False)
            blocks.append(RawBlock(joined, BlockKind.PARAGRAPH, start))
            lines.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        if number in drop_lines:
            continue
        if not line.strip():
            flush()
            continue
        if markdown:
            heading = _HEADING.match(line)
            if heading:
                flush()
                blocks.append(RawBlock(squeeze_spaces(heading.group(2)), BlockKind.HEADING, number))
                continue
            item = _LIST_ITEM.match(line)
            if item:
                flush()
                blocks.append(RawBlock(squeeze_spaces(line[item.end():]), BlockKind.LIST_ITEM, number))
                continue
        if not lines:
            start = number
        lines.append(line)
    flush()
    return [b for b in blocks if b.text]


def join_broken_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """Paragraphs whose sentence runs on into the next one, after a blank line, joined into one.

    A paragraph continues the one before when that one ends without closing a
    sentence and this one starts with a lower-case letter (not a link): text
    saved from a PDF leaves blank lines where the layout broke a sentence.
    """
    joined: list[RawBlock] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == block.kind == BlockKind.PARAGRAPH
            and not _ENDS_SENTENCE.search(previous.text)
            and _STARTS_LOWER.match(block.text)
            and not _STARTS_LINK.match(block.text)
        ):
            joined[-1] = RawBlock(join_lines([previous.text, block.text], dehyphenate=False), block.kind, previous.line)
        else:
            joined.append(block)
    return joined


def repair_text(text: str, markdown: bool) -> tuple[str, frozenset[int]]:
    """The text with letter-spaced runs collapsed, and the 1-based numbers of running-header lines to drop."""
    lines = text.splitlines()
    candidates = [i for i, line in enumerate(lines) if not (markdown and is_structural_line(line))]
    headers = running_header_lines([lines[i] for i in candidates])
    drop = frozenset(candidates[i] + 1 for i in headers)
    return "\n".join(collapse_letter_spacing(line) for line in lines), drop


def read_text_blocks(path: str, data: bytes) -> list[RawBlock]:
    """The blocks of a ``.txt`` or ``.md`` edition, with the text-side repairs applied."""
    text = decode_text(path, data)
    markdown = path.lower().endswith((".md", ".markdown"))
    repaired, drop = repair_text(text, markdown)
    blocks = split_paragraphs(repaired, markdown=markdown, drop_lines=drop)
    if not markdown:
        blocks = join_broken_paragraphs(blocks)
    if not blocks:
        raise UnreadableInput(path, "no text (the file is empty)")
    return blocks
