"""Build the sample issue's PDF editions, with the artifacts real newsletter PDFs carry.

    python samples/make_samples.py            # writes samples/heroes-02-pdf/{en,bg,lt}.pdf and layout.json

Reads the text editions ``samples/heroes-02/{en,bg,lt}.md`` with the package's own
``split_paragraphs`` (so generator and checker agree on what a block is) and lays
them out as a two-column newsletter with reportlab (the ``dev`` extra) and DejaVu
Sans (read from the system, ``HEROES_SAMPLE_FONTS`` to point elsewhere; only the
subset used is embedded). Every page carries what the extractor must repair:

- a running header with the page number glued on ("БЮЛЕТИН #2 3") and a footer
  (a Form XObject), both to be stripped;
- a fake-bold title: the same text drawn twice 0.4 pt apart, inside a Form XObject;
- two columns with a gutter, a full-width intro, a full-width shaded event banner
  (a section break) and paragraphs that continue across columns and pages;
- letter-spaced event lines (character spacing, real spaces between words);
- words hyphenated at line ends, and URLs broken at their own hyphen;
- "fi"/"fl" ligature glyphs in Latin-script text;
- numbers tied to their unit or word with U+202F (reportlab maps U+00A0 to a
  plain space in TrueType subsets, so the narrow no-break space is the one that
  survives into the PDF).

``layout.json`` is the ground truth: per edition, the source blocks in drawing
order with their kind, pages, the exact text drawn and the physical lines.
Output is byte-for-byte reproducible (``invariant=1``: fixed dates and IDs).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import regex
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
from heroes_i18ncheck.extract.text import RawBlock, split_paragraphs  # noqa: E402

SOURCES = HERE / "heroes-02"
OUTPUT = HERE / "heroes-02-pdf"
EDITIONS = ("en", "bg", "lt")
FONT_DIR = Path(os.environ.get("HEROES_SAMPLE_FONTS", "/usr/share/fonts/truetype/dejavu"))
MASTHEAD = {"en": "NEWSLETTER #2", "bg": "БЮЛЕТИН #2", "lt": "NAUJIENLAIŠKIS #2"}
FOOTER = {"en": "HEROES · Spring 2023", "bg": "HEROES · Пролет 2023", "lt": "HEROES · 2023 m. pavasaris"}
LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}
TIE = "\u202f"

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 50.0, PAGE_W - 50.0, PAGE_H - 68.0, 62.0
GUTTER = 20.0
COLUMN_W = (RIGHT - LEFT - GUTTER) / 2
FAKE_BOLD_OFFSET = 0.4
HERO_HEIGHT = 180.0
PHOTO_HEIGHT = 130.0
PHOTO_SECTIONS = (2, 3)
"""Photo placeholders follow the first paragraph of these sections (chosen so that every
edition has a paragraph continued across columns and one continued across pages)."""


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    leading: float
    before: float = 0.0
    after: float = 0.0
    indent: float = 0.0
    char_space: float = 0.0
    justify: bool = False
    hyphenate: bool = False


TITLE = Style("Sans", 24, 30, after=6)
INTRO = Style("Sans", 11.5, 16, after=12, justify=True, hyphenate=True)
HEADING = Style("Sans-Bold", 12.5, 16, before=9, after=4)
BODY = Style("Sans", 10, 13.5, after=7, justify=True, hyphenate=True)
ITEM = Style("Sans", 10, 13.5, after=2, indent=11)
BANNER_HEADING = Style("Sans-Bold", 13, 17, after=6)
EVENT = Style("Sans", 10, 14, after=8, char_space=3.2)


@dataclass
class Line:
    """One physical line: its words as drawn (a hyphenated piece keeps its hyphen)."""

    words: list[str]
    style: Style
    width: float
    last: bool
    bullet: bool = False


@dataclass
class Box:
    """A unit of vertical flow: a line, a photo placeholder, or glue (space)."""

    height: float
    block: int | None = None
    line: Line | None = None
    photo: bool = False
    glue: bool = False
    keep_with_next: bool = False


@dataclass
class Drawn:
    """What the ground truth records for one source block."""

    index: int
    kind: str
    style: str
    text: str
    pages: list[int] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    places: list[list[int]] = field(default_factory=list)


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def width_of(text: str, style: Style) -> float:
    return pdfmetrics.stringWidth(text, style.font, style.size) + style.char_space * len(text)


# --- typography: what a DTP tool does to the text on its way to the page -------------------

_NUMBER_BEFORE_WORD = regex.compile(r"(?<=\d) (?=[\p{L}€%])")
_NUMBER_SIGN = regex.compile(r"(?<=\b(?:No|Nr\.|№)) (?=\d)")
_LIGATURE_SPOT = regex.compile(r"f[il]")


def typeset(text: str, latin: bool) -> str:
    """Tie numbers to their word or unit; use fi/fl ligature glyphs in Latin words (not in URLs)."""
    text = _NUMBER_SIGN.sub(TIE, _NUMBER_BEFORE_WORD.sub(TIE, text))
    if not latin:
        return text
    words = text.split(" ")
    return " ".join(
        w if any(m in w for m in ("://", "@", "#", ".eu", ".com")) else _LIGATURE_SPOT.sub(lambda m: LIGATURES[m[0]], w)
        for w in words
    )


def is_url(word: str) -> bool:
    return "://" in word or "@" in word[1:]


def hyphen_splits(word: str) -> list[int]:
    """Where a word may break at a line end, best first: URLs at their own hyphens, words between lowercase letters."""
    if is_url(word):
        return [i + 1 for i in range(len(word) - 2, 0, -1) if word[i] == "-"]
    core = word.rstrip(",.;:!?»“”\"')")
    if not core.isalpha() or len(core) < 7:
        return []
    vowels = set("aeiouyąęėįųūаъоуеиюяэыεαοιυηω")
    spots = [i for i in range(len(core) - 3, 2, -1) if core[i - 1].islower() and core[i].islower()]
    return sorted(spots, key=lambda i: (core[i - 1].lower() not in vowels, -i))


def wrap(text: str, style: Style, width: float, bullet: bool = False) -> list[Line]:
    """Greedy line breaking with hyphenation; the last line of a paragraph stays ragged."""
    avail = width - style.indent
    space = width_of(" ", style)
    lines: list[Line] = []
    words: list[str] = []
    used = 0.0
    queue = text.split(" ")
    while queue:
        word = queue.pop(0)
        need = width_of(word, style) + (space if words else 0.0)
        if used + need <= avail:
            words.append(word)
            used += need
            continue
        room = avail - used - (space if words else 0.0)
        loose = room > 0.1 * avail or is_url(word)
        for cut in hyphen_splits(word) if style.hyphenate and loose else ():
            head = word[:cut] if is_url(word) else word[:cut] + "-"
            if width_of(head, style) <= room:
                words.append(head)
                queue.insert(0, word[cut:])
                break
        else:
            queue.insert(0, word)
            if not words:
                raise ValueError(f"word too wide for the column: {word!r}")
        lines.append(Line(words, style, avail, last=False, bullet=bullet and not lines))
        words, used = [], 0.0
    lines.append(Line(words, style, avail, last=True, bullet=bullet and not lines))
    return lines


# --- page furniture and drawing -----------------------------------------------------------------


class Pages:
    """The canvas, one page at a time, with the running header, page number and footer on each."""

    def __init__(self, path: Path, language: str) -> None:
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.canvas.setTitle(f"HEROES newsletter #2 ({language})")
        self.canvas.setAuthor("heroes-i18ncheck sample generator")
        self.language = language
        self.number = 0
        self.footer_defined = False
        self.start_page()

    def start_page(self) -> None:
        if self.number:
            self.canvas.showPage()
        self.number += 1
        c = self.canvas
        header = MASTHEAD[self.language]
        c.setFont("Sans", 8.5)
        c.setFillGray(0.35)
        x = RIGHT - 10 - pdfmetrics.stringWidth(header, "Sans", 8.5)
        c.drawString(x, PAGE_H - 34, header)
        c.drawString(RIGHT - 6.5, PAGE_H - 34, str(self.number))  # glued: "БЮЛЕТИН #2 3"
        if not self.footer_defined:
            c.beginForm("footer")
            c.setFont("Sans", 8)
            c.setFillGray(0.35)
            c.drawCentredString(PAGE_W / 2, 30, FOOTER[self.language])
            c.endForm()
            self.footer_defined = True
        c.doForm("footer")
        c.setFillGray(0)

    def draw_line(self, line: Line, x: float, baseline: float) -> None:
        c = self.canvas
        style = line.style
        if line.bullet:
            c.setFont(style.font, style.size)
            c.drawString(x, baseline, "•")
        x += style.indent
        text = c.beginText()
        text.setFont(style.font, style.size)
        text.setCharSpace(style.char_space)  # Tc is text state: it outlives BT/ET
        if style.char_space:
            text.setTextOrigin(x, baseline)
            text.textOut(" ".join(line.words))
            c.drawText(text)
            return
        gaps = len(line.words) - 1
        natural = sum(width_of(w, style) for w in line.words)
        gap = width_of(" ", style)
        if style.justify and not line.last and gaps:
            gap = (line.width - natural) / gaps
        for word in line.words:
            text.setTextOrigin(x, baseline)
            text.textOut(word)
            x += width_of(word, style) + gap
        c.drawText(text)

    def draw_photo(self, x: float, top: float, width: float, height: float) -> None:
        self.canvas.setFillGray(0.86)
        self.canvas.rect(x, top - height, width, height, stroke=0, fill=1)
        self.canvas.setFillGray(0)


# --- the layout: full-width parts, balanced two-column flows, a banner --------------------------


class Layout:
    """Places the blocks of one edition and records, per block, where and how it was drawn."""

    def __init__(self, pages: Pages, drawn: list[Drawn]) -> None:
        self.pages = pages
        self.drawn = drawn
        self.y = TOP

    def note(self, block: int | None, line: Line, column: int = 0) -> None:
        """Record a drawn line of ``block`` (column 0 is full width, 1 left, 2 right)."""
        if block is None:
            return
        record = self.drawn[block]
        if self.pages.number not in record.pages:
            record.pages.append(self.pages.number)
        if [self.pages.number, column] not in record.places:
            record.places.append([self.pages.number, column])
        record.lines.append(" ".join(line.words))

    def fake_bold_title(self, block: int, text: str) -> None:
        c = self.pages.canvas
        baseline = self.y - TITLE.size
        c.beginForm("title")
        c.setFont(TITLE.font, TITLE.size)
        for dx in (0.0, FAKE_BOLD_OFFSET):
            c.drawString(LEFT + dx, baseline, text)
        c.endForm()
        c.doForm("title")
        self.note(block, Line([text], TITLE, RIGHT - LEFT, last=True))
        self.y -= TITLE.leading + TITLE.after

    def full_width(self, block: int, text: str, style: Style) -> None:
        for line in wrap(text, style, RIGHT - LEFT):
            self.pages.draw_line(line, LEFT, self.y - style.size)
            self.note(block, line)
            self.y -= style.leading
        self.y -= style.after

    def photo(self, height: float) -> None:
        self.pages.draw_photo(LEFT, self.y, RIGHT - LEFT, height)
        self.y -= height + 14

    def banner(self, parts: list[tuple[int, str, Style]]) -> None:
        pad = 12.0
        inner = RIGHT - LEFT - 2 * pad
        wrapped = [(block, wrap(text, style, inner), style) for block, text, style in parts]
        height = 2 * pad + sum(len(lines) * s.leading + s.after for _, lines, s in wrapped) - wrapped[-1][2].after
        if self.y - height < BOTTOM:
            self.new_page()
        c = self.pages.canvas
        c.setFillColorRGB(0.88, 0.93, 0.98)
        c.rect(LEFT, self.y - height, RIGHT - LEFT, height, stroke=0, fill=1)
        c.setFillGray(0)
        y = self.y - pad
        for block, lines, style in wrapped:
            for line in lines:
                self.pages.draw_line(line, LEFT + pad, y - style.size)
                self.note(block, line)
                y -= style.leading
            y -= style.after
        self.y -= height + 14

    def new_page(self) -> None:
        self.pages.start_page()
        self.y = TOP

    def columns(self, boxes: list[Box], balance: bool = True) -> None:
        """Two columns, left then right, page after page; the last page's pair balanced if asked."""
        start = 0
        while start < len(boxes):
            avail = self.y - BOTTOM
            if balance and fill(boxes, fill(boxes, start, avail), avail) >= len(boxes):
                height = balanced_height(boxes, start, avail)
                start = self.place_columns(boxes, start, height)
                self.y -= height + 10
            else:
                start = self.place_columns(boxes, start, avail)
                if start < len(boxes):
                    self.new_page()

    def place_columns(self, boxes: list[Box], start: int, height: float) -> int:
        for column, x in ((1, LEFT), (2, LEFT + COLUMN_W + GUTTER)):
            end = fill(boxes, start, height)
            y = self.y
            for box in boxes[start:end]:
                if box.glue and y == self.y:
                    continue
                if box.photo:
                    self.pages.draw_photo(x, y, COLUMN_W, box.height)
                elif box.line is not None:
                    self.pages.draw_line(box.line, x, y - box.line.style.size)
                    self.note(box.block, box.line, column)
                y -= box.height
            start = end
        return start


