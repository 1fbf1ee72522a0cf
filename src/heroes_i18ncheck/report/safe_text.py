"""Text from untrusted PDFs made safe to print or embed: whatever a PDF carries, the output stays valid.

A PDF can hold any code point: terminal escape sequences, lone surrogates
(unencodable in UTF-8), bidirectional overrides that reorder what a reader
sees, characters XML 1.0 forbids even as references. Each output format
passes its text through one of these functions before writing it.
"""

from __future__ import annotations

import regex

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Embeddings, overrides and isolates reorder the characters after them on screen
# ("Trojan Source"); the plain marks U+200E/U+200F only set direction and stay.
_BIDI_CONTROL = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = regex.compile(r"[\t\n\u2028\u2029]+")
_XML_NONCHARACTER = regex.compile(r"[\ufffe\uffff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (unencodable in UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def printable(text: str) -> str:
    """Control characters shown as ``\\xNN``, bidi overrides as ``\\uNNNN``: a PDF cannot drive the terminal.

    Tabs and line feeds stay; use ``one_line`` where a line break would fake a new line of output.
    """
    shown = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", without_surrogates(text))
    return _BIDI_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)


def one_line(text: str) -> str:
    """``printable`` text on a single line: tabs and line breaks become one space."""
    return _LINE_BREAK.sub(" ", printable(text))


def xml_text(text: str) -> str:
    """Text every XML 1.0 parser accepts once escaped: forbidden characters shown or replaced.

    Controls are shown as ``\\xNN`` (XML 1.0 forbids most of them even as
    ``&#N;`` references), surrogates and U+FFFE/U+FFFF become U+FFFD. Tabs and
    line feeds stay; the serializer escapes ``<``, ``&`` and quotes.
    """
    return _XML_NONCHARACTER.sub("\ufffd", printable(text))
