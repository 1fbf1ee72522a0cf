"""The pipeline in one place: extract → entities → align → rules → ``Report``."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import Any

from .align import align, same_issue, shared_facts
from .align.confidence import MATCH_THRESHOLD, MIN_JUDGED_CHARS
from .analysis_cache import BlockEntities, cached_alignments, cached_entities
from .cache import ExtractionCache
from .config import Config
from .decide import active_rules, decide
from .edition_files import expand_inputs
from .editions import Progress, extract_sections_with, extract_with, read_texts_with
from .entities import edition_entities, extract_entities
from .extract.language import language_from_name
from .language_codes import normalize_language_code
from .limits import Limits
from .model import Alignment, Bead, Document, Finding, InputError, Report
from .parallel import Failure, Job, Workers, default_jobs
from .rules import Comparison, Edition, Pair, run_rules

STRAY_SHARE = 0.25
"""A file with less than this share of a full reference's text, that aligns poorly with it, is not an edition."""

__all__ = ["check_documents", "check_files", "check_texts", "expand_inputs"]


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
    executor: Executor | None = None,
) -> Report:
    """Check the editions in ``paths`` (files or directories) against the reference edition.

    ``languages`` maps a path to a language code where the file name does not tell.
    Each edition is extracted, and its entities read, by one job on ``jobs`` worker
    processes of this call's own (default: one per core), bounded by ``config.limits``;
    then the edition pairs are aligned on the same workers. Given an ``executor``, the
    jobs run there instead, bounded only by what it bounds. Unreadable inputs become
    ``Report.errors``; the rest are checked.
    """
    with Workers(jobs, executor) as workers:
        return _check_files(paths, workers, reference, languages, config, baseline, cache, progress)


