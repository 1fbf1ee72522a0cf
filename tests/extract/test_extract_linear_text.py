"""Hostile text read in time linear in its length: patterns that cannot backtrack on runs of ``@``, dots,
digits with separators, dashes or ``%``, and paragraphs joined once however many there are."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hang_guard import hang_guard
from heroes_i18ncheck.errors import UnreadableInput
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.language import language_evidence
from heroes_i18ncheck.extract.repairs import join_lines
from heroes_i18ncheck.extract.text import read_text_blocks
from repo_paths import SHARED

REPRO = SHARED / "attack-repro"
GUARD_SECONDS = 20
"""Each reproducer took minutes or hours before its fix and takes about a second after: a wide margin for a busy machine."""
BG = "Проектът има 25 партньори в 12 страни."
LENGTH = 20_000
FAMILIES = {
    "at-signs": "@a.",
    "dots": ".a1 ",
    "digits-with-separators": "1 ,.'\u00a0\u202f",
    "dashes": "-\u2013\u2014\u2010\u00ad1a ",
    "percent": "%1 .,",
    "links": "/:.@aw#?=-",
    "markdown": "# \t-*1.a",
}
"""The characters each family of patterns repeats on; a hostile text is a short unit of them, repeated."""


@st.composite
def hostile_text(draw: st.DrawFn, alphabet: str) -> str:
    """A unit drawn from ``alphabet`` (and line breaks) repeated to ``LENGTH`` characters, between two fragments."""
    unit = draw(st.text(alphabet=alphabet + "\n", min_size=1, max_size=6))
    prefix = draw(st.sampled_from(["", "a", "a@", "https://", "www.", "1", "#", "- ", "# a"]))
    suffix = draw(st.sampled_from(["", "a", ".eu", "@b.c", "!", "%", "1"]))
    return prefix + (unit * (LENGTH // len(unit) + 1))[:LENGTH] + suffix


HOSTILE = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("family", FAMILIES)
@HOSTILE
@given(data=st.data())
def test_language_evidence_is_linear_on_hostile_text(family: str, data: st.DataObject) -> None:
    """Only words of the text come out: no address, number or sign survives."""
    text = data.draw(hostile_text(FAMILIES[family]))
    with hang_guard(GUARD_SECONDS):
        evidence = language_evidence(text)
    assert all(word in text for word in evidence.split())
    assert not set(evidence) & set("@%./:#?=1")


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
@HOSTILE
@given(data=st.data())
def test_text_editions_are_read_in_linear_time(family: str, suffix: str, data: st.DataObject) -> None:
    """Paragraphs, headings and list items of a hostile text: each one line, none empty, in order."""
    text = data.draw(hostile_text(FAMILIES[family]))
    with hang_guard(GUARD_SECONDS):
        try:
            blocks = read_text_blocks(f"bg{suffix}", text.encode())
        except UnreadableInput as error:  # only blank lines, or Markdown markers without text
            assert error.reason == "no text (the file is empty)"
            return
    assert all(b.text and "\n" not in b.text for b in blocks)
    assert [b.line for b in blocks] == sorted(b.line for b in blocks)
    assert sum(len(b.text.replace(" ", "")) for b in blocks) <= len(text)


@HOSTILE
@given(data=st.data(), family=st.sampled_from(sorted(FAMILIES)), dehyphenate=st.booleans())
def test_joining_many_lines_is_linear(data: st.DataObject, family: str, dehyphenate: bool) -> None:
    """However the lines end, each one's text is in the block, in order."""
    lines = data.draw(hostile_text(FAMILIES[family])).split("\n")
    with hang_guard(GUARD_SECONDS):
        joined = join_lines(lines, dehyphenate=dehyphenate)
    position = 0
    for line in lines:
        core = line.rstrip("-\u2010\u00ad")
        position = joined.index(core, position) + len(core)


