"""Values and units of figures in real Chinese prose (statistics bulletins, disaster tallies,
travel and weather reports): each row is a short fragment, the claim text it must yield, its
literal interval (``str(Interval)``) and its unit.

Rows are grouped by provenance: fragments of stored public pages (URL in a comment), then own
variants of the same classes.
"""

from __future__ import annotations

import pytest

import claims

ROWS = [
    # http://www.kmmxsc.com/news/shehui/20171212/7066.html (有余 after a round figure)
    pytest.param("称一年要花去3万有余。", "3万有余", "(30000, 40000)", None, id="wan-youyu"),
    # own variants of spoken bounds in disaster tallies and bulletins
    pytest.param("转移群众接近于5万人。", "接近于5万人", "[40000, 50000)", "人", id="jiejinyu"),
    pytest.param("播种面积近乎3000亩。", "近乎3000亩", "[2000, 3000)", "mu", id="jinhu"),
    pytest.param("受灾人口不下10万人。", "不下10万人", "[100000, +inf)", "人", id="buxia"),
    pytest.param("损失不止2亿元。", "不止2亿元", "(200000000, +inf)", "CNY", id="buzhi"),
    pytest.param("现场约莫200人。", "约莫200人", "[100, 300]", "人", id="yuemo"),
    pytest.param("大概2000人参加。", "大概2000人", "[1000, 3000]", "人", id="dagai"),
    pytest.param("财政收入300万元有余。", "300万元有余", "(3000000, 4000000)", "CNY",
                 id="youyu-after-unit"),
    pytest.param("年纪五十开外。", "五十开外", "(50, 60)", None, id="kaiwai"),
    pytest.param("她三十岁出头。", "三十岁出头", "(30, 40)", "year", id="chutou"),
]


def _unit(c: claims.Claim) -> str | None:
    return None if c.unit is None else str(c.unit)


@pytest.mark.parametrize(("text", "span", "literal", "unit"), ROWS)
def test_value_and_unit(text: str, span: str, literal: str, unit: str | None) -> None:
    """The figure is one claim spanning ``span`` with this literal interval and unit."""
    found = [c for c in claims.extract(text) if c.text == span]
    assert found, [c.text for c in claims.extract(text)]
    c = found[0]
    assert text[c.span.start : c.span.end] == c.text
    assert (str(c.value.literal), _unit(c)) == (literal, unit)
