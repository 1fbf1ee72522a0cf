"""Run-in heads: a heading one edition sets alone and the other runs into its paragraph pairs with that paragraph."""

from __future__ import annotations

import pytest

from factories import document_of_rows
from heroes_i18ncheck.align import align
from heroes_i18ncheck.align.run_in import opens_with_run_in_head
from heroes_i18ncheck.model import BlockKind

P, H = BlockKind.PARAGRAPH, BlockKind.HEADING

ES = [
    ("Problemas actuales", H, 1),
    ("Débil gestión de la comunidad. Los sistemas actuales de gestión de la comunidad no tienen suficientes herramientas"
     " de moderación para 2018.", P, 1),
    ("Identificando la falsa información.\u00a0No hay suficientes mecanismos para identificar, informar y eliminar"
     " la falsa información de los sistemas en línea.", P, 1),
    ("Sistemas de reputación débiles.\u00a0Los sistemas de reputación adecuados requieren masivos conjuntos de datos,"
     " pero la fragmentación de los datos lo impide.", P, 1),
]
NL = [
    ("Huidige problemen", H, 1),
    ("Zwak communitybeleid. De huidige community managementsystemen beschikken niet over voldoende moderatietools"
     " voor 2018.", P, 1),
    ("Identificeren van valse informatie.", H, 1),
    ("Er zijn niet voldoende mechanismen om valse informatie van online systemen te identificeren, te rapporteren en"
     " te verwijderen.", P, 1),
    ("Gebrekkige reputatiesystemen.", H, 1),
    ("Adequate reputatiesystemen vereisen enorme gegevenssets, maar fragmentatie van gegevens verhindert dat.", P, 1),
]


def test_a_heading_the_other_edition_runs_into_its_paragraph_pairs_with_that_paragraph() -> None:
    # ontology-introwp: nl sets "Identificeren van valse informatie." alone where es opens its paragraph with
    # "Identificando la falsa información." — the heading was left unpaired, an "extra block".
    es, nl = document_of_rows("es.pdf", "es", ES), document_of_rows("nl.pdf", "nl", NL)
    beads = [(b.reference, b.translation) for b in align(es, nl).beads]
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4, 5))]


def test_the_other_way_round_the_reference_heading_joins_the_translations_paragraph() -> None:
    es, nl = document_of_rows("es.pdf", "es", ES), document_of_rows("nl.pdf", "nl", NL)
    beads = [(b.reference, b.translation) for b in align(nl, es).beads]
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4, 5), (3,))]


def test_a_heading_with_no_run_in_head_across_stays_alone() -> None:
    # The Spanish paragraphs without their heads: the Dutch headings are really added.
    plain = [ES[0], ES[1], (ES[2][0].split("\u00a0", 1)[1], P, 1), (ES[3][0].split("\u00a0", 1)[1], P, 1)]
    es, nl = document_of_rows("es.pdf", "es", plain), document_of_rows("nl.pdf", "nl", NL)
    lone = [b.translation for b in align(es, nl).beads if not b.reference]
    assert lone == [(2,), (4,)]


@pytest.mark.parametrize(
    "text",
    [
        "Identificando la falsa información.\u00a0No hay suficientes mecanismos.",
        "Zwak communitybeleid. De huidige systemen beschikken niet over tools.",
        "Key figures: Twenty-four partners in 17 countries.",
    ],
)
def test_a_short_first_sentence_before_the_paragraph_is_a_run_in_head(text: str) -> None:
    assert opens_with_run_in_head(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Smith met the partners in Madrid.",  # an abbreviation, not a head
        "Yes. The partners met in Madrid.",  # one word
        "The consortium met in Madrid on 14 March 2023 to review the first year of work. It agreed.",  # too long
        "Sensor.",  # nothing runs on after it
        "The partners met in Madrid. they agreed on the plan.",  # no capital after it
    ],
)
def test_other_openings_are_not_run_in_heads(text: str) -> None:
    assert not opens_with_run_in_head(text)
