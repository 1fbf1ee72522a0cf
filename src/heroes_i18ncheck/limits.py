"""What one untrusted input may cost: the bounds extraction, and every later job on its edition, runs under."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what one untrusted input may cost."""

    max_file_bytes: int = 100 * 1024 * 1024
    max_pages: int = 500
    timeout_seconds: float = 120.0
