"""Quantities: a number with a unit of length, mass, speed, temperature, area or volume (``85 mph``, ``136 km/h``).

Unit words come from CLDR through babel's ``format_unit``: every unit below in
the language and in English, long, short and narrow, in each plural form the
language has (``5 kilometrów``, ``2 kilometry``, ``1 kilometr``). The value is
the number and the CLDR unit, ``136 speed-kilometer-per-hour``;
``quantities_agree`` converts two quantities with pint and lets the
translator's rounding pass (``85 mph`` = ``136 km/h``; ``6 inches`` ≠
``5 cm``). A quantity in brackets right after one of the same dimension
(``8 m (26 ft)``) is its equivalent, subkind ``equivalent``: translations keep
one of the two.
"""

from __future__ import annotations

import functools
import os.path
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Literal

import regex
from babel import Locale, UnknownLocaleError
from babel.units import format_unit

from ..model import Entity, EntityKind
from .guards import could_begin
from .locale_data import MAX_ENDING, LocaleData, fold, locale_data, spellings
from .number_words import combining_number, folded_words, spelled_amounts
from .numbers import RANGE_ARTICLES, RANGE_WORDS, YEARS, number_pattern, number_readings, signed_start
from .resolve import Candidate, Tier

if TYPE_CHECKING:
    import pint

UNITS = {
    "length-millimeter": "millimeter",
    "length-centimeter": "centimeter",
    "length-meter": "meter",
    "length-kilometer": "kilometer",
    "length-inch": "inch",
    "length-foot": "foot",
    "length-yard": "yard",
    "length-mile": "mile",
    "length-nautical-mile": "nautical_mile",
    "mass-gram": "gram",
    "mass-kilogram": "kilogram",
    "mass-tonne": "tonne",
    "mass-pound": "pound",
    "mass-ounce": "ounce",
    "mass-stone": "stone",
    "speed-kilometer-per-hour": "kilometer / hour",
    "speed-mile-per-hour": "mile / hour",
    "speed-meter-per-second": "meter / second",
    "speed-knot": "knot",
    "temperature-celsius": "degC",
    "temperature-fahrenheit": "degF",
    "temperature-generic": "",
    "area-square-meter": "meter ** 2",
    "area-square-kilometer": "kilometer ** 2",
    "area-square-mile": "mile ** 2",
    "area-square-foot": "foot ** 2",
    "area-hectare": "hectare",
    "area-acre": "acre",
    "volume-liter": "liter",
    "volume-milliliter": "milliliter",
    "volume-cubic-meter": "meter ** 3",
    "volume-gallon": "gallon",
}
"""The CLDR units read, and how pint names each (a generic degree has no scale: see ``quantities_agree``)."""

EXTRA_SPELLINGS = {
    "en": {"degrees": "temperature-generic", "degree": "temperature-generic", "fahrenheit": "temperature-fahrenheit",
           "celsius": "temperature-celsius", "kph": "speed-kilometer-per-hour", "kmh": "speed-kilometer-per-hour",
           "lbs": "mass-pound", "sq ft": "area-square-foot", "sq km": "area-square-kilometer",
           "sq mi": "area-square-mile", "metres": "length-meter", "metre": "length-meter",
           "kilometres": "length-kilometer", "kilometre": "length-kilometer", "centimetres": "length-centimeter",
           "millimetres": "length-millimeter", "litres": "volume-liter", "litre": "volume-liter"},
    **{code: {"kilos": "mass-kilogram", "kilo": "mass-kilogram"} for code in ("fr", "es", "it")},
    "hu": {"kiló": "mass-kilogram"},
    "ro": {"kilos": "mass-kilogram", "kilo": "mass-kilogram", "km pe oră": "speed-kilometer-per-hour",
           "km pe ora": "speed-kilometer-per-hour"},
    "pt": {"kilos": "mass-kilogram", "kilo": "mass-kilogram", "quilos": "mass-kilogram", "quilo": "mass-kilogram",
           "quilómetros": "length-kilometer", "quilómetro": "length-kilometer", "metros": "length-meter",
           "quilómetros por hora": "speed-kilometer-per-hour", "graus": "temperature-generic"},
}  # fmt: skip
"""What CLDR lacks: English's long generic degree is "degrees temperature", and British spellings and
newsroom abbreviations (``kph``, ``lbs``, ``sq ft``) are not CLDR display names; nor is the everyday ``kilos``
of the Romance languages, nor the European Portuguese spelling (``quilómetros``; CLDR's is Brazilian), nor
Romanian news's ``km pe oră`` (CLDR: ``kilometri pe oră``, ``km/h``), nor the Hungarian everyday ``kiló``. In a
language that glues case endings on, a unit word of three letters or more may carry one (``26 fokos``)."""

