"""Consistency rules: one module per rule, run in the order of ``RULES``.

Every rule is a plain function with the signature ``Rule``: it takes the claims to check
(and the check's context) and yields ``Finding`` records, including ``consistent`` and
``not_checked`` ones: a rule never passes silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from claims.models import Claim
from ledger.models import Finding

__all__ = ["RULES", "Rule"]

Rule = Callable[[Sequence[Claim]], Iterable[Finding]]

RULES: tuple[Rule, ...] = ()
