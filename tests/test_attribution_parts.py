"""Attribution of the parts of a sentence: a place in a breakdown after a total (其中甲县4100人,
山区28℃), an aside in brackets, a list marker opening an item (一、全国粮食…), a preposition
opening a subject (对全国经济增长的贡献率), a period before an average (近五年…年均增长).

Rows are grouped by provenance: sentences written for these tests, and sentences adapted from
real pages (URL in a comment; names and figures changed).
"""

from __future__ import annotations

from typing import Any

import pytest

import claims


def _claim(text: str, surface: str) -> claims.Claim:
    """The claim of ``text`` whose surface is ``surface``."""
    return next(c for c in claims.extract(text) if c.text == surface)


WRITTEN = [
    # a place alone before a figure after a total: the place is the subject, the metric the total's
    pytest.param(
        "今日全市最高气温30℃，山区28℃；最小相对湿度60%。",
        "28℃",
        {"subject": "山区", "metric": "最高气温"},
        id="breakdown-place-weather",
    ),
    pytest.param(
        "今日全市最高气温30℃，山区28℃；最小相对湿度60%。",
        "60%",
        {"subject": "全市", "metric": "最小相对湿度"},
        id="breakdown-place-goes-no-further",
    ),
    pytest.param(
        "地震造成全州受灾人口8000人，其中甲县4100人，乙县3900人。",
        "4100人",
        {"subject": "甲县", "metric": "受灾人口"},
        id="breakdown-place-after-a-cause",
    ),
    pytest.param(
        "全省共有乡镇120个，其中民族乡12个。",
        "12个",
        {"metric": "民族乡"},
        id="a-count-of-places-keeps-its-noun",
    ),
    # a list of names before 分别 with no metric word: each figure is its item's
    pytest.param(
        "云南、江苏、四川分别为4514万人次、4135万人次、3900万人次。",
        "4135万人次",
        {"subject": "江苏"},
        id="fenbie-names-are-subjects",
    ),
    pytest.param(
        "全省接待游客1.2亿人次，其中甲市、乙市分别为4514万人次、4135万人次。",
        "4514万人次",
        {"subject": "甲市", "metric": "接待游客"},
        id="fenbie-names-take-the-total-metric",
    ),
    pytest.param(
        "进口和出口同比分别增长5.1%、7.3%。",
        "7.3%",
        {"metric": "出口"},
        id="fenbie-metric-list-unchanged",
    ),
    # 农作物 is the object of a disaster measure, not a subject the clauses after take
    pytest.param(
        "农作物受灾面积1200公顷，直接经济损失3亿元。",
        "3亿元",
        {"subject": None, "metric": "直接经济损失"},
        id="crops-are-metric-material",
    ),
    pytest.param(
        "此次强降雨共造成全县8个乡镇2.3万人受灾；农作物受灾面积1.2千公顷；直接经济损失3亿元。",
        "3亿元",
        {"subject": "全县", "metric": "直接经济损失"},
        id="caused-region-glued-to-a-count",
    ),
    pytest.param(
        "全市共发生火灾120起，其中城区80起，农村40起。",
        "40起",
        {"subject": "农村", "metric": "发生火灾"},
        id="breakdown-by-settlement",
    ),
    # an aside's metric is not the sentence's
    pytest.param(
        "今天全市最高气温31℃（昨日最高32℃），各区普遍在15-17℃。",
        "15-17℃",
        {"subject": "各区", "metric": "最高气温"},
        id="aside-metric-not-inherited",
    ),
    # a list marker numbers an item, it is no part of the subject
    pytest.param(
        "一、全国粮食播种面积11870万公顷。",
        "11870万公顷",
        {"subject": "全国粮食", "metric": "播种面积"},
        id="list-marker-chinese-numeral",
    ),
    pytest.param(
        "（二）全市粮食总产量52万吨。",
        "52万吨",
        {"subject": "全市", "metric": "粮食总产量"},
        id="list-marker-bracketed",
    ),
    # 对 opening a subject introduces what a share goes to
    pytest.param(
        "消费对经济增长的贡献率为56.8%。",
        "56.8%",
        {"subject": "消费", "metric": "对经济增长贡献率"},
        id="toward-is-metric-material",
    ),
    pytest.param(
        "今年以来全市经济稳中有进。对全国经济增长的贡献率为3.1%。",
        "3.1%",
        {"metric": "对全国经济增长贡献率"},
        id="toward-opening-no-subject",
    ),
    pytest.param(
        "全市对外贸易进出口总额达1200亿元。",
        "1200亿元",
        {"subject": "全市", "metric": "对外贸易进出口总额"},
        id="foreign-trade-keeps-its-subject",
    ),
]


