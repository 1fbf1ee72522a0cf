"""Hostile and broken PDFs: every input ends in a document or one clear error, in bounded time.

The corpus is built on the fly: the sample PDFs and a small hand-made one,
truncated, bit-flipped, with broken cross-references; empty, random and
foreign files named ``.pdf``; a self-referencing page tree, deep nesting, a
huge declared page count, a decompression bomb; encrypted files.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

import pdf_builder
from heroes_i18ncheck import check_files
from heroes_i18ncheck.config import Config, Limits
from heroes_i18ncheck.editions import extract_all
from heroes_i18ncheck.model import Document, InputError
from repo_paths import SAMPLES

SEED = 20261123
TIMEOUT = 15.0
GENERIC_FAILURE = "extraction failed ("


def _seeds() -> list[bytes]:
    small = pdf_builder.text_pdf(["HEROES newsletter #2", "Grant agreement No 101021801", "24 partners, 17 countries"])
    samples = sorted((SAMPLES / "heroes-02-pdf").glob("*.pdf"))
    return [small, *(p.read_bytes() for p in samples[:1])]


def _corpus() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    seeds = _seeds()
    corpus: list[tuple[str, bytes]] = []
    for seed_index, seed in enumerate(seeds):
        for i in range(120):
            corpus.append((f"truncated-{seed_index}-{i}", seed[: rng.randrange(0, len(seed))]))
        for i in range(120):
            data = bytearray(seed)
            for _ in range(rng.choice((1, 4, 32))):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            corpus.append((f"bitflip-{seed_index}-{i}", bytes(data)))
        corpus.append((f"broken-xref-{seed_index}", pdf_builder.broken_xref(seed)))
        corpus.append((f"no-trailer-{seed_index}", seed.rsplit(b"trailer", 1)[0]))
    for i in range(20):
        corpus.append((f"random-{i}", rng.randbytes(rng.randrange(1, 4096))))
        corpus.append((f"random-with-header-{i}", b"%PDF-1.7\n" + rng.randbytes(rng.randrange(1, 4096))))
    corpus += [
        ("zero-bytes", b""),
        ("html", b"<!doctype html><script>alert(1)</script>"),
        ("zip", b"PK\x03\x04" + bytes(100)),
        ("png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        ("self-referencing-page-tree", pdf_builder.self_referencing_page_tree()),
        ("huge-page-count", pdf_builder.huge_declared_page_count()),
        ("deep-nesting", pdf_builder.deeply_nested_object()),
        ("decompression-bomb", pdf_builder.decompression_bomb()),
    ]
    return corpus


CORPUS = _corpus()


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 500


@pytest.mark.slow
def test_every_hostile_input_ends_in_a_result_or_one_clear_error(tmp_path: Path) -> None:
    paths = []
    for name, data in CORPUS:
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        paths.append(str(path))
    started = time.monotonic()
    results = extract_all(paths, limits=Limits(timeout_seconds=TIMEOUT, max_pages=50), jobs=2)
    elapsed = time.monotonic() - started
    assert len(results) == len(paths)
    generic = []
    for path, result in zip(paths, results):
        assert isinstance(result, (Document, InputError))
        if isinstance(result, InputError):
            assert result.path == path
            assert "\n" not in result.message and "Traceback" not in result.message
            assert 0 < len(result.message) <= 300
            if result.message.startswith(GENERIC_FAILURE):
                generic.append(f"{Path(path).name}: {result.message}")
    # An unexpected exception type means the extractor failed to say what is wrong with the file.
    assert generic == [], "\n".join(generic[:20])
    # Bounded: even if every worker ran into the deadline, the run would end.
    assert elapsed < len(paths) * TIMEOUT


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("zero", b"", "empty"),
        ("html", b"<!doctype html>", "not a PDF"),
        ("bomb", pdf_builder.decompression_bomb(), ""),
        ("loop", pdf_builder.self_referencing_page_tree(), ""),
        ("deep", pdf_builder.deeply_nested_object(), ""),
    ],
    ids=["zero-bytes", "not-a-pdf", "decompression-bomb", "self-referencing-tree", "deep-nesting"],
)
def test_hostile_file_beside_good_editions_costs_only_itself(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    en = tmp_path / "en.md"
    bg = tmp_path / "bg.md"
    en.write_text("We have 24 partners in 17 countries and a budget to match.\n", encoding="utf-8")
    bg.write_text("Имаме 24 партньори в 17 държави и подходящ бюджет.\n", encoding="utf-8")
    bad = tmp_path / f"lt-{name}.pdf"
    bad.write_bytes(data)
    config = Config(limits=Limits(timeout_seconds=TIMEOUT))
    report = check_files([str(en), str(bg), str(bad)], config=config, jobs=2)
    assert [d.path for d in report.documents] == [str(en), str(bg)]
    assert [e.path for e in report.errors] == [str(bad)]
    assert reason in report.errors[0].message
    assert report.exit_code() == 2
