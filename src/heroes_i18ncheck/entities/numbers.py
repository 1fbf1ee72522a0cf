"""Numbers as written (grouped, decimal, signed) and the percentages, ranges, ordinals and years built on them.

A number's raw text may mean more than one value (``1.000`` is one thousand
in German and one in English); ``number_readings`` returns every reading the
separators allow, the locale's own first, and comparison uses their overlap.
Plain, non-breaking, narrow and thin spaces and apostrophes all group digits
(PDF extraction turns CLDR's U+00A0 into a plain space), but a plain space
only where the locale groups with a space or writes a decimal comma (Spanish,
Portuguese and German news write ``350 000`` the SI way).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..model import EntityKind
from .guards import WordGuard, could_start, might_contain
from .locale_data import LocaleData, locale_data, spellings
from .resolve import Candidate, Tier

SPACE_GROUPS = "\u00a0\u202f\u2009"
GROUP_MARKS = ",.'’" + SPACE_GROUPS
MAX_INTEGER_DIGITS = 40
MAX_FRACTION_DIGITS = 20
YEARS = range(1900, 2100)
SIGNS = "-+\u2212"
RANGE_DASHES = "-‐‑–—"
PERCENT_STEM = 6
"""Letters of a percent word after which a case or adjective ending is read too (``17 procentach``, ``14-procentowy``,
``százalékkal``); English ``percentage`` points are no percentage."""

RANGE_WORDS = ("to", "and", "or", "à", "et", "ou", "a", "y", "o", "e", "ou", "do", "i", "lub", "bis", "und", "oder", "iki", "ir",
               "arba", "до", "и", "или", "έως", "ως", "και", "ή", "și", "sau", "és", "vagy", "až", "nebo", "tot", "en", "of")
"""Words joining the two ends of a range or an alternative (``1 to 2 inches``): CLDR has no such list."""
RANGE_ARTICLES = ("os", "as", "el", "los", "las", "les", "the")
"""An article the second end of a range may take (``entre os 27 e os 30 graus``, ``entre el 30 y el 43 %``)."""
MAX_LIST = 6
"""Numbers before a percentage that may share its percent word (``72, 69 and 63 percent``)."""

POINT_STEMS = ("points", "point", "bod", "punkt", "punct", "punt", "pont", "ponto", "punto", "пункт", "μονάδ", "točk")
"""A percent word followed by one of these is percentage points, no percentage (Czech ``40 procentních bodů``,
Polish ``5 punktów procentowych`` is no percent already: its number stands before the points). CLDR has no word
for them. Hungarian glues them on (``százalékpont``)."""

_SEPARATED = regex.compile(r"([^0-9])")

ORDINAL_SUFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("st", "nd", "rd", "th"), ()),
    "bg": ((), ("ви", "ри", "ти", "ми", "ия", "ият", "ят", "ва", "ра", "та", "ма", "во", "ро", "то", "мо", "ите")),
    "lt": ((), ("as", "asis", "oji", "ojo", "ąjį", "ąją", "ajam", "ajame", "oje", "ojoje", "osios", "ieji", "ųjų",
                "uoju", "ąsias", "uosius", "ame", "ą", "ojo")),
    "ro": ((), ("lea", "a")),
    "hu": ((), ("adik", "edik", "odik", "ödik", "ik", "dik")),
    "pl": ((), ("ty", "ta", "te", "go", "mu", "ym", "ej", "gi", "ci", "ci", "ga")),
    "fr": (("e", "er", "re", "ère", "ème", "eme", "nd", "nde", "ᵉ", "ᵉʳ"), ()),
    "nl": (("e", "ste", "de"), ()),
    "sv": ((":e", ":a"), ()),
    "fi": ((":s",), ()),
    "es": ((".º", ".ª", "º", "ª", ".er", ".a", ".o"), ()),
    "pt": ((".º", ".ª", "º", "ª"), ()),
    "it": (("º", "ª", "°"), ()),
    "el": (("ος", "ός", "η", "ή", "ο", "ό", "ου", "ού", "ης", "ής", "α", "ά", "οι", "οί", "ες", "ές"), ()),
    "ga": (("ú",), ()),
}  # fmt: skip
"""How each language writes an ordinal after its digits: glued suffixes, and suffixes after a hyphen.

