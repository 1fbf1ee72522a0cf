"""Entities and alignments from the cache: the same report as a fresh run, and never trusted blindly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from heroes_i18ncheck import check_files
from heroes_i18ncheck.analysis_cache import ALIGNMENTS, ENTITIES, document_digest, stage_key
from heroes_i18ncheck.cache import ExtractionCache
from heroes_i18ncheck.config import Config
from heroes_i18ncheck.extract import extract_document
from repo_paths import SAMPLES

EDITIONS = [str(SAMPLES / "heroes-02" / f"{language}.md") for language in ("en", "bg", "lt")]


def _entries(root: Path, namespace: str) -> list[Path]:
    return sorted((root / namespace).rglob("*.json"))


def test_a_warm_run_gives_the_report_of_a_fresh_one(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    fresh = check_files(EDITIONS, jobs=1)
    assert check_files(EDITIONS, cache=cache, jobs=1) == fresh
    assert len(_entries(tmp_path / "cache", ENTITIES)) == 3
    assert len(_entries(tmp_path / "cache", ALIGNMENTS)) == 2
    assert check_files(EDITIONS, cache=cache, jobs=1) == fresh


def test_the_alignment_is_read_back_from_the_cache(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    check_files(EDITIONS, cache=cache, jobs=1)
    for entry in _entries(tmp_path / "cache", ALIGNMENTS):
        record = cache.read(entry.stem, ALIGNMENTS)
        record["confidence"] = 0.123
        cache.write(entry.stem, record, ALIGNMENTS)
    assert {a.confidence for a in check_files(EDITIONS, cache=cache, jobs=1).alignments} == {0.123}


def test_records_that_do_not_fit_their_documents_are_misses_and_rewritten(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    fresh = check_files(EDITIONS, jobs=1)
    check_files(EDITIONS, cache=cache, jobs=1)
    written = {entry: entry.read_text(encoding="utf-8") for ns in (ENTITIES, ALIGNMENTS) for entry in _entries(tmp_path / "cache", ns)}
    (first_alignment, *_) = _entries(tmp_path / "cache", ALIGNMENTS)
    record = cache.read(first_alignment.stem, ALIGNMENTS)
    record["beads"] = record["beads"][1:]  # a block no bead covers
    cache.write(first_alignment.stem, record, ALIGNMENTS)
    entities = _entries(tmp_path / "cache", ENTITIES)
    entities[0].write_text('[[["number", "99", 0, 2', encoding="utf-8")  # truncated
    blocks = cache.read(entities[1].stem, ENTITIES)
    cache.write(entities[1].stem, blocks[:-1], ENTITIES)  # one block short
    spans = cache.read(entities[2].stem, ENTITIES)
    first = next(block for block in spans if block)
    first[0][2], first[0][3] = 10_000, 10_002  # outside its block
    cache.write(entities[2].stem, spans, ENTITIES)
    assert check_files(EDITIONS, cache=cache, jobs=1) == fresh
    rewritten = {entry: entry.read_text(encoding="utf-8") for entry in written}
    assert rewritten == written, "every record that did not fit was computed afresh and stored again"
    assert check_files(EDITIONS, cache=cache, jobs=1) == fresh


def test_keys_follow_content_and_settings_not_file_names(tmp_path: Path) -> None:
    document = extract_document(EDITIONS[0])
    copy = replace(document, path=str(tmp_path / "elsewhere.en.md"))
    assert document_digest(copy) == document_digest(document)
    changed = replace(document, blocks=(replace(document.blocks[0], text="Another title"), *document.blocks[1:]))
    assert document_digest(changed) != document_digest(document)
    digest = document_digest(document)
    assert stage_key(ENTITIES, [digest], ()) != stage_key(ENTITIES, [digest], [r"CTR-\d+"])
    assert stage_key(ALIGNMENTS, [digest, "x"], ()) != stage_key(ALIGNMENTS, ["x", digest], ())


def test_configured_identifier_patterns_are_not_served_stale_entities(tmp_path: Path) -> None:
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "en.md").write_text("Contract CTR-2023-0042 was signed by all partners of the project.", encoding="utf-8")
    (folder / "lt.md").write_text("Sutartį CTR-2023-0043 pasirašė visi projekto partneriai.", encoding="utf-8")
    cache = ExtractionCache(tmp_path / "cache")
    plain = check_files([str(folder)], cache=cache, jobs=1)
    patterned = check_files([str(folder)], cache=cache, jobs=1, config=Config(identifier_patterns=(r"CTR-\d{4}-\d{4}",)))
    assert "identifier-mismatch" not in {f.rule for f in plain.findings}
    assert "identifier-mismatch" in {f.rule for f in patterned.findings}
