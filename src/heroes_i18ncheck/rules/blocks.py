"""missing-block, extra-block — a block of one edition has no counterpart in the other.

A block made only of facts (a link, an address, a handle, a date) that the
other edition states elsewhere is a layout difference — a contact box placed
on another page, the issue date repeated — not lost or added content, and is
not reported, and neither is a contents entry (its section is checked at its heading); a footnote or endnote is
told as "note N" (a note the translation adds, as information: a translator's note as a rule); figure text (the
labels of a drawing, perhaps an image in the other edition) is told once per page, as information. When an edition has
many unpaired blocks (``drowning``), one warning says how many and on which pages instead of listing each;
so does the other side of the same pair when it has more than a few: the two layouts differ too much. A translation
that states another version than the reference's has its unpaired blocks told once, with the version.
Where unpaired blocks crowd one page (``crowded_pages``: a glossary sorted another way, a drawing's labels, a
translator's page), one warning per page says how many there are. Where both editions have unpaired blocks in
the same place (``facing_gaps``: a heading in other words, a paragraph split otherwise; ``facing_pages``: as many
blocks, of a translation's length, on the pages that correspond), nothing was lost or added there: one note says
so, unless the translation repeats one of its own paragraphs in that place. A table's
rows left unpaired in both editions (``facing_tables``: a glossary sorted by each edition's own terms) face each
other wherever they stand in it: one note when there are as many on each side, else one finding that says how many
rows fewer or more the table has.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import regex
from rapidfuzz import fuzz

from ..align.confidence import translation_ratios
from ..align.tables import table_runs
from ..extract.headers import names_machine_translation
from ..extract.notes import note_marker
from ..model import Block, BlockKind, Document, Finding, Severity, Side
from .base import Comparison, Edition, Pair, Rule, finding, prose_words, side
from .notes import a_translators_note, notes_in_brackets, wholly_bracketed
from .version_statements import versions_apart

SNIPPET = 60


def snippet(text: str, limit: int = SNIPPET) -> str:
    """The start of a block's text, cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stated_values(edition: Edition) -> frozenset[str]:
    """Every normalized reading of every fact the edition states."""
    return frozenset(value for found in edition.entities for e in found for value in e.values)


def only_facts_stated_elsewhere(block: Block, edition: Edition, stated: frozenset[str]) -> bool:
    """Whether a block of ``edition`` has no words besides its facts, each of them among ``stated``
    (the other edition's ``stated_values``)."""
    if prose_words(block, edition):
        return False
    return all(not e.values.isdisjoint(stated) for e in edition.entities[block.index])


