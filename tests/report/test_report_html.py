"""The HTML report, parsed: structure, highlighting, escaping, the summary and its states."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factories import alignment, document, one_to_one
from heroes_i18ncheck import check_files, check_texts
from heroes_i18ncheck.model import (
    Bead,
    Document,
    Finding,
    InputError,
    Report,
    Severity,
    Side,
)
from heroes_i18ncheck.report import html_crops
from heroes_i18ncheck.report.html import LOW_CONFIDENCE, render
from heroes_i18ncheck.report.html_assets import CONTENT_SECURITY_POLICY, SCRIPT, STYLE
from heroes_i18ncheck.report.html_crops import CROP_MAX, RENDER_SCALE
from heroes_i18ncheck.report.html_summary import disagreements
from heroes_i18ncheck.report.safe_text import printable

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "heroes-02"
PDF_DATA = REPO / "tests" / "data" / "report_html"
VOID = {"meta", "img", "input", "br", "hr", "link", "source", "wbr"}


@dataclass
class Element:
    """A parsed element: tag, attributes, children and the text directly inside it."""

    tag: str
    attrs: dict[str, str]
    children: list[Element] = field(default_factory=list)
    parts: list[str | Element] = field(default_factory=list)

    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text() for p in self.parts)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        return [
            e
            for e in self.walk()
            if (tag is None or e.tag == tag) and (cls is None or cls in e.attrs.get("class", "").split())
        ]


class TreeBuilder(HTMLParser):
    """A DOM good enough for assertions; fails on a closing tag that does not match."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        self.stack[-1].parts.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].parts.append(data)


def parse(page: str) -> Element:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert [e.tag for e in builder.stack] == ["#root"], "unclosed elements"
    return builder.root


def by_id(root: Element, ident: str) -> Element:
    (found,) = [e for e in root.walk() if e.attrs.get("id") == ident]
    return found


def marks_of(root: Element, fid: str) -> list[Element]:
    return [m for m in root.find_all("mark") if fid in m.attrs.get("data-findings", "").split()]


# --- hand-made reports ---------------------------------------------------------------------------------------


def side(doc: Document, index: int | None, value: str = "") -> Side:
    if index is None:
        return Side(doc.path, doc.language, None, None, "", "", "")
    text = doc.blocks[index].text
    at = text.find(value) if value else -1
    span = (at, at + len(value)) if at >= 0 else None
    return Side(doc.path, doc.language, 1, index, text, value, value, doc.blocks[index].bbox, None, span)


def finding(ref: Side | None, tr: Side | None, message: str = "differs", rule: str = "number-mismatch",
            severity: Severity = Severity.ERROR, code: str = "H101") -> Finding:
    fingerprint = hashlib.sha256(repr((ref, tr, message)).encode()).hexdigest()[:16]
    return Finding(rule, code, severity, message, ref, tr, fingerprint)


def pair_report(ref: Document, tr: Document, beads: tuple[Bead, ...], findings: list[Finding]) -> Report:
    return Report((ref, tr), ref.path, (alignment(ref, tr, beads),), tuple(findings))


# --- the sample issue ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> tuple[Report, Element, str]:
    report = check_files([str(SAMPLE)])
    page = render(report)
    return report, parse(page), page


def test_every_finding_of_the_sample_is_present_once(sample) -> None:
    report, root, _ = sample
    articles = root.find_all("article", "finding")
    assert len(report.findings) >= 1
    assert [a.attrs["id"] for a in articles] == [f"f{n}" for n in range(1, len(report.findings) + 1)]
    for article, f in zip(articles, report.findings):
        assert article.attrs["data-severity"] == str(f.severity)
        assert article.attrs["data-rule"] == f.rule
        assert article.attrs["data-edition"] == f.translation.path
        assert printable(f.message) in article.text()


def test_both_sides_values_are_highlighted_in_their_own_columns(sample) -> None:
    report, root, _ = sample
    for n, f in enumerate(report.findings, start=1):
        row = next(r for r in root.find_all("div", "pair") if f"f{n}" in r.attrs.get("data-findings", "").split())
        ref_cell, tr_cell = (c for c in row.children if c.attrs.get("class") in ("ref", "tr"))
        for cell, s in ((ref_cell, f.reference), (tr_cell, f.translation)):
            if s is not None and s.value:
                assert s.value in [m.text() for m in marks_of(cell, f"f{n}")]
        assert "has-finding" in row.attrs["class"].split()


