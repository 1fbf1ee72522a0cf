"""number-mismatch — a number, amount, percentage, range, ordinal, year or time differs.

Values are compared as numbers, not as text: ``4.99M €`` and ``4,99 млн. €``
are one amount, ``3–6`` and ``3 - 6`` one range, ``20th`` and ``20-та`` one ordinal.
Quantities are converted: ``85 mph`` and ``136 km/h`` are one speed, within the
rounding the translator used; an equivalent in brackets that one edition gives
and the other leaves out (``8 km (5 miles)``) is no difference.
A whole number up to ten that one edition states and the other leaves out is
not reported: house styles (the EU's Interinstitutional Style Guide among
them) write one to ten as words (``1-во`` ↔ ``pirmasis``, ``4`` ↔ ``four``),
and words are not compared. A small number *changed* into another still is.

Passes (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньори в 17 държави``.
Fails (en → bg): ``24 partners in 17 countries`` ↔ ``24 партньори в 16 държави``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..entities import decade_of_degrees, quantities_agree
from ..entities.number_words import whole_numbers
from ..entities.quantities import agrees_with
from ..model import Block, Entity, EntityKind, Severity
from .base import Edition, Pair, Rule
from .majority import value_check
from .values import Agreement, Status, ValueDiff

KINDS = frozenset(
    {
        EntityKind.NUMBER,
        EntityKind.MONEY,
        EntityKind.QUANTITY,
        EntityKind.PERCENT,
        EntityKind.RANGE,
        EntityKind.ORDINAL,
        EntityKind.YEAR,
        EntityKind.TIME,
    }
)

SPELLED_OUT_UP_TO = 10
"""Whole numbers up to this may be written as words in one edition and as digits in another."""
COUNTABLE_KINDS = frozenset({EntityKind.NUMBER, EntityKind.ORDINAL})
ORDINAL_DEGREE = "º"
"""The masculine ordinal indicator, which Portuguese, Spanish and Italian also type for a degree (``26º``)."""
WHOLLY = frozenset({"100%"})
"""A hundred per cent that one edition states and the other leaves out is mostly a manner of speaking
("100 percent certain" → "absolutely certain", "completely" → "à 100 %"), in the NTREX news 8 times of 8;
changed into another percentage it is still reported."""


def may_be_spelled_out(pair: Pair, diff: ValueDiff) -> bool:
    """False for a small whole number one side has and the other may have written as a word, and for an
    equivalent in brackets (``(26 ft)``), a Roman century (``siglo XX``) or a ``100 %`` one side gives and the
    other leaves out."""
    if _range_written_apart(pair, diff) or _scale_word_shared(pair, diff) or _unit_stated_once(pair, diff):
        return False
    if pair.whole and not _distinctive(diff):
        return False
    if diff.status not in (Status.REMOVED, Status.ADDED):
        return True
    located = diff.reference or diff.translation
    if located is None:
        return True
    entity = located.entity
    if entity.subkind == "equivalent" or _century_of_a_year_there(diff) or entity.value in WHOLLY:
        return False
    small = entity.value.isdigit() and int(entity.value) <= SPELLED_OUT_UP_TO
    return not (entity.kind in COUNTABLE_KINDS and small)


def _distinctive(diff: ValueDiff) -> bool:
    """In editions compared as wholes only facts that stand out count: a plain or ordinal number of one or two
    digits (a page, a step, a list number) is everywhere in a long document and pairs with anything."""
    for located in (diff.reference, diff.translation):
        if located is None:
            continue
        entity = located.entity
        if entity.kind in (EntityKind.NUMBER, EntityKind.ORDINAL, EntityKind.RANGE) and len(entity.value.lstrip("-").split(".")[0]) < 3:
            return False
    return True


def _range_written_apart(pair: Pair, diff: ValueDiff) -> bool:
    """A range one side writes with a dash and the other as its two ends (``70-90%`` ↔ ``entre un 70 % y un 90 %``):
    neither the range nor either end is a difference, as long as the side without the range states both ends."""
    sides = (
        (diff.reference, diff.reference_block, pair.reference, diff.translation_block, pair.translation),
        (diff.translation, diff.translation_block, pair.translation, diff.reference_block, pair.reference),
    )
    for located, block, edition, other_block, other_edition in sides:
        if located is None or block is None or other_block is None:
            continue
        entity = located.entity
        if entity.kind is EntityKind.RANGE:
            apart = _facts_of(other_edition, other_block).values
            if any(set(v.split("..")) <= apart for v in entity.values):
                return True
            continue
        ranges = _facts_of(other_edition, other_block).ranges
        if not ranges:
            continue
        here = _facts_of(edition, block).values
        for found in ranges:
            ends = [set(v.split("..")) for v in found.values]
            if any(end <= here and not end.isdisjoint(entity.values) for end in ends):
                return True
    return False


def _scale_word_shared(pair: Pair, diff: ValueDiff) -> bool:
    """A list or range whose scale word one side states once, after its last item (``3.1 million, 2.94 million
    and 2.52 million`` ↔ ``3,1, 2,94 és 2,52 millióan``, ``$60m - $200m`` ↔ ``60 a 200 millones de dólares``): an
    item read as a bare number agrees with the scaled amount when a scaled item of the same block on its side has
    the same scale."""
    if diff.status is not Status.CHANGED or diff.reference is None or diff.translation is None:
        return False
    sides = ((diff.reference, diff.translation, pair.translation), (diff.translation, diff.reference, pair.reference))
    for scaled, bare, bare_edition in sides:
        scale = _scale(scaled.entity)
        if scale is None or bare.entity.kind is not EntityKind.NUMBER or bare.entity.subkind == "compact":
            continue
        if _close(_as_float(bare.entity.value) * scale, _amount(scaled.entity)) and (
            scale in _facts_of(bare_edition, bare.block).scales
        ):
            return True
    return False


def _unit_stated_once(pair: Pair, diff: ValueDiff) -> bool:
    """A quantity one side gives where the other gives a bare number whose unit its sentence stated before
    (``1 to 2 inches, up to 4 inches`` ↔ ``entre 2 y 5 centímetros, hasta los 10``): the number agrees when it
    is the quantity in a unit of the same kind the other block states."""
    if diff.status is not Status.CHANGED or diff.reference is None or diff.translation is None:
        return False
    sides = ((diff.reference, diff.translation, pair.translation), (diff.translation, diff.reference, pair.reference))
    for quantity, bare, bare_edition in sides:
        if quantity.entity.kind is not EntityKind.QUANTITY or bare.entity.kind is not EntityKind.NUMBER:
            continue
        units = _facts_of(bare_edition, bare.block).units
        if any(agrees_with(quantity.entity, f"{bare.entity.value} {unit}") for unit in units):
            return True
    return False


_MANTISSA = regex.compile(r"[0-9]+(?:[.,][0-9]+)?")
_SCALES = (10**3, 10**6, 10**9, 10**12)


def _scale(entity: Entity) -> int | None:
    """The power of ten a scale word gives a number (``2,52 millióan`` → 10⁶), or None for a number without one."""
    mantissa = _MANTISSA.search(entity.text)
    if not (entity.subkind == "compact" or entity.kind is EntityKind.MONEY) or mantissa is None:
        return None
    written = _as_float(mantissa.group().replace(",", "."))
    value = _amount(entity)
    return next((s for s in _SCALES if _close(written * s, value)), None)


def _amount(entity: Entity) -> float:
    """The number an entity's value states: ``"60000000 USD"`` → 60000000."""
    return _as_float(entity.value.split(" ", 1)[0])


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def _as_float(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return float("nan")


@dataclass(frozen=True, slots=True)
class _BlockFacts:
    """What the tests above ask of every difference in a block, read once per block: its values but its ranges',
    its ranges, the scales of its scaled numbers, and its quantities' units, sorted."""

    values: frozenset[str]
    ranges: tuple[Entity, ...]
    scales: frozenset[int | None]
    units: tuple[str, ...]


class _Same:
    """A block's entities as a cache key: the same tuple, not an equal one (hashing a block of a thousand entities
    would cost what reading it again does)."""

    __slots__ = ("entities",)

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.entities = entities

    def __hash__(self) -> int:
        return id(self.entities)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.entities is self.entities


def _facts_of(edition: Edition, block: Block) -> _BlockFacts:
    return _block_facts(_Same(edition.entities[block.index]))


@functools.lru_cache(maxsize=64)
def _block_facts(key: _Same) -> _BlockFacts:
    entities = key.entities
    return _BlockFacts(
        values=frozenset(v for e in entities if e.kind is not EntityKind.RANGE for v in e.values),
        ranges=tuple(e for e in entities if e.kind is EntityKind.RANGE),
        scales=frozenset(_scale(e) for e in entities),
        units=tuple(sorted({v.split(" ", 1)[1] for e in entities if e.kind is EntityKind.QUANTITY for v in e.values if " " in v})),
    )


def _century_of_a_year_there(diff: ValueDiff) -> bool:
    """A century one side adds to a year or decade the other side gives (``1930s`` → ``años 30 del siglo XX``,
    ``30. letech 20. století``)."""
    located = diff.reference or diff.translation
    other = diff.translation_block if diff.reference else diff.reference_block
    if located is None or other is None or located.entity.kind is not EntityKind.ORDINAL:
        return False
    centuries = {int(m.group(1)) + 1 for m in _YEAR.finditer(other.text)}
    return int(located.entity.value) in centuries


_YEAR = regex.compile(r"(?<![0-9])(1[0-9]|20)[0-9]{2}(?![0-9])")


def _agree_otherwise(a: Entity, b: Entity) -> bool:
    """Two quantities equal once converted; or a quantity whose unit the other side
    writes in words the checker does not read (its bare number); or ``pounds`` as money and as weight; or a short
    decade of degrees (``80s`` = ``27 °C``); or a degree typed as an ordinal indicator (``80 degrees`` = ``26º``);
    or an amount whose currency the other side leaves to the context
    (``€2.2 billion`` = ``2,2 milliards``); or a
    time on the hour and that hour written with a word for the clock (``7 a.m.`` = ``7 rano``, ``3 p.m.`` = ``15 h``,
    ``7 a.m.`` = ``7. hodinou``). Only sorts ``_may_agree_otherwise`` names get here."""
    if {a.subkind, b.subkind} == {"decade", "roman"}:
        decade, roman = (a, b) if a.subkind == "decade" else (b, a)
        return int(decade.value[:-1]) // 100 + 1 == int(roman.value) if decade.value[:-1].isdigit() else False
    if EntityKind.TIME in (a.kind, b.kind) and {a.kind, b.kind} & COUNTABLE_KINDS:
        return _on_the_hour(a if a.kind is EntityKind.TIME else b, b if a.kind is EntityKind.TIME else a)
    if {a.kind, b.kind} == {EntityKind.MONEY, EntityKind.NUMBER}:
        money, number = (a, b) if a.kind is EntityKind.MONEY else (b, a)
        return not {v.split(" ", 1)[0] for v in money.values}.isdisjoint(number.values)
    if a.kind is not EntityKind.QUANTITY and b.kind is not EntityKind.QUANTITY:
        return False
    if EntityKind.YEAR in (a.kind, b.kind):
        return decade_of_degrees(*((a, b) if a.kind is EntityKind.YEAR else (b, a)))
    if a.kind is b.kind:
        return quantities_agree(a, b)
    quantity, other = (a, b) if a.kind is EntityKind.QUANTITY else (b, a)
    if other.kind is EntityKind.ORDINAL and other.text.endswith(ORDINAL_DEGREE):
        return agrees_with(quantity, f"{other.value} temperature-generic")
    numbers = {v.split(" ", 1)[0] for v in quantity.values}
    if other.kind is EntityKind.NUMBER:
        return not numbers.isdisjoint(other.values)
    pounds = {f"{n} GBP" for v in quantity.values if v.endswith(" mass-pound") for n in [v.split(" ", 1)[0]]}
    return other.kind is EntityKind.MONEY and not pounds.isdisjoint(other.values)


def _on_the_hour(time: Entity, number: Entity) -> bool:
    return any(str(hour) in number.values for hour in whole_numbers(time))


_SPAN_SUBKINDS = frozenset({"decade", "roman"})


def _sort(entity: Entity) -> tuple[EntityKind, str]:
    """What decides whether ``_agree_otherwise`` may hold: the kind, and a decade's or Roman century's subkind."""
    return entity.kind, entity.subkind if entity.subkind in _SPAN_SUBKINDS else ""


_OTHERWISE = frozenset(
    {
        frozenset({EntityKind.TIME, EntityKind.NUMBER}),
        frozenset({EntityKind.TIME, EntityKind.ORDINAL}),
        frozenset({EntityKind.MONEY, EntityKind.NUMBER}),
        frozenset({EntityKind.QUANTITY}),
        frozenset({EntityKind.QUANTITY, EntityKind.NUMBER}),
        frozenset({EntityKind.QUANTITY, EntityKind.ORDINAL}),
        frozenset({EntityKind.QUANTITY, EntityKind.MONEY}),
        frozenset({EntityKind.QUANTITY, EntityKind.YEAR}),
    }
)
"""The pairs of kinds ``_agree_otherwise`` compares beyond a shared value; every other pair it calls different."""


def _may_agree_otherwise(a: tuple[EntityKind, str], b: tuple[EntityKind, str]) -> bool:
    return {a[1], b[1]} == _SPAN_SUBKINDS or frozenset({a[0], b[0]}) in _OTHERWISE


numbers_agree = Agreement(_agree_otherwise, _sort, _may_agree_otherwise)
"""One reading shared, or the same number written otherwise (``_agree_otherwise``)."""


RULE = Rule(
    code="H101",
    name="number-mismatch",
    severity=Severity.ERROR,
    summary="A number, amount, percentage, range, ordinal, year or time differs between editions.",
    description=__doc__ or "",
    check=value_check(KINDS, "number", agree=numbers_agree, select=may_be_spelled_out),
    one_sided=Severity.WARNING,
)