def check_missing(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Reference blocks that the alignment paired with nothing in a translation."""
    for pair in _same_version(comparison.pairs):
        gaps, other = pair_gaps(comparison, pair)
        yield from _unpaired_findings(rule, pair, gaps, other, on_reference=True)


def check_extra(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """Translation blocks that the alignment paired with nothing in the reference."""
    for pair in _same_version(comparison.pairs):
        other, gaps = pair_gaps(comparison, pair)
        yield from _unpaired_findings(rule, pair, gaps, other, on_reference=False)


def _same_version(pairs: Sequence[Pair]) -> Iterator[Pair]:
    """The pairs whose blocks are told here: a translation of another version has them told once, with the
    version (``another-version``)."""
    return (pair for pair in pairs if versions_apart(pair) is None)


def _unpaired_findings(
    rule: Rule, pair: Pair, gaps: list[Block], other: list[Block], *, on_reference: bool
) -> Iterator[Finding]:
    """The findings for one side's unpaired ``gaps`` (the reference's when ``on_reference``), ``other`` being the
    other side's: one summary when the pair drowns, else one per crowded page, one per figure and one per block."""
    reference, translation = pair.reference.document, pair.translation.document
    own, opposite = (reference, translation) if on_reference else (translation, reference)
    what = "of the reference have no counterpart here" if on_reference else "of this edition have no counterpart in the reference"
    if pair_drowning(gaps, own, other, opposite):
        yield _summary(rule, pair.reference, pair.translation, gaps, what)
        return
    change = "removed" if on_reference else "added"
    ref_told, tr_told = (_told(gaps), _told(other)) if on_reference else (_told(other), _told(gaps))
    tables = facing_tables(pair, ref_told, tr_told)
    ref_rest, tr_rest = _not_in(ref_told, tables, 0), _not_in(tr_told, tables, 1)
    facing = facing_gaps(pair, ref_rest, tr_rest)
    facing += facing_pages(pair, _not_in(ref_rest, facing, 0), _not_in(tr_rest, facing, 1))
    if on_reference:
        yield from (_facing_finding(rule, pair, refs, trs) for refs, trs in facing)
    for refs, trs in tables:
        yield from _table_rows_finding(rule, pair, refs, trs, on_reference=on_reference)
    gaps = _not_in(gaps, [*tables, *facing], 0 if on_reference else 1)

    def sides(block: Block) -> tuple[Side, Side]:
        return (side(reference, block), side(translation, None)) if on_reference else (
            side(reference, None), side(translation, block)
        )

    listed, figures = apart(gaps)
    listed, notes = _notes_apart(listed, bracketed=notes_in_brackets(own))
    for section in (s for s in notes if not names_machine_translation(s[0].text)):  # untranslated-block notes those
        block = section[0]
        where = "in the reference, no counterpart here" if on_reference else "an addition of this edition"
        after = f" (and the {_count(section[1:])} of its section)" if len(section) > 1 else ""
        message = f"translator's note or credit, {where}: {snippet(block.text)!r}{after}"
        yield finding(rule, message, *sides(block), block.text[:200], severity=Severity.INFO, change=change)
    listed, own_notes = _own_notes_apart(listed)
    for block in own_notes:
        yield _note_finding(rule, block, *sides(block), on_reference=on_reference)
    listed, crowded = crowded_pages(listed, own, also=own_notes)
    for page in crowded:
        yield _page_summary(rule, pair.reference, pair.translation, page, what)
    for figure in figures:
        where = "not in this edition (an image here?)" if on_reference else "not in the reference (an image there?)"
        message = f"figure text {where}: {snippet(_joined(figure))!r}"
        yield finding(rule, message, *sides(figure[0]), figure[0].text[:200], severity=Severity.INFO, change=change)
    for block in listed:
        message = f"{block.kind} missing here: {snippet(block.text)!r}" if on_reference else (
            f"{block.kind} not in the reference: {snippet(block.text)!r}"
        )
        yield finding(rule, message, *sides(block), block.text[:200], change=change)


def pair_gaps(comparison: Comparison, pair: Pair) -> tuple[list[Block], list[Block]]:
    """The unpaired blocks of the reference and of the translation of one pair (see ``unpaired``)."""
    beads = pair.alignment.beads
    missing = unpaired(pair.reference, [b.reference for b in beads if not b.translation], stated_values(pair.translation))
    extra = unpaired(pair.translation, [b.translation for b in beads if not b.reference], stated_values(comparison.reference))
    return missing, extra


def facing_gaps(
    pair: Pair, ref_told: Sequence[Block], tr_told: Sequence[Block]
) -> list[tuple[list[Block], list[Block]]]:
    """Unpaired blocks of both editions, among those that would be told one by one (``ref_told``, ``tr_told``),
    that stand in the same place — at most ``FACING_PAIRS`` pairs apart: each side has something there which the
    aligner could not match (reworded, split or merged otherwise, a heading in other words), so no content is lost
    or added, unlike a place one side leaves empty or holds only a note, a formula or a box of facts. A place where
    the translation repeats one of its own blocks is left out: a paragraph copied in place of the one it should
    translate is lost content after all."""
    reference, translation = pair.reference.document, pair.translation.document
    ref_indices, tr_indices = {b.index for b in ref_told}, {b.index for b in tr_told}
    if pair.whole:
        return []
    found: list[tuple[list[Block], list[Block]]] = []
    refs: list[Block] = []
    trs: list[Block] = []
    since = 0
    for bead in (*pair.alignment.beads, None):
        if bead is not None and bead.moved:
            continue
        if bead is None or (bead.reference and bead.translation):
            since += 1
            if bead is None or since > FACING_PAIRS:
                if refs and trs and not any(_repeated(block, translation) for block in trs):
                    found.append((refs, trs))
                refs, trs = [], []
            continue
        since = 0
        refs += [reference.blocks[i] for i in bead.reference if i in ref_indices]
        trs += [translation.blocks[j] for j in bead.translation if j in tr_indices]
    return found


def _not_in(blocks: Sequence[Block], places: Sequence[tuple[list[Block], list[Block]]], side_of: int) -> list[Block]:
    """``blocks`` less those in ``places`` (pairs of the reference's and the translation's blocks) on side
    ``side_of`` (0: the reference's, 1: the translation's)."""
    told = {block.index for place in places for block in place[side_of]}
    return [block for block in blocks if block.index not in told]


