"""Hypothesis strategies shared by the property tests: integers as Chinese numerals and figures."""

from __future__ import annotations

import cn2an
from hypothesis import strategies as st

MAX = 10**16 - 1  # cn2an writes at most 16 digits

integers = st.integers(min_value=0, max_value=MAX)

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def chinese(n: int) -> str:
    """``n`` as cn2an writes it (一万二千三百四十五)."""
    return str(cn2an.an2cn(str(n)))


def separated(n: int) -> str:
    """``n`` with thousands separators (16,812)."""
    return f"{n:,}"


def fullwidth(n: int) -> str:
    """``n`` in full-width digits (１６８１２)."""
    return str(n).translate(_FULLWIDTH)


def wan_form(n: int) -> str:
    """``n`` as Arabic digits around 亿 and 万 (1234万5678, 3亿0万12 is avoided)."""
    yi, rest = divmod(n, 10**8)
    wan, ones = divmod(rest, 10**4)
    out = ""
    if yi:
        out += f"{yi}亿"
    if wan:
        out += f"{wan}万"
    if ones or not out:
        out += str(ones) if not out or ones >= 1000 else f"零{ones}"
    return out


decimal_wan = st.builds(
    lambda i, d: (f"{i}.{d}万", i * 10000 + int(d) * 10 ** (4 - len(d))),
    st.integers(min_value=1, max_value=99999),
    st.from_regex(r"[1-9]|[0-9][1-9]|[0-9]{2}[1-9]", fullmatch=True),
)
"""Pairs (text, value) such as ("12.5万", 125000)."""

numeral_forms = st.sampled_from([chinese, separated, fullwidth, wan_form])

clock_times = st.builds(
    lambda h, m, chinese_form: (
        f"{chinese(h)}时{chinese(m)}分" if chinese_form else f"{h}时{m:02d}分"
    ),
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=1, max_value=59),
    st.booleans(),
)
"""Clock times as the news writes them ("9时30分", "十八时五分")."""

bound_pairs = st.tuples(
    st.sampled_from(["大于", "超过", "不小于", "至少"]),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["", "并", "且", "并且"]),
    st.sampled_from(["小于", "少于", "不大于", "最多"]),
    st.integers(min_value=0, max_value=10**6),
)
"""A lower bound word and figure, a joiner, an upper bound word and figure (大于10并小于20)."""
