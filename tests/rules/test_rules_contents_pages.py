"""contents-page: a contents entry checked against the page its section's heading stands on, in the same edition."""

from __future__ import annotations

from collections.abc import Sequence

from factories import block, comparison, document_of, edition_of
from heroes_i18ncheck import check_files
from heroes_i18ncheck.model import Block, BlockKind, Document
from heroes_i18ncheck.rules import contents_pages
from heroes_i18ncheck.rules.contents_pages import wrong_contents_pages
from pdf_builder import Page, build_pdf

TITLES = ["1. Introduction", "2. Partners", "3. Results", "4. Next steps", "5. Contacts"]


def edition(
    entries: Sequence[tuple[str, int]], headings: Sequence[tuple[str, int]], *, extra: Sequence[tuple[str, int]] = ()
) -> Document:
    """A contents page on page 2 (``entries``: title, page given), then each heading on its page with a paragraph,
    then ``extra`` paragraphs (text, page)."""
    blocks: list[Block] = [block("Contents", "en", page=2, kind=BlockKind.HEADING)]
    blocks += [block(t, "en", page=2, kind=BlockKind.CONTENTS_ENTRY, contents_page=n) for t, n in entries]
    for title, page in headings:
        blocks += [block(title, "en", page=page, kind=BlockKind.HEADING), block("The partners met in Lisbon.", "en", page=page)]
    blocks += [block(text, "en", page=page) for text, page in extra]
    pages = max(page for *_, page in (*headings, *extra))
    return document_of("en.pdf", "en", (Block(i, b.page, b.kind, b.text, b.language, contents_page=b.contents_page) for i, b in enumerate(blocks)), pages=pages)


def wrong(document: Document) -> list[tuple[str, int, int]]:
    return [(entry.text, entry.contents_page or 0, printed) for entry, _, printed in wrong_contents_pages(document)]


def test_an_entry_off_the_offset_the_others_share_is_wrong_and_says_where_its_section_starts() -> None:
    # Cover and contents unnumbered: printed page 1 is the file's page 3.
    headings = list(zip(TITLES, [3, 4, 6, 7, 9]))
    entries = [(t, p - 2) for t, p in headings]
    assert wrong(edition(entries, headings)) == []
    entries[2] = ("3. Results", 7)
    assert wrong(edition(entries, headings)) == [("3. Results", 7, 4)]


def test_the_finding_names_both_pages() -> None:
    headings = list(zip(TITLES, [3, 4, 6, 7, 9]))
    entries = [(t, p - 2) for t, p in headings]
    entries[1] = ("2. Partners", 5)
    document = edition(entries, headings)
    findings = list(contents_pages.RULE.run(comparison(edition_of(document))))
    assert [(f.rule, f.message) for f in findings] == [
        ("contents-page", "the contents give page 5 for '2. Partners', which starts on page 2 (page 4 of the file)")
    ]
    assert findings[0].translation is not None and findings[0].translation.page == 2


def test_too_few_entries_sharing_an_offset_prove_nothing() -> None:
    # Two of three agree: which is the edition's numbering is not known well enough to call the third wrong.
    headings = list(zip(TITLES[:3], [3, 4, 6]))
    assert wrong(edition([("1. Introduction", 1), ("2. Partners", 2), ("3. Results", 9)], headings)) == []
    # Numbers that agree with their headings only here and there: a layout misread, not wrong pages.
    headings = list(zip(TITLES, [3, 4, 6, 7, 9]))
    assert wrong(edition([(t, n) for t, n in zip(TITLES, [1, 2, 9, 11, 2])], headings)) == []


def test_a_heading_matches_its_entry_despite_punctuation_case_and_small_differences() -> None:
    headings = [("1 INTRODUCTION", 3), ("2 Partners", 4), ("3. Results:", 6), ("4. Next step", 7)]
    entries = [("1. Introduction", 1), ("2. Partners", 2), ("3. Results", 4), ("4. Next steps", 9)]
    assert wrong(edition(entries, headings)) == [("4. Next steps", 9, 5)]


