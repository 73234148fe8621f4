"""Numerals inside words and names that state no figure (data in claims/data/context.toml
[set_aside] and qualifiers.toml): engineering groups, Hong Kong cyclone signals, secondary
collapses; and 赶超, where 超 is part of a verb and bounds nothing."""

from __future__ import annotations

import pytest

from claims import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("该隧道由中铁二局承建", id="zhongtie-erju"),
        pytest.param("中建三局负责施工", id="zhongjian-sanju"),
        pytest.param("天文台发出八号烈风或暴风信号", id="hk-signal-8"),
        pytest.param("天文台改发八號東北烈風或暴風信號", id="hk-signal-8-trad-direction"),
        pytest.param("三号强风信号仍然生效", id="hk-signal-3"),
        pytest.param("当晚悬挂8号风球", id="hk-signal-8-arabic"),
        pytest.param("救援人员要防止发生二次垮塌", id="ercikuata"),
        pytest.param("警惕二次滑坡", id="ercihuapo"),
        # my own sentences after the forms of gov.cn big5 pages and holiday travel reports
        pytest.param("分産業看,第一産業增長較快", id="diyi-chanye-trad-variant"),
        pytest.param("第三產業比重上升", id="disan-chanye-trad"),
        pytest.param("周边一日游产品受欢迎", id="yiriyou"),
        pytest.param("全省客货运输两旺", id="liangwang"),
        pytest.param("三坊七巷游人如织", id="sanfang-qixiang"),
    ],
)
def test_names_and_words_with_numerals_are_no_claims(text: str) -> None:
    """A numeral inside a name or a fixed word (中铁二局, 八号风球, 二次垮塌) is no claim."""
    assert extract(text) == []


def test_ganchao_is_no_bound() -> None:
    """超 in 赶超 (catch up with) is part of the verb: 2019年 is not bounded from below."""
    claims = extract("客流赶超2019年同期水平")
    assert [c.text for c in claims] == ["2019年"]
    assert claims[0].value.qualifier is None  # type: ignore[union-attr]


def test_signal_name_leaves_other_figures() -> None:
    """The signal's 八 is set aside; a wind speed in the same sentence is still a claim."""
    claims = extract("八号烈风信号生效期间,最高风速达每小时120公里")
    assert [c.text for c in claims] == ["120公里"]


def test_hotline_number_with_a_magnitude_is_a_figure() -> None:
    """12358 is a price hotline, but 12358亿斤 (a grain total in 斤) is a figure."""
    assert [c.text for c in extract("全国粮食总产量61791万吨（12358亿斤）")] == [
        "61791万吨",
        "12358亿斤",
    ]
    assert extract("请拨打12358价格举报热线") == []


def test_unit_power_after_a_slash_is_no_code() -> None:
    """m3 after a slash is the unit's denominator (160μg/m3), not a code like PM2.5."""
    assert [(c.text, c.unit) for c in extract("PM2.5浓度为160μg/m3")] == [
        ("160μg/m3", "microgram / cubic_meter")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "新華社太原3月12日專電(記者王學濤)記者從山西省地震局獲悉,死亡2人。",  # 专电
        "央广网临汾3月21日消息,记者从现场了解到,已造成2人死亡。",  # …日消息
        "中新社福州八月十日电 (记者罗钦文)今年台风造成2人死亡。",  # Chinese numerals
    ],
    ids=["zhuandian", "xiaoxi", "chinese-numerals"],
)
def test_news_dateline_variants_are_set_aside(text: str) -> None:
    """An agency dateline (专电, 消息, Chinese numerals) is no claim; the story's figures are."""
    assert [c.text for c in extract(text)] == ["2人"]


def test_a_date_before_xiaoxi_in_a_sentence_stays() -> None:
    """据3月21日消息称 is a sentence: its date is a claim."""
    assert [c.text for c in extract("据3月21日消息称，已造成2人死亡。")] == ["3月21日", "2人"]


@pytest.mark.parametrize("text", ["這是一個重要指標", "制定了一份方案"], ids=str)
def test_indefinite_one_in_traditional_script_and_fen(text: str) -> None:
    """一 + a measure word before a noun reads "a/an", in traditional script too (一個, 一份)."""
    assert extract(text) == []
