"""Files that hold several languages, a section of pages each (an Interreg leaflet in fr, en, nl and de).

Such a file is an edition only in its own language's pages: the others are left
out, with one warning naming them, so they are neither compared nor reported as
untranslated. A page's language is what langdetect reads in its text; a page too
short to tell goes with the page before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .language import detect_language, normalize_language_code
from .text import RawBlock

MIN_OTHER_LANGUAGES = 2
"""Other languages a file's pages must be in before it counts as holding several: one other language only may
be a section left untranslated, which untranslated-block must still see."""


def _in_sections(pages: Sequence[int], found: dict[int, str | None]) -> bool:
    """Whether each language's pages follow one another (fr fr en nl de), as a file of sections has them; English
    pages scattered through a Korean paper (references, code) are no section."""
    runs = [found[p] for i, p in enumerate(pages) if i == 0 or found[p] != found[pages[i - 1]]]
    return len(runs) == len(set(runs))


def own_language_pages(raw: Sequence[RawBlock], language: str) -> tuple[list[RawBlock], str | None]:
    """The blocks on the pages written in ``language``, and a warning naming the pages left out (``None`` if none).

    Only for a file whose pages read as ``language`` and, each as a whole, as at least two other languages, each
    language's pages in one run; a single page, a file without any page in ``language``, with one other language,
    or with a language's pages scattered keeps everything.
    """
    pages = sorted({b.page for b in raw})
    if len(pages) < 2:
        return list(raw), None
    found: dict[int, str | None] = {}
    previous: str | None = None
    for page in pages:
        text = " ".join(b.text for b in raw if b.page == page)
        detected = detect_language(text[:5000])
        found[page] = normalize_language_code(detected) if detected else previous
        previous = found[page]
    own = [p for p in pages if found[p] == language]
    others = {p: found[p] for p in pages if found[p] not in (language, None)}
    if not own or len(set(others.values())) < MIN_OTHER_LANGUAGES or not _in_sections(pages, found):
        return list(raw), None
    kept = [b for b in raw if b.page not in others]
    languages = ", ".join(sorted(set(others.values()), key=str))
    numbers = ", ".join(str(p) for p in others)
    warning = (
        f"pages {numbers} are in {languages}: this file holds several languages, and only its {language} pages are checked"
    )
    return kept, warning
