"""Links, e-mail addresses, social handles and hashtags — and look-alike letters typed into them.

A link is found with a scheme (``https://…``), with ``www.``, or as a bare
domain whose last label is a real top-level domain (CLDR's region codes plus
``GENERIC_TLDS``): ``heroes-fct.eu``. Trailing punctuation and an unbalanced
closing bracket are not part of it; a link broken after a hyphen at the end
of a line (``https://heroes-`` / ``fct.eu``) is joined again, and so is a ``www.`` link that a letter-spaced
heading's text layer broke with spaces (``ww w.on t .io``) where only the joined host ends in a real top-level
domain.

Values: links ``https://`` + lower-case host without ``www.`` + path (case
kept, trailing ``/`` dropped) + query and fragment — so ``heroes-fct.eu``,
``www.heroes-fct.eu`` and ``http://heroes-fct.eu/`` all read
``https://heroes-fct.eu``; other schemes are kept (``ftp://…``). E-mails,
handles and hashtags are lower-cased (``@heroes_fct``, ``#savefaces4children``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex
from babel import Locale

from ..model import EntityKind
from .guards import could_start
from .lookalikes import imitation, skeleton
from .resolve import Candidate, Tier

GENERIC_TLDS = frozenset(
    "com org net info edu gov int mil biz app dev online site news media ngo ong org museum pro coop aero"
    " tech academy foundation science global eus cat gal berlin paris brussels".split()
)
"""Generic top-level domains a bare domain may end with, besides the two-letter region codes of CLDR."""

FILE_LIKE_TLDS = frozenset({"md", "py", "sh", "rs", "so", "ps"})
"""Region codes that are file extensions in running text (``README.md``): a bare domain needs a path there."""

_SPACELESS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}、。，：（）「」"
"""Letters and punctuation of scripts written without spaces: Japanese, Chinese and Korean editions write a link
or an address straight into the next words (``https://example.orgで``), which end it."""
_URL_CHAR = rf"[^\s<>\"«»“”‘’|\\^`{{}}{_SPACELESS}]"
_ADDRESS_CHAR = rf"[^\W{_SPACELESS}]"
_TRAILING = ".,;:!?'\"»”’…"
_OPENING = {")": "(", "]": "[", "}": "{"}
_CONTINUATION = regex.compile(r"(?:\r?\n[ \t]{0,3}| )(?P<rest>[a-z0-9][^\s<>\"«»“”‘’|\\^`{}]{0,2000})")
_SCHEME_URL = regex.compile(rf"(?<![\w@](?<![{_SPACELESS}]))(?i:https?|ftp)://{_URL_CHAR}{{1,2000}}")
_WWW_URL = regex.compile(rf"(?<![\w@./-](?<![{_SPACELESS}]))(?i:www)\.{_URL_CHAR}{{1,2000}}")
@functools.cache
def _top_level() -> regex.Pattern[str]:
    """A dot, a top-level domain (generic or a country's) and a path; compiled on first use, as the list is long."""
    tlds = sorted(_top_level_names(), key=lambda t: (-len(t), t))
    return regex.compile(
        rf"\.{could_start(tlds)}(?P<tld>\L<tlds>)(?![\p{{L}}\p{{N}}-]|\.[\p{{L}}\p{{N}}])"
        rf"(?P<path>/{_URL_CHAR}{{0,2000}})?",
        tlds=tlds,
    )


@functools.cache
def _top_level_names() -> frozenset[str]:
    """Every top-level domain a link may end with: the generic ones and CLDR's two-letter region codes."""
    return frozenset(GENERIC_TLDS | {c.lower() for c in Locale.parse("en").territories if isinstance(c, str) and len(c) == 2 and c.isalpha()})


_SPACED_WWW = regex.compile(r"(?<![\w@./-])(?i:w ?w ?w) ?\.(?: ?[A-Za-z0-9.-]){2,80}")
"""A ``www.`` link with single spaces anywhere in it, as far as such characters go; ``_spaced_link`` cuts it."""
_SPACED_HOST = regex.compile(r"www\.(?:[A-Za-z0-9-]+\.)+(?P<tld>[A-Za-z]{2,})", flags=regex.I)
MAX_SPACED_PIECE = 8
"""Each piece after the first space of a broken link is this short at most: the text layer's fragments of a
letter-spaced word (``.o``, ``nt.io``), not a word of the sentence after the link."""


_LABELS = regex.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}")
MAX_HOST = 253
_EMAIL = regex.compile(
    rf"(?<![\w.+-](?<![{_SPACELESS}]))(?:{_ADDRESS_CHAR}|[.+-]){{1,64}}@(?:{_ADDRESS_CHAR}|-){{1,63}}(?:\.(?:{_ADDRESS_CHAR}|-){{1,63}}){{1,8}}"
)
_HANDLE = regex.compile(r"(?<![\w@./:#])@(?P<name>[\p{L}\p{N}_]{1,30})(?![\w@])")
_HASHTAG = regex.compile(r"(?<![\w&#/])#(?P<tag>[\p{L}_][\p{L}\p{N}_]{0,138})")
_SPACES = regex.compile(r"\s+")
_SCHEME = regex.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_DEFAULT_PORT = regex.compile(r":(?:80|443)$")
_PATH_START = regex.compile(r"[/?#]")
_QUERY_START = regex.compile(r"[?#]")


