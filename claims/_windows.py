"""Windows that are no durations (private to ``claims.timex``): N+unit that is part of a
metric's name (24小时降水量, 1小时雨量, 48小时降温) or 一+unit read as "during the unit"
(一周当中4℃的最低气温). The value engine reads no duration claim there (DESIGN section 5);
24小时内 and 持续24小时降雨 stay durations.

The word tables are ``time_words.toml`` ``window_*``.

>>> window_spans("24小时降水量达120毫米，一周当中4℃的最低气温，24小时内")
[(0, 4), (14, 16)]
"""

from __future__ import annotations

import re
from functools import cache

import regex

from claims._alt import alt
from claims.vocab import time_words

_alt = alt


@cache
def _window_re() -> tuple[re.Pattern[str], regex.Pattern[str], regex.Pattern[str]] | None:
    """The next words (metric or during), and the windows ending right before each kind of
    next word, or ``None`` when the word tables have none."""
    tw = time_words()
    if not tw.window_units or not (tw.window_metric_next or tw.window_during_next):
        return None
    blocked = rf"(?<!{_alt(tw.window_blocked_before)})" if tw.window_blocked_before else ""
    units = _alt(tw.window_units)
    lead = rf"(?<! [\d.〇零一二两三四五六七八九十百千] ) {blocked}"  # the whole number, no verb
    metric = regex.compile(  # 24小时降水量: the metric's name
        rf"{lead} (?: \d{{1,3}} | [一二两三四五六七八九十]{{1,3}} ) [ ]? (?:{units}) \Z",
        regex.VERBOSE,
    )
    during = regex.compile(rf"{lead} [一1] [ ]? (?:{units}) \Z", regex.VERBOSE)  # 一周当中
    nexts = tw.window_metric_next + tw.window_during_next
    return (
        re.compile("|".join(re.escape(w) for w in sorted(nexts, key=len, reverse=True))),
        metric,
        during,
    )


def window_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the windows of ``text`` that are no durations (see the module doc); tried
    only right before a next word (work proportional to those words)."""
    patterns = _window_re()
    if patterns is None:
        return []
    nexts, metric, during = patterns
    during_words = frozenset(time_words().window_during_next)
    out: list[tuple[int, int]] = []
    for hit in nexts.finditer(text):
        p = hit.start()
        window = (during if hit.group() in during_words else metric).search(text, max(0, p - 8), p)
        if window is not None and (not out or out[-1][1] <= window.start()):
            out.append(window.span())
    return out
