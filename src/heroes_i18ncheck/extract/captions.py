"""Captions: the short text under or over a figure or table that names it with a word and a number.

``Figure 3: Two regions``, ``Fig. 2.``, ``Table 1 – Budget``, ``Рисунок 4. Схема``, ``Abbildung 5:``,
``Σχήμα 1``, ``图 3``, ``表 2``, ``그림 1``: one edition may set the figure as an image and another as a drawing
with text, but both keep its caption, and the caption's number pairs it with its caption in the other edition.

CLDR (and so babel) holds no word for "figure" or "table", so ``CAPTION_WORDS`` is a small table of them, by
language, of the languages the checker meets. A line starting with one of them and a number is a caption's first
line when the number is followed by a separator (``:``, ``.``, a dash) — or by a capitalised or uncased word
(``Рисунок 4 Схема``, ``图 3 系统``) with a figure, an image, a table or a drawing right above or below it; never
when the line carries on the sentence of the line above it (``… as shown in`` / ``Table 2. …``) or when the text
after it runs on longer than a caption (``MAX_LINES``). The caption's lines are joined into one line marked
``CAPTION``: one block.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

import regex

from ..model import BBox, BlockKind
from .figures import figure_regions
from .lines import PageText, TextLine, union
from .repairs import join_lines
from .tables import table_grids

CAPTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Figure", "Fig.", "Table", "Tab.", "Listing", "Chart", "Diagram", "Exhibit", "Illustration", "Image"),
    "de": ("Abbildung", "Abb.", "Tabelle", "Tab.", "Bild", "Grafik", "Diagramm"),
    "fr": ("Figure", "Fig.", "Tableau", "Graphique", "Illustration", "Image"),
    "es": ("Figura", "Fig.", "Tabla", "Cuadro", "Gráfico", "Ilustración", "Imagen"),
    "pt": ("Figura", "Fig.", "Tabela", "Quadro", "Gráfico", "Ilustração", "Imagem"),
    "it": ("Figura", "Fig.", "Tabella", "Grafico", "Immagine"),
    "nl": ("Figuur", "Fig.", "Afbeelding", "Tabel", "Grafiek"),
    "pl": ("Rysunek", "Rys.", "Tabela", "Tab.", "Wykres", "Ilustracja"),
    "cs": ("Obrázek", "Obr.", "Tabulka", "Tab.", "Graf"),
    "lt": ("Paveikslas", "Pav.", "Lentelė", "Diagrama"),
    "hu": ("Ábra", "Táblázat"),
    "ro": ("Figura", "Fig.", "Tabelul", "Tabel"),
    "tr": ("Şekil", "Tablo", "Resim"),
    "ru": ("Рисунок", "Рис.", "Таблица", "Табл.", "Схема", "Диаграмма"),
    "uk": ("Рисунок", "Рис.", "Таблиця", "Табл.", "Малюнок"),
    "bg": ("Фигура", "Фиг.", "Таблица", "Табл.", "Схема"),
    "el": ("Σχήμα", "Εικόνα", "Πίνακας", "Διάγραμμα"),
    "ja": ("図", "表"),
    "zh": ("图", "圖", "表"),
    "ko": ("그림", "표"),
}
"""The words that open a caption, by language (a small table: no CLDR data holds them); a word ending in a full stop
is an abbreviation."""

_WORDS = sorted({word for words in CAPTION_WORDS.values() for word in words}, key=len, reverse=True)
_NUMBER = r"(?:\d{1,3}(?:[.\-–]\d{1,3}){0,2}|[IVXLC]{1,5})"
_CAPTION = regex.compile(
    rf"^(?:{'|'.join(regex.escape(word) for word in _WORDS)})\s*{_NUMBER}(?P<space>\s*)(?P<after>\S?)",
    regex.IGNORECASE,
)
_SEPARATORS = frozenset(":.：．–—-|)")
SENTENCE_END = tuple(".!?:;…»”\")")

MAX_LINES = 5
"""A caption's lines at most; text running on longer under a caption word is a paragraph that starts with one."""
NEAR = 2.5
"""A figure, image, table or drawing this many line heights above or below a line stands next to it."""
MIN_SHAPE = 20.0
"""A drawn shape this wide and tall can be a picture (a thinner one is a rule)."""


