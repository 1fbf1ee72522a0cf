"""How one language writes numbers, money, dates and times — read from CLDR through babel, once.

``locale_data(language)`` gathers, per language and cached for the life of
the process, every locale fact the finders need: decimal and group symbols,
month names (format and stand-alone, wide and abbreviated), the literal words
of the locale's own date patterns (``г.``, ``m.``, ``d.``, ``de``, ``gada``),
the order of day, month and year, compact-number words (``млн.``, ``mln.``,
``Mio.``), currency symbols, codes and names, percent words, and the words
for a.m./p.m. English is always merged in: newsletters quote English freely.

Where CLDR lacks a form real newsletters use, a small named table below adds
it (``COMPACT_VARIANTS``, ``DATE_WORD_VARIANTS``, ``EXTRA_DOT_ORDINAL_LANGUAGES``).
"""

from __future__ import annotations

import datetime
import functools
import os.path
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from babel import Locale
from babel.core import get_global
from babel.dates import get_period_id, tokenize_pattern
from babel.numbers import format_decimal, get_currency_name, get_territory_currencies
from babel.units import UnknownUnitError, format_unit

from ..language_codes import normalize_language_code

FALLBACK_LANGUAGE = "en"
UNDETERMINED = "und"

SPACE_LIKE = " \u00a0\u202f\u2009"
WORD_SPACES = (" ", "\u00a0", "\u202f")
"""Characters that group digits in locales whose CLDR group symbol is a space."""

CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY",
    "BGN", "CZK", "DKK", "HUF", "PLN", "RON", "SEK", "NOK", "ISK", "TRY", "CAD", "AUD",
)  # fmt: skip
"""Currencies recognised by symbol and name, in order of precedence when a symbol is shared
(the language's own territory's currency goes first: ``kr`` is SEK in Swedish, DKK in Danish)."""

COMPACT_VARIANTS: Mapping[str, int] = MappingProxyType({"bn": 9, "mn": 6, "tn": 12, "mio": 6, "mrd": 9, "mld": 9})
"""Compact words real newsletters write that CLDR's English lacks (``£2.8bn``, ``€5mn``)."""

REGIONAL_VARIANTS: Mapping[str, tuple[str, ...]] = MappingProxyType({"pt": ("pt_PT",)})
"""Regional CLDR locales whose scale words a language's editions use too: European Portuguese writes
``2,8 mil milhões`` (a billion) where CLDR's default Brazilian Portuguese writes ``2,8 bilhões``."""

ATTACHED_ONLY_COMPACT: Mapping[str, int] = MappingProxyType({"m": 6, "k": 3})
"""One-letter magnitudes that count only glued to an amount of money (``€5m``, ``£20k``)."""

DATE_WORD_VARIANTS: Mapping[str, tuple[str, ...]] = MappingProxyType({"en": ("of",), "bg": ("год",), "lv": ("g",)})
"""Words written between the parts of a date that the locale's CLDR patterns do not show."""

EXTRA_DOT_ORDINAL_LANGUAGES = frozenset({"pl", "sv", "nb", "no", "is"})
"""Languages that write ordinals as ``20.`` though their CLDR date patterns do not show ``d.``."""

REGIONAL_ENGLISH = ("en_GB", "en_CA")
"""English locales whose words every language reads too: ``12 per cent``, ``9 am`` (en_GB), ``9 a.m.`` (en_CA),
where CLDR's default English writes ``percent`` and ``AM``."""

PERCENT_VARIANTS = ("proc.",)
"""Polish, Lithuanian, Czech and Slovak news write ``40 proc.``, which CLDR lists for none of them."""

PLURAL_SAMPLES = (0, 1, 2, 3, 5, 6, 7, 11, 21, 22, 100, 101, 1_000_000, Decimal("0.5"), Decimal("1.5"))
"""A count in every plural category of every language (Welsh ``many`` needs 6, Irish 7, Lithuanian a fraction), so
that babel's one-form-per-count answers give every plural form of a name."""


