"""Running headers, footers and page numbers: text the layout repeats, not the edition's content.

On a PDF (``strip_running_headers``) a line in the top or bottom band of the
page is furniture when the same text, digits masked, stands at the same height
on at least half of the pages (two at least): "БЮЛЕТИН #2 9" and "БЮЛЕТИН #2 4"
share the key ``бюлетин#0``. A lone page number in a band is furniture when its
offset from the page index is the document's usual one.

A running line that says the edition is a machine translation ("Machine Translated by Google" on every page) is
furniture too, but is kept once, where it first stands: the one place the edition says so.

In plain text (``running_header_lines``) there are no coordinates, so the bar is
higher: three or more short lines ending (or starting) with a page number, whose
masked keys repeat, written differently, with the number rising page by page.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import regex

from .lines import PageText, TextLine

BAND = 0.12
"""Top and bottom fraction of the page height where headers and footers live."""

SAME_HEIGHT = 4.0
"""Points a repeated header may move vertically from page to page."""

_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")
_LONE_NUMBER = regex.compile(r"^[\s\-–—(\[|]*(\d{1,4})[\s\-–—)\]|]*$")
_LETTER = regex.compile(r"\p{L}")
_URL_OR_EMAIL = regex.compile(r"://|www\.|@\w")
_PAGE_AT_END = regex.compile(r"(?<!\d)(\d{1,3})$")
_PAGE_AT_START = regex.compile(r"^(\d{1,3})(?!\d)")


_MACHINE_TRANSLATION = regex.compile(
    r"machine[\s-]*translat|translated\s+by\s+(?:google|deepl|microsoft|bing)|google\s+translat|\bdeepl\b"
    # No CLDR data names machine translation: the wording of the common stamps, one language a line.
    r"|maschinell\s+übersetzt|maschinelle\s+übersetzung|traduction\s+automatique|traduit\s+automatiquement"
    r"|traducción\s+automática|traducido\s+automáticamente|traduzione\s+automatica|tradotto\s+automaticamente"
    r"|tradução\s+automática|machinaal\s+vertaald|tłumaczenie\s+maszynowe|strojový\s+překlad|strojově\s+přeložen"
    r"|машинный\s+перевод|машинен\s+превод|mašininis\s+vertimas|μηχανική\s+μετάφραση",
    regex.IGNORECASE,
)


def names_machine_translation(text: str) -> bool:
    """Whether a line says its edition is a machine translation (``Machine Translated by Google``)."""
    return _MACHINE_TRANSLATION.search(text) is not None


def header_key(text: str) -> str:
    """What repeats in a running header: casefolded, spaces removed, every digit run masked."""
    return _DIGITS.sub("0", _SPACES.sub("", text.casefold()))


def strip_running_headers(pages: Sequence[PageText]) -> tuple[list[PageText], int]:
    """The pages without running headers, footers and page numbers (a machine-translation stamp kept once); and how
    many lines went."""
    furniture: set[tuple[int, int]] = set()
    bands: dict[tuple[str, str], list[tuple[float, int, int]]] = defaultdict(list)
    numbers: list[tuple[int, int, int]] = []
    for page in pages:
        for i, line in enumerate(page.lines):
            band = _band(page, line)
            if band is None:
                continue
            lone = _LONE_NUMBER.match(line.text)
            if lone:
                numbers.append((page.number, i, int(lone[1]) - page.number))
            else:
                bands[(band, header_key(line.text))].append((line.middle, page.number, i))
    needed = max(2, math.ceil(len(pages) / 2))
    by_number = {page.number: page for page in pages}
    for occurrences in bands.values():
        for cluster in _height_clusters(occurrences):
            if len({page for _, page, _ in cluster}) >= needed:
                furniture.update((page, i) for _, page, i in cluster)
                first = min((page, i) for _, page, i in cluster)
                if names_machine_translation(by_number[first[0]].lines[first[1]].text):
                    furniture.discard(first)
    if numbers:
        usual, _ = Counter(offset for _, _, offset in numbers).most_common(1)[0]
        furniture.update((page, i) for page, i, offset in numbers if offset == usual)
    kept = [
        page.with_lines(tuple(line for i, line in enumerate(page.lines) if (page.number, i) not in furniture))
        for page in pages
    ]
    return kept, len(furniture)


def _band(page: PageText, line: TextLine) -> str | None:
    band = BAND * page.height
    if line.middle >= page.bbox[3] - band:
        return "top"
    if line.middle <= page.bbox[1] + band:
        return "bottom"
    return None


def _height_clusters(occurrences: list[tuple[float, int, int]]) -> list[list[tuple[float, int, int]]]:
    clusters: list[list[tuple[float, int, int]]] = []
    for item in sorted(occurrences):
        if clusters and item[0] - clusters[-1][-1][0] <= SAME_HEIGHT:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    return clusters


def running_header_lines(lines: Sequence[str], *, max_chars: int = 60, max_words: int = 6) -> set[int]:
    """Indices of plain-text lines that are a running header with its page number glued on.

    A candidate is short (``max_chars``, ``max_words``), has three letters or more,
    starts or ends with a number of one to three digits (the page), and is not a
    URL or e-mail. Candidates sharing a ``header_key`` are headers when there are
    three or more, written in at least two different ways, whose page numbers
    rise strictly in document order ("БЮЛЕТИН  #24", "БЮЛЕТИН  #28", "БЮЛЕТИН  #2 9").
    A line repeated verbatim is content; so are dates ("2023 m. kovo 14 d.").
    """
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, line in enumerate(lines):
        text = line.strip()
        if len(text) > max_chars or len(text.split()) > max_words or len(_LETTER.findall(text)) < 3:
            continue
        if _URL_OR_EMAIL.search(text):
            continue
        squeezed = _SPACES.sub("", text)
        page = _PAGE_AT_END.search(squeezed) or _PAGE_AT_START.match(squeezed)
        if page:
            groups[header_key(text)].append((i, int(page[1])))
    found: set[int] = set()
    for members in groups.values():
        forms = {_SPACES.sub("", lines[i]) for i, _ in members}
        numbers = [n for _, n in members]
        if len(members) >= 3 and len(forms) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:])):
            found.update(i for i, _ in members)
    return found
