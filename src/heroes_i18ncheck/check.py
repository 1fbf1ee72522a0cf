"""The pipeline in one place: extract → entities → align → rules → ``Report``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .align import align
from .entities import block_entities
from .errors import UnreadableInput
from .extract import SUPPORTED_SUFFIXES, document_from_raw, extract_document
from .extract.text import split_paragraphs
from .model import Document, Finding, InputError, Report
from .rules import RULES, Pair, Rule, run_rules

__all__ = ["check_documents", "check_files", "check_texts", "expand_inputs"]


def expand_inputs(paths: Iterable[str]) -> tuple[list[str], list[InputError]]:
    """Files to check: each path as given, a directory as its editions (sorted, recursive)."""
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        folder = Path(path)
        if not folder.is_dir():
            files.append(path)
            continue
        found = sorted(
            str(p) for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
        )
        if found:
            files.extend(found)
        else:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            errors.append(InputError(path, f"no editions in this directory (looked for {kinds})"))
    return files, errors


def check_files(
    paths: Sequence[str],
    *,
    reference: str | None = None,
    languages: Mapping[str, str] | None = None,
    rules: Iterable[Rule] = RULES,
) -> Report:
    """Check the editions in ``paths`` (files or directories) against the reference edition.

    ``languages`` maps a path to a language code where the file name does
    not tell. Unreadable inputs become ``Report.errors``; the rest are checked.
    """
    files, errors = expand_inputs(paths)
    languages = dict(languages or {})
    documents: list[Document] = []
    for path in files:
        try:
            documents.append(extract_document(path, languages.get(path)))
        except UnreadableInput as exc:
            errors.append(InputError(exc.path, exc.reason))
    return check_documents(documents, reference=reference, errors=errors, rules=rules)


def check_texts(
    texts: Mapping[str, str],
    *,
    reference: str | None = None,
    rules: Iterable[Rule] = RULES,
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
    return check_documents(documents, reference=reference, errors=errors, rules=rules)


def check_documents(
    documents: Sequence[Document],
    *,
    reference: str | None = None,
    errors: Sequence[InputError] = (),
    rules: Iterable[Rule] = RULES,
) -> Report:
    """Align every edition with the reference and run the rules on each pair."""
    errors = list(errors)
    rules = tuple(rules)
    if len(documents) < 2:
        if documents:
            errors.append(InputError(documents[0].path, "only one edition: nothing to compare it with"))
        elif not errors:
            errors.append(InputError("-", "no editions given"))
        return Report(tuple(documents), None, errors=_sorted_errors(errors))
    ref = _choose_reference(documents, reference)
    if ref is None:
        errors.append(InputError(str(reference), "the reference is not among the editions checked"))
        return Report(tuple(documents), None, errors=_sorted_errors(errors))
    ref_entities = tuple(block_entities(b) for b in ref.blocks)
    alignments = []
    findings: list[Finding] = []
    for doc in documents:
        if doc is ref:
            continue
        alignment = align(ref, doc)
        alignments.append(alignment)
        pair = Pair(alignment, ref_entities, tuple(block_entities(b) for b in doc.blocks))
        findings.extend(run_rules(pair, rules))
    return Report(
        documents=tuple(documents),
        reference=ref.path,
        alignments=tuple(alignments),
        findings=tuple(sorted(findings, key=_finding_order)),
        errors=_sorted_errors(errors),
    )


def _choose_reference(documents: Sequence[Document], reference: str | None) -> Document | None:
    if reference is not None:
        wanted = Path(reference)
        return next((d for d in documents if d.path == reference or Path(d.path) == wanted), None)
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