@dataclass(frozen=True, slots=True)
class LocaleData:
    """Everything the entity finders know about one language, from CLDR.

    Word tables are keyed by ``fold(word)`` (accents dropped, case folded,
    no trailing dot); each ``*_spellings`` tuple holds the lower-case
    spellings, with and without accents, that a case-insensitive regex should
    look for, longest first. One-letter compact words (``M``, ``K``, ``k``)
    keep their CLDR case: ``5 M`` is five million, ``5 m`` five metres.
    """

    language: str
    script: str
    region: str
    decimal: str
    group: str
    space_grouping: bool
    months: Mapping[str, int]
    month_spellings: tuple[str, ...]
    month_stems: Mapping[str, int]
    month_stem_spellings: tuple[str, ...]
    wide_months: frozenset[str]
    date_words: tuple[str, ...]
    text_orders: frozenset[str]
    numeric_order: str
    dot_ordinals: bool
    compact: Mapping[str, tuple[int, bool]]
    compact_spellings: tuple[str, ...]
    compact_dotted: frozenset[str]
    compact_stems: Mapping[str, int]
    compact_stem_patterns: tuple[str, ...]
    currency_symbols: Mapping[str, str]
    currency_words: Mapping[str, str]
    currency_spellings: tuple[str, ...]
    percent_spellings: tuple[str, ...]
    am_spellings: tuple[str, ...]
    pm_spellings: tuple[str, ...]
    day_periods: Mapping[str, frozenset[int]]
    day_period_spellings: tuple[str, ...]
    time_separators: str

    def compact_exponent(self, word: str) -> tuple[int, bool] | None:
        """``"млн."`` → ``(6, True)``: the power of ten a compact word stands for, and whether CLDR spaces it
        (in a language that glues case endings on, the word may carry one: ``milliónál``)."""
        key = word.rstrip(".")
        found = self.compact.get(key if len(key) == 1 else fold(key))
        if found is None and self.agglutinative and len(key) > 1:
            return self.compact.get(without_ending(fold(key), self.compact))
        if found is None and self.compact_stems and len(key) > 1:
            folded = fold(key)
            for stem, exponent in self.compact_stems.items():
                if folded.startswith(stem) and len(folded) - len(stem) <= INFLECTION:
                    return exponent, True
        return found

    @property
    def agglutinative(self) -> bool:
        """Whether the language glues case endings onto names and numbers (``dollárt``, ``szeptemberében``)."""
        return self.language in AGGLUTINATIVE


AGGLUTINATIVE = frozenset({"hu", "fi", "et", "tr"})
"""Languages that glue case endings onto names, units and numbers (``2017 szeptemberében``, ``142 milliós``,
``dollárért``): a word the tables know may carry up to ``MAX_ENDING`` letters more. CLDR does not say which."""

MAX_ENDING = 6

DECLINING = frozenset({"cs", "sk", "pl", "sl", "hr", "sr", "bs", "bg", "mk", "ru", "uk", "be", "lt", "lv", "el"})
"""Languages that decline a scale word in every case (Czech ``142 milionům``, Lithuanian ``milijonams``, Greek
``εκατομμυρίων``), where CLDR lists only its plural forms. Elsewhere a longer word is another one (French
``milles`` are miles, not thousands)."""
INFLECTION = 5
MIN_COMPACT_STEM = 5
"""In a ``DECLINING`` language, the start all CLDR forms of a scale word share (``milijon`` of ``milijonas``,
``milijonų``), when this long, stands for the word with an ending of up to ``INFLECTION`` letters (Czech
``60 miliardového``, an adjective)."""


def without_ending(key: str, table: Mapping[str, object], longest: int = MAX_ENDING) -> str:
    """The longest start of a folded word that ``table`` knows, if what is left is an ending; else ``key``."""
    for cut in range(1, longest + 1):
        if len(key) - cut >= 3 and key[:-cut] in table:
            return key[:-cut]
    return key