ADAPTED = [
    # http://dt.dzsm.com/showarticle.asp?id=68699 (a county's rainstorm tally)
    pytest.param(
        "大暴雨造成该县2800人受灾，紧急转移避险人员2900余人，其中矿山企业1000人，"
        "山洪危险区1400人，地质灾害危险区300人。",
        "1400人",
        {"subject": "山洪危险区", "metric": "紧急转移避险人员"},
        id="breakdown-after-a-non-place-item",
    ),
    # an aftershock tally (a news report on the Lushan earthquake; figures changed), the
    # "看中國" page the pages search returned for 共记录到…余震, 其中…级以上余震…次
    pytest.param(
        "共记录到余震800次，其中3级以上余震50次，包括5到5.9级的余震2次、4到4.9级的余震12次。",
        "12次",
        {"metric": "余震"},
        id="aftershocks-of-a-magnitude-class",
    ),
    pytest.param(
        "芦山县发生地震后，共记录到800次余震，其中3级以上余震50次。",
        "50次",
        {"subject": "芦山县", "metric": "余震"},
        id="recorded-is-a-verb",
    ),
    # http://ischool.net.cn/xwzx/2021shehui/202204/t20220407_12424704.htm (figures changed)
    pytest.param(
        "该次4.1级地震震中周边200公里内近5年来发生3级以上地震共270次。",
        "200公里内",
        {"metric": "地震震中周边"},
        id="near-is-no-metric",
    ),
    # https://www.unclezhai.com/4779/ (a city's holiday travel report; figures changed)
    pytest.param(
        "今年“五一”假期，甲市共接待游客1400万人次，同比增长27.5%，其中，本市游客600万人次，"
        "外埠游客800万人次；实现旅游收入122亿元。",
        "122亿元",
        {"subject": "甲市", "metric": "旅游收入"},
        id="breakdown-parts-stop-at-the-semicolon",
    ),
    # https://swglj.cngy.gov.cn/new/show/efc09795763d4e068ae5225c42c3fe78.html (figures changed)
    pytest.param(
        "“五一”节三天，我县共接待游客20万人次，实现旅游综合收入5700万元。",
        "5700万元",
        {"subject": "我县", "metric": "旅游综合收入"},
        id="composite-income-is-one-metric",
    ),
    # https://m.qi18.com/shlvyou/txxxxzzfrqiyibaafysjtz (a city forecast; figures changed)
    pytest.param(
        "28日白天：晴转多云；平原地区最高气温18℃，山区最高气温13~17℃；最小相对湿度20%。",
        "20%",
        {"subject": None, "metric": "最小相对湿度"},
        id="parallel-parts-stop-at-the-semicolon",
    ),
    pytest.param(
        "报告期内，公司实现营业收入356亿元，同比增长12%；归属于上市公司股东的净利润41亿元；"
        "基本每股收益1.23元。",
        "1.23元",
        {"subject": "公司"},
        id="the-body-goes-on-past-the-semicolon",
    ),
    # a two-character county opening a sentence is its topic (a written row of the same class)
    pytest.param(
        "礼县先降暴雨，累计降雨量80毫米。",
        "80毫米",
        {"subject": "礼县", "metric": "降雨量"},
        id="two-character-county-topic",
    ),
    pytest.param(
        "某区发生火灾，造成3人死亡。",
        "3人",
        {"subject": "某区", "metric": "死亡"},
        id="unnamed-district-topic",
    ),
    pytest.param(
        "楼市持续降温，成交量下降20%。",
        "20%",
        {"subject": None, "metric": "成交量"},
        id="a-market-is-no-place",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), WRITTEN + ADAPTED)
def test_attribution_of_parts(text: str, surface: str, expected: dict[str, Any]) -> None:
    """The figure gets the subject and metric a reader would give it."""
    c = _claim(text, surface)
    assert {k: getattr(c, k) for k in expected} == expected


def test_carried_subjects_are_bounded() -> None:
    """A chain of ；-joined parts carries at most CARRY_LIMIT subjects (the latest ones), so a
    long chain costs no more per part than a short one."""
    from claims._parts import CARRY_LIMIT, carried_subjects
    from claims.models import Span

    subjects = [(i, "全市") for i in range(CARRY_LIMIT * 3)]
    kept = carried_subjects("全市" * 10, Span(start=0, end=20), subjects)
    assert kept == subjects[-CARRY_LIMIT:]
