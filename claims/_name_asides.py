"""Set-asides found from a rare word or mark rather than by the inventory's word pattern: a
private helper of claims/inventory.py.

Takes a text; returns ``(start, end, reason)`` for bylines whose names hold a numeral (记者王二报道,
（记者 张三 通讯员 李四）: ``name``) and stock codes in brackets after a name (招商银行(600036),
腾讯控股(00700.HK): ``code``). Each is looked for with ``str.find`` from its lead word or
bracket and read with one stdlib pattern there, so a text without them costs a few C scans
(in the word pattern every digit and candidate paid for them).

>>> extra_asides("记者王二报道，招商银行(600036)。")
[(0, 4, 'name'), (12, 18, 'code')]
"""

from __future__ import annotations

import re

from claims._word_asides import CN_NUM
from claims.vocab import context_words

__all__ = ["extra_asides"]

_SA = context_words().set_aside
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN_CHAR = re.compile(_HAN)
_NUMERALS = re.compile(f"[0-9{CN_NUM}]")
# after a byline word, up to four names of two or three characters apart by spaces or 、, then
# a space, bracket, punctuation, 报道 or 摄 (记者王二报道: 王二报 is no name, 报道 follows 王二)
_BYLINE = re.compile(
    rf"""
    [ \u3000]? {_HAN}{{2,3}} (?: [ \u3000、]+ {_HAN}{{2,3}} ){{0,3}}
    (?= [ \u3000、）)】/，,。；;:：\n] | 报道 | 報道 | 摄 | 攝 | $ )
    """,
    re.VERBOSE,
)
# a stock code: six digits (an exchange suffix maybe) or a Hong Kong code, then the bracket
_STOCK = re.compile(r"(?:[0-9]{6}(?:\.(?:SH|SZ|BJ|sh|sz))?|[0-9]{4,5}\.(?:HK|hk))[)）]")
_BRACKETS = ("(", "（")


def extra_asides(text: str) -> list[tuple[int, int, str]]:
    """Bylines holding a numeral (``name``) and bracketed stock codes (``code``) in ``text``."""
    out: list[tuple[int, int, str]] = []
    for lead in _SA.byline_leads:
        i = text.find(lead)
        while i >= 0:
            m = _BYLINE.match(text, i + len(lead))
            if m is not None and _NUMERALS.search(text, m.start(), m.end()):
                out.append((i, m.end(), "name"))
            i = text.find(lead, i + len(lead))
    for bracket in _BRACKETS:
        i = text.find(bracket)
        while i >= 0:
            if i and _HAN_CHAR.match(text, i - 1):
                m = _STOCK.match(text, i + 1, i + 12)
                if m is not None:
                    out.append((i + 1, m.end() - 1, "code"))
            i = text.find(bracket, i + 1)
    out.sort()
    return out
