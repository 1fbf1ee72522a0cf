"""How long comparing editions takes when one block holds many numbers (a budget table extracted as one
paragraph): one paragraph of ``n`` numbers a side, every number changed, through ``check_texts``.

The comparison runs under the time limit (``limits.timeout-seconds``, 120 s by default); past it the edition's
findings are lost, so this is the size a block can reach before a check reports nothing. Prints seconds per ``n``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from heroes_i18ncheck import check_texts

KINDS = {
    "numbers": ("item {i} costs {v} units and", "prekė {i} kainuoja {v} vienetų ir"),
    "quantities": ("item {i} weighs {v} kg and", "prekė {i} sveria {v} kg ir"),
    "words": ("item {i} costs {v} units and", "prekė {i} kainuoja {w} vienetų ir"),
}
"""What each item states, in English and in Lithuanian: a bare number (values agree only by a shared reading), a
quantity (two quantities are also compared converted, so each is asked of every other quantity left over), or a
number the Lithuanian side writes in words (each number left over is looked for among the block's number words)."""


def editions(n: int, kind: str = "numbers") -> dict[str, str]:
    """An English and a Lithuanian edition whose second paragraph lists ``n`` items, every item's value changed."""
    en_item, lt_item = KINDS[kind]
    spell = _spelled("lt") if "{w}" in lt_item else str
    en = "Intro paragraph about the project partners.\n\n" + " ".join(en_item.format(i=i, v=i * 7) for i in range(n))
    lt = "Įžanga apie projekto partnerius.\n\n" + " ".join(
        lt_item.format(i=i, v=i * 7 + 1, w=spell(i * 7 + 1)) for i in range(n)
    )
    return {"en": en, "lt": lt}


def _spelled(language: str) -> Callable[[int], str]:
    """A number in ``language``'s words, as ICU spells it out (``septyni``)."""
    from icu4py.messageformat import MessageFormat

    spell = MessageFormat("{n, spellout}", language)
    return lambda n: spell.format({"n": n})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[250, 500, 1000])
    parser.add_argument("--kind", choices=sorted(KINDS), default="numbers", help="what each item states")
    args = parser.parse_args()
    for n in args.sizes:
        start = time.perf_counter()
        report = check_texts(editions(n, args.kind), reference="en")
        seconds = time.perf_counter() - start
        lost = "; ".join(e.message[:60] for e in report.errors) or "none"
        print(f"{n:6d} {args.kind} a side: {seconds:6.1f} s, {len(report.findings)} findings, errors: {lost}")


if __name__ == "__main__":
    main()