def facing_tables(
    pair: Pair, ref_told: Sequence[Block], tr_told: Sequence[Block]
) -> list[tuple[list[Block], list[Block]]]:
    """Unpaired rows (among those told one by one) of a reference table and of the translation's table that its
    rows are paired with (at least ``TABLE_LINKS``): the table stands in both editions, and its rows that did not
    pair face each other wherever they are in it — a glossary sorted by the edition's own terms puts them anywhere."""
    reference, translation = pair.reference.document, pair.translation.document
    ref_table, tr_table = _tables_of(reference), _tables_of(translation)
    links: Counter[tuple[int, int]] = Counter(
        (ref_table[r], tr_table[t])
        for bead in pair.alignment.beads
        for r in bead.reference
        for t in bead.translation
        if r in ref_table and t in tr_table
    )
    partner: dict[int, int] = {}
    for (r, t), count in sorted(links.items(), key=lambda item: (-item[1], item[0])):
        if count >= TABLE_LINKS and r not in partner and t not in partner.values():
            partner[r] = t
    ref_rows = _grouped(ref_told, lambda block: ref_table.get(block.index))
    tr_rows = _grouped(tr_told, lambda block: tr_table.get(block.index))
    return [(ref_rows[r], tr_rows[t]) for r, t in sorted(partner.items()) if r in ref_rows and t in tr_rows]


def _grouped(blocks: Sequence[Block], key: Callable[[Block], int | None]) -> dict[int, list[Block]]:
    """``blocks`` by ``key`` (those it gives no key left out), in their order."""
    groups: dict[int, list[Block]] = {}
    for block in blocks:
        found = key(block)
        if found is not None:
            groups.setdefault(found, []).append(block)
    return groups


TABLE_LINKS = 2
"""Row pairings from which a reference table and a translation table are one table in two editions."""


def facing_pages(
    pair: Pair, ref_told: Sequence[Block], tr_told: Sequence[Block]
) -> list[tuple[list[Block], list[Block]]]:
    """Unpaired blocks (among those told one by one) of a reference page and of the translation's page that most of
    its pairings go to, as many on each side: the page holds them in both editions, laid out otherwise — a heading
    set at the top of one and beside the text of the other, a brochure's boxes read in another order."""
    reference, translation = pair.reference.document, pair.translation.document
    links: Counter[tuple[int, int]] = Counter(
        (reference.blocks[r].page, translation.blocks[t].page)
        for bead in pair.alignment.beads
        if not bead.moved
        for r in bead.reference
        for t in bead.translation
    )
    partner: dict[int, int] = {}
    for (page, other_page), _ in sorted(links.items(), key=lambda item: (-item[1], item[0])):
        partner.setdefault(page, other_page)
    ref_pages = _grouped(ref_told, lambda block: block.page)
    tr_pages = _grouped(tr_told, lambda block: block.page)
    found = []
    for page, other_page in sorted(partner.items()):
        refs, trs = ref_pages.get(page, []), tr_pages.get(other_page, [])
        if (
            refs
            and len(refs) == len(trs)
            and _translation_length(refs, trs, (reference.language, translation.language))
            and not any(_repeated(block, translation) for block in trs)
        ):
            found.append((refs, trs))
    return found


def _translation_length(refs: Sequence[Block], trs: Sequence[Block], languages: tuple[str, str]) -> bool:
    """Whether the translation's blocks are as long as a translation of the reference's could be."""
    ref_chars = sum(len(b.text) for b in refs)
    tr_chars = sum(len(b.text) for b in trs)
    low, high = translation_ratios(languages)
    return low * ref_chars <= tr_chars <= high * ref_chars


def _tables_of(document: Document) -> dict[int, int]:
    """Each table row's block index → its table's number (a run of consecutive rows is a table)."""
    runs = table_runs([b.kind for b in document.blocks])
    return {document.blocks[k].index: n for n, run in enumerate(runs) for k in run}


