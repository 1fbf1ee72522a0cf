"""editions-do-not-match — a file is not an edition of the same issue as the reference.

When the alignment finds too little in common (another newsletter, the wrong
file), comparing facts would only produce noise: one finding replaces hundreds,
and no other rule runs on that file. A translation whose blocks cannot be
aligned (Japanese or Chinese written without spaces, a poor text layer) but
which states the reference's facts is compared as a whole, with one warning. An edition too short to tell (under six
blocks and under 600 characters, like a two-line snippet) is always compared.

Passes (en → bg): ``24 partners met in Lisbon on 26 June 2023.`` ↔ ``24 партньори се срещнаха в Лисабон на 26 юни 2023 г.``.
Fails (en → bg): ``24 partners met in Lisbon on 26 June 2023. ¶ The review is done. ¶ Subscribe at https://heroes-fct.eu ¶ Our guide helps front-line officers. ¶ The carnival campaign reached 2,000 people. ¶ Follow @heroes_fct for news.`` ↔ ``Биткойн е електронна парична система. ¶ Мрежата отбелязва времето на транзакциите. ¶ Доказателство за работа. ¶ Възли. ¶ Стимули. ¶ Поверителност. ¶ Изчисления.``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Severity
from .base import Comparison, Rule, finding, side


def check(rule: Rule, comparison: Comparison) -> Iterator[Finding]:
    """One finding per translation whose alignment confidence is below the match threshold: an error when it is not
    the same issue, a warning when its facts say it is and were compared with the whole reference."""
    for pair in (p for p in comparison.pairs if p.whole):
        yield finding(
            rule,
            f"its blocks could not be aligned with the reference's (alignment confidence {pair.alignment.confidence:.2f}),"
            " but it states the same facts: they were compared edition against edition, paragraphs were not",
            side(pair.reference.document, None),
            side(pair.translation.document, None),
            "whole",
            severity=Severity.WARNING,
        )
    for pair in comparison.unmatched:
        confidence = pair.alignment.confidence
        yield finding(
            rule,
            f"does not look like the same issue as the reference (alignment confidence {confidence:.2f});"
            " its facts were not compared",
            side(pair.reference.document, None),
            side(pair.translation.document, None),
            "",
        )


RULE = Rule(
    code="H203",
    name="editions-do-not-match",
    severity=Severity.ERROR,
    summary="A file does not look like an edition of the same issue as the reference.",
    description=__doc__ or "",
    check=check,
)
