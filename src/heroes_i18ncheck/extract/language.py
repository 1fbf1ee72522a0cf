"""Which language an edition, or one of its blocks, is written in.

An edition's language comes from ``--lang``, else from its file name
(``bg.pdf``, ``newsletter-02.bg.pdf``, ``newsletter_02_BG.pdf``, ``lt/issue2.pdf``),
else from langdetect, seeded so that a run never differs from the last.

A block keeps its edition's language unless the evidence that it was left in
another one is strong (``block_languages``): names, links, numbers and acronyms
say nothing about a language, and a block full of them ("Project coordinator:
Luis Javier García Villalba, Universidad Complutense de Madrid (UCM)") must not
read as Spanish. Only the likely alternatives (by default English, the language
newsletters are written in first) can be assigned, and only with a clear margin.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import PurePath

import regex
from babel.core import get_global
from langdetect import DetectorFactory, LangDetectException
from langdetect.detector_factory import PROFILES_DIRECTORY

from ..language_codes import normalize_language_code

DetectorFactory.seed = 0

LIKELY_ALTERNATIVES = ("en",)
"""Languages a block may be left in instead of its edition's (the usual source language)."""

MIN_LETTERS_TO_DETECT = 40
"""Below this many letters (names, links and numbers left out) a block inherits its edition's language."""

MIN_FOREIGN_SCRIPT_LETTERS = 12
"""Letters needed to name the language of blocks written wholly in another script than the edition's."""

MIN_PROBABILITY = 0.95
"""How sure langdetect must be that a block in the edition's own script is in another language."""

MIN_FOREIGN_SCRIPT_PROBABILITY = 0.80
"""The same for blocks written wholly in another script (the script itself is strong evidence)."""

_NAME_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_LETTER = regex.compile(r"\p{L}")
_EMAIL_LIKE = r"(?<!\S)\S[^\s@]*+@\S\S*?\.\S\S*+"
r"""A whole token with an ``@`` after its first character and a dot after that: tried once per token, from
its start, and no quantifier gives back what it took (``\S+@\S+\.\S+`` tried every split of a run of ``@``)."""
_NOISE = regex.compile(rf"https?://\S+|www\.\S+|{_EMAIL_LIKE}|[@#][\w.]+|\b\w*\d\w*\b|\b\p{{Lu}}[\p{{Lu}}\p{{N}}]+\b")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def language_from_name(path: str) -> str | None:
    """The language a file's name announces: last name token, then parent folder, then first token."""
    pure = PurePath(path)
    tokens = _NAME_TOKEN.findall(pure.name[: -len(pure.suffix)] if pure.suffix else pure.name)
    candidates = []
    if tokens:
        candidates.append(tokens[-1])
    if pure.parent.name:
        candidates.append(pure.parent.name)
    if tokens and len(tokens) > 1:
        candidates.append(tokens[0])
    for token in candidates:
        if 2 <= len(token) <= 3:
            code = normalize_language_code(token)
            if code:
                return code
    return None


def load_language_profiles() -> None:
    """Read langdetect's profiles now (once per process): before forking workers, which then share them."""
    _detector_factory()


class _NgramProbabilities(Mapping[str, list[float]]):
    """langdetect's table of n-gram → probability in each language, each row made the first time it is asked for.

    langdetect builds all 87,000 rows when it loads its profiles, in Python, in every process; a
    check asks for a few thousand. Each row is what ``DetectorFactory.add_profile`` would make.
    """

    def __init__(self, profiles: Sequence[dict]) -> None:
        self._profiles = [(p["freq"], p["n_words"]) for p in profiles]
        self._rows: dict[str, list[float]] = {}
        self._known: dict[object, bool] = {}

    def __contains__(self, word: object) -> bool:
        """Asked of every n-gram of a text: answered from the profiles themselves, not from a union of their
        87,000 words (which took a fifth of loading them, before a worker could start)."""
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = any(word in freq for freq, _ in self._profiles)
        return known

    def __getitem__(self, word: str) -> list[float]:
        row = self._rows.get(word)
        if row is None:
            if word not in self:
                raise KeyError(word)
            length = len(word)
            row = [freq.get(word, 0) / n_words[length - 1] if 1 <= length <= 3 else 0.0 for freq, n_words in self._profiles]
            self._rows[word] = row
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._words()))

    def __len__(self) -> int:
        return len(self._words())

    def _words(self) -> frozenset[str]:
        return frozenset().union(*(freq for freq, _ in self._profiles))


@cache
def _detector_factory() -> DetectorFactory:
    profiles = []
    for name in sorted(os.listdir(PROFILES_DIRECTORY)):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as file:
            profiles.append(json.load(file))
    factory = DetectorFactory()
    factory.langlist = [p["name"] for p in profiles]
    factory.word_lang_prob_map = _NgramProbabilities(profiles)
    factory.set_seed(0)
    return factory


def language_probabilities(text: str) -> list[tuple[str, float]]:
    """langdetect's candidates for ``text``, most likely first (seeded: the same text, the same answer)."""
    detector = _detector_factory().create()
    detector.append(text)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return []
    out = []
    for item in found:
        code = normalize_language_code(item.lang)
        if code:
            out.append((code, item.prob))
    return out


def detect_language(text: str) -> str | None:
    """The most likely language of ``text``, or ``None`` when it is too short to tell."""
    if len(_LETTER.findall(text)) < MIN_LETTERS_TO_DETECT:
        return None
    found = language_probabilities(text)
    return found[0][0] if found else None