def test_sample_summary_names_editions_and_counts(sample) -> None:
    report, root, _ = sample
    editions = by_id(root, "editions")
    rows = editions.find_all("tr")[1:]
    assert len(rows) == len(report.documents)
    assert {r.children[0].text() for r in rows} == {d.language for d in report.documents}
    assert by_id(root, "by-rule").text().count(report.findings[0].rule) == 1
    assert "finding" in root.find_all("p", "status")[0].text()


def test_every_translation_has_its_section_with_all_its_pairs(sample) -> None:
    report, root, _ = sample
    sections = root.find_all("section", "edition")
    assert [s.attrs["data-edition"] for s in sections] == [a.translation.path for a in report.alignments]
    for section, aligned in zip(sections, report.alignments):
        pairs = [p for p in section.find_all("div", "pair") if "head" not in p.attrs["class"]]
        assert len(pairs) == len(aligned.beads)


def test_page_allows_nothing_from_outside_the_file(sample) -> None:
    _, root, page = sample
    (meta,) = [m for m in root.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert meta.attrs["content"] == CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY and "img-src data:" in CONTENT_SECURITY_POLICY
    (script,) = root.find_all("script")
    digest = base64.b64encode(hashlib.sha256(script.text().encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in CONTENT_SECURITY_POLICY
    assert root.find_all("link") == [] and root.find_all("iframe") == []
    for element in root.walk():
        for name in ("src", "href", "action"):
            value = element.attrs.get(name)
            assert value is None or value.startswith(("#", "data:image/")), (element.tag, name, value)
    assert "http" not in SCRIPT and "url(" not in STYLE and "@import" not in STYLE


def test_rendering_is_deterministic() -> None:
    report = check_files([str(SAMPLE)])
    assert render(report) == render(report)


# --- states --------------------------------------------------------------------------------------------------


def test_no_findings_is_a_clear_state() -> None:
    report = replace(check_files([str(SAMPLE)]), findings=())  # as a clean run of the rules would leave it
    root = parse(render(report))
    status = root.find_all("p", "status")[0]
    assert "clean" in status.attrs["class"] and "No findings" in status.text()
    assert root.find_all("article") == [] and [e for e in root.walk() if e.attrs.get("id") == "filters"] == []


def test_unreadable_inputs_are_listed_and_nothing_compared_is_said() -> None:
    only = document("en.md", "en", "24 partners")
    report = Report((only,), None, errors=(InputError("bg.pdf", "encrypted PDF (a password is needed)"),))
    root = parse(render(report))
    assert "encrypted PDF" in root.find_all("ul", "errors")[0].text()
    assert "Nothing was compared" in root.find_all("p", "status")[0].text()


def test_missing_and_extra_blocks_are_gaps_with_their_findings() -> None:
    ref = document("en.md", "en", "Intro.", "Dropped paragraph.", "Outro.")
    tr = document("bg.md", "bg", "Увод.", "Край.", "Бележка на преводача.")
    beads = (Bead((0,), (0,), 1, 1), Bead((1,), (), 0, 1), Bead((2,), (1,), 1, 1), Bead((), (2,), 0, 1))
    missing = finding(side(ref, 1), side(tr, None), "paragraph missing here", "missing-block", code="H201")
    extra = finding(side(ref, None), side(tr, 2), "not in the reference", "extra-block", Severity.WARNING, "H202")
    root = parse(render(pair_report(ref, tr, beads, [missing, extra])))
    rows = [p for p in root.find_all("div", "pair") if "head" not in p.attrs["class"]]
    assert ["gap-row" in r.attrs["class"].split() for r in rows] == [False, True, False, True]
    assert rows[1].attrs["data-findings"] == "f1" and rows[3].attrs["data-findings"] == "f2"
    assert rows[1].find_all("div", "gap")[0].text().startswith("no counterpart")
    assert "Dropped paragraph." in rows[1].children[0].text()


@pytest.mark.parametrize(
    ("bead", "badge"),
    [
        (Bead((0,), (0,), 0.3, LOW_CONFIDENCE - 0.01), "low-confidence match (0.49)"),
        (Bead((0,), (0,), 0.9, 1.0, moved=True), "moved: out of reading order"),
        (Bead((0,), (0,), 0.9, LOW_CONFIDENCE), None),
    ],
    ids=["doubtful-pair-badged", "moved-pair-badged", "confident-pair-plain"],
)
def test_doubtful_and_moved_pairs_are_visibly_marked(bead: Bead, badge: str | None) -> None:
    ref, tr = document("en.md", "en", "One."), document("bg.md", "bg", "Едно.")
    root = parse(render(pair_report(ref, tr, (bead,), [])))
    assert [b.text() for b in root.find_all("span", "badge")] == ([badge] if badge else [])


def test_overlapping_values_split_into_marks_naming_both_findings() -> None:
    ref = document("en.md", "en", "Grant 101021801 signed.")
    tr = document("bg.md", "bg", "Грант 101021881 подписан.")
    whole = finding(side(ref, 0, "101021801"), side(tr, 0, "101021881"), "grant differs")
    part = finding(side(ref, 0, "1801"), side(tr, 0, "1881"), "digits differ", severity=Severity.WARNING)
    root = parse(render(pair_report(ref, tr, one_to_one(1), [whole, part])))
    tr_marks = [(m.text(), m.attrs["data-findings"]) for m in root.find_all("div", "tr")[0].find_all("mark")]
    assert tr_marks == [("10102", "f1"), ("1881", "f1 f2")]
    assert "".join(t for t, _ in tr_marks) == "101021881"


def test_findings_no_block_holds_are_still_shown_once() -> None:
    ref, tr = document("en.md", "en", "One."), document("bg.md", "bg", "Едно.")
    whole_document = finding(None, side(tr, None), "declared bg but the text is en", "wrong-language")
    stranger_side = Side("xx.md", "xx", None, None, "", "", "")
    stranger = finding(None, stranger_side, "edition not aligned", "editions-do-not-match")
    root = parse(render(pair_report(ref, tr, one_to_one(1), [whole_document, stranger])))
    assert [a.attrs["id"] for a in root.find_all("article", "finding")] == ["f1", "f2"]
    assert by_id(root, "f2") in by_id(root, "other-findings").walk()


# --- escaping ------------------------------------------------------------------------------------------------

HOSTILE = [
    pytest.param("</script><script>alert(1)</script>", id="script-tag"),
    pytest.param("</style><style>body{display:none}</style>", id="style-breakout"),
    pytest.param("\"><img src=x onerror=alert(1)>", id="attribute-breakout-double-quote"),
    pytest.param("'><svg onload=alert(1)>", id="attribute-breakout-single-quote"),
    pytest.param("<!-- unclosed comment", id="comment-opener"),
    pytest.param("&lt;b&gt; &amp; entities", id="entity-lookalikes"),
    pytest.param("bell\x07 nul\x00 esc\x1b[31m c1\x85 cr\r", id="control-characters"),
    pytest.param("lone \ud800 surrogate", id="lone-surrogate"),
    pytest.param("abc\u202edcba", id="bidi-override"),
    pytest.param("<![CDATA[ ]]> <textarea></textarea> <plaintext>", id="raw-text-elements"),
]


@pytest.mark.parametrize("evil", HOSTILE)
def test_hostile_text_from_an_edition_stays_text(evil: str) -> None:
    ref = document(f"en{evil}.pdf", "en", f"Budget {evil} EUR 4.99M {evil}")
    tr = document(f"bg{evil}.pdf", f"bg{evil}", f"Бюджет {evil} EUR 4.98M")
    hostile = finding(
        side(ref, 0, f"{evil} EUR 4.99M"),
        side(tr, 0, f"{evil} EUR 4.98M"),
        f"number {evil!r} differs",
        rule=f"rule{evil}",
        code=f"H{evil}",
    )
    page = render(pair_report(ref, tr, one_to_one(1), [hostile]))
    page.encode("utf-8")  # no lone surrogate survives
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e]", page)
    root = parse(page)
    assert len(root.find_all("script")) == 1 and len(root.find_all("style")) == 1
    allowed = {"#root", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "strong",
               "code", "main", "section", "table", "thead", "tbody", "tr", "th", "td", "a", "div", "span", "fieldset",
               "legend", "label", "input", "kbd", "details", "summary", "mark", "article", "dl", "dt", "dd", "br",
               "script", "ul", "li", "figure", "figcaption", "img"}
    assert {e.tag for e in root.walk()} <= allowed
    assert not [(e.tag, a) for e in root.walk() for a in e.attrs if a.startswith("on")]
    assert root.find_all("img") == []
    (tr_text,) = root.find_all("div", "tr")[0].find_all("span", "text")
    assert tr_text.text() == printable(tr.blocks[0].text)
    assert [m.text() for m in marks_of(root, "f1")] == [printable(f"{evil} EUR 4.99M"), printable(f"{evil} EUR 4.98M")]
    article = by_id(root, "f1")
    assert article.attrs["data-rule"] == printable(f"rule{evil}")
    assert article.attrs["data-edition"] == printable(tr.path)


def test_hostile_pdf_through_the_whole_pipeline() -> None:
    report = check_files([str(PDF_DATA / "hostile-en.pdf"), str(PDF_DATA / "hostile-lt.pdf")])
    assert report.errors == () and len(report.documents) == 2
    root = parse(render(report))
    assert len(root.find_all("script")) == 1 and root.find_all("b") == []
    assert all(i.attrs["src"].startswith("data:image/png;base64,") for i in root.find_all("img"))
    assert '</style><script>alert("en")</script>' in root.find_all("section", "edition")[0].text()


# --- page crops in the page ----------------------------------------------------------------------------------


def test_pdf_findings_carry_a_crop_per_side_with_the_value_boxed() -> None:
    report = check_files([str(PDF_DATA / "en.pdf"), str(PDF_DATA / "lt.pdf")])
    assert report.errors == () and report.findings
    root = parse(render(report))
    for n, f in enumerate(report.findings, start=1):
        row = next(r for r in root.find_all("div", "pair") if f"f{n}" in r.attrs.get("data-findings", "").split())
        for cell_class, s in (("ref", f.reference), ("tr", f.translation)):
            (figure,) = row.find_all("div", cell_class)[0].find_all("figure", "crop")
            (image,) = figure.find_all("img")
            assert image.attrs["src"].startswith("data:image/png;base64,")
            assert int(image.attrs["width"]) <= CROP_MAX[0] * RENDER_SCALE + 1
            (box,) = figure.find_all("span", "box")
            numbers = [float(v) for v in re.findall(r"([\d.]+)%", box.attrs["style"])]
            assert len(numbers) == 4 and all(0 <= v <= 100 for v in numbers) and numbers[2] > 0
            assert s.value in figure.text()


def test_the_crop_budget_goes_to_the_gravest_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_crops, "MAX_CROPS", 2)
    en, lt = str(PDF_DATA / "en.pdf"), str(PDF_DATA / "lt.pdf")
    ref = document(en, "en", "Our consortium brings 24 partners.", "The budget of EUR 4.99M.", bbox=None)
    tr = document(lt, "lt", "Musu konsorciumas vienija 24 partnerius.", "Biudzetas yra EUR 4.98M.", bbox=None)
    minor = finding(side(ref, 0, "consortium"), side(tr, 0, "konsorciumas"), severity=Severity.INFO)
    grave = finding(side(ref, 1, "4.99M"), side(tr, 1, "4.98M"), severity=Severity.ERROR)
    root = parse(render(pair_report(ref, tr, one_to_one(2), [minor, grave])))
    rows = [p for p in root.find_all("div", "pair") if "head" not in p.attrs["class"]]
    assert [len(r.find_all("figure")) for r in rows] == [0, 2]


def test_a_pdf_that_cannot_be_rendered_leaves_the_report_text_only(tmp_path: Path) -> None:
    ref = document(str(tmp_path / "gone-en.pdf"), "en", "Budget EUR 4.99M.", bbox=(72, 680, 400, 700))
    tr = document(str(tmp_path / "gone-lt.pdf"), "lt", "Biudzetas EUR 4.98M.", bbox=(72, 680, 400, 700))
    f = finding(side(ref, 0, "4.99M"), side(tr, 0, "4.98M"))
    root = parse(render(pair_report(ref, tr, one_to_one(1), [f])))
    assert root.find_all("figure") == [] and len(marks_of(root, "f1")) == 2


# --- many editions and who is blamed -------------------------------------------------------------------------

EU = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()


def test_twenty_four_editions_each_get_a_section_and_a_filter() -> None:
    texts = {lang: (SAMPLE / "en.md").read_text(encoding="utf-8") for lang in EU}
    texts["de"] = texts["de"].replace("24 partners", "25 partners")
    report = check_texts(texts)
    root = parse(render(report))
    assert len(root.find_all("section", "edition")) == 23
    edition_boxes = [i for i in root.find_all("input") if i.attrs.get("name") == "edition"]
    assert {i.attrs["value"] for i in edition_boxes} >= {a.translation.path for a in report.alignments}
    ids = [e.attrs["id"] for e in root.walk() if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    assert len(root.find_all("article", "finding")) == len(report.findings)
    assert any(f.translation.path == "de" for f in report.findings)
    assert "de" in by_id(root, "blamed").text()


def majority_report(written: dict[str, str]) -> tuple[Report, list[Document]]:
    """en says 24; the translations say ``written``; findings blame as the rules do when en is outvoted."""
    ref = document("en.md", "en", "Intro.", "We have 24 partners.")
    docs = [document(f"{lang}.md", lang, "Intro.", f"Tenemos {n} socios.") for lang, n in written.items()]
    model = next(d for d in docs if written[d.language] != "24")
    message = "number '24' here; 3 of 4 editions have '25'"
    findings = [finding(side(model, 1, written[model.language]), side(ref, 1, "24"), message)]
    alignments = tuple(alignment(ref, d) for d in docs)
    return Report((ref, *docs), ref.path, alignments, tuple(findings)), docs


def test_an_outvoted_reference_is_shown_against_the_edition_it_was_compared_with() -> None:
    report, docs = majority_report({"bg": "25", "lt": "25", "es": "25"})
    root = parse(render(report))
    (article,) = root.find_all("article", "finding")
    assert article.attrs["data-edition"] == "en.md"
    section = by_id(root, "edition-1")
    assert section.attrs["data-edition"] == "bg.md" and article in section.walk()
    row = next(r for r in section.find_all("div", "pair") if r.attrs.get("data-findings") == "f1")
    assert [m.text() for m in row.find_all("div", "ref")[0].find_all("mark")] == ["24"]
    assert [m.text() for m in row.find_all("div", "tr")[0].find_all("mark")] == ["25"]
    assert by_id(root, "blamed").text() == "Findings per edition: en (1)."
    assert "<td>1</td>" not in by_id(root, "editions").text()
    en_row = next(r for r in by_id(root, "editions").find_all("tr") if r.children[0].text() == "en")
    assert [c.text() for c in en_row.children[6:9]] == ["1", "0", "0"]


@pytest.mark.parametrize(
    ("blamed", "written"),
    [
        ({"bg": "25"}, [("25", ("bg",))]),
        ({"bg": "25", "lt": "26"}, [("25", ("bg",)), ("26", ("lt",))]),
        ({"bg": "25", "lt": "25"}, [("25", ("bg", "lt"))]),
    ],
    ids=["one-edition-blamed", "two-blamed-differently", "two-blamed-alike"],
)
def test_disagreements_group_the_blamed_editions_by_what_they_write(blamed, written) -> None:
    ref = document("en.md", "en", "We have 24 partners.")
    docs = [document(f"{lang}.md", lang, f"Tenemos {n} socios.") for lang, n in blamed.items()]
    findings = tuple(finding(side(ref, 0, "24"), side(d, 0, blamed[d.language])) for d in docs)
    report = Report((ref, *docs), ref.path, tuple(alignment(ref, d) for d in docs), findings)
    (fact,) = disagreements(report)
    assert fact.compared == findings[0].reference
    assert list(fact.written) == written


@pytest.mark.parametrize(
    ("tr_index", "rule", "code", "written"),
    [
        (0, "untranslated-block", "H301", "(left untranslated)"),
        (None, "missing-block", "H201", "(not there)"),
        (0, "acronym-mismatch", "H108", "(the block differs)"),
    ],
    ids=["untranslated-block-is-not-called-missing", "missing-block-is-not-there", "valueless-block-finding"],
)
def test_the_facts_table_says_what_became_of_a_block_without_a_value(tr_index, rule, code, written) -> None:
    ref = document("en.md", "en", "We have many partners in Europe.")
    bg = document("bg.md", "bg", "We have many partners in Europe.")
    found = finding(side(ref, 0), side(bg, tr_index), rule=rule, code=code)
    report = Report((ref, bg), ref.path, (alignment(ref, bg),), (found,))
    (fact,) = disagreements(report)
    assert list(fact.written) == [(written, ("bg",))]
