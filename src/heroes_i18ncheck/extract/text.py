"""Plain-text and Markdown editions: blocks are paragraphs separated by blank lines.

A ``.txt`` edition is often a PDF's text saved as is, so the repairs that make
sense without coordinates run here too: running headers with the page number
glued on are dropped, letter-spaced runs collapsed, a URL broken after its
own hyphen rejoined, and a paragraph the conversion broke with a blank line
joined again (``Pirmųjų projekto metų peržiūra 2022`` / ``m. gruodžio 8 d.``:
a date split in two is no date). Clean text passes through unchanged. A form
feed (``pdftotext``'s page break) starts a new page, and lines with dot leaders
and a page number (``Results ........ 4``) are contents entries, as in a PDF.
"""

from __future__ import annotations

import codecs
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from ..errors import UnreadableInput
from ..model import BBox, BlockKind
from .contents import MIN_LEADER_LINES, contents_line, page_reference, without_page_reference
from .headers import running_header_lines
from .repairs import collapse_letter_spacing, join_lines, squeeze_spaces

_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_CLOSING_HASHES_REVERSED = regex.compile(r"\s*+#*+\s*+")
r"""A heading's closing ``#`` and the spaces around them, matched on the reversed text: a lazy ``(.*?)\s*#*\s*$``
tried every split of a long run of spaces and ``#``, in time quadratic in its length."""
_LIST_ITEM = regex.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")
_ENDS_SENTENCE = regex.compile(r"[.!?…;:»”\"')\]]\s*$")
_STARTS_LOWER = regex.compile(r"^\s*\p{Ll}")
_STARTS_LINK = regex.compile(r"^\s*+(?:https?://|www\.|[\w.+-]++@)", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block's text and kind before languages are assigned.

    ``line`` is the 1-based first source line of a text edition (0 for PDF);
    ``bbox`` is where a PDF block stands on its page; ``contents_page`` the page a contents entry gives.
    """

    text: str
    kind: BlockKind
    line: int
    page: int = 1
    bbox: BBox | None = None
    contents_page: int | None = None


_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
"""Byte-order marks, longest first: UTF-32 LE's starts with UTF-16 LE's."""


def decode_text(path: str, data: bytes) -> str:
    """The text of a UTF-8 file, or of UTF-8, UTF-16 or UTF-32 with its byte-order mark.

    Anything else is an ``UnreadableInput`` naming the encoding read and where it broke.
    """
    codec, name, skip = "utf-8", "UTF-8", 0
    for mark, mark_codec, mark_name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            codec, name, skip = mark_codec, mark_name, len(mark)
            break
    if codec == "utf-8" and b"\x00" in data:
        raise UnreadableInput(path, f"not a text file (contains NUL bytes){_utf16_hint(data)}")
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        raise UnreadableInput(path, f"not {name} text (byte 0x{data[offset]:02x} at offset {offset})") from None
    if "\x00" in text:
        raise UnreadableInput(path, f"not a text file ({name} with NUL characters)")
    return text


def _utf16_hint(data: bytes) -> str:
    """``" — UTF-16 without a byte-order mark?"`` when ``data`` is of even length and its start reads as UTF-16
    without a NUL character."""
    if len(data) % 2:
        return ""
    head = data[: 1 << 16]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return " — UTF-16 without a byte-order mark?"
    return ""


def heading_text(heading: regex.Match[str]) -> str:
    """The text of a Markdown heading ``_HEADING`` matched, without its closing ``#`` and trailing spaces."""
    text = heading.group(2)
    closing = _CLOSING_HASHES_REVERSED.match(text[::-1])
    return text[: len(text) - closing.end()] if closing else text


def is_structural_line(line: str) -> bool:
    """Whether a Markdown line is a heading or a list item (never a running header)."""
    return bool(_HEADING.match(line) or _LIST_ITEM.match(line))


def page_starts(text: str) -> tuple[int, ...]:
    """The 1-based numbers of the lines that begin a new page: a form feed ends the page before."""
    return tuple(n + 1 for n, line in enumerate(text.splitlines(keepends=True), start=1) if line.endswith("\f"))


def contents_lines(lines: Sequence[str]) -> frozenset[int]:
    """The 1-based numbers of the lines that are contents entries: title, dot leaders, page number — when the
    text has at least ``MIN_LEADER_LINES`` of them (one could be a form's blank to fill in)."""
    found = frozenset(n for n, line in enumerate(lines, start=1) if contents_line(line))
    return found if len(found) >= MIN_LEADER_LINES else frozenset()


def split_paragraphs(
    text: str,
    markdown: bool,
    *,
    drop_lines: Collection[int] = (),
    pages: Sequence[int] = (),
    contents: Collection[int] = (),
) -> list[RawBlock]:
    """Blank-line separated paragraphs; in Markdown, headings and list items become their own blocks.

    Lines numbered in ``drop_lines`` (1-based) are left out as if absent, so a
    paragraph interrupted by a dropped line stays one paragraph. A paragraph's
    lines are joined with one space, except after a line-end hyphen (kept, see
    ``join_lines``), so a URL broken across lines comes back whole. ``pages``
    are the lines that begin a new page (``page_starts``); each line numbered in
    ``contents`` is a contents entry of its own.
    """
    blocks: list[RawBlock] = []
    lines: list[str] = []
    start = 0

    def page_of(number: int) -> int:
        return 1 + bisect_right(pages, number)

    def flush() -> None:
        if lines:
            joined = join_lines([squeeze_spaces(part) for part in lines], dehyphenate=False)
            blocks.append(RawBlock(joined, BlockKind.PARAGRAPH, start, page_of(start)))
            lines.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        if number in drop_lines:
            continue
        if not line.strip():
            flush()
            continue
        if number in contents:
            flush()
            title = squeeze_spaces(without_page_reference(line))
            blocks.append(RawBlock(title, BlockKind.CONTENTS_ENTRY, number, page_of(number), None, page_reference([line])))
            continue
        if markdown:
            heading = _HEADING.match(line)
            if heading:
                flush()
                blocks.append(RawBlock(squeeze_spaces(heading_text(heading)), BlockKind.HEADING, number, page_of(number)))
                continue
            item = _LIST_ITEM.match(line)
            if item:
                flush()
                blocks.append(RawBlock(squeeze_spaces(line[item.end():]), BlockKind.LIST_ITEM, number, page_of(number)))
                continue
        if not lines:
            start = number
        lines.append(line)
    flush()
    return [b for b in blocks if b.text]


def given_text_blocks(text: str) -> list[RawBlock]:
    """The blocks of an edition given as a string (read as Markdown, nothing repaired), its pages and contents
    entries told as in a file."""
    return split_paragraphs(text, markdown=True, pages=page_starts(text), contents=contents_lines(text.splitlines()))


def join_broken_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """Paragraphs whose sentence runs on into the next one, after a blank line, joined into one.

    A paragraph continues the one before when that one ends without closing a
    sentence and this one starts with a lower-case letter (not a link): text
    saved from a PDF leaves blank lines where the layout broke a sentence. Each
    run is joined once, judged by its last paragraph's end (a joined text ends
    as its last part does), so a long run costs no more than its length.
    """
    runs: list[list[RawBlock]] = []
    for block in blocks:
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and previous.kind == block.kind == BlockKind.PARAGRAPH
            and not _ENDS_SENTENCE.search(previous.text)
            and _STARTS_LOWER.match(block.text)
            and not _STARTS_LINK.match(block.text)
        ):
            runs[-1].append(block)
        else:
            runs.append([block])
    return [
        run[0] if len(run) == 1 else RawBlock(join_lines([b.text for b in run], dehyphenate=False), run[0].kind, run[0].line, run[0].page)
        for run in runs
    ]


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
    contents = contents_lines(repaired.splitlines())
    blocks = split_paragraphs(repaired, markdown=markdown, drop_lines=drop, pages=page_starts(text), contents=contents)
    if not markdown:
        blocks = join_broken_paragraphs(blocks)
    if not blocks:
        raise UnreadableInput(path, "no text (the file is empty)")
    return blocks
