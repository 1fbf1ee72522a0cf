"""Entities stage: the checkable facts of a block, typed and normalized so one fact compares equal in every language.

``extract_entities(text, language)`` runs every finder over the text, then
keeps, for each stretch of text, the most specific reading (``resolve``): a
date consumes its day and year, money its number, a URL or an identifier its
digits, a range its ends. Entities never overlap and come in order of position.
``extract_entities_many`` and ``edition_entities`` read many texts (an
edition's blocks) with the same result, finder by finder: faster.

Canonical ``Entity.value`` of each kind — the rules compare these across
languages, so one fact gives one string whatever the language:

=============  ==========================================================================
kind           value
=============  ==========================================================================
number         plain decimal, ``.`` as decimal point, no grouping, exponent, leading or
               trailing zeros, ``-`` for negatives: ``4990000``, ``4.99``, ``-3``.
               Ambiguous separators keep every reading: ``1.000`` → ``1000`` with
               alternative ``1`` (the language's reading first). A compact number
               (``3 tys.``, ``4.99 million``) is multiplied out, subkind ``compact``.
year           the four digits, ``2023`` (1900–2099 standing alone); same format as a
               number, so rules may pool number, ordinal and year values. A decade
               (``1980s``, ``'80s``) has subkind ``decade`` and the readings ``1980s``,
               ``1980``, ``80``.
ordinal        the digits, ``20`` (``20th``, ``20-ТА``, ``20-oji``, ``20e``, ``20.``); a Roman
               numeral up to XXXIX too, subkind ``roman`` (``XIXe siècle``, ``XIX a.`` → ``19``).
percent        number + ``%``: ``12.5%`` (``12,5 %``, ``12 процента``).
range          ``3..6`` (``3 - 6``, ``3–6``, ``2018-2019``); ``10%..20%`` for percentages.
quantity       number + space + CLDR unit: ``136 speed-kilometer-per-hour`` (``136 km/h``),
               ``80 temperature-generic`` (``80 degrees``); subkind ``equivalent`` for one in
               brackets after another of the same dimension (``8 m (26 ft)``).
money          number + space + ISO 4217 code: ``4990000 EUR`` (``4.99M €``,
               ``4,99 mln. €``, ``EUR 4.99M``, ``€4,990,000``).
date           ISO 8601: ``2023-03-14``; month-year ``2023-03``; day-month ``--03-14``;
               day ranges as intervals ``2023-07-03/2023-07-06`` (``--07-03/--07-06``
               without a year). Numeric dates keep the swapped day/month reading as an
               alternative when both fit (``03/04/2023``).
time           24-hour ``15:00`` (``15:00:30`` with seconds): ``3 p.m.``, ``15h``, ``15.00`` (fi, da).
url            ``https://`` + lower-case host without ``www.`` + path (case kept, no
               trailing ``/``) + query and fragment. A bare domain, ``www.`` and
               ``http://`` all compare equal to the ``https://`` link:
               ``heroes-fct.eu`` = ``https://www.heroes-fct.eu/`` → ``https://heroes-fct.eu``.
email          lower-cased: ``heroes@ucm.es``.
handle         lower-cased with ``@``: ``@heroes_fct``.
hashtag        lower-cased with ``#``: ``#saveface4children``.
phone          E.164 (via ``phonenumbers``): ``+35929710400``.
identifier     upper-cased, spaces and line breaks inside removed; ``subkind`` says which:
               ``grant`` ``101021801``; ``call`` ``SU-FCT01-2018-2019-2020``;
               ``erasmus`` ``2020-1-HU01-KA202-078812``; ``work-package`` ``WP9``;
               ``task`` ``TASK 5.6``; ``deliverable`` ``D5.1``; ``doi`` (lower-cased)
               ``10.1000/xyz``; ``custom`` for configured patterns.
acronym        as written: ``ICMPD``.
=============  ==========================================================================

An entity typed with look-alike letters of another script (``НЕRОЕS``,
``heroes@ucm.еs``) has the value of the Latin text it imitates and
``lookalike`` naming the foreign script (``"Cyrillic"``).

What is deliberately *not* an entity, so the rules never see it differ:
numbers written as words (``four``, ``шест``, ``Devintasis``) — a count written
as a word in one edition and as digits in another is not compared; two-letter
upper-case words and local abbreviations of common nouns are language, not names
(``EU``/``ЕС``/``ES``), though a three-letter local abbreviation (Lithuanian
``NVO`` for NGO) is still read as an acronym — acronym differences are advisory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..model import Block, Entity
from .acronyms import find_acronyms
from .dates import find_dates
from .identifiers import compile_identifier_pattern, find_custom_identifiers, find_identifiers
from .links import find_links, normalize_url
from .locale_data import LocaleData, locale_data
from .lookalikes import skeleton
from .money import find_amounts
from .numbers import find_numbers, find_ordinals, find_percents, find_ranges
from .periods import find_decades, find_roman_ordinals
from .phones import find_phones
from .quantities import decade_of_degrees, find_quantities, quantities_agree
from .resolve import Candidate, most_specific
from .times import find_times

__all__ = [
    "block_entities",
    "compile_identifier_pattern",
    "decade_of_degrees",
    "edition_entities",
    "extract_entities",
    "extract_entities_many",
    "normalize_url",
    "quantities_agree",
]


def extract_entities(text: str, language: str, *, identifier_patterns: Sequence[str] = ()) -> tuple[Entity, ...]:
    """Every entity in ``text`` written the ``language`` way, in order of position.

    ``identifier_patterns`` are extra regular expressions for project
    identifiers (from the configuration); a pattern's ``id`` group, if any, is
    the value. An invalid pattern raises ``ValueError`` naming it; any text is fine.
    """
    return extract_entities_many([text], language, identifier_patterns=identifier_patterns)[0]


def extract_entities_many(
    texts: Sequence[str], language: str, *, identifier_patterns: Sequence[str] = ()
) -> list[tuple[Entity, ...]]:
    """``extract_entities`` of each text, finder by finder over all of them.

    The same entities as one call per text, faster on an edition's blocks
    (``bench/entities_speed.py``): each finder's regexes and tables stay warm in
    the processor's caches instead of taking turns with a dozen others on every block.
    """
    return [most_specific(c) for c in _candidates_many(texts, language, identifier_patterns)]


def _candidates_many(texts: Sequence[str], language: str, identifier_patterns: Sequence[str]) -> list[list[Candidate]]:
    """Every finder's readings of each text, in finder order (``most_specific`` keeps the first of equals)."""
    candidates: list[list[Candidate]] = [[] for _ in texts]
    present = [i for i, text in enumerate(texts) if text]
    if not present:
        return candidates
    data = locale_data(language)
    latins = {i: skeleton(texts[i]) for i in present}
    for i in present:
        candidates[i] += find_links(texts[i], latins[i], data.script)
    with_digits = [i for i in present if _ASCII_DIGIT.search(texts[i])]
    for finder in _digit_finders(data, identifier_patterns):
        for i in with_digits:
            candidates[i] += finder(texts[i], latins[i])
    if identifier_patterns:
        digits = set(with_digits)
        for i in present:
            if i not in digits:
                candidates[i] += find_custom_identifiers(texts[i], identifier_patterns)
    for i in present:
        candidates[i] += find_roman_ordinals(texts[i], data)
        candidates[i] += find_acronyms(texts[i], latins[i], data)
    return candidates