def fold(text: str) -> str:
    """Case- and accent-insensitive key: ``Μαρτίου`` and ``ΜΑΡΤΙΟΥ`` fold alike."""
    return strip_accents(text).casefold()


@functools.cache
def _accented() -> dict[str, str]:
    """Each lower-case letter of the Latin, Greek and Cyrillic blocks → all letters that fold to it."""
    letters: dict[str, set[str]] = {}
    for code in (*range(0x61, 0x7B), *range(0xE0, 0x250), *range(0x370, 0x400), *range(0x400, 0x530)):
        char = chr(code)
        if char.isalpha() and char.islower():
            base = fold(char)
            if len(base) == 1:
                letters.setdefault(base, {base}).add(char)
    return {base: "".join(sorted(chars)) for base, chars in letters.items()}


def accent_insensitive(word: str) -> str:
    """A regex source matching ``word`` (folded) with any accents on its letters: ``milion`` matches ``milión``."""
    table = _accented()
    return "".join(f"[{re.escape(table[c])}]" if len(table.get(c, "")) > 1 else re.escape(c) for c in word)


def strip_accents(text: str) -> str:
    """``märz`` → ``marz``; ``τοις εκατό`` → ``τοις εκατο`` (case kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def spellings(words: Iterable[str]) -> tuple[str, ...]:
    """Lower-case spellings of ``words`` with and without accents and trailing dot, longest first.

    A name of several words (``mil M``, ``Meán Fómhair``) is spelt with each of
    ``WORD_SPACES`` between its words, as CLDR and PDF text write them.
    """
    found: set[str] = set()
    for word in words:
        lower = word.lower().rstrip(".").replace("\u202f", " ").replace("\u00a0", " ")
        for spelling in {lower, strip_accents(lower)} - {""}:
            found.update(spelling.replace(" ", space) for space in WORD_SPACES)
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def normalize_language(language: str) -> str:
    """``"bg-BG"``, ``"BG"``, ``"pt_BR"`` → ``"bg"``, ``"pt"`` as ``extract`` reads a language; else English.

    ``und`` (an edition whose language was not detected) stays: CLDR's root data reads it.
    """
    if language == UNDETERMINED:
        return language
    return normalize_language_code(language) or FALLBACK_LANGUAGE


@functools.cache
def locale_data(language: str) -> LocaleData:
    """The CLDR facts of ``language`` (any spelling ``normalize_language`` accepts), built once."""
    code = normalize_language(language)
    if code != language:
        return locale_data(code)
    own = Locale.parse(code)
    english = Locale.parse(FALLBACK_LANGUAGE)
    locales = (own,) if code == FALLBACK_LANGUAGE else (own, english)
    _, script, region = _likely_subtags(code)
    symbols = own.number_symbols.get("latn", own.number_symbols)
    group = symbols.get("group", ",")
    month_names = _month_names(locales)
    patterns = _date_patterns(own)
    compact = _compact_words(locales, tuple(Locale.parse(r) for r in REGIONAL_VARIANTS.get(code, ())))
    currency_symbols, currency_names = _currency_tables(locales, region)
    am, pm = _day_period_words(own)
    periods = _flexible_day_periods(own)
    stems = _compact_stems(own) if code in DECLINING else {}
    return LocaleData(
        language=code,
        script=script,
        region=region,
        decimal=symbols.get("decimal", "."),
        group=group,
        space_grouping=group in SPACE_LIKE,
        months=MappingProxyType({fold(n).rstrip("."): m for n, (m, _) in reversed(month_names.items())}),
        month_spellings=spellings(month_names),
        month_stems=MappingProxyType({fold(stem): m for stem, m in _month_stems(own).items()}),
        month_stem_spellings=spellings(_month_stems(own)),
        wide_months=frozenset(fold(n) for n, (_, wide) in month_names.items() if wide),
        date_words=spellings(_date_words(patterns, code)),
        text_orders=frozenset(_text_orders(patterns)),
        numeric_order=_field_order(own.date_formats["short"].pattern) or "DMY",
        dot_ordinals=_writes_dot_ordinals(own, code),
        compact=MappingProxyType({(w if len(w) == 1 else fold(w)): v for w, v in reversed(compact.items())}),
        compact_spellings=tuple(
            sorted({w if len(w) == 1 else s for w in compact for s in spellings([w])}, key=lambda w: (-len(w), w))
        ),
        compact_dotted=frozenset(fold(w) for w in _dotted_compact_words(locales)),
        compact_stems=MappingProxyType(stems),
        compact_stem_patterns=tuple(accent_insensitive(stem) for stem in stems),
        currency_symbols=MappingProxyType(currency_symbols),
        currency_words=MappingProxyType({fold(n): c for n, c in reversed(currency_names.items())}),
        currency_spellings=spellings(currency_names),
        percent_spellings=spellings([*_percent_words((*locales, *_regional_english())), *PERCENT_VARIANTS]),
        am_spellings=spellings(am),
        pm_spellings=spellings(pm),
        day_periods=MappingProxyType({fold(w): hours for w, hours in periods.items()}),
        day_period_spellings=spellings(periods),
        time_separators=":" + ("." if "." in _time_separator(own) else ""),
    )


def _likely_subtags(code: str) -> tuple[str, str, str]:
    likely = get_global("likely_subtags").get(code, f"{code}_Latn_US")
    parts = likely.split("_")
    script = next((p for p in parts[1:] if len(p) == 4), "Latn")
    region = next((p for p in parts[1:] if len(p) == 2 and p.isupper()), "")
    return parts[0], script, region


def _spellings(table: Mapping[str, object]) -> tuple[str, ...]:
    """Folded keys, longest first, so that a regex alternative list prefers ``marca`` to ``mar``."""
    return tuple(sorted(table, key=lambda w: (-len(w), w)))


MONTH_VARIANTS = {"en": {"Sept": 9}}
"""Month abbreviations newsrooms write that CLDR lacks (AP style ``Sept. 30``)."""

MIN_MONTH_STEM = 4
"""Letters a declined month's stem needs: ``marc-u`` is March, ``mar-zenie`` (a dream) is not."""