def fill(boxes: list[Box], start: int, height: float) -> int:
    """Index after the last box that fits in a column of ``height`` starting at ``start``."""
    while start < len(boxes) and boxes[start].glue:
        start += 1
    used = 0.0
    end = start
    while end < len(boxes) and used + boxes[end].height <= height + 1e-6:
        used += boxes[end].height
        end += 1
    while end > start + 1 and (boxes[end - 1].glue or boxes[end - 1].keep_with_next) and end < len(boxes):
        end -= 1
    return end


def balanced_height(boxes: list[Box], start: int, avail: float) -> float:
    low, high = 0.0, avail
    while high - low > 0.5:
        mid = (low + high) / 2
        if fill(boxes, fill(boxes, start, mid), mid) >= len(boxes):
            high = mid
        else:
            low = mid
    return high


def column_boxes(blocks: list[tuple[int, RawBlock, str]], photo_after: set[int]) -> list[Box]:
    boxes: list[Box] = []
    previous = None
    for index, block, text in blocks:
        style = {"heading": HEADING, "list-item": ITEM}.get(str(block.kind), BODY)
        if previous is ITEM and style is not ITEM:
            boxes.append(Box(BODY.after, glue=True))
        previous = style
        if style.before:
            boxes.append(Box(style.before, glue=True))
        lines = wrap(text, style, COLUMN_W, bullet=style is ITEM)
        for n, line in enumerate(lines):
            keep = style is HEADING or (n == 0 and len(lines) > 1)
            boxes.append(Box(style.leading, block=index, line=line, keep_with_next=keep))
        boxes.append(Box(style.after, glue=True))
        if index in photo_after:
            boxes.append(Box(PHOTO_HEIGHT, photo=True))
            boxes.append(Box(10, glue=True))
    while boxes and boxes[-1].glue:
        boxes.pop()
    return boxes


