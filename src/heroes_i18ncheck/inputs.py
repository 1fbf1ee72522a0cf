"""What a check will read, settled before anything is extracted: the files, each one's language, the reference.

``--lang FILE=CODE`` and ``--reference`` name a file by any spelling that reaches it (``./x``, an absolute
path, the path as found in a folder); a language code in any case or alias (``LT``, ``gr``). One that names
nothing is a ``ConfigError`` that says which option or key and what it named.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .edition_files import walk_inputs
from .editions import extract_all
from .errors import ConfigError
from .extract.language import language_from_name
from .language_codes import normalize_language_code
from .model import InputError


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files of a check, the languages given for some of them, and the reference (a file or a code)."""

    files: tuple[str, ...]
    errors: tuple[InputError, ...]
    languages: tuple[tuple[str, str], ...]
    reference: str | None
    reference_source: str
    left_out: tuple[tuple[str, str], ...] = ()
    """Files an ``exclude`` glob left out, each with the glob."""


@dataclass(frozen=True, slots=True)
class Edition:
    """One file as a dry run sees it: its language and where that came from (option, name, detected)."""

    path: str
    language: str | None
    language_source: str
    problem: str = ""


def resolve_inputs(paths: Sequence[str], lang_options: Sequence[str], reference: str | None, config: Config) -> Inputs:
    """The files ``paths`` name (``config.exclude`` left out), with ``--lang`` and the reference matched to them."""
    files, errors, dropped = walk_inputs(paths, config.exclude)
    spelled = _spellings(files)
    languages = {}
    for item in lang_options:
        path, sep, code = item.rpartition("=")
        if not sep or not path or not code:
            raise ConfigError(f"--lang expects FILE=CODE, got {item!r}")
        language = normalize_language_code(code)
        if language is None:
            raise ConfigError(f"--lang {item}: {code!r} is not a language code")
        languages[_match_file(path, spelled, f"--lang {item}")] = language
    if reference is not None:
        chosen, source = _reference(reference, spelled, "--reference", ()), "--reference"
    elif config.reference is not None:
        where = f"reference in {config.source}" if config.source else "reference"
        folders = (Path(config.source).parent,) if config.source else ()
        chosen, source = _reference(config.reference, spelled, where, folders), where
    else:
        chosen, source = None, "default"
    return Inputs(tuple(files), tuple(errors), tuple(sorted(languages.items())), chosen, source, tuple(dropped))


def _spellings(files: Iterable[str]) -> dict[Path, str]:
    """Each file's resolved path → the spelling the check uses for it."""
    return {Path(f).resolve(): f for f in files}


def _match_file(path: str, spelled: Mapping[Path, str], what: str) -> str:
    found = spelled.get(Path(path).resolve())
    if found is None:
        raise ConfigError(f"{what}: {path} is not among the editions checked")
    return found


def _reference(value: str, spelled: Mapping[Path, str], what: str, folders: Sequence[Path]) -> str:
    """An edition's file as the check spells it, or a language code; else a ``ConfigError`` naming ``what``."""
    for folder in (Path.cwd(), *folders):
        found = spelled.get((folder / value).resolve())
        if found is not None:
            return found
    code = normalize_language_code(value)
    if code is not None and not any(c in value for c in "./\\"):  # bg-old.md is a file, not Bulgarian
        return code
    if Path(value).exists():
        raise ConfigError(f"{what} {value!r}: the file is not among the editions checked")
    raise ConfigError(f"{what} {value!r}: neither an edition's file nor a language code")


def plan_editions(files: Sequence[str], languages: Mapping[str, str], config: Config) -> list[Edition]:
    """Each file's language without checking anything: given, else from its name, else detected (read once,
    on a bounded worker, as ``check`` reads it)."""
    planned: dict[str, Edition] = {}
    for path in files:
        if path in languages:
            planned[path] = Edition(path, languages[path], "option")
        elif language_from_name(path):
            planned[path] = Edition(path, language_from_name(path), "name")
    unnamed = [path for path in files if path not in planned]
    for path, read in zip(unnamed, extract_all(unnamed, limits=config.limits) if unnamed else []):
        if isinstance(read, InputError):
            planned[path] = Edition(path, None, "unreadable", read.message)
        else:
            planned[path] = Edition(path, read.language, read.language_source)
    return [planned[path] for path in files]


def planned_reference(editions: Sequence[Edition], inputs: Inputs) -> tuple[str | None, str]:
    """The edition a check would compare the others with, and why: as ``check`` chooses it."""
    readable = [e for e in editions if e.language is not None]
    wanted = inputs.reference
    if wanted is not None:
        by_path = next((e for e in readable if e.path == wanted), None)
        if by_path is not None:
            return by_path.path, f"named by {inputs.reference_source}"
        by_language = next((e for e in readable if e.language == wanted), None)
        if by_language is not None:
            return by_language.path, f"the {wanted} edition, {inputs.reference_source}"
        return None, f"no edition in {wanted!r} ({inputs.reference_source})"
    english = next((e for e in readable if e.language == "en"), None)
    if english is not None:
        return english.path, "the English edition (default)"
    return (readable[0].path, "the first edition (default: none is in English)") if readable else (None, "no edition")


def same_language(editions: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Languages that two or more of ``(path, language)`` share, each with its paths, in order."""
    by_language: dict[str, list[str]] = {}
    for path, language in editions:
        by_language.setdefault(language, []).append(path)
    return {language: paths for language, paths in sorted(by_language.items()) if len(paths) > 1 and language != "und"}
