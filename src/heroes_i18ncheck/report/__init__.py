"""Report stage: one ``Report``, many renderings. Formatters only render; they decide nothing."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from ..model import Report
from . import github, html, json_format, junit, sarif, text_format

__all__ = ["FORMATTERS", "render"]

Formatter = Callable[[Report, bool], str]

FORMATTERS: dict[str, Formatter] = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "html": html.render,
}


def render(report: Report, fmt: str = "text", color: bool = False) -> str:
    """``report`` as ``fmt``; ``color`` only matters to formats meant for a terminal."""
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r} (choose from {', '.join(FORMATTERS)})") from None
    return formatter(report, color)
