"""Content evidence between the units of two editions: shared words and shared facts.

Only what can link the two editions counts: a word with no look-alike in
the other edition, or a fact value the other edition never states, tells
nothing about *where* a block's counterpart is, so it is left out (this is
also why a mistranslated number cannot pull a block away from its
counterpart: its wrong value simply stops being evidence). What remains is
weighted by inverse document frequency, so a grant number or a place name
seen once outweighs a ``2023`` or a ``HEROES`` seen everywhere; numbers count
at ``SOFT_FACT_WEIGHT`` of their weight.

The evidence is sparse: only unit pairs that share something are stored,
found through inverted indexes, so the cost grows with the text, not with
the product of the two editions' lengths.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..entities import edition_entities
from ..entities.number_words import numbers_in_words
from ..model import Document, Entity, EntityKind
from .transliterate import comparable_words, same_word
from .units import Unit

SOFT_FACT_KINDS = frozenset(
    {
        EntityKind.NUMBER,
        EntityKind.MONEY,
        EntityKind.PERCENT,
        EntityKind.RANGE,
        EntityKind.ORDINAL,
        EntityKind.YEAR,
        EntityKind.TIME,
        EntityKind.DATE,
        EntityKind.QUANTITY,
    }
)
"""Kinds of fact that a translator may get wrong, or convert (``80 degrees`` → ``27 de grade``): they support a
pairing but weigh less."""
SOFT_FACT_WEIGHT = 0.5
COMMON_SHARE = 0.25
"""A word in more than this share of an edition's units (``project``, ``HEROES``) is no evidence."""
MAX_POSTINGS = 40
"""A word or fact shared by more units than this is too common to point anywhere."""

Pairs = dict[tuple[int, int], float]
BlockEntities = Sequence[Sequence[Entity]]
"""The entities of each block of a document, in block order."""


@dataclass(frozen=True, slots=True)
class Shared:
    """What reference unit ``i`` and translation unit ``j`` share.

    ``ref_words`` is the weight of ``i``'s words found in ``j``, ``tr_words``
    the weight of ``j``'s words found in ``i``, ``facts`` the weight of the
    fact values both state.
    """

    ref_words: float
    tr_words: float
    facts: float


@dataclass(frozen=True, slots=True)
class Evidence:
    """Weights of the linking words and facts of each unit, and what each unit pair shares.

    ``*_words``/``*_facts`` hold each unit's total weight; ``pairs`` holds only
    the unit pairs that share something.
    """

    ref_words: tuple[float, ...]
    tr_words: tuple[float, ...]
    ref_facts: tuple[float, ...]
    tr_facts: tuple[float, ...]
    pairs: dict[tuple[int, int], Shared]


def gather_evidence(
    reference: Document,
    ref_units: Sequence[Unit],
    translation: Document,
    tr_units: Sequence[Unit],
    ref_entities: BlockEntities | None = None,
    tr_entities: BlockEntities | None = None,
) -> Evidence:
    """The shared words and facts of every unit pair that shares any.

    The entities of each block are read with ``edition_entities`` unless the
    caller already has them.
    """
    ref_keys = [sorted(set(comparable_words(u.text))) for u in ref_units]
    tr_keys = [sorted(set(comparable_words(u.text))) for u in tr_units]
    ref_key_weight = _word_weights(ref_keys)
    tr_key_weight = _word_weights(tr_keys)
    forward = match_vocabularies(sorted(ref_key_weight), sorted(tr_key_weight))
    backward: dict[str, list[str]] = defaultdict(list)
    for a, matches in forward.items():
        for b in matches:
            backward[b].append(a)
    ref_words, words_ref_side = _word_links(ref_keys, ref_key_weight, forward, _postings(tr_keys), False)
    tr_words, words_tr_side = _word_links(tr_keys, tr_key_weight, backward, _postings(ref_keys), True)

    if ref_entities is None:
        ref_entities = edition_entities(reference.blocks, edition_language=reference.language)
    if tr_entities is None:
        tr_entities = edition_entities(translation.blocks, edition_language=translation.language)
    ref_values = [_unit_facts(ref_entities, u, reference.language) for u in ref_units]
    tr_values = [_unit_facts(tr_entities, u, translation.language) for u in tr_units]
    ref_facts, tr_facts, facts = _fact_links(ref_values, tr_values)
    pairs = {
        key: Shared(words_ref_side.get(key, 0.0), words_tr_side.get(key, 0.0), facts.get(key, 0.0))
        for key in sorted(words_ref_side.keys() | words_tr_side.keys() | facts.keys())
    }
    return Evidence(ref_words, tr_words, ref_facts, tr_facts, pairs)


