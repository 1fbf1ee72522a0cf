"""acronym-mismatch — an acronym both editions know is missing or changed in one block.

Organisation and programme acronyms such as ``ICMPD``, ``APAV`` or ``KEMEA``
survive translation unchanged, so one that drops out of a block is worth a
look. Translations also coin acronyms of their own (``NGO`` → ``NVO``,
``THB`` → ``PŽ``); an acronym the other edition never uses anywhere is such a
local word and is not reported, nor is a local acronym defined in
parentheses where the reference defines its own (``(THB)`` ↔ ``(PŽ)``). Such a
pair of definitions also teaches the rule the local form: wherever the
translation then writes ``PŽ`` for the reference's ``THB``, the acronym is
not missing. Likewise, where an edition defines the acronym after words of its own (``επεξεργαστή (CPU)``),
a block that writes those words instead (``επεξεργαστική ισχύ`` for ``CPU power``) has not lost it.

Nor is an acronym missing where the other side writes it inside a word the
entities do not read as one: a plural (``APIs``, ``API's``), a Korean particle
glued on (``OCE의``), a compound (``Advertentieplaatsing-API-platform``) — in
the block or in the pairing next to it, where a line break moved it. And an
upper-case word that its own edition also writes capitalised (``LA RED
ONTOLOGY`` beside ``la red Ontology``) is a word set in capitals, not an
acronym.

Passes (en → lt): ``Human trafficking (THB) is fought by 8 NGOs and ICMPD.`` ↔ ``Su prekyba žmonėmis (PŽ) kovoja 8 NVO ir ICMPD.``.
Fails (en → bg): ``ICMPD and KEMEA attended. ¶ KEMEA presented the tools.`` ↔ ``ICMPD и APAV присъстваха. ¶ KEMEA представи инструментите.``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from babel.core import get_global

from ..model import EntityKind, Finding, Severity
from .base import Comparison, Edition, Pair, Rule
from .majority import value_findings
from .values import Located, Status, ValueDiff, neighbours

KINDS = frozenset({EntityKind.ACRONYM})

_DEFINED = regex.compile(r"\((\p{Lu}[\p{Lu}\p{N}/]{1,11})\)")
_TOKEN = regex.compile(r"[\p{Lu}\p{N}/]{2,12}")


def local_forms(pair: Pair) -> dict[str, frozenset[str]]:
    """Acronyms each edition defines in parentheses where the other defines another, in order.

    ``прекъсване на трафика на хора (THB)`` ↔ ``prekybos žmonėmis (PŽ)``
    gives ``{"THB": {"PŽ"}, "PŽ": {"THB"}}``: the two are one name, localized.
    """
    ref_blocks, tr_blocks = pair.reference.document.blocks, pair.translation.document.blocks
    forms: dict[str, set[str]] = {}
    for bead in pair.alignment.beads:
        ref = [d for i in bead.reference for d in _DEFINED.findall(ref_blocks[i].text)]
        tr = [d for i in bead.translation for d in _DEFINED.findall(tr_blocks[i].text)]
        common = set(ref) & set(tr)
        for a, b in zip([d for d in ref if d not in common], [d for d in tr if d not in common]):
            forms.setdefault(a, set()).add(b)
            forms.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in sorted(forms.items())}


def _written_locally(pair: Pair, diff: ValueDiff, forms: dict[str, frozenset[str]]) -> bool:
    """Whether the other side of the bead writes the acronym in its learned local form."""
    located = diff.reference or diff.translation
    local = forms.get(located.entity.value) if located is not None else None
    if not local:
        return False
    if diff.status is Status.CHANGED:
        return diff.translation is not None and diff.translation.entity.value in local
    if diff.status is Status.REMOVED:
        document, block, attr = pair.translation.document, diff.translation_block, "translation"
    else:
        document, block, attr = pair.reference.document, diff.reference_block, "reference"
    if block is None:
        return False
    bead = next((b for b in pair.alignment.beads if block.index in getattr(b, attr)), None)
    indices = getattr(bead, attr) if bead else (block.index,)
    tokens = {t for i in indices for t in _TOKEN.findall(document.blocks[i].text)}
    return not tokens.isdisjoint(local)


_WORD = regex.compile(r"\p{L}+")
MIN_STEM_WORD = 5
"""A word of the expansion this long at least gives a stem: shorter ones (``of``, ``Unit``) say little."""


def expansion_stems(edition: Edition) -> dict[str, frozenset[str]]:
    """For each acronym an edition defines after words of its own (``επεξεργαστή (CPU)``), the stems of those
    words (``επεξεργα``): a block that writes them (``επεξεργαστική ισχύ``) has written the acronym out."""
    stems: dict[str, set[str]] = {}
    for block in edition.document.blocks:
        for match in _DEFINED.finditer(block.text):
            acronym = match.group(1)
            words = _WORD.findall(block.text[max(0, match.start() - 80) : match.start()])[-len(acronym) :]
            long = [w for w in reversed(words) if len(w) >= MIN_STEM_WORD and not w.isupper()]
            if long:
                word = long[0].lower()
                stems.setdefault(acronym, set()).add(word[: max(MIN_STEM_WORD, len(word) - 3)])
    return {k: frozenset(v) for k, v in sorted(stems.items())}


def _written_out(pair: Pair, diff: ValueDiff, index: BeadIndex, stems: dict[str, dict[str, frozenset[str]]]) -> bool:
    """Whether the side without the acronym writes, in the same bead, the words its own edition defined it with."""
    found = _other_side(pair, diff, index, nearby=False)
    if found is None:
        return False
    value, text = found
    side = pair.translation if diff.status is Status.REMOVED else pair.reference
    known = stems[side.document.path].get(value, frozenset())
    return any(word.lower().startswith(stem) for word in _WORD.findall(text) for stem in known)


COUNTRY_CODES = frozenset(
    code for code, targets in get_global("territory_aliases").items() if len(code) == 3 and code.isalpha() and len(targets) == 1
)
"""ISO 3166 alpha-3 codes (``USA``, ``GBR``) from CLDR: a country's name, which translations write their own way
(``the US`` → ``USA``, ``Team USA`` → ``amerikai csapat``), not an organisation's acronym."""

