"""Text repairs for the artifacts PDF layout leaves in extracted lines, one small function each.

They run on the lines of a PDF and on plain-text editions alike (a ``.txt`` made
from a PDF carries the same artifacts), and each leaves clean text unchanged:

- ``map_ligatures``: ``ﬁ`` → ``fi`` (U+FB00–FB06 only; NFKC would also rewrite ``№`` and superscripts);
- ``squeeze_spaces``: runs of layout spaces → one space; no-break and thin spaces are kept;
- ``drop_unmapped_glyphs``: ``(cid:12)`` placeholders for glyphs without Unicode → gone, counted;
- ``blank_control_characters``: a space glyph mapped to U+0000, or a line separator (U+2028/9) → a space;
- ``collapse_letter_spacing``: ``В а р ш а в а  ,  П о л ш а`` → ``Варшава, Полша``;
- ``join_lines``: line-end hyphenation undone, a URL broken at its own hyphen rejoined.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
_LIGATURE_CHARS = tuple(chr(code) for code in LIGATURES)
SOFT_HYPHEN = "\u00ad"
LINE_END_HYPHENS = ("-", "\u2010")

_LAYOUT_SPACES = regex.compile(r"[ \t\r\n\f\v]+")
_UNUSUAL_LAYOUT_SPACES = ("  ", "\t", "\r", "\n", "\f", "\v")
"""What ``_LAYOUT_SPACES`` would change; a line without any (most lines) needs no regex pass."""
_UNMAPPED_GLYPH = regex.compile(r"\(cid:\d+\)")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u2028\u2029]")
"""Control characters no text shows (NUL, …) and the Unicode line and paragraph separators."""
# Four or more one-character tokens (a grapheme: a base and its marks) separated by layout spaces.
_SPACED_RUN = regex.compile(r"(?<![^ \t])[^ \t]\p{M}*(?:[ \t]+[^ \t]\p{M}*){3,}(?![^ \t])")
# What every spaced run holds (its second and third tokens, each between spaces): a cheaper
# scan that rules out most lines before ``_SPACED_RUN``, whose look-behind is tried at every position.
_TWO_LONE_GRAPHEMES = regex.compile(r"[ \t][^ \t]\p{M}*[ \t]+[^ \t]\p{M}*[ \t]")
_TOKEN = regex.compile(r"[^ \t]\p{M}*")
_CLOSING_PUNCTUATION = frozenset(",.;:!?)]»”")
_URL_START = regex.compile(r"(?:https?://|www\.|[\w.+-]{1,64}+@)", regex.IGNORECASE)
"""A link's or an e-mail address's start (its user name is at most 64 characters), matched at a word's start."""
_DOMAIN_PIECE = regex.compile(r"^[\w-]+(?:\.[\w-]+)+")
_HYPHENATED_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)+")
_LEADING_WORD = regex.compile(r"\p{L}*(?:-\p{L}+)*")
_REVERSED_WORD_BEFORE_HYPHEN = regex.compile(r"-\p{L}++(?:-\p{L}++)*+")
"""``word-`` at the end of a text, read backwards: matched from the end, it never backtracks."""
TAIL_CHARS = 2000
"""How much of a block's end a line join looks at: the last word of a longer tail is cut (a link is at most 2,000 characters)."""
MAX_COMPOUND = 200
"""The longest hyphenated word a line-end hyphen is looked up as (``keep_hyphen``); the rest of a longer one is not read."""


def map_ligatures(text: str) -> str:
    """Typographic ligature characters (U+FB00–FB06) spelled out as their letters."""
    if not any(char in text for char in _LIGATURE_CHARS):
        return text
    return text.translate(LIGATURES)


def squeeze_spaces(text: str) -> str:
    """Runs of layout whitespace (ASCII) as one space, ends trimmed; U+00A0, U+202F, U+2009 stay as they are."""
    if not any(space in text for space in _UNUSUAL_LAYOUT_SPACES):
        return text.strip(" ")
    return _LAYOUT_SPACES.sub(" ", text).strip(" ")


def drop_unmapped_glyphs(text: str) -> tuple[str, int]:
    """The text without pdfminer's ``(cid:NN)`` placeholders, and how many there were."""
    if "(cid:" not in text:
        return text, 0
    cleaned, count = _UNMAPPED_GLYPH.subn("", text)
    return cleaned, count


def blank_control_characters(text: str) -> str:
    """Control characters and U+2028/U+2029 as spaces: some fonts map their space glyph to U+0000
    (``A\\x00New\\x00Platform``), which no word, link or reference mark can then span."""
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


