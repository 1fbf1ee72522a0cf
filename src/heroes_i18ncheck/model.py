"""The data every stage passes on: frozen records, no logic beyond trivial properties.

Flow: ``Document`` (extract) → ``Entity`` (entities) → ``Alignment`` (align)
→ ``Finding`` (rules) → ``Report`` (check, rendered by ``report``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

BBox = tuple[float, float, float, float]
"""A box in PDF points, ``(x0, y0, x1, y1)`` with the origin at the page's bottom left."""

class BlockKind(StrEnum):
    """What a block is on the page."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    CONTENTS_ENTRY = "contents-entry"
    """A line of a table of contents: a section's title (its page number kept apart, ``Block.contents_page``)."""
    TABLE_ROW = "table-row"
    """One row of a ruled table, its cells in column order with `` | `` between them."""
    FIGURE_TEXT = "figure-text"
    """Labels inside a drawing (boxes, arrows): one edition may have them as text, another as an image."""
    NOTE = "note"
    """A footnote or endnote, its marker (``1``, ``*``, ``†``) first: at the foot of a page in one edition, at the end
    in another."""
    SIDEBAR = "sidebar"
    """Text set apart from the running text by a box, a shaded panel, a column of its own or its size: a sidebar,
    a pull quote, a margin note."""
    CAPTION = "caption"
    """The caption of a figure or table (``Figure 3: …``, ``Таблица 2.``)."""
    CODE = "code"
    """Code, a command or a file path, set in a monospaced font: kept as is in every edition."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading or list item as laid out in an edition.

    ``index`` is the block's place in reading order (0-based); ``page`` is
    1-based; ``line`` is the first source line for text input (``None`` for PDF);
    ``contents_page`` is the page number a contents entry gives, as printed (Arabic numerals only).
    """

    index: int
    page: int
    kind: BlockKind
    text: str
    language: str
    bbox: BBox | None = None
    line: int | None = None
    contents_page: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One edition as the checker sees it: ordered blocks and where its language came from.

    ``language_source`` is ``"option"``, ``"name"``, ``"detected"`` or ``"section"`` (the
    section of pages in that language of a file that holds several);
    ``warnings`` holds non-fatal extraction problems (e.g. pages without text).
    ``text_languages`` is what langdetect reads in the words of the blocks in
    the edition's own language, most likely first, with probabilities (empty
    when the language was detected anyway, or there are too few words).
    ``sections`` are the languages of the other sections of pages the file
    holds, left out of this edition.
    """

    path: str
    language: str
    language_source: str
    pages: int
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    text_languages: tuple[tuple[str, float], ...] = ()
    sections: tuple[str, ...] = ()


class EntityKind(StrEnum):
    """The kinds of checkable fact found inside a block."""

    NUMBER = "number"
    MONEY = "money"
    QUANTITY = "quantity"
    PERCENT = "percent"
    RANGE = "range"
    ORDINAL = "ordinal"
    YEAR = "year"
    TIME = "time"
    DATE = "date"
    URL = "url"
    EMAIL = "email"
    HANDLE = "handle"
    HASHTAG = "hashtag"
    PHONE = "phone"
    IDENTIFIER = "identifier"
    ACRONYM = "acronym"


@dataclass(frozen=True, slots=True)
class Entity:
    """A fact in a block: its raw text, where it is, and a normalized value to compare.

    ``value`` is the canonical form (``"4990000 EUR"``, ``"2023-03-14"``,
    ``"https://heroes-fct.eu"``). ``alternatives`` holds the other readings
    of an ambiguous raw text (``1.000`` may be one or one thousand); two
    entities agree when their ``values`` overlap. ``subkind`` refines the kind
    (``"grant"``, ``"call"``, ``"task"``…); ``lookalike`` names the foreign
    script of letters that only imitate the entity's own (``"Cyrillic"``).
    """

    kind: EntityKind
    text: str
    start: int
    end: int
    value: str
    alternatives: tuple[str, ...] = ()
    subkind: str = ""
    lookalike: str = ""

    @property
    def values(self) -> frozenset[str]:
        """Every normalized reading of the raw text."""
        return frozenset((self.value, *self.alternatives))


@dataclass(frozen=True, slots=True)
class Bead:
    """A group of reference blocks paired with a group of translation blocks.

    Either side may be empty (a block missing from, or added to, the
    translation). ``moved`` marks a pair found out of reading order.
    """

    reference: tuple[int, ...]
    translation: tuple[int, ...]
    score: float
    confidence: float
    moved: bool = False


@dataclass(frozen=True, slots=True)
class Alignment:
    """How the blocks of a translation line up with the blocks of the reference."""

    reference: Document
    translation: Document
    beads: tuple[Bead, ...]
    confidence: float


class Severity(IntEnum):
    """How much a finding matters; ordered so that ``>=`` compares gravity."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        """``"error"`` → ``Severity.ERROR``; raises ``ValueError`` naming the bad value."""
        try:
            return cls[name.upper()]
        except KeyError:
            choices = ", ".join(str(s) for s in cls)
            raise ValueError(f"unknown severity {name!r} (choose from {choices})") from None


@dataclass(frozen=True, slots=True)
class Side:
    """One edition's side of a finding: where the fact is and how it is written there."""

    path: str
    language: str
    page: int | None
    block: int | None
    text: str
    value: str
    normalized: str
    bbox: BBox | None = None
    line: int | None = None
    span: tuple[int, int] | None = None
    """Where ``value`` stands in ``text``."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One disagreement between editions, with both sides and a stable fingerprint.

    ``translation`` is the side of the edition the finding blames (when the
    reference is the odd one out among many editions, that is the reference);
    ``reference`` is the side it is compared with.
    """

    rule: str
    code: str
    severity: Severity
    message: str
    reference: Side | None
    translation: Side | None
    fingerprint: str
    change: str = ""
    """For a value: ``"changed"``, ``"removed"`` or ``"added"`` (as the blamed edition has it)."""


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read, and why, in one line."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one check found: editions read, alignments, findings and unreadable inputs."""

    documents: tuple[Document, ...]
    reference: str | None
    alignments: tuple[Alignment, ...] = ()
    findings: tuple[Finding, ...] = ()
    errors: tuple[InputError, ...] = field(default=())

    def exit_code(self, fail_on: str | Severity | None = "error") -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 an input could not be read.

        ``fail_on`` may be a severity, its name, or ``"never"``/``None``.
        """
        if self.errors:
            return 2
        if fail_on is None or fail_on == "never":
            return 0
        threshold = fail_on if isinstance(fail_on, Severity) else Severity.parse(fail_on)
        return 1 if any(f.severity >= threshold for f in self.findings) else 0


@dataclass(frozen=True, slots=True)
class IssueReport:
    """One issue of a batch: its folder and report, or why it could not be checked at all."""

    folder: str
    report: Report | None
    error: str | None = None

    def exit_code(self, fail_on: str | Severity | None = "error") -> int:
        """The exit code of checking this issue alone (2 when it could not be checked)."""
        return 2 if self.report is None else self.report.exit_code(fail_on)


@dataclass(frozen=True, slots=True)
class BatchReport:
    """Every issue under ``root``, in folder order."""

    root: str
    issues: tuple[IssueReport, ...] = ()

    def exit_code(self, fail_on: str | Severity | None = "error") -> int:
        """The worst issue's exit code; 2 for a root without issues."""
        return max((issue.exit_code(fail_on) for issue in self.issues), default=2)