_AFTER_A_TIME = regex.compile(r"[0-9]{1,2}[:.h][0-9]{2}(?:\s?[ap]\.?m\.?)?[\s(]{1,2}$|[0-9]\s?[ap]\.?m\.?[\s(]{1,2}$", regex.IGNORECASE)


def _time_zone(located: Located | None) -> bool:
    """An acronym right after a clock time is its time zone (``19:30 BST``), which a translation may leave to the
    reader's own clock: dropping or adding it is no difference (changing it still is)."""
    if located is None:
        return False
    text, start = located.block.text, located.entity.start
    return _AFTER_A_TIME.search(text[max(0, start - 16) : start]) is not None


def _in_parentheses(located: Located | None) -> bool:
    if located is None:
        return False
    text, entity = located.block.text, located.entity
    return text[entity.start - 1 : entity.start] == "(" and text[entity.end : entity.end + 1] == ")"


@dataclass(frozen=True, slots=True)
class BeadIndex:
    """Where each block of a pair stands among its beads, and which beads pair blocks."""

    reference: dict[int, int]
    translation: dict[int, int]
    paired: list[bool]


def bead_index(pair: Pair) -> BeadIndex:
    """The bead of every block of ``pair``, on either side."""
    beads = pair.alignment.beads
    return BeadIndex(
        {i: k for k, b in enumerate(beads) for i in b.reference},
        {j: k for k, b in enumerate(beads) for j in b.translation},
        [bool(b.reference and b.translation) for b in beads],
    )


def _other_side(pair: Pair, diff: ValueDiff, index: BeadIndex, *, nearby: bool = True) -> tuple[str, str] | None:
    """A one-sided acronym and the text of the other side where it would stand: its bead and (``nearby``) the
    pairing beads either side of it (a line break moves a word into the next block)."""
    if diff.status is Status.REMOVED and diff.reference is not None:
        value, edition, block, attr = diff.reference.entity.value, pair.translation, diff.translation_block, "translation"
    elif diff.status is Status.ADDED and diff.translation is not None:
        value, edition, block, attr = diff.translation.entity.value, pair.reference, diff.reference_block, "reference"
    else:
        return None
    at = getattr(index, attr).get(block.index) if block is not None else None
    if at is None:
        return None
    beads, blocks = pair.alignment.beads, edition.document.blocks
    around = neighbours(index.paired, at) if nearby else ()
    return value, " ".join(blocks[i].text for k in (at, *around) for i in getattr(beads[k], attr))


def _written_inside_a_word(pair: Pair, diff: ValueDiff, index: BeadIndex) -> bool:
    """Whether the side without the acronym has it glued to other letters (``APIs``, ``OCE의``)."""
    found = _other_side(pair, diff, index)
    return found is not None and regex.search(_GLUED.format(regex.escape(found[0])), found[1]) is not None


def _letters_reordered(pair: Pair, diff: ValueDiff, index: BeadIndex) -> bool:
    """Whether the side without the acronym writes it with its letters in the order of its own language's words
    (``DNA`` ↔ ``ADN``, ``EU`` ↔ ``UE``, ``NATO`` ↔ ``OTAN``)."""
    if diff.status is Status.CHANGED and diff.reference is not None and diff.translation is not None:
        return sorted(diff.reference.entity.value) == sorted(diff.translation.entity.value)
    found = _other_side(pair, diff, index)
    if found is None:
        return False
    value, text = found
    return any(t != value and sorted(t) == sorted(value) for t in _TOKEN.findall(text))


