"""untranslated-block — a block of a translation is still in the reference's language (or another one).

Reported when the block's own language is the reference's (English left in
the Bulgarian edition), or a third one where the reference has the same part in
its own language (English left in the Dutch edition of a Spanish original), or
when it repeats its reference block word for word
and has real words in it — a block of names, links and numbers alone is
expected to be the same everywhere, and so is a name written in capitalised
words (``Universidad Complutense de Madrid (UCM)``) or a quotation in a third
language: a copy only counts when its text reads as the reference's language.
Entries of a reference list (``[3] S. Haber, W.S. Stornetta, "How to
time-stamp a digital document," 1991``) keep the titles they cite, in the
language they were published in, and are never reported; nor is code or
pseudocode, which every edition keeps: a block set in a monospaced font (``BlockKind.CODE``) or one that reads
as code (``7. if overlap(c) < minOverlap then``). Nor is a footnote or endnote the reference has no note for: the translator's own (htm-whitepaper ja's notes giving
the English term they translate). A block written mostly in another
script than the reference's (Korean with English terms in brackets) is not in
the reference's language, whatever language identification says. Figure text (the
labels of a drawing) left in another language is reported only where the
reference or another edition has those labels in words of its own: a figure
pasted from the original into every edition that has it as text is the
publisher's choice, not a forgotten block. A table row is read cell by cell too: a
cell of prose left in the reference's language is reported where the rest of its row is translated. It is told once a page, as a
warning naming the editions that translate it. A block that more translations
keep as is than translate (a licence kept in its legal wording, an entry of a
reference list, by two translations of three) is a choice too: information. A
translation that says it is a machine translation (``Machine Translated by
Google`` on its pages) is noted once, as information.

Passes (en → bg): ``The first annual review took place in Brussels.`` ↔ ``Първият годишен преглед се състоя в Брюксел.``.
Fails (en → bg): ``The first annual review of the project took place in Brussels, Belgium, and the partners met the reviewers.`` ↔ ``The first annual review of the project took place in Brussels, Belgium, and the partners met the reviewers.``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..extract.headers import names_machine_translation
from ..extract.language import language_evidence, language_probabilities, language_script, script_letters
from ..extract.tables import CELL_SEPARATOR
from ..model import Block, BlockKind, Document, Finding, Severity
from .base import Comparison, Pair, Rule, finding, prose_words, side
from .blocks import snippet
from .notes import a_translators_note

MIN_WORDS = 4
"""A block needs this many words outside its facts to count as prose that should be translated."""

MIN_NAME_WORD = 4
"""In a name, every word this long or longer is capitalised (``de``, ``of``, ``и`` need not be)."""
MAX_NAME_WORDS = 10
FIGURE_SEVERITY = Severity.WARNING
"""Labels inside a drawing may be an image the translator could not edit: worth fixing, not a forgotten page."""
MIN_LANGUAGE_PROBABILITY = 0.5
"""How likely langdetect must find a copied block to be in the reference's language."""

_WORD = regex.compile(r"\p{L}{2,}")
_SENTENCE_END = regex.compile(r"[.!?…]\s+\p{Lu}")
_SPACE = regex.compile(r"\s+")
_CITATION_MARK = regex.compile(r"^\s*\[\d{1,3}\]\s*\p{Lu}")
_CITATION_DETAIL = regex.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|www\.|[\"“”«»„]")


def _folded(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _same_text(a: str, b: str) -> bool:
    return _folded(a) == _folded(b)


def reads_as_name(text: str) -> bool:
    """Whether a block is a name: a few words, each long one capitalised, no sentence break."""
    words = _WORD.findall(text)
    long_words = [w for w in words if len(w) >= MIN_NAME_WORD]
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and all(w[0].isupper() for w in long_words)
        and not _SENTENCE_END.search(text)
    )


_CODE_LINE = regex.compile(r"^\s*\d{1,3}\.?\s+(?:else\s+)?(?:if|for|foreach|while|until|return|end|then|do|repeat)\b")
_IDENTIFIER = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{L}+_[\p{L}\p{N}_]+)")
_CODE_SIGN = regex.compile(r"[\p{L}\p{N}_]\(|==|!=|<=|>=|:=|<-|\+=|&&|\|\||=")
CODE_SHARE = 0.5
"""Identifiers (``activeDutyCycle``, ``min_overlap``), calls and assignments per word from which a block is code."""