def caption_start(text: str) -> str | None:
    """How sure a line is to begin a caption: ``"separator"`` (``Figure 3:``), ``"word"`` (``Рисунок 4 Схема``:
    a caption only beside a figure), or ``None`` (``Table 1 shows``)."""
    match = _CAPTION.match(text)
    if match is None:
        return None
    after = match["after"]
    if after and after in _SEPARATORS:
        return "separator"
    if not after or (match["space"] and not after.islower()):
        return "word"
    return None


def captions(page: PageText) -> PageText:
    """The page with each caption's lines joined into one line marked ``CAPTION`` (``TextLine.role``)."""
    free = [line for line in page.lines if line.role is None]
    starts = [line for line in free if caption_start(line.text) is not None]
    if not starts:
        return page
    pictures: list[BBox] | None = None
    used: set[int] = set()
    made: list[TextLine] = []
    for first in sorted(starts, key=lambda line: -line.y1):
        if id(first) in used or _carries_on(first, free):
            continue
        if caption_start(first.text) == "word":
            pictures = _pictures(page) if pictures is None else pictures
            if not any(_beside(first, box) for box in pictures):
                continue
        lines = _caption_lines(first, free, used)
        if lines is None:
            continue
        used.update(id(line) for line in lines)
        made.append(_caption_line(lines))
    if not made:
        return page
    return page.with_lines((*(line for line in page.lines if id(line) not in used), *made))


def _below(line: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The line right under ``line`` in its column, set alike, at most half a line below it."""
    best = None
    for other in lines:
        if other is line or other.x1 <= line.x0 or other.x0 >= line.x1 or abs(other.size - line.size) > 0.6:
            continue
        gap = line.y0 - other.y1
        if -0.25 * line.height <= gap <= 0.5 * line.height and (best is None or other.y1 > best.y1):
            best = other
    return best


def _carries_on(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``line`` goes on with a sentence the line right above it left open."""
    above = [other for other in lines if _below(other, (line,)) is line]
    return any(not other.text.rstrip().endswith(SENTENCE_END) for other in above)


def _caption_lines(first: TextLine, lines: Sequence[TextLine], used: set[int]) -> list[TextLine] | None:
    """The caption's lines from ``first`` down; ``None`` when they run on longer than a caption."""
    found = [first]
    while True:
        nxt = _below(found[-1], lines)
        if nxt is None or id(nxt) in used or caption_start(nxt.text) is not None:
            return found
        if len(found) == MAX_LINES:
            return None
        found.append(nxt)


def _caption_line(lines: Sequence[TextLine]) -> TextLine:
    text = join_lines([line.text for line in lines], dehyphenate=True)
    bold = sum(line.bold for line in lines) * 2 > len(lines)
    size = median(line.size for line in lines)
    return TextLine(text, union([line.bbox for line in lines]), size, bold, role=BlockKind.CAPTION, opens=True)


def _pictures(page: PageText) -> list[BBox]:
    """What a caption can stand beside: images, drawings, figures and ruled tables."""
    shapes = [b for b in (*page.images, *page.drawings) if b[2] - b[0] >= MIN_SHAPE and b[3] - b[1] >= MIN_SHAPE]
    return [*shapes, *figure_regions(page), *(grid.bbox for grid in table_grids(page))]


def _beside(line: TextLine, box: BBox) -> bool:
    """Whether ``box`` stands right above or below ``line``, overlapping it across."""
    if box[2] <= line.x0 or box[0] >= line.x1:
        return False
    reach = NEAR * line.height
    return -reach <= box[1] - line.y1 <= reach or -reach <= line.y0 - box[3] <= reach