def _month_stems(locale: Locale) -> dict[str, int]:
    """Stems of the months a language declines (format ≠ stand-alone): the genitive less its ending and the
    stem it shares with the nominative (``czerwca``/``czerwiec`` → ``czerwc``), as written, so that the cases
    CLDR does not list (locative ``czerwcu``, accusative ``rugsėjį``, ``Σεπτέμβριο``) read as that month."""
    stems: dict[str, int] = {}
    wide = {context: locale.months.get(context, {}).get("wide", {}) for context in ("format", "stand-alone")}
    for number, name in wide["format"].items():
        alone = wide["stand-alone"].get(number, name)
        if locale.language in AGGLUTINATIVE:
            stems.setdefault(name.lower(), number)  # szeptember-ében, január-jában
            continue
        if fold(alone) == fold(name):
            continue
        shared = os.path.commonprefix([name.lower(), alone.lower()])
        for stem in (name.lower()[:-1], shared if len(shared) > MIN_MONTH_STEM else ""):
            if len(stem) >= MIN_MONTH_STEM:
                stems.setdefault(stem, number)
    return stems


def _month_names(locales: tuple[Locale, ...]) -> dict[str, tuple[int, bool]]:
    """Month names as CLDR spells them (format and stand-alone, wide and abbreviated) → (month, is wide)."""
    names: dict[str, tuple[int, bool]] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months.get(context, {}).get(width, {}).items():
                    if len(name.rstrip(".")) >= 3 and not name[:1].isdigit():
                        names.setdefault(name, (number, width == "wide"))
        for name, number in MONTH_VARIANTS.get(locale.language, {}).items():
            names.setdefault(name, (number, False))
    return names