def find_links(text: str, latin: str, script: str) -> Iterator[Candidate]:
    """Links, e-mails, handles and hashtags; ``latin`` is the look-alike skeleton of ``text`` (same offsets),
    ``script`` the text's own (``"Cyrl"``)."""
    # Each scan needs one character most blocks lack: a link has "." (or "://"), an address or handle "@".
    if "." in text or ":" in text:
        yield from _urls(text, latin, script)
    if "@" in text:
        yield from _emails(text, script)
        for match in _HANDLE.finditer(text):
            found = _named(EntityKind.HANDLE, "@", match, script)
            if found:
                yield found
    if "#" in text:
        for match in _HASHTAG.finditer(text):
            found = _named(EntityKind.HASHTAG, "#", match, script)
            if found:
                yield found


_ODD_HYPHENS = regex.compile(r"[-\u00ad\u2010\u2011]*[\u00ad\u2010\u2011][-\u00ad\u2010\u2011]*")
"""A run of hyphens holding a soft hyphen or a Unicode one: some text layers map a link's hyphen glyph to
``-`` + U+00AD + U+2010 (htm-whitepaper ko's ``about-­‐numenta``); a link can only mean ``-``."""


def normalize_url(raw: str) -> str:
    """``http://WWW.Heroes-FCT.eu/News/`` → ``https://heroes-fct.eu/News``; see the module docstring."""
    compact = _ODD_HYPHENS.sub("-", _SPACES.sub("", raw))
    scheme_match = _SCHEME.match(compact)
    scheme = scheme_match.group(1).lower() if scheme_match else "https"
    rest = compact[scheme_match.end() :] if scheme_match else compact
    host, path = _split_host(rest)
    if scheme == "http":
        scheme = "https"
    return f"{scheme}://{_normalize_host(host)}{path}"


def _split_host(rest: str) -> tuple[str, str]:
    """``host/Path/?q#f`` → ``("host", "/Path?q#f")``, the path's trailing ``/`` dropped."""
    path = _PATH_START.search(rest)
    cut = path.start() if path else len(rest)
    host, tail = rest[:cut], rest[cut:]
    query = _QUERY_START.search(tail)
    at = query.start() if query else len(tail)
    return host, tail[:at].rstrip("/") + tail[at:]


def _normalize_host(host: str) -> str:
    host = host.lower().rstrip(".")
    host = _DEFAULT_PORT.sub("", host)
    return host[4:] if host.startswith("www.") else host


def _urls(text: str, latin: str, script: str) -> Iterator[Candidate]:
    scans = (_SCHEME_URL,) * ("://" in latin) + (_WWW_URL,) * ("." in latin)
    spans = [(m.start(), m.end()) for pattern in scans for m in pattern.finditer(latin)]
    spans += [span for span in map(lambda m: _bare_domain(latin, m), _top_level().finditer(latin)) if span]
    if "w " in latin.lower() or "w." in latin.lower():
        spans = _with_spaced_links(latin, spans)
    for start, end in spans:
        end = _joined_end(text, start, _trimmed_end(text, start, end))
        raw = text[start:end]
        scheme_end = raw.find("://") + 3 if "://" in raw else 0
        host, _ = _split_host(raw[scheme_end:])
        foreign = imitation(host, script)
        value = normalize_url(raw if not foreign else raw[:scheme_end] + skeleton(raw[scheme_end:]))
        yield Candidate(Tier.LINK, EntityKind.URL, raw, start, end, value, lookalike=foreign or "")


