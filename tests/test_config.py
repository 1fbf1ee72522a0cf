"""Configuration: discovery order, validation that names the bad key, and the values it yields."""

from __future__ import annotations

from pathlib import Path

import pytest

from heroes_i18ncheck.config import Allowance, Config, Limits, load_config, parse_config
from heroes_i18ncheck.errors import ConfigError
from heroes_i18ncheck.model import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


FULL = """
reference = "en"
fail-on = "warning"
disable = ["acronym-mismatch"]
severity = { "extra-block" = "info", "H101" = "warning" }
identifier-patterns = ["GA-\\\\d{6}"]
ignore-values = ["2023", "re:^https://example\\\\.org/.*"]

[[allow]]
rule = "url-mismatch"
reference = "https://youtu.be/mOtHKugIsU0"
translation = "https://youtu.be/V3Ll3BYzzwY"
language = "bg"

[limits]
max-pages = 40
timeout-seconds = 30
"""


def test_full_config_parses(tmp_path: Path) -> None:
    config = load_config(str(write(tmp_path / "i18ncheck.toml", FULL)))
    assert config.reference == "en"
    assert config.fail_on == "warning"
    assert config.disable == ("acronym-mismatch",)
    assert dict(config.severity) == {"extra-block": Severity.INFO, "number-mismatch": Severity.WARNING}
    assert config.identifier_patterns == (r"GA-\d{6}",)
    assert config.ignore_values == ("2023", r"re:^https://example\.org/.*")
    assert config.allow == (
        Allowance("url-mismatch", "https://youtu.be/mOtHKugIsU0", "https://youtu.be/V3Ll3BYzzwY", "bg"),
    )
    assert config.limits == Limits(max_file_bytes=Limits().max_file_bytes, max_pages=40, timeout_seconds=30)


def test_pyproject_table_is_discovered_upward(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.heroes-i18ncheck]\nfail-on = "info"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = load_config(start=nested)
    assert config.fail_on == "info"
    assert config.source == str(tmp_path / "pyproject.toml")


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "i18ncheck.toml", 'fail-on = "warning"\n')
    write(tmp_path / "inner" / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(start=tmp_path / "inner").fail_on == "warning"


def test_no_config_anywhere_gives_defaults(tmp_path: Path) -> None:
    assert load_config(start=tmp_path) == Config()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('fail_on = "error"', "unknown key 'fail_on'"),
        ('fail-on = "sometimes"', "fail-on must be one of"),
        ('disable = ["no-such-rule"]', "unknown rule 'no-such-rule'"),
        ('disable = "number-mismatch"', "disable must be a list of strings"),
        ('severity = { "number-mismatch" = "fatal" }', "severity.number-mismatch: unknown severity 'fatal'"),
        ('identifier-patterns = ["("]', "bad regular expression"),
        ('ignore-values = ["re:["]', "bad regular expression"),
        ('[[allow]]\nrule = "url-mismatch"\nreference = "a"', "allow[0] needs 'translation'"),
        ('[[allow]]\nrule = "url-mismatch"\nreference = "a"\ntranslation = "b"\nlang = "bg"', "unknown key 'allow[0].lang'"),
        ("[limits]\nmax-pages = 0", "limits.max-pages must be a positive number"),
        ('[limits]\nmax-pages = "many"', "limits.max-pages must be a positive number"),
        ("[limits]\nmax_pages = 3", "unknown key 'limits.max_pages'"),
        ("[limits]\nmax-pages = true", "limits.max-pages must be a positive number"),
        ('disable = ["acronym-mismach"]', "unknown rule 'acronym-mismach' (did you mean 'acronym-mismatch'?"),
        ('severity = { "url-mismatc" = "warning" }', "unknown rule 'url-mismatc' (did you mean 'url-mismatch'?"),
        ('[[allow]]\nrule = "number-mismatchh"\nreference = "a"\ntranslation = "b"', "did you mean 'number-mismatch'?"),
    ],
    ids=[
        "unknown-key", "bad-fail-on", "unknown-rule", "list-expected", "bad-severity", "bad-pattern",
        "bad-ignore-regex", "allow-incomplete", "allow-unknown-key", "zero-limit", "string-limit",
        "unknown-limit", "bool-is-not-a-number", "misspelt-rule-disabled", "misspelt-rule-severity", "misspelt-rule-allowed",
    ],
)
def test_bad_config_names_the_key_and_file(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "i18ncheck.toml", toml + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(str(path))
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "i18ncheck.toml", "fail-on = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(str(path))


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(str(tmp_path / "nope.toml"))


def test_explicit_pyproject_needs_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.heroes-i18ncheck\] table"):
        load_config(str(path))


def test_rule_codes_are_accepted_and_named_back() -> None:
    assert parse_config({"disable": ["H108", "extra-block"]}).disable == ("acronym-mismatch", "extra-block")


def test_configured_identifier_pattern_reaches_the_rules() -> None:
    from heroes_i18ncheck import check_texts

    texts = {"en": "Our contract is CTR-2023-0042 with the agency.", "bg": "Договорът ни е CTR-2023-0024 с агенцията."}
    plain = check_texts(texts, reference="en")
    assert not any(f.rule == "identifier-mismatch" for f in plain.findings)
    configured = check_texts(texts, reference="en", config=Config(identifier_patterns=(r"CTR-\d{4}-\d{4}",)))
    (found,) = [f for f in configured.findings if f.rule == "identifier-mismatch"]
    assert (found.reference.normalized, found.translation.normalized) == ("CTR-2023-0042", "CTR-2023-0024")


