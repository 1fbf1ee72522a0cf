"""The pipeline in one place: extract → entities → align → rules → ``Report``."""

from __future__ import annotations

import fnmatch
import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .align import align, same_issue, shared_facts
from .align.confidence import MATCH_THRESHOLD, MIN_JUDGED_CHARS
from .analysis_cache import (
    BlockEntities,
    cached_alignments,
    cached_entities,
    document_digest,
)
from .cache import ExtractionCache
from .config import Config
from .decide import active_rules, decide
from .entities import edition_entities
from .errors import UnreadableInput
from .extract import SUPPORTED_SUFFIXES, document_from_raw
from .extract.text import split_paragraphs
from .model import Alignment, Bead, Document, Finding, InputError, Report
from .parallel import Progress, WorkerPool, extract_with
from .rules import Comparison, Edition, Pair, run_rules

NOT_EDITIONS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})
"""File names in a folder of editions that are the folder's paperwork, not an edition."""

WORKER_ENTITIES_CHARS = 500_000
"""From this much text on, the editions' entities still to read are read on the workers; below it, in this
process. A worker first builds each language's tables and regexes (0.1–0.2 s a language), which this process
keeps from one check to the next: for less text than this (about 0.3 s to read) that costs more than it saves.
(With ``check_files(entities_on_workers=True)`` the worker that extracts an edition has read them already.)"""

STRAY_SHARE = 0.25
"""A file with less than this share of a full reference's text, that aligns poorly with it, is not an edition."""

__all__ = ["check_documents", "check_files", "check_texts", "expand_inputs"]


def expand_inputs(paths: Iterable[str], exclude: Sequence[str] = ()) -> tuple[list[str], list[InputError]]:
    """Files to check: each path as given, a directory as its editions (sorted, recursive).

    In a directory, hidden files and paperwork (``README.md``, ``LICENSE.txt``…) are not editions, nor is a
    file whose name or path matches a glob of ``exclude`` (``notes*.md``, ``drafts/*``).
    """
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        folder = Path(path)
        if not folder.is_dir():
            if not excluded(path, exclude):
                files.append(path)
            continue
        found = sorted(
            str(p)
            for p in folder.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUPPORTED_SUFFIXES
            and p.stem.lower() not in NOT_EDITIONS
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)
            and not excluded(str(p), exclude)
        )
        if found:
            files.extend(found)
        else:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            errors.append(InputError(path, f"no editions in this directory (looked for {kinds})"))
    return files, errors


def excluded(path: str, exclude: Sequence[str]) -> bool:
    """Whether a glob of ``exclude`` matches the file's name or its path (``*`` crosses folders in a path)."""
    posix = Path(path).as_posix()
    return any(fnmatch.fnmatchcase(Path(path).name, glob) or fnmatch.fnmatchcase(posix, glob) for glob in exclude)


def check_files(
    paths: Sequence[str],
    *,
    reference: str | None = None,
    languages: Mapping[str, str] | None = None,
    config: Config | None = None,
    baseline: frozenset[str] = frozenset(),
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    entities_on_workers: bool = False,
) -> Report:
    """Check the editions in ``paths`` (files or directories) against the reference edition.

    ``languages`` maps a path to a language code where the file name does
    not tell. Editions are extracted in ``jobs`` worker processes (default:
    one per core), each bounded by ``config.limits``, through ``cache`` if
    given. Unreadable inputs become ``Report.errors``; the rest are checked.
    The edition pairs are then aligned on the same workers.

    With ``entities_on_workers``, the worker that extracts an edition reads its
    entities too, beside the other editions' extraction: faster for a process that
    checks once (the CLI), since each language's tables (0.1–0.2 s to build) are then
    built on the workers at once rather than here one after another. Without it they
    are built here and kept, which a process that checks again and again does better with.
    """
    config = config or Config()
    files, errors = expand_inputs(paths, config.exclude)
    documents: list[Document] = []
    known: dict[int, BlockEntities] = {}
    then = functools.partial(_document_entities, tuple(config.identifier_patterns)) if entities_on_workers else None
    with WorkerPool(jobs) as pool:
        for result, entities in extract_with(files, then, languages, config.limits, jobs, cache, progress, pool):
            if isinstance(result, InputError):
                errors.append(result)
                continue
            documents.append(result)
            if entities is not None:
                known[id(result)] = entities
        return _check(documents, reference, errors, config, baseline, cache, pool, known)


