"""How long comparing editions takes when one block holds many numbers (a budget table extracted as one
paragraph): one paragraph of ``n`` numbers a side, every number changed, through ``check_texts``.

The comparison runs under the time limit (``limits.timeout-seconds``, 120 s by default); past it the edition's
findings are lost, so this is the size a block can reach before a check reports nothing. Prints seconds per ``n``.
"""

from __future__ import annotations

import argparse
import time

from heroes_i18ncheck import check_texts


def editions(n: int) -> dict[str, str]:
    """An English and a Lithuanian edition whose second paragraph lists ``n`` priced items, every price changed."""
    en = "Intro paragraph about the project partners.\n\n" + " ".join(f"item {i} costs {i * 7} units and" for i in range(n))
    lt = "Įžanga apie projekto partnerius.\n\n" + " ".join(f"prekė {i} kainuoja {i * 7 + 1} vienetų ir" for i in range(n))
    return {"en": en, "lt": lt}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[250, 500, 1000])
    args = parser.parse_args()
    for n in args.sizes:
        start = time.perf_counter()
        report = check_texts(editions(n), reference="en")
        seconds = time.perf_counter() - start
        lost = "; ".join(e.message[:60] for e in report.errors) or "none"
        print(f"{n:6d} numbers a side: {seconds:6.1f} s, {len(report.findings)} findings, errors: {lost}")


if __name__ == "__main__":
    main()