_SAMPLES = (0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 105, 0.5, 1.5)
"""Numbers that between them fall in every plural category of the EU languages."""
_LENGTHS: tuple[Literal["long", "short", "narrow"], ...] = ("long", "short", "narrow")
_AMBIGUOUS = frozenset({"″", "′", '"', "'", "#", "in", "po", "pi", "ίν", "ha", "st", "no"})
"""Unit spellings not read: one letter in any script (``2023 m.`` is a year in Lithuanian, ``2023 г.`` in
Bulgarian and Russian), a prime (minutes or feet?), ``#``,
``in``/``po``/``pi`` (words of English, French, Romanian), ``ha`` (Spanish and Portuguese "has"), ``no``
(Portuguese "in the") and ``st`` (``21st`` is an ordinal, not 21 stone)."""
_GAP = r"(?:[ \u00a0\u202f\u2009]|-(?=\p{L}))?"
_BRACKET_BEFORE = regex.compile(r"[ \u00a0]*[(\[][ \u00a0]*$")
_WORD_BEFORE = regex.compile(r"(\p{L}+)$")
MIN_STEM = 5
"""Letters a unit word's stem needs before its inflected endings are read too (``kilogram-owa``, ``laipsn-ių``)."""
_RANGE_START = regex.compile(
    r"(?<![\p{L}\p{N}.,])(?P<n>[0-9]+(?:[.,][0-9]+)?)(?:[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+(?:"
    + "|".join(sorted(RANGE_WORDS, key=lambda w: (-len(w), w)))
    + r")[ \u00a0]+(?:(?:" + "|".join(RANGE_ARTICLES) + r")[ \u00a0]+)?)$",
    regex.IGNORECASE,
)
ROUND_SHARE = Decimal("0.2")
_TOLERANCE = Decimal("0.07")
"""Relative rounding a translator may use on top of the last written digit (``550 pounds`` ≈ ``250 kg``,
``40 miles`` ≈ ``60 km``; ``500 pounds`` for ``550`` is 9 % off and still reported)."""


@functools.cache
def unit_words(language: str) -> tuple[tuple[str, str], ...]:
    """Every unit word (as CLDR writes it, lower-case) with its CLDR unit, in ``language`` and English.

    A word the language also writes for a magnitude is left to the amounts (Portuguese ``mi`` is a million),
    unless CLDR writes the magnitude with a dot (Czech ``mil.`` is a million, ``mil`` miles).
    """
    data = locale_data(language)
    compact = {fold(w) for w in data.compact_spellings} - data.compact_dotted
    found: dict[str, str] = {}
    for code in dict.fromkeys((language, "en")):
        for word, unit in _locale_unit_words(code):
            if fold(word) not in compact:
                found.setdefault(word, unit)
    return tuple(found.items())


@functools.cache
def _locale_unit_words(code: str) -> tuple[tuple[str, str], ...]:
    """One locale's unit words from CLDR, one number per plural category, and the words CLDR lacks."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return ()
    samples = list({locale.plural_form(n): n for n in reversed(_SAMPLES)}.values())
    found: dict[str, str] = {}
    for unit in UNITS:
        for length in _LENGTHS:
            for number in samples:
                try:
                    written = format_unit(number, unit, length=length, locale=locale)
                except Exception:  # babel raises several kinds for a unit a locale lacks
                    continue
                word = _unit_word(written)
                if word and fold(word) not in _AMBIGUOUS and not (len(word.rstrip(".")) == 1 and word[:1].isalpha()):
                    found.setdefault(word, unit)
    for word, unit in EXTRA_SPELLINGS.get(code, {}).items():
        found.setdefault(word, unit)
    return tuple(found.items())


def is_unit_word(word: str, language: str) -> bool:
    """Whether ``word`` (any case, no dot) is one of ``language``'s unit words (``mil`` in Czech: miles)."""
    return fold(word).rstrip(".") in _unit_table(language)


