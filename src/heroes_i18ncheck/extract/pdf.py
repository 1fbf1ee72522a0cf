"""PDF editions through pdfminer.six: text boxes in layout order become blocks.

A first, plain reading; layout repairs (fake bold, letter spacing, running
headers, columns, hyphenation) belong here as small named functions.
"""

from __future__ import annotations

import io

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTTextBox
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSException

from ..errors import UnreadableInput
from ..model import BlockKind
from .text import RawBlock

PDF_MAGIC = b"%PDF-"


def read_pdf_blocks(path: str, data: bytes, max_pages: int) -> tuple[list[RawBlock], int]:
    """The text boxes of a PDF, page by page, and its page count."""
    if not data:
        raise UnreadableInput(path, "empty file (0 bytes)")
    if PDF_MAGIC not in data[:1024]:
        raise UnreadableInput(path, "not a PDF (no %PDF- header)")
    blocks: list[RawBlock] = []
    pages = 0
    try:
        for page_number, page in enumerate(
            extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True)), start=1
        ):
            if page_number > max_pages:
                raise UnreadableInput(path, f"more than {max_pages} pages (raise limits.max_pages)")
            pages = page_number
            for element in page:
                if isinstance(element, LTTextBox):
                    text = " ".join(element.get_text().split())
                    if text:
                        blocks.append(RawBlock(text, BlockKind.PARAGRAPH, 0, page_number))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnreadableInput(path, "encrypted PDF (a password is needed)") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise UnreadableInput(path, f"damaged or truncated PDF ({type(exc).__name__})") from None
    if not blocks:
        raise UnreadableInput(path, "no extractable text — scanned? run OCR first")
    return blocks, pages
