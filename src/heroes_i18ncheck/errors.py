"""The package's exceptions: one root, and the one that turns into an ``InputError``."""

from __future__ import annotations


class HeroesError(Exception):
    """Root of every exception this package raises on purpose."""


class UnreadableInput(HeroesError):
    """An input file that cannot be checked; the message says why in one line."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(HeroesError):
    """A configuration value or option that is unknown or invalid; the message names it."""


class WorkerError(HeroesError):
    """Not one worker process could be started (the system refused: too many processes, no memory)."""
