"""Block languages: a block mostly in the edition's script is not asked about an alternative in another script."""

from __future__ import annotations

from heroes_i18ncheck.extract import language


def test_cyrillic_blocks_of_a_bulgarian_edition_are_never_run_through_langdetect(monkeypatch) -> None:
    asked: list[str] = []
    real = language.language_probabilities
    monkeypatch.setattr(language, "language_probabilities", lambda text: asked.append(text) or real(text))
    texts = [
        "Проектът HEROES е финансиран от Европейския съюз и обединява 24 партньори от 17 държави.",
        "The project HEROES is funded by the European Union and brings together 24 partners from 17 countries.",
    ]
    assert language.block_languages(texts, "bg") == ["bg", "en"]
    assert len(asked) == 1 and asked[0].startswith("The project")


def test_latin_editions_still_ask_about_english() -> None:
    texts = [
        "Projektą HEROES finansuoja Europos Sąjunga, jame dalyvauja 24 partneriai iš 17 šalių.",
        "The project is funded by the European Union and brings together many partners from many countries.",
    ]
    assert language.block_languages(texts, "lt") == ["lt", "en"]
