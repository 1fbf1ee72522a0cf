"""The JSON contract of DESIGN.md: ``version``, ``documents``, ``findings``, ``errors``, ``summary``."""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from ..model import Document, Finding, Report, Side
from .safe_text import without_surrogates

VERSION = 1


def side_record(side: Side | None) -> dict[str, Any] | None:
    """One side of a finding as the contract writes it."""
    if side is None:
        return None
    return {
        "path": side.path,
        "language": side.language,
        "page": side.page,
        "block": side.block,
        "line": side.line,
        "text": side.text,
        "value": side.value,
        "normalized": side.normalized,
        "span": list(side.span) if side.span else None,
        "bbox": _bbox(side.bbox),
    }


def _bbox(bbox: tuple[float, ...] | None) -> list[float] | None:
    """The box as a list; ``None`` when absent or not finite (JSON has no NaN)."""
    if bbox is None or not all(math.isfinite(v) for v in bbox):
        return None
    return list(bbox)


def finding_record(finding: Finding) -> dict[str, Any]:
    """One finding as the contract writes it."""
    return {
        "rule": finding.rule,
        "code": finding.code,
        "severity": str(finding.severity),
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "change": finding.change,
        "reference": side_record(finding.reference),
        "translation": side_record(finding.translation),
    }


def document_record(document: Document, reference: str | None) -> dict[str, Any]:
    """An edition's summary: where it is, its language and size."""
    return {
        "path": document.path,
        "language": document.language,
        "language_source": document.language_source,
        "reference": document.path == reference,
        "pages": document.pages,
        "blocks": len(document.blocks),
        "warnings": list(document.warnings),
    }


def summary_record(report: Report) -> dict[str, Any]:
    """Counts a pipeline can gate on without walking the findings."""
    by_severity = Counter(str(f.severity) for f in report.findings)
    return {
        "editions": len(report.documents),
        "findings": len(report.findings),
        "errors": len(report.errors),
        "by_severity": {s: by_severity.get(s, 0) for s in ("error", "warning", "info")},
        "by_rule": dict(sorted(Counter(f.rule for f in report.findings).items())),
    }


def report_record(report: Report) -> dict[str, Any]:
    """The whole report as plain data, in the order the contract lists."""
    return {
        "version": VERSION,
        "reference": report.reference,
        "documents": [document_record(d, report.reference) for d in report.documents],
        "findings": [finding_record(f) for f in report.findings],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "summary": summary_record(report),
    }


def render(report: Report, color: bool = False) -> str:
    """Indented UTF-8 JSON; byte-identical for the same report.

    Control characters are escaped by JSON itself; lone surrogates, which
    UTF-8 cannot carry, become U+FFFD.
    """
    del color
    text = json.dumps(report_record(report), ensure_ascii=False, indent=2, allow_nan=False)
    return without_surrogates(text) + "\n"
