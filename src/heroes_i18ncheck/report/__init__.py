"""Report stage: one ``Report``, many renderings. Formatters only render; they decide nothing.

A format's module is imported the first time it is asked for: a run renders one format, and the others
(the HTML page and its crops above all) would cost every run their import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from ..errors import ConfigError
from ..model import Report

__all__ = ["FORMATTERS", "render"]

Formatter = Callable[[Report, bool], str]

FORMAT_MODULES = {
    "text": "text_format",
    "json": "json_format",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "html": "html",
}
"""Each format's name and the module of this package whose ``render`` writes it."""


class _Formatters(Mapping[str, Formatter]):
    """Format name → its ``render``, the module imported when the format is first looked up."""

    def __getitem__(self, name: str) -> Formatter:
        module = importlib.import_module(f".{FORMAT_MODULES[name]}", __name__)
        render: Formatter = module.render
        return render

    def __iter__(self) -> Iterator[str]:
        return iter(FORMAT_MODULES)

    def __len__(self) -> int:
        return len(FORMAT_MODULES)


FORMATTERS: Mapping[str, Formatter] = _Formatters()


def render(report: Report, fmt: str = "text", color: bool = False) -> str:
    """``report`` as ``fmt``; ``color`` only matters to formats meant for a terminal."""
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r} (choose from {', '.join(FORMATTERS)})") from None
    return formatter(report, color)
