"""Numbers written as words, from ICU's spell-out rules: ``thirty-two`` = ``trente-deux`` = ``trzydzieści dwa`` = 32.

Words are not entities (``one`` in "one of the partners" is no count to compare);
they are evidence. ``spelled_out(value, text, language)`` tells whether a text
writes a value out, so a number one edition gives in digits and the other in
words is no difference. ICU (icu4py) spells every EU language — num2words lacks
Bulgarian, Greek, Lithuanian and Czech. Besides the cardinal, ICU's ordinal,
feminine and genitive rule sets are read (``dwunasty``, ``douăsprezece``,
``dwustu``), and words are matched by their stem, so declined forms and compounds
count: ``dwudziestoletni`` (20-year-old), ``dvaačtyřicetiletý`` (42-year-old),
``kétszázan`` (200 of them), ``nyolcvanas években`` (in the eighties).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import regex

from ..model import Entity, EntityKind
from .locale_data import fold, locale_data

MAX_SPELLED = 10_000
"""Every whole number up to this is looked for; beyond it, only numbers of at most ``ROUND_DIGITS`` significant digits."""
ROUND_DIGITS = 3

RULE_SETS = (
    "",
    "%spellout-ordinal",
    "%spellout-ordinal-masculine",
    "%spellout-ordinal-feminine",
    "%spellout-cardinal-feminine",
    "%spellout-cardinal-masculine-genitive",
)
"""ICU rule sets spelled: the default cardinal (``""``) and these (a name a language lacks falls back to its cardinal).
Each is slow for ICU to build, so only those whose stems differ: other genders and cases of the same
words share their stems (``czterdziesty``, ``czterdziestego``, ``czterdziestą``)."""

SMALL = 10
"""Up to this a number's word is short and common (``una``, ``dwa``): it must be read whole, never by its stem."""

_TOKEN = regex.compile(r"\p{L}+")
_CONNECTOR_LENGTH = 2
"""Words this short between the parts of a spelled number join them (``y``, ``e``, ``și``, ``и``)."""


@functools.cache
def _formats(language: str) -> tuple:
    """``language``'s spell-out formats, one per rule set; none where ICU (or the language) is missing."""
    try:
        from icu4py.messageformat import MessageFormat

        return tuple(MessageFormat(f"{{n, spellout,{name}}}" if name else "{n, spellout}", language) for name in RULE_SETS)
    except Exception:  # an ICU without the language, or no ICU: no word is read
        return ()


@functools.lru_cache(maxsize=8192)
def _forms(language: str, value: int) -> tuple[tuple[str, ...], ...]:
    """How ``language`` spells ``value``: each form as its words, folded (``czterdziesty drugi`` → two words)."""
    forms: set[tuple[str, ...]] = set()
    a_power_of_ten = value >= 100 and str(value).rstrip("0") == "1"
    for spell in _formats(language):
        try:
            text = spell.format({"n": value})
        except Exception:  # a value ICU will not spell in this rule set
            continue
        if not text or any(c.isdigit() for c in text):
            continue
        words = tuple(_TOKEN.findall(fold(text.replace("\u00ad", ""))))
        if not words:
            continue
        forms.add(words)
        if a_power_of_ten and len(words) > 1:
            forms.add(words[1:])  # "one thousand" is mostly written "thousand", "jedna tisíc" "tisíc"
    return tuple(sorted(forms))


@functools.cache
def _units(language: str) -> frozenset[str]:
    """The words of one to nine, which after a matched word would make it part of a larger number (``vingt-cinq``)."""
    return frozenset(words[0] for n in range(1, 10) for words in _forms(language, n) if len(words) == 1)


def _stem(word: str, leading: bool) -> str:
    """The part of a number word its declined forms keep: a long word loses up to two letters, a short one none;
    a word inside a compound (``dwu`` in ``czterdziestodwuletni``, ``jedn`` in ``czterdziestojednoletni``) keeps
    two letters at least, three of five."""
    if len(word) >= 7 or len(word) >= 5 and not leading:
        return word[:-2]
    if len(word) >= 4:
        return word[:-1]
    return word if leading else word[:2]


