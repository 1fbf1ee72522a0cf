"""Extract stage: a file → a ``Document`` of ordered blocks, each with its language.

PDF editions go through ``pdf`` (pdfminer.six, layout repaired); ``.txt`` and
``.md`` editions through ``text`` (paragraphs, with the repairs that need no
coordinates). Every input that cannot be read raises ``UnreadableInput`` with
a one-line reason, and nothing else escapes ``extract_document``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import UnreadableInput
from ..language_codes import normalize_language_code
from ..model import Block, Document
from .files import RefusedFile, read_regular_file
from .language import block_languages, detect_language, edition_text_languages, language_from_name
from .pdf import check_pdf_bytes, layout_blocks, read_pdf_pages
from .sections import language_section
from .text import RawBlock, read_text_blocks

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
PDF_SUFFIXES = (".pdf",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_PAGES = 500

__all__ = [
    "SUPPORTED_SUFFIXES",
    "UnreadableInput",
    "document_from_raw",
    "extract_document",
    "is_pdf",
    "read_document_bytes",
]


def read_document_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or an ``UnreadableInput`` saying why they cannot be had.

    Only a regular file is read (a symlink to one is fine), and never past
    ``max_bytes``: a FIFO, ``/dev/zero`` or an oversized file is refused unread.
    """
    file = Path(path)
    try:
        if not file.exists():
            raise UnreadableInput(path, "no such file")
        if file.is_dir():
            raise UnreadableInput(path, "is a directory, not an edition")
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            raise UnreadableInput(path, f"unsupported file type {file.suffix or '(none)'!r} (expected {kinds})")
        return read_regular_file(path, max_bytes)
    except RefusedFile as exc:
        raise UnreadableInput(path, exc.reason) from None
    except OSError as exc:
        raise UnreadableInput(path, f"cannot read ({exc.strerror or exc})") from None


def extract_document(
    path: str,
    language: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    alternatives: Sequence[str] | None = None,
    section: bool = False,
) -> Document:
    """Read one edition: its blocks in reading order and its language (given, named, or detected).

    ``alternatives`` are the languages a block may be left in instead of the
    edition's (default: English); ``section``: the edition is the file's section of pages in ``language`` (a
    file that holds several languages, ``Document.sections``). Raises ``UnreadableInput`` for any input that
    cannot be read: missing, too large, not a PDF, encrypted, truncated, damaged,
    more than ``max_pages`` pages, or without extractable text.
    """
    if is_pdf(path):
        data = read_document_bytes(path, max_bytes)
        check_pdf_bytes(path, data)
        pages, warnings = read_pdf_pages(path, data, max_pages)
        pdf = layout_blocks(path, pages, warnings)
        return document_from_raw(
            path, pdf.blocks, pdf.pages, language, warnings=pdf.warnings, alternatives=alternatives, section=section
        )
    data = read_document_bytes(path, max_bytes)
    return document_from_raw(path, read_text_blocks(path, data), None, language, alternatives=alternatives, section=section)


def is_pdf(path: str) -> bool:
    """Whether ``path`` is read as a PDF edition (by its name: the bytes are checked when read)."""
    return path.lower().endswith(PDF_SUFFIXES)


def document_from_raw(
    path: str,
    raw: list[RawBlock],
    pages: int | None,
    language: str | None = None,
    *,
    warnings: Sequence[str] = (),
    alternatives: Sequence[str] | None = None,
    section: bool = False,
) -> Document:
    """A ``Document`` from blocks already read: the edition's language settled, then each block's. ``pages``:
    the file's page count (``None``: the last page a block stands on, for text).

    ``section``: the file holds several languages, a section of pages each, and the edition is its section in
    ``language``, wherever that stands (``UnreadableInput`` when it holds none).
    """
    if not raw:
        raise UnreadableInput(path, "no text")
    pages = max(b.page for b in raw) if pages is None else pages
    doc_language, source = _edition_language(path, language, raw)
    others: tuple[str, ...] = ()
    if section:
        source = "section"
        raw, _, found = language_section(raw, doc_language, first=False)
        if not found:
            raise UnreadableInput(path, f"no section of pages in {doc_language}")
        read = sorted({b.page for b in raw})
        where = f"page{'s' if len(read) > 1 else ''} {', '.join(map(str, read))}"
        warnings = (*warnings, f"the {doc_language} section of a file that holds several languages ({where})")
    elif source != "detected" and doc_language != "und":
        raw, left_out, others = language_section(raw, doc_language)
        warnings = (*warnings, left_out) if left_out else warnings
    if doc_language == "und":
        languages = [doc_language] * len(raw)
    elif alternatives is None:
        languages = block_languages([b.text for b in raw], doc_language)
    else:
        languages = block_languages([b.text for b in raw], doc_language, alternatives)
    blocks = tuple(
        Block(i, b.page, b.kind, b.text, lang, b.bbox, b.line or None, b.contents_page)
        for i, (b, lang) in enumerate(zip(raw, languages, strict=True))
    )
    own = [b.text for b in blocks if b.language == doc_language]
    text_languages = edition_text_languages(own) if source != "detected" and doc_language != "und" else ()
    return Document(path, doc_language, source, pages, blocks, tuple(warnings), text_languages, others)


def _edition_language(path: str, given: str | None, raw: list[RawBlock]) -> tuple[str, str]:
    if given:
        code = normalize_language_code(given)
        if code is None:
            raise UnreadableInput(path, f"unknown language code {given!r}")
        return code, "option"
    named = language_from_name(path)
    if named:
        return named, "name"
    detected = detect_language(" ".join(b.text for b in raw)[:20000])
    return (detected or "und"), "detected"