@functools.cache
def _unit_table(language: str) -> dict[str, str]:
    """Folded unit word → CLDR unit (the language's own reading first), with each long word's stem + ``*``."""
    table: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    for word, unit in unit_words(language):
        table.setdefault(fold(word).rstrip("."), unit)  # looked up without its dot, as spellings() writes it
        if " " not in word and word.isalpha():
            forms.setdefault(unit, []).append(fold(word))
    for unit, words in forms.items():
        stem = os.path.commonprefix(sorted(w for w in words if len(w) >= MIN_STEM))
        if len(stem) >= MIN_STEM and stem + "*" not in table:
            table[stem + "*"] = unit
    return table


def _unit_word(written: str) -> str:
    """``5 kilomètres`` → ``kilomètres``; ``5°`` → ``°``: the formatted text without its number, lower-case."""
    word = regex.sub(r"[0-9][0-9.,\u00a0\u202f ]*", " ", written, count=1)
    return " ".join(word.split()).lower()


@functools.cache
def _quantity_regex(language: str) -> regex.Pattern[str]:
    data = locale_data(language)
    words = spellings(word for word, _ in unit_words(language))
    stems = spellings(w[:-1] for w in _unit_table(language) if w.endswith("*"))
    # A unit word that also names a currency takes no ending: Hungarian "12 fontos" is "12 important", not pounds.
    glued = [w for w in words if len(w) >= 3 and fold(w) not in data.currency_words] if data.agglutinative else []
    ending = rf"|(?P<u>(?i:\L<glued>))-?\p{{Ll}}{{1,{MAX_ENDING}}}(?![\p{{L}}\p{{N}}])" if glued else ""
    unit = rf"(?P<u>(?i:\L<units>))(?![\p{{L}}\p{{N}}]){ending}|(?P<s>(?i:\L<stems>))\p{{L}}{{0,6}}(?![\p{{L}}\p{{N}}])"
    meter = r"(?P<m>m)(?![\p{L}\p{N}.])"
    guard = could_begin([*words, *stems, "m"])  # most numbers have no unit after them: rule it out at once
    return regex.compile(
        rf"(?P<n>{number_pattern(data)})(?P<gap>{_GAP}){guard}(?:{unit}|{meter})",
        units=words,
        stems=stems or ["\x00"],
        glued=glued or ["\x00"],
        ignore_unused=True,
    )


def find_quantities(text: str, data: LocaleData) -> Iterator[Candidate]:
    """Every number with a unit after it, with the unit's CLDR name; a bracketed equivalent gets subkind ``equivalent``.

    A lone ``m`` is a metre only without a dot after it (``2023 m.`` is a year in Lithuanian) and after a number
    that is not a year. A number joined to a quantity by a dash or a range word (``1 to 2 inches``) has its unit.
    """
    table = _unit_table(data.language)
    previous: tuple[int, str] | None = None
    for match in _quantity_regex(data.language).finditer(text):
        unit = _unit_of(match, table)
        if unit is None:
            continue
        start = signed_start(text, match.start())
        raw = text[start : match.end("n")]
        readings = number_readings(raw, data)
        if not readings or (match.group("m") and raw.isdigit() and int(raw) in YEARS):
            continue
        subkind = "equivalent" if _after_its_equivalent(text, start, unit, previous, table) else ""
        previous = (match.end(), unit)
        first = _range_start(text, start, data)
        if first is not None:
            first_start, first_end, first_readings = first
            yield Candidate(Tier.AMOUNT, EntityKind.QUANTITY, text[first_start:first_end], first_start, first_end, *_values(first_readings, unit), subkind)
        yield Candidate(Tier.AMOUNT, EntityKind.QUANTITY, text[start : match.end()], start, match.end(), *_values(readings, unit), subkind)


def _after_its_equivalent(
    text: str, start: int, unit: str, previous: tuple[int, str] | None, table: dict[str, str]
) -> bool:
    """Whether the quantity at ``start`` opens a bracket right after a quantity, or a unit word (``six meters (18 feet)``),
    of the same dimension."""
    opening = _BRACKET_BEFORE.search(text, max(0, start - 40), start)
    if not opening:
        return False
    if previous and previous[0] == opening.start():
        return _dimension(previous[1]) == _dimension(unit)
    word = _WORD_BEFORE.search(text, max(0, opening.start() - 30), opening.start())
    other = table.get(fold(word.group(1))) if word else None
    return other is not None and _dimension(other) == _dimension(unit)


def _values(readings: tuple[str, ...], unit: str) -> tuple[str, tuple[str, ...]]:
    values = tuple(f"{r} {unit}" for r in readings)
    return values[0], values[1:]