TABLE_FORM = '[tool.heroes-i18ncheck]\nfail-on = "warning"\n\n[[tool.heroes-i18ncheck.allow]]\nrule = "url-mismatch"\nreference = "a"\ntranslation = "b"\n'
BARE_FORM = 'fail-on = "warning"\n\n[[allow]]\nrule = "url-mismatch"\nreference = "a"\ntranslation = "b"\n'


@pytest.mark.parametrize("toml", [TABLE_FORM, BARE_FORM], ids=["table-form", "bare-form"])
@pytest.mark.parametrize("given", [True, False], ids=["with-config", "discovered"])
def test_i18ncheck_toml_takes_the_table_form_and_the_bare_form(tmp_path: Path, toml: str, given: bool) -> None:
    path = write(tmp_path / "i18ncheck.toml", toml)
    config = load_config(str(path)) if given else load_config(start=tmp_path)
    assert config.fail_on == "warning"
    assert config.allow == (Allowance("url-mismatch", "a", "b"),)


def test_i18ncheck_toml_mixing_both_forms_names_the_stray_key(tmp_path: Path) -> None:
    path = write(tmp_path / "i18ncheck.toml", 'fail-on = "info"\n' + TABLE_FORM)
    with pytest.raises(ConfigError, match="key 'fail-on' outside"):
        load_config(str(path))


@pytest.mark.parametrize("name", ["heroes_i18ncheck", "heroes-i18n-check", "i18ncheck", "Heroes-I18nCheck"])
def test_a_table_name_close_to_ours_is_warned_about_with_did_you_mean(tmp_path: Path, name: str) -> None:
    write(tmp_path / "pyproject.toml", f'[tool.{name}]\nfail-on = "info"\n')
    config = load_config(start=tmp_path)
    assert config.fail_on == "error", "a near miss is not read as ours"
    assert config.warnings == (f"{tmp_path / 'pyproject.toml'}: [tool.{name}] is not read; did you mean [tool.heroes-i18ncheck]?",)


def test_a_near_miss_table_in_a_given_config_is_an_error_saying_did_you_mean(tmp_path: Path) -> None:
    path = write(tmp_path / "i18ncheck.toml", '[tool.heroes_i18ncheck]\nfail-on = "info"\n')
    with pytest.raises(ConfigError, match=r"did you mean \[tool.heroes-i18ncheck\]"):
        load_config(str(path))


def test_an_unrelated_table_raises_no_warning(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.ruff]\nline-length = 120\n[tool.pytest.ini_options]\nx = 1\n')
    assert load_config(start=tmp_path) == Config()


def test_a_broken_pyproject_in_a_parent_never_blocks_the_run(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project\nname = \n")
    nested = tmp_path / "issue"
    nested.mkdir()
    config = load_config(start=nested)
    assert config.fail_on == "error"
    (warning,) = config.warnings
    assert "not valid TOML" in warning and str(tmp_path / "pyproject.toml") in warning


def test_a_broken_pyproject_does_not_hide_our_file_above_it(tmp_path: Path) -> None:
    write(tmp_path / "i18ncheck.toml", 'fail-on = "info"\n')
    write(tmp_path / "inner" / "pyproject.toml", "not toml at all [\n")
    assert load_config(start=tmp_path / "inner").fail_on == "info"


def test_unknown_key_suggests_the_nearest_known_one(tmp_path: Path) -> None:
    path = write(tmp_path / "i18ncheck.toml", 'ignore_values = ["x"]\n')
    with pytest.raises(ConfigError, match=r"unknown key 'ignore_values' \(did you mean 'ignore-values'\?\)"):
        load_config(str(path))


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[allow]]\nrule = "url-mismatch"\nreference = "a"\ntranslation = "b"\nlanguage = "bulgarian"', "allow[0].language must be a language code"),
        ('[[allow]]\nrule = "url-mismatch"\nreference = "a"\ntranslation = "b"\nlanguage = 3', "allow[0].language must be a language code"),
        ('reference = "english"', "reference must be a language code or an edition's file, got 'english'"),
        ('exclude = "notes.md"', "exclude must be a list of strings"),
    ],
    ids=["allow-language-not-a-code", "allow-language-not-a-string", "reference-neither-code-nor-file", "exclude-not-a-list"],
)
def test_bad_values_name_the_key_and_file(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "i18ncheck.toml", toml + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(str(path))
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_language_codes_in_config_are_read_in_any_case_or_alias() -> None:
    config = parse_config(
        {"reference": "GR", "allow": [{"rule": "url-mismatch", "reference": "a", "translation": "b", "language": "LT"}]}
    )
    assert config.reference == "el"
    assert config.allow[0].language == "lt"


def test_reference_may_name_a_file(tmp_path: Path) -> None:
    assert parse_config({"reference": "issue/en.pdf"}).reference == "issue/en.pdf"


def test_exclude_globs_are_read() -> None:
    assert parse_config({"exclude": ["notes*.md", "drafts/*"]}).exclude == ("notes*.md", "drafts/*")


def test_a_rule_both_enabled_and_disabled_is_disabled_and_said() -> None:
    config = parse_config({"enable": ["url-mismatch", "date-mismatch"], "disable": ["url-mismatch"]}, "cfg")
    assert config.disable == ("url-mismatch",)
    assert config.warnings == ("cfg: url-mismatch both in enable and in disable: disable wins",)
    assert parse_config({"enable": ["url-mismatch"], "disable": ["date-mismatch"]}).warnings == ()


def test_sections_is_a_flag_on_by_default() -> None:
    assert parse_config({}).sections is True
    assert parse_config({"sections": False}).sections is False
    with pytest.raises(ConfigError, match="sections must be true or false, got 'no'"):
        parse_config({"sections": "no"}, "i18ncheck.toml")