def _reads(words: tuple[str, ...], index: _Words, small: bool, others: Mapping[str, frozenset[int]] | None = None) -> bool:
    """Whether the folded words of an ``index``ed text hold the number spelled as ``words``; ``others`` maps the
    language's number words to the numbers they write, so that a stem is not taken from another number's word
    (``trett`` of ``tretton``, 13, begins ``trettio``, 30) while a word of the same number in another gender
    still reads (``sexta`` for ``sexto``). Only the words that begin with a part's stem are looked at, each once."""
    parts = _parts(words)
    if not parts:
        return False
    tokens = index.tokens
    if small:
        size, wanted = len(parts), tuple(parts)
        return any(tokens[i : i + size] == wanted for i in index.positions.get(parts[0], ()))
    stems = [_stem(p, True) for p in parts]
    inner = [_stem(p, False) for p in parts]
    known = others or {}
    mine = [known.get(p, frozenset()) for p in parts]
    longest = max(map(len, known), default=0)
    answers: dict[tuple[str, int], bool] = {}  # a word of the text is asked about each part once in this call

    def begins(token: str, k: int) -> bool:
        found = answers.get((token, k))
        if found is None:
            found = answers[token, k] = _begins(token, parts[k], stems[k], mine[k], known, longest)
        return found

    first: list[str] = []  # a row begins at a word that begins the first part: from another it fails, or skips to one
    for word in _beginning_with(index.vocabulary, stems):
        if not any(begins(word, k) for k in range(len(parts))):
            continue
        if len(parts) > 1 and all(s in word for s in inner) and len(word) >= sum(map(len, inner)):
            return True
        if begins(word, 0):
            first.append(word)
    if len(parts) == 1 or not first:
        return bool(first)  # a number of one word is read where a word begins it
    if all(len(p) > _CONNECTOR_LENGTH for p in parts):  # no short word begins a part: a row skips every short word
        words_of = [first]
        words_of += ([w for w in _beginning_with(index.vocabulary, [stems[k]]) if begins(w, k)] for k in range(1, len(parts)))
        if math.prod(map(len, words_of)) <= MAX_ROWS_ASKED:
            rows = _rows(index.text, index.prefix, len(parts))
            return any(row in rows for row in itertools.product(*words_of))
    return any(_in_a_row(begins, len(parts), tokens, i) for word in first for i in index.positions[word])


MAX_ROWS_ASKED = 256
"""At most this many rows of the text's words are looked up for one spelling (each part begun by a few of its
words); past it, the places where the first part stands are walked instead."""


@functools.lru_cache(maxsize=64)
def _rows(text: str, prefix: str, size: int) -> frozenset[tuple[str, ...]]:
    """Every ``size`` words of ``text`` that follow each other once its joining words (two letters or fewer) are
    left out: where no part of a spelled number is that short, its parts are read in a row of these, so a number
    is looked up, not searched for at every place its first word stands."""
    words = [t for t in _indexed_words(text, prefix).tokens if len(t) > _CONNECTOR_LENGTH]
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def _begins(
    token: str, part: str, stem: str, mine: frozenset[int], known: Mapping[str, frozenset[int]], longest: int
) -> bool:
    """Whether ``token`` begins with ``part``, or with its ``stem`` but not with a longer number word of none of
    the numbers ``mine`` (the part's): the ``known`` words, at most ``longest`` letters, are looked up among the
    token's beginnings."""
    if token.startswith(part):
        return True
    return token.startswith(stem) and not any(
        (numbers := known.get(token[:end])) is not None and numbers.isdisjoint(mine)
        for end in range(len(stem) + 1, min(len(token), longest) + 1)
    )


def _beginning_with(vocabulary: tuple[str, ...], beginnings: Iterable[str]) -> list[str]:
    """The words of the sorted ``vocabulary`` that begin with one of ``beginnings``, each once, in order."""
    found: set[str] = set()
    for beginning in set(beginnings):
        i = bisect.bisect_left(vocabulary, beginning)
        while i < len(vocabulary) and vocabulary[i].startswith(beginning):
            found.add(vocabulary[i])
            i += 1
    return sorted(found)


