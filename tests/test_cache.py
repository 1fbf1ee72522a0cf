"""The extraction cache: hits only for the same content and settings, atomic, corruption-proof."""

from __future__ import annotations

from pathlib import Path

import pytest

import heroes_i18ncheck
from heroes_i18ncheck.cache import (
    ExtractionCache,
    cache_key,
    document_from_record,
    document_record,
    file_hash,
)
from heroes_i18ncheck.editions import extract_all
from heroes_i18ncheck.extract import extract_document
from repo_paths import SAMPLES

EN = str(SAMPLES / "heroes-02" / "en.md")


def test_record_round_trip_keeps_every_field() -> None:
    document = extract_document(EN)
    assert document_from_record(document_record(document), document.path) == document


def test_a_contents_entrys_page_number_survives_the_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Intro ........ 1\nPartners ........ 2\nResults ........ 3\n\fIntro\n\fPartners\n\fResults\n", encoding="utf-8")
    document = extract_document(str(path))
    assert [b.contents_page for b in document.blocks[:3]] == [1, 2, 3]
    assert document_from_record(document_record(document), document.path) == document
    record = document_record(document)
    record["blocks"][0][7] = "1"  # a page number must be a number
    with pytest.raises(ValueError, match="blocks"):
        document_from_record(record, document.path)


def test_key_changes_with_content_settings_and_version() -> None:
    base = cache_key("abc", {"max_pages": 10})
    assert cache_key("abc", {"max_pages": 10}) == base
    assert cache_key("abd", {"max_pages": 10}) != base
    assert cache_key("abc", {"max_pages": 11}) != base


def test_second_run_is_served_from_the_cache(tmp_path: Path) -> None:
    """A record rewritten through the cache (so with its key and digest) is what the second run gets."""
    cache = ExtractionCache(tmp_path / "cache")
    first = extract_all([EN], cache=cache, jobs=1)
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 1
    record = cache.read(entries[0].stem)
    record["blocks"][0][3] = "FROM THE CACHE"
    cache.write(entries[0].stem, record)
    second = extract_all([EN], cache=cache, jobs=1)
    assert second[0].blocks[0].text == "FROM THE CACHE"
    assert first[0].blocks[1:] == second[0].blocks[1:]


def test_a_record_edited_by_hand_is_a_miss(tmp_path: Path) -> None:
    """Its digest no longer matches: extracted afresh, and stored again as extracted."""
    cache = ExtractionCache(tmp_path / "cache")
    first = extract_all([EN], cache=cache, jobs=1)
    (entry,) = (tmp_path / "cache").rglob("*.json")
    written = entry.read_bytes()
    entry.write_bytes(written.replace(b"HEROES Newsletter #2", b"FROM THE CACHE"))
    assert extract_all([EN], cache=cache, jobs=1) == first
    assert entry.read_bytes() == written


def test_same_content_elsewhere_is_placed_at_its_own_path(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    copy = tmp_path / "en.md"
    copy.write_bytes(Path(EN).read_bytes())
    extract_all([EN], cache=cache, jobs=1)
    (hit,) = extract_all([str(copy)], cache=cache, jobs=1)
    assert hit.path == str(copy)


def test_corrupt_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    extract_all([EN], cache=cache, jobs=1)
    (entry,) = (tmp_path / "cache").rglob("*.json")
    entry.write_text('{"blocks": [[1, 2', encoding="utf-8")
    (document,) = extract_all([EN], cache=cache, jobs=1)
    assert document == extract_document(EN)
    assert document_from_record(cache.read(entry.stem), EN) == document


def test_unwritable_cache_is_just_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    (document,) = extract_all([EN], cache=ExtractionCache(blocker / "cache"), jobs=1)
    assert document.blocks


def test_a_cache_folder_given_as_a_string_is_used(tmp_path: Path) -> None:
    cache = heroes_i18ncheck.ExtractionCache(str(tmp_path / "cache"))
    extract_all([EN], cache=cache, jobs=1)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1
    assert extract_all([EN], cache=cache, jobs=1) == [extract_document(EN)]


def test_an_empty_folder_name_means_the_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEROES_I18NCHECK_CACHE_DIR", str(tmp_path / "default"))
    assert ExtractionCache("").directory == tmp_path / "default"
    assert ExtractionCache().directory == tmp_path / "default"


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    extract_all([EN], cache=cache, jobs=1)
    assert [p.name for p in (tmp_path / "cache").rglob(".tmp-*")] == []


def test_file_hash_of_missing_file_is_none(tmp_path: Path) -> None:
    assert file_hash(str(tmp_path / "nope")) is None
