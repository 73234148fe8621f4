"""Values and units of figures on real Chinese pages (weather, statistics, disaster and travel
reports in simplified and traditional script): each row is a short fragment, the claim text it
must yield, its literal interval (``str(Interval)``) and its unit.

Rows are grouped by provenance: fragments of stored public pages (URL in a comment), then own
variants of the same classes. Negative rows (``NO_CLAIM``) are fragments whose numerals state
no figure.
"""

from __future__ import annotations

import pytest

import claims

ROWS = [
    # http://cn.epochtimes.com/b5/9/8/11/n2619290.htm (Taiwan weather: a pair of whole numbers
    # apart by 、, and ○ set for 〇)
    pytest.param("低温也有二十八、二十九度。", "二十八、二十九度", "[28, 29]", "degree_Celsius",
                 id="pair-whole-chinese"),
    pytest.param("前十名全部突破二二○○毫米。", "突破二二○○毫米", "(2200, +inf)", "millimeter",
                 id="circle-zero"),
    # own variants: the units digit after 十 pairs with the next digit; two Arabic numbers one
    # apart with the unit written once are a rough range too
    pytest.param("白天气温二十七、八度。", "二十七、八度", "[27, 28]", "degree_Celsius",
                 id="pair-units-digit"),
    pytest.param("他今年十七、八岁。", "十七、八岁", "[17, 18]", "year", id="pair-age"),
    pytest.param("损失约二十七、八万元。", "约二十七、八万元", "[260000, 290000]", "CNY",
                 id="pair-units-digit-wan"),
    pytest.param("白天最高气温27、28度。", "27、28度", "[27, 28]", "degree_Celsius",
                 id="pair-arabic"),
    pytest.param("现场只有3、4个人。", "3、4个", "[3, 4]", "个", id="pair-arabic-small"),
    # own variant (Hong Kong print: a figure in 萬 with a decimal part after the 萬)
    pytest.param("全市耕地面積3萬7396.27公頃。", "3萬7396.27公頃", "[37396.27, 37396.27]",
                 "hectare", id="wan-then-decimal"),
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


APART = [
    # own variants: a list word before the pair, days, an ordinal, a list of three stay apart
    pytest.param("两地气温分别为27、28度。", id="list-word"),
    pytest.param("今年27、28日两天有雨。", id="days"),
    pytest.param("他们获得第27、28名。", id="ordinal"),
    pytest.param("编号为27、28、29的房屋。", id="list-of-three"),
    pytest.param("他们分列第十一、十二名。", id="ordinal-chinese"),
]


@pytest.mark.parametrize("text", APART)
def test_listed_numbers_stay_apart(text: str) -> None:
    """Numbers apart by 、 that are a list, days or ordinals make no rough range."""
    spans = [c.text for c in claims.extract(text)]
    assert not any("、" in s for s in spans), spans


NO_CLAIM = [
    # own variants: 〇 or ○ alone is a placeholder of a name or a bullet, not a zero
    pytest.param("〇〇公司的员工王〇〇说。", id="placeholder-ling"),
    pytest.param("○○公司的员工王○○说。", id="placeholder-circle"),
    pytest.param("项目包括：○ 道路建设；○ 桥梁。", id="bullet-circle"),
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(text: str) -> None:
    """The fragment states no figure."""
    assert [c.text for c in claims.extract(text)] == []


def test_decimal_after_a_finished_compound_starts_a_figure() -> None:
    """1.5万2.5万 and 3万0.5吨 stay two figures: only a whole figure's magnitude takes a decimal
    section."""
    assert [c.text for c in claims.extract("共1.5万2.5万人。")][:1] == ["1.5万"]
    assert [c.text for c in claims.extract("共3万0.5吨。")] == ["3万", "0.5吨"]
