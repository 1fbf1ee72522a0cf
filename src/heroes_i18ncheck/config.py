"""Configuration: where it is found, what it may say, and the validated ``Config`` it becomes.

Looked up in this order, the first found wins: ``--config PATH``, then
``pyproject.toml`` (table ``[tool.heroes-i18ncheck]``) or ``i18ncheck.toml``
(the same table, or its keys bare) in the current directory or the nearest
parent that has one; else defaults. Command-line options override what the
file says. Unknown keys and bad values are errors that name the key and the
file. A ``pyproject.toml`` that is not ours (no table of ours, or not valid
TOML) never stops a run: it is passed over, with a warning when it is broken
or has a table whose name is close to ours (``[tool.heroes_i18ncheck]``).
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from .errors import ConfigError
from .language_codes import normalize_language_code
from .limits import Limits
from .model import Severity
from .rules import rule_by_name

TABLE = "heroes-i18ncheck"
FILE_NAMES = ("pyproject.toml", "i18ncheck.toml")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
KNOWN_KEYS = frozenset(
    {
        "reference", "fail-on", "enable", "disable", "severity", "identifier-patterns",
        "ignore-values", "exclude", "allow", "limits", "sections",
    }
)


@dataclass(frozen=True, slots=True)
class Allowance:
    """A difference accepted on purpose: this value in the reference, that one in the translation.

    Values match a finding's raw or normalized value; ``language`` limits the
    allowance to one edition's language.
    """

    rule: str
    reference: str
    translation: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a check can be told; defaults are what a run with no config does."""

    reference: str | None = None
    fail_on: str = "error"
    enable: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    identifier_patterns: tuple[str, ...] = ()
    ignore_values: tuple[str, ...] = ()
    allow: tuple[Allowance, ...] = ()
    limits: Limits = field(default_factory=Limits)
    exclude: tuple[str, ...] = ()
    sections: bool = True
    """Each language section of a file that holds several (a leaflet in fr, en, nl and de) is checked as an
    edition, where no file given is an edition in that language."""
    source: str | None = None
    warnings: tuple[str, ...] = ()

    def with_overrides(self, **changes: Any) -> Config:
        """This config with the given fields replaced (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | tuple[None, list[str]]:
    """The nearest ``pyproject.toml`` with our table, or ``i18ncheck.toml``, from ``start`` upward, and its table.

    When none is found, the warnings about the files passed over (a broken ``pyproject.toml``, a table name
    close to ours) instead.
    """
    warnings: list[str] = []
    for folder in (start, *start.parents):
        pyproject, own = folder / "pyproject.toml", folder / "i18ncheck.toml"
        if pyproject.is_file():
            try:
                data = _read_toml(pyproject)
            except ConfigError as exc:  # someone else's file: it must not stop the run
                warnings.append(f"{exc}; passed over while looking for configuration")
            else:
                table = _pyproject_table(pyproject, data)
                if table is not None:
                    return pyproject, table
                warnings.extend(_near_miss_warnings(pyproject, data))
        if own.is_file():
            return own, _own_table(own, _read_toml(own))
    return None, warnings


def load_config(path: str | None = None, start: Path | None = None) -> Config:
    """The configuration for a run: from ``path`` if given, else discovered, else defaults."""
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise ConfigError(f"{path}: no such config file")
        data = _read_toml(file)
        if file.name != "pyproject.toml":
            return parse_config(_own_table(file, data), str(file))
        table = _pyproject_table(file, data)
        if table is None:
            hints = _near_miss_warnings(file, data)
            raise ConfigError(hints[0] if hints else f"{path}: no [tool.{TABLE}] table")
        return parse_config(table, str(file))
    found, table_or_warnings = find_config_file(start or Path.cwd())
    if found is None or not isinstance(table_or_warnings, dict):
        return Config(warnings=tuple(table_or_warnings))
    return parse_config(table_or_warnings, str(found))


def parse_config(table: Mapping[str, Any], source: str = "<config>") -> Config:
    """Validate a config table into a ``Config``; every problem names its key and ``source``."""
    _reject_unknown(table, set(KNOWN_KEYS), source, "")
    enable = table.get("enable")
    enabled = None if enable is None else _rule_names(table, "enable", source)
    disabled = _rule_names(table, "disable", source)
    both = sorted(set(enabled or ()) & set(disabled))
    said = (f"{source}: {', '.join(both)} both in enable and in disable: disable wins",) if both else ()
    return Config(
        reference=_reference(table, source),
        fail_on=_choice(table, "fail-on", FAIL_ON_CHOICES, "error", source),
        enable=enabled,
        disable=disabled,
        severity=_severities(table.get("severity", {}), source),
        identifier_patterns=_patterns(table, "identifier-patterns", source),
        ignore_values=_ignore_values(table, source),
        allow=_allowances(table.get("allow", []), source),
        limits=_limits(table.get("limits", {}), source),
        exclude=tuple(_str_list(table, "exclude", source)),
        sections=_flag(table, "sections", True, source),
        source=source,
        warnings=said,
    )


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({exc.strerror or exc})") from None


def _tools(data: Mapping[str, Any]) -> Mapping[str, Any]:
    tools = data.get("tool", {})
    return tools if isinstance(tools, dict) else {}


def _pyproject_table(file: Path, data: Mapping[str, Any]) -> dict[str, Any] | None:
    """``[tool.heroes-i18ncheck]`` of a ``pyproject.toml``, ``None`` when it has none."""
    table = _tools(data).get(TABLE)
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{file}: [tool.{TABLE}] must be a table")
    return table


def _own_table(file: Path, data: dict[str, Any]) -> dict[str, Any]:
    """An ``i18ncheck.toml``'s settings: its ``[tool.heroes-i18ncheck]`` table, or its keys written bare."""
    if "tool" not in data:
        return data
    table = _pyproject_table(file, data)
    if table is None:
        hints = _near_miss_warnings(file, data)
        raise ConfigError(hints[0] if hints else f"{file}: [tool] has no [tool.{TABLE}] table")
    others = sorted(set(data) - {"tool"})
    if others:
        raise ConfigError(f"{file}: key {others[0]!r} outside [tool.{TABLE}]; write every key in the table or none")
    return table