# --- one edition -------------------------------------------------------------------------------


def build_edition(language: str, out_dir: Path, text: str | None = None, pdf: Path | None = None) -> dict:
    """Lay out one edition (its Markdown ``text``, by default the sample's source) as ``pdf`` (default
    ``out_dir/<language>.pdf``); returns the edition's ground truth for ``layout.json``."""
    if text is None:
        text = (SOURCES / f"{language}.md").read_text(encoding="utf-8")
    blocks = split_paragraphs(text, markdown=True)
    latin = language != "bg"
    texts = [typeset(b.text, latin) for b in blocks]
    drawn = [Drawn(i, str(b.kind), "", t) for i, (b, t) in enumerate(zip(blocks, texts, strict=True))]
    headings = [i for i, b in enumerate(blocks) if str(b.kind) == "heading"]
    events, contact = headings[-2], headings[-1]
    sections = headings[1:]
    photo_after = {next(i for i in range(h, len(blocks)) if str(blocks[i].kind) == "paragraph") for h in [sections[n] for n in PHOTO_SECTIONS]}

    pages = Pages(pdf or out_dir / f"{language}.pdf", language)
    layout = Layout(pages, drawn)
    layout.fake_bold_title(0, texts[0])
    drawn[0].style = "title, fake bold, in a Form XObject"
    layout.full_width(1, texts[1], INTRO)
    drawn[1].style = "intro, full width"
    layout.photo(HERO_HEIGHT)
    layout.columns(column_boxes([(i, blocks[i], texts[i]) for i in range(2, events)], photo_after), balance=False)
    layout.new_page()
    parts = [(events, texts[events], BANNER_HEADING)]
    parts += [(i, texts[i], EVENT) for i in range(events + 1, contact)]
    layout.banner(parts)
    layout.columns(column_boxes([(i, blocks[i], texts[i]) for i in range(contact, len(blocks))], set()))
    pages.canvas.save()

    for i in range(2, len(blocks)):
        in_banner = events <= i < contact
        drawn[i].style = ("banner, letter-spaced" if i > events else "banner heading") if in_banner else "two columns"
    return {
        "pdf": f"{language}.pdf",
        "source": f"../heroes-02/{language}.md",
        "pages": pages.number,
        "running_header": MASTHEAD[language],
        "footer": FOOTER[language],
        "blocks": [
            {"index": d.index, "kind": d.kind, "page": d.pages[0], "pages": d.pages, "style": d.style,
             "places": d.places, "text": d.text, "lines": d.lines}
            for d in drawn
        ],
    }


def build_edition_pdf(target: Path, language: str, text: str) -> None:
    """Lay out Markdown ``text`` of a ``language`` edition as the PDF ``target`` (for the mutation harness)."""
    register_fonts()
    build_edition(language, target.parent, text, target)


def main(out_dir: Path = OUTPUT) -> int:
    register_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    editions = {language: build_edition(language, out_dir) for language in EDITIONS}
    truth = {
        "generator": "samples/make_samples.py",
        "reportlab": reportlab.Version,
        "font": "DejaVu Sans (subset)",
        "page_size": [round(PAGE_W, 2), round(PAGE_H, 2)],
        "editions": editions,
    }
    (out_dir / "layout.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
