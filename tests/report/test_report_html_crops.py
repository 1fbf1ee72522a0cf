"""Page crops: the value's own box found on the page, the fallbacks, the bounds, and the PNG written."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from heroes_i18ncheck.model import Side
from heroes_i18ncheck.report import html_crops
from heroes_i18ncheck.report.html_crops import (
    CROP_MAX,
    RENDER_SCALE,
    CropRequest,
    crop_request,
    crop_window,
    png_bytes,
    render_crops,
    value_boxes,
)

REPO = Path(__file__).resolve().parents[2]
EN = str(REPO / "tests" / "data" / "report_html" / "en.pdf")
WHITEPAPER = REPO.parent / "shared" / "real-pdfs" / "bitcoin-whitepaper" / "en.pdf"

# en.pdf page 1 (see make_pdfs.py): 11 pt lines with baselines at y = 720 ("… 24 partners from 17 …"),
# 690 ("… EUR 4.99M …") and 660 ("Each of the 24 partners …"); x starts at 72.
LINE_720, LINE_690, LINE_660 = (70, 715, 420, 732), (70, 685, 420, 702), (70, 655, 420, 672)


def boxes_on_page_one(path: str, request: CropRequest) -> list[tuple[float, float, float, float]]:
    document = pdfium.PdfDocument(path)
    try:
        return value_boxes(document[request.page - 1].get_textpage(), request)
    finally:
        document.close()


def middle_y(boxes) -> float:
    (box,) = boxes
    return (box[1] + box[3]) / 2


@pytest.mark.parametrize(
    ("value", "bbox", "occurrence", "expected_line"),
    [
        ("24", LINE_720, 0, 720),
        ("24", LINE_660, 0, 660),
        ("4.99M", None, 0, 690),
        ("4.99M", LINE_690, 3, 690),
    ],
    ids=["first-of-two-chosen-by-its-block", "second-of-two-chosen-by-its-block", "unique-on-page-without-bbox",
         "occurrence-past-the-last-clamps"],
)
def test_value_box_is_the_occurrence_inside_the_block(value, bbox, occurrence, expected_line) -> None:
    found = boxes_on_page_one(EN, CropRequest(EN, 1, value, bbox, occurrence))
    assert expected_line - 3 < middle_y(found) < expected_line + 9
    assert found[0][0] > 72 and found[0][2] - found[0][0] < 40


@pytest.mark.parametrize(
    ("value", "bbox"),
    [
        ("24", None),
        ("4.98M", LINE_690),
        ("4.99M", LINE_660),
        ("   ", LINE_690),
    ],
    ids=["ambiguous-without-bbox", "not-on-the-page", "only-outside-the-block", "blank-value"],
)
def test_value_box_is_not_guessed(value, bbox) -> None:
    assert boxes_on_page_one(EN, CropRequest(EN, 1, value, bbox)) == []


@pytest.mark.skipif(not WHITEPAPER.is_file(), reason="shared real PDFs not present")
@pytest.mark.parametrize(
    ("bbox", "expected_y"),
    [((100, 500, 520, 540), 524), ((100, 170, 520, 200), 181)],
    ids=["first-timestamp-paragraph", "second-timestamp-paragraph"],
)
def test_real_pdf_word_is_found_in_its_block(bbox, expected_y) -> None:
    found = boxes_on_page_one(str(WHITEPAPER), CropRequest(str(WHITEPAPER), 1, "timestamp", bbox))
    assert abs(middle_y(found) - expected_y) < 4


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        (Side("a.md", "en", 1, 0, "x 24", "24", "24", None, 3, (2, 4)), None),
        (Side("a.pdf", "en", None, 0, "x 24", "24", "24"), None),
        (Side("a.pdf", "en", 1, None, "", "", "", None), None),
        (Side("a.PDF", "en", 2, 0, "24 and 24", "24", "24", (1, 2, 3, 4), None, (7, 9)),
         CropRequest("a.PDF", 2, "24", (1, 2, 3, 4), 1)),
        (Side("a.pdf", "en", 1, 0, "gone", "", "", (1, 2, 3, 4)), CropRequest("a.pdf", 1, "", (1, 2, 3, 4), 0)),
    ],
    ids=["text-edition-no-crop", "no-page-no-crop", "no-value-no-box-no-crop", "second-occurrence-counted",
         "missing-value-crops-the-block"],
)
def test_crop_request_from_a_side(side, expected) -> None:
    assert crop_request(side) == expected


@pytest.mark.parametrize(
    ("focus", "block", "expected"),
    [
        ((100, 400, 120, 410), None, (0, 383, 320, 427)),
        ((100, 400, 120, 410), (90, 380, 300, 420), (35, 372, 355, 428)),
        ((500, 400, 520, 410), None, (275, 383, 595, 427)),
        ((100, 100, 120, 110), (72, 0, 500, 800), (64, 20, 508, 190)),
    ],
    ids=["short-value-grown-and-slid-inside-the-left-edge", "small-block-shown-whole", "slid-inside-the-right-edge",
         "tall-block-cut-around-the-value"],
)
def test_crop_window(focus, block, expected) -> None:
    window = crop_window(focus, block, (0, 0, 595, 842))
    assert window == pytest.approx(expected)
    assert window[2] - window[0] <= CROP_MAX[0] + 1e-9 and window[3] - window[1] <= CROP_MAX[1] + 1e-9


def test_crops_found_and_fallen_back_and_skipped(tmp_path: Path) -> None:
    not_a_pdf = tmp_path / "fake.pdf"
    not_a_pdf.write_bytes(b"%PDF-1.4 this is not really a PDF")
    value = CropRequest(EN, 1, "4.99M", LINE_690)
    block_only = CropRequest(EN, 1, "9.99M", LINE_690)
    nothing_sure = CropRequest(EN, 1, "9.99M", None)
    past_the_end = CropRequest(EN, 9, "4.99M", None)
    missing = CropRequest(str(tmp_path / "gone.pdf"), 1, "4.99M", None)
    broken = CropRequest(str(not_a_pdf), 1, "4.99M", None)
    crops = render_crops([value, block_only, nothing_sure, past_the_end, missing, broken])
    assert set(crops) == {value, block_only}
    assert crops[value].located == "value" and crops[block_only].located == "block"
    (mark,) = crops[value].marks
    assert all(0 <= v <= 1 for v in mark) and mark[2] < 0.2
    assert crops[block_only].marks[0][2] > 0.9
    for crop in crops.values():
        assert crop.uri.startswith("data:image/png;base64,")
        assert crop.width <= CROP_MAX[0] * RENDER_SCALE + 1 and crop.height <= CROP_MAX[1] * RENDER_SCALE + 1


def test_work_is_bounded_and_each_page_rendered_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rendered = tmp_path / "rendered"
    original = pdfium.PdfPage.render

    def counting_render(page, *args, **kwargs):
        with rendered.open("a") as out:  # crops are drawn on a worker process: it tells the test through a file
            out.write("page\n")
        return original(page, *args, **kwargs)

    monkeypatch.setattr(pdfium.PdfPage, "render", counting_render)
    requests = [CropRequest(EN, 1 + n % 2, "24", (70, 600 - n, 420, 800), 0) for n in range(60)]
    crops = render_crops(requests, limit=7)
    assert len(crops) == 7 and rendered.read_text().count("page") == 2
    assert len(render_crops(requests)) == html_crops.MAX_CROPS


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    width, height = struct.unpack(">II", data[16:24])
    (length,) = struct.unpack(">I", data[33:37])
    assert data[37:41] == b"IDAT"
    return width, height, zlib.decompress(data[41 : 41 + length])


def test_png_is_valid_and_holds_the_pixels() -> None:
    rows = [bytes([255, 0, 0, 0, 255, 0]), bytes([0, 0, 255, 9, 9, 9])]
    data = png_bytes(2, 2, rows)
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data.endswith(b"IEND\xaeB`\x82")
    assert data[12:16] == b"IHDR" and data[24:29] == bytes([8, 2, 0, 0, 0])
    assert decode_png(data) == (2, 2, b"\x00" + rows[0] + b"\x00" + rows[1])
    (crc,) = struct.unpack(">I", data[29:33])
    assert crc == zlib.crc32(data[12:29])


@pytest.mark.parametrize(
    ("request_", "color_type"),
    [
        (CropRequest(EN, 1, "4.99M", LINE_690), 0),
        (CropRequest(EN, 2, "https://youtu.be/mOtHKugIsU0", (70, 735, 420, 752)), 2),
    ],
    ids=["black-text-crop-is-grayscale", "blue-link-crop-keeps-colour"],
)
def test_crop_png_is_gray_only_when_the_region_is(request_: CropRequest, color_type: int) -> None:
    crop = render_crops([request_])[request_]
    data = base64.b64decode(crop.uri.removeprefix("data:image/png;base64,"))
    assert data[25] == color_type
    width, height, raw = decode_png(data)
    assert (width, height) == (crop.width, crop.height)
    assert len(raw) == height * (1 + width * (1 if color_type == 0 else 3))


# A two-column page drawn by the test: 11 pt Helvetica on a 13 pt leading, the left column at x 72–282, the right
# one at 300–510 (an 18 pt gutter), 24 lines each from y 720 down, every line with ascenders and descenders; a
# footer centred across the gutter at y 400. Lines 5 to 7 of the left column are set wide, as justified text is:
# a 9 pt space after "jumpy", at the same place in each.
COLUMNS = {"left": (72.0, 282.0), "right": (300.0, 510.0)}
BASELINES = [720.0 - 13.0 * n for n in range(24)]
FOOTER = "Newsletter of jumpy quays · Spring 2023"
FOOTER_BASELINE = 400.0
WIDE = {5: 9.0, 6: 9.0, 7: 9.0}
ASCENT, DESCENT = 8.5, 2.6
"""Helvetica's ink above and below the baseline at 11 pt (with a little slack)."""


