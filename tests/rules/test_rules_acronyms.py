"""acronym-mismatch learns a translation's local acronyms from the definitions both editions give."""

from __future__ import annotations

from heroes_i18ncheck import check_texts

REFERENCE = "Human trafficking (THB) is a grave crime in Europe.\n\nTHB keeps growing worldwide, says ICMPD.\n\nThe THB guide is out."


def _acronym_findings(translation: str) -> list[str]:
    report = check_texts({"en": REFERENCE, "lt": translation}, reference="en")
    return [f.message for f in report.findings if f.rule == "acronym-mismatch"]


def test_the_local_form_defined_beside_the_references_stands_for_it() -> None:
    translation = (
        "Prekyba žmonėmis (PŽ) yra sunkus nusikaltimas Europoje.\n\n"
        "PŽ vis auga visame pasaulyje, teigia ICMPD.\n\nTHB vadovas jau išleistas."
    )
    assert _acronym_findings(translation) == []


def test_without_the_local_form_the_missing_acronym_is_reported() -> None:
    translation = (
        "Prekyba žmonėmis (PŽ) yra sunkus nusikaltimas Europoje.\n\n"
        "Nusikaltimų vis daugėja visame pasaulyje, teigia ICMPD.\n\nTHB vadovas jau išleistas."
    )
    assert _acronym_findings(translation) == ["acronym 'THB' of the reference is missing here"]


ZONE_REFERENCE = "BST is summer time.\n\nThe incident unfolded on Thursday at about 19:30 BST in the crescent."


def test_a_time_zone_the_translation_leaves_to_the_readers_clock_is_no_difference() -> None:
    # NTREX: "19:30 BST" → "hacia las 19:30" in the Spanish, the same time.
    translation = "BST es el horario de verano.\n\nEl incidente se produjo el jueves hacia las 19:30 en la calle."
    report = check_texts({"en": ZONE_REFERENCE, "es": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []


def test_the_same_acronym_dropped_outside_a_time_is_still_reported() -> None:
    translation = "El horario de verano.\n\nEl incidente se produjo el jueves hacia las 19:30 BST en la calle."
    report = check_texts({"en": ZONE_REFERENCE, "es": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == ["acronym 'BST' of the reference is missing here"]


def test_a_country_written_as_its_iso_code_in_one_edition_only_is_no_difference() -> None:
    # NTREX: "the United States" → "USA" in Polish, Czech and Hungarian; "Team USA" → "amerikai csapat".
    reference = "USA Today reports.\n\nThe president of the United States spoke."
    translation = "USA Today informuje.\n\nPrezydent USA przemawiał."
    report = check_texts({"en": reference, "pl": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []
