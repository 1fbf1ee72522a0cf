"""date-mismatch — a date differs between editions.

Dates are compared as calendar dates, whatever the language writes:
``14 March 2023`` = ``14 март 2023 г.`` = ``2023 m. kovo 14 d.``. A date given
without its year in one edition agrees with the full date in another when the
parts it has are the same; a day and month one edition adds where the other names
the day of the week (``Saturday`` → ``samedi 29 septembre``) is no difference.

Passes (en → bg): ``The review took place on 8 December 2022.`` ↔ ``Прегледът се състоя на 8 декември 2022 г.``.
Fails (en → bg): ``The review took place on 8 December 2022.`` ↔ ``Прегледът се състоя на 9 декември 2022 г.``.
"""

from __future__ import annotations

from ..entities.dates import weekday_named
from ..model import EntityKind, Severity
from .base import Pair, Rule
from .date_values import dates_agree
from .majority import value_check
from .values import Status, ValueDiff

KINDS = frozenset({EntityKind.DATE})


def not_a_named_weekday(pair: Pair, diff: ValueDiff) -> bool:
    """False for a day and month without a year that one side gives where the other names the day of the week
    (``published Saturday`` → ``publié samedi 29 septembre``): the translator spelled out which day it was."""
    if diff.status not in (Status.ADDED, Status.REMOVED):
        return True
    located = diff.reference or diff.translation
    other = diff.translation_block if diff.reference else diff.reference_block
    if located is None or other is None or not all(v.startswith("--") for v in located.entity.values):
        return True
    language = (pair.translation if diff.reference else pair.reference).document.language
    return not weekday_named(other.text, language)


RULE = Rule(
    code="H102",
    name="date-mismatch",
    severity=Severity.ERROR,
    summary="A date differs between editions.",
    description=__doc__ or "",
    check=value_check(KINDS, "date", agree=dates_agree, select=not_a_named_weekday),
    one_sided=Severity.WARNING,
)