def _with_spaced_links(latin: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each ``www.`` link broken by spaces (``www .o nt.io``) as one span, in place of the pieces
    found in it (``nt.io``; ``www.on``, whose ``on`` is no top-level domain)."""
    for match in _SPACED_WWW.finditer(latin):
        span = _spaced_link(latin, match.start(), match.end())
        if span:
            start, end = span
            spans = [s for s in spans if s[1] <= start or s[0] >= end] + [span]
    return spans


def _spaced_link(latin: str, start: int, limit: int) -> tuple[int, int] | None:
    """The longest stretch from ``start`` that ends a piece, holds a space and joins into ``www.`` + a host ending in
    a real top-level domain; its pieces after the first space short (``MAX_SPACED_PIECE``). ``None`` where the
    link is whole (the plain scan reads it) or no such stretch exists."""
    pieces = [(m.start(), m.end()) for m in regex.finditer(r"\S+", latin, pos=start, endpos=limit)]
    if len(pieces) < 2:
        return None
    plain = _SPACED_HOST.match(latin, pieces[0][0], pieces[0][1])
    if plain and plain.end() == pieces[0][1] and plain.group("tld").lower() in _top_level_names():
        return None
    best = None
    for count in range(2, len(pieces) + 1):
        last_start, last_end = pieces[count - 1]
        if last_end - last_start > MAX_SPACED_PIECE:
            break
        while last_end > last_start and latin[last_end - 1] in _TRAILING:
            last_end -= 1
        joined = "".join(latin[a:b] for a, b in pieces[: count - 1]) + latin[last_start:last_end]
        host = _SPACED_HOST.fullmatch(joined)
        if host and host.group("tld").lower() in _top_level_names():
            best = (start, last_end)
    return best


def _bare_domain(latin: str, top: regex.Match[str]) -> tuple[int, int] | None:
    """The span of ``heroes-fct.eu`` around its ``.eu``; ``None`` for ``README.md``, ``3.5.de``, ``сайта.bg``."""
    dot = top.start()
    start = dot
    while start > 0 and dot - start < MAX_HOST and (latin[start - 1].isalnum() or latin[start - 1] in "-."):
        start -= 1
    while start < dot and latin[start] in "-.":
        start += 1
    if start == dot or (start and latin[start - 1] in "@/:_"):
        return None
    labels = latin[start : dot + 1]
    last_label = labels[:-1].rsplit(".", 1)[-1]
    if not _LABELS.fullmatch(labels) or len(last_label) < 2 or not any(c.isalpha() for c in labels):
        return None
    if top.group("tld") in FILE_LIKE_TLDS and not top.group("path"):
        return None
    return start, top.end()


def _trimmed_end(text: str, start: int, end: int) -> int:
    """Drop trailing punctuation and a closing bracket the link did not open."""
    while end > start:
        last = text[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last in _OPENING and text.count(_OPENING[last], start, end) < text.count(last, start, end):
            end -= 1
        else:
            break
    return end


def _joined_end(text: str, start: int, end: int) -> int:
    """Extend a link that a line break cut after a hyphen (``https://heroes-`` + ``fct.eu``), or after a slash
    where the next line goes on with a path (``https://github.com/`` + ``ethereum/wiki/Patricia-Tree``)."""
    for _ in range(3):
        link = text[start:end]
        if not link.endswith(("-", "/")):
            break
        more = _CONTINUATION.match(text, end)
        if not more:
            break
        if link.endswith("/") and not _PATH_SIGNS.search(text, more.start("rest"), _trimmed_end(text, start, more.end())):
            break
        end = _trimmed_end(text, start, more.end())
    return end


_PATH_SIGNS = regex.compile(r"[/?=#_&%]")
"""What the words after a link ending in ``/`` must hold to be the rest of its path, not the sentence after it."""


def _emails(text: str, script: str) -> Iterator[Candidate]:
    for match in _EMAIL.finditer(text):
        raw = match.group().rstrip(".-")
        if not raw.rsplit(".", 1)[-1].isalpha() or "@" not in raw:
            continue
        foreign = imitation(raw, script)
        value = skeleton(raw).lower() if foreign else raw.lower()
        end = match.start() + len(raw)
        yield Candidate(Tier.LINK, EntityKind.EMAIL, raw, match.start(), end, value, lookalike=foreign or "")


def _named(kind: EntityKind, sign: str, match: regex.Match[str], script: str) -> Candidate | None:
    name = match.group(1)
    if not any(c.isalpha() for c in name):
        return None
    foreign = imitation(name, script)
    value = sign + (skeleton(name) if foreign else name).lower()
    return Candidate(Tier.NAME, kind, match.group(), match.start(), match.end(), value, lookalike=foreign or "")
