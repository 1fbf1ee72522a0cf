"""How sure the aligner is: of each bead, and that the two editions are the same issue at all.

A pairing scored at ``SKIP_SCORE`` is a coin toss (confidence 0) and one at
``SURE_SCORE`` or above is certain (1). A unit left unpaired is as certain as
its best rejected partner was weak. The editions' overall confidence is the
share of their text that content evidence ties together: of each edition,
the characters in beads whose shared words and facts are strong, and of the
rest those standing between two such beads in order (a sentence without a
name between two anchored ones is pinned down by them, even when, as between
English and Greek, its words share little); the smaller share
of the two editions counts, so a short document that matches part of a long
one is not taken for its translation. Translations also keep to one length
ratio (Gale–Church): when the anchored pairs' lengths scatter far more than
a translation's do, or their ratio is one no language pair has, the share is
scaled down by ``length_consistency`` (a summary that restates an issue's
facts anchors everywhere, but not with the lengths of a translation). Below
``MATCH_THRESHOLD`` the editions are taken not to be the same issue, unless
they state the same distinctive facts (``shared_facts``) or both are too short to judge (``same_issue``): a two-sentence snippet shares
too few names and facts with its translation for their absence to mean anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Alignment, Bead, Document, Entity, EntityKind
from .dp import SKIP_SCORE
from .length import LengthModel

FACT_SHARE = 0.5
"""Share of distinctive facts two editions must have in common to be the same issue whatever the alignment."""
MIN_DISTINCT_FACTS = 15
DISTINCT_KINDS = frozenset(
    {
        EntityKind.URL,
        EntityKind.EMAIL,
        EntityKind.HANDLE,
        EntityKind.HASHTAG,
        EntityKind.IDENTIFIER,
        EntityKind.DATE,
        EntityKind.YEAR,
        EntityKind.MONEY,
        EntityKind.PERCENT,
        EntityKind.QUANTITY,
    }
)
SURE_SCORE = 0.85
MATCH_THRESHOLD = 0.5
"""Overall confidence below which two editions are taken not to be the same issue (editions-do-not-match)."""
ANCHORED_CONTENT = 0.25
"""Content score (``Scorer.content``) from which a bead counts as tied by shared words and facts."""
TRANSLATION_VARIANCE = 20.0
"""Length variance (s², see ``length``) up to which anchored pairs look like a translation's."""
TRANSLATION_RATIOS = (0.4, 2.5)
"""Length ratios translations stay within (characters of the translation per reference character)."""
DENSE_LANGUAGES = frozenset({"ja", "zh", "ko"})
"""Languages whose scripts say in one character (a Han character, a Hangul syllable) what an alphabet spells in
two to four: between one of them and an alphabetic language the ratio goes as far as ``DENSE_RATIOS``."""
DENSE_RATIOS = (0.2, 5.0)
MIN_JUDGED_BLOCKS = 6
MIN_JUDGED_CHARS = 600
"""An edition with fewer blocks *and* fewer characters than these is too short to be told apart from a translation."""
PINNED = 0.8
"""Share of its surer neighbours' confidence that a pairing wedged between them inherits."""


def same_issue(alignment: Alignment, facts_shared: float = 0.0) -> bool:
    """Whether the two editions may be compared: confident enough, sharing their facts (``shared_facts``), or too
    short to judge."""
    return (
        alignment.confidence >= MATCH_THRESHOLD
        or facts_shared >= FACT_SHARE
        or not _judgeable(alignment.reference, alignment.translation)
    )


def shared_facts(reference: Sequence[Sequence[Entity]], translation: Sequence[Sequence[Entity]]) -> float:
    """How much two editions state the same distinctive facts (links, addresses, identifiers, dates, years,
    amounts, quantities, numbers of three digits or more): the share of the smaller edition's facts the other
    states too, 0 when either has fewer than ``MIN_DISTINCT_FACTS`` or one has less than half the other's.

    A translation whose blocks the aligner cannot pair (Japanese and Chinese write no spaces; a PDF whose text
    layer is poor) still states the reference's facts; a summary restating an issue's facts states far fewer.
    """
    ours, theirs = _distinct(reference), _distinct(translation)
    small, large = sorted((len(ours), len(theirs)))
    if small < MIN_DISTINCT_FACTS or small * 2 < large:
        return 0.0
    return len(ours & theirs) / small