def _date_patterns(locale: Locale) -> list[str]:
    patterns = [locale.date_formats[length].pattern for length in ("full", "long", "medium", "short")]
    skeletons = ("yMMMd", "yMMMMd", "MMMd", "MMMMd", "yMMM", "yMMMM", "yMd", "yMMMEd", "MMMEd")
    patterns += [locale.datetime_skeletons[s].pattern for s in skeletons if s in locale.datetime_skeletons]
    return patterns


def _date_words(patterns: list[str], code: str) -> set[str]:
    """Literal words of the date patterns (``г``, ``m``, ``d``, ``de``, ``gada``, ``ta’``), folded, dots dropped."""
    words: set[str] = set(DATE_WORD_VARIANTS.get(code, ()))
    for pattern in patterns:
        for kind, value in tokenize_pattern(pattern):
            if kind != "chars" or not isinstance(value, str):
                continue
            for word in value.replace(",", " ").split():
                if any(c.isalpha() for c in word):
                    words.add(word.strip("."))
    return words


def _field_order(pattern: str) -> str:
    """``"d MMMM y 'г'."`` → ``"DMY"``: the order of day, month and year in a pattern."""
    order = ""
    for kind, value in tokenize_pattern(pattern):
        letter = {"d": "D", "M": "M", "L": "M", "y": "Y"}.get(value[0]) if kind == "field" else None
        if letter and letter not in order:
            order += letter
    return order


def _text_orders(patterns: list[str]) -> set[str]:
    """The orders of day, month and year in the locale's patterns that spell the month out."""
    orders = {"DMY", "MY"}
    for pattern in patterns:
        fields = [v for k, v in tokenize_pattern(pattern) if k == "field" and isinstance(v, tuple)]
        if any(f[0] in "ML" and f[1] >= 3 for f in fields):
            order = _field_order(pattern)
            orders.add(order)
            if "D" in order:
                orders.add(order.replace("Y", ""))
    return orders


def _writes_dot_ordinals(locale: Locale, code: str) -> bool:
    """``20.`` is an ordinal where the locale's long date writes the day as ``d.`` (de, cs, fi, …)."""
    if code in EXTRA_DOT_ORDINAL_LANGUAGES:
        return True
    tokens = tokenize_pattern(locale.date_formats["long"].pattern)
    for (kind, value), nxt in zip(tokens, tokens[1:], strict=False):
        if kind == "field" and value[0] == "d" and nxt[0] == "chars" and isinstance(nxt[1], str) and nxt[1].startswith("."):
            return True
    return False


def _compact_words(locales: tuple[Locale, ...], regional: tuple[Locale, ...] = ()) -> dict[str, tuple[int, bool]]:
    """Compact-number words (``млн.`` → 6, ``Mio.`` → 6) and whether CLDR puts a space before them; of the
    ``regional`` variants only the long words (European Portuguese ``mM`` would make ``10 mm`` ten billion)."""
    words: dict[str, tuple[int, bool]] = {}
    for locale in (*locales, *regional):
        for formats in (locale.compact_decimal_formats, locale.compact_currency_formats):
            for length in ("short", "long") if locale in locales else ("long",):
                if length not in formats:
                    continue
                for forms in formats[length].values():
                    for magnitude, pattern in forms.items():
                        _add_compact_word(words, pattern.pattern, len(magnitude) - 1)
    for word, exponent in COMPACT_VARIANTS.items():
        words.setdefault(word, (exponent, True))
    return words


