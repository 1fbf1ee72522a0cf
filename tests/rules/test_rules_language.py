"""wrong-language: an edition whose text is not in the language its name declares."""

from __future__ import annotations

import pytest

from heroes_i18ncheck import check_files, check_texts
from heroes_i18ncheck.extract.language import MAX_EDITION_SAMPLE, spread_sample
from repo_paths import SAMPLES, SEEDS


def _wrong_language(report) -> list[str]:
    return [f.message for f in report.findings if f.rule == "wrong-language"]


def test_a_lithuanian_edition_saved_as_bulgarian_is_reported(tmp_path) -> None:
    (tmp_path / "en.md").write_text((SAMPLES / "heroes-02" / "en.md").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bg.md").write_text((SAMPLES / "heroes-02" / "lt.md").read_text(encoding="utf-8"), encoding="utf-8")
    messages = _wrong_language(check_files([str(tmp_path)], jobs=1))
    assert len(messages) == 1 and messages[0].startswith("declared bg (name) but") and messages[0].endswith(" is lt")


@pytest.mark.shared
def test_the_real_seed_editions_are_in_their_declared_languages() -> None:
    report = check_files([str(SEEDS / "heroes-newsletter-02.bg.txt"), str(SEEDS / "heroes-newsletter-02.lt.txt")], jobs=1)
    assert _wrong_language(report) == []


@pytest.mark.shared
def test_the_seed_in_lithuanian_named_bulgarian_is_reported(tmp_path) -> None:
    lt = tmp_path / "issue.bg.txt"
    lt.write_text((SEEDS / "heroes-newsletter-02.lt.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = check_files([str(SEEDS / "heroes-newsletter-02.bg.txt"), str(lt)], reference=str(SEEDS / "heroes-newsletter-02.bg.txt"), jobs=1)
    assert [m.rsplit(" ", 1)[-1] for m in _wrong_language(report)] == ["lt"]


def test_matching_editions_are_quiet() -> None:
    texts = {
        "en": "The review took place in Brussels in December and was a success for all partners of the project.",
        "lt": "Peržiūra vyko Briuselyje gruodžio mėnesį ir buvo sėkminga visiems projekto partneriams.",
    }
    assert _wrong_language(check_texts(texts)) == []


def test_the_sample_spans_the_whole_edition_within_the_limit() -> None:
    parts = [f"part{i:03d} " + "x" * 95 for i in range(200)]
    sample = spread_sample(parts, MAX_EDITION_SAMPLE)
    assert len(sample) <= MAX_EDITION_SAMPLE
    assert "part000" in sample and any(f"part{i:03d}" in sample for i in range(150, 200))
    assert spread_sample(["short", "edition"], MAX_EDITION_SAMPLE) == "short edition"


def test_extraction_reads_the_language_of_a_named_editions_own_words(tmp_path) -> None:
    from heroes_i18ncheck.extract import extract_document

    named = extract_document(str(SAMPLES / "heroes-02" / "lt.md"))
    assert named.language_source == "name" and named.text_languages[0][0] == "lt"
    unnamed = tmp_path / "issue.md"
    unnamed.write_text((SAMPLES / "heroes-02" / "lt.md").read_text(encoding="utf-8"), encoding="utf-8")
    detected = extract_document(str(unnamed))
    assert detected.language_source == "detected" and detected.text_languages == ()
