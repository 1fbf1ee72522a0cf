"""Tables paired as sets of rows: a glossary each edition sorts by its own terms still pairs row with row."""

from __future__ import annotations

from factories import document_of_rows
from heroes_i18ncheck.align import align
from heroes_i18ncheck.align.tables import table_runs
from heroes_i18ncheck.model import BlockKind, Document

P, H, R = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.TABLE_ROW

INTRO_EN = "The terms below are used as Jeff Hawkins and Subutai Ahmad defined them in the HTM white paper of 2011."
INTRO_DE = "Die folgenden Begriffe werden so verwendet, wie Jeff Hawkins und Subutai Ahmad sie im HTM-Whitepaper von 2011 definiert haben."
AFTER_EN = "Numenta released the algorithms for non-commercial research under its licence, see https://numenta.com/licensing."
AFTER_DE = "Numenta hat die Algorithmen für die nicht-kommerzielle Forschung unter seiner Lizenz veröffentlicht, siehe https://numenta.com/licensing."

GLOSSARY_EN = [  # the glossary of the HTM white paper (real-pdfs/htm-whitepaper), sorted by the English terms
    "Active State | a state in which Cells are active due to Feed-Forward input",
    "Coincident Activity | two or more Cells are active at the same time",
    "Column | a group of one or more Cells that function as a unit in an HTM Region Cells within a column represent"
    " the same feed-forward input, but in different contexts.",
    "Desired Density | desired percentage of Columns active due to Feed-Forward input to a Region The percentage only"
    " applies within a radius that varies based on the fan-out of feed-forward inputs. It is “desired” because the"
    " percentage varies some based on the particular input.",
    "Inhibition Radius | defines the area around a Column that it actively inhibits",
    "Synapse | connection between Cells formed while learning",
    "Temporal Pooling | the process of forming a representation of a sequence of input patterns where the resulting"
    " representation is more stable than the input",
]
GLOSSARY_DE = [  # its German edition's, sorted by the German terms
    "Aktiver Zustand | der Zustand einer Zelle, die durch „feed-forward”-Eingabe aktiviert wurde",
    "gewünschte Dichte | gewünschter Prozentsatz an Kolumnen, die durch “feedforward”-Eingaben innerhalb einer Region"
    " aktiv werden Der Prozentsatz gilt nur innerhalb eines Radius, der je nach Streuung der „feed-forward”-Eingaben"
    " variiert. „Gewünscht“ daher, da der Prozentsatz je nach Eingabe variiert.",
    "Hemmungsradius | definiert die Fläche um eine Kolumne, in der diese aktiv andere Kolumnen hemmt",
    "koinzidente Aktivität | zwei oder mehrere Zellen sind gleichzeitig aktiv",
    "Kolumne | eine Gruppe bestehend aus einer oder mehreren Zellen, die in einer HTM-Region als Einheit arbeiten"
    " Zellen in einer Kolumne repräsentieren dieselbe Eingaben, aber in unterschiedlichem Kontext",
    "Synapse | Verbindung zwischen Zellen, die beim Lernen gebildet wird",
    "Temporale Musterzusammenfassung | der Prozess der Bildung einer Repräsentation einer Sequenz von Eingabemustern,"
    " bei der die Ergebnisrepräsentation stabiler als die Eingabe ist",
]
ENGLISH_ORDER = (0, 3, 4, 1, 2, 5, 6)
"""The German rows in the order of the English terms they translate."""


def _edition(path: str, language: str, heading: str, intro: str, rows: list[str], after: str) -> Document:
    return document_of_rows(
        path, language, [(heading, H, 1), (intro, P, 1), *((r, R, 2) for r in rows), (after, P, 3)], pages=3
    )


def _pairs(reference: Document, translation: Document) -> dict[str, str]:
    """Each paired reference block's first word → its partner's first word."""
    return {
        reference.blocks[r].text.split()[0]: translation.blocks[t].text.split()[0]
        for bead in align(reference, translation).beads
        for r in bead.reference
        for t in bead.translation
    }


def test_a_glossary_sorted_by_each_editions_terms_pairs_row_with_row() -> None:
    en = _edition("en.pdf", "en", "Glossary", INTRO_EN, GLOSSARY_EN, AFTER_EN)
    de = _edition("de.pdf", "de", "Glossar", INTRO_DE, GLOSSARY_DE, AFTER_DE)
    pairs = _pairs(en, de)
    assert pairs["Coincident"] == "koinzidente"
    assert pairs["Column"] == "Kolumne"
    assert pairs["Desired"] == "gewünschte"
    assert pairs["Inhibition"] == "Hemmungsradius"
    assert pairs["Synapse"] == "Synapse" and pairs["Temporal"] == "Temporale"
    assert pairs["The"] == "Die" and pairs["Numenta"] == "Numenta"


def test_rows_paired_out_of_order_are_marked_moved_and_the_rest_keep_the_translations_order() -> None:
    en = _edition("en.pdf", "en", "Glossary", INTRO_EN, GLOSSARY_EN, AFTER_EN)
    de = _edition("de.pdf", "de", "Glossar", INTRO_DE, GLOSSARY_DE, AFTER_DE)
    beads = align(en, de).beads
    kept = [j for bead in beads if not bead.moved for j in bead.translation]
    assert kept == sorted(kept)
    moved = {en.blocks[r].text.split()[0] for bead in beads if bead.moved for r in bead.reference}
    assert moved and moved <= {"Coincident", "Column", "Desired", "Inhibition", "Active"}
    assert not [bead for bead in beads if bead.moved and not (bead.reference and bead.translation)]


def test_a_table_in_the_same_order_keeps_its_ordered_pairs() -> None:
    by_english = [GLOSSARY_DE[k] for k in ENGLISH_ORDER]
    en = _edition("en.pdf", "en", "Glossary", INTRO_EN, GLOSSARY_EN, AFTER_EN)
    de = _edition("de.pdf", "de", "Glossar", INTRO_DE, by_english, AFTER_DE)
    beads = align(en, de).beads
    rows = [(b.reference, b.translation) for b in beads if b.reference and 2 <= b.reference[0] <= 8]
    assert rows == [((k,), (k,)) for k in range(2, 9)]


def test_table_runs_are_the_runs_of_consecutive_rows() -> None:
    kinds = [H, R, R, P, R, P, R, R, R]
    assert table_runs(kinds) == [range(1, 3), range(4, 5), range(6, 9)]
    assert table_runs([P, H]) == []