def _compact_stems(locale: Locale) -> dict[str, int]:
    """Folded start shared by all of a language's long forms of one scale word → its power of ten."""
    forms: dict[int, set[str]] = {}
    for length in ("long",):
        for magnitude_forms in locale.compact_decimal_formats.get(length, {}).values():
            for magnitude, pattern in magnitude_forms.items():
                found: dict[str, tuple[int, bool]] = {}
                _add_compact_word(found, pattern.pattern, len(magnitude) - 1)
                for word, (exponent, _) in found.items():
                    if word.isalpha():
                        forms.setdefault(exponent, set()).add(fold(word))
    stems = {}
    for exponent, words in forms.items():
        stem = os.path.commonprefix(sorted(words))
        if len(stem) >= MIN_COMPACT_STEM:
            stems[stem] = exponent
    return dict(sorted(stems.items(), key=lambda item: (-len(item[0]), item[0])))


def _dotted_compact_words(locales: tuple[Locale, ...]) -> set[str]:
    """The compact words CLDR writes as an abbreviation with a dot (Czech ``mil.``, Bulgarian ``млн.``): without
    its dot such a word may be another one (Czech ``130 mil`` is 130 miles)."""
    dotted: set[str] = set()
    for locale in locales:
        for formats in (locale.compact_decimal_formats, locale.compact_currency_formats):
            for forms in formats.get("short", {}).values():
                for pattern in forms.values():
                    text = pattern.pattern.split(";")[0].replace("'", "").replace("¤", "").strip("0" + SPACE_LIKE)
                    if len(text) > 2 and text.endswith(".") and text[:-1].isalpha():
                        dotted.add(text[:-1])
    return dotted


def _add_compact_word(words: dict[str, tuple[int, bool]], pattern: str, exponent: int) -> None:
    pattern = pattern.split(";")[0].replace("'", "")
    zeros = pattern.count("0")
    if not zeros or exponent < 3:
        return
    head, _, tail = pattern.partition("0" * zeros)
    text = (head + tail).replace("¤", "").strip().rstrip(".")
    spaced = tail[:1].isspace() or head[-1:].isspace()
    if text and not any(c.isdigit() for c in text):
        words.setdefault(text, (exponent - (zeros - 1), spaced))


def _currency_tables(locales: tuple[Locale, ...], region: str) -> tuple[dict[str, str], dict[str, str]]:
    """Symbols and codes as written (``€``, ``лв.``, ``EUR``), and currency names and nouns (``евро``, ``svarų``)."""
    first = _territory_currencies(region)[:1]
    ordered = list(dict.fromkeys([*first, *CURRENCIES]))
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    for locale in locales:
        nouns = _currency_nouns(locale)
        for code in ordered:
            symbols.setdefault(code, code)
            symbol = locale.currency_symbols.get(code)
            if symbol and symbol != code:
                symbols.setdefault(symbol, code)
                symbols.setdefault(symbol.rstrip("."), code)
            for name in _currency_names(locale, code):
                words.setdefault(name, code)
                for word in _name_words(name):
                    if fold(word) in nouns:
                        words.setdefault(word, code)
    return symbols, words


def _name_words(name: str) -> list[str]:
    """The words of a currency name, a hyphen parting them too: ``US-Dollar``, ``USA-dollár`` hold ``Dollar``, so a
    bare dollar is the US one (listed before CAD) and not the first other country's that writes it apart."""
    return [w for w in re.split(r"[\s\-]+", name) if w]


def _territory_currencies(region: str) -> list[str]:
    try:
        return list(get_territory_currencies(region)) if region else []
    except Exception:  # babel raises a bare Exception for a territory it does not know
        return []


def _currency_names(locale: Locale, code: str) -> list[str]:
    """The currency's name and its plural forms (babel answers with the code itself where it has no name)."""
    names = (locale.currencies.get(code, ""), *(get_currency_name(code, n, locale) for n in _plural_samples(locale)))
    return [n for n in dict.fromkeys(names) if n and n != code]


