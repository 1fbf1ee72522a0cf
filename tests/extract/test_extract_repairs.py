"""Each text repair on the artifact it exists for, and on clean text it must leave alone."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.extract.repairs import (
    blank_control_characters,
    collapse_letter_spacing,
    drop_unmapped_glyphs,
    hyphenated_vocabulary,
    join_lines,
    map_ligatures,
    squeeze_spaces,
)

NNBSP, NBSP, THIN = "\u202f", "\u00a0", "\u2009"

LETTER_SPACING = [
    # (given, expected, id)
    ("С о ф и я  ,  Б ъ л г а р и я", "София, България", "comma-with-wide-gaps-attaches-left"),
    ("V i l n i u s ,  L i e t u v a .", "Vilnius, Lietuva.", "narrow-gap-punctuation-joins"),
    ("1  2  -  1  4  м а р т  2  0  2  4", "12-14 март 2024", "digits-spaced-wider-than-letters"),
    ("2 0 2 4  m .  g e g u ž ė s  1 5 – 1 7  d .", "2024 m. gegužės 15–17 d.", "lithuanian-date-banner"),
    ("K o n f e r e n c i j a   V i l n i u j e", "Konferencija Vilniuje", "real-space-plus-spacing-is-word-break"),
    (f"1 5 – 1 7 {NNBSP} M a y", f"15–17{NNBSP}May", "no-break-space-token-is-kept-as-the-break"),
    ("HEROES  С Р Е Щ А  Н А  Е К И П А", "HEROES  СРЕЩА НА ЕКИПА", "run-after-a-normal-word-spacing-outside-left-alone"),
    ("И в а н  и  М а р и я", "Иван и Мария", "one-letter-word-between-wide-gaps"),
    ("x + y = z", "x + y = z", "formula-operators-are-not-a-run"),
    ("и в с", "и в с", "three-one-letter-words-are-prose"),
    ("a b c", "a b c", "three-tokens-are-not-enough"),
    ("Abstract.   A  purely   peer-to-peer", "Abstract.   A  purely   peer-to-peer", "justified-gaps-untouched"),
    ("Clean sentence with 36 partners.", "Clean sentence with 36 partners.", "clean-text-untouched"),
    ("c a f e\u0301  n o i r", "cafe\u0301 noir", "combining-mark-stays-with-its-letter"),
    ("e\u0301 e\u0301 e\u0301 e\u0301", "e\u0301" * 4, "run-of-marked-letters-only"),
]


@pytest.mark.parametrize(("given", "expected"), [c[:2] for c in LETTER_SPACING], ids=[c[2] for c in LETTER_SPACING])
def test_collapse_letter_spacing(given: str, expected: str) -> None:
    assert collapse_letter_spacing(given) == expected


JOINS = [
    # (lines, dehyphenate, keep, expected, id)
    (["visit https://heroes-", "fct.eu today"], False, (), "visit https://heroes-fct.eu today", "url-broken-at-its-hyphen-keeps-it"),
    (["official site: https://heroes-", "fct.eu."], True, (), "official site: https://heroes-fct.eu.", "url-kept-even-when-dehyphenating"),
    (["write to heroes-", "fct.eu now"], True, (), "write to heroes-fct.eu now", "bare-domain-continuation-keeps-hyphen"),
    (["the Euro-", "pean Union"], True, (), "the European Union", "lowercase-hyphenation-undone"),
    (["a proof-", "of-work system"], True, ("proof-of-work",), "a proof-of-work system", "compound-known-with-hyphen-kept"),
    (["по-", "добро"], False, (), "по-добро", "text-input-keeps-line-end-hyphen"),
    (["SU-FCT01-2018-", "2019-2020"], True, (), "SU-FCT01-2018-2019-2020", "digit-hyphen-kept-without-space"),
    (["the HORI-", "ZON"], True, (), "the HORI-ZON", "uppercase-break-not-undone"),
    (["deci\u00ad", "sion"], False, (), "decision", "soft-hyphen-dropped"),
    (["plain line", "next line"], True, (), "plain line next line", "ordinary-lines-meet-with-a-space"),
    (["a dash -", "then more"], True, (), "a dash - then more", "spaced-dash-is-not-a-hyphenation"),
]


@pytest.mark.parametrize(
    ("lines", "dehyphenate", "keep", "expected"), [c[:4] for c in JOINS], ids=[c[4] for c in JOINS]
)
def test_join_lines(lines: list[str], dehyphenate: bool, keep: tuple[str, ...], expected: str) -> None:
    assert join_lines(lines, dehyphenate=dehyphenate, keep_hyphen=frozenset(keep)) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("\ufb01rst o\ufb03ce \ufb02ow", "first office flow"),
        ("e\ufb00ect \ufb04 \ufb05 \ufb06", "effect ffl st st"),
        ("№ 5, x², ½", "№ 5, x², ½"),
    ],
    ids=["fi-ffi-fl", "ff-ffl-long-st-st", "not-nfkc-numero-superscript-fraction-kept"],
)
def test_map_ligatures(given: str, expected: str) -> None:
    assert map_ligatures(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("  a   b\t c  ", "a b c"),
        (f"4{NBSP}990{NBSP}000 EUR", f"4{NBSP}990{NBSP}000 EUR"),
        (f"36{NNBSP}months and 1{THIN}000", f"36{NNBSP}months and 1{THIN}000"),
        ("a\nb\r\nc\fd\ve\t f", "a b c d e f"),
        (" one space apart ", "one space apart"),
    ],
    ids=[
        "layout-spaces-squeezed",
        "nbsp-in-number-kept",
        "narrow-and-thin-spaces-kept",
        "line-breaks-and-form-feeds-squeezed",
        "single-spaces-only-trimmed",
    ],
)
def test_squeeze_spaces(given: str, expected: str) -> None:
    assert squeeze_spaces(given) == expected


def test_unmapped_glyph_placeholders_are_dropped_and_counted() -> None:
    assert drop_unmapped_glyphs("(cid:12)(cid:7)ok (cid:300)") == ("ok ", 3)
    assert drop_unmapped_glyphs("(cid:x) (cid: 5)") == ("(cid:x) (cid: 5)", 0)


def test_a_space_glyph_mapped_to_nul_and_line_separators_become_spaces() -> None:
    # ontology-techwp's en and ko editions draw every space as U+0000: words, links and "[1]" marks ran together.
    assert blank_control_characters("[1]\x00 Burnett,\x00Daniel") == "[1]  Burnett, Daniel"
    assert blank_control_characters("chain\u2028 (Building\u2029") == "chain  (Building "
    assert blank_control_characters("plain text\ttab") == "plain text\ttab"


def test_hyphenated_vocabulary_collects_inner_hyphens_only() -> None:
    vocab = hyphenated_vocabulary(["a front-line worker", "Proof-of-Work and Euro-", "pean"])
    assert vocab == frozenset({"front-line", "proof-of-work"})
