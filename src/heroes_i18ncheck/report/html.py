"""Side-by-side HTML report: one self-contained file a translator reads next to the two editions.

Layout: the summary (``html_summary``), filters, then one section per
translation with its aligned blocks in reading order — reference left,
translation right, findings beside them — and, for PDF editions, a crop of the
page around each disagreeing value (``html_crops``). Every string from an
edition is escaped (``html_text``); the style and the one script are constants
(``html_assets``) admitted by a Content-Security-Policy that allows nothing
from outside the file. Without scripts everything is shown; the script only
adds filters and ``j``/``k`` keyboard navigation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import PurePath

from ..model import Alignment, Bead, Document, Finding, Report, Side
from .html_assets import CONTENT_SECURITY_POLICY, SCRIPT, STYLE
from .html_crops import Crop, CropRequest, crop_request, render_crops
from .html_summary import SEVERITIES, edition_labels, edition_of, severity_counts, summary_section
from .html_text import TextMark, escape, marked_text, value_span
from .text_format import plural

LOW_CONFIDENCE = 0.5
"""A pair aligned with less confidence than this is marked as doubtful."""

Numbered = tuple[str, Finding]
"""A finding and its element id (``f1``, ``f2``…), unique in the page."""

Crops = Mapping[CropRequest, Crop]


def render(report: Report, color: bool = False) -> str:
    """The report as one HTML document: no network, no external assets, inert edition text."""
    del color
    numbered = [(f"f{n}", f) for n, f in enumerate(report.findings, start=1)]
    gravest_first = sorted(report.findings, key=lambda f: -f.severity)  # the crop budget goes to errors first
    crops = render_crops(
        request
        for finding in gravest_first
        for request in (crop_request(finding.reference), crop_request(finding.translation))
        if request is not None
    )
    labels = edition_labels(report.documents)
    anchors: dict[str, str] = {}
    for alignment in report.alignments:
        anchors.setdefault(alignment.translation.path, f"edition-{len(anchors) + 1}")
    placed = {fid: _section_of(f, anchors) for fid, f in numbered}
    body = [summary_section(report, anchors), _filters(report, labels)]
    shown: set[str] = set()
    for alignment in report.alignments:
        path = alignment.translation.path
        if path not in shown:
            shown.add(path)
            mine = [(fid, f) for fid, f in numbered if placed[fid] == path]
            body.append(_edition_section(alignment, anchors[path], mine, crops, labels))
    orphans = [(fid, f) for fid, f in numbered if placed[fid] is None]
    if orphans:
        articles = "".join(_finding_article(fid, f, labels) for fid, f in orphans)
        heading = "<h2>Findings not tied to a pair of editions</h2>"
        body.append(f'<section id="other-findings">{heading}{articles}</section>')
    return _page(report, labels, "\n".join(body))


def _section_of(finding: Finding, sections: Mapping[str, str]) -> str | None:
    """The translation whose section shows a finding: the blamed one, else (reference blamed) the one compared."""
    for side in (finding.translation, finding.reference):
        if side is not None and side.path in sections:
            return side.path
    return None


def _sides_in(finding: Finding, document: Document) -> list[Side]:
    """The finding's sides that stand in ``document`` (either side may, whichever edition is blamed)."""
    return [s for s in (finding.reference, finding.translation) if s is not None and s.path == document.path]