@functools.cache
def _plural_samples(locale: Locale) -> tuple[int | Decimal, ...]:
    """The first of ``PLURAL_SAMPLES`` in each of ``locale``'s plural forms: babel words a count by its form alone, so
    the others give the same words again (a language has two to six forms; asking all 15 made ``locale_data`` 3×
    slower)."""
    forms: dict[str, int | Decimal] = {}
    for count in PLURAL_SAMPLES:
        try:
            form = locale.plural_form(count)
        except (OverflowError, ValueError):  # as babel's get_currency_name takes them
            form = "other"
        forms.setdefault(form, count)
    return tuple(forms.values())


def _currency_nouns(locale: Locale) -> frozenset[str]:
    """Words naming a kind of money, not a country: those shared by currencies of two countries or more.

    ``pound`` (GBP, EGP, LBP…) and ``svarų`` qualify; ``British``, ``bulgarischer``
    and ``polskich`` (one country's historical currencies only) do not.
    """
    countries: dict[str, set[str]] = {}
    for code in locale.currencies:
        if not isinstance(code, str):
            continue
        for name in _currency_names(locale, code):
            for word in _name_words(name):
                countries.setdefault(fold(word), set()).add(code[:2])
    return frozenset(w for w, c in countries.items() if len(c) >= 2 and len(w) >= 4 and w.isalpha())


def _percent_words(locales: tuple[Locale, ...]) -> set[str]:
    """CLDR's words for per cent, every width and plural form, and the stem a language's forms share
    (``procentai``/``procentas`` → ``procent``, which ``procentų`` starts with)."""
    words: set[str] = set()
    for locale in locales:
        own: set[str] = set()
        for width in ("long", "short", "narrow"):
            for count in _plural_samples(locale):
                try:
                    written = format_unit(count, "concentr-percent", width, locale=locale)
                except UnknownUnitError:
                    break
                word = written.replace(format_decimal(count, locale=locale), "").strip()
                if any(c.isalpha() for c in word):
                    own.add(word)
        single = sorted(w.lower() for w in own if w.isalpha())
        stem = os.path.commonprefix(single) if len(single) > 1 else ""
        words |= own | ({stem} if len(stem) >= 6 else set())
    return words


def _day_period_words(locale: Locale) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Spellings of a.m. and p.m.: the locale's own and regional English's (any width, one letter left out)."""
    am: set[str] = set()
    pm: set[str] = set()
    for source in (locale, *_regional_english()):
        for width in ("abbreviated", "wide", "narrow"):
            periods = source.day_periods.get("format", {}).get(width, {})
            for key, target in (("am", am), ("pm", pm)):
                if len(periods.get(key, "")) > 1:
                    target.add(periods[key])
    return tuple(am), tuple(pm)


@functools.cache
def _regional_english() -> tuple[Locale, ...]:
    return tuple(Locale.parse(code) for code in REGIONAL_ENGLISH)


def _flexible_day_periods(locale: Locale) -> dict[str, frozenset[int]]:
    """CLDR's words for a part of the day said with a time (``de la tarde``, ``du soir``, ``délután``) → the
    hours of the 24-hour clock it covers in this locale, from CLDR's day-period rules."""
    hours: dict[str, set[int]] = {}
    for hour in range(24):
        try:
            period = get_period_id(datetime.time(hour, 30), locale=locale)
        except Exception:  # a locale without day-period rules
            return {}
        hours.setdefault(period, set()).add(hour)
    words: dict[str, set[int]] = {}
    for width in ("abbreviated", "wide"):
        for period, word in locale.day_periods.get("format", {}).get(width, {}).items():
            if period.rstrip("12") in FLEXIBLE_PERIODS and len(word.rstrip(".").replace(" ", "")) > 3 and period in hours:
                words.setdefault(word, set()).update(hours[period])
    return {word: frozenset(h) for word, h in words.items()}


FLEXIBLE_PERIODS = ("morning", "afternoon", "evening", "night")


def _time_separator(locale: Locale) -> str:
    pattern = locale.time_formats["short"].pattern
    return "".join(v for k, v in tokenize_pattern(pattern) if k == "chars" and isinstance(v, str) and v.strip() in {":", "."})