def _check_files(
    paths: Sequence[str],
    workers: Workers,
    reference: str | None = None,
    languages: Mapping[str, str] | None = None,
    config: Config | None = None,
    baseline: frozenset[str] = frozenset(),
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> Report:
    """``check_files`` on ``workers`` the caller keeps (a batch keeps one per issue it checks at a time)."""
    config = config or Config()
    files, errors = expand_inputs(paths, config.exclude)
    then = functools.partial(_document_entities, tuple(config.identifier_patterns))
    extracted = extract_with(files, then, languages, config.limits, None, cache, progress, workers)
    if config.sections:
        extracted += _sections(extracted, then, config, cache, workers)
    documents = [result for result, _ in extracted if isinstance(result, Document)]
    read = [entities for result, entities in extracted if isinstance(result, Document)]
    errors += [result for result, _ in extracted if isinstance(result, InputError)]
    return _check(documents, reference, errors, config, baseline, cache, workers, read)


def _sections(
    extracted: Sequence[tuple[Document | InputError, Any]],
    then: Any,
    config: Config,
    cache: ExtractionCache | None,
    workers: Workers,
) -> list[tuple[Document | InputError, Any]]:
    """The sections of files that hold several languages, each read as the edition in its language where no file
    given is one (one leaflet in fr, en, nl and de is four editions)."""
    present = {result.language for result, _ in extracted if isinstance(result, Document)}
    wanted: list[tuple[str, str]] = []
    for result, _ in extracted:
        for language in result.sections if isinstance(result, Document) else ():
            if language not in present:
                present.add(language)
                wanted.append((result.path, language))
    return extract_sections_with(wanted, then, config.limits, cache, workers) if wanted else []


def check_texts(
    texts: Mapping[str, str],
    *,
    reference: str | None = None,
    config: Config | None = None,
    baseline: frozenset[str] = frozenset(),
    jobs: int | None = None,
) -> Report:
    """Check editions given as text, keyed by a name that carries the language (``"bg"``, ``"x.lt.md"``).

    Each text is read as Markdown (paragraphs separated by blank lines) as ``check_files`` reads a file: a text
    past ``config.limits.max_file_bytes`` is refused unread, the others read, and their facts and alignments
    found, by jobs on ``jobs`` worker processes of this call's own (default: one per edition, at most one per
    core) under the limits; none is left once the call returns.
    """
    config = config or Config()
    then = functools.partial(_document_entities, tuple(config.identifier_patterns))
    _language_tables(language_from_name(name) for name in texts)
    with Workers(jobs or min(len(texts), default_jobs()) or None) as workers:
        read = read_texts_with(texts, then, config.limits, workers)
        documents = [result for result, _ in read if isinstance(result, Document)]
        entities = [found for result, found in read if isinstance(result, Document)]
        errors = [result for result, _ in read if isinstance(result, InputError)]
        return _check(documents, reference, errors, config, baseline, None, workers, entities)


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

    The documents' text is untrusted: their facts are read, and the pairs aligned, on ``jobs`` worker
    processes of this call's own (``None``: one per core), each job within ``config.limits.timeout_seconds``
    and the workers' memory cap; a document past ``max_file_bytes`` of text or ``max_pages`` pages is an
    error, not read. With a ``cache``, the entities of an edition and the alignment of a pair already
    computed for the same content and settings are read back.
    """
    config = config or Config()
    errors = list(errors)
    within = []
    for document in documents:
        problem = _past_limits(document, config.limits)
        if problem:
            errors.append(InputError(document.path, problem))
        else:
            within.append(document)
    _language_tables(normalize_language_code(document.language) for document in within)
    with Workers(jobs) as workers:
        return _check(within, reference, errors, config, baseline, cache, workers)


def _language_tables(languages: Iterable[str | None]) -> None:
    """Build in this process, before it forks a call's workers, the tables the entities of each language known
    here are read with (from a fixed text, never an edition's): the workers inherit them. Each call's workers
    are new, so a library caller would otherwise pay for them again on every call (0.3 s a language, against
    0.02 s for two short editions' facts)."""
    for language in sorted({code for code in languages if code}):
        _tables_of(language)


@functools.cache
def _tables_of(language: str) -> None:
    extract_entities("1", language)


def _past_limits(document: Document, limits: Limits) -> str:
    """Why a caller's ``document`` is too big to read (more pages, or more text, than a file may have), or ``""``."""
    if document.pages > limits.max_pages:
        return f"more than {limits.max_pages} pages ({document.pages}; limits.max-pages)"
    size = sum(len(block.text) for block in document.blocks)
    if size > limits.max_file_bytes:
        return f"more text than a file may hold ({size} characters > limit {limits.max_file_bytes}, limits.max-file-bytes)"
    return ""


def _check(
    documents: Sequence[Document],
    reference: str | None,
    errors: Sequence[InputError],
    config: Config | None,
    baseline: frozenset[str],
    cache: ExtractionCache | None,
    workers: Workers,
    read: Sequence[BlockEntities | None] = (),
) -> Report:
    """``read`` holds, beside each of ``documents``, its entities if a worker read them already; the others
    are read, and the pairs aligned, by jobs on ``workers``."""
    config = config or Config()
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
        errors.append(_no_such_reference(str(wanted), None if reference else config))
        return Report(tuple(documents), None, errors=_sorted_errors(errors))
    first = sorted(range(len(documents)), key=lambda i: documents[i] is not ref)  # the reference first, by identity
    ordered = [documents[i] for i in first]
    entities, unread = _entities_of(ordered, [read[i] if i < len(read) else None for i in first], config, cache, workers)
    errors += unread.values()
    if 0 in unread:  # the reference's facts could not be read: nothing to compare with
        return Report(tuple(documents), None, errors=_sorted_errors(errors))
    reference_edition, *editions = (Edition(d, e) for d, e in zip(ordered, entities) if e is not None)  # None: unread
    alignments, lost = _alignments_of(reference_edition, editions, config, cache, workers)
    errors += lost
    pairs = [Pair(a, reference_edition, e) for a, e in zip(alignments, editions) if a is not None]  # None: lost
    (found,) = workers.map([Job(_compared, (reference_edition, pairs, config), config.limits.timeout_seconds)])
    result = _or_error(ref.path, "comparing the editions", found, config.limits)
    if isinstance(result, InputError):
        errors.append(InputError(result.path, f"{result.message}: no findings reported"))
    findings = decide(() if isinstance(result, InputError) else result, config, baseline)
    return Report(
        documents=tuple(documents),
        reference=ref.path,
        alignments=tuple(p.alignment for p in pairs),
        findings=tuple(sorted(findings, key=_finding_order)),
        errors=_sorted_errors(errors),
    )


def _entities_of(
    documents: Sequence[Document],
    known: Sequence[BlockEntities | None],
    config: Config,
    cache: ExtractionCache | None,
    workers: Workers,
) -> tuple[list[BlockEntities | None], dict[int, InputError]]:
    """Each document's entities: ``known`` (read by the worker that extracted it), read back from the cache, or
    read by a job on ``workers``; ``None`` for one that could not be read, whose error is kept by its index."""
    patterns = tuple(config.identifier_patterns)
    unread: dict[int, InputError] = {}

    def compute(todo: list[int]) -> list[BlockEntities | None]:
        found: dict[int, BlockEntities | InputError | None] = {i: known[i] for i in todo}
        missing = [i for i in todo if found[i] is None]
        found.update(zip(missing, _entities_all([documents[i] for i in missing], patterns, workers, config.limits)))
        unread.update((i, result) for i, result in found.items() if isinstance(result, InputError))
        return [None if isinstance(result, InputError) else result for result in (found[i] for i in todo)]

    return cached_entities(cache, documents, patterns, compute), unread


def _alignments_of(
    reference: Edition, editions: Sequence[Edition], config: Config, cache: ExtractionCache | None, workers: Workers
) -> tuple[list[Alignment | None], list[InputError]]:
    """Each edition's alignment with the reference, read back from the cache or made by jobs on ``workers``;
    ``None`` for a pair that could not be aligned, and its error."""
    lost: dict[int, InputError] = {}

    def compute(todo: list[int]) -> list[Alignment | None]:
        found = _align_all(reference, [editions[i] for i in todo], workers, config.limits)
        lost.update((i, f) for i, f in zip(todo, found) if isinstance(f, InputError))
        return [None if isinstance(f, InputError) else f for f in found]

    patterns = tuple(config.identifier_patterns)
    alignments = cached_alignments(cache, reference.document, [e.document for e in editions], patterns, compute)
    return alignments, list(lost.values())


def _compared(job: tuple[Edition, Sequence[Pair], Config]) -> tuple[Finding, ...]:
    """On a worker: each pair judged the same issue or not, then every finding of the configured rules (their
    work grows with the values and blocks a hostile edition chooses)."""
    reference, pairs, config = job
    same = [same_issue(p.alignment) for p in pairs]
    matched = [
        (ok or same_issue(p.alignment, shared_facts(p.reference.entities, p.translation.entities))) and not _stray(p.alignment)
        for p, ok in zip(pairs, same)
    ]
    comparison = Comparison(
        reference,
        tuple(p if ok else _as_whole(p) for p, ok, match in zip(pairs, same, matched) if match),
        tuple(p for p, match in zip(pairs, matched) if not match),
    )
    return tuple(run_rules(comparison, active_rules(config)))


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


def _document_entities(patterns: tuple[str, ...], document: Document) -> BlockEntities:
    return edition_entities(document.blocks, identifier_patterns=patterns, edition_language=document.language)


def _entities_all(
    documents: Sequence[Document], patterns: tuple[str, ...], workers: Workers, limits: Limits
) -> list[BlockEntities | InputError]:
    """Each document's entities, read by a job on ``workers`` within the time limit; one that outlives it, or
    runs out of memory, is its document's error."""
    found = workers.map([Job(functools.partial(_document_entities, patterns), d, limits.timeout_seconds) for d in documents])
    return [_or_error(d.path, "reading its facts", result, limits) for d, result in zip(documents, found)]


def _align_all(
    reference: Edition, translations: Sequence[Edition], workers: Workers, limits: Limits
) -> list[Alignment | InputError]:
    """Each translation aligned with the reference, the pairs spread over ``workers`` (only the beads travel
    back), each within the time limit; a pair that outlives it is its translation's error."""
    found = workers.map([Job(_beads_of, (reference, t), limits.timeout_seconds) for t in translations])
    aligned: list[Alignment | InputError] = []
    for t, result in zip(translations, found):
        result = _or_error(t.document.path, "aligning it with the reference", result, limits)
        if isinstance(result, InputError):
            aligned.append(result)
        else:
            beads, score = result
            aligned.append(Alignment(reference.document, t.document, beads, score))
    return aligned


def _or_error(path: str, doing: str, result: Any, limits: Limits) -> Any:
    """A job's result, or the one line saying why ``doing`` gave none; a job's own error, but for running out
    of memory or stack, is a bug and raised here."""
    if not isinstance(result, Failure):
        return result
    if result.kind == "error" and isinstance(result.error, (MemoryError, RecursionError)):
        return InputError(path, f"{doing} needs more memory than a worker may take (hostile input?)")
    if result.kind == "error" and result.error is not None:
        raise result.error
    return InputError(path, f"{doing} {_why(result, limits)}")


def _why(failure: Failure, limits: Limits) -> str:
    if failure.kind == "timeout":
        return f"took longer than {limits.timeout_seconds:g} s (limits.timeout-seconds)"
    if failure.kind == "crash":
        return f"crashed (worker exit code {failure.exit_code})"
    return "failed: the worker processes stopped answering"


def _beads_of(pair: tuple[Edition, Edition]) -> tuple[tuple[Bead, ...], float]:
    reference, translation = pair
    found = align(
        reference.document,
        translation.document,
        reference_entities=reference.entities,
        translation_entities=translation.entities,
    )
    return found.beads, found.confidence


def _no_such_reference(wanted: str, config: Config | None) -> InputError:
    """The error of a reference (a path, or a language code) that no edition checked is; ``config`` when it
    asked for it."""
    named = f" (reference in {config.source})" if config is not None and config.source else ""
    if any(c in wanted for c in "./\\"):
        return InputError(wanted, f"the reference is not among the editions checked{named}")
    return InputError(wanted, f"no edition checked is in this language, asked for as the reference{named}")


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