def test_an_entry_whose_heading_is_not_found_once_is_not_judged() -> None:
    headings = list(zip(TITLES[:4], [3, 4, 6, 7]))
    # "5. Contacts" has no heading; "Partners" (no number) stands twice as a paragraph later on.
    entries = [*((t, p - 2) for t, p in headings), ("5. Contacts", 30), ("Partners", 40)]
    extra = [("Partners", 8), ("Partners", 9)]
    assert wrong(edition(entries, headings, extra=extra)) == []


def test_a_title_met_again_out_of_order_is_not_its_sections_heading() -> None:
    # htm ja: the contents name "Proximal dendrite" under two chapters; the first chapter's heading is not found as
    # such, so both entries matched the second chapter's heading and the first looked three pages off.
    headings = [*zip(TITLES, [3, 4, 6, 7, 9]), ("Proximal dendrite", 10)]
    entries = [("1. Introduction", 1), ("Proximal dendrite", 1), *((t, p - 2) for t, p in zip(TITLES[1:], [4, 6, 7, 9])), ("Proximal dendrite", 8)]
    assert wrong(edition(entries, headings)) == []


def test_a_heading_named_again_before_its_section_is_not_taken_for_it() -> None:
    # ontology-techwp en: "7.Ontology Application Framework" (page 39) nearly equals a heading on page 9, long
    # before section 6 (its real heading is not found as such).
    entries = [*((t, p - 2) for t, p in zip(TITLES, [3, 4, 6, 7, 9])), ("6. Application Framework", 10)]
    document = edition(entries, list(zip(TITLES, [3, 4, 6, 7, 9])))
    early = block("Application Framework", "en", page=5, kind=BlockKind.HEADING)
    blocks = [*document.blocks[:10], early, *document.blocks[10:]]
    reindexed = (Block(i, b.page, b.kind, b.text, b.language, contents_page=b.contents_page) for i, b in enumerate(blocks))
    assert wrong(document_of("en.pdf", "en", reindexed, pages=12)) == []


def test_each_edition_is_checked_against_itself_so_a_page_shifted_between_editions_is_no_finding() -> None:
    en = edition([(t, p - 2) for t, p in zip(TITLES, [3, 4, 6, 7, 9])], list(zip(TITLES, [3, 4, 6, 7, 9])))
    # The translation runs longer: every section a page or two later, its contents saying so.
    de = edition([(t, p - 2) for t, p in zip(TITLES, [3, 5, 7, 9, 11])], list(zip(TITLES, [3, 5, 7, 9, 11])))
    assert list(contents_pages.RULE.run(comparison(edition_of(en), edition_of(de)))) == []
    # ...but a translation that kept the English page numbers points at the wrong pages.
    stale = edition([(t, p - 2) for t, p in zip(TITLES, [3, 4, 6, 7, 9])], list(zip(TITLES, [3, 4, 6, 8, 10])))
    assert wrong(stale) == [("4. Next steps", 5, 6), ("5. Contacts", 7, 8)]


def _pdf(path, titles: Sequence[str], given: Sequence[int], body: str) -> str:
    leaders = " " + "." * 60 + " "
    entries = ((72, 700 - 22 * i, 11, f"{t}{leaders}{n}") for i, (t, n) in enumerate(zip(titles, given, strict=True)))
    contents = Page(texts=[(72, 740, 16, "Contents"), *entries])
    pages = [Page(texts=[(72, 720, 16, t), (72, 690, 11, body)]) for t in titles]
    path.write_bytes(build_pdf([contents, *pages]))
    return str(path)


def test_a_pdf_whose_contents_page_points_at_the_wrong_page_is_reported(tmp_path) -> None:
    # The file's pages 2–5 are printed 1–4; the German contents send "Ergebnisse" (printed 3) to page 5.
    en = _pdf(tmp_path / "en.pdf", ["Introduction", "Partners", "Results", "Next steps"], [1, 2, 3, 4], "The 24 partners met in Lisbon in 2023.")
    de = _pdf(tmp_path / "de.pdf", ["Einleitung", "Partner", "Ergebnisse", "Nächste Schritte"], [1, 2, 5, 4], "Die 24 Partner trafen sich 2023 in Lissabon.")
    report = check_files([en, de])
    assert [(f.rule, f.translation.path if f.translation else "", f.message) for f in report.findings if f.rule == "contents-page"] == [
        ("contents-page", de, "the contents give page 5 for 'Ergebnisse', which starts on page 3 (page 4 of the file)")
    ]
