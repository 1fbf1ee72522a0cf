"""The public API is exactly what ``__all__`` says, and nothing private leaks into it."""

from __future__ import annotations

import heroes_i18ncheck


def test_all_names_exist() -> None:
    missing = [name for name in heroes_i18ncheck.__all__ if not hasattr(heroes_i18ncheck, name)]
    assert missing == []


def test_public_names_are_exported() -> None:
    public = {
        name
        for name, value in vars(heroes_i18ncheck).items()
        if not name.startswith("_") and not isinstance(value, type(heroes_i18ncheck))
        and name != "annotations"
    }
    assert public - {"__version__"} <= set(heroes_i18ncheck.__all__)


def test_all_is_sorted_and_unique() -> None:
    assert list(heroes_i18ncheck.__all__) == sorted(set(heroes_i18ncheck.__all__))


def test_package_ships_type_marker() -> None:
    from importlib.resources import files

    assert files("heroes_i18ncheck").joinpath("py.typed").is_file()