def reads_as_code(text: str) -> bool:
    """Whether a block is code or pseudocode, which every edition keeps as written: a numbered line that starts
    with a keyword (``5. if predictiveState(c, i, t-1) == true then``), or as many identifiers, calls and
    assignments as half its words (``boost(c) = boostFunction(activeDutyCycle(c))``)."""
    words = _WORD.findall(text)
    if not words:
        return False
    signs = len(_IDENTIFIER.findall(text)) + len(_CODE_SIGN.findall(text))
    if _CODE_LINE.match(text) and (signs or text.rstrip().endswith(("then", " do"))):
        return True
    return signs >= CODE_SHARE * len(words)


_AUTHOR_FIRST = regex.compile(r"^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}")
_PUBLISHED = regex.compile(r"\([^():]{1,60}:[^()]{1,80}(?<!\d)(?:1[5-9]|20)\d\d\)\.?\s*$")
"""A publication in brackets at the end: ``(Place: Publisher, Year)``."""


def reads_as_citation(text: str) -> bool:
    """Whether a block is a reference-list entry: a ``[n]`` mark, then a name, and a year, link or quoted title; or
    a bibliography entry, its author's surname first and its publication (place: publisher, year) in brackets at its end (``Mountcastle,
    Vernon B. Perceptual Neuroscience: The Cerebral Cortex (Cambridge, Mass.: Harvard University Press, 1998)``)."""
    if _CITATION_MARK.match(text) and _CITATION_DETAIL.search(text):
        return True
    return bool(_AUTHOR_FIRST.match(text) and _PUBLISHED.search(text))


def in_language(text: str, language: str) -> bool:
    """Whether langdetect finds ``text`` likely to be in ``language`` (names, links and numbers aside)."""
    found = dict(language_probabilities(language_evidence(text, keep_names=True)))
    return found.get(language, 0.0) >= MIN_LANGUAGE_PROBABILITY


_UNSPACED = regex.compile(r"[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]")
"""Letters of scripts written without spaces between words, which count two to a word."""


def mostly_in(text: str, language: str) -> bool:
    """Whether the script ``language`` is written in (CLDR's, ``language_script``) writes at least half the words of
    ``text``: a Korean sentence with English terms in brackets (``분산 신뢰 프레임워크(distributed trust framework)는
    …``) is not English, whatever langdetect says. Always true where that script is not one Unicode names."""
    own = script_letters(language_script(language) or "")
    if own is None:
        return True
    mine = len(_own_runs(own.pattern).findall(text))
    others = sum(len(run) / 2 if _UNSPACED.match(run) else 1 for run in _other_runs(own.pattern).findall(text))
    return mine >= others


@functools.cache
def _own_runs(letter: str) -> regex.Pattern:
    return regex.compile(rf"{letter}+")


@functools.cache
def _other_runs(letter: str) -> regex.Pattern:
    return regex.compile(rf"(?:(?!{letter})\p{{L}})+")


def _left_in_another_language(language: str, edition: str, reference: Document, paired: tuple[int, ...]) -> bool:
    """A block in a third language (English left in the Dutch edition of a Spanish original) where the reference
    wrote the same part in its own language: that part was translated there and not here."""
    return (
        language not in (edition, reference.language, "und")
        and bool(paired)
        and all(reference.blocks[i].language == reference.language for i in paired)
    )


def translated_elsewhere(comparison: Comparison) -> dict[int, frozenset[str]]:
    """For each reference block some edition renders in a language of its own, the paths of those editions.

    A rendering counts when it has words of its own (``Hash Previo`` for ``Prev Hash``): a label too short for its
    language to be read takes its edition's language, and a copy of it is no translation."""
    found: dict[int, set[str]] = {}
    for pair in comparison.pairs:
        reference, translation = pair.reference.document, pair.translation.document
        for bead in pair.alignment.beads:
            ref_words = _words(" ".join(reference.blocks[i].text for i in bead.reference))
            for i in bead.reference:
                if any(
                    translation.blocks[j].language != reference.blocks[i].language
                    and _reworded(translation.blocks[j].text, ref_words)
                    for j in bead.translation
                ):
                    found.setdefault(i, set()).add(translation.path)
    return {i: frozenset(paths) for i, paths in found.items()}


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text))


