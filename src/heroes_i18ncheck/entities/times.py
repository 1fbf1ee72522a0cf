"""Times of day: ``15:00``, ``15.00`` where the locale writes it so (fi, da), ``15h30``, ``3 p.m.`` → ``15:00``.

The hour-minute separator comes from the locale's short CLDR time pattern
(``:`` everywhere, ``.`` too in Finnish and Danish, where a dot cannot be a
decimal point); a dot also where the decimal mark is a comma (``19.30`` in
Polish or German) and before a day period anywhere (``5.30pm``); a.m./p.m.
words from CLDR day periods plus the English ones.
A bare ``am``/``pm`` outside English must be upper-case: German ``am`` is "on".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..model import EntityKind
from .guards import could_start
from .locale_data import LocaleData, fold, locale_data
from .resolve import Candidate, Tier


@functools.cache
def _time_regex(language: str) -> regex.Pattern[str]:
    data = locale_data(language)
    separators = regex.escape(data.time_separators + ".")
    guard = could_start([*data.am_spellings, *data.pm_spellings, *data.day_period_spellings])
    flexible = r"|(?P<part>(?i:\L<parts>))"
    period = guard + rf"(?:(?:(?P<am>(?i:\L<am>))|(?P<pm>(?i:\L<pm>)))\.?{flexible})(?!\p{{L}})"
    return regex.compile(
        rf"(?<![0-9.,:])(?P<h>[0-9][0-9]?+)"
        rf"(?:(?P<sep>[{separators}])(?P<m>[0-9]{{2}})(?:(?P=sep)(?P<s>[0-9]{{2}}))?(?![0-9]|[.,][0-9])"
        rf"(?:[ \u00a0\u202f]?{period})?"
        rf"|[ \u00a0\u202f]?{period}"
        r"|[ \u00a0]?h[ \u00a0]?(?P<hm>[0-9]{2})(?![0-9]))",
        am=list(data.am_spellings),
        pm=list(data.pm_spellings),
        parts=list(data.day_period_spellings) or ["\x00"],
    )


def find_times(text: str, data: LocaleData) -> Iterator[Candidate]:
    """Every time of day, as ``HH:MM`` (``HH:MM:SS`` when seconds are written) on a 24-hour clock."""
    for match in _time_regex(data.language).finditer(text):
        hour, minute = int(match.group("h")), match.group("m") or match.group("hm") or "00"
        if hour > 23 or int(minute) > 59 or int(match.group("s") or 0) > 59:
            continue
        start, end = match.start("h"), match.end()
        part = match.group("part")
        if not part and match.group("m") and not (match.group("am") or match.group("pm")):
            before = _part_before_regex(data.language).search(text, max(0, start - 30), start)
            if before:
                part, start = before.group("before"), before.start()
        period = match.group("am") or match.group("pm") or part or ""
        if match.group("sep") == "." and not _dot_is_a_clock(period, data, text, start):
            continue
        if period and not _period_counts(period, data):
            if not match.group("m"):
                continue
            period, end = "", match.end("s") if match.group("s") else match.end("m")
        if part:
            clock = _on_a_day_part(hour, part, data)
            if clock is None:
                if not match.group("m"):
                    continue
                start, end = match.start("h"), match.end("s") if match.group("s") else match.end("m")
            else:
                hour = clock
        elif period:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if match.group("pm") else 0)
        value = f"{hour:02d}:{minute}" + (f":{match.group('s')}" if match.group("s") else "")
        yield Candidate(Tier.AMOUNT, EntityKind.TIME, text[start:end], start, end, value)


@functools.cache
def _part_before_regex(language: str) -> regex.Pattern[str]:
    """A part of the day just before a time with minutes (Hungarian ``délután 5:30``)."""
    parts = list(locale_data(language).day_period_spellings) or ["\x00"]
    return regex.compile(r"(?<!\p{L})(?P<before>(?i:\L<parts>))[ \u00a0\u202f]\Z", parts=parts)


def _on_a_day_part(hour: int, part: str, data: LocaleData) -> int | None:
    """The 24-hour reading of ``hour`` said with a part of the day (``5.30 de la tarde`` → 17, ``délután 5:30``
    → 17, ``7 du matin`` → 7), from the hours CLDR gives that part; ``None`` if neither reading falls in it."""
    hours = data.day_periods.get(fold(part.rstrip(".")), frozenset()) or data.day_periods.get(fold(part), frozenset())
    readings = {hour % 24} if hour > 12 else {hour % 12, hour % 12 + 12}
    fitting = readings & hours
    return fitting.pop() if len(fitting) == 1 else None


def _dot_is_a_clock(period: str, data: LocaleData, text: str, start: int) -> bool:
    """``5.30pm`` in any language; ``19.30`` where CLDR writes the time so, or where a dot is neither the decimal
    point nor a group of three digits (Polish, German, Czech ``o 19.30``, ``19.30 Uhr``) — but not ``0.10`` nor a
    value after ``=`` (a table of decimals left in English notation), nor a journal's volume and issue before the
    year in brackets (``22.11 (1979)``)."""
    if period or "." in data.time_separators:
        return True
    if data.decimal == ".":
        return False
    hour = text[start : start + 2]
    if _CITED_YEAR.match(text, start):
        return False  # a journal's volume.issue before its year: "Communications of the ACM 22.11 (1979)"
    return not hour.startswith("0.") and not text[max(0, start - 3) : start].rstrip().endswith(("=", "<", ">", "±"))


_CITED_YEAR = regex.compile(r"[0-9]{1,2}\.[0-9]{2}[ \u00a0]?\((?:1[5-9]|20)[0-9]{2}\)")


def _period_counts(period: str, data: LocaleData) -> bool:
    """``am``/``pm`` without dots count in English, elsewhere only upper-case (``AM``)."""
    bare = period.replace(".", "").replace(" ", "")
    if data.language == "en" or "." in period or period.isupper():
        return True
    return len(bare) != 2 or bare.lower() not in {"am", "pm"}
