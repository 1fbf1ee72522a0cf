"""Block languages: another language only on strong evidence; names, links and short blocks inherit."""

from __future__ import annotations

from pathlib import Path

import pytest

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.language import block_languages, language_evidence, language_script

REPO = Path(__file__).resolve().parents[2]
SAMPLE_TEXTS = sorted((REPO / "samples" / "heroes-02").glob("*.md"))
SAMPLE_PDFS = sorted((REPO / "samples" / "heroes-02-pdf").glob("*.pdf"))
SEEDS = REPO / ".." / "shared" / "seeds"

ENGLISH_PARAGRAPH = (
    "The consortium will meet again in the spring to review the progress of every work package "
    "and to agree on the plan for the pilots that follow later in the year."
)


@pytest.mark.parametrize("path", SAMPLE_TEXTS + SAMPLE_PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_sample_block_is_given_another_language(path: Path) -> None:
    document = extract_document(str(path))
    assert document.language == path.stem
    assert {b.language for b in document.blocks} == {path.stem}


CASES = [
    # (edition, texts, expected, id)
    ("en", ["Project coordinator: Luis Javier García Villalba, Universidad Complutense de Madrid (UCM), javierv@ucm.es."],
     ["en"], "names-in-the-english-edition-stay-english"),
    ("lt", ["Projekto koordinatorius: Luis Javier García Villalba, Universidad Complutense de Madrid (UCM), javierv@ucm.es."],
     ["lt"], "names-in-a-latin-script-edition-inherit"),
    ("lt", ["Naujienlaiškis", ENGLISH_PARAGRAPH], ["lt", "en"], "english-paragraph-left-in-lithuanian-edition"),
    ("bg", ["Бюлетин", ENGLISH_PARAGRAPH], ["bg", "en"], "english-paragraph-left-in-bulgarian-edition"),
    ("bg", ["Проектът", "36 Months", "24 Partners", "17 Countries", "4.99M € Budget", "Край"],
     ["bg", "en", "en", "en", "en", "bg"], "english-stat-labels-judged-together"),
    ("bg", ["36 Months 24 Partners 17 Countries"], ["en"], "english-stat-block"),
    ("bg", ["Universidad Complutense de Madrid (UCM)"], ["bg"], "spanish-institution-name-is-not-english"),
    ("bg", ["HEROES", "https://heroes-fct.eu", "@heroes_fct #SaveFACE4Children"], ["bg", "bg", "bg"], "acronyms-links-handles"),
    ("bg", ["Координатор на проекта: Луис Хавиер Гарсия Виляба, Universidad Complutense de Madrid (UCM), javierv@ucm.es."],
     ["bg"], "mixed-script-block-is-the-editions"),
    ("lt", ["Short English words here."], ["lt"], "short-block-inherits"),
]


@pytest.mark.parametrize(("edition", "texts", "expected"), [c[:3] for c in CASES], ids=[c[3] for c in CASES])
def test_block_languages(edition: str, texts: list[str], expected: list[str]) -> None:
    assert block_languages(texts, edition) == expected


def test_alternatives_can_be_widened() -> None:
    german = "Das Konsortium trifft sich im Frühjahr wieder, um die Fortschritte aller Arbeitspakete zu prüfen und die Pilotphase zu planen."
    assert block_languages([german], "lt") == ["lt"]
    assert block_languages([german], "lt", alternatives=("en", "de")) == ["de"]


def test_detection_is_repeatable() -> None:
    texts = ["36 Months 24 Partners 17 Countries", ENGLISH_PARAGRAPH, "Naujienlaiškis"]
    assert {tuple(block_languages(texts, "lt")) for _ in range(3)} == {tuple(block_languages(texts, "lt"))}


@pytest.mark.shared
def test_untranslated_english_in_the_bulgarian_seed_is_english() -> None:
    document = extract_document(str(SEEDS / "heroes-newsletter-02.bg.txt"))
    labels = {b.text: b.language for b in document.blocks}
    assert labels["36 Months"] == labels["24 Partners"] == labels["17 Countries"] == "en"
    assert labels["Universidad Complutense de Madrid (UCM)"] == "bg"
    assert sum(lang == "bg" for lang in labels.values()) > 0.8 * len(labels)


def test_language_evidence_drops_names_links_numbers_and_acronyms() -> None:
    text = "Project coordinator: Luis García, UCM, https://x.eu, a@b.eu, @handle, 2023 and WP9."
    assert language_evidence(text) == "Project coordinator and"


@pytest.mark.parametrize(("language", "script"), [("bg", "Cyrl"), ("el", "Grek"), ("lt", "Latn")])
def test_script_comes_from_cldr(language: str, script: str) -> None:
    assert language_script(language) == script
