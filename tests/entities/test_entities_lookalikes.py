"""Look-alike letters from another script: recognised as the entity they imitate, and flagged."""

from __future__ import annotations

import pytest

from heroes_i18ncheck.entities import extract_entities
from heroes_i18ncheck.entities.lookalikes import imitation, skeleton
from heroes_i18ncheck.model import EntityKind

CASES = [
    # id, language, text, kind, value, lookalike
    ("acronym-cyrillic-letters", "en", "the НЕRОЕS project", EntityKind.ACRONYM, "HEROES", "Cyrillic"),
    ("acronym-greek-letters", "en", "the ΗΕRΟΕS project", EntityKind.ACRONYM, "HEROES", "Greek"),
    ("acronym-wholly-cyrillic-in-latin-text", "lt", "UCM ir КЕМЕА", EntityKind.ACRONYM, "KEMEA", "Cyrillic"),
    ("email-cyrillic-e-and-s", "bg", "пишете на heroes@ucm.еs", EntityKind.EMAIL, "heroes@ucm.es", "Cyrillic"),
    ("bare-domain-cyrillic-e", "en", "see heroes-fct.еu", EntityKind.URL, "https://heroes-fct.eu", "Cyrillic"),
    ("url-host-cyrillic-o", "en", "https://yоutu.be/x", EntityKind.URL, "https://youtu.be/x", "Cyrillic"),
    ("call-cyrillic-c", "bg", "поканата SU-FСT01-2018-2019-2020", EntityKind.IDENTIFIER, "SU-FCT01-2018-2019-2020",
     "Cyrillic"),
    ("work-package-cyrillic-p", "bg", "ръководи WР9", EntityKind.IDENTIFIER, "WP9", "Cyrillic"),
    ("handle-cyrillic-o", "en", "follow @herоes_fct", EntityKind.HANDLE, "@heroes_fct", "Cyrillic"),
    ("plain-latin-is-not-flagged", "bg", "на HEROES", EntityKind.ACRONYM, "HEROES", ""),
    ("cyrillic-path-is-not-flagged", "bg", "https://bg.wikipedia.org/wiki/Сеа", EntityKind.URL,
     "https://bg.wikipedia.org/wiki/Сеа", ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "kind", "value", "script"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_lookalike(language: str, text: str, kind: EntityKind, value: str, script: str) -> None:
    found = [(e.kind, e.value, e.lookalike) for e in extract_entities(text, language)]
    assert (kind, value, script) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [("bg", "ООН и МВР"), ("bg", "ЕС и САЩ"), ("el", "ΟΗΕ και ΕΕ")],
    ids=["bulgarian-acronyms", "bulgarian-two-letters", "greek-acronyms"],
)
def test_own_script_words_are_not_lookalikes(language: str, text: str) -> None:
    assert [e for e in extract_entities(text, language) if e.lookalike] == []


def test_skeleton_keeps_offsets() -> None:
    text = "НЕRОЕS и heroes@ucm.еs"
    assert len(skeleton(text)) == len(text)
    assert skeleton(text).startswith("HEROES")


@pytest.mark.parametrize(
    ("raw", "script", "expected"),
    [("HEROES", "Cyrl", ""), ("НЕRОЕS", "Latn", "Cyrillic"), ("КЕМЕА", "Cyrl", None), ("КЕМЕА", "Latn", "Cyrillic"),
     ("ДЕRОЕS", "Latn", None), ("НΕRОЕS", "Latn", None)],
    ids=["latin", "mixed", "own-script", "foreign-script", "not-a-lookalike-letter", "two-foreign-scripts"],
)  # fmt: skip
def test_imitation(raw: str, script: str, expected: str | None) -> None:
    assert imitation(raw, script) == expected