Hand-written because CLDR's ordinal spell-out rules are not in babel; English
suffixes are accepted in every language, and languages whose long CLDR date
writes ``d.`` (``LocaleData.dot_ordinals``) also write ``20.``."""


def number_pattern(data: LocaleData) -> str:
    """A regex for one unsigned number written the ``data`` way (or any other common way), to embed.

    It starts with a plain digit class, so the regex engine skips straight to
    digits, and it is linear on any input: every repetition is bounded, the
    number is atomic (what follows it never makes the engine try it shorter),
    and a number may not start inside another nor end where digits follow. It
    may follow a letter only of a script written without spaces (``は1990年``). A
    sign before it is read by ``signed_start``.
    """
    group = "[" + regex.escape(GROUP_MARKS + (" " if data.space_grouping or data.decimal == "," else "")) + "]"
    return (
        r"(?<![\p{N}_])(?<!(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\p{L})(?<![0-9][.,])[0-9](?>"
        + rf"(?:(?<=[1-9])[0-9]{{0,2}}(?:{group}[0-9]{{3}}){{1,7}}|[0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})"
        + rf"(?:[.,][0-9]{{1,{MAX_FRACTION_DIGITS}}})?)(?![.,]?[0-9])"
    )


def signed_start(text: str, start: int) -> int:
    """Where a number starting at ``start`` really starts: one character earlier if a sign stands alone before it."""
    if start and text[start - 1] in SIGNS and (start == 1 or not text[start - 2].isalnum()):
        return start - 1
    return start


def canonical_number(integer: str, fraction: str = "", negative: bool = False) -> str:
    """``("004", "990")`` → ``"4.99"``: plain decimal, no exponent, no leading or trailing zeros."""
    integer = integer.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    text = integer + ("." + fraction if fraction else "")
    return "-" + text if negative and text != "0" else text


def number_readings(raw: str, data: LocaleData) -> tuple[str, ...]:
    """Every value ``raw`` can mean, the locale's reading first; ``()`` if the separators fit no reading."""
    negative = raw[:1] in "-\u2212"
    body = raw.lstrip(SIGNS)
    if body.isdigit():
        return (canonical_number(body, "", negative),)
    runs = _SEPARATED.split(body)
    digits, marks = runs[0::2], runs[1::2]
    if not marks:
        return (canonical_number(body, "", negative),)
    readings: list[str] = []
    if _groups_digits(digits, marks):
        readings.append(canonical_number("".join(digits), "", negative))
    last = marks[-1]
    if last in ".," and (len(marks) == 1 or (_groups_digits(digits[:-1], marks[:-1]) and last not in marks[:-1])):
        decimal = canonical_number("".join(digits[:-1]), digits[-1], negative)
        if _decimal_first(last, data):
            readings.insert(0, decimal)
        else:
            readings.append(decimal)
    return tuple(dict.fromkeys(readings))


def _groups_digits(digits: list[str], marks: list[str]) -> bool:
    """``1 234 567``: a first group of one to three digits (no leading zero), then groups of three, one kind of mark."""
    if not 1 <= len(digits[0]) <= 3 or digits[0][0] == "0" or any(len(d) != 3 for d in digits[1:]):
        return False
    kinds = {"space" if m in " " + SPACE_GROUPS else m for m in marks}
    return len(kinds) == 1


def _decimal_first(mark: str, data: LocaleData) -> bool:
    if mark == data.decimal:
        return True
    if mark == data.group:
        return False
    return mark == "." and data.decimal == "."


def scale(reading: str, exponent: int) -> str:
    """``scale("4.99", 6)`` → ``"4990000"``: a reading times a power of ten, still canonical."""
    negative = reading.startswith("-")
    integer, _, fraction = reading.lstrip("-").partition(".")
    if exponent >= 0:
        fraction = fraction.ljust(exponent, "0")
        return canonical_number(integer + fraction[:exponent], fraction[exponent:], negative)
    integer = integer.rjust(-exponent, "0")
    return canonical_number(integer[:exponent], integer[exponent:] + fraction, negative)


@functools.cache
def _number_regex(language: str) -> regex.Pattern[str]:
    data = locale_data(language)
    return regex.compile(number_pattern(data))


@functools.cache
def _percent_regex(language: str) -> regex.Pattern[str]:
    data = locale_data(language)
    number = number_pattern(data)
    return regex.compile(
        rf"(?P<n>{number})(?:[ \u00a0\u202f\u2009]{{0,2}}|-(?=\p{{L}}))"
        rf"(?:(?P<sign>[%‰])|{could_start(data.percent_spellings)}(?P<word>(?i:\L<words>))"
        rf"(?:(?<=\p{{L}}{{{PERCENT_STEM}}})(?!age|pont)\p{{L}}{{1,5}})?(?!\p{{L}})(?![ \u00a0]+(?i:\L<points>)))",
        words=list(data.percent_spellings),
        points=list(POINT_STEMS),
    )


