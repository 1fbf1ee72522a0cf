"""Which files of the paths given are editions: a folder walked for them, its paperwork, hidden files and what
``exclude`` globs match left out."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from pathlib import Path

from .extract import SUPPORTED_SUFFIXES
from .model import InputError

NOT_EDITIONS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})
"""File names in a folder of editions that are the folder's paperwork, not an edition."""


def expand_inputs(paths: Iterable[str], exclude: Sequence[str] = ()) -> tuple[list[str], list[InputError]]:
    """Files to check: each path as given, a directory as its editions (sorted, recursive).

    In a directory, hidden files and paperwork (``README.md``, ``LICENSE.txt``…) are not editions, nor is a
    file whose name or path matches a glob of ``exclude`` (``notes*.md``, ``drafts/*``).
    """
    files, errors, _ = walk_inputs(paths, exclude)
    return files, errors


def walk_inputs(
    paths: Iterable[str], exclude: Sequence[str] = ()
) -> tuple[list[str], list[InputError], list[tuple[str, str]]]:
    """``expand_inputs``'s files and errors, and each file ``exclude`` left out with the first glob that matches
    it: what a dry run lists, and how a glob that matches nothing is found (a typo that would exclude nothing
    without a word)."""
    files: list[str] = []
    errors: list[InputError] = []
    left_out: list[tuple[str, str]] = []
    for path in paths:
        folder = Path(path)
        if not folder.is_dir():
            _take(path, exclude, files, left_out)
            continue
        found = sorted(str(p) for p in folder.rglob("*") if is_edition_file(p, folder))
        if found:
            before = len(files)
            for candidate in found:
                _take(candidate, exclude, files, left_out)
            if len(files) > before:
                continue
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        errors.append(InputError(path, f"no editions in this directory (looked for {kinds})"))
    return files, errors, left_out


def _take(path: str, exclude: Sequence[str], files: list[str], left_out: list[tuple[str, str]]) -> None:
    glob = next((g for g in exclude if excluded(path, (g,))), None)
    if glob is None:
        files.append(path)
    else:
        left_out.append((path, glob))


def is_edition_file(path: Path, folder: Path, exclude: Sequence[str] = ()) -> bool:
    """Whether ``path``, found under ``folder``, is an edition: named as a supported file, not paperwork, not
    hidden, not excluded. A FIFO, a device or a dangling link so named is one too: reading it is refused with
    a line that says why, where leaving it out would lose an input without a word."""
    return (
        path.suffix.lower() in SUPPORTED_SUFFIXES
        and path.stem.lower() not in NOT_EDITIONS
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and not excluded(str(path), exclude)
        and not path.is_dir()
    )


def excluded(path: str, exclude: Sequence[str]) -> bool:
    """Whether a glob of ``exclude`` matches the file's name or its path (``*`` crosses folders in a path)."""
    posix = Path(path).as_posix()
    return any(fnmatch.fnmatchcase(Path(path).name, glob) or fnmatch.fnmatchcase(posix, glob) for glob in exclude)
