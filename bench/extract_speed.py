"""How much the extraction repairs add to pdfminer's own layout analysis (target: at most 15 %).

    python bench/extract_speed.py [--repeat N] [PDF ...]     # default: the sample editions

For each PDF, the best CPU time (``time.process_time``) of N interleaved rounds of:

- ``pdfminer``: ``extract_pages`` with ``LAParams(all_texts=True)`` — pdfminer's
  own layout analysis, its default box ordering included (the baseline);
- ``pdfminer, our params``: the same aggregator with the parameters we use
  (``boxes_flow=None``: we order lines ourselves);
- ``repaired``: our whole layout path to blocks (overdraw filter, line repairs,
  headers, columns, blocks, hyphenation) — everything but language detection;
- ``document``: ``extract_document``, language detection included (for scale).

The overhead printed is ``repaired / pdfminer - 1``, per file and over all files
together, and the same against pdfminer run with our parameters (``vs ours``).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from heroes_i18ncheck.extract import extract_document
from heroes_i18ncheck.extract.glyphs import LAYOUT
from heroes_i18ncheck.extract.pdf import layout_blocks, read_pdf_pages

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples" / "heroes-02-pdf").glob("*.pdf"))


def pdfminer_default(data: bytes) -> None:
    for _ in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True)):
        pass


def pdfminer_our_params(data: bytes) -> None:
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=LAYOUT)
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.create_pages(document):
        interpreter.process_page(page)
        device.get_result()


def repaired(data: bytes) -> None:
    pages, warnings = read_pdf_pages("bench.pdf", data, 10_000)
    layout_blocks("bench.pdf", pages, warnings)


def best_times(repeat: int, runs: list[Callable[[], None]]) -> list[float]:
    """The best CPU time of each run over ``repeat`` rounds, the runs interleaved within a round
    (so that load from other processes and drift hit every variant alike)."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for i, run in enumerate(runs):
            start = time.process_time()
            run()
            best[i] = min(best[i], time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=SAMPLES)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    totals = [0.0, 0.0, 0.0, 0.0]
    print(f"{'file':<36} {'pdfminer':>9} {'our params':>10} {'repaired':>9} {'document':>9} {'overhead':>9} {'vs ours':>9}")
    for pdf in args.pdfs:
        data = pdf.read_bytes()
        row = best_times(
            args.repeat,
            [
                lambda: pdfminer_default(data),
                lambda: pdfminer_our_params(data),
                lambda: repaired(data),
                lambda: extract_document(str(pdf)),
            ],
        )
        totals = [t + r for t, r in zip(totals, row)]
        name = str(pdf.relative_to(REPO)) if pdf.is_relative_to(REPO) else str(pdf)
        overheads = f" {row[2] / row[0] - 1:+9.1%} {row[2] / row[1] - 1:+9.1%}"
        print(f"{name[-36:]:<36} " + " ".join(f"{t * 1000:8.1f}ms" for t in row) + overheads)
    print(
        f"total: repaired / pdfminer = {totals[2] / totals[0]:.3f} (overhead {totals[2] / totals[0] - 1:+.1%}); "
        f"repaired / pdfminer with our params = {totals[2] / totals[1]:.3f} (overhead {totals[2] / totals[1] - 1:+.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