@functools.cache
def _number_words(language: str) -> Mapping[str, frozenset[int]]:
    """Every word ``language`` spells one to a hundred with, in any rule set, folded → the numbers it is part of."""
    found: dict[str, set[int]] = {}
    for n in range(1, 101):
        for form in _forms(language, n):
            for word in form:
                if len(word) > _CONNECTOR_LENGTH:
                    found.setdefault(word, set()).add(n)
    return MappingProxyType({word: frozenset(numbers) for word, numbers in sorted(found.items())})


def _parts(words: tuple[str, ...]) -> list[str]:
    """The words of a spelled number that must be found: joining words left out, but never the last, the units'
    (``vingt et un``), however short."""
    last = len(words) - 1
    return [w for i, w in enumerate(words) if len(w) > _CONNECTOR_LENGTH or i == last]


def _in_a_row(begins: Callable[[str, int], bool], count: int, tokens: tuple[str, ...], start: int) -> bool:
    """Each of the ``count`` parts begins one of the tokens from ``start`` on, in order, short joining words skipped."""
    j = start
    for k in range(count):
        while j < len(tokens) and len(tokens[j]) <= _CONNECTOR_LENGTH and not begins(tokens[j], k):
            j += 1
        if j >= len(tokens) or not begins(tokens[j], k):
            return False
        j += 1
    return True


def spellable(value: int) -> bool:
    """Whether ``value`` is one a translator may write in words: any up to ``MAX_SPELLED``, a round one beyond."""
    if value < 0:
        return False
    return value <= MAX_SPELLED or len(str(value).rstrip("0")) <= ROUND_DIGITS


def spelled_out(value: int, text: str, language: str, *, by_stem: bool = False) -> bool:
    """Whether ``text`` (in ``language`` or English) writes ``value`` out in words, in any case, gender or compound.

    A small number's word is read whole unless ``by_stem``, for a text where nothing else could be meant (a
    day beside its month: Hungarian ``október elsejei``)."""
    if not spellable(value):
        return False
    prefix = ITERATIVE_PREFIXES.get(language, "")
    index = _indexed_words(text, prefix)
    if not index.tokens:
        return False
    small = value <= SMALL and not by_stem
    for code in dict.fromkeys((language, "en")):
        for words in _forms(code, value):
            if not any(_a_word_begins(index.vocabulary, _stem(w, True)) for w in _parts(words)):
                continue  # no word of the text begins like a number word of this form
            if _reads(words, index, small, _number_words(code)) and not _followed_by_a_unit(words, index, code, value):
                return True
    return _a_power_in_another_case(value, index, language) or _digit_count_named(value, text, prefix, language)


def _a_power_in_another_case(value: int, index: _Words, language: str) -> bool:
    """Whether a word of the text is ``value``'s word in another case (``sta let``, a hundred years), not after
    a number word that would make it part of a larger number (``tři sta``, 300)."""
    forms = _power_case_forms(language, value)
    if not forms:
        return False
    numbers, tokens = _number_words(language), index.tokens
    return any(i == 0 or tokens[i - 1] not in numbers for form in forms for i in index.positions.get(form, ()))


@functools.cache
def _power_case_forms(language: str, value: int) -> frozenset[str]:
    """The forms a power of ten's word too short for a stem (``sto``) takes in ICU's cardinal spellings of the
    multiples whose CLDR plural category is two's (Czech ``dvě stě``, ``tři sta``): in the Slavic languages its
    other cases (``sta``, genitive singular: ``oslavy sta let``), which ICU has no rule set for in Czech. A longer
    word's forms are read by its stem already (``šimtai``, ``milioane``); the multiples of another category
    (``pět set``: hundreds of) are left out."""
    formats = _formats(language)
    if value < 100 or str(value).rstrip("0") != "1" or not formats:
        return frozenset()
    from babel import Locale

    try:
        category = Locale.parse(language).plural_form
    except Exception:  # babel raises several kinds for a language it does not know
        return frozenset()
    stems = {_stem(word, True) for words in _forms(language, value) for word in words}
    found: set[str] = set()
    for multiplier in range(2, 10):
        if category(multiplier) != category(2):
            continue
        words = tuple(_TOKEN.findall(fold(formats[0].format({"n": multiplier * value}).replace("\u00ad", ""))))
        if len(words) > 1 and words[:-1] in _forms(language, multiplier):
            if not any(words[-1].startswith(stem) for stem in stems):
                found.add(words[-1])
    return frozenset(found)