def _unit_of(match: regex.Match[str], table: dict[str, str]) -> str | None:
    if match.group("m"):
        return "length-meter"
    if match.group("s"):
        return table.get(fold(match.group("s")) + "*")
    return table.get(fold(" ".join(match.group("u").rstrip(".").split())))


def _range_start(text: str, start: int, data: LocaleData) -> tuple[int, int, tuple[str, ...]] | None:
    """The first number of ``1 to 2 inches`` / ``2,5–5 cm``: where it starts and ends and its readings, if one stands there."""
    offset = max(0, start - 40)
    found = _RANGE_START.search(text[offset:start])
    if not found:
        return None
    readings = number_readings(found.group("n"), data)
    return (offset + found.start("n"), offset + found.end("n"), readings) if readings else None


def _dimension(unit: str) -> str:
    return unit.split("-", 1)[0]


def quantities_agree(a: Entity, b: Entity) -> bool:
    """Whether two quantities state the same amount: converted to one unit, within the rounding either side used.

    A generic degree (``80 degrees``) agrees with the same number of degrees, with the same temperature read
    the other way between Fahrenheit and Celsius (US news converted for Europe), or with the same difference
    of temperature (``10 degrees above average`` = ``5,5 graus``).
    """
    return any(agrees_with(a, second) for second in b.values)


def agrees_with(quantity: Entity, value: str) -> bool:
    """Whether a quantity states ``value`` (``"26 temperature-generic"``), converted, within the rounding used."""
    return any(_agree(first, value) for first in quantity.values)


def _agree(first: str, second: str) -> bool:
    left, right = _parse(first), _parse(second)
    if left is None or right is None:
        return False
    (x, unit_x), (y, unit_y) = left, right
    if _dimension(unit_x) != _dimension(unit_y):
        return False
    if unit_x == unit_y and x == y:
        return True
    if "temperature-generic" in (unit_x, unit_y):
        readings = _temperature_readings(unit_x, unit_y)
        return any(_close(x, p, y, q) for p, q in readings) or any(_close_difference(x, p, y, q) for p, q in readings)
    return unit_x != unit_y and _close(x, unit_x, y, unit_y)


def _temperature_readings(unit_x: str, unit_y: str) -> list[tuple[str, str]]:
    """The scales two temperatures may be in when one or both say only "degrees", one converted into the other."""
    scales = ("temperature-fahrenheit", "temperature-celsius")
    xs = scales if unit_x == "temperature-generic" else (unit_x,)
    ys = scales if unit_y == "temperature-generic" else (unit_y,)
    return [(p, q) for p in xs for q in ys if p != q]


def _close_difference(x: Decimal, unit_x: str, y: Decimal, unit_y: str) -> bool:
    """Two temperature differences (``10 degrees above average`` = ``5 stopni``): a Fahrenheit degree is 5/9 of a Celsius one."""
    factor = Decimal(5) / Decimal(9) if unit_x.endswith("fahrenheit") else Decimal(9) / Decimal(5)
    converted = x * factor
    slack = max(_last_digit(y), _last_digit(x) * factor) + _TOLERANCE * max(abs(converted), abs(y))
    return abs(converted - y) <= slack


def _close(x: Decimal, unit_x: str, y: Decimal, unit_y: str) -> bool:
    """``x`` in ``unit_x`` converted to ``unit_y`` is ``y``, give or take the last written digit of either and 7 %:
    ``6-foot`` may be ``1,98 m`` (6 ft 6 in), ``100 miles`` ``150 km`` but not ``325 km``."""
    converted = _convert(x, unit_x, unit_y)
    step = _convert(x + _last_digit(x), unit_x, unit_y)
    if converted is None or step is None:
        return False
    slack = max(abs(step - converted), _last_digit(y) / 2) + _TOLERANCE * max(abs(converted), abs(y))
    return abs(converted - y) <= slack


def _last_digit(value: Decimal) -> Decimal:
    """How far a written number may be from the exact value: its last digit (``136`` → 1, ``2.5`` → 0.1); half of
    it for a round number, at most a fifth of the number (``300`` → 50, "about three hundred"; ``100`` → 20); one
    trailing zero is a digit like any other."""
    exponent = value.normalize().as_tuple().exponent
    exponent = exponent if isinstance(exponent, int) else 0
    if exponent >= 2:
        return min(Decimal(1).scaleb(exponent) / 2, abs(value) * ROUND_SHARE)
    return Decimal(1).scaleb(exponent if exponent != 1 else 0)


