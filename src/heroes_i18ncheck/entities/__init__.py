"""Entities stage: the checkable facts of a block, typed and normalized for comparison."""

from __future__ import annotations

from ..model import Block, Entity
from .basic import find_emails, find_numbers, find_urls

__all__ = ["block_entities", "extract_entities"]


def extract_entities(text: str, language: str) -> tuple[Entity, ...]:
    """Every entity in ``text`` written the ``language`` way, in order of position."""
    found = [*find_urls(text), *find_emails(text)]
    taken = [(e.start, e.end) for e in found]
    found += [n for n in find_numbers(text) if not any(s < n.end and n.start < e for s, e in taken)]
    return tuple(sorted(found, key=lambda e: (e.start, e.end, e.kind)))


def block_entities(block: Block) -> tuple[Entity, ...]:
    """The entities of one block, read in the block's own language."""
    return extract_entities(block.text, block.language)
