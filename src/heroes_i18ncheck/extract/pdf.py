"""PDF editions through pdfminer.six: glyphs → lines → reading order → blocks, layout repaired.

The steps, each in its own module:

1. ``glyphs``: pdfminer interprets each page; overdrawn glyphs (fake bold) are
   dropped before its layout analysis groups the rest into lines; each line's
   text gets ligatures spelled out, letter spacing collapsed, ``(cid:NN)`` dropped.
2. ``headers``: running headers, footers and page numbers are removed.
3. ``PAGE_PASSES`` give lines their role: ``code`` makes a monospaced listing one block; ``tables`` makes each
   row of a ruled table one line, ``table_columns`` each row of a table without rules; ``contents`` joins a
   contents entry to its page number; ``captions``, ``sidebars`` and ``notes`` mark captions, sidebars and pull
   quotes, and footnotes and endnotes.
4. ``columns``: columns and full-width parts give the reading order; ``figures`` finds the labels of drawings.
5. ``blocks``: lines become blocks of their role, or headings, paragraphs, list items and contents entries;
   paragraphs cut by a column or page break are rejoined; line-end hyphenation is undone (not in code).

Every failure to read the file is an ``UnreadableInput`` naming the reason; pages
without usable text are reported as warnings (or as the error, when all are).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from ..errors import UnreadableInput
from .blocks import body_size, flow_blocks, join_continued, raw_block, usual_line_gaps
from .captions import captions
from .code import listings
from .columns import reading_order
from .contents import join_leader_rows
from .figures import figure_regions
from .glyphs import DedupingAggregator, page_text
from .headers import strip_running_headers
from .lines import PageText
from .notes import notes_of_pages
from .pdfminer_log import complaints_into
from .repairs import hyphenated_vocabulary
from .sidebars import sidebars
from .table_columns import rows_of_column_tables
from .tables import rows_of_tables
from .text import RawBlock

PDF_MAGIC = b"%PDF-"
EOF_MARKER = b"%%EOF"
UNMAPPED_PAGE = 0.5
"""A page whose glyphs are more than this share without Unicode mapping has no usable text."""

NO_TEXT = "no extractable text — scanned? run OCR first"


def _each_page(step: Callable[[PageText], PageText]) -> Callable[[list[PageText]], list[PageText]]:
    return lambda pages: [step(page) for page in pages]


PAGE_PASSES: tuple[Callable[[list[PageText]], list[PageText]], ...] = (
    _each_page(listings),
    _each_page(rows_of_tables),
    _each_page(join_leader_rows),
    _each_page(captions),
    _each_page(sidebars),
    notes_of_pages,
    _each_page(rows_of_column_tables),
)
"""The passes over the body's pages, in order, before lines become blocks: each may give lines a role
(``TextLine.role``) or join them (a table row, a contents entry's leader). A pass sees every page, so it can learn
what an edition does throughout (the size its notes are set in)."""

@dataclass(frozen=True, slots=True)
class PdfText:
    """The blocks of a PDF in reading order, its page count and non-fatal problems."""

    blocks: list[RawBlock]
    pages: int
    warnings: tuple[str, ...] = ()


def check_pdf_bytes(path: str, data: bytes) -> None:
    """Refuse, with the reason, what is not a whole PDF before pdfminer sees it."""
    if not data:
        raise UnreadableInput(path, "empty file (0 bytes)")
    if PDF_MAGIC not in data[:1024]:
        raise UnreadableInput(path, "not a PDF (no %PDF- header)")
    if EOF_MARKER not in data[-2048:]:
        raise UnreadableInput(path, "truncated PDF: the file is cut short (its end is missing); download or export it again")


def read_pdf_pages(path: str, data: bytes, max_pages: int) -> tuple[list[PageText], list[str]]:
    """Every page's lines as pdfminer lays them out, overdrawn glyphs dropped; and warnings.

    A PDF encrypted with an empty user password opens (as in any viewer), with a
    warning; one that needs a password is an ``UnreadableInput``. pdfminer raises
    many kinds of exception on damaged or hostile files; all of them end here,
    and what it logs about a damaged file becomes the file's warnings.
    """
    warnings: list[str] = []
    complaints: list[str] = []
    with complaints_into(complaints):
        pages = _read_pages(path, data, max_pages, warnings)
    return pages, warnings + complaints


def _read_pages(path: str, data: bytes, max_pages: int, warnings: list[str]) -> list[PageText]:
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        if document.encryption:
            warnings.append("encrypted with an empty user password; opened without one")
        found = list(islice(PDFPage.create_pages(document), max_pages + 1))
        if len(found) > max_pages:
            raise UnreadableInput(path, f"more than {max_pages} pages (the page limit; raise it in the configuration)")
        if not found:
            raise UnreadableInput(path, "damaged PDF (no pages found)")
        resources = PDFResourceManager(caching=True)
        device = DedupingAggregator(resources)
        interpreter = PDFPageInterpreter(resources, device)
        pages = []
        for index, page in enumerate(found):
            interpreter.process_page(page)
            pages.append(page_text(index + 1, device.get_result(), device.overdraw.repeated, device.fixed_pitch))
    except UnreadableInput:
        raise
    except PDFPasswordIncorrect:
        raise UnreadableInput(path, "encrypted PDF (a password is needed to open it)") from None
    except PDFEncryptionError as exc:
        raise UnreadableInput(path, f"encrypted PDF ({_short(exc) or 'unsupported encryption'})") from None
    except RecursionError:
        raise UnreadableInput(path, "damaged PDF (objects nested too deeply)") from None
    except MemoryError:
        raise UnreadableInput(path, "damaged PDF (too large to process in memory)") from None
    except Exception as exc:  # noqa: BLE001 - the boundary: any pdfminer failure is this file's error
        detail = _short(exc)
        raise UnreadableInput(path, f"damaged PDF ({type(exc).__name__}{': ' + detail if detail else ''})") from None
    return pages


def layout_blocks(path: str, pages: list[PageText], warnings: list[str]) -> PdfText:
    """Blocks in reading order from analysed pages: furniture stripped, columns ordered, paragraphs whole."""
    empty = [p.number for p in pages if not p.lines or p.unmapped > UNMAPPED_PAGE * p.glyphs]
    if len(empty) == len(pages):
        raise UnreadableInput(path, NO_TEXT)
    if empty:
        warnings.append(f"{_pages(empty)}: no extractable text")
    partial = [p for p in pages if p.unmapped and p.number not in empty]
    for page in partial:
        warnings.append(f"page {page.number}: {page.unmapped} glyphs without a Unicode mapping left out")
    usable = [p.with_lines(()) if p.number in empty else p for p in pages]
    body, _ = strip_running_headers(usable)
    for step in PAGE_PASSES:
        body = step(body)
    laid = []
    gaps = usual_line_gaps(body)
    for page in body:
        size = body_size(page)
        figures = figure_regions(page)
        for flow in reading_order(page):
            laid.extend(flow_blocks(flow, page.number, size, gaps, figures))
    keep = hyphenated_vocabulary(line.text for page in body for line in page.lines)
    blocks = [b for b in (raw_block(block, keep) for block in join_continued(laid)) if b.text]
    if not blocks:
        raise UnreadableInput(path, NO_TEXT)
    return PdfText(blocks, len(pages), tuple(warnings))


def _pages(numbers: list[int]) -> str:
    label = "page" if len(numbers) == 1 else "pages"
    return f"{label} {', '.join(str(n) for n in numbers)}"


def _short(exc: BaseException, limit: int = 80) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