def line_text(n: int, column: str) -> str:
    return f"Ledger of jumpy quays, line {n:02d} {column}: {n * 7} yg"


def two_column_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=(612, 792))
    page.setFont("Helvetica", 11)
    for n, baseline in enumerate(BASELINES):
        for column, (x0, _) in COLUMNS.items():
            if column == "left" and n in WIDE:
                head, tail = line_text(n, column).split(" ", 3)[:3], line_text(n, column).split(" ", 3)[3]
                page.drawString(x0, baseline, " ".join(head))
                page.drawString(x0 + page.stringWidth(" ".join(head) + " ") + WIDE[n], baseline, tail)
            else:
                page.drawString(x0, baseline, line_text(n, column))
    page.drawCentredString(291, FOOTER_BASELINE, FOOTER)
    page.save()
    return path


def ink_of_column_in(window, column: str) -> list[int]:
    """The lines of ``column`` any of whose ink lies inside the window."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x0 = COLUMNS[column][0]
    return [
        n for n, b in enumerate(BASELINES)
        if window[1] < b + ASCENT and b - DESCENT < window[3]
        and window[0] < x0 + stringWidth(line_text(n, column), "Helvetica", 11) + WIDE.get(n, 0.0) and x0 < window[2]
    ]


def column_block(column: str) -> tuple[float, float, float, float]:
    """The box of a column's text; of both columns' for ``"both"`` (a paragraph that flows on into the next)."""
    x0, x1 = COLUMNS["left" if column == "both" else column][0], COLUMNS["right" if column == "both" else column][1]
    return (x0, BASELINES[-1] - DESCENT, x1, BASELINES[0] + ASCENT)


def footer_is_cut(window) -> bool:
    """Whether the window shows part of the footer but not all of it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth(FOOTER, "Helvetica", 11)
    x0, x1 = 291 - width / 2, 291 + width / 2
    shown = window[1] < FOOTER_BASELINE + ASCENT and FOOTER_BASELINE - DESCENT < window[3] and window[0] < x1 and x0 < window[2]
    whole = window[1] <= FOOTER_BASELINE - DESCENT and FOOTER_BASELINE + ASCENT <= window[3] and window[0] <= x0 and x1 <= window[2]
    return shown and not whole