def _reworded(text: str, reference_words: frozenset[str]) -> bool:
    """Whether ``text`` has words the reference has not: it was translated (``Hash Previo Nonce``), not copied."""
    words = _words(text)
    return bool(words) and not words <= reference_words


_Label = tuple[Block, Block | None, str, bool]
"""A figure label left untranslated: its block, the reference's, why, and whether it is in a third language where
the reference has its own."""


@dataclass(frozen=True, slots=True)
class _Left:
    """A prose block of a translation left untranslated: its block, the reference's first block and why."""

    block: Block
    reference: Block | None
    why: str
    kept: frozenset[int | str]
    """What it stands for: the reference blocks it is paired with, else its text (a block the reference lacks, such
    as a licence the translations add, is the same block in every translation that keeps it word for word; so is a
    block of an edition compared as a whole)."""


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Translation blocks in the reference's language, or copied from their reference block; figure text once a page;
    a block most translations keep as is, as information."""
    translated = translated_elsewhere(comparison)
    languages = {pair.translation.document.path: pair.translation.document.language for pair in comparison.pairs}
    left = {pair.translation.document.path: list(_left_untranslated(pair, translated)) for pair in comparison.pairs}
    kept: dict[int | str, set[str]] = {}
    for pair in comparison.pairs:
        for found in left[pair.translation.document.path]:
            for i in found.kept if isinstance(found, _Left) else ():
                kept.setdefault(i, set()).add(pair.translation.document.path)
    for pair in comparison.pairs:
        reference, translation = pair.reference.document, pair.translation.document
        figures: dict[int, list[_Label]] = {}
        drawn_elsewhere: dict[int, set[str]] = {}
        for found in left[translation.path]:
            if isinstance(found, _Figure):
                drawn_elsewhere.setdefault(found.page, set()).update(found.elsewhere)
                if found.label is not None:
                    figures.setdefault(found.page, []).append(found.label)
                continue
            also = sorted(languages[p] for p in set().union(*(kept.get(i, ()) for i in found.kept)) - {translation.path})
            by = sorted(
                languages[p]
                for p in set().union(*(translated.get(i, ()) for i in found.kept if isinstance(i, int))) - {translation.path}
            )
            message = f"{found.block.kind} {found.why}: {snippet(found.block.text)!r}"
            severity = None
            if also and len(also) + 1 > len(by):
                # Most translations keep it: a licence, a quotation or a reference entry left as is by choice.
                translated_in = f"; translated in {', '.join(by)}" if by else ""
                message += f" (kept as is in {', '.join(also)} too{translated_in})"
                severity = Severity.INFO
            yield finding(rule, message, side(reference, found.reference), side(translation, found.block),
                          found.block.text[:200], severity=severity)
        for page in sorted(figures):
            # A page's drawing is one unit: translated elsewhere if any of its labels is; else kept as drawn everywhere.
            by = sorted(languages[path] for path in drawn_elsewhere.get(page, ()))
            if by or any(third for *_, third in figures[page]):
                yield _figure_finding(rule, pair, figures[page], by)
        yield from _machine_translated(rule, pair)


STAMP_MAX_CHARS = 120


def _machine_translated(rule: Rule, pair: Pair) -> Iterator[Finding]:
    """One note for a translation that says it is a machine translation (the stamp on its pages, kept once)."""
    translation = pair.translation.document
    for block in translation.blocks:
        if len(block.text) <= STAMP_MAX_CHARS and names_machine_translation(block.text):
            message = f"this edition says it is a machine translation: {snippet(block.text)!r} (page {block.page})"
            yield finding(rule, message, side(pair.reference.document, None), side(translation, block), "machine",
                          severity=Severity.INFO)
            return


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure label: its page, itself when left untranslated, and the editions that translate its reference."""

    page: int
    label: _Label | None
    elsewhere: frozenset[str]


