"""Consistency rules: one module per rule, run in the order of ``RULES``.

Every rule is a plain function with the signature ``Rule``: it takes one ``CheckInput``
(the claims, their source texts, each source's as-of date and precomputed groupings) and
returns ``Finding`` records, including ``consistent`` and ``not_checked`` ones: a rule
never passes silently. A rule's id (``Finding.rule``) is its module's name; docs/rules.md
has one section per id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ledger.models import Finding
from ledger.rules._common import CheckInput
from ledger.rules.conversion import conversion
from ledger.rules.duration_vs_dates import duration_vs_dates
from ledger.rules.editions_vs_dates import editions_vs_dates
from ledger.rules.growth import growth
from ledger.rules.plausibility import plausibility
from ledger.rules.rounding import rounding
from ledger.rules.same_metric import same_metric
from ledger.rules.share import share
from ledger.rules.sum import sum_parts
from ledger.rules.units import units

__all__ = ["RULES", "CheckInput", "Rule", "rule_id"]

Rule = Callable[[CheckInput], Iterable[Finding]]

RULES: tuple[Rule, ...] = (
    same_metric,
    rounding,
    conversion,
    sum_parts,
    share,
    growth,
    editions_vs_dates,
    duration_vs_dates,
    plausibility,
    units,
)


def rule_id(rule: Rule) -> str:
    """The id a rule's findings carry: the last part of its module's name.

    >>> rule_id(sum_parts), rule_id(same_metric)
    ('sum', 'same_metric')
    """
    return rule.__module__.rsplit(".", 1)[-1]
