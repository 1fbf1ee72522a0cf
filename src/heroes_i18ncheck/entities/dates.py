"""Dates in every order and spelling the locale's CLDR patterns produce, and the ones people type by hand.

One regex per language, built from ``locale_data``: month names in every CLDR
form (English too), the literal words of the locale's date patterns (``г.``,
``m.``, ``d.``, ``de``, ``gada``, ``ta’``) allowed between the parts, and the
orders the locale writes (day-month-year everywhere; month-day-year in
English; year-month-day in Lithuanian and Hungarian; year-day-month in
Latvian). Spacing is lenient, because extraction loses or doubles spaces and
breaks lines: ``8 декември2022 г.``, ``14 Март, 2023 г.`` and ``2023 \\n m.
vasario 15 d.`` all read. Numeric dates follow the locale's short pattern for
day and month order, and keep the swapped reading as an alternative when both
fit (``03/04/2023``).

Values are ISO 8601: ``2023-03-14``; partial dates stay partial
(``2023-03``, ``--03-14``); day ranges are intervals (``2023-07-03/2023-07-06``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex
from babel import Locale, UnknownLocaleError
from babel.dates import tokenize_pattern

from ..model import EntityKind
from .guards import WordGuard, could_start, might_contain, starts_class
from .locale_data import LocaleData, fold, locale_data, normalize_language
from .numbers import ORDINAL_SUFFIXES, RANGE_DASHES
from .resolve import Candidate, Tier

_DASH = rf"\s{{0,3}}[{RANGE_DASHES}]\s{{0,3}}"
TWO_DIGIT_YEAR_PIVOT = 70
"""``yy`` below this is 20yy, from it 19yy (short CLDR patterns write two-digit years)."""


_DAY_ENDINGS = (*ORDINAL_SUFFIXES["en"][0], "er", "re", "e")
"""What a day of the month may carry in any language: English ordinals, and French ``1er``, ``1re``, ``2e``."""
_DAY_SUFFIX = (  # the lookahead fails at once where no suffix can start (a space: most numbers)
    rf"(?:(?=[.ºª-]|{starts_class(_DAY_ENDINGS)})"
    rf"(?:\.(?:º|ª)?|[ºª]|(?i:{'|'.join(_DAY_ENDINGS)})(?!\p{{L}})|-\p{{L}}{{1,3}}(?!\p{{L}})))?"
)
_LEAD_DAY = r"(?<=(?<![0-9])[0-9]{1,2})"
_LEAD_YEAR = r"(?<=(?<![\p{L}0-9])(?:1[89]|2[0-9])[0-9]{2})"
"""A year that starts a date: in ``_year``'s range and no code's digits (``RFC6749, October 2012``)."""
MONTH_ENDING = 5
"""Letters of a case ending after a declined month's stem (``październik-u``, ``listopad-zie``)."""
MONTH_LOOKBACK = 30
"""How far before a number a month name is looked for (``March 14``, ``kovo 14 d.``, ``marzo de 2023``)."""


def _day(name: str) -> str:
    return rf"(?<![0-9.,])(?P<{name}>0?[1-9]|[12][0-9]|3[01])(?![0-9])" + _DAY_SUFFIX


def _days(first: str, last: str) -> str:
    return _day(first) + rf"(?:{_DASH}{_day(last)})?"


def _month(name: str, data: LocaleData) -> str:
    guard = could_start(data.month_spellings)
    declined = rf"|(?P<{name}>(?i:\L<stems>)\p{{L}}{{1,{MONTH_ENDING}}})(?!\p{{L}})" if data.month_stems else ""
    return rf"(?=\p{{L}}){guard}(?<!\p{{L}})(?:(?P<{name}>(?i:\L<months>))\.?(?!\p{{L}}){declined})"


def _year(name: str) -> str:
    return rf"(?<![0-9.,])(?P<{name}>(?:1[89]|2[0-9])[0-9]{{2}})(?![0-9])"


def _pieces(data: LocaleData) -> tuple[str, str]:
    word = could_start(data.date_words) + r"(?i:\L<words>)\.?(?!\p{L})" if data.date_words else r"(?!)"
    mark = rf"(?:\s{{0,2}}{word})?"
    sep = rf"(?:[\s,.]{{0,4}}(?:{word}[\s,.]{{0,4}}){{0,2}})"
    return mark, sep


