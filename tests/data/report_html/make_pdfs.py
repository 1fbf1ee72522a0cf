"""Write the small PDF editions the HTML report tests crop: ``python make_pdfs.py`` (stdlib only).

A4 pages written by the tests' own ``pdf_builder`` in the standard Helvetica font, so each
text line's place on the page is known exactly. Run it again to regenerate; the output is
byte-identical every time.

- ``en.pdf`` / ``lt.pdf``: a two-page edition pair. ``4.99M`` becomes ``4.98M``
  (page 1, black text) and the video link differs (page 2, a blue line); ``24``
  appears twice on page 1, in two blocks, so the crop must choose the occurrence
  inside the finding's block.
- ``hostile-en.pdf`` / ``hostile-lt.pdf``: the same fact inside markup, quotes and an
  apostrophe, to prove the report escapes text that comes from a PDF.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from pdf_builder import A4, Page, Run, build_pdf  # noqa: E402  (the tests' folder is put on the path above)

LINK_BLUE = (0.0, 0.2, 0.7)

EDITIONS: dict[str, list[list[Run]]] = {
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


def main() -> None:
    for name, pages in EDITIONS.items():
        (HERE / name).write_bytes(build_pdf([Page(texts=lines) for lines in pages], page_size=A4))


if __name__ == "__main__":
    main()
