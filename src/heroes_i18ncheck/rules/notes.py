"""A translator's note or credit: what a translation adds of its own, not content lost from the reference.

Translations of real documents add lines the original cannot have — "Translated in Greek from bitcoin.org by …",
"N. del T.: …", "[Прим. пер.: …]", "翻訳 株式会社アルトーク 2011/1/25", "脚注はすべて訳者による注釈である" — with
their own links, handles and dates. A block that names the translation or its translator is such a note: it is
no extra block, no untranslated block when written in the source language, and the facts only it states are no
differences. CLDR has no words for "translation" or "translator", so the stems below are a hand list, one line
per script; the edition's own language is not needed, since a credit is often written in another one. An edition
that says its notes stand in square brackets has them inside its paragraphs too: the facts only such a bracket
states are the translator's (``notes_in_brackets``).
"""

from __future__ import annotations

import regex

from ..model import Block, Document

_TRANSLATION = regex.compile(
    r"(?<!\p{L})(?:"
    r"translat(?:ed|ion|ions|or|ors)|tradu[czçs]\p{L}*|traduit\p{L}*|tradott\p{L}*|übersetz\p{L}*|vertaa?l\p{L}*"
    r"|tłumacz\p{L}*|přelož\p{L}*|překlad\p{L}*|preklad\p{L}*|išvert\p{L}*|vertim\p{L}*|fordít\p{L}*"
    r"|käännö\p{L}*|kääntäj\p{L}*|käännett\p{L}*|översatt|översättning\p{L}*|oversatt?|oversættelse\p{L}*|oversettelse\p{L}*"
    r"|перевод\p{L}*|переведен\p{L}*|перевел\p{L}*|превод\p{L}*|преведен\p{L}*|μετάφρ\p{L}*|μεταφρ\p{L}*"
    r")(?!\p{L})"
    r"|N\.\s?(?:del|de la|d\.)\s?T\.|Anm\.\s?d\.\s?Ü|Прим\.\s?пер"
    r"|翻訳|訳者|訳注|译者|翻译|译注|번역|역자|역주",
    regex.IGNORECASE,
)


NOTE_MAX_CHARS = 400
"""A note or credit is a few lines; a longer paragraph that mentions translation (a licence granting the right to
translate) is content."""


def a_translators_note(block: Block) -> bool:
    """Whether ``block`` is short and names the translation or its translator: a credit line or a translator's note."""
    return len(block.text) <= NOTE_MAX_CHARS and _TRANSLATION.search(_ADDRESS.sub(" ", block.text)) is not None


_ADDRESS = regex.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
"""Links and e-mail addresses, whose words (``vertimai.example.lt``) say nothing about the block."""


_BRACKETED = regex.compile(r"\[[^\[\]\n]{1,2000}\]")


def notes_in_brackets(document: Document) -> bool:
    """Whether the edition says its translator's notes stand in square brackets: one of its notes shows a bracketed
    span (``Все примечания переводчика в данном тексте выделялись [квадратными скобками]``)."""
    return any(a_translators_note(block) and _BRACKETED.search(block.text) for block in document.blocks)


def in_brackets(block: Block, start: int, end: int) -> bool:
    """Whether the span ``start``–``end`` of the block's text stands inside square brackets."""
    return any(found.start() < start and end < found.end() for found in _BRACKETED.finditer(block.text))


def wholly_bracketed(block: Block) -> bool:
    """Whether the whole block stands in square brackets, the first closing only at its end: in an edition whose
    notes stand there (``notes_in_brackets``), a translator's note of its own (``[частично имеется по адресу …]``),
    not a reference entry (``[1] Hawkins, J. …``)."""
    text = block.text.strip().rstrip(".,;:").rstrip()
    if not (text.startswith("[") and text.endswith("]")):
        return False
    depth = 0
    for k, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            return k == len(text) - 1
    return False
