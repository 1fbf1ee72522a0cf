"""Reports built on the fly for the formatter tests: a PDF issue, a text issue, hostile text, unreadable inputs."""

from __future__ import annotations

import pytest

from factories import document
from heroes_i18ncheck.model import Finding, InputError, Report, Severity, Side

HOSTILE = (
    "ctl\x00\x07\x08 \x1b[31mRED\x1b[0m \x1b]0;title\x07 \ud800 lone \udfff ]]> <script>alert(1)</script> "
    "\"dq\" 'sq' & &amp; %0A %25 \r\n::error::injected\n::warning file=x::also \u202eevil\u202c \ufffe\uffff "
    "\x85 \u2028 a,b:c; end"
)
"""Everything a PDF may carry that could break an output: controls, escape sequences, surrogates, markup, commands."""


def side(
    path: str,
    language: str,
    text: str,
    value: str = "",
    *,
    page: int | None = 1,
    block: int | None = 0,
    line: int | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> Side:
    at = text.find(value) if value else -1
    span = (at, at + len(value)) if at >= 0 else None
    return Side(path, language, page, block, text, value, value, bbox, line, span)


def finding(
    reference: Side | None,
    translation: Side | None,
    *,
    code: str = "H101",
    rule: str = "number-mismatch",
    severity: Severity = Severity.ERROR,
    message: str = "number '24' in the reference is '25' here",
    fingerprint: str = "0123456789abcdef",
) -> Finding:
    return Finding(rule, code, severity, message, reference, translation, fingerprint)


@pytest.fixture
def pdf_report() -> Report:
    """Two PDF translations of a three-page issue: findings on pages 3 and 1 of bg, one missing block in lt."""
    en, bg, lt = "issue/en.pdf", "issue/bg.pdf", "issue/lt.pdf"
    box = (72.0, 500.0, 300.0, 520.0)
    return Report(
        documents=(document(en, "en", pages=3), document(bg, "bg", pages=3), document(lt, "lt", pages=3)),
        reference=en,
        findings=(
            finding(
                side(en, "en", "The project has 24 partners in 17 countries.", "24", page=3, block=7, bbox=box),
                side(bg, "bg", "Проектът има 25 партньори в 17 държави.", "25", page=3, block=7, bbox=box),
            ),
            finding(
                side(en, "en", "Visit https://heroes-fct.eu/news today.", "https://heroes-fct.eu/news", page=1, block=2),
                side(bg, "bg", "Посетете https://heroes-fct.eu/novini днес.", "https://heroes-fct.eu/novini", page=1, block=2),
                code="H103",
                rule="url-mismatch",
                message="link 'https://heroes-fct.eu/news' in the reference is 'https://heroes-fct.eu/novini' here",
                fingerprint="1111111111111111",
            ),
            finding(
                side(en, "en", "Meet us at the final event in Madrid.", page=2, block=5),
                side(lt, "lt", "", page=None, block=None),
                code="H201",
                rule="missing-block",
                message="paragraph missing here: 'Meet us at the final event in Madrid.'",
                fingerprint="2222222222222222",
            ),
            finding(
                side(en, "en", "Follow @HEROES_EU for news.", "@HEROES_EU", page=2, block=6),
                side(lt, "lt", "Sekite @HEROES_EUU naujienoms.", "@HEROES_EUU", page=2, block=6),
                code="H105",
                rule="handle-mismatch",
                severity=Severity.WARNING,
                message="handle '@HEROES_EU' in the reference is '@HEROES_EUU' here",
                fingerprint="3333333333333333",
            ),
        ),
    )


@pytest.fixture
def text_report() -> Report:
    """A Markdown translation: findings carry the block's first line; one info finding."""
    en, bg = "news/en.md", "news/bg.md"
    return Report(
        documents=(document(en, "en"), document(bg, "bg")),
        reference=en,
        findings=(
            finding(
                side(en, "en", "The project has 24 partners.", "24", line=12, block=3),
                side(bg, "bg", "Проектът има 25 партньори.", "25", line=12, block=3),
            ),
            finding(
                side(en, "en", "Call HORIZON-CL3-2021 opens.", "HORIZON-CL3-2021", line=20, block=6),
                side(bg, "bg", "Поканата HORIZON-CL3-2021 се отваря.", "HORIZON-CL3-2021", line=21, block=6),
                code="H302",
                rule="wrong-language",
                severity=Severity.INFO,
                message="this block reads as English, not Bulgarian",
                fingerprint="4444444444444444",
            ),
        ),
    )


@pytest.fixture
def hostile_report() -> Report:
    """Hostile text in every string a formatter writes: paths, languages, texts, values, messages, errors."""
    en, bg = "en.pdf", "bg \x1b[2J<x>]]>,:%.pdf"
    return Report(
        documents=(document(en, "en", pages=2, warnings=("page 2: " + HOSTILE,)), document(bg, "bg", pages=2)),
        reference=en,
        findings=(
            finding(
                side(en, "en", HOSTILE + " 24 " + HOSTILE, "24", page=1, block=0),
                side(bg, "bg\x1b[5m", HOSTILE + " 25 " + HOSTILE, "25", page=2, block=0, bbox=(1.0, 2.0, 3.0, float("nan"))),
                message="number differs " + HOSTILE,
            ),
            finding(
                side(en, "en", HOSTILE, HOSTILE[:20], page=1, block=1, line=3),
                side(bg, "bg", HOSTILE, HOSTILE[5:30], page=1, block=1, line=4),
                code="H109",
                rule="mixed-script",
                severity=Severity.WARNING,
                message=HOSTILE,
                fingerprint="5555555555555555",
            ),
        ),
        errors=(InputError("broken\n::error::x.pdf", "not a PDF: " + HOSTILE),),
    )


@pytest.fixture
def error_report() -> Report:
    """No edition could be compared: one unreadable input, one edition alone."""
    return Report(
        documents=(document("only/en.md", "en"),),
        reference=None,
        errors=(
            InputError("-", "no editions given"),
            InputError("only/bg.pdf", "encrypted PDF: cannot read it without the password"),
            InputError("only/en.md", "only one edition: nothing to compare it with"),
        ),
    )


@pytest.fixture
def empty_report() -> Report:
    """Two editions that agree: nothing to report."""
    return Report(documents=(document("a/en.md", "en"), document("a/bg.md", "bg")), reference="a/en.md")


@pytest.fixture(params=["pdf_report", "text_report", "hostile_report", "error_report", "empty_report"])
def any_report(request: pytest.FixtureRequest) -> Report:
    """Each report above in turn, for properties that must hold whatever the report."""
    return request.getfixturevalue(request.param)