def _parse(value: str) -> tuple[Decimal, str] | None:
    number, _, unit = value.partition(" ")
    if unit not in UNITS:
        return None
    try:
        return Decimal(number), unit
    except InvalidOperation:
        return None


def _convert(value: Decimal, unit: str, target: str) -> Decimal | None:
    registry = _registry()
    try:
        quantity = registry.Quantity(float(value), UNITS[unit]).to(UNITS[target])
    except Exception:  # pint raises its own kinds for incompatible units
        return None
    return Decimal(str(quantity.magnitude))


@functools.cache
def _registry() -> pint.UnitRegistry:
    """pint's unit registry, built on the first conversion (it is slow to build, and most texts convert nothing)."""
    import pint

    return pint.UnitRegistry()


def stated_in_words(entity: Entity, text: str, language: str) -> bool:
    """Whether ``text`` states the quantity ``entity`` holds with its number in words and a unit (``half an inch``
    = ``1,3 cm``, ``two-foot`` = ``60 cm``, ``seis metros`` = ``20 feet``), or as one compound word of both
    (``dvoumetrový`` = ``6-foot``, ``kétméteres``), converted within the rounding used."""
    if entity.kind is not EntityKind.QUANTITY:
        return False
    return any(_agree(amount, value) for amount in amounts_in_words(text, language) for value in entity.values)


@functools.lru_cache(maxsize=16)
def amounts_in_words(text: str, language: str) -> tuple[str, ...]:
    """Every quantity ``text`` states with its number in words, as a quantity's value (``"2 length-meter"``), each
    once: those in ``language``'s words, then in English, each in the text's order. Read once per text, as a long
    block is asked about each quantity the other side states; the call sites ask about a bead's two texts at a time."""
    tokens = folded_words(text)
    found: dict[str, None] = {}
    for code in dict.fromkeys((language, "en")):
        table = _unit_table(code)
        stems = [w[:-1] for w in table if w.endswith("*")]
        units = {t: table.get(t) or next((table[s + "*"] for s in stems if t.startswith(s)), None) for t in set(tokens)}
        compounds: dict[str, tuple[str | None, str | None]] = {}
        for i, token in enumerate(tokens):
            unit = units[token]
            amount = spelled_amounts(tokens, i, code) if unit is not None else None
            if amount is None:
                if token not in compounds:
                    compounds[token] = _compound(token, code)
                amount, unit = compounds[token]
            if amount is not None:
                found.setdefault(f"{amount} {unit}")
    return tuple(found)


COMPOUND_UNIT = 4
"""Letters a unit word needs to be looked for inside a compound (``metr`` of ``dvoumetrový``): a shorter one
(``m``, ``km``) stands inside too many words."""


def _compound(token: str, language: str) -> tuple[str | None, str | None]:
    """A number and a unit glued into one word (``dvoumetrový``: 2, length-meter), or ``(None, None)``."""
    for word, unit in _compound_units(language):
        at = token.find(word, 1)
        if at > 0 and (number := combining_number(token[:at], language)) is not None:
            return str(number), unit
    return None, None


@functools.cache
def _compound_units(language: str) -> tuple[tuple[str, str], ...]:
    """Folded unit words and stems long enough to find inside a compound, the longest first (``kilometr`` before
    ``metr``)."""
    words = {w.rstrip("*"): unit for w, unit in _unit_table(language).items() if w.rstrip("*").isalpha()}
    return tuple(sorted(((w, u) for w, u in words.items() if len(w) >= COMPOUND_UNIT), key=lambda p: (-len(p[0]), p[0])))


def decade_of_degrees(decade: Entity, quantity: Entity) -> bool:
    """Whether a short decade (``the 80s``) is the temperature the other edition gives: US weather news say
    ``widespread 80s`` (80–89 °F), a European edition ``27 graus`` (26.7–31.7 °C)."""
    short = decade.value.removesuffix("s")
    if decade.subkind != "decade" or not (short.isdigit() and len(short) == 2):
        return False
    low, high = Decimal(short), Decimal(short) + 9
    for value in quantity.values:
        parsed = _parse(value)
        if parsed is None or _dimension(parsed[1]) != "temperature":
            continue
        number, unit = parsed
        scales = ("temperature-fahrenheit", "temperature-celsius") if unit == "temperature-generic" else (unit,)
        for scale in scales:
            lowest, highest = _convert(low, "temperature-fahrenheit", scale), _convert(high, "temperature-fahrenheit", scale)
            if lowest is not None and highest is not None and lowest - 1 <= number <= highest + 1:
                return True
    return False