def _table_rows_finding(
    rule: Rule, pair: Pair, refs: Sequence[Block], trs: Sequence[Block], *, on_reference: bool
) -> Iterator[Finding]:
    """A table's unpaired rows in both editions: as many on each side, rows reworded (one note, told with the
    reference's); more on one side, rows lost or added (the rule's severity, on that side), with how many."""
    if len(refs) == len(trs):
        if on_reference:
            yield _facing_finding(rule, pair, refs, trs)
        return
    if (len(refs) > len(trs)) != on_reference:
        return
    own, other = (refs, trs) if on_reference else (trs, refs)
    here, there = ("in the reference", "here") if on_reference else ("here", "in the reference")
    fewer = len(own) - len(other)
    message = (
        f"table with {fewer} row{'s' if fewer > 1 else ''} {'fewer' if on_reference else 'more'} here: {len(own)} of its"
        f" rows {here} and {len(other)} {there} could not be paired: {snippet(_joined(own))!r}"
    )
    yield finding(
        rule,
        message,
        side(pair.reference.document, refs[0]),
        side(pair.translation.document, trs[0]),
        own[0].text[:200],
        change="removed" if on_reference else "added",
    )


def _told(blocks: Sequence[Block]) -> list[Block]:
    """The unpaired blocks that would be told one by one: no figure text, contents entry, fragment, translator's note
    or footnote and endnote (each told as a note)."""
    return _own_notes_apart(_notes_apart(apart(blocks)[0])[0])[0]


def _own_notes_apart(blocks: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """``blocks`` less the footnotes and endnotes (``BlockKind.NOTE``), and those notes."""
    return [b for b in blocks if b.kind != BlockKind.NOTE], [b for b in blocks if b.kind == BlockKind.NOTE]


def _note_finding(rule: Rule, block: Block, ref_side: Side, tr_side: Side, *, on_reference: bool) -> Finding:
    """A footnote or endnote that has no note, and no block, paired with it in the other edition: one of the
    reference's is lost (the rule's severity); one the translation adds is as a rule a translator's note (info).
    A note paired with its counterpart wherever it stands (``align.notes``) is no finding."""
    marker = note_marker(block.text)
    name = f"note {marker}" if marker is not None else "a note"
    if on_reference:
        message = f"{name} of the reference has no counterpart here: {snippet(block.text)!r}"
        return finding(rule, message, ref_side, tr_side, block.text[:200], change="removed")
    message = f"{name} of this edition has no counterpart in the reference (a translator's note?): {snippet(block.text)!r}"
    return finding(rule, message, ref_side, tr_side, block.text[:200], severity=Severity.INFO, change="added")


def _notes_apart(blocks: Sequence[Block], *, bracketed: bool = False) -> tuple[list[Block], list[list[Block]]]:
    """``blocks`` less the translator's notes and credits, and those notes, each with the section it heads.

    A note that is a title (a heading, or a line without a sentence's end: ``Numenta Translation License``,
    ``Anmerkungen zur deutschen Übersetzung``) heads a translator's section: the unpaired blocks right after it on
    its page, up to the next heading, are the licence or the notes it announces, and go with it. In an edition that
    says its notes stand in square brackets (``bracketed``), a block wholly in brackets is a note too.
    """
    by_index = {block.index: block for block in blocks}
    taken: set[int] = set()
    notes: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: b.index):
        if block.index in taken or not (a_translators_note(block) or (bracketed and wholly_bracketed(block))):
            continue
        section = [block]
        if _a_title(block):
            following = by_index.get(block.index + 1)
            while following is not None and following.page == block.page and following.kind != BlockKind.HEADING:
                section.append(following)
                following = by_index.get(following.index + 1)
        taken.update(b.index for b in section)
        notes.append(section)
    return [b for b in blocks if b.index not in taken], notes


TITLE_MAX_CHARS = 80


def _a_title(block: Block) -> bool:
    """Whether a block reads as a title: a heading, or one short line that does not end a sentence."""
    text = block.text.strip()
    return block.kind == BlockKind.HEADING or (len(text) <= TITLE_MAX_CHARS and not text.endswith((".", "!", "?", ":")))


FACING_PAIRS = 2
"""Unpaired blocks of the two editions this many pairs apart or fewer stand in the same place: a paragraph split
otherwise, or a heading the other edition runs into its paragraph, leaves its pieces a pair or two away."""
REPEATED_RATIO = 90
"""rapidfuzz ratio (0–100) from which a block of some length is a copy of another block of its edition."""
REPEATED_MIN_CHARS = 80


def _repeated(block: Block, document: Document) -> bool:
    """Whether ``block`` is a copy of another block of its edition."""
    if len(block.text) < REPEATED_MIN_CHARS:
        return False
    return any(
        other.index != block.index and fuzz.ratio(block.text, other.text, score_cutoff=REPEATED_RATIO)
        for other in document.blocks
        if abs(len(other.text) - len(block.text)) <= len(block.text) // 5
    )