def _distinct(entities: Sequence[Sequence[Entity]]) -> set[str]:
    return {
        e.value
        for found in entities
        for e in found
        if e.kind in DISTINCT_KINDS or (e.kind is EntityKind.NUMBER and len(e.value.split(".")[0].lstrip("-")) >= 3)
    }


def _judgeable(reference: Document, translation: Document) -> bool:
    def judgeable(document: Document) -> bool:
        chars = sum(len(b.text) for b in document.blocks)
        return len(document.blocks) >= MIN_JUDGED_BLOCKS or chars >= MIN_JUDGED_CHARS

    return judgeable(reference) and judgeable(translation)


def pairing_confidence(score: float) -> float:
    """Confidence of a bead that pairs blocks, from its score."""
    return _clamp((score - SKIP_SCORE) / (SURE_SCORE - SKIP_SCORE))


def gap_confidence(best_rejected: float) -> float:
    """Confidence that a block has no counterpart, from the best score any partner reached."""
    return 1.0 - pairing_confidence(best_rejected)


def pinned_confidences(beads: Sequence[Bead]) -> list[Bead]:
    """Beads whose confidence is raised to what the pairings around them vouch for.

    In a stretch of pairings that follow each other without a gap on either
    side, a bead with little evidence of its own is held in place by the
    surest bead before it and the surest after it: it gets ``PINNED`` times
    the weaker of the two, if that is more than it had.
    """
    raised = list(beads)
    for stretch in _stretches(beads):
        best_after = [0.0] * len(stretch)
        for n in range(len(stretch) - 2, -1, -1):
            best_after[n] = max(best_after[n + 1], beads[stretch[n + 1]].confidence)
        before = 0.0
        for n, k in enumerate(stretch):
            own = beads[k].confidence
            vouched = PINNED * min(before, best_after[n])
            if vouched > own:
                raised[k] = replace(beads[k], confidence=vouched)
            before = max(before, own)
    return raised


def _stretches(beads: Sequence[Bead]) -> list[list[int]]:
    """Runs of in-order pairings, each starting right where the one before ended on both sides."""
    stretches: list[list[int]] = []
    current: list[int] = []
    for k, bead in enumerate(beads):
        pairing = bool(bead.reference and bead.translation) and not bead.moved
        if pairing and current and _follows(beads[current[-1]], bead):
            current.append(k)
            continue
        if current:
            stretches.append(current)
        current = [k] if pairing else []
    if current:
        stretches.append(current)
    return stretches


def _follows(previous: Bead, bead: Bead) -> bool:
    return previous.reference[-1] + 1 == bead.reference[0] and previous.translation[-1] + 1 == bead.translation[0]


def overall_confidence(
    beads: Sequence[tuple[int, int, float]], ref_total: int, tr_total: int
) -> float:
    """The editions' confidence from their beads in order, each ``(ref_chars, tr_chars, content)``.

    Unpaired text has zero on one side; ``content`` is the bead's content score.
    """
    anchored = [bool(ref and tr and content >= ANCHORED_CONTENT) for ref, tr, content in beads]
    anchors_after = [False] * (len(beads) + 1)
    for k in range(len(beads) - 1, -1, -1):
        anchors_after[k] = anchors_after[k + 1] or anchored[k]
    ref_share = tr_share = 0
    seen_anchor = False
    for k, (ref, tr, _) in enumerate(beads):
        if not (ref and tr):
            continue
        pinned = anchored[k] or (seen_anchor and anchors_after[k + 1])
        seen_anchor = seen_anchor or anchored[k]
        if pinned:
            ref_share += ref
            tr_share += tr
    return min(ref_share / max(ref_total, 1), tr_share / max(tr_total, 1))


def length_consistency(lengths: LengthModel, languages: tuple[str, str] = ("", "")) -> float:
    """How much the anchored pairs' lengths look like a translation's between the two ``languages`` (reference,
    translation), in (0, 1]. Spanish into Korean runs at 0.4 characters a character: a translation still."""
    spread = min(1.0, TRANSLATION_VARIANCE / lengths.variance)
    low, high = translation_ratios(languages)
    return spread * (1.0 if low <= lengths.ratio <= high else 0.5)


def translation_ratios(languages: tuple[str, str]) -> tuple[float, float]:
    """The length ratios a translation between the two ``languages`` stays within: ``DENSE_RATIOS`` when one of them
    is written in a dense script and the other not, else ``TRANSLATION_RATIOS``."""
    dense = sum(language in DENSE_LANGUAGES for language in languages) == 1
    return DENSE_RATIOS if dense else TRANSLATION_RATIOS


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