def check_texts(
    texts: Mapping[str, str],
    *,
    reference: str | None = None,
    config: Config | None = None,
    baseline: frozenset[str] = frozenset(),
) -> Report:
    """Check editions given as text, keyed by a name that carries the language (``"bg"``, ``"x.lt.md"``).

    Each text is read as Markdown: paragraphs separated by blank lines.
    """
    documents: list[Document] = []
    errors: list[InputError] = []
    for name, text in texts.items():
        try:
            documents.append(document_from_raw(name, split_paragraphs(text, markdown=True), 1))
        except UnreadableInput as exc:
            errors.append(InputError(exc.path, exc.reason))
    return check_documents(documents, reference=reference, errors=errors, config=config, baseline=baseline)


def check_documents(
    documents: Sequence[Document],
    *,
    reference: str | None = None,
    errors: Sequence[InputError] = (),
    config: Config | None = None,
    baseline: frozenset[str] = frozenset(),
    cache: ExtractionCache | None = None,
    jobs: int | None = 1,
) -> Report:
    """Align every edition with the reference, run the rules, then apply config and baseline.

    With a ``cache``, the entities of an edition and the alignment of a pair
    already computed for the same content and settings are read back. The
    pairs are aligned in ``jobs`` worker processes (``None``: one per core).
    """
    with WorkerPool(jobs) as pool:
        return _check(documents, reference, errors, config, baseline, cache, pool)


def _check(
    documents: Sequence[Document],
    reference: str | None,
    errors: Sequence[InputError],
    config: Config | None,
    baseline: frozenset[str],
    cache: ExtractionCache | None,
    pool: WorkerPool,
    known: Mapping[int, BlockEntities] | None = None,
) -> Report:
    """``known`` maps ``id(document)`` to entities already read (on the worker that extracted it)."""
    config = config or Config()
    known = known or {}
    errors = list(errors)
    if len(documents) < 2:
        if documents:
            errors.append(InputError(documents[0].path, "only one edition: nothing to compare it with"))
        elif not errors:
            errors.append(InputError("-", "no editions given"))
        return Report(tuple(documents), None, errors=_sorted_errors(errors))
    wanted = reference or config.reference
    ref = _choose_reference(documents, wanted)
    if ref is None:
        named = "" if reference else f" (reference in {config.source})" if config.source else ""
        errors.append(InputError(str(wanted), f"the reference is not among the editions checked{named}"))
        return Report(tuple(documents), None, errors=_sorted_errors(errors))
    patterns = config.identifier_patterns
    digests = {id(d): document_digest(d) for d in documents} if cache is not None else {}
    ordered = [ref, *(d for d in documents if d is not ref)]

    def read(todo: list[int]) -> list[BlockEntities]:
        missing = [i for i in todo if id(ordered[i]) not in known]
        jobs = [(ordered[i], tuple(patterns)) for i in missing]
        if sum(len(block.text) for document, _ in jobs for block in document.blocks) < WORKER_ENTITIES_CHARS:
            computed = list(map(_entities_of, jobs))
        else:
            computed = pool.map(_entities_of, jobs)
        found = dict(zip(missing, computed))
        return [found[i] if i in found else known[id(ordered[i])] for i in todo]

    reference_edition, *editions = map(Edition, ordered, cached_entities(cache, ordered, digests, patterns, read))
    translations = [e.document for e in editions]

    def aligned(todo: list[int]) -> list[Alignment]:
        return _align_all(reference_edition, [editions[i] for i in todo], pool)

    alignments = cached_alignments(cache, ref, translations, digests, patterns, aligned)
    pairs = [Pair(a, reference_edition, e) for a, e in zip(alignments, editions)]
    aligned = [same_issue(p.alignment) for p in pairs]
    matched = [
        (ok or same_issue(p.alignment, shared_facts(p.reference.entities, p.translation.entities))) and not _stray(p.alignment)
        for p, ok in zip(pairs, aligned)
    ]
    comparison = Comparison(
        reference_edition,
        tuple(p if ok else _as_whole(p) for p, ok, same in zip(pairs, aligned, matched) if same),
        tuple(p for p, same in zip(pairs, matched) if not same),
    )
    findings = decide(run_rules(comparison, active_rules(config)), config, baseline)
    return Report(
        documents=tuple(documents),
        reference=ref.path,
        alignments=tuple(p.alignment for p in pairs),
        findings=tuple(sorted(findings, key=_finding_order)),
        errors=_sorted_errors(errors),
    )


