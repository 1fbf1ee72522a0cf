"""The cache folder is untrusted: whatever is found there is a miss or a faithful hit, never a crash, hang or hidden finding."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hang_guard import hang_guard
from heroes_i18ncheck import cache as cache_module
from heroes_i18ncheck import check_files
from heroes_i18ncheck.analysis_cache import ALIGNMENTS, ENTITIES, get_alignment, get_entities
from heroes_i18ncheck.cache import ExtractionCache, document_from_record, document_record, file_hash
from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.model import Document, Report
from repo_paths import SHARED

REPRO = SHARED / "attack-repro" / "cache"
EN = "# HEROES newsletter issue 2\n\nThe project has 24 partners in 12 countries.\n\nThe budget is EUR 4.99M and the grant is 101021801.\n"
BG = "# HEROES бюлетин брой 2\n\nПроектът има 25 партньори в 12 страни.\n\nБюджетът е 4,99 млн. € и грантът е 101021801.\n"
HANG_GUARD_SECONDS = 60
"""A hang (a FIFO opened for reading waits for a writer for ever) fails the test instead of stopping the run."""


def generated_pair(folder: Path) -> list[str]:
    """The reproducer's two editions (24 partners against 25), written on the fly."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.md").write_text(EN, encoding="utf-8")
    (folder / "bg.md").write_text(BG, encoding="utf-8")
    return [str(folder / "en.md"), str(folder / "bg.md")]


def shared_pair(folder: Path) -> list[str]:
    """The reproducer's own files from ``../shared/attack-repro/cache``."""
    return [str(REPRO / "en.md"), str(REPRO / "bg.md")]


PAIRS = [
    pytest.param(generated_pair, id="generated"),
    pytest.param(shared_pair, id="reproducer", marks=pytest.mark.shared),
]


def entries(root: Path) -> list[Path]:
    """Every record file under the cache folder."""
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith(".tmp-"))


def partner_finding(report: Report) -> list[str]:
    """The messages of the findings about the partner count (24 against 25)."""
    return [f.message for f in report.findings if "24" in f.message and "25" in f.message]


def nested(depth: int) -> str:
    """JSON nested ``depth`` lists deep."""
    return "[" * depth + "]" * depth