def _left_untranslated(pair: Pair, translated: dict[int, frozenset[str]]) -> Iterator[_Left | _Figure]:
    """The blocks of one translation left untranslated, and what its figure labels are."""
    reference, translation = pair.reference.document, pair.translation.document
    if translation.language == reference.language:
        return
    for bead in pair.alignment.beads:
        ref_text = " ".join(reference.blocks[i].text for i in bead.reference)
        # Compared as a whole, the bead holds every block: its first is no counterpart of the block reported.
        first_ref = reference.blocks[bead.reference[0]] if bead.reference and not pair.whole else None
        elsewhere = frozenset().union(*(translated.get(i, frozenset()) for i in bead.reference)) - {translation.path}
        for index in bead.translation:
            block = translation.blocks[index]
            figure = block.kind == BlockKind.FIGURE_TEXT
            if figure and elsewhere:
                yield _Figure(block.page, None, elsewhere)
            if (
                block.kind == BlockKind.CODE
                or prose_words(block, pair.translation) < MIN_WORDS
                or reads_as_citation(block.text)
                or reads_as_code(block.text)
                or a_translators_note(block)
                or (block.kind == BlockKind.NOTE and not any(reference.blocks[i].kind == BlockKind.NOTE for i in bead.reference))
            ):
                continue
            third = _left_in_another_language(block.language, translation.language, reference, bead.reference)
            cell = _cell_left(block, reference.language, translation.language)
            if block.language == reference.language and mostly_in(block.text, reference.language):
                why = f"in {reference.language}, not {translation.language}"
            elif cell is not None:
                why = f"has a cell in {reference.language}, not {translation.language} ({snippet(cell)!r})"
            elif third:
                why = f"in {block.language}, not {translation.language}"
            elif (
                bead.reference
                and _same_text(block.text, ref_text)
                and not reads_as_name(block.text)
                and in_language(block.text, reference.language)
            ):
                why = "identical to the reference"
            else:
                continue
            if figure:
                yield _Figure(block.page, (block, first_ref, why, third), frozenset())
            else:
                paired = () if pair.whole else bead.reference
                yield _Left(block, first_ref, why, frozenset(paired) or frozenset({_folded(block.text)}))


def _cell_left(block: Block, reference: str, translation: str) -> str | None:
    """A cell of a table row, with words enough to be prose, written in the reference's language where the rest
    of the row is translated (a revision table's notes left in English, its headers translated)."""
    if block.kind != BlockKind.TABLE_ROW:
        return None
    theirs = script_letters(language_script(reference) or "")
    for cell in block.text.split(CELL_SEPARATOR):
        if len(_WORD.findall(cell)) < MIN_WORDS or reads_as_name(cell) or reads_as_code(cell) or reads_as_citation(cell):
            continue
        if theirs is not None and _other_runs(theirs.pattern).search(cell):
            continue  # a term translated, the original beside it in brackets: 희소분포표상(Sparse Distributed Representation)
        rest = _NAME_RUN.sub(" ", cell)
        if len(_WORD.findall(rest)) < MIN_WORDS:
            continue  # a translated cell around a name kept as is: Ex director del Hall Institute of Medical Research
        if mostly_in(cell, reference) and in_language(rest, reference) and not in_language(rest, translation):
            return cell
    return None


_NAME_RUN = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|for|de|del|la|le|des|du|van|von|der|di|da|do)\s+)*\p{Lu}[\p{L}'’.-]*)+"
)
"""Two or more capitalised words, joined by the short words names keep lower case: an institution's name, which a
cell of a translated table may keep in its own language."""


def _figure_finding(rule: Rule, pair: Pair, labels: list[_Label], by: list[str]) -> Finding:
    """One finding for a page's figure text left untranslated, naming the editions that translate it: a figure
    pasted as drawn is one decision, not one forgotten block per label."""
    block, first_ref, why, _ = labels[0]
    text = " ".join(label.text for label, *_ in labels)
    translated = f" (translated in {', '.join(by)})" if by else ""
    return finding(
        rule,
        f"figure text {why}{translated}: {snippet(text)!r}",
        side(pair.reference.document, first_ref),
        side(pair.translation.document, block),
        block.text[:200],
        severity=FIGURE_SEVERITY,
    )


RULE = Rule(
    code="H301",
    name="untranslated-block",
    severity=Severity.ERROR,
    summary="A block of a translation is in the reference's language, or identical to the reference.",
    description=__doc__ or "",
    check=check,
)
