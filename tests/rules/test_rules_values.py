"""The value rules' search for a value the layout moved: near beads only, in time linear in the edition's length."""

from __future__ import annotations

import pytest

from hang_guard import hang_guard
from heroes_i18ncheck import check_documents, check_texts
from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.model import Block, BlockKind, Document, EntityKind
from heroes_i18ncheck.rules.values import NEIGHBOUR_REACH, list_marker, neighbours


def test_the_search_for_a_moved_value_stops_at_its_reach() -> None:
    paired = [True] + [False] * 1000 + [True]
    assert neighbours(paired, 500) == sorted(
        range(500 - NEIGHBOUR_REACH, 500 + NEIGHBOUR_REACH + 1), key=lambda j: (abs(j - 500), j)
    )[1:]
    assert neighbours([True, False, True, False, True], 2) == [1, 3, 0, 4]


def test_thousands_of_unpaired_blocks_against_a_short_reference_take_seconds_not_hours() -> None:
    translation = "\n\n".join(f"Pastraipa {n}: {n * 7} eurų, {n}% ir 2023-05-{n % 28 + 1:02}." for n in range(8000))
    with hang_guard(120):  # quadratic before: 40,000 paragraphs ran for over 45 minutes
        report = check_texts({"en": "A paragraph.", "lt": translation})
    assert report.findings, "the missing text is still reported"


def test_a_list_renumbered_by_an_item_split_in_two_is_no_number_difference() -> None:
    # ontology-techwp nl: the translation numbers a line of item 1 as item 2), so 4) All nodes wait … becomes 5).
    steps_en = ["1) The client broadcasts a request with the requester's signature.", "2) Nodes monitor all transactions.",
                "3) All nodes will wait for the block proposals.", "4) Byzantine election for the new block."]
    steps_nl = ["1) De client verzendt een verzoek met de handtekening", "2) (signatuur) van de aanvrager.",
                "3) Knooppunten bewaken alle transacties.", "4) Alle knooppunten wachten op de blokvoorstellen.",
                "5) Byzantijnse verkiezing voor het nieuwe blok."]
    nouns = [("signature", "handtekening", "Signatur"), ("hash", "hash", "Hash"), ("size", "grootte", "Größe"),
             ("sender", "afzender", "Absender"), ("time", "tijd", "Zeit"), ("height", "hoogte", "Höhe"),
             ("fee", "vergoeding", "Gebühr"), ("type", "soort", "Art"), ("origin", "oorsprong", "Herkunft"),
             ("route", "route", "Route"), ("owner", "eigenaar", "Eigentümer"), ("status", "status", "Status"),
             ("key", "sleutel", "Schlüssel")]
    # More sub-items than the neighbouring beads a moved value is looked for in (NEIGHBOUR_REACH) between two steps.
    assert len(nouns) > NEIGHBOUR_REACH
    details_en = [f"{chr(97 + k)}) The node records the {en} of the request." for k, (en, _, _) in enumerate(nouns)]
    details_nl = [f"{chr(97 + k)}) Het knooppunt registreert de {nl} van het verzoek." for k, (_, nl, _) in enumerate(nouns)]
    steps_de = ["1) Der Client sendet eine Anfrage mit der Signatur des Antragstellers.",
                "2) Knoten überwachen alle Transaktionen.", "3) Alle Knoten warten auf die Blockvorschläge.",
                "4) Byzantinische Wahl für den neuen Block."]
    details_de = [f"{chr(97 + k)}) Der Knoten speichert die {de} der Anfrage." for k, (_, _, de) in enumerate(nouns)]
    en = [block for step in steps_en for block in (step, *details_en)]
    de = [block for step in steps_de for block in (step, *details_de)]
    nl = [steps_nl[0], steps_nl[1], *details_nl] + [block for step in steps_nl[2:] for block in (step, *details_nl)]
    # Documents, not Markdown: a Markdown reader takes ``1)`` for list syntax, a PDF's text keeps it.
    documents = [
        Document(language, language, "option", 1, tuple(
            Block(i, 1, BlockKind.LIST_ITEM if text[0].isdigit() else BlockKind.PARAGRAPH, text, language)
            for i, text in enumerate(texts)
        ))
        for language, texts in (("en", en), ("de", de), ("nl", nl))
    ]  # fmt: skip
    report = check_documents(documents, reference="en")
    assert [f.message for f in report.findings if f.rule == "number-mismatch"] == []


