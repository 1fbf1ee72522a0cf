"""url-mismatch, localized-link — links that differ between editions.

A link that differs only in its language part (``/en/`` → ``/bg/``,
``?lang=en`` → ``?lang=bg``, ``en.example.org`` → ``bg.example.org``) is a
localized link: reported as information, not as an error.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

from ..model import EntityKind, Severity
from .base import Pair, Rule
from .majority import value_check
from .values import Status, ValueDiff

KINDS = frozenset({EntityKind.URL})

LANGUAGE_PARAMETERS = frozenset({"lang", "language", "hl", "locale", "lng", "l"})
_LANGUAGE_TAG = regex.compile(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$", regex.IGNORECASE)


def without_language(url: str) -> str:
    """The link with every language marker (path segment, query parameter, host label) taken out."""
    parts = urlsplit(url)
    labels = parts.netloc.lower().split(".")
    if len(labels) > 2 and _LANGUAGE_TAG.match(labels[0]):
        labels = labels[1:]
    segments = [s for s in parts.path.split("/") if not _LANGUAGE_TAG.match(s)]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in LANGUAGE_PARAMETERS]
    return urlunsplit((parts.scheme, ".".join(labels), "/".join(segments), urlencode(query), parts.fragment))


def is_localized(pair: Pair, diff: ValueDiff) -> bool:
    """A changed link whose two sides are the same once their language markers are gone."""
    del pair
    if diff.status is not Status.CHANGED or diff.reference is None or diff.translation is None:
        return False
    return without_language(diff.reference.entity.value) == without_language(diff.translation.entity.value)


URL_MISMATCH_DESCRIPTION = """url-mismatch — a link differs between editions.

Links are compared with the scheme and host lower-cased and a trailing slash dropped;
a link that only swaps its language part is left to ``localized-link``.

Passes (en → bg): ``Visit https://heroes-fct.eu today`` ↔ ``Посетете HTTPS://Heroes-FCT.eu/ днес``.
Fails (en → bg): ``Watch https://youtu.be/mOtHKugIsU0 now`` ↔ ``Гледайте https://youtu.be/V3Ll3BYzzwY сега``.
"""

LOCALIZED_LINK_DESCRIPTION = """localized-link — a link points to the edition's own language version.

Usually intended (the Bulgarian edition links the Bulgarian page), so it is
information only; allow it in the configuration to silence it for good.

Passes (en → bg): ``Read https://heroes-fct.eu/news`` ↔ ``Прочетете https://heroes-fct.eu/news``.
Fails (en → bg): ``Read https://heroes-fct.eu/en/news`` ↔ ``Прочетете https://heroes-fct.eu/bg/news``.
"""

URL_MISMATCH = Rule(
    code="H103",
    name="url-mismatch",
    severity=Severity.ERROR,
    summary="A link differs between editions.",
    description=URL_MISMATCH_DESCRIPTION,
    check=value_check(KINDS, "link", select=lambda pair, d: not is_localized(pair, d)),
    one_sided=Severity.WARNING,
)

LOCALIZED_LINK = Rule(
    code="H110",
    name="localized-link",
    severity=Severity.INFO,
    summary="A link differs only by its language part (/en/ → /bg/, ?lang=, en. host).",
    description=LOCALIZED_LINK_DESCRIPTION,
    check=value_check(KINDS, "localized link", select=is_localized),
)
