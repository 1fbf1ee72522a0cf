"""Untrusted text made safe: what each cleaning function shows, keeps and replaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heroes_i18ncheck.report.safe_text import one_line, printable, without_surrogates, xml_text

XML_LEGAL = {0x9, 0xA, 0xD} | set(range(0x20, 0xD800)) | set(range(0xE000, 0xFFFE))


def is_xml_char(char: str) -> bool:
    code = ord(char)
    return code in XML_LEGAL or 0x10000 <= code <= 0x10FFFF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("24 партньори, 4,99 млн. €", "24 партньори, 4,99 млн. €", id="letters-digits-symbols-untouched"),
        pytest.param("a\x1b[31mb", "a\\x1b[31mb", id="escape-sequence-shown"),
        pytest.param("a\x00b\x07c", "a\\x00b\\x07c", id="nul-and-bell-shown"),
        pytest.param("a\x9bb\x85c", "a\\x9bb\\x85c", id="c1-controls-shown"),
        pytest.param("a\rb", "a\\x0db", id="carriage-return-shown"),
        pytest.param("a\tb\nc", "a\tb\nc", id="tab-and-newline-kept"),
        pytest.param("a\ud800b", "a\ufffdb", id="lone-surrogate-replaced"),
        pytest.param("abc\u202edcba\u202c", "abc\\u202edcba\\u202c", id="bidi-override-shown"),
        pytest.param("x\u2067y\u2069", "x\\u2067y\\u2069", id="bidi-isolate-shown"),
        pytest.param("a\u200fb", "a\u200fb", id="plain-direction-mark-kept"),
    ],
)
def test_printable(text: str, expected: str) -> None:
    assert printable(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("two\nlines", "two lines", id="newline-becomes-space"),
        pytest.param("a\t\t\nb", "a b", id="whitespace-run-one-space"),
        pytest.param("a\u2028b\u2029c", "a b c", id="unicode-line-separators"),
        pytest.param("a\r\nb", "a\\x0d b", id="crlf-cr-shown-lf-space"),
    ],
)
def test_one_line(text: str, expected: str) -> None:
    assert one_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<a> & ]]>", "<a> & ]]>", id="markup-left-to-the-serializer"),
        pytest.param("a\x00b", "a\\x00b", id="nul-shown"),
        pytest.param("a\ufffeb\uffff", "a\ufffdb\ufffd", id="noncharacters-replaced"),
        pytest.param("a\udfffb", "a\ufffdb", id="surrogate-replaced"),
    ],
)
def test_xml_text(text: str, expected: str) -> None:
    assert xml_text(text) == expected


ANY_CHARACTER = st.characters(exclude_categories=())
"""Every code point, lone surrogates and controls included."""


@given(st.text(alphabet=ANY_CHARACTER))
def test_any_text_becomes_xml_legal_and_utf8_encodable(text: str) -> None:
    cleaned = xml_text(text)
    assert all(is_xml_char(c) for c in cleaned)
    cleaned.encode("utf-8")


@given(st.text(alphabet=ANY_CHARACTER))
def test_one_line_never_holds_a_line_break_or_escape(text: str) -> None:
    cleaned = one_line(text)
    assert not any(c in cleaned for c in "\n\r\x1b\x85\u2028\u2029")
    assert without_surrogates(cleaned) == cleaned