def _page(report: Report, labels: Mapping[str, str], body: str) -> str:
    reference = labels.get(report.reference or "", "")
    title = f"Translation check: {plural(len(report.findings), 'finding')}"
    subtitle = (
        f"Reference edition: <strong>{escape(reference)}</strong> <code>{escape(report.reference)}</code>"
        if report.reference
        else "No reference edition."
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1><p>{subtitle}</p></header>\n<main>\n{body}\n</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _filters(report: Report, labels: Mapping[str, str]) -> str:
    """Checkboxes for severity, rule and edition; hidden until the script runs, so no dead controls."""
    if not report.findings:
        return ""
    severity = Counter(str(f.severity) for f in report.findings)
    rules = Counter(f.rule for f in report.findings)
    editions = Counter(edition_of(f) for f in report.findings)

    def boxes(name: str, values: Sequence[tuple[str, str]], counts: Counter[str]) -> str:
        items = "".join(
            f'<label><input type="checkbox" name="{name}" value="{escape(value)}" checked> '
            f"{escape(label)} ({counts[value]})</label>"
            for value, label in values
        )
        return f"<fieldset><legend>{name.capitalize()}</legend>{items}</fieldset>"

    translation_paths = list(dict.fromkeys([a.translation.path for a in report.alignments] + list(editions)))
    return (
        '<div id="filters" role="search" aria-label="Filter findings" hidden>'
        + boxes("severity", [(str(s), str(s)) for s in SEVERITIES], severity)
        + boxes("rule", [(r, r) for r in sorted(rules)], rules)
        + boxes("edition", [(p, labels.get(p, p or "—")) for p in translation_paths], editions)
        + '<label><input type="checkbox" id="only-findings"> only blocks with findings</label>'
        + '<span class="keys">keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous</span>'
        + '<span id="shown-count" aria-live="polite"></span></div>'
    )


def _edition_section(
    alignment: Alignment, anchor: str, findings: Sequence[Numbered], crops: Crops, labels: Mapping[str, str]
) -> str:
    reference, translation = alignment.reference, alignment.translation
    by_bead, loose = _place(alignment, findings)
    rows = [
        _pair_row(alignment, bead, by_bead.get(n, []), crops, labels, f"{anchor}-{n + 1}")
        for n, bead in enumerate(alignment.beads)
    ]
    gaps = sum(1 for b in alignment.beads if not b.reference or not b.translation)
    doubtful = sum(1 for b in alignment.beads if b.reference and b.translation and b.confidence < LOW_CONFIDENCE)
    facts = [
        severity_counts([f for _, f in findings]),
        f"alignment confidence {alignment.confidence:.2f}",
        plural(len(alignment.beads), "pair"),
        plural(gaps, "gap"),
    ]
    if doubtful:
        facts.append(f"{doubtful} low-confidence")
    label = labels.get(translation.path, translation.language)
    loose_html = ""
    if loose:
        articles = "".join(_finding_article(fid, f, labels) for fid, f in loose)
        loose_html = f'<div class="loose"><h3>Findings not tied to a block</h3>{articles}</div>'
    head = (
        f'<div class="pair head" aria-hidden="true"><div>reference — {escape(labels.get(reference.path, ""))}</div>'
        f"<div>translation — {escape(label)}</div><div>findings</div></div>"
    )
    return (
        f'<section class="edition" id="{anchor}" data-edition="{escape(translation.path)}">'
        f'<details{" open" if findings else ""}><summary><h2>{escape(label)} against '
        f"{escape(labels.get(reference.path, ''))}</h2> <code>{escape(translation.path)}</code> — "
        f"{escape(' · '.join(facts))}</summary>{loose_html}"
        f'<div class="pairs">{head}{"".join(rows)}</div></details></section>'
    )


def _place(alignment: Alignment, findings: Sequence[Numbered]) -> tuple[dict[int, list[Numbered]], list[Numbered]]:
    """Each finding's bead: the one holding its block in the translation, else its block in the reference."""
    by_translation = {i: n for n, bead in enumerate(alignment.beads) for i in bead.translation}
    by_reference = {i: n for n, bead in enumerate(alignment.beads) for i in bead.reference}
    by_bead: dict[int, list[Numbered]] = {}
    loose: list[Numbered] = []
    for fid, finding in findings:
        in_translation = _sides_in(finding, alignment.translation)
        beads = [by_translation[s.block] for s in in_translation if s.block in by_translation]
        beads += [by_reference[s.block] for s in _sides_in(finding, alignment.reference) if s.block in by_reference]
        if beads:
            by_bead.setdefault(beads[0], []).append((fid, finding))
        else:
            loose.append((fid, finding))
    return by_bead, loose


def _pair_row(
    alignment: Alignment,
    bead: Bead,
    findings: Sequence[Numbered],
    crops: Crops,
    labels: Mapping[str, str],
    row_id: str,
) -> str:
    """One bead: reference blocks, translation blocks, and the findings placed on it."""
    classes = ["pair"]
    badges = []
    if not bead.reference or not bead.translation:
        classes.append("gap-row")
    if bead.moved:
        classes.append("moved")
        badges.append("moved: out of reading order")
    if bead.reference and bead.translation and bead.confidence < LOW_CONFIDENCE:
        classes.append("low-confidence")
        badges.append(f"low-confidence match ({bead.confidence:.2f})")
    if findings:
        classes += ["has-finding", f"sev-{max(f.severity for _, f in findings)}"]
    badge_html = "".join(f'<span class="badge">{escape(b)}</span>' for b in badges)
    ids = " ".join(fid for fid, _ in findings)
    reference = _side_cell(alignment.reference, bead.reference, findings, crops, "reference")
    translation = _side_cell(alignment.translation, bead.translation, findings, crops, "translation")
    notes = "".join(_finding_article(fid, f, labels) for fid, f in findings)
    return (
        f'<div class="{" ".join(classes)}" id="{row_id}" data-findings="{ids}">'
        f'<div class="ref">{reference}</div><div class="tr">{badge_html}{translation}</div>'
        f'<div class="notes">{notes}</div></div>'
    )


def _side_cell(
    document: Document, indices: Sequence[int], findings: Sequence[Numbered], crops: Crops, role: str
) -> str:
    """One column of a pair: each block with its page, the findings' values marked, and their page crops."""
    if not indices:
        other = "translation" if role == "reference" else "reference"
        return f'<div class="gap">no counterpart: this block of the {other} is not in the {role}</div>'
    parts = []
    for index in indices:
        if not 0 <= index < len(document.blocks):
            parts.append(f'<div class="gap">block {index + 1} is not in {escape(document.path)}</div>')
            continue
        block = document.blocks[index]
        mine = [(fid, f, s) for fid, f in findings for s in _sides_in(f, document) if s.block == index]
        marks = [
            TextMark(*span, fid, f.severity) for fid, f, s in mine if (span := value_span(block.text, s)) is not None
        ]
        where = f"p. {block.page}" if block.line is None else f"line {block.line}"
        cropped = {r: s for _, _, s in mine if (r := crop_request(s)) is not None and r in crops}  # one per place
        figures = "".join(_figure(crops[r], s) for r, s in cropped.items())
        parts.append(
            f'<div class="block {escape(block.kind)}"><span class="loc">{escape(where)}</span>'
            f'<span class="text" lang="{escape(block.language)}" dir="auto">{marked_text(block.text, marks)}</span>'
            f"{figures}</div>"
        )
    return "".join(parts)


def _figure(crop: Crop, side: Side) -> str:
    """A page crop with the value's box (or, failing that, the block's box) drawn over it."""
    kind = "box" if crop.located == "value" else "box block-box"
    boxes = "".join(
        f'<span class="{kind}" style="left:{x:.2%};top:{y:.2%};width:{w:.2%};height:{h:.2%}"></span>'
        for x, y, w, h in crop.marks
    )
    name = PurePath(side.path).name
    what = f"“{side.value}” marked" if crop.located == "value" and side.value else "its block marked"
    if crop.located == "block" and side.value:
        what = "value not found on the page; its block marked"
    alt = f"{name}, page {side.page}: {what}"
    return (
        f'<figure class="crop"><div class="frame"><img src="{crop.uri}" width="{crop.width}" '
        f'height="{crop.height}" alt="{escape(alt)}">{boxes}</div>'
        f"<figcaption>{escape(name)} p. {side.page} — {escape(what)}</figcaption></figure>"
    )


def _finding_article(fid: str, finding: Finding, labels: Mapping[str, str]) -> str:
    """A finding once in the page: severity, code, rule, message, and each side's value and place."""
    values = "".join(
        _side_value(side, labels) for side in (finding.reference, finding.translation) if side is not None
    )
    return (
        f'<article class="finding sev-{finding.severity}" id="{fid}" tabindex="-1" '
        f'data-severity="{finding.severity}" data-rule="{escape(finding.rule)}" '
        f'data-edition="{escape(edition_of(finding))}">'
        f'<p><span class="sev">{finding.severity}</span> <code>{escape(finding.code)}</code> {escape(finding.rule)}</p>'
        f'<p class="msg">{escape(finding.message)}</p><dl>{values}</dl></article>'
    )


def _side_value(side: Side, labels: Mapping[str, str]) -> str:
    label = labels.get(side.path, side.language)
    if side.block is None:
        return f'<dt>{escape(label)}</dt><dd class="muted">no counterpart</dd>'
    value = f'<code class="value">{escape(side.value)}</code>' if side.value else '<span class="muted">(block)</span>'
    normalized = (
        f' <span class="norm">= {escape(side.normalized)}</span>'
        if side.normalized and side.normalized != side.value
        else ""
    )
    where = f"line {side.line}" if side.line is not None else f"p. {side.page}" if side.page is not None else ""
    return f'<dt>{escape(label)}</dt><dd>{value}{normalized} <span class="loc">{escape(where)}</span></dd>'
