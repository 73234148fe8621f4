"""The currency of a bare yuan on a Hong Kong, Macau or Taiwan page (unit_rules.toml
[page_currency]), for ``claims.units.match_unit``.

總計損失約新台幣5.9億元……損失約5億6442萬元: once a page in traditional script has named its
currency (新台幣, 港幣, 澳門幣, 葡幣), a later bare 元 (萬元, 億元 ...) is that currency. The last
currency word written before the figure, within a reach, decides; a named renminbi (人民幣)
takes the page back to CNY. A mainland page in simplified script keeps its 元 as CNY (港股成交
1200亿港元，A股成交9800亿元), unless it declares the currency in brackets (拨款50亿元(港币,
下同)。……注资50亿元: both HKD).

Cost: the currency words of a text are found once (one stdlib ``re`` scan, cached for the last
text seen, which ``match_unit`` is given for every figure of a text) and only when a bare 元
figure is read; each figure then takes a bisect.

>>> local_currency("總計損失約新台币5.9亿元，損失约5亿6442万元", 26, 28)
'TWD'
>>> local_currency("港股成交1200亿港元，A股成交9800亿元", 22, 24) is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from claims import vocab
from claims.unit_tables import tables

__all__ = ["local_currency"]


class _Words:
    """The compiled currency words: one pattern, the code of each word, the script class."""

    def __init__(self) -> None:
        rules = vocab.unit_rules().page_currency
        t = tables()
        wanted = set(rules.codes) | set(rules.reset)
        code: dict[str, str] = {}
        for table in (t.prefix, t.suffix):
            for surface, e in table.items():
                if e.unit in wanted and e.factor == 1 and surface not in ("元", "圆", "元钱"):
                    code[surface] = e.unit
        code.pop("块钱", None)  # colloquial mainland yuan: names no page currency
        self.code = code
        self.local = frozenset(rules.codes)
        self.reach = rules.reach
        self.words = re.compile("|".join(re.escape(w) for w in sorted(code, key=len, reverse=True)))
        self.script = re.compile(f"[{re.escape(rules.script)}]")


@cache
def _words() -> _Words:
    return _Words()


# A figure's own currency prefix (新台币5.9亿, 港币 10亿): only figure characters between the
# word and the unit; the caller (claims._figure_claim) joins such a prefix to the claim itself.
_OWN_PREFIX = re.compile(r"[0-9.,， 〇零一二两三四五六七八九十百千万亿]*")

# A currency word set in brackets after a figure, for it and what follows (拨款50亿元(港币,下同)):
# a declaration in any script.
_DECLARED = re.compile(r"[ ,，、]?下同")
_OPEN = "(（"

_last: tuple[str, list[int], list[str]] = ("", [], [])  # the last text: word ends, codes


def _found(text: str) -> tuple[list[int], list[str]]:
    global _last
    if _last[0] is text:
        return _last[1], _last[2]
    w = _words()
    found = [(m.start(), m.end(), w.code[m.group()]) for m in w.words.finditer(text)]
    # a conversion in brackets after a figure (人民幣147.55億元(下同,約新台幣590億元)) is its
    # own: it names no currency for the page
    found = [(s, e, "(" + c if _converted(text, s) else c) for s, e, c in found]
    if any(code in w.local for *_, code in found) and not w.script.search(text):
        found = [  # a mainland page: only a declared word, or a bracketed one for its figure
            (s, e, c if c not in w.local or _DECLARED.match(text, e) else "(" + c)
            for s, e, c in found
            if c not in w.local or _DECLARED.match(text, e) or text[s - 1 : s] in _OPEN
        ]
    if not any(code in w.local or code[0] == "(" for *_, code in found):
        found = []
    ends, codes = [e for _, e, _ in found], [c for *_, c in found]
    _last = (text, ends, codes)
    return ends, codes


_CONVERSION = re.compile(r"[(（][^()（）]{0,8}?[约約合折]{1,2}$")


def _converted(text: str, start: int) -> bool:
    """Whether the currency word at ``start`` opens a conversion in brackets right after a
    figure's unit (…億元(下同,約新台幣590億元), 5亿元（约合港币…）)."""
    m = _CONVERSION.search(text, max(0, start - 10), start)
    return m is not None and text[m.start() - 1 : m.start()] in ("元", "圆")


def local_currency(text: str, start: int, end: int) -> str | None:
    """The page's currency for the bare yuan ``text[start:end]`` (TWD, HKD, MOP), or ``None``
    when it stays CNY: no local currency named before it within the reach, a named renminbi
    after it, a page not in traditional script (unless 下同 declares it), or the figure's own
    prefix. A currency word in brackets right after the unit is the figure's own (5亿元(港币))."""
    ends, codes = _found(text)
    if not ends:
        return None
    if text[end : end + 1] in _OPEN:
        i = bisect_left(ends, end + 2)
        if i < len(ends) and _words().words.match(text, end + 1) and ends[i] <= end + 6:
            return codes[i].lstrip("(") if codes[i] != "CNY" else None  # 3.5亿元(港币,下同)
    i = bisect_left(ends, start + 1) - 1  # the last word ending at or before the unit
    while i >= 0 and codes[i][0] == "(":
        i -= 1  # (a bracketed word of a mainland page is its own figure's only)
    if i < 0:
        return None
    w = _words()
    at, code = ends[i], codes[i]
    if code not in w.local or start - at > w.reach:
        return None
    if _OWN_PREFIX.fullmatch(text, at, start):
        return None
    return code