def _facing_finding(rule: Rule, pair: Pair, refs: Sequence[Block], trs: Sequence[Block]) -> Finding:
    """One note for a place where both editions have blocks the aligner could not pair."""
    message = (
        f"{_count(refs)} of the reference and {_count(trs)} of this edition in the same place could not be paired"
        f" (reworded or laid out differently?): {snippet(_joined(refs))!r} ↔ {snippet(_joined(trs))!r}"
    )
    return finding(
        rule,
        message,
        side(pair.reference.document, refs[0]),
        side(pair.translation.document, trs[0]),
        refs[0].text[:200],
        severity=Severity.INFO,
    )


def _count(blocks: Sequence[Block]) -> str:
    return "1 block" if len(blocks) == 1 else f"{len(blocks)} blocks"


def pair_drowning(gaps: Sequence[Block], document: Document, other: Sequence[Block], other_document: Document) -> bool:
    """Whether one side's unpaired blocks are told in one finding: too many of them (``drowning``), or more than
    ``DROWNING_BLOCKS`` while the other side of the same pair drowns — the layouts differ too much for either
    side's list to be worth reading."""
    if drowning(gaps, document):
        return True
    return len(gaps) > DROWNING_BLOCKS and drowning(other, other_document)


def unpaired(edition: Edition, groups: Sequence[tuple[int, ...]], stated: frozenset[str]) -> list[Block]:
    """The blocks of ``edition`` in ``groups`` (beads with nothing on the other side), less those made only of facts
    the other edition states elsewhere."""
    blocks = edition.document.blocks
    return [blocks[i] for group in groups for i in group if not only_facts_stated_elsewhere(blocks[i], edition, stated)]