_ASCII_DIGIT = re.compile("[0-9]")
"""Every finder but links, acronyms and configured patterns needs a digit ``0-9``: most blocks have none."""

Finder = Callable[[str, str], Iterator[Candidate]]


def _digit_finders(data: LocaleData, identifier_patterns: Sequence[str]) -> tuple[Finder, ...]:
    """Every finder that reads digits, configured patterns among them, each as ``finder(text, latin)``.

    Their order matters where two findings of one tier cover the same span
    (an identifier before a configured pattern before a phone number):
    ``most_specific`` keeps the first.
    """
    return (
        lambda text, latin: find_identifiers(text, latin, data),
        lambda text, latin: find_custom_identifiers(text, identifier_patterns),
        lambda text, latin: find_phones(text, data),
        lambda text, latin: find_dates(text, data),
        lambda text, latin: find_quantities(text, data),
        lambda text, latin: find_amounts(text, data),
        lambda text, latin: find_times(text, data),
        lambda text, latin: find_decades(text, data),
        lambda text, latin: find_percents(text, data),
        lambda text, latin: find_ranges(text, data),
        lambda text, latin: find_ordinals(text, data),
        lambda text, latin: find_numbers(text, data),
    )


def block_entities(
    block: Block, *, identifier_patterns: Sequence[str] = (), edition_language: str = ""
) -> tuple[Entity, ...]:
    """The entities of one block, read in the block's own language and, where that differs, its edition's.

    A reference list left in English inside a Spanish edition still carries
    the translator's ``mayo de 1999``: both readings are settled together, as
    every finder's are (``most_specific``: a date over its year), the block's
    own first among equals.
    """
    return edition_entities([block], identifier_patterns=identifier_patterns, edition_language=edition_language)[0]


def edition_entities(
    blocks: Sequence[Block], *, identifier_patterns: Sequence[str] = (), edition_language: str = ""
) -> tuple[tuple[Entity, ...], ...]:
    """``block_entities`` of every block of an edition, read language by language, finder by finder."""
    candidates: list[list[Candidate]] = [[] for _ in blocks]
    for language, indices in _by_language(blocks).items():
        readings = _candidates_many([blocks[i].text for i in indices], language, identifier_patterns)
        for i, found in zip(indices, readings):
            candidates[i] += found
    if edition_language:
        others = [i for i, b in enumerate(blocks) if b.language != edition_language]
        readings = _candidates_many([blocks[i].text for i in others], edition_language, ())  # patterns: read above
        for i, found in zip(others, readings):
            candidates[i] += found  # after the block's own: at equal rank its own reading is kept
    return tuple(map(most_specific, candidates))


def _by_language(blocks: Sequence[Block]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        groups.setdefault(block.language, []).append(i)
    return groups