@pytest.mark.shared
def test_redos_reproducer_reads_in_time() -> None:
    """``redos-at/bg.md``: a run of 4,000 ``@`` (over five minutes before, 2,000 took 23 s)."""
    path = REPRO / "redos-at" / "bg.md"
    with hang_guard(GUARD_SECONDS):
        document = extract_document(str(path))
    assert document.language == "bg"
    assert any(set(block.text) == {"@"} for block in document.blocks)


@pytest.mark.parametrize("run", ["@" * 20_000, "a@" * 10_000, "@." * 10_000, "a@a." * 5_000, "x@" + "." * 20_000])
def test_a_long_run_of_at_signs_is_read_in_time(tmp_path: Path, run: str) -> None:
    path = tmp_path / "bg.md"
    path.write_text(f"# Бюлетин\n\n{BG}\n\n{run}\n", encoding="utf-8")
    with hang_guard(GUARD_SECONDS):
        document = extract_document(str(path))
        evidence = language_evidence(run)
    assert [b.text for b in document.blocks] == ["Бюлетин", BG, run]
    assert "@" not in evidence and "." not in evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Write to info@heroes-fct.eu today", "Write to today"),
        ("Write to a@b@c.d or @heroes today", "Write to or today"),
        ("See https://heroes-fct.eu and www.ucm.es now", "See and now"),
        ("The @@@ run and x@y stay", "The run and x stay"),
    ],
    ids=["e-mail", "e-mail-with-two-at-signs", "links", "at-signs-without-a-domain"],
)
def test_language_evidence_leaves_out_addresses_as_before(text: str, evidence: str) -> None:
    assert language_evidence(text) == evidence


@pytest.mark.shared
def test_quadratic_paragraphs_reproducer_reads_in_time() -> None:
    """``quadratic-paragraphs/de.txt``: 150,000 one-letter paragraphs, one broken sentence (past 200 s before)."""
    data = (REPRO / "quadratic-paragraphs" / "de.txt").read_bytes()
    with hang_guard(GUARD_SECONDS):
        blocks = read_text_blocks("de.txt", data)
    assert [b.text for b in blocks] == [" ".join(["a"] * 150_000)]


@pytest.mark.parametrize(
    ("unit", "count", "expected"),
    [
        ("a\n\n", 80_000, " ".join(["a"] * 80_000)),
        ("a-\n", 80_000, "a-" * 80_000),
        ("a-\n\n", 80_000, "a-" * 80_000),
        ("ab\u00ad\n", 80_000, "ab" * 79_999 + "ab\u00ad"),
        ("a.\n\n", 80_000, None),
    ],
    ids=["short-paragraphs", "hyphenated-lines", "hyphenated-paragraphs", "soft-hyphens", "sentences"],
)
def test_many_paragraphs_are_joined_in_linear_time(unit: str, count: int, expected: str | None) -> None:
    with hang_guard(GUARD_SECONDS):
        blocks = read_text_blocks("de.txt", (unit * count).encode())
    if expected is None:
        assert len(blocks) == count and {b.text for b in blocks} == {"a."}
    else:
        assert [b.text for b in blocks] == [expected]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("# a" + " " * 20_000 + "#" * 20_000 + " " * 20_000 + "x", "a " + "#" * 20_000 + " x"),
        ("## Title ##  ", "Title"),
        ("# C# and F# #", "C# and F#"),
        ("#" + " " * 20_000 + "#" * 20_000, ""),
    ],
    ids=["long-runs-of-spaces-and-hashes", "closing-hashes", "hashes-inside", "only-hashes"],
)
def test_markdown_headings_are_read_in_linear_time(line: str, heading: str) -> None:
    """A lazy heading pattern tried every split of a run of spaces and ``#`` (20,000 of each: 13 s)."""
    with hang_guard(GUARD_SECONDS):
        blocks = read_text_blocks("bg.md", f"{line}\n\n{BG}\n".encode())
    assert [(b.kind, b.text) for b in blocks] == [*([("heading", heading)] if heading else []), ("paragraph", BG)]