def apart(blocks: Sequence[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The unpaired blocks to tell one by one, and the figure text by page, told once per page as information.

    A contents entry is neither: it stands for a heading, and a section dropped or added is told once, at its
    heading; an entry the other edition's contents split or merged differently is no lost content. The labels
    of a drawing that one edition has as text may be part of an image in the other. Nor are ``fragments``:
    a formula, or the rest of a sentence it interrupted. (All still count towards ``drowning``: a layout the
    aligner cannot follow shows there too.)
    """
    listed: list[Block] = []
    figures: dict[int, list[Block]] = {}
    pieces = fragments(blocks)
    for block in blocks:
        if block.kind == BlockKind.FIGURE_TEXT:
            figures.setdefault(block.page, []).append(block)
        elif block.kind != BlockKind.CONTENTS_ENTRY and block.index not in pieces:
            listed.append(block)
    return listed, [figures[page] for page in sorted(figures)]


_CONTINUES = regex.compile(r"^\s*(?:[,;:)\]]|\p{Ll}+(?:[\s,;.!?]|$))")
"""A block that starts inside a sentence: with a comma or a closing bracket, or a lower-case word (not a link)."""
_LONG_WORD = regex.compile(r"\p{L}{3,}")


def fragments(blocks: Sequence[Block]) -> set[int]:
    """The unpaired blocks that are pieces of a neighbour, not content of their own: a formula or stray glyphs
    without a word of three letters (``f (x1, …, xn)``, ``CAd d``), and the rest of a sentence such a line
    interrupted (``, en ondergrens``, ``van de eerste``) where what it continues is paired or a piece itself."""
    unpaired = {block.index for block in blocks}
    found: set[int] = set()
    for block in sorted(blocks, key=lambda b: b.index):
        if not _LONG_WORD.search(block.text):
            found.add(block.index)
        elif _CONTINUES.match(block.text) and block.index > 0:
            before = block.index - 1
            if before not in unpaired or before in found:
                found.add(block.index)
    return found


CROWDED_BLOCKS = 3
CROWDED_SHARE = 0.25
"""A page on which at least this many unpaired blocks, and this share of its blocks, have no counterpart is told
in one finding: there the aligner could not follow the layout (rows sorted another way, a drawing's labels, a
page the translator added), and a dropped page still shows as one."""


def crowded_pages(
    blocks: Sequence[Block], document: Document, also: Sequence[Block] = ()
) -> tuple[list[Block], list[list[Block]]]:
    """The unpaired blocks to tell one by one, and those of each crowded page (see ``CROWDED_BLOCKS``) together;
    ``also`` are unpaired blocks told otherwise (notes) that still count towards a page's crowd: a page of a
    translator's endnotes, credit and note is a page laid out differently."""
    on_page = Counter(block.page for block in document.blocks)
    unpaired = Counter(block.page for block in (*blocks, *also))
    crowded = {page for page, n in unpaired.items() if n >= CROWDED_BLOCKS and n >= CROWDED_SHARE * on_page[page]}
    pages: dict[int, list[Block]] = {}
    listed: list[Block] = []
    for block in blocks:
        if block.page in crowded:
            pages.setdefault(block.page, []).append(block)
        else:
            listed.append(block)
    return listed, [pages[page] for page in sorted(pages)]


def _page_summary(rule: Rule, reference: Edition, translation: Edition, blocks: Sequence[Block], what: str) -> Finding:
    """One warning for the unpaired blocks of one crowded page."""
    document = reference.document if rule.code == "H201" else translation.document
    on_page = sum(1 for block in document.blocks if block.page == blocks[0].page)
    message = (
        f"{len(blocks)} of the {on_page} blocks on page {blocks[0].page} {what} (a table, a drawing or a page laid out"
        f" differently?), the first: {snippet(blocks[0].text)!r}"
    )
    first = blocks[0]
    ref_side = side(reference.document, first if document is reference.document else None)
    tr_side = side(translation.document, first if document is translation.document else None)
    return finding(rule, message, ref_side, tr_side, first.text[:200], severity=Severity.WARNING)


def _joined(blocks: Sequence[Block]) -> str:
    return " ".join(block.text for block in blocks)


DROWNING_BLOCKS = 20
DROWNING_SHARE = 0.1
"""More unpaired blocks than this, making up more than this share of an edition's blocks, are told in one
finding: a layout the aligner cannot follow (line-wrapped pieces, tables, a script without spaces), not
dozens of lost paragraphs."""


def drowning(gaps: Sequence[Block], document: Document) -> bool:
    """Whether an edition's unpaired blocks are too many to list one by one."""
    return len(gaps) > DROWNING_BLOCKS and len(gaps) > DROWNING_SHARE * len(document.blocks)


def _summary(rule: Rule, reference: Edition, translation: Edition, gaps: Sequence[Block], what: str) -> Finding:
    """One finding for all of an edition's unpaired blocks, with the pages they stand on."""
    document = reference.document if rule.code == "H201" else translation.document
    pages = page_ranges(sorted({b.page for b in gaps}))
    message = (
        f"{len(gaps)} of {len(document.blocks)} blocks {what} (pages {pages}): the layouts differ too much to list"
        " them one by one; the facts of the blocks that pair were compared"
    )
    first = gaps[0]
    ref_side = side(reference.document, first) if document is reference.document else side(reference.document, None)
    tr_side = side(translation.document, first) if document is translation.document else side(translation.document, None)
    return finding(rule, message, ref_side, tr_side, f"unpaired {len(gaps)}", severity=Severity.WARNING)


def page_ranges(pages: Sequence[int]) -> str:
    """``[1, 2, 3, 5, 7, 8]`` → ``1–3, 5, 7–8``."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


MISSING_DESCRIPTION = """missing-block — a block of the reference has no counterpart in the translation.

A dropped paragraph is the commonest drift between editions. In the examples ``¶`` separates blocks.

Passes (en → bg): ``Partners met in Lisbon. ¶ The review is done.`` ↔ ``Партньорите се срещнаха в Лисабон. ¶ Прегледът приключи.``.
Fails (en → bg): ``Partners met in Lisbon. ¶ The review is done.`` ↔ ``Партньорите се срещнаха в Лисабон.``.
"""

EXTRA_DESCRIPTION = """extra-block — a block of the translation has no counterpart in the reference.

Added text is rarer than dropped text and often deliberate (a local contact, a
translator's note), so it is a warning. In the examples ``¶`` separates blocks.

Passes (en → bg): ``Partners met in Lisbon.`` ↔ ``Партньорите се срещнаха в Лисабон.``.
Fails (en → bg): ``Partners met in Lisbon.`` ↔ ``Партньорите се срещнаха в Лисабон. ¶ Бележка на преводача.``.
"""

MISSING = Rule(
    code="H201",
    name="missing-block",
    severity=Severity.ERROR,
    summary="A block of the reference has no counterpart in the translation.",
    description=MISSING_DESCRIPTION,
    check=check_missing,
)

EXTRA = Rule(
    code="H202",
    name="extra-block",
    severity=Severity.WARNING,
    summary="A block of the translation has no counterpart in the reference.",
    description=EXTRA_DESCRIPTION,
    check=check_extra,
)