@functools.cache
def _number_first_regex(language: str, textual: bool = True) -> regex.Pattern[str]:
    """Dates that start with a digit; one leading digit class lets the regex engine skip to digits.

    Without ``textual``, only the numeric ones (``14.03.2023``, ``2023-03-14``): the same regex less the
    branches that need a month name, so for a text in which no month name can match it finds the same.
    """
    data = locale_data(language)
    mark, sep = _pieces(data)
    orders = data.text_orders
    day_first = [
        sep + _month("xm", data) + _DASH + _day("xd2") + sep + _month("xm2", data) + sep + _year("xy") + mark,
        rf"(?:{_DASH}{_day('ad2')})?" + sep + _month("am", data) + rf"(?:{sep}{_year('ay')}{mark})?",
    ]
    year_first = []
    if textual and orders & {"YMD", "YM"}:
        year_first.append(mark + sep + _month("cm", data) + rf"(?:{sep}{_days('cd', 'cd2')}{mark})?")
    if textual and "YDM" in orders:
        year_first.append(mark + sep + _days("ld", "ld2") + sep + _month("lm", data))
    year_first.append(
        r"(?P<ts>[./-])[ \u00a0]?(?P<tm>[0-9]{1,2})(?P=ts)[ \u00a0]?(?P<td>[0-9]{1,2})(?![0-9])(?:(?P=ts)(?![0-9]))?"
    )
    numeric = (
        rf"(?:\.?{_DASH}(?P<na2>[0-9]{{1,2}}))?"
        r"(?P<ns>[./-])[ \u00a0]?(?P<nb>[0-9]{1,2})(?P=ns)[ \u00a0]?(?P<ny>[0-9]{4}|[0-9]{2})(?![0-9]|[.,/-][0-9])"
        + mark
    )
    # A day-first date has a month name (or a date word, or a dash to a second day) after the day and a few
    # separators: the lookahead rules out most numbers at once, before the branches try the month list.
    month_near = rf"(?=[\s,.]{{0,4}}{starts_class([*data.month_spellings, *data.date_words])}|{_DASH})"
    by_day = rf"{_LEAD_DAY}{_DAY_SUFFIX}{month_near}(?:{'|'.join(day_first)})|" if textual else ""
    return regex.compile(
        r"(?<![0-9.,/-])(?P<lead>[0-9][0-9]{0,3}+)(?![0-9])(?:"
        + by_day
        + rf"{_LEAD_YEAR}(?:{'|'.join(year_first)})"
        + rf"|{_LEAD_DAY}{numeric})",
        months=list(data.month_spellings),
        stems=list(data.month_stem_spellings) or ["\x00"],
        words=list(data.date_words),
        ignore_unused=True,
    )


@functools.cache
def _month_guard(language: str) -> WordGuard:
    """Whether a month name of the language might be in a text (``False``: none can be)."""
    data = locale_data(language)
    return might_contain((*data.month_spellings, *data.month_stem_spellings))


_NUMERIC_DATE = re.compile(r"[0-9][./-][ \u00a0]?[0-9]")
"""What every numeric date has: a digit, its separator, a digit (``14.03``, ``2023-03``)."""


@functools.cache
def _month_first_regex(language: str) -> regex.Pattern[str]:
    """Dates that start with the month (``March 14, 2023``, ``kovo 14 d.``, ``March 2023``), tried at months; in
    a language that never writes the day after the month, only with the year (an English date kept as it is)."""
    data = locale_data(language)
    mark, sep = _pieces(data)
    if data.text_orders & {"MD", "MDY"}:
        year_after = rf"(?:{sep}{_year('by')}{mark})?" if "MDY" in data.text_orders else ""
    else:  # an English date kept as it is (``SEPTEMBER 12, 2011`` on a German cover): only with its year
        year_after = rf"{sep}{_year('by')}{mark}"
    day_then = rf"{_days('bd', 'bd2')}{mark}{year_after}|"
    return regex.compile(
        _month("bm", data) + sep + rf"(?:{day_then}{_year('by2')}{mark})",
        months=list(data.month_spellings),
        stems=list(data.month_stem_spellings) or ["\x00"],
        words=list(data.date_words),
        ignore_unused=True,
    )


