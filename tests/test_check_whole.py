"""A translation whose blocks cannot be aligned but which states the reference's facts is compared as a whole."""

from __future__ import annotations

from heroes_i18ncheck import check_texts

YEARS = [1990 + 2 * i for i in range(20)]


def _english() -> str:
    return "\n\n".join(f"The study number {i} of the paper was written in the year {y} at https://example.org/s{i}." for i, y in enumerate(YEARS))


def _japanese(years: list[int]) -> str:
    # One long paragraph without spaces, as a Japanese PDF often comes out: no block pairs with the English ones.
    return "".join(f"論文の研究{i}は{y}年にhttps://example.org/s{i}で書かれました。" for i, y in enumerate(years))


def test_an_unalignable_translation_with_the_same_facts_is_compared_not_refused() -> None:
    report = check_texts({"en": _english(), "ja": _japanese(YEARS)})
    rules = sorted({f.rule for f in report.findings})
    assert rules == ["editions-do-not-match"]
    (note,) = report.findings
    assert note.severity.name == "WARNING" and "compared edition against edition" in note.message


def test_a_fact_changed_in_an_unalignable_translation_is_still_reported() -> None:
    changed = [*YEARS[:-1], 2099]
    report = check_texts({"en": _english(), "ja": _japanese(changed)})
    values = sorted((f.reference.value, f.translation.value) for f in report.findings if f.rule == "number-mismatch")
    assert values == [(str(YEARS[-1]), "2099")]
