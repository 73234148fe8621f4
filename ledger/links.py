"""Links: a reviewer's word on which claims measure the same metric, applied to the metric keys.

``effective_groups`` takes claims and the links recorded between them (oldest first) and
returns the claims grouped by their effective metric key, the grouping consistency rules
should use instead of the automatic ``metric_key`` alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claims.models import Claim
from ledger.models import Link

__all__ = ["effective_groups"]

OWN_KEY = "claim:"  # prefix of the key a claim gets when it is alone in its group


def effective_groups(claims: Sequence[Claim], links: Iterable[Link]) -> dict[str, list[Claim]]:
    """Claims grouped by effective metric key: the automatic key, corrected by links.

    A claim starts under its ``metric_key``. The latest link of each pair decides:
    ``same=False`` takes ``b`` out of a group it shares with ``a`` (it gets the key
    ``claim:<id>``); ``same=True`` merges the two groups, named after the smallest
    automatic key in them. Claims with neither a key nor a ``same`` link are left out.
    Groups and the claims in them keep the order given, groups sorted by key.
    """
    key = {c.id: c.metric_key or f"{OWN_KEY}{c.id}" for c in claims}
    latest: dict[tuple[str, str], Link] = {}
    for lk in links:
        latest[(min(lk.a, lk.b), max(lk.a, lk.b))] = lk
    for lk in latest.values():
        if not lk.same and key[lk.a] == key[lk.b]:
            key[lk.b] = f"{OWN_KEY}{lk.b}"
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.get(k, k) != k:
            parent[k] = parent.get(parent[k], parent[k])  # path halving keeps it near-linear
            k = parent[k]
        return k

    for lk in latest.values():
        if lk.same:
            ra, rb = find(key[lk.a]), find(key[lk.b])
            if ra != rb:
                first, second = sorted((ra, rb), key=lambda k: (k.startswith(OWN_KEY), k))
                parent[second] = first
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        groups.setdefault(find(key[c.id]), []).append(c)
    return {
        k: v
        for k, v in sorted(groups.items())
        if not (k.startswith(OWN_KEY) and len(v) == 1 and v[0].metric_key is None)
    }