def collapse_letter_spacing(text: str) -> str:
    """Letter-spaced runs written as words again; wider gaps inside a run stay word breaks.

    A run is four or more one-character tokens with at least three adjacent letter
    or digit pairs. Its narrowest gap is the letter spacing; a wider gap is a word
    break. Digits and punctuation are measured among themselves (some tools space
    them wider than letters: ``3  -  6  ю л и  2  0  2  3`` → ``3-6 юли 2023``), a
    no-break space token stays as the word break it is, and a comma or full stop
    is attached to the word before it.
    """
    if text.count(" ") + text.count("\t") < 3 or not _TWO_LONE_GRAPHEMES.search(text):
        return text
    return _SPACED_RUN.sub(lambda m: _collapse_run(m[0]), text)


def _collapse_run(run: str) -> str:
    matches = list(_TOKEN.finditer(run))
    tokens = [m[0] for m in matches]
    gaps = [matches[i + 1].start() - matches[i].end() for i in range(len(matches) - 1)]
    classes = [_token_class(t) for t in tokens]
    word_pairs = sum(1 for a, b in zip(classes, classes[1:]) if a in "LN" and b in "LN")
    if word_pairs < 3:
        return run
    unit = min(gaps)
    letter_unit = min((g for g, a, b in zip(gaps, classes, classes[1:]) if a == b == "L"), default=unit)
    figure_unit = min((g for g, a, b in zip(gaps, classes, classes[1:]) if a in "NP" and b in "NP"), default=unit)
    out = [tokens[0]]
    for gap, token, left, right in zip(gaps, tokens[1:], classes, classes[1:]):
        if "S" in (left, right):
            joined = True
        elif left == right == "L":
            joined = gap <= letter_unit
        elif left in "NP" and right in "NP":
            joined = gap <= figure_unit
        else:
            joined = gap <= unit
        if not joined and token not in _CLOSING_PUNCTUATION:
            out.append(" ")
        out.append(token)
    return "".join(out)


def _token_class(token: str) -> str:
    char = token[0]
    if char.isalpha():
        return "L"
    if char.isdigit():
        return "N"
    if char.isspace():
        return "S"
    return "P"


def hyphenated_vocabulary(lines: Iterable[str]) -> frozenset[str]:
    """Words written with an inner hyphen anywhere in the document (casefolded), to keep those hyphens at line ends."""
    return frozenset(w.casefold() for line in lines if "-" in line for w in _HYPHENATED_WORD.findall(line))


def join_lines(lines: Sequence[str], *, dehyphenate: bool, keep_hyphen: frozenset[str] = frozenset()) -> str:
    """The lines of one block as one string.

    A soft hyphen at a line end is dropped. A URL or e-mail address broken after
    its own hyphen (``https://heroes-`` / ``fct.eu``) is rejoined with the hyphen.
    With ``dehyphenate``, a lowercase word broken with a hyphen before a lowercase
    continuation is joined without it — unless the document writes that word with a
    hyphen elsewhere (``keep_hyphen``). Any other line-end hyphen is kept and the
    lines meet without a space (``2018-`` / ``2019`` → ``2018-2019``).

    Each join looks only at the last ``TAIL_CHARS`` characters of what came
    before, so the time is linear in the text however many lines there are.
    """
    pieces: list[str] = []
    tail = ""
    for line in lines:
        if not line:
            continue
        joint, cut = _joint(tail, line, dehyphenate, keep_hyphen)
        if cut:
            pieces[-1] = pieces[-1][:-1]
        pieces.extend((joint, line))
        tail = (tail[: len(tail) - cut] + joint + line)[-TAIL_CHARS:]
    return "".join(pieces)


def _joint(left: str, right: str, dehyphenate: bool, keep_hyphen: frozenset[str]) -> tuple[str, int]:
    """What goes between a text ending in ``left`` and the next line ``right``, and how many characters of ``left`` go."""
    if not left:
        return "", 0
    if left.endswith(SOFT_HYPHEN):
        return "", 1
    if not left.endswith(LINE_END_HYPHENS):
        return " ", 0
    tail = left.rsplit(" ", 1)[-1]
    head = right.split(" ", 1)[0]
    if len(tail) < 2:
        return " ", 0
    if _URL_START.match(tail) or _DOMAIN_PIECE.match(head):
        return "", 0
    if dehyphenate and tail[-2].islower() and head[:1].islower():
        word = _REVERSED_WORD_BEFORE_HYPHEN.match(tail[: -MAX_COMPOUND - 1 : -1])
        lead = _LEADING_WORD.match(head)
        compound = (word[0][::-1] if word else tail) + (lead[0] if lead else "")
        if compound.casefold() not in keep_hyphen:
            return "", 1
    return "", 0
