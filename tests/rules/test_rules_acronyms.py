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