DIGIT_WORDS = {
    "en": r"digits?",
    "de": r"stellig\p{L}{0,3}",
    "nl": r"cijfers?",
    "fr": r"chiffres?",
    "it": r"cifr[ae]",
    "es": r"digitos?|cifras?",
    "pt": r"digitos?|algarismos?",
    "ro": r"cifr[ae]\p{L}{0,2}",
    "pl": r"cyfr\p{L}{0,4}",
    "cs": r"cifern\p{L}{0,3}",
    "sk": r"cifern\p{L}{0,3}",
    "hu": r"jegyu\p{L}{0,3}",
    "bg": r"цифр\p{L}{0,4}",
}
"""The word for a digit, folded, with the endings it takes (``zweistellig``, ``dvouciferný``, ``à deux chiffres``,
``kétjegyű``), not another word that begins so (``digital``): CLDR names no digit. A number said only by its
count of digits (``a double-digit percentage``) is what the other side states exactly (``15 %``, ``több mint
10 %``)."""
MULTIPLES = {"single": 1, "double": 2, "triple": 3}
"""English counts digits with these, which ICU does not spell (``double-digit``)."""


@functools.cache
def _digit_word(language: str) -> regex.Pattern[str] | None:
    """A token that is the digit word, its count, if any, before it in the same word (``zwei|stellig``)."""
    word = DIGIT_WORDS.get(language)
    return regex.compile(rf"(?P<count>\p{{L}}*?)(?:{word})") if word else None


def _digit_count_named(value: int, text: str, prefix: str, language: str) -> bool:
    """Whether ``text`` counts ``value``'s digits in words: ``double-digit``, ``two-digit``, ``zweistellig``,
    ``dvouciferný``, ``à deux chiffres``. The count stands as a word before the digit word (ICU's, or
    ``MULTIPLES``) or begins it, where two letters of the count's word say which (``dvou`` of ``dva``)."""
    count = len(str(value))
    tokens = _indexed_words(text, prefix).tokens
    for code in dict.fromkeys((language, "en")):
        words = {form[0] for form in _forms(code, count) if len(form) == 1}
        for before, at in _digit_words_in(text, prefix, code):
            if before:
                if MULTIPLES.get(before) == count or any(len(w) >= 2 and before[:2] == w[:2] for w in words):
                    return True
            elif any(i > 0 and (tokens[i - 1] in words or MULTIPLES.get(tokens[i - 1]) == count) for i in at):
                return True
    return False


