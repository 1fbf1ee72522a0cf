"""Files that hold several languages, a section of pages each (an Interreg leaflet in fr, en, nl and de).

Such a file is an edition only in its own language's pages: the others are left
out, with one warning naming them, so they are neither compared nor reported as
untranslated. Each other section can be read as an edition of its own
(``language_section`` with ``first=False``), which the check does for a language
no other file given is an edition in. A page's language is what langdetect reads in its text; a page too
short to tell goes with the page before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language_codes import normalize_language_code
from .language import detect_language
from .text import RawBlock

MIN_OTHER_LANGUAGES = 2
"""Other languages a file's pages must be in before it counts as holding several: one other language only may
be a section left untranslated, which untranslated-block must still see."""


PAGE_SAMPLE = 600
"""Characters of a page langdetect reads to tell its language: enough for a page of prose, and cheap."""


def _page_language(texts: Sequence[str]) -> str | None:
    detected = detect_language(" ".join(texts)[:PAGE_SAMPLE])
    return normalize_language_code(detected) if detected else None


def _in_sections(pages: Sequence[int], found: dict[int, str | None], own: int) -> bool:
    """Whether each language's pages follow one another (fr fr en nl de) and each other language has at least half
    as many pages as the edition's own, as a file of translated sections has them: English reference pages at the
    end of a Greek paper, or scattered through a Korean one, are no section."""
    runs = [found[p] for i, p in enumerate(pages) if i == 0 or found[p] != found[pages[i - 1]]]
    sizes = {language: sum(found[p] == language for p in pages) for language in runs}
    return len(runs) == len(set(runs)) and all(2 * size >= own for size in sizes.values())


def own_language_pages(raw: Sequence[RawBlock], language: str) -> tuple[list[RawBlock], str | None]:
    """The blocks on the pages written in ``language``, and a warning naming the pages left out (``None`` if none).

    Only for a file whose pages read as ``language`` and, each as a whole, as at least two other languages, each
    language's pages in one run; a single page, a file without any page in ``language``, with one other language,
    or with a language's pages scattered keeps everything.
    """
    kept, warning, _ = language_section(raw, language)
    return kept, warning


def language_section(
    raw: Sequence[RawBlock], language: str, *, first: bool = True
) -> tuple[list[RawBlock], str | None, tuple[str, ...]]:
    """``own_language_pages``, and the other languages the file holds a section in (empty when it is no file of
    sections). ``first``: the file's own section is its first (an edition named for its language); else the
    section of ``language`` is read wherever it stands (another language's section of the same file)."""
    texts: dict[int, list[str]] = {}
    for block in raw:
        texts.setdefault(block.page, []).append(block.text)
    pages = sorted(texts)
    if len(pages) < 2 or (first and _page_language(texts[pages[-1]]) in (language, None)):
        return list(raw), None, ()  # a file of sections ends in another language: most files stop here, one page read
    if first and _page_language(texts[pages[0]]) not in (language, None):
        return list(raw), None, ()  # ...and begins in its own
    found: dict[int, str | None] = {}
    previous: str | None = None
    for page in pages:
        found[page] = _page_language(texts[page]) or previous
        previous = found[page]
    own = [p for p in pages if found[p] == language]
    others = {p: code for p in pages if (code := found[p]) is not None and code != language}
    if not own or len(set(others.values())) < MIN_OTHER_LANGUAGES or not _in_sections(pages, found, len(own)):
        return list(raw), None, ()
    kept = [b for b in raw if b.page not in others]
    languages = sorted(set(others.values()), key=str)
    numbers = ", ".join(str(p) for p in others)
    warning = (
        f"pages {numbers} are in {', '.join(languages)}: this file holds several languages, and its {language} pages are this edition"
    )
    return kept, warning, tuple(languages)