_GLUED = r"(?:(?<=[\p{{L}}_-])(?<!\p{{Lu}}){0}(?![\p{{Lu}}\p{{N}}])|(?<![\p{{L}}\p{{N}}]){0}(?=['’-]?[\p{{Ll}}\p{{Lo}}]))"
"""An acronym written inside a word: after letters or a hyphen (``Advertentieplaatsing-API``), or with a plural,
an apostrophe or a particle after it (``APIs``, ``API's``, ``OCE의``); never inside a longer upper-case word."""


_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")


def capitalised_words(edition: Edition) -> frozenset[str]:
    """The words an edition writes with a capital and the rest lower case (``Ontology``, ``Red``)."""
    return frozenset(w for block in edition.document.blocks for w in _CAPITALISED.findall(block.text))


def _a_word_in_capitals(located: Located | None, words: frozenset[str]) -> bool:
    """Whether an acronym is a word its edition also writes capitalised: ``ONTOLOGY`` beside ``Ontology``."""
    if located is None:
        return False
    value = located.entity.value
    return value.isalpha() and value[:1] + value[1:].lower() in words


def acronyms_of(edition: Edition) -> frozenset[str]:
    """Every acronym value an edition uses anywhere."""
    return frozenset(v for block in edition.entities for e in block if e.kind in KINDS for v in e.values)


PERVASIVE_BLOCKS = 10
"""An acronym this many blocks of each edition use is the document's own vocabulary (``HTM`` in the HTM paper):
a sentence that says "the algorithm" or "the network" instead has lost nothing."""


def pervasive_acronyms(edition: Edition) -> frozenset[str]:
    """The acronyms at least ``PERVASIVE_BLOCKS`` blocks of an edition use."""
    counts = Counter(v for block in edition.entities for v in {v for e in block if e.kind in KINDS for v in e.values})
    return frozenset(v for v, n in counts.items() if n >= PERVASIVE_BLOCKS)


def _everywhere(diff: ValueDiff, pervasive: frozenset[str]) -> bool:
    """A one-sided acronym that both editions use all through the document."""
    located = diff.reference or diff.translation
    return diff.status is not Status.CHANGED and located is not None and not located.entity.values.isdisjoint(pervasive)


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Acronym differences, leaving out local acronyms and local definitions."""
    known = {e.document.path: acronyms_of(e) for e in comparison.editions}
    capitalised = {e.document.path: capitalised_words(e) for e in comparison.editions}
    indices = {p.translation.document.path: bead_index(p) for p in comparison.pairs}
    forms = {p.translation.document.path: local_forms(p) for p in comparison.pairs}
    pervasive = {e.document.path: pervasive_acronyms(e) for e in comparison.editions}
    stems = {e.document.path: expansion_stems(e) for e in comparison.editions}

    def known_to(edition: Edition, located: Located | None) -> bool:
        return located is not None and not located.entity.values.isdisjoint(known[edition.document.path])

    def reportable(pair: Pair, diff: ValueDiff) -> bool:
        if diff.status is Status.CHANGED and _in_parentheses(diff.reference) and _in_parentheses(diff.translation):
            return False
        if _written_locally(pair, diff, forms[pair.translation.document.path]):
            return False
        if _everywhere(diff, pervasive[pair.reference.document.path] & pervasive[pair.translation.document.path]):
            return False
        if diff.status is not Status.CHANGED and _time_zone(diff.reference or diff.translation):
            return False
        if any(located and located.entity.value in COUNTRY_CODES for located in (diff.reference, diff.translation)):
            return False
        if _a_word_in_capitals(diff.reference, capitalised[pair.reference.document.path]) or _a_word_in_capitals(
            diff.translation, capitalised[pair.translation.document.path]
        ):
            return False
        index = indices[pair.translation.document.path]
        if _written_inside_a_word(pair, diff, index) or _letters_reordered(pair, diff, index):
            return False
        return known_to(pair.translation, diff.reference) or known_to(pair.reference, diff.translation)

    def written_out(pair: Pair, diff: ValueDiff) -> bool:
        return _written_out(pair, diff, indices[pair.translation.document.path], stems)

    return value_findings(rule, comparison, KINDS, "acronym", select=reportable, agrees=written_out)


RULE = Rule(
    code="H108",
    name="acronym-mismatch",
    severity=Severity.WARNING,
    summary="An acronym both editions use is missing or changed in a block.",
    description=__doc__ or "",
    check=check,
)