@functools.lru_cache(maxsize=64)
def _digit_words_in(text: str, prefix: str, code: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The words of ``text`` (read as ``_indexed_words`` reads it) that are ``code``'s digit word, each once: the
    count it begins with (``zwei`` of ``zweistellig``, else ``""``) and where it stands. Read once per text, as
    a long block is asked about each of its numbers."""
    pattern = _digit_word(code)
    if pattern is None:
        return ()
    index = _indexed_words(text, prefix)
    found = []
    for word in index.vocabulary:
        match = pattern.fullmatch(word)
        if match is not None:
            found.append((match.group("count"), index.positions[word]))
    return tuple(found)


@dataclass(frozen=True)
class _Words:
    """A text's folded words, read once: in order, where each distinct word stands, and the distinct words sorted
    (those beginning alike side by side)."""

    text: str
    prefix: str
    tokens: tuple[str, ...]
    positions: Mapping[str, tuple[int, ...]]
    vocabulary: tuple[str, ...]


@functools.lru_cache(maxsize=64)
def _indexed_words(text: str, prefix: str = "") -> _Words:
    """The folded words of ``text`` (with, for a language that has one, each word's iterative ``prefix`` taken off
    as another word), indexed: a long text is asked about every number it may spell, and each question then looks
    only at the words that begin like one of its number words. Bounded: a call site asks about one or two texts
    at a time (a bead's sides, a date's surroundings)."""
    tokens = folded_words(text)
    if prefix:
        tokens += tuple(t[len(prefix) :] for t in tokens if t.startswith(prefix) and len(t) > len(prefix) + 3)
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        positions.setdefault(token, []).append(i)
    return _Words(text, prefix, tokens, MappingProxyType({w: tuple(at) for w, at in positions.items()}), tuple(sorted(positions)))


def _a_word_begins(vocabulary: tuple[str, ...], beginning: str) -> bool:
    """Whether a word of the sorted ``vocabulary`` begins with ``beginning``."""
    i = bisect.bisect_left(vocabulary, beginning)
    return i < len(vocabulary) and vocabulary[i].startswith(beginning)


ITERATIVE_PREFIXES = {"cs": "po", "sk": "po"}
"""Czech and Slovak say "for the twelfth time" with a prefix on the ordinal (``podvanácté``, ``podvanásty``): ICU
spells the ordinal, not these adverbs, so the prefix is taken off a word to read the ordinal under it."""

SPANS_OF_YEARS = {10: "duration-decade", 100: "duration-century"}
"""Round numbers of years a language names with one word (``100 years`` = ``un siècle``), by CLDR unit."""


def named_span_of_years(value: int, text: str, language: str) -> bool:
    """Whether ``text`` names ``value`` years with its word (``un siècle``, ``ein Jahrzehnt``; any plural, by stem)."""
    unit = SPANS_OF_YEARS.get(value)
    if unit is None:
        return False
    vocabulary = _indexed_words(text).vocabulary
    return any(_a_word_begins(vocabulary, stem) for stem in _span_stems(language, unit))


SPAN_WORD_WHOLE = 5
"""A span word this short is matched whole at a word's start (``wiek-u``, not ``wie-le``)."""


@functools.cache
def _span_stems(language: str, unit: str) -> tuple[str, ...]:
    from babel.units import format_unit

    stems: set[str] = set()
    for code in dict.fromkeys((language, "en")):
        for count in (1, 2, 5):
            try:
                written = format_unit(count, unit, length="long", locale=code)
            except Exception:  # babel raises several kinds for a unit a locale lacks
                continue
            for word in _TOKEN.findall(fold(written)):
                stems.add(word if len(word) <= SPAN_WORD_WHOLE else _stem(word, True))
    return tuple(sorted(stems))


def _followed_by_a_unit(words: tuple[str, ...], index: _Words, language: str, value: int) -> bool:
    """A round ten read whole but followed by a unit word (``vingt`` in ``vingt-cinq``) is another number."""
    if value % 10 or value > 90 or len(words) != 1:
        return False
    units, tokens = _units(language), index.tokens
    return all(
        i + 1 < len(tokens) and tokens[i + 1] in units
        for word in _beginning_with(index.vocabulary, [_stem(words[0], True)])
        for i in index.positions[word]
    )


@functools.lru_cache(maxsize=1024)
def folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, folded: case and accents gone, a soft hyphen joining."""
    return tuple(_TOKEN.findall(fold(text.replace("\u00ad", ""))))


def whole_numbers(entity: Entity) -> frozenset[int]:
    """The whole numbers an entity states that a translator may write out: a count, an ordinal, a percentage,
    a quantity's or an amount's number, a time's hour (on a 12- and a 24-hour clock)."""
    found: set[int] = set()
    for value in entity.values:
        if entity.kind is EntityKind.TIME:
            hour, _, minute = value.partition(":")
            if hour.isdigit() and minute[:2] == "00":
                found |= {int(hour), int(hour) % 12 or 12}
            continue
        number = value.split(" ", 1)[0].rstrip("%")
        if number.isdigit():
            found.add(int(number))
    return frozenset(found)


FRACTION_WORDS = {("half", "a"): "0.5", ("half", "an"): "0.5", ("a", "quarter"): "0.25", ("a",): "1", ("an",): "1"}
"""English words for an amount before a unit (``half an inch``, ``about a mile``), which ICU does not spell:
a source text in English states small measures so."""


@functools.cache
def word_values(language: str) -> dict[tuple[str, ...], str]:
    """Folded words → the whole number (1–100) they spell in ``language`` in any of ICU's forms; in English
    also ``FRACTION_WORDS``."""
    values: dict[tuple[str, ...], str] = dict(FRACTION_WORDS) if language == "en" else {}
    for n in range(100, 0, -1):
        for words in _forms(language, n):
            values[words] = str(n)
    return values


def numbers_in_words(text: str, language: str) -> frozenset[str]:
    """The whole numbers from two to a hundred that ``text`` writes as cardinal words in ``language``, as the
    entities write them: ``Eighteen states`` → ``18``, ``Fifty-eight percent`` → ``58%``. Evidence that a block
    says what another says in digits; one is left out, its word being the indefinite article in most languages
    (``un``, ``ein``, ``egy``)."""
    table, first_words, longest = _word_table(language)
    tokens = folded_words(text)
    if first_words.isdisjoint(tokens):
        return frozenset()
    found: set[str] = set()
    i = 0
    while i < len(tokens):
        if tokens[i] not in first_words:  # most words: no number begins with them
            i += 1
            continue
        for size in range(min(longest, len(tokens) - i), 0, -1):
            value = table.get(tuple(tokens[i : i + size]))
            if value is not None:
                percent = _percent_word_at(tokens, i + size, language)
                found.add(value + "%" if percent else value)
                i += size + percent  # ``cent`` of ``pour cent`` is no hundred
                break
        else:
            i += 1
    return frozenset(found)


@functools.cache
def _word_table(language: str) -> tuple[dict[tuple[str, ...], str], frozenset[str], int]:
    """Folded words → the number from two to a hundred they spell in one of ICU's cardinal rule sets, the words
    those begin with, and the longest in words. Ordinals are left out: ``second``, ``third party``, ``first``
    are seldom counts."""
    cardinals = [spell for name, spell in zip(RULE_SETS, _formats(language)) if "ordinal" not in name]
    table: dict[tuple[str, ...], str] = {}
    for n in range(100, 1, -1):
        for spell in cardinals:
            try:
                text = spell.format({"n": n})
            except Exception:  # a value ICU will not spell in this rule set
                continue
            words = tuple(_TOKEN.findall(fold(text.replace("\u00ad", ""))))
            if words and not any(c.isdigit() for c in text):
                table[words] = str(n)
    return table, frozenset(words[0] for words in table), max((len(words) for words in table), default=0)


def _percent_word_at(tokens: Sequence[str], at: int, language: str) -> int:
    """How many of ``tokens[at:]`` write percent (``per cent``: 2, ``százaléka``: 1), 0 if none; a long word in any
    ending, a short one (``proc``, ``cent``) whole."""
    for words in _percent_words(language):
        size, last = len(words), words[-1]
        found = tokens[at : at + size]
        if len(found) == size and found[:-1] == words[:-1]:
            if found[-1] == last or len(last) > SPAN_WORD_WHOLE and found[-1].startswith(last):
                return size
    return 0


@functools.cache
def _percent_words(language: str) -> tuple[tuple[str, ...], ...]:
    """``language``'s words for percent (CLDR's and the common abbreviations), folded, the longest first."""
    spellings = locale_data(language).percent_spellings
    found = {words for s in spellings if (words := tuple(_TOKEN.findall(fold(s))))}
    return tuple(sorted(found, key=lambda words: (-len(words), words)))  # ``per cent`` before ``per``


def combining_number(prefix: str, language: str) -> int | None:
    """The number from two to a hundred that the folded first part of a compound writes (``dvou`` of
    ``dvoumetrový``, ``ket`` of ``kétméteres``, ``dvaceti`` of ``dvacetiletý``): the one whose word's stem inside a
    compound it begins with, the longest stem first, and at most a two-letter ending longer than the word."""
    best: tuple[int, int] | None = None
    for word, value in _single_number_words(language):
        stem = _stem(word, False)
        if prefix.startswith(stem) and len(prefix) <= len(word) + 2 and (best is None or len(stem) > best[0]):
            best = (len(stem), value)
    return best[1] if best else None


@functools.cache
def _single_number_words(language: str) -> tuple[tuple[str, int], ...]:
    """``language``'s one-word spellings of two to a hundred, each with its number."""
    return tuple(
        (words[0], int(value))
        for words, value in sorted(word_values(language).items())
        if len(words) == 1 and value.isdigit() and 1 < int(value) <= 100
    )


def spelled_amounts(tokens: Sequence[str], end: int, language: str) -> str | None:
    """The amount the words just before ``tokens[end]`` spell (``two``, ``half an``, ``seis``), if any."""
    table = word_values(language)
    for size in (3, 2, 1):
        if end - size >= 0 and (found := table.get(tuple(tokens[end - size : end]))) is not None:
            return found
    return None