def find_dates(text: str, data: LocaleData) -> Iterator[Candidate]:
    """Every date, month-year and day-month in ``text``, as ISO values.

    Most blocks have no month name in them: there only the numeric dates are looked for.
    """
    numbered = _numbered_month_regex(data.language)
    if numbered is not None:
        yield from _numbered_month_dates(text, numbered)
    months = _month_guard(data.language)(text)
    if not months and not _NUMERIC_DATE.search(text):
        return
    for match in _number_first_regex(data.language, months).finditer(text):
        found = _candidate(match, data)
        if found:
            yield found
    if not months:
        return
    month_first = _month_first_regex(data.language)
    words = _lookback_words(data.language)
    tried = -1
    for digit in _DIGIT_AFTER_WORD.finditer(text):
        start = _month_before(text, digit.start(), words)
        if start is None or start <= tried:
            continue
        tried = start
        at_month = month_first.match(text, start)
        found = _candidate(at_month, data) if at_month else None
        if found:
            yield found


_DIGIT_AFTER_WORD = regex.compile(r"(?<=[\p{L}.,][\s,.]{0,4})(?<![0-9])[0-9]")


def _month_before(
    text: str, at: int, words: tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]
) -> int | None:
    """Where the month name before the number at ``at`` starts, skipping date words (``de``); ``None`` if none.

    A month may be two words (Irish ``Meán Fómhair``). ``words`` are ``_lookback_words``.
    """
    names, tails, date_words, stems = words
    floor = max(0, at - MONTH_LOOKBACK)
    end = at
    for _ in range(3):
        start, end = _word_before(text, end, floor)
        if start == end:
            return None
        word = text[start:end].lower()
        if word in names or _declined_month(word, stems):
            return start
        if word in tails:
            first, _ = _word_before(text, start, floor)
            if " ".join(text[first:end].lower().split()) in names:
                return first
        if word not in date_words:
            return None
        end = start
    return None


def _declined_month(word: str, stems: tuple[str, ...]) -> bool:
    """A month's stem and a case ending (``czerwc-u``, ``rugsėj-į``)."""
    return any(word.startswith(stem) and 0 < len(word) - len(stem) <= MONTH_ENDING for stem in stems)


def _word_before(text: str, end: int, floor: int) -> tuple[int, int]:
    """The span of the last word ending at or before ``end`` (not before ``floor``); empty if there is none."""
    while end > floor and not text[end - 1].isalpha():
        end -= 1
    start = end
    while start > floor and text[start - 1].isalpha():
        start -= 1
    return start, end


@functools.cache
def _lookback_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """Month spellings of the language, the last words of those written in two (``fómhair``), date words,
    and the stems of declined months."""
    data = locale_data(language)
    names = frozenset(data.month_spellings)
    tails = frozenset(n.split()[-1] for n in names if " " in n)
    return names, tails, frozenset(data.date_words), data.month_stem_spellings


def _candidate(match: regex.Match[str], data: LocaleData) -> Candidate | None:
    values = _values(dict(zip(_group_names(match.re), match.groups())), data)
    if not values:
        return None
    raw = match.group().rstrip()
    return Candidate(Tier.DATE, EntityKind.DATE, raw, match.start(), match.start() + len(raw), values[0], values[1:])


@functools.cache
def _group_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """The names of the pattern's groups in order: with ``groups()``, the ``groupdict()`` that regex builds
    slowly (it tries each name as a number first, raising and clearing an error per group)."""
    names = [""] * pattern.groups
    for name, index in pattern.groupindex.items():
        names[index - 1] = name
    return tuple(names)


def _values(parts: dict[str, str | None], data: LocaleData) -> tuple[str, ...]:
    get = parts.get

    def need(key: str) -> str:
        return _filled(parts, key)

    lead = get("lead")
    if get("tm"):
        return _numeric((need("lead"), need("tm"), need("td")))
    if get("nb") and get("na2"):
        return _numeric_day_range(need("lead"), need("na2"), need("nb"), need("ny"))
    if get("nb"):
        return _numeric_unordered(need("lead"), need("nb"), need("ny"), data)
    if lead and get("am") is None and get("xm") is None and get("cm") is None and get("lm") is None:
        return ()
    if get("xm"):
        if not 1 <= int(need("lead")) <= 31:
            return ()
        start = _iso(get("xy"), _month_number(need("xm"), data), need("lead"))
        end = _iso(get("xy"), _month_number(need("xm2"), data), need("xd2"))
        return (f"{start}/{end}",) if start < end else ()
    if get("am"):
        if not 1 <= int(need("lead")) <= 31:
            return ()
        return _textual(get("ay"), need("am"), lead, get("ad2"), data)
    if get("cm"):
        return _textual(lead, need("cm"), get("cd"), get("cd2"), data)
    if get("lm"):
        return _textual(lead, need("lm"), get("ld"), get("ld2"), data)
    if get("bm"):
        if get("bd") and data.agglutinative and _fold_month(need("bm")).rstrip(".") not in data.months:
            return ()  # a month with a case ending is never followed by its day: "júliusban 2,7%-kal"
        return _textual(get("by") or get("by2"), need("bm"), get("bd"), get("bd2"), data)
    return ()