def forged_header(key: str, payload: bytes) -> bytes:
    """A record file whose first line is right for ``key`` and ``payload``: only its content can be wrong."""
    header = {"format": cache_module.CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
    return json.dumps(header).encode() + b"\n" + payload


HOSTILE: list[tuple[str, Callable[[Path], None]]] = [
    ("deeply-nested-json", lambda entry: entry.write_text(nested(200_000), encoding="utf-8")),
    ("deeply-nested-json-under-a-right-header", lambda entry: entry.write_bytes(forged_header(entry.stem, nested(200_000).encode()))),
    ("truncated", lambda entry: entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])),
    ("fifo", lambda entry: (entry.unlink(), os.mkfifo(entry))),
    ("symlink-to-dev-zero", lambda entry: (entry.unlink(), entry.symlink_to("/dev/zero"))),
    ("directory", lambda entry: (entry.unlink(), entry.mkdir())),
    ("wrong-shape-under-a-right-header", lambda entry: entry.write_bytes(forged_header(entry.stem, b'{"blocks": [[1, 2, {"x": 1}]]}'))),
    ("binary", lambda entry: entry.write_bytes(bytes(range(256)) * 64)),
]


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("spoil", [h[1] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_a_hostile_record_is_a_miss(tmp_path: Path, pair: Callable[[Path], list[str]], spoil: Callable[[Path], None]) -> None:
    """Every record (extraction, entities, alignment) spoiled alike: the report is a fresh run's."""
    paths = pair(tmp_path / "editions")
    cache = ExtractionCache(tmp_path / "cache")
    fresh = check_files(paths, jobs=1)
    check_files(paths, cache=cache, jobs=1)
    spoiled = entries(tmp_path / "cache")
    assert len(spoiled) == 5  # two documents, two entity records, one alignment
    for entry in spoiled:
        spoil(entry)
    with hang_guard(HANG_GUARD_SECONDS):
        assert check_files(paths, cache=cache, jobs=1) == fresh


@pytest.mark.parametrize("pair", PAIRS)
def test_an_edited_record_does_not_hide_a_finding(tmp_path: Path, pair: Callable[[Path], list[str]]) -> None:
    """The attack of issue 25: 25 partners turned into 24 inside the cached Bulgarian record."""
    paths = pair(tmp_path / "editions")
    cache = ExtractionCache(tmp_path / "cache")
    fresh = check_files(paths, jobs=1)
    assert partner_finding(fresh)
    check_files(paths, cache=cache, jobs=1)
    edited = [e for e in entries(tmp_path / "cache") if "25 партньори".encode() in e.read_bytes()]
    assert edited, "the Bulgarian document is in the cache"
    for entry in edited:
        entry.write_bytes(entry.read_bytes().replace("25 партньори".encode(), "24 партньори".encode()))
    assert check_files(paths, cache=cache, jobs=1) == fresh


def test_a_record_copied_under_another_key_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    cache.write("a" * 64, {"x": 1})
    source = tmp_path / "cache" / "aa" / f"{'a' * 64}.json"
    target = tmp_path / "cache" / "bb" / f"{'b' * 64}.json"
    target.parent.mkdir()
    target.write_bytes(source.read_bytes())
    assert cache.read("a" * 64) == {"x": 1}
    assert cache.read("b" * 64) is None


def test_a_symlink_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    """A valid record outside the folder, reached through a linked record or a linked subfolder, is not read."""
    outside = ExtractionCache(tmp_path / "outside")
    outside.write("c" * 64, {"x": 1})
    cache = ExtractionCache(tmp_path / "cache")
    (tmp_path / "cache" / "cc").mkdir(parents=True)
    (tmp_path / "cache" / "cc" / f"{'c' * 64}.json").symlink_to(tmp_path / "outside" / "cc" / f"{'c' * 64}.json")
    (tmp_path / "cache" / ENTITIES).symlink_to(tmp_path / "outside", target_is_directory=True)
    assert cache.read("c" * 64) is None
    assert cache.read("c" * 64, ENTITIES) is None
    cache.write("c" * 64, {"x": 2}, ENTITIES)
    assert outside.read("c" * 64) == {"x": 1}, "nothing is written through a planted link either"


def test_a_record_over_the_size_limit_is_not_read_nor_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    cache.write("d" * 64, ["x" * 500])
    assert cache.read("d" * 64) == ["x" * 500]
    monkeypatch.setattr(cache_module, "MAX_RECORD_BYTES", 400)
    assert cache.read("d" * 64) is None
    cache.write("e" * 64, ["x" * 500])
    assert not (tmp_path / "cache" / "ee").exists()


MALFORMED_DOCUMENTS = [
    ("not-an-object", lambda r: [r]),
    ("pages-a-string", lambda r: {**r, "pages": "1"}),
    ("pages-true", lambda r: {**r, "pages": True}),
    ("warnings-nested", lambda r: {**r, "warnings": [["a"]]}),
    ("language-a-list", lambda r: {**r, "language": ["en"]}),
    ("block-too-short", lambda r: {**r, "blocks": [b[:6] for b in r["blocks"]]}),
    ("block-text-an-object", lambda r: {**r, "blocks": [[*b[:3], {"t": 1}, *b[4:]] for b in r["blocks"]]}),
    ("block-unknown-kind", lambda r: {**r, "blocks": [[*b[:2], "poem", *b[3:]] for b in r["blocks"]]}),
    ("block-bbox-of-three", lambda r: {**r, "blocks": [[*b[:5], [1, 2, 3], b[6]] for b in r["blocks"]]}),
    ("block-bbox-beyond-a-float", lambda r: {**r, "blocks": [[*b[:5], [10**400, 0, 1, 1], b[6]] for b in r["blocks"]]}),
    ("blocks-renumbered", lambda r: {**r, "blocks": [[i + 1, *b[1:]] for i, b in enumerate(r["blocks"])]}),
    ("text-languages-unpaired", lambda r: {**r, "text_languages": [["en"]]}),
    ("probability-beyond-a-float", lambda r: {**r, "text_languages": [["en", -(10**400)]]}),
]


@pytest.mark.parametrize("spoil", [m[1] for m in MALFORMED_DOCUMENTS], ids=[m[0] for m in MALFORMED_DOCUMENTS])
def test_a_document_record_of_another_shape_is_refused(tmp_path: Path, spoil: Callable[[dict], object]) -> None:
    (path,) = generated_pair(tmp_path)[:1]
    record = document_record(extract_document(path))
    assert document_from_record(record, path) == extract_document(path)
    with pytest.raises(ValueError, match="malformed cache entry"):
        document_from_record(spoil(json.loads(json.dumps(record))), path)


def test_a_forged_record_of_the_right_shape_is_trusted(tmp_path: Path) -> None:
    """What the cache cannot catch (README: never share it across a trust boundary): a whole record forged by
    someone who may write the folder, written the way the tool writes it."""
    paths = generated_pair(tmp_path / "editions")
    cache = ExtractionCache(tmp_path / "cache")
    check_files(paths, cache=cache, jobs=1)
    for entry in (tmp_path / "cache").glob("??/*.json"):  # the documents (entities and alignments are in subfolders)
        text = json.dumps(cache.read(entry.stem), ensure_ascii=False).replace("25 партньори", "24 партньори")
        cache.write(entry.stem, json.loads(text))
    assert not partner_finding(check_files(paths, cache=cache, jobs=1))


def test_the_content_hash_of_a_special_file_is_none_at_once(tmp_path: Path) -> None:
    """The hash that keys an edition's record is taken before extraction: a FIFO or a device is not read."""
    os.mkfifo(tmp_path / "lt.md")
    (tmp_path / "lv.txt").symlink_to("/dev/zero")
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    with hang_guard(HANG_GUARD_SECONDS):
        assert file_hash(str(tmp_path / "lt.md")) is None
        assert file_hash(str(tmp_path / "lv.txt")) is None
    assert file_hash(str(tmp_path / "en.md")) == hashlib.sha256(EN.encode()).hexdigest()


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=4)
    | st.sampled_from([10**400, -(10**400), 2**63, -1, 0, "", "paragraph", "number"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=20,
)
"""Any JSON value Python's ``json`` reads (NaN, infinities and integers no float holds too), and the
values that pass most checks (a block kind, an entity kind, a small count)."""


def mutated(data: st.DataObject, value: object) -> object:
    """``value`` with one part, found by walking down from the top, replaced by any JSON."""
    if isinstance(value, (list, dict)) and value and data.draw(st.booleans()):
        if isinstance(value, list):
            index = data.draw(st.integers(0, len(value) - 1))
            return [*value[:index], mutated(data, value[index]), *value[index + 1 :]]
        key = data.draw(st.sampled_from(sorted(value)))
        return {**value, key: mutated(data, value[key])}
    return data.draw(ANY_JSON)


MALFORMED_ANALYSES = [
    ("alignment-confidence-beyond-a-float", ALIGNMENTS, lambda r: {**r, "confidence": 10**400}),
    ("bead-score-beyond-a-float", ALIGNMENTS, lambda r: {**r, "beads": [[*b[:2], -(10**400), *b[3:]] for b in r["beads"]]}),
    ("bead-moved-not-a-boolean", ALIGNMENTS, lambda r: {**r, "beads": [[*b[:4], "no"] for b in r["beads"]]}),
    ("bead-block-a-string", ALIGNMENTS, lambda r: {**r, "beads": [[["0"], *b[1:]] for b in r["beads"]]}),
    ("entity-unknown-kind", ENTITIES, lambda r: [[["weight", *e[1:]] for e in block] for block in r]),
    ("entity-start-true", ENTITIES, lambda r: [[[*e[:2], True, *e[3:]] for e in block] for block in r]),
    ("entity-alternatives-nested", ENTITIES, lambda r: [[[*e[:5], [["1"]], *e[6:]] for e in block] for block in r]),
]


@pytest.mark.parametrize(
    ("namespace", "spoil"), [m[1:] for m in MALFORMED_ANALYSES], ids=[m[0] for m in MALFORMED_ANALYSES]
)
def test_an_analysis_record_of_another_shape_is_a_miss(
    pristine: tuple[list[Document], dict[tuple[str, str], object]], namespace: str, spoil: Callable[[object], object]
) -> None:
    (english, bulgarian), records = pristine
    with tempfile.TemporaryDirectory() as folder:
        cache = ExtractionCache(folder)
        for (kind, key), record in records.items():
            if kind != namespace:
                continue
            read = (lambda: get_alignment(cache, key, english, bulgarian)) if kind == ALIGNMENTS else (
                lambda: get_entities(cache, key, english) or get_entities(cache, key, bulgarian)
            )
            cache.write(key, record, kind)
            assert read() is not None
            cache.write(key, spoil(record), kind)
            assert read() is None


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Document], dict[tuple[str, str], object]]:
    """The generated pair's documents, and every record a cached check of them writes, by namespace and key."""
    folder = tmp_path_factory.mktemp("pristine")
    paths = generated_pair(folder / "editions")
    cache = ExtractionCache(folder / "cache")
    check_files(paths, cache=cache, jobs=1)
    records = {
        (namespace, entry.stem): cache.read(entry.stem, namespace)
        for namespace in ("", ENTITIES, ALIGNMENTS)
        for entry in sorted((folder / "cache" / namespace).glob("??/*.json"))
    }
    return [extract_document(p) for p in paths], records


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_record_under_a_right_header_is_a_miss_or_a_hit_never_an_error(
    pristine: tuple[list[Document], dict[tuple[str, str], object]], data: st.DataObject
) -> None:
    """A real record of each kind with one part replaced by any JSON, written the way the tool writes: each reader
    gives ``None`` or a value of its kind, and raises nothing."""
    (english, bulgarian), records = pristine
    with tempfile.TemporaryDirectory() as folder:
        cache = ExtractionCache(folder)
        for (namespace, key), record in records.items():
            cache.write(key, mutated(data, record), namespace)
            if namespace == ENTITIES:
                found = get_entities(cache, key, english) or get_entities(cache, key, bulgarian)
                assert found is None or len(found) in (len(english.blocks), len(bulgarian.blocks))
            elif namespace == ALIGNMENTS:
                alignment = get_alignment(cache, key, english, bulgarian)
                assert alignment is None or alignment.translation == bulgarian
            else:
                document = cache.get(key, "edition.md")
                assert document is None or document.path == "edition.md"