def ink_is_cut(window, column: str) -> list[float]:
    """The baselines of the lines of ``column`` whose ink the window's top or bottom edge goes through."""
    x0, x1 = COLUMNS[column]
    if window[2] <= x0 or window[0] >= x1:
        return []
    return [b for b in BASELINES if b - DESCENT < window[1] < b + ASCENT or b - DESCENT < window[3] < b + ASCENT]


def edge_pixels(crop) -> list[int]:
    """The darkest pixel value on each of the crop's four edges (255 is white)."""
    data = base64.b64decode(crop.uri.removeprefix("data:image/png;base64,"))
    assert data[25] == 0, "black text on white is a grayscale PNG"
    width, height, raw = decode_png(data)
    rows = [raw[r * (width + 1) + 1 : (r + 1) * (width + 1)] for r in range(height)]
    return [min(rows[0]), min(rows[-1]), min(row[0] for row in rows), min(row[-1] for row in rows)]


@pytest.mark.parametrize(
    ("column", "line", "value", "with_block"),
    [
        ("left", 12, "line 12 left", True),
        ("right", 3, "line 03 right", True),
        ("left", 22, "line 22 left", False),
        ("right", 17, "line 17 right", False),
        ("left", 0, "not on the page", True),
        ("left", 21, "line 21 left", "both"),
        ("left", 6, "line 06 left", False),
        ("right", 22, "line 22 right", "both"),
    ],
    ids=["left-column-tall-block-cut", "right-column-near-the-top", "left-column-without-block",
         "right-column-without-block", "block-only-fallback", "paragraph-flowing-into-the-next-column-left",
         "paragraph-flowing-into-the-next-column-right", "justified-spaces-are-no-gutter"],
)
def test_a_crop_shows_whole_lines_of_one_column(tmp_path: Path, column, line, value, with_block) -> None:
    pdf = str(two_column_pdf(tmp_path / "columns.pdf"))
    block = column_block("both" if with_block == "both" else column) if with_block else None
    request = CropRequest(pdf, 1, value, block)
    crop = render_crops([request])[request]
    window = crop.window
    other = "right" if column == "left" else "left"
    assert ink_of_column_in(window, other) == []
    assert ink_is_cut(window, column) == [] and ink_is_cut(window, other) == [] and not footer_is_cut(window)
    assert all(pixel > 250 for pixel in edge_pixels(crop)), "ink touches an edge of the crop"
    if crop.located == "value":
        assert window[1] < BASELINES[line] - DESCENT and BASELINES[line] + ASCENT < window[3]
        assert window[0] <= COLUMNS[column][0] and window[3] - window[1] >= 2 * 13
        assert window[2] >= COLUMNS[column][0] + 200, "the value's line is shown to its end"
