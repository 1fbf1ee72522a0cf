"""Identifiers that survive translation unchanged: grants, calls, Erasmus+ projects, work packages, tasks, DOIs.

Values (upper-cased, spaces and line breaks that extraction put inside them removed):

- ``grant``: the digits after a number sign (``No``, ``№``, ``Nr.``, ``n.º``, ``Αρ.``… in
  ``NUMBER_SIGNS``) when there are six to nine of them, or a bare Horizon Europe
  number ``101…`` of nine digits: ``"101021801"``;
- ``call``: upper-case segments joined by hyphens, with letters and digits among
  them: ``"SU-FCT01-2018-2019-2020"``, ``"HORIZON-CL3-2021-FCT-01-01"``
  (``SU- FCT01- 2018-`` / ``2019-2020`` broken by extraction reads the same);
- ``erasmus``: ``"2020-1-HU01-KA202-078812"``;
- ``work-package``: ``"WP9"`` from ``WP9``, ``WP 9``, ``WP09``, ``work package 9`` and its translations;
- ``task``: ``"TASK 5.6"`` from ``Task 5.6``, ``T5.6``, ``Задача 5.6``, ``5.6 uždaviniui``;
- ``deliverable``: ``"D5.1"``;
- ``doi``: lower-cased, ``"10.1000/xyz123"``;
- ``custom``: a match of a pattern from the configuration (its ``id`` group if it has one).

Letters typed on a Cyrillic or Greek keyboard (``SU-FСT01-…`` with Cyrillic С)
are read through their Latin skeleton and flagged (``Entity.lookalike``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from ..model import EntityKind
from .locale_data import LocaleData, locale_data, spellings
from .lookalikes import imitation
from .resolve import Candidate, Tier

NUMBER_SIGNS = ("No", "No.", "Nr", "Nr.", "№", "N°", "Nº", "N.º", "n.º", "Núm.", "Nro", "Nru", "Αρ.", "Αριθ.", "br.",
                "č.", "št.", "Uimh.", "sz.", "n.", "GA")  # fmt: skip
"""Signs that introduce a grant agreement number across the EU languages (hand-written: CLDR has none)."""

TASK_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("task",), "bg": ("задач",), "lt": ("uždavin", "užduot", "užduoč"), "lv": ("uzdevum",), "et": ("ülesan",),
    "fi": ("tehtäv",), "de": ("aufgabe",), "nl": ("taak", "taken"), "fr": ("tâche",), "es": ("tarea",),
    "pt": ("tarefa",), "it": ("compit", "attività"), "ro": ("sarcin",), "pl": ("zadani",), "cs": ("úkol",),
    "sk": ("úloh",), "sl": ("nalog",), "hr": ("zadat",), "hu": ("feladat",), "el": ("εργασί",),
    "mt": ("kompitu",), "ga": ("tasc",), "sv": ("uppgift",), "da": ("opgave",),
}  # fmt: skip
"""Stems of the word "task" in the 24 EU languages; up to four more letters inflect them (``uždaviniui``)."""

WORK_PACKAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("work package",), "bg": ("работен пакет", "работния пакет"), "lt": ("darbo paket",),
    "lv": ("darba paket",), "et": ("tööpakett",), "fi": ("työpaket",), "de": ("arbeitspaket",),
    "nl": ("werkpakket",), "fr": ("lot de travail",), "es": ("paquete de trabajo",), "pt": ("pacote de trabalho",),
    "it": ("pacchetto di lavoro",), "ro": ("pachet de lucru", "pachetul de lucru"), "pl": ("pakiet robocz",),
    "cs": ("pracovní balíč",), "sk": ("pracovný balík",), "sl": ("delovni sveženj",), "hr": ("radni paket",),
    "hu": ("munkacsomag",), "el": ("πακέτο εργασίας",), "mt": ("pakkett ta' xogħol",), "ga": ("pacáiste oibre",),
    "sv": ("arbetspaket",), "da": ("arbejdspakke",),
}  # fmt: skip
"""Stems of "work package" in the 24 EU languages, before the package number."""

_BREAK = r"[ \t\u00a0]{0,2}(?:\r?\n[ \t]{0,3})?"
_GRANT_DIGITS = regex.compile(r"(?<![\p{L}\p{N}.,])[0-9]{6,9}(?![0-9])")
_SIGNS = frozenset(variant for s in NUMBER_SIGNS for variant in (s, s.lower(), s.upper()))
SIGN_LOOKBACK = 12
_CALL = regex.compile(rf"(?<![\w-])[A-Z][A-Z0-9]{{0,14}}+(?:-{_BREAK}[A-Z0-9]{{1,15}}+){{2,12}}(?![\w])")
_ERASMUS = regex.compile(
    rf"(?<![\w-])[0-9]{{4}}-{_BREAK}[0-9]-{_BREAK}[A-Z]{{2}}[0-9]{{2}}-{_BREAK}KA[0-9]{{3}}"
    rf"(?:-{_BREAK}[A-Z]{{2,5}})?-{_BREAK}[0-9]{{6,9}}(?![\w])"
)
_CODES = regex.compile(
    r"(?<![\w.])(?:WP[ \u00a0-]?(?P<wp>[0-9]{1,2})(?![0-9])"
    r"|T(?P<task>[0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{1,2})?)(?![0-9])"
    r"|D(?P<deliverable>[0-9]{1,2}\.[0-9]{1,2})(?![0-9]))(?![\w])"
)
_DOI = regex.compile(r"(?<![\w/])(?i:doi:[ ]?)?10\.[0-9]{4,9}/[^\s\"<>]{1,300}")
_DOI_PREFIX = regex.compile(r"(?i)^doi:\s?")
_SPACES = regex.compile(r"\s+")


_NUMBER_AFTER_WORD = regex.compile(r"(?<=\p{L}[ \u00a0\u202f\u2009]{1,2})[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}+(?![0-9]|\.[0-9]|[\p{L}])")
_DOTTED_BEFORE_WORD = regex.compile(r"(?<![\p{L}\p{N}.])[0-9]{1,2}(?:\.[0-9]{1,2}){1,2}+(?=[ \u00a0\u202f\u2009]{1,2}\p{L})")
_WORDS = regex.compile(r"\p{L}+")
INFLECTION = 4
"""How many letters may follow a task or work-package stem (``uždavin`` + ``iui``)."""
WORD_LOOKBACK = 40
"""How far before a task or work-package number its words are looked for."""


@functools.cache
def _stems(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lower-case task and work-package stems of the language and English, with and without accents."""
    code = locale_data(language).language
    tasks = spellings(TASK_WORDS["en"] + TASK_WORDS.get(code, ()))
    packages = spellings(WORK_PACKAGE_WORDS["en"] + WORK_PACKAGE_WORDS.get(code, ()))
    return tasks, packages


