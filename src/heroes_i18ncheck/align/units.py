"""Units: the runs of blocks the aligner pairs as wholes.

A PDF extraction often breaks one paragraph into several blocks (one per
line, a heading over two lines). The lines of a Bulgarian paragraph do not
correspond to the lines of its Lithuanian translation, only the paragraph
does, so blocks that continue a broken sentence are joined into one unit
before aligning, and a bead over units expands back to all of their blocks.
When the extraction already gives whole paragraphs, every unit is one block.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import Block, BlockKind, Document
from .transliterate import collapse_letter_spacing

_SENTENCE_END = regex.compile(r"[.!?…;»”\"')\]]\s*$")
_STARTS_LOWER = regex.compile(r"^\s*[\p{Ll}]")
_STARTS_LINK = regex.compile(r"^\s*(?:https?://|www\.|@|#|[\w.+-]+@)", regex.IGNORECASE)
_ENDS_SHORT_WORD = regex.compile(r"(?:^|\s)\p{Ll}{1,3}\s*$")
_ENDS_LOWER = regex.compile(r"\p{Ll}\s*$")
_WORDS = regex.compile(r"\S+")
SENTENCE_TAIL_WORDS = 2
"""A block of at most this many words that ends a sentence (``CSA/CSE.``) finishes the one before."""


@dataclass(frozen=True, slots=True)
class Unit:
    """Consecutive blocks of one document read as one piece of text.

    ``heading`` is true when the unit's first block is a heading, ``item`` when it is a list item; ``length``
    counts the characters that are not white space.
    """

    blocks: tuple[int, ...]
    text: str
    length: int
    heading: bool
    item: bool = False


RUNNING_TEXT = frozenset({BlockKind.PARAGRAPH, BlockKind.FIGURE_TEXT})
"""Kinds whose blocks may carry on one another's sentence: a label inside a drawing may run on into the text."""


def continues(previous: Block, block: Block) -> bool:
    """Whether ``block`` carries on the sentence that ``previous`` left unfinished.

    Only paragraph blocks (and figure text) of the same page join, and never a link or handle
    standing alone. The previous block must not end a sentence, and this one
    must start lower-case, follow a short trailing word (``и``, ``ir``,
    ``and``) that no sentence ends with, or be a sentence's last word or two
    after a lower-case word.
    """
    if previous.kind not in RUNNING_TEXT or block.kind not in RUNNING_TEXT:
        return False
    before, text = collapse_letter_spacing(previous.text), collapse_letter_spacing(block.text)
    if previous.page != block.page or _SENTENCE_END.search(before) or _STARTS_LINK.match(text):
        return False
    tail = (
        _ENDS_LOWER.search(before)
        and len(_WORDS.findall(text)) <= SENTENCE_TAIL_WORDS
        and _SENTENCE_END.search(text)
    )
    return bool(_STARTS_LOWER.match(text) or (_ENDS_SHORT_WORD.search(before) and not _a_new_sentence(previous, block)) or tail)


_STARTS_SENTENCE = regex.compile(r"^\s*\p{Lu}\p{Ll}")


def _a_new_sentence(previous: Block, block: Block) -> bool:
    """In a text input, whose paragraphs its author set apart, a capitalised word after a line that ends in a short
    word starts a paragraph of its own: the line was a headline (``Unbeaten Ayr go top``), not a broken sentence
    (``… на хора и`` ↔ ``CSA/CSE, …`` still joins)."""
    return previous.line is not None and block.line is not None and _STARTS_SENTENCE.match(block.text) is not None


def join_broken_blocks(document: Document) -> tuple[Unit, ...]:
    """The document's blocks grouped into units, in reading order; every block in exactly one."""
    groups: list[list[Block]] = []
    for block in document.blocks:
        if groups and continues(groups[-1][-1], block):
            groups[-1].append(block)
        else:
            groups.append([block])
    return tuple(_unit(group) for group in groups)


def _unit(group: list[Block]) -> Unit:
    text = " ".join(b.text for b in group)
    length = sum(1 for ch in text if not ch.isspace())
    kind = group[0].kind
    return Unit(tuple(b.index for b in group), text, max(length, 1), kind == BlockKind.HEADING, kind == BlockKind.LIST_ITEM)