@cache
def language_script(language: str) -> str | None:
    """The ISO 15924 script a language is usually written in, from CLDR (``"bg"`` → ``"Cyrl"``)."""
    likely = get_global("likely_subtags").get(language, "")
    parts = likely.split("_")
    return parts[1] if len(parts) > 2 else None


@cache
def script_letters(script: str) -> regex.Pattern | None:
    """A pattern for one letter of the ISO 15924 ``script`` (``"Latn"``); ``None`` for a code Unicode does not name
    as one script (``"Jpan"``, ``"Kore"``)."""
    try:
        return regex.compile(rf"\p{{sc={script}}}")
    except regex.error:
        return None


def language_evidence(text: str, keep_names: bool = False) -> str:
    """The words of ``text`` that tell its language: no links, e-mails, handles, numbers or acronyms,
    and (unless ``keep_names``) no capitalised words inside a sentence — those are mostly names."""
    cleaned = _NOISE.sub(" ", text)
    if keep_names:
        return cleaned
    words = []
    previous_end = -1
    for match in _WORD.finditer(cleaned):
        word = match[0]
        sentence_start = previous_end < 0 or any(c in ".!?" for c in cleaned[previous_end : match.start()])
        previous_end = match.end()
        if word[0].isupper() and not sentence_start:
            continue
        words.append(word)
    return " ".join(words)


MAX_EDITION_SAMPLE = 4000
"""langdetect reads this many characters of an edition, taken from all through it: plenty to be sure, and fast."""


def edition_text_languages(texts: Sequence[str]) -> tuple[tuple[str, float], ...]:
    """langdetect's reading of an edition's blocks taken together (names, links and numbers left out).

    Empty when they hold fewer than ``MIN_LETTERS_TO_DETECT`` letters.
    """
    own = spread_sample([language_evidence(t) for t in texts], MAX_EDITION_SAMPLE)
    if len(_LETTER.findall(own)) < MIN_LETTERS_TO_DETECT:
        return ()
    return tuple((code, round(probability, 6)) for code, probability in language_probabilities(own))


def spread_sample(parts: Sequence[str], limit: int) -> str:
    """At most ``limit`` characters of ``parts``: every k-th part, so the sample spans the whole text."""
    total = sum(len(part) + 1 for part in parts)
    step = max(1, -(-total // limit))
    return " ".join(parts[::step])[:limit]


def block_languages(
    texts: Sequence[str], edition: str, alternatives: Sequence[str] = LIKELY_ALTERNATIVES
) -> list[str]:
    """The language of each block of an edition, in order.

    A block is another language only when it is one of ``alternatives`` and the
    evidence is strong: in the edition's script, at least ``MIN_LETTERS_TO_DETECT``
    letters of ordinary words and a probability of ``MIN_PROBABILITY``; written
    wholly in another script (English inside a Bulgarian edition), adjacent such
    blocks are judged together ("36 Months", "24 Partners", "17 Countries") with
    ``MIN_FOREIGN_SCRIPT_PROBABILITY``. Everything else inherits ``edition``; a
    block mostly in the edition's script is not even asked about when every
    alternative is written in another script.
    """
    result = [edition] * len(texts)
    wanted = frozenset(a for a in alternatives if a != edition)
    if not wanted:
        return result
    own = script_letters(language_script(edition) or "")
    foreign = [own is not None and _is_foreign_script(t, own) for t in texts]
    # A block mostly in the edition's script cannot be in a language written in another (Bulgarian text is no English).
    other_scripts = all(language_script(a) not in (None, language_script(edition)) for a in wanted)
    i = 0
    while i < len(texts):
        if foreign[i]:
            end = i
            while end < len(texts) and foreign[end]:
                end += 1
            pooled = " ".join(language_evidence(t, keep_names=True) for t in texts[i:end])
            found = _confident(pooled, wanted, MIN_FOREIGN_SCRIPT_LETTERS, MIN_FOREIGN_SCRIPT_PROBABILITY)
            if found:
                result[i:end] = [found] * (end - i)
            i = end
            continue
        if not (other_scripts and _mostly_in(texts[i], own)):
            found = _confident(language_evidence(texts[i]), wanted, MIN_LETTERS_TO_DETECT, MIN_PROBABILITY)
            if found:
                result[i] = found
        i += 1
    return result


def _mostly_in(text: str, script: regex.Pattern | None) -> bool:
    """Whether most letters of ``text`` are in ``script``."""
    share = _script_share(text, script) if script is not None else None
    return share is not None and share > 0.5


def _is_foreign_script(text: str, own: regex.Pattern) -> bool:
    share = _script_share(language_evidence(text, keep_names=True), own)
    return share is not None and share <= 0.1


def _script_share(text: str, script: regex.Pattern) -> float | None:
    """The share of ``text``'s letters written in ``script``; ``None`` without letters."""
    letters = _LETTER.findall(text)
    return sum(1 for c in letters if script.match(c)) / len(letters) if letters else None


def _confident(text: str, wanted: frozenset[str], min_letters: int, min_probability: float) -> str | None:
    if len(_LETTER.findall(text)) < min_letters:
        return None
    found = language_probabilities(text)
    if found and found[0][0] in wanted and found[0][1] >= min_probability:
        return found[0][0]
    return None
