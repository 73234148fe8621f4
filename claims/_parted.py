"""分别 lists read again (private to ``claims.context``). Takes the clause before a figure;
returns the clause as ``claims._reach._distributed`` can part it, or a list item made whole.

Split from ``claims._carry`` so that each module stays readable: the parting itself stays in
``claims._reach``; these helpers mend what it could not read (a filler ending the list, an item
cut at the list's length cap, the figures restated as shares of a baseline).
"""

from __future__ import annotations

import regex

from claims._clause import _strip, _trim
from claims._clause_words import _Patterns


def unfilled(head: str, p: _Patterns) -> str | None:
    """``head`` with the fillers ending the text before its distributor dropped (and spaces put
    in front, so offsets stay), or ``None`` when none ends it: 进口和出口同比分别增长 ->
    ``  进口和出口分别增长``."""
    at = max(head.rfind(x) for x in p.words.distributors)
    before = _strip(head[:at], p)[0]
    if not before or len(before) == at:
        return None
    return " " * (at - len(before)) + before + head[at:]


_ITEM_BEFORE = regex.compile(r"\p{Han}+$")  # the Chinese characters a list item may run back to


def widened(head: str, item: str, p: _Patterns) -> str:
    """A list item cut short at the list's length cap, run back to its start: 会消费品零售总额
    in 全年社会消费品零售总额和网上零售额分别… -> 社会消费品零售总额 (the time word trimmed);
    an item given the last item's count ending though it has one: 刑事案件破案总数、打击处理
    人数分别… -> 刑事案件破案总数 (was 刑事案件破案总数人数)."""
    suffixes = p.words.count_suffixes
    for tail in (x for x in suffixes if item.endswith(x) and item not in head):
        if item[: -len(tail)] in head and item[: -len(tail)].endswith(suffixes):
            return item[: -len(tail)]
    at = next((k for k in (head.find(item + x) for x in "、和及与") if k > 0), -1)
    run = _ITEM_BEFORE.search(head, max(0, at - 16), at) if at > 0 else None
    if run is None:
        return item
    whole = _trim(p.lead.sub("", run.group() + item), p)
    return whole if item in whole and len(whole) <= 16 else item


def restated(head: str, p: _Patterns) -> bool:
    """Whether the text after a distributor only restates the figures before as shares of a
    baseline: 分别恢复到2019年春节的 (the metrics are the figures' before, in order)."""
    at = max(head.rfind(x) for x in p.words.distributors)
    rest = head[at:]
    rest = rest[next(len(x) for x in p.words.distributors if rest.startswith(x)) :]
    return rest.endswith("的") and rest.startswith(p.words.baseline_leads)
