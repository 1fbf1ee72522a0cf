"""missing-block and extra-block on footnotes and endnotes: a note without counterpart is told as "note N"; a note
only placed elsewhere (a footnote here, an endnote there) is no finding; a translator's added note is information."""

from __future__ import annotations

from factories import NOTES_EN, NOTES_LT, document_of_rows, edition_of
from heroes_i18ncheck.align import align
from heroes_i18ncheck.model import BlockKind, Severity
from heroes_i18ncheck.rules import Comparison, Pair
from heroes_i18ncheck.rules.blocks import EXTRA, MISSING

EN, LT = NOTES_EN, NOTES_LT
ADDED = ("3 Vertėjo pastaba: terminai pateikiami anglų kalba.", BlockKind.NOTE, 4)


def _findings(reference_rows, translation_rows) -> list[tuple[str, Severity, str]]:
    def edition(language, rows):
        return edition_of(document_of_rows(f"{language}.pdf", language, rows, pages=4))

    reference, translation = edition("en", reference_rows), edition("lt", translation_rows)
    pair = Pair(align(reference.document, translation.document), reference, translation)
    comparison = Comparison(reference, (pair,))
    return [(f.rule, f.severity, f.message) for rule in (MISSING, EXTRA) for f in rule.run(comparison)]


def test_footnotes_that_are_endnotes_in_the_translation_are_no_finding() -> None:
    assert _findings(EN, LT) == []


def test_a_note_the_translation_lost_is_told_as_a_missing_note() -> None:
    ((rule, severity, message),) = _findings(EN, LT[:4])
    assert rule == "missing-block" and severity == Severity.ERROR
    assert message.startswith("note 2 of the reference has no counterpart here: '2 See https://heroes-fct.eu")


def test_a_note_the_translation_adds_is_told_as_information() -> None:
    ((rule, severity, message),) = _findings(EN, [*LT, ADDED])
    assert rule == "extra-block" and severity == Severity.INFO
    assert message.startswith("note 3 of this edition has no counterpart in the reference (a translator's note?)")


def test_a_translators_page_of_endnotes_and_credits_is_one_page_warning_and_the_notes_information() -> None:
    # bitcoin-whitepaper es: its last page adds a translator's note too long to be told as one, a handle and nine
    # endnotes (Wikipedia links): one warning for the page, as before its endnotes were notes, not two.
    page = [
        ("Algunas expresiones se han mantenido en la lengua original por ser de uso común en la lengua española.", BlockKind.PARAGRAPH, 4),
        ("@breathingdog", BlockKind.PARAGRAPH, 4),
        *((f"{n}. https://es.wikipedia.org/wiki/Tema_{n}", BlockKind.NOTE, 4) for n in range(1, 5)),
    ]
    paragraphs = [row for row in EN if row[1] == BlockKind.PARAGRAPH]
    found = _findings(paragraphs, [*LT[:3], *page])
    assert sorted((rule, severity) for rule, severity, _ in found) == [("extra-block", Severity.INFO)] * 4 + [
        ("extra-block", Severity.WARNING)
    ]
    (summary,) = [message for _, severity, message in found if severity == Severity.WARNING]
    assert summary.startswith("2 of the 6 blocks on page 4 of this edition have no counterpart in the reference")