@functools.cache
def _stem_heads(language: str) -> tuple[str, ...]:
    """The first word of every task and work-package stem: a text with none of them names no code by a word."""
    tasks, packages = _stems(language)
    return tuple(sorted({stem.split()[0] for stem in (*tasks, *packages)}))


def _stem_of(words: str, stems: tuple[str, ...]) -> bool:
    """``uždaviniui`` is ``uždavin`` + three letters of inflection; ``uždavinių sąrašas`` is not."""
    key = " ".join(words.lower().split())
    return key.startswith(stems) and any(key.startswith(s) and len(key) - len(s) <= INFLECTION for s in stems)


def _word_codes(text: str, data: LocaleData) -> Iterator[Candidate]:
    """``Task 5.6``, ``Задача 5.6``, ``5.6 uždaviniui``, ``work package 9``: codes named by a word of the language."""
    heads = _stem_heads(data.language)
    lowered = text.lower()
    if not any(head in lowered for head in heads):
        return
    tasks, packages = _stems(data.language)
    for match in _NUMBER_AFTER_WORD.finditer(text):
        window = max(0, match.start() - WORD_LOOKBACK)
        before = text[window : match.start()].lower()
        if not any(head in before for head in heads):
            continue
        words = list(_WORDS.finditer(text, window, match.start()))[-3:]
        for count in range(1, len(words) + 1):
            first = words[-count]
            phrase = text[first.start() : words[-1].end()]
            if count == 1 and _stem_of(phrase, tasks):
                yield _code(text, first.start(), match.end(), f"TASK {match.group()}", "task")
                break
            if "." not in match.group() and _stem_of(phrase, packages):
                yield _code(text, first.start(), match.end(), f"WP{int(match.group())}", "work-package")
                break
    for match in _DOTTED_BEFORE_WORD.finditer(text):
        word = _WORDS.match(text, match.end() + (2 if text[match.end() + 1 : match.end() + 2].isspace() else 1))
        if word and _stem_of(word.group(), tasks):
            yield _code(text, match.start(), word.end(), f"TASK {match.group()}", "task")