def match_vocabularies(ref_vocabulary: Sequence[str], tr_vocabulary: Sequence[str]) -> dict[str, list[str]]:
    """For each reference word key, the translation keys that are the same word.

    Candidates share their first two letters (names and cognates keep their
    start; endings change), which keeps this close to linear.
    """
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in tr_vocabulary:
        buckets[key[:2]].append(key)
    matches: dict[str, list[str]] = {}
    for key in ref_vocabulary:
        found = [other for other in buckets.get(key[:2], ()) if same_word(key, other)]
        if found:
            matches[key] = found
    return matches


def _word_weights(unit_keys: Sequence[Sequence[str]]) -> dict[str, float]:
    """IDF weight of every word key that is not too common in its edition."""
    count = len(unit_keys)
    frequency: dict[str, int] = defaultdict(int)
    for keys in unit_keys:
        for key in keys:
            frequency[key] += 1
    limit = max(2, COMMON_SHARE * count)
    return {k: math.log(1 + count / f) for k, f in frequency.items() if f <= limit}


def _postings(unit_keys: Sequence[Sequence[str]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for unit, keys in enumerate(unit_keys):
        for key in keys:
            index[key].append(unit)
    return index


def _word_links(
    unit_keys: Sequence[Sequence[str]],
    weights: dict[str, float],
    matches: dict[str, list[str]],
    other_postings: dict[str, list[int]],
    reverse: bool,
) -> tuple[tuple[float, ...], Pairs]:
    """Each unit's linking-word weight, and the weight of its words found in each other unit.

    A word whose look-alikes stand in more than ``MAX_POSTINGS`` units of the
    other edition links nothing and counts for nothing.
    """
    partners: dict[str, list[int]] = {}
    for key in sorted(matches.keys() & weights.keys()):
        found = sorted({unit for other in matches[key] for unit in other_postings.get(other, ())})
        if len(found) <= MAX_POSTINGS:
            partners[key] = found
    totals: list[float] = []
    links: Pairs = defaultdict(float)
    for unit, keys in enumerate(unit_keys):
        total = 0.0
        for key in keys:
            if key not in partners:
                continue
            weight = weights[key]
            total += weight
            for other in partners[key]:
                links[(other, unit) if reverse else (unit, other)] += weight
        totals.append(total)
    return tuple(totals), dict(links)


_GLUED_DIGITS = regex.compile(r"(?<=\p{L})[0-9]+(?![0-9.,]?[0-9])")
"""Digits glued after a label's letters (``Hash23``, ``Tx0``), which the other edition may write apart (``Хэш 23``)."""


def numbers_outside_entities(text: str, language: str) -> frozenset[str]:
    """Numbers a text states that are no entity, as the entities write them: in words (``Eighteen states`` ↔
    ``18 tagállam``) or glued to a label (``Hash23`` ↔ ``Хэш 23``)."""
    return numbers_in_words(text, language) | {str(int(d)) for d in _GLUED_DIGITS.findall(text)}


def _unit_facts(entities: BlockEntities, unit: Unit, language: str) -> dict[str, bool]:
    """The fact values stated in a unit, each marked soft (a number) or hard (a link, a code); a number outside the
    entities (``numbers_outside_entities``) is a soft one too."""
    values: dict[str, bool] = dict.fromkeys(sorted(numbers_outside_entities(unit.text, language)), True)
    for index in unit.blocks:
        for entity in entities[index]:
            soft = entity.kind in SOFT_FACT_KINDS
            for value in sorted(entity.values):
                values[value] = values.get(value, True) and soft
    return values


def _fact_links(
    ref_values: Sequence[dict[str, bool]], tr_values: Sequence[dict[str, bool]]
) -> tuple[tuple[float, ...], tuple[float, ...], Pairs]:
    """Weights of the values both editions state, per unit and per unit pair."""
    ref_index = _value_postings(ref_values)
    tr_index = _value_postings(tr_values)
    count = len(ref_values) + len(tr_values)
    idf = {
        v: math.log(1 + count / (len(ref_index[v]) + len(tr_index[v])))
        for v in ref_index.keys() & tr_index.keys()
        if len(ref_index[v]) <= MAX_POSTINGS and len(tr_index[v]) <= MAX_POSTINGS
    }

    def weight(value: str, soft: bool) -> float:
        return idf[value] * (SOFT_FACT_WEIGHT if soft else 1.0)

    ref_totals = tuple(sum(weight(v, s) for v, s in vals.items() if v in idf) for vals in ref_values)
    tr_totals = tuple(sum(weight(v, s) for v, s in vals.items() if v in idf) for vals in tr_values)
    links: Pairs = defaultdict(float)
    for value in sorted(idf):
        for i in ref_index[value]:
            for j in tr_index[value]:
                links[(i, j)] += min(weight(value, ref_values[i][value]), weight(value, tr_values[j][value]))
    return ref_totals, tr_totals, dict(links)


def _value_postings(unit_values: Sequence[dict[str, bool]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for unit, values in enumerate(unit_values):
        for value in values:
            index[value].append(unit)
    return index
