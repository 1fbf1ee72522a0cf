"""What a rule is, what it sees, and how it builds a finding."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from ..model import Alignment, Block, Document, Entity, Finding, Severity, Side

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_PROSE_WORD = regex.compile(r"\p{L}{2,}")


@dataclass(frozen=True, slots=True)
class Edition:
    """A document and the entities of each of its blocks (``entities[i]`` belongs to block ``i``)."""

    document: Document
    entities: tuple[tuple[Entity, ...], ...]


@dataclass(frozen=True, slots=True)
class Pair:
    """A translation aligned with the reference (``whole``: as one bead of every block, its blocks unaligned)."""

    alignment: Alignment
    reference: Edition
    translation: Edition
    whole: bool = False


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the rules see: the reference, the pairs that align, and those that do not.

    ``pairs`` holds the translations aligned well enough to compare facts (``Pair.whole`` for those compared
    as wholes); ``unmatched`` those that are not the same issue.
    """

    reference: Edition
    pairs: tuple[Pair, ...]
    unmatched: tuple[Pair, ...] = ()

    @property
    def editions(self) -> tuple[Edition, ...]:
        """Every edition whose content is compared: the reference first, then each translation."""
        return (self.reference, *(p.translation for p in self.pairs))

    @property
    def every_edition(self) -> tuple[Edition, ...]:
        """``editions`` and the translations that are not the same issue: what a rule checks of an edition alone."""
        return (*self.editions, *(p.translation for p in self.unmatched))


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: stable code, kebab-case name, default severity, documentation and logic.

    ``description`` is the user documentation, with a ``Passes`` and a
    ``Fails`` example that the test suite runs.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    description: str
    check: Callable[[Rule, Comparison], Iterator[Finding]]
    one_sided: Severity | None = None
    """The severity of a value one edition states and the other leaves out, where the real-world benchmark
    measured that as weaker evidence than a changed value (``bench/README.md``); ``None``: ``severity``."""

    def run(self, comparison: Comparison) -> Iterator[Finding]:
        """The findings of this rule on one comparison."""
        return self.check(self, comparison)


def side(document: Document, block: Block | None, entity: Entity | None = None) -> Side:
    """One edition's side of a finding: the block, and the entity's raw and normalized value."""
    return Side(
        path=document.path,
        language=document.language,
        page=block.page if block else None,
        block=block.index if block else None,
        text=block.text if block else "",
        value=entity.text if entity else "",
        normalized=entity.value if entity else "",
        bbox=block.bbox if block else None,
        line=block.line if block else None,
        span=(entity.start, entity.end) if entity else None,
    )


def prose_words(block: Block, edition: Edition) -> int:
    """Words of a block outside its entities (names, links and numbers do not need translating)."""
    text = block.text
    for entity in sorted(edition.entities[block.index], key=lambda e: e.start, reverse=True):
        text = text[: entity.start] + " " + text[entity.end :]
    return len(_PROSE_WORD.findall(text))


def nearby_words(text: str, start: int, end: int, count: int = 3) -> str:
    """Up to ``count`` words either side of a span, lower-cased: the fingerprint's anchor."""
    before = _WORD.findall(text[max(0, start - 80) : start])[-count:]
    after = _WORD.findall(text[end : end + 80])[:count]
    return " ".join(w.lower() for w in (*before, "·", *after))


def fingerprint(rule: Rule, language: str, *parts: str) -> str:
    """A hash that survives re-extraction and layout changes: no page, no position."""
    digest = hashlib.sha256("\x1f".join((rule.name, language, *parts)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def finding(
    rule: Rule,
    message: str,
    reference: Side | None,
    translation: Side | None,
    anchor: str,
    severity: Severity | None = None,
    change: str = "",
) -> Finding:
    """A finding of ``rule``, fingerprinted by both values and ``anchor`` words (never by position)."""
    language = translation.language if translation else ""
    key = fingerprint(
        rule,
        language,
        reference.normalized if reference else "",
        translation.normalized if translation else "",
        anchor,
    )
    if severity is None and change in ("removed", "added"):
        severity = rule.one_sided
    return Finding(rule.name, rule.code, severity or rule.severity, message, reference, translation, key, change)