def _near_miss_warnings(file: Path, data: Mapping[str, Any]) -> list[str]:
    """A warning for each ``[tool.…]`` table whose name is close to ours and so was probably meant to be it."""
    return [
        f"{file}: [tool.{name}] is not read; did you mean [tool.{TABLE}]?"
        for name in sorted(_tools(data))
        if name != TABLE and _close_to_ours(name)
    ]


def _close_to_ours(name: str) -> bool:
    squashed = "".join(c for c in name.lower() if c.isalnum())
    return "i18ncheck" in squashed or difflib.SequenceMatcher(None, squashed, "heroesi18ncheck").ratio() >= 0.8


def _reject_unknown(table: Mapping[str, Any], known: set[str], source: str, prefix: str) -> None:
    for key in sorted(set(table) - known):
        close = difflib.get_close_matches(key, sorted(known), n=1)
        hint = f"did you mean {prefix + close[0]!r}?" if close else f"known: {', '.join(sorted(known))}"
        raise ConfigError(f"{source}: unknown key {prefix + key!r} ({hint})")


def _expect(value: Any, kind: type | tuple[type, ...], key: str, source: str, what: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ConfigError(f"{source}: {key} must be {what}, got {value!r}")
    return value


def _flag(table: Mapping[str, Any], key: str, default: bool, source: str) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{source}: {key} must be true or false, got {value!r}")
    return value


def _optional_str(table: Mapping[str, Any], key: str, source: str) -> str | None:
    value = table.get(key)
    return None if value is None else _expect(value, str, key, source, "a string")


def _choice(table: Mapping[str, Any], key: str, choices: tuple[str, ...], default: str, source: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(f"{source}: {key} must be one of {', '.join(choices)}, got {value!r}")
    return value


def _reference(table: Mapping[str, Any], source: str) -> str | None:
    """``reference``: a language code (any case, ``gr``) or an edition's file."""
    value = _optional_str(table, "reference", source)
    if value is None or _looks_like_file(value):
        return value
    code = normalize_language_code(value)
    if code is None:
        raise ConfigError(f"{source}: reference must be a language code or an edition's file, got {value!r}")
    return code


def _looks_like_file(value: str) -> bool:
    return "/" in value or "\\" in value or "." in value


def _language(item: Mapping[str, Any], key: str, source: str) -> str | None:
    value = item.get("language")
    if value is None:
        return None
    _expect(value, str, f"{key}.language", source, "a language code")
    code = normalize_language_code(value)
    if code is None:
        raise ConfigError(f"{source}: {key}.language must be a language code such as 'bg', got {value!r}")
    return code


def _str_list(table: Mapping[str, Any], key: str, source: str) -> list[str]:
    value = table.get(key, [])
    _expect(value, list, key, source, "a list of strings")
    for item in value:
        _expect(item, str, key, source, "a list of strings")
    return [str(item) for item in value]


def _rule_names(table: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    names = []
    for name in _str_list(table, key, source):
        try:
            names.append(rule_by_name(name).name)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {key}: {exc}") from None
    return tuple(names)


def _severities(value: Any, source: str) -> tuple[tuple[str, Severity], ...]:
    _expect(value, dict, "severity", source, "a table of rule = severity")
    result = []
    for name, level in sorted(value.items()):
        try:
            rule = rule_by_name(name).name
            result.append((rule, Severity.parse(_expect(level, str, f"severity.{name}", source, "a string"))))
        except (ConfigError, ValueError) as exc:
            raise ConfigError(f"{source}: severity.{name}: {exc}") from None
    return tuple(result)


def _patterns(table: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    patterns = _str_list(table, key, source)
    for pattern in patterns:
        _compile(pattern, key, source)
    return tuple(patterns)


def _compile(pattern: str, key: str, source: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise ConfigError(f"{source}: {key}: bad regular expression {pattern!r} ({exc})") from None


def _ignore_values(table: Mapping[str, Any], source: str) -> tuple[str, ...]:
    values = _str_list(table, "ignore-values", source)
    for value in values:
        if value.startswith("re:"):
            _compile(value[3:], "ignore-values", source)
    return tuple(values)


def _allowances(value: Any, source: str) -> tuple[Allowance, ...]:
    _expect(value, list, "allow", source, "a list of tables")
    result = []
    for index, item in enumerate(value):
        key = f"allow[{index}]"
        _expect(item, dict, key, source, "a table")
        _reject_unknown(item, {"rule", "reference", "translation", "language"}, source, f"{key}.")
        for required in ("rule", "reference", "translation"):
            if required not in item:
                raise ConfigError(f"{source}: {key} needs {required!r}")
        try:
            rule = rule_by_name(_expect(item["rule"], str, f"{key}.rule", source, "a string")).name
        except ConfigError as exc:
            raise ConfigError(f"{source}: {key}.rule: {exc}") from None
        result.append(
            Allowance(
                rule,
                _expect(item["reference"], str, f"{key}.reference", source, "a string"),
                _expect(item["translation"], str, f"{key}.translation", source, "a string"),
                _language(item, key, source),
            )
        )
    return tuple(result)


def _limits(value: Any, source: str) -> Limits:
    _expect(value, dict, "limits", source, "a table")
    known = {"max-file-bytes", "max-pages", "timeout-seconds"}
    _reject_unknown(value, known, source, "limits.")
    defaults = Limits()
    numbers = {}
    for key, attr, kind in (
        ("max-file-bytes", "max_file_bytes", int),
        ("max-pages", "max_pages", int),
        ("timeout-seconds", "timeout_seconds", (int, float)),
    ):
        number = value.get(key, getattr(defaults, attr))
        _expect(number, kind, f"limits.{key}", source, "a positive number")
        if number <= 0:
            raise ConfigError(f"{source}: limits.{key} must be a positive number, got {number!r}")
        numbers[attr] = number
    return Limits(**numbers)
