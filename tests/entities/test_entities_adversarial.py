"""Every entity pattern is linear on hostile text: a short unit of one family's characters repeated 20,000 times.

The families are the shapes that make a regex backtrack: runs of ``@``, dots, digits
with separators, dashes and ``%`` (``test_entities_robustness`` holds fixed 100 kB
shapes; here hypothesis draws the unit, the fragments around it and the language).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entity_checks import assert_well_formed
from hang_guard import hang_guard
from heroes_i18ncheck.entities import extract_entities

EU_LANGUAGES = "lt en bg cs da de el es et fi fr ga hr hu it lv mt nl pl pt ro sk sl sv".split()
LENGTH = 20_000
GUARD_SECONDS = 20
"""Catastrophic backtracking on 20,000 characters takes hours; a linear pass well under a second."""
FAMILIES = {
    "at-signs": "@a.-_",
    "dots": ".a1 ",
    "digits-with-separators": "1 ,.'\u00a0\u202f\u2009",
    "dashes": "-\u2013\u2014/1a ",
    "percent": "%1 .,\u00a0",
    "money-and-units": "1 €$.,kmM",
    "links": "/:.@aw#?=-",
    "dates-and-times": "1./:- mh",
}
"""The characters each family of patterns repeats on."""
FRAGMENTS = ["", "a", "a@", "https://", "www.", "1", "#", "№ ", "+", "EUR ", "14 March ", "doi:10.", "SU-"]


@st.composite
def hostile_text(draw: st.DrawFn, alphabet: str) -> str:
    """A unit drawn from ``alphabet`` repeated to ``LENGTH`` characters, between two fragments."""
    unit = draw(st.text(alphabet=alphabet, min_size=1, max_size=6))
    body = (unit * (LENGTH // len(unit) + 1))[:LENGTH]
    return draw(st.sampled_from(FRAGMENTS)) + body + draw(st.sampled_from(FRAGMENTS))


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), language=st.sampled_from(EU_LANGUAGES))
def test_entities_of_hostile_text_finish(family: str, data: st.DataObject, language: str) -> None:
    text = data.draw(hostile_text(FAMILIES[family]))
    with hang_guard(GUARD_SECONDS):
        entities = extract_entities(text, language)
    assert_well_formed(text, entities)
