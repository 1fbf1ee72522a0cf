"""Write the small PDF editions the HTML report tests crop: ``python make_pdfs.py`` (stdlib only).

Hand-built PDF 1.4 files with the standard Helvetica font, so each text line's
place on the page is known exactly. Run it again to regenerate; the output is
byte-identical every time.

- ``en.pdf`` / ``lt.pdf``: a two-page edition pair. ``4.99M`` becomes ``4.98M``
  (page 1, black text) and the video link differs (page 2, a blue line); ``24``
  appears twice on page 1, in two blocks, so the crop must choose the occurrence
  inside the finding's block.
- ``hostile-en.pdf`` / ``hostile-lt.pdf``: the same fact inside markup, quotes and an
  apostrophe, to prove the report escapes text that comes from a PDF.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE = (595, 842)

Line = tuple
"""x, y (baseline, points from the bottom), font size, text (ASCII), and optionally an RGB fill (0–1)."""

LINK_BLUE = (0.0, 0.2, 0.7)

EDITIONS: dict[str, list[list[Line]]] = {
    "en.pdf": [
        [
            (72, 770, 20, "HEROES Newsletter #2"),
            (72, 720, 11, "Our consortium brings 24 partners from 17 countries together."),
            (72, 690, 11, "The project has a budget of EUR 4.99M over 36 months."),
            (72, 660, 11, "Each of the 24 partners leads at least one task."),
        ],
        [
            (72, 770, 16, "Watch our video"),
            (72, 740, 11, "Our first video is at https://youtu.be/mOtHKugIsU0 online.", LINK_BLUE),
        ],
    ],
    "lt.pdf": [
        [
            (72, 770, 20, "HEROES naujienlaiskis Nr. 2"),
            (72, 720, 11, "Musu konsorciumas vienija 24 partnerius is 17 saliu."),
            (72, 690, 11, "Projekto biudzetas yra EUR 4.98M per 36 menesius."),
            (72, 660, 11, "Kiekvienas is 24 partneriu vadovauja bent vienai uzduociai."),
        ],
        [
            (72, 770, 16, "Ziurekite musu vaizdo irasa"),
            (72, 740, 11, "Pirmasis vaizdo irasas: https://youtu.be/V3Ll3BYzzwY internete.", LINK_BLUE),
        ],
    ],
    "hostile-en.pdf": [
        [
            (72, 770, 16, "</style><script>alert(\"en\")</script>"),
            (72, 730, 11, "Budget \"<b>EUR 4.99M</b>\" & <img src=x onerror=alert(1)> 'quoted'."),
        ]
    ],
    "hostile-lt.pdf": [
        [
            (72, 770, 16, "</style><script>alert(\"lt\")</script>"),
            (72, 730, 11, "Biudzetas \"<b>EUR 4.98M</b>\" & <img src=x onerror=alert(2)> 'quoted'."),
        ]
    ],
}


def pdf_string(text: str) -> str:
    """``text`` as a PDF literal string: backslash and parentheses escaped."""
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def text_operators(x: float, y: float, size: float, text: str, fill: tuple = (0, 0, 0)) -> str:
    """The content-stream operators drawing one line: fill colour, font, position, string."""
    red, green, blue = fill
    return f"{red} {green} {blue} rg BT /F1 {size} Tf {x} {y} Td {pdf_string(text)} Tj ET"


def pdf_bytes(pages: list[list[Line]]) -> bytes:
    """A PDF whose page ``n`` shows ``pages[n]`` in Helvetica, with a correct cross-reference table."""
    count = len(pages)
    font_id, first_page = 3, 4
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Count {count} /Kids [{' '.join(f'{first_page + 2 * i} 0 R' for i in range(count))}] >>",
        font_id: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for i, lines in enumerate(pages):
        page_id, content_id = first_page + 2 * i, first_page + 2 * i + 1
        stream = "\n".join(text_operators(*line) for line in lines)
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE[0]} {PAGE[1]}] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>"
        )
        objects[content_id] = f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1")
    out += "".join(f"{offsets[n]:010d} 00000 n \n" for n in sorted(objects)).encode("latin-1")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1")
    return bytes(out)


def main() -> None:
    for name, pages in EDITIONS.items():
        (HERE / name).write_bytes(pdf_bytes(pages))


if __name__ == "__main__":
    main()
