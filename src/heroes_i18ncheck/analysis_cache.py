"""Entities and alignments kept in the cache, under the digest of the documents they were computed from.

A pipeline that re-checks an issue after one edition changed extracts only
that edition again (the extraction cache); this module spares it the entities
of the unchanged editions and the alignments of the unchanged pairs too. A
key covers the tool's version, the documents' whole content (not their file
names) and the settings that shape the result (configured identifier
patterns), so a hit is what a fresh computation would give. A record that does
not fit its documents, or has not the shape of its kind, is a miss, never an
error (``ExtractionCache.read`` has already refused what is not a regular file,
too large, nested too deep or not under its key and digest).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ._version import __version__
from .cache import CACHE_FORMAT, ExtractionCache, document_record, is_int, is_list_of, is_number
from .model import Alignment, Bead, Document, Entity, EntityKind

ENTITIES = "entities"
ALIGNMENTS = "alignments"

BlockEntities = tuple[tuple[Entity, ...], ...]
T = TypeVar("T")


def document_digest(document: Document) -> str:
    """SHA-256 of everything in ``document`` but its path: two files with the same content share it."""
    record = document_record(document)
    record.pop("path")
    return hashlib.sha256(json.dumps(record, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()


def stage_key(stage: str, digests: Sequence[str], identifier_patterns: Sequence[str]) -> str:
    """One key for a stage's result over documents with ``digests``, under these settings."""
    material = json.dumps(
        {
            "format": CACHE_FORMAT,
            "version": __version__,
            "stage": stage,
            "documents": list(digests),
            "identifier_patterns": list(identifier_patterns),
        },
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


def cached_entities(
    cache: ExtractionCache | None,
    documents: Sequence[Document],
    identifier_patterns: Sequence[str],
    compute: Callable[[list[int]], list[BlockEntities | None]],
) -> list[BlockEntities | None]:
    """The entities of each document's blocks: read back where the cache has them for the same content and
    patterns, the rest from ``compute(indices)`` (all at once, so they can be spread over workers; ``None``
    where it could not read them)."""
    if cache is None:
        return compute(list(range(len(documents))))
    keys = [stage_key(ENTITIES, [document_digest(d)], identifier_patterns) for d in documents]
    found = [get_entities(cache, key, d) for key, d in zip(keys, documents)]
    return _completed(found, compute, lambda i, entities: put_entities(cache, keys[i], entities))


def cached_alignments(
    cache: ExtractionCache | None,
    reference: Document,
    translations: Sequence[Document],
    identifier_patterns: Sequence[str],
    compute: Callable[[list[int]], list[Alignment | None]],
) -> list[Alignment | None]:
    """The alignment of ``reference`` with each translation: read back where the cache has it, the
    rest from ``compute(indices)`` (all at once, so they can be spread over workers)."""
    if cache is None:
        return compute(list(range(len(translations))))
    ours = document_digest(reference)
    keys = [stage_key(ALIGNMENTS, [ours, document_digest(t)], identifier_patterns) for t in translations]
    found = [get_alignment(cache, key, reference, t) for key, t in zip(keys, translations)]
    return _completed(found, compute, lambda i, alignment: put_alignment(cache, keys[i], alignment))


def _completed(
    found: list[T | None], compute: Callable[[list[int]], list[T | None]], store: Callable[[int, T], None]
) -> list[T | None]:
    """``found`` with each miss (``None``) filled in by one ``compute(indices)`` call, each result stored
    (one ``compute`` could not make stays ``None``)."""
    todo = [i for i, value in enumerate(found) if value is None]
    computed = dict(zip(todo, compute(todo)))
    for i, value in computed.items():
        if value is not None:
            store(i, value)
    return [computed[i] if value is None else value for i, value in enumerate(found)]


def get_entities(cache: ExtractionCache, key: str, document: Document) -> BlockEntities | None:
    """The cached entities of ``document``'s blocks, or ``None`` on a miss or a record that does not fit."""
    record = cache.read(key, ENTITIES)
    if not is_list_of(record, lambda block: is_list_of(block, _is_entity), len(document.blocks)):
        return None
    try:
        found = tuple(tuple(_entity(item) for item in block) for block in record)
    except ValueError:
        return None
    for block, entities in zip(document.blocks, found):
        if any(not 0 <= e.start < e.end <= len(block.text) or block.text[e.start : e.end] != e.text for e in entities):
            return None
    return found


def put_entities(cache: ExtractionCache, key: str, entities: BlockEntities) -> None:
    """Store a document's entities, block by block."""
    record = [
        [[str(e.kind), e.text, e.start, e.end, e.value, list(e.alternatives), e.subkind, e.lookalike] for e in block]
        for block in entities
    ]
    cache.write(key, record, ENTITIES)


def get_alignment(cache: ExtractionCache, key: str, reference: Document, translation: Document) -> Alignment | None:
    """The cached alignment of the two documents, or ``None`` on a miss or a record that does not fit them."""
    record = cache.read(key, ALIGNMENTS)
    if not (isinstance(record, dict) and is_number(record.get("confidence")) and is_list_of(record.get("beads"), _is_bead)):
        return None
    beads = tuple(
        Bead(tuple(ref), tuple(tr), float(score), float(confidence), moved)
        for ref, tr, score, confidence, moved in record["beads"]
    )
    ref_seen = sorted(i for b in beads for i in b.reference)
    tr_seen = sorted(i for b in beads for i in b.translation)
    if ref_seen != list(range(len(reference.blocks))) or tr_seen != list(range(len(translation.blocks))):
        return None
    return Alignment(reference, translation, beads, float(record["confidence"]))


def put_alignment(cache: ExtractionCache, key: str, alignment: Alignment) -> None:
    """Store an alignment's beads and confidence (its documents are stored, and keyed, on their own)."""
    beads = [[list(b.reference), list(b.translation), b.score, b.confidence, b.moved] for b in alignment.beads]
    cache.write(key, {"beads": beads, "confidence": alignment.confidence}, ALIGNMENTS)


def _is_entity(item: Any) -> bool:
    """``[kind, text, start, end, value, alternatives, subkind, lookalike]`` with those types."""
    if not (isinstance(item, list) and len(item) == 8):
        return False
    kind, text, start, end, value, alternatives, subkind, lookalike = item
    return (
        all(isinstance(v, str) for v in (kind, text, value, subkind, lookalike))
        and is_int(start) and is_int(end)
        and is_list_of(alternatives, lambda a: isinstance(a, str))
    )


def _is_bead(item: Any) -> bool:
    """``[reference block numbers, translation block numbers, score, confidence, moved]`` with those types."""
    return (
        isinstance(item, list) and len(item) == 5
        and is_list_of(item[0], is_int) and is_list_of(item[1], is_int)
        and is_number(item[2]) and is_number(item[3]) and isinstance(item[4], bool)
    )


def _entity(item: list[Any]) -> Entity:
    """An entity from a record item ``_is_entity`` accepted; ``ValueError`` for an unknown kind."""
    kind, text, start, end, value, alternatives, subkind, lookalike = item
    return Entity(EntityKind(kind), text, start, end, value, tuple(alternatives), subkind, lookalike)