@functools.cache
def _range_regex(language: str) -> regex.Pattern[str]:
    data = locale_data(language)
    number = number_pattern(data)
    return regex.compile(
        rf"(?P<a>{number})[ \u00a0\u202f\u2009]{{0,3}}[{RANGE_DASHES}][ \u00a0\u202f\u2009]{{0,3}}(?P<b>{number})"
        r"(?:[ \u00a0\u202f\u2009]?(?P<pct>%))?"
    )


@functools.cache
def _ordinal_regex(language: str) -> regex.Pattern[str]:
    data = locale_data(language)
    attached, hyphenated = ORDINAL_SUFFIXES.get(data.language, ((), ()))
    glued = spellings((*attached, *ORDINAL_SUFFIXES["en"][0]))
    dot = r"|(?P<dot>\.)(?=[ \u00a0\u202f\u2009]{1,3}\p{L})" if data.dot_ordinals else ""
    hyphen = rf"|-{could_start(spellings(hyphenated))}(?P<hyphen>(?i:\L<hyphenated>))" if hyphenated else ""
    return regex.compile(
        r"(?<![\p{L}\p{N}_])(?<![0-9][.,])(?P<n>[0-9]{1,4})"
        rf"(?:{could_start(glued)}(?P<suffix>(?i:\L<glued>)){hyphen}{dot})(?![\p{{L}}\p{{N}}])",
        glued=list(glued),
        hyphenated=list(spellings(hyphenated)),
        ignore_unused=True,
    )


def find_numbers(text: str, data: LocaleData) -> Iterator[Candidate]:
    """Plain numbers; four digits from 1900 to 2099 standing alone are years."""
    for match in _number_regex(data.language).finditer(text):
        start = signed_start(text, match.start())
        end = match.end()
        raw = text[start:end]
        if raw.isdigit():  # the common case, read here: no sign, no separator, one reading
            if len(raw) == 4 and int(raw) in YEARS:
                yield Candidate(Tier.NUMBER, EntityKind.YEAR, raw, start, end, raw)
            else:
                yield Candidate(Tier.NUMBER, EntityKind.NUMBER, raw, start, end, canonical_number(raw))
            continue
        readings = number_readings(raw, data)
        if readings:
            yield _candidate(Tier.NUMBER, EntityKind.NUMBER, raw, start, readings)


def find_percents(text: str, data: LocaleData) -> Iterator[Candidate]:
    """``12.5%``, ``12,5 %``, ``12 процента`` → ``12.5%``."""
    if "%" not in text and "‰" not in text and not _percent_word_guard(data.language)(text):
        return  # most blocks: the regex would try the word list after every number and find nothing
    for match in _percent_regex(data.language).finditer(text):
        start = signed_start(text, match.start())
        readings = number_readings(text[start : match.end("n")], data)
        if readings:
            unit = "‰" if match.group("sign") == "‰" else "%"
            values = tuple(r + unit for r in readings)
            yield _candidate(Tier.DETAIL, EntityKind.PERCENT, text[start : match.end()], start, values)
            yield from _sharing_the_percent(text, start, unit, data)
    for match in _points_regex(data.language).finditer(text):
        start = signed_start(text, match.start())
        readings = number_readings(text[start : match.end("n")], data)
        if readings:
            unique = tuple(dict.fromkeys(readings))
            raw = text[start : match.end()]
            yield Candidate(Tier.DETAIL, EntityKind.NUMBER, raw, start, match.end(), unique[0], unique[1:], "points")


@functools.cache
def _points_regex(language: str) -> regex.Pattern[str]:
    """``40 percentage points``, ``40 procentních bodů``, ``5 punktów procentowych``: a number of subkind
    ``points``, which no percentage agrees with."""
    data = locale_data(language)
    gap = r"\p{L}{0,5}[ \u00a0]+"
    return regex.compile(
        rf"(?P<n>{number_pattern(data)})[ \u00a0\u202f]{{1,2}}"
        rf"(?:(?i:\L<words>){gap}(?i:\L<points>)|(?i:\L<points>){gap}(?i:\L<words>))\p{{L}}*",
        words=list(data.percent_spellings),
        points=list(POINT_STEMS),
    )


def _sharing_the_percent(text: str, start: int, unit: str, data: LocaleData) -> Iterator[Candidate]:
    """The numbers of a list or range that end in this percentage and share its percent word: ``between 30 and
    43 percent``, ``72, 69 és 63 százaléka``, ``72, a franciások 69 és a spanyolosok 63 százaléka``. Commas alone make a list only with two numbers or more before it
    (``In 2019, 45 percent`` is no list)."""
    before = _list_item_regex(data.language)
    items: list[tuple[int, int, tuple[str, ...]]] = []
    worded = False
    at = start
    while len(items) < MAX_LIST:
        found = before.search(text, max(0, at - 40), at)
        if not found:
            break
        readings = number_readings(found.group("n"), data)
        if not readings or (len(found.group("n")) == 4 and found.group("n").isdigit() and int(found.group("n")) in YEARS):
            break
        items.append((found.start("n"), found.end("n"), readings))
        worded = worded or bool(found.group("word"))
        at = found.start("n")
    if worded or len(items) >= 2:
        for first, end, readings in items:
            yield _candidate(Tier.DETAIL, EntityKind.PERCENT, text[first:end], first, tuple(r + unit for r in readings))