def _filled(parts: dict[str, str | None], key: str) -> str:
    """A group the pattern always fills once the group that chose the reading has matched."""
    value = parts[key]
    if value is None:
        raise ValueError(f"the date pattern left {key!r} empty")
    return value


def _textual(year: str | None, month: str, day: str | None, last: str | None, data: LocaleData) -> tuple[str, ...]:
    number = _month_number(month, data)
    if not year and not day:
        return ()
    if not year and not _is_plain_month(month, data):
        return ()
    if not day:
        return (f"{year}-{number:02d}",)
    first = _iso(year, number, day)
    if last is None:
        return (first,)
    end = _iso(year, number, last)
    return (f"{first}/{end}",) if int(last) > int(day) else ()


def _is_plain_month(month: str, data: LocaleData) -> bool:
    """A day-month date without a year needs a full or declined month name, capitalised if English (``3 may`` is
    no date); English abbreviations count when capitalised (``Nov. 6``, ``Sept. 30``)."""
    key = _fold_month(month)
    if key not in data.wide_months:
        declined = key not in data.months and _month_number(month, data) > 0
        return declined or (data.language == "en" and month[:1].isupper() and key in data.months)
    return data.language != "en" and key not in ENGLISH_WORD_MONTHS or month[:1].isupper()


ENGLISH_WORD_MONTHS = frozenset({"may", "march", "august"})
"""English month names that are everyday words as well ("we may", "a march", "an august body"): lower-case in
any language's text they are those words. Other months lower-case are months (Hungarian ``november 6-án``)."""


def _month_number(name: str, data: LocaleData) -> int:
    key = _fold_month(name).rstrip(".")
    found = data.months.get(key, 0)
    if found or not data.month_stems:
        return found
    return next((m for stem, m in sorted(data.month_stems.items(), key=lambda i: -len(i[0])) if key.startswith(stem)), 0)


_fold_month = functools.lru_cache(maxsize=4096)(fold)
"""``fold`` of a month name as written; few spellings recur, and folding (Unicode normalization) is slow."""


def _iso(year: str | None, month: int, day: str) -> str:
    prefix = f"{int(year):04d}" if year else "-"
    return f"{prefix}-{month:02d}-{int(day):02d}"


def _numeric(parts: tuple[str, str, str]) -> tuple[str, ...]:
    year, month, day = (int(p) for p in parts)
    return (f"{year:04d}-{month:02d}-{day:02d}",) if 1 <= month <= 12 and 1 <= day <= 31 else ()


def _numeric_day_range(first: str, last: str, month: str, year: str) -> tuple[str, ...]:
    """``1.–2. 1. 2000`` → ``2000-01-01/2000-01-02``: a numeric day range is always day first."""
    start, end = _numeric((_full_year(year), month, first)), _numeric((_full_year(year), month, last))
    return (f"{start[0]}/{end[0]}",) if start and end and int(last) > int(first) else ()


def _full_year(year: str) -> str:
    return year if len(year) == 4 else str((2000 if int(year) < TWO_DIGIT_YEAR_PIVOT else 1900) + int(year))


def _numeric_unordered(a: str, b: str, year: str, data: LocaleData) -> tuple[str, ...]:
    """``03/04/2023``: day and month in the locale's order first, the swapped reading as an alternative."""
    full_year = _full_year(year)
    day_first = (full_year, b, a)
    month_first = (full_year, a, b)
    orders = (month_first, day_first) if data.numeric_order.startswith("M") else (day_first, month_first)
    return tuple(dict.fromkeys(v for order in orders for v in _numeric(order)))


