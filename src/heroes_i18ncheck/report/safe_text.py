"""Text from untrusted PDFs made safe to print: no lone surrogates, no terminal control codes."""

from __future__ import annotations

import regex

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (unencodable in UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def printable(text: str) -> str:
    """Control characters shown as ``\\xNN`` so a PDF cannot drive the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", without_surrogates(text))