@functools.cache
def _list_item_regex(language: str) -> regex.Pattern[str]:
    """A number just before a list's comma or joining word and up to two words of the next item (``72, a
    franciások 69 és a spanyolosok 63 százaléka``), at the end of the searched span."""
    number = number_pattern(locale_data(language))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,])(?P<n>{number})(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?P<word>(?i:\L<words>))[ \u00a0]+)"
        r"(?:(?i:\L<articles>)[ \u00a0]+)?(?:\p{L}+[ \u00a0]+){0,2}\Z",
        words=list(RANGE_WORDS),
        articles=list(RANGE_ARTICLES),
    )


@functools.cache
def _percent_word_guard(language: str) -> WordGuard:
    """Whether a word for per cent of the language (``процента``, ``percent``) might be in a text."""
    return might_contain(locale_data(language).percent_spellings)


def find_ranges(text: str, data: LocaleData) -> Iterator[Candidate]:
    """``3 - 6``, ``3–6``, ``2018-2019`` → ``3..6``: two numbers joined by a dash, the first the smaller;
    ``1950-53`` → ``1950..1953``; a score ``10-6`` → ``10..6``, subkind ``score``."""
    if not any(dash in text for dash in RANGE_DASHES):
        return
    for match in _range_regex(data.language).finditer(text):
        low, high = match.group("a"), match.group("b")
        if _leading_zero(low) or _leading_zero(high):
            continue
        lows, highs = number_readings(low, data), number_readings(high, data)
        if low.isdigit() and high.isdigit() and len(low) == 4 and int(low) in YEARS and len(high) <= 2 and not _less(low, high):
            highs = (_shortened_end(low, high),)  # 1950-53 is 1950–1953
        if lows and highs and _is_score(low, high) and match.end("a") == match.start("b") - 1:
            values: tuple[str, ...] = (f"{low}..{high}",)
            yield Candidate(Tier.DETAIL, EntityKind.RANGE, match.group(), match.start(), match.end(), values[0], (), "score")
            continue
        if not lows or not highs or not _less(lows[0], highs[0]):
            continue
        suffix = "%" if match.group("pct") else ""
        values = tuple(f"{a}{suffix}..{b}{suffix}" for a in lows for b in highs if _less(a, b))
        yield _candidate(Tier.DETAIL, EntityKind.RANGE, match.group(), match.start(), values)


def _is_score(low: str, high: str) -> bool:
    """``10-6``, ``4-1``, ``3-3``: two short whole numbers, the first not the smaller — a result, not a range
    (written with the dash between them and no space: ``Ayr 38 - 17 Melrose`` may be two teams' scores)."""
    return low.isdigit() and high.isdigit() and len(low) <= 3 and len(high) <= 3 and int(low) >= int(high)


def _shortened_end(low: str, high: str) -> str:
    """The end of a range of years written with its last digits only: ``1950``, ``53`` → ``1953``; ``2018``, ``9`` →
    ``2019`` (a score ``10-6`` stays two numbers)."""
    return low[: len(low) - len(high)] + high


def find_ordinals(text: str, data: LocaleData) -> Iterator[Candidate]:
    """``20th``, ``20-ТА``, ``20-oji``, ``1-во``, ``20e``, ``20.`` (where the language writes it so) → ``20``."""
    for match in _ordinal_regex(data.language).finditer(text):
        digits = match.group("n")
        if match.groupdict().get("dot") and len(digits) > 3:
            continue
        value = digits.lstrip("0") or "0"
        yield Candidate(Tier.ORDINAL, EntityKind.ORDINAL, match.group(), match.start(), match.end(), value)


def _leading_zero(raw: str) -> bool:
    """``04`` is a code (a phone block, a month), not one end of a range."""
    return len(raw) > 1 and raw[0] == "0" and raw[1].isdigit()


def _less(a: str, b: str) -> bool:
    return float(a) < float(b)


def _candidate(tier: Tier, kind: EntityKind, raw: str, start: int, values: tuple[str, ...]) -> Candidate:
    unique = tuple(dict.fromkeys(values))
    return Candidate(tier, kind, raw, start, start + len(raw), unique[0], unique[1:])