@pytest.mark.parametrize(
    ("text", "marker"),
    [("4) All nodes will wait.", True), ("(2) the second step", True), ("12. The partners met.", True),
     ("24 partners met in Lisbon.", False), ("2) is split", True)],
)  # fmt: skip
def test_the_number_a_list_item_starts_with_is_its_marker(text: str, marker: bool) -> None:
    entity = next(e for e in extract_entities(text, "en") if e.kind == EntityKind.NUMBER)
    assert list_marker(Block(0, 1, BlockKind.LIST_ITEM, text, "en"), entity) is marker
    assert not list_marker(Block(0, 1, BlockKind.HEADING, text, "en"), entity)


def test_the_number_of_a_list_item_the_other_side_has_unnumbered_is_no_difference() -> None:
    # htm-whitepaper ko: the pseudocode's numbered lines ("17. for c in activeColumns(t)") stand unnumbered there.
    en = ["The routine runs in four steps over every column.", "17. for c in activeColumns(t)",
          "18. predictiveState(c, i, t) = true", "The steps repeat at every time step of the sequence."]
    ko = ["이 루틴은 모든 열에 대해 네 단계로 실행된다.", "for c in activeColumns(t)", "predictiveState(c, i, t) = true",
          "이 단계들은 시퀀스의 매 시간 단계마다 반복된다."]
    documents = [
        Document(language, language, "option", 1, tuple(
            Block(i, 1, BlockKind.LIST_ITEM if text[0].isdigit() else BlockKind.PARAGRAPH, text, language)
            for i, text in enumerate(texts)
        ))
        for language, texts in (("en", en), ("ko", ko))
    ]  # fmt: skip
    report = check_documents(documents, reference="en")
    assert [f.message for f in report.findings if f.rule == "number-mismatch"] == []


def _contact(middle_en: tuple[str, BlockKind], middle_de: tuple[str, BlockKind]) -> list[str]:
    """The number findings for a contact box whose postcode the German edition moved into the next box, with
    ``middle_*`` (a text and its kind) between the two boxes."""
    en = [("CONTACT & BOOKING:", BlockKind.HEADING),
          ("Felix Fritsch Richard von Schoeller-Straße 9 +43 670 774 2071 2651 Reichenau an der Rax", BlockKind.PARAGRAPH),
          middle_en,
          ("office@commons-hub.at Niederösterreich / www.commons-hub.at Lower Austria", BlockKind.PARAGRAPH)]
    de = [("KONTAKT & BUCHUNG:", BlockKind.HEADING),
          ("Felix Fritsch +43 670 774 2071 Richard von Schoeller-Straße 9", BlockKind.PARAGRAPH),
          middle_de,
          ("office@commons-hub.at 2651 Reichenau an der Rax www.commons-hub.at Niederösterreich", BlockKind.PARAGRAPH)]
    documents = [
        Document(language, language, "option", 1, tuple(Block(i, 1, kind, text, language) for i, (text, kind) in enumerate(rows)))
        for language, rows in (("en", en), ("de", de))
    ]
    report = check_documents(documents, reference="en")
    return [f.message for f in report.findings if f.rule == "number-mismatch"]


def test_a_value_moved_into_the_next_box_across_a_pair_of_headings_is_the_same_fact() -> None:
    # commonshub-brochure de: "2651 Reichenau an der Rax" stands in the e-mail box, across "BOOK NOW" / "JETZT BUCHEN".
    assert _contact(("BOOK NOW", BlockKind.HEADING), ("JETZT BUCHEN", BlockKind.HEADING)) == []


def test_a_value_moved_across_a_paragraph_is_still_told() -> None:
    middle_en = ("Rooms for up to 30 guests are available all year round.", BlockKind.PARAGRAPH)
    middle_de = ("Zimmer für bis zu 30 Gäste stehen das ganze Jahr zur Verfügung.", BlockKind.PARAGRAPH)
    assert len(_contact(middle_en, middle_de)) == 2