def date_fields(value: str) -> tuple[str, str, str]:
    """``2023-03`` → ``("2023", "03", "")``, ``--03-14`` → ``("", "03", "14")``."""
    if value.startswith("--"):
        month, _, day = value[2:].partition("-")
        return "", month, day
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    return year, month, day


_WORD = regex.compile(r"\p{L}+\.?")


def month_named(month: int, text: str, language: str) -> bool:
    """Whether a word of ``text`` names ``month`` (1–12) in ``language`` or English, in any form or case."""
    words = _WORD.findall(text)
    return any(_month_number(word, locale_data(code)) == month for code in dict.fromkeys((language, "en")) for word in words)


def weekday_named(text: str, language: str) -> bool:
    """Whether a word of ``text`` is a day of the week (CLDR's wide names in ``language`` or English, their stems
    where the language declines them: ``samedi``, ``szombati``, ``sobotę``)."""
    words = [fold(w) for w in _WORD.findall(text)]
    return any(word.startswith(stem) for word in words for stem in _weekday_stems(language))


@functools.cache
def _weekday_stems(language: str) -> tuple[str, ...]:
    stems: set[str] = set()
    for code in dict.fromkeys((language, "en")):
        try:
            locale = Locale.parse(normalize_language(code))
        except (ValueError, UnknownLocaleError):
            continue
        for context in ("format", "stand-alone"):
            for name in locale.days.get(context, {}).get("wide", {}).values():
                folded = fold(name)
                stems.add(folded if len(folded) <= WEEKDAY_STEM else folded[: max(WEEKDAY_STEM, len(folded) - 2)])
    return tuple(sorted(stems))


WEEKDAY_STEM = 5
"""Letters a weekday's stem keeps at least: ``szomba-ti``, ``sobot-ę``; a shorter name is matched whole."""


@functools.cache
def _numbered_month_regex(language: str) -> regex.Pattern[str] | None:
    """Dates of a language whose months are numbers with a mark (Japanese and Chinese ``2010年12月10日``, Korean
    ``2010년 12월 10일``): the marks of year, month and day from CLDR's long date pattern and month names, spaces
    between the parts allowed (text layers put them there: ``2010 년 11 월 9 일``); None for other languages."""
    try:
        locale = Locale.parse(normalize_language(language))
    except (ValueError, UnknownLocaleError):
        return None
    december = str(locale.months.get("format", {}).get("wide", {}).get(12, ""))
    if not december.startswith("12") or not december[2:]:
        december = str(locale.months.get("format", {}).get("abbreviated", {}).get(12, ""))
    if not december.startswith("12") or not december[2:]:
        return None
    marks: dict[str, str] = {}
    tokens = tokenize_pattern(locale.date_formats["long"].pattern)
    for (kind, value), following in zip(tokens, tokens[1:], strict=False):
        if kind == "field" and isinstance(value, tuple) and following[0] == "chars" and isinstance(following[1], str):
            marks.setdefault(value[0], following[1].strip())
    if tokens and tokens[-1][0] == "field" and isinstance(tokens[-1][1], tuple) and tokens[-1][1][0] == "d":
        return None  # the day has no mark after it
    year, day, month = marks.get("y"), marks.get("d"), december[2:].strip()
    if not (year and day):
        return None
    gap = r"[ \u00a0]{0,2}"
    month_day = rf"(?P<m>1[0-2]|0?[1-9]){gap}{regex.escape(month)}(?:{gap}(?P<d>3[01]|[12][0-9]|0?[1-9]){gap}{regex.escape(day)})?"
    return regex.compile(
        rf"(?<![0-9])(?:(?P<y>(?:1[89]|2[0-9])[0-9]{{2}}){gap}{regex.escape(year)}{gap})?{month_day}"
    )


def _numbered_month_dates(text: str, pattern: regex.Pattern[str]) -> Iterator[Candidate]:
    for match in pattern.finditer(text):
        year, month, day = match.group("y"), int(match.group("m")), match.group("d")
        if year is None and day is None:
            continue  # "12月" alone is a month without a year: too little to compare
        value = _iso(year, month, day) if day else f"{year}-{month:02d}"
        yield Candidate(Tier.DATE, EntityKind.DATE, match.group(), match.start(), match.end(), value)