def _code(text: str, start: int, end: int, value: str, subkind: str) -> Candidate:
    return Candidate(Tier.IDENTIFIER, EntityKind.IDENTIFIER, text[start:end], start, end, value, subkind=subkind)


@functools.cache
def compile_identifier_pattern(pattern: str) -> regex.Pattern[str]:
    """A configured identifier pattern, compiled once; ``ValueError`` naming the pattern if it is not a regex."""
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise ValueError(f"identifier pattern {pattern!r} is not a valid regular expression: {exc}") from None


CUSTOM_PATTERN_TIMEOUT = 1.0
"""Seconds a configured pattern may spend on one text before it is given up (a pattern may backtrack)."""


def find_identifiers(text: str, latin: str, data: LocaleData) -> Iterator[Candidate]:
    """Every built-in identifier in ``text``; ``latin`` is its look-alike skeleton (same offsets).

    Each of them has a digit ``0-9``; configured patterns are ``find_custom_identifiers``. A scan
    is skipped where the text lacks what every match of it has (a hyphen, ``KA``, ``10.``).
    """
    for match in _GRANT_DIGITS.finditer(text):
        start = _sign_before(text, match.start())
        if start is not None or (len(match.group()) == 9 and match.group().startswith("101")):
            start = match.start() if start is None else start
            yield _candidate(text, start, match.end(), match.group(), "grant", data)
    for match in _CALL.finditer(latin) if "-" in latin else ():
        value = _SPACES.sub("", match.group())
        segments = value.split("-")
        if len(value) >= 8 and any(c.isdigit() for c in value) and sum(s[:1].isalpha() for s in segments) >= 2:
            yield _candidate(text, match.start(), match.end(), value, "call", data)
    for match in _ERASMUS.finditer(latin) if "KA" in latin else ():
        yield _candidate(text, match.start(), match.end(), _SPACES.sub("", match.group()), "erasmus", data)
    for match in _CODES.finditer(latin) if "WP" in latin or "." in latin else ():
        if match.group("wp"):
            value, subkind = f"WP{int(match.group('wp'))}", "work-package"
        elif match.group("task"):
            value, subkind = f"TASK {match.group('task')}", "task"
        else:
            value, subkind = f"D{match.group('deliverable')}", "deliverable"
        yield _candidate(text, match.start(), match.end(), value, subkind, data)
    yield from _word_codes(text, data)
    for match in _DOI.finditer(text) if "10." in text else ():
        raw = match.group().rstrip(".,;:!?)]}'\"»”’")
        value = _DOI_PREFIX.sub("", raw).lower()
        start = match.start()
        yield Candidate(Tier.LINK, EntityKind.IDENTIFIER, raw, start, start + len(raw), value, subkind="doi")


def find_custom_identifiers(text: str, patterns: Sequence[str]) -> Iterator[Candidate]:
    """Matches of the configured identifier ``patterns``, in their order (subkind ``custom``)."""
    for pattern in patterns:
        yield from _custom(text, compile_identifier_pattern(pattern))


def _sign_before(text: str, start: int) -> int | None:
    """Where the number sign (``No``, ``№``, ``Nr.``) before the digits at ``start`` begins, if there is one."""
    window = text[max(0, start - SIGN_LOOKBACK) : start]
    bare = window.rstrip()
    if len(window) - len(bare) > 4:
        return None
    for size in range(min(len(bare), max(map(len, _SIGNS))), 0, -1):
        sign = bare[-size:]
        if sign in _SIGNS and (size == len(bare) or not bare[-size - 1].isalnum()):
            return start - (len(window) - len(bare)) - size
    return None


def _candidate(text: str, start: int, end: int, value: str, subkind: str, data: LocaleData) -> Candidate:
    raw = text[start:end]
    foreign = imitation(raw, data.script) or ""
    return Candidate(
        Tier.IDENTIFIER, EntityKind.IDENTIFIER, raw, start, end, value.upper(), subkind=subkind, lookalike=foreign
    )


def _custom(text: str, pattern: regex.Pattern[str]) -> Iterator[Candidate]:
    try:
        for match in pattern.finditer(text, timeout=CUSTOM_PATTERN_TIMEOUT):
            if match.end() <= match.start():
                continue
            group = "id" if "id" in pattern.groupindex and match.group("id") else 0
            value = _SPACES.sub("", match.group(group)).upper()
            start, end = match.span()
            yield Candidate(Tier.IDENTIFIER, EntityKind.IDENTIFIER, match.group(), start, end, value, subkind="custom")
    except TimeoutError:
        return