def _stray(alignment: Alignment) -> bool:
    """A short file beside a full edition that shares little with it (``notes.md``): not an edition, whose
    blocks would each be reported missing, but one editions-do-not-match finding."""
    ref_chars = sum(len(b.text) for b in alignment.reference.blocks)
    tr_chars = sum(len(b.text) for b in alignment.translation.blocks)
    return alignment.confidence < MATCH_THRESHOLD and ref_chars >= MIN_JUDGED_CHARS and tr_chars < STRAY_SHARE * ref_chars


def _as_whole(pair: Pair) -> Pair:
    """A pair whose blocks could not be aligned, as one bead of every block: its facts against the reference's."""
    alignment = pair.alignment
    bead = Bead(
        tuple(range(len(alignment.reference.blocks))),
        tuple(range(len(alignment.translation.blocks))),
        alignment.confidence,
        alignment.confidence,
    )
    whole = Alignment(alignment.reference, alignment.translation, (bead,), alignment.confidence)
    return Pair(whole, pair.reference, pair.translation, whole=True)


def _entities_of(job: tuple[Document, tuple[str, ...]]) -> BlockEntities:
    document, patterns = job
    return _document_entities(patterns, document)


def _document_entities(patterns: tuple[str, ...], document: Document) -> BlockEntities:
    return edition_entities(document.blocks, identifier_patterns=patterns, edition_language=document.language)


def _align_all(reference: Edition, translations: Sequence[Edition], pool: WorkerPool) -> list[Alignment]:
    """Each translation aligned with the reference, the pairs spread over ``pool``; only the beads travel back."""
    found = pool.map(_beads_of, [(reference, t) for t in translations])
    return [Alignment(reference.document, t.document, beads, score) for t, (beads, score) in zip(translations, found)]


def _beads_of(pair: tuple[Edition, Edition]) -> tuple[tuple[Bead, ...], float]:
    reference, translation = pair
    found = align(
        reference.document,
        translation.document,
        reference_entities=reference.entities,
        translation_entities=translation.entities,
    )
    return found.beads, found.confidence


def _choose_reference(documents: Sequence[Document], reference: str | None) -> Document | None:
    if reference is not None:
        wanted = Path(reference)
        by_path = next((d for d in documents if d.path == reference or Path(d.path) == wanted), None)
        return by_path or next((d for d in documents if d.language == reference), None)
    return next((d for d in documents if d.language == "en"), documents[0])


def _finding_order(f: Finding) -> tuple:
    tr, ref = f.translation, f.reference
    return (
        tr.path if tr else "",
        (ref.block if ref and ref.block is not None else -1),
        (tr.block if tr and tr.block is not None else -1),
        f.rule,
        f.fingerprint,
        f.message,
    )


def _sorted_errors(errors: Sequence[InputError]) -> tuple[InputError, ...]:
    return tuple(sorted(errors, key=lambda e: (e.path, e.message)))
