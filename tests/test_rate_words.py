"""Rate words before a figure (claims/data/context.toml [rate_words]): 每秒 and the
traditional-script forms give the claim its rate denominator, as 每小时 and 每万人口 do."""

from __future__ import annotations

import pytest

from claims import extract


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        pytest.param("水库最大泄洪流量为每秒5000立方米", "5000立方米", "second", id="meimiao"),
        pytest.param("风速每秒40米", "40米", "second", id="meimiao-wind"),
        pytest.param("风速每小時63公里", "63公里", "hour", id="meixiaoshi-trad"),
        pytest.param("每萬人口擁有醫生32名", "32名", "10000 person", id="meiwanrenkou-trad"),
        pytest.param("戶均增收3000元", "3000元", "household", id="hujun-trad"),
        pytest.param("猪肉每公斤23.5元", "23.5元", "kilogram", id="mei-gongjin-price"),
        pytest.param("汽油每升7.8元", "7.8元", "liter", id="mei-sheng-price"),
        pytest.param("每公顷产量7.5吨", "7.5吨", "hectare", id="mei-gongqing-yield"),
    ],
)
def test_rate_word_sets_per(text: str, surface: str, per: str) -> None:
    """The figure after a rate word is a rate with that denominator."""
    (c,) = extract(text)
    assert (c.text, c.kind.value, c.per) == (surface, "rate", per)


@pytest.mark.parametrize(
    "text", ["粮食单产5720公斤/公顷（381公斤/亩）", "日均流量5000立方米/秒"], ids=str
)
def test_rate_word_before_a_written_rate_adds_no_denominator(text: str) -> None:
    """单产 before 5720公斤/公顷 names the quantity: the unit is a rate already, no per mu."""
    assert [c.per for c in extract(text)] == [None] * len(extract(text))
