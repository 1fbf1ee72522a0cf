"""NTREX news lines whose facts a professional translator wrote the local way: read as the same fact
(regressions of ``bench/realworld.py``)."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.entities.number_words import spelled_out
from heroes_i18ncheck.entities.quantities import stated_in_words
from heroes_i18ncheck.model import EntityKind
from repo_paths import SHARED

NTREX = SHARED / "real-text" / "ntrex"


def _line(suffix: str, number: int) -> str:
    name = "newstest2019-src.eng.txt" if suffix == "eng" else f"newstest2019-ref.{suffix}.txt"
    return (NTREX / name).read_text(encoding="utf-8").splitlines()[number - 1]


@pytest.mark.shared
def test_l1108_a_hundred_years_in_the_genitive() -> None:
    # "… celebrated in his hometown 100 years on." ↔ "Proběhly oslavy sta let od doby, kdy …"
    assert "100" in _line("eng", 1108)
    assert spelled_out(100, _line("ces", 1108), "cs")


@pytest.mark.shared
def test_l671_a_double_digit_percentage_is_more_than_ten_percent() -> None:
    # "… the only language spoken by a double-digit percentage, 15 per cent." ↔ "… több mint 10%-a (15 százalékuk)"
    assert "10%" in _line("hun", 671)
    assert spelled_out(10, _line("eng", 671), "en")


@pytest.mark.shared
def test_l268_a_six_foot_six_forward_is_a_two_metre_one() -> None:
    # "The 6-foot-6 forward grew up in Baton Rouge" ↔ "Dvoumetrový útočník vyrůstal v Baton Rouge"
    quantity = next(e for e in extract_entities(_line("eng", 268), "en") if e.kind is EntityKind.QUANTITY)
    assert stated_in_words(quantity, _line("ces", 268), "cs")
