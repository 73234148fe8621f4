"""Attribution on prose: the topic a paragraph opens with goes on to later sentences, and words the
clause cut apart (年平均增长率, 毛入学率, 地铁日客流) are read whole (claims._carry).

Rows are grouped by provenance: sentences written for these tests, and sentences adapted from
real pages (URL in a comment; names and figures changed).
"""

from __future__ import annotations

from typing import Any

import pytest

import claims
from claims._carry import carries, topic_of


def _claim(text: str, surface: str) -> claims.Claim:
    """The claim of ``text`` whose surface is ``surface``."""
    return next(c for c in claims.extract(text) if c.text == surface)


WRITTEN = [
    # the topic of a sentence goes on to the paragraph's later sentences that name none
    pytest.param(
        "台风“海燕”于8月3日在浙江温岭沿海登陆。登陆时中心附近最大风力13级。",
        "13级",
        {"subject": "海燕", "metric": "中心附近最大风力"},
        id="storm-name-carried",
    ),
    pytest.param(
        "受台风“海燕”影响，浙江省共有9市受灾。台风登陆时中心附近最大风力16级。",
        "16级",
        {"subject": "海燕"},
        id="the-storm-is-the-named-one",
    ),
    pytest.param(
        "江西省遭遇持续强降雨。累计造成12市48县受灾，紧急转移安置4.1万人。",
        "4.1万人",
        {"subject": "江西省", "metric": "紧急转移安置"},
        id="province-carried",
    ),
    pytest.param(
        "江西省遭遇持续强降雨。累计造成12市48县受灾，紧急转移安置4.1万人。",
        "12市",
        {"subject": "江西省", "metric": "受灾"},
        id="caused-count-shares-the-outcome",
    ),
    pytest.param(
        "今年入汛以来,湖南省受到强降雨影响,累计造成9市受灾,受灾人口31.5万人。",
        "31.5万人",
        {"subject": "湖南省", "metric": "受灾人口"},
        id="province-after-a-time-clause",
    ),
    pytest.param(
        "本公司今年营业收入120亿元。员工总数5200人，研发人员1560人。",
        "1560人",
        {"subject": "本公司", "metric": "研发人员"},
        id="body-subject-carried",
    ),
    pytest.param(
        "全区常住人口为91万人。其中，男性人口46万人；女性人口45万人。总人口性别比为102.2。",
        "102.2",
        {"subject": "全区"},
        id="a-part-is-not-carried",
    ),
    pytest.param(
        "今年第5号台风“海燕”已加强为强台风。1949年以来共有80个台风登陆本省，其中超强台风7个。",
        "7个",
        {"subject": None},
        id="no-topic-into-a-sentence-with-its-own-nouns",
    ),
    # a rate word or a compound cut apart by the clause reading
    pytest.param(
        "全市常住人口年平均增长率为0.53%。",
        "0.53%",
        {"subject": "全市", "metric": "常住人口年平均增长率", "per": "year"},
        id="annual-growth-rate-whole",
    ),
    pytest.param(
        "全省地区生产总值年均增长6.2%。",
        "6.2%",
        {"subject": "全省", "metric": "地区生产总值年均", "per": "year"},
        id="annual-average-growth-of-gdp",
    ),
    pytest.param(
        "两年平均增长6.5%。",
        "6.5%",
        {"metric": None, "per": "year"},
        id="two-year-average-per-year",
    ),
    pytest.param(
        "全市地区生产总值两年平均增长5.1%。",
        "5.1%",
        {"subject": "全市", "metric": "地区生产总值", "per": "year"},
        id="two-year-average-of-the-metric-before",
    ),
    pytest.param(
        "全市常住人口为1200万人，十年间年平均增长率为1.2%。",
        "十年",
        {"metric": None},
        id="jian-is-no-metric",
    ),
    pytest.param(
        "全省高等教育毛入学率达到60.2%。",
        "60.2%",
        {"metric": "毛入学率"},
        id="gross-enrolment-rate",
    ),
    pytest.param(
        "全年总诊疗人次8.4亿人次。", "8.4亿人次", {"metric": "总诊疗人次"}, id="visits-whole"
    ),
    pytest.param(
        "二十年来，该县累计投入资金30亿元。", "二十年", {"metric": None}, id="lai-no-metric"
    ),
    pytest.param(
        "春运期间地铁日客流达1000万人以上。",
        "1000万人以上",
        {"subject": "地铁", "metric": "日客流", "per": "day"},
        id="daily-flow",
    ),
    pytest.param("当日新增出院病例171例。", "171例", {"per": None}, id="that-day-is-no-per"),
    pytest.param(
        "日发送旅客超过100万人次。",
        "超过100万人次",
        {"subject": None, "metric": "日发送旅客", "per": "day"},
        id="day-sent-per-day",
    ),
    pytest.param(
        "地铁日均客流超过800万人次，最高日客流达1000万人以上。",
        "1000万人以上",
        {"subject": "地铁", "metric": "最高日客流", "per": "day"},
        id="peak-day-flow",
    ),
    pytest.param(
        "春运期间日均客流800万人次，日客流最高达1000万人以上。",
        "1000万人以上",
        {"metric": "日客流", "per": "day"},
        id="day-flow-at-most",
    ),
    pytest.param(
        "明天全省将出现高温天气（日最高气温超过37℃）。",
        "超过37℃",
        {"per": None},
        id="daily-maximum-temperature-is-no-rate",
    ),
    pytest.param(
        "局地每小时降雨量最高或超过60毫米。",
        "超过60毫米",
        {"metric": "每小时降雨量最高", "per": "hour"},
        id="or-is-a-filler",
    ),
    pytest.param(
        "全市实现农林牧渔业总产值69.93亿元。",
        "69.93亿元",
        {"subject": "全市", "metric": "农林牧渔业总产值"},
        id="verb-after-the-region",
    ),
    pytest.param(
        "全省常住人口9000万人。常住人口城镇化率为64.5%。",
        "64.5%",
        {"subject": "全省", "metric": "常住人口城镇化率"},
        id="rate-of-a-metric-word",
    ),
    pytest.param(
        "广西户籍人口5700万人。", "5700万人", {"subject": "广西", "metric": "户籍人口"}, id="huji"
    ),
    # an object counted right after its figure, and what befell it
    pytest.param(
        "全市397条公交线路停运。",
        "397条",
        {"subject": "全市", "metric": "公交线路停运"},
        id="bus-lines",
    ),
    pytest.param(
        "至少20间民房倒塌。", "至少20间", {"subject": None, "metric": "民房倒塌"}, id="houses"
    ),
    pytest.param(
        "全国共有2.74亿人次国内出游。",
        "2.74亿人次",
        {"metric": "出游"},
        id="people-keep-the-outcome",
    ),
    # what a figure counts, read past a compound measure word or a verb of happening
    pytest.param(
        "本次过程累计出动警力1.5万人次，排查隐患点800处次。",
        "800处",
        {"subject": "本次过程", "metric": "排查隐患点"},
        id="chu-ci-is-no-noun",
    ),
    pytest.param(
        "全市共查处交通违法行为3.2万起次。",
        "3.2万起",
        {"subject": "全市", "metric": "查处交通违法行为"},
        id="wei-stays-in-xingwei",
    ),
    pytest.param(
        "今年以来全省共出现5次大范围强降雨过程。",
        "5次",
        {"subject": "全省", "metric": "大范围强降雨过程"},
        id="what-happened-after-the-figure",
    ),
    # travel reports
    pytest.param(
        "今年春节假期，海南省接待游客总人数639万人次，同比增长18.2%。",
        "639万人次",
        {"subject": "海南省", "metric": "接待游客总人数"},
        id="place-verb-in-the-subject",
    ),
    pytest.param(
        "四川共接待游客5387万人次，旅游收入242亿元，同比分别增长24.7%、10.4%，分别恢复到2019年春节的89.7%、84.8%。",
        "84.8%",
        {"subject": "四川", "metric": "旅游收入"},
        id="fenbie-restated-as-shares",
    ),
    pytest.param(
        "全市人均生产总值为14万元，按美元对人民币的平均汇率6.9折算，约合2万美元。",
        "6.9",
        {"subject": "全市", "metric": "美元对人民币的平均汇率"},
        id="the-rate-a-figure-is-converted-at",
    ),
    pytest.param(
        "民航旅客的运输量将达到52万人次，同比增长3.1%。",
        "52万人次",
        {"subject": "民航旅客", "metric": "运输量"},
        id="owner-of-a-measure",
    ),
    pytest.param(
        "国庆假期首日，全省高速公路车流量达到320万辆次。预计7天日均车流量约260万辆次。",
        "约260万辆次",
        {"subject": "全省高速公路", "metric": "日均车流量", "per": "day"},
        id="traffic-flow-whole-and-carried",
    ),
    # police reports
    pytest.param(
        "今年以来，某县公安机关全力开展专项行动，共破获各类刑事案件180起。",
        "180起",
        {"subject": "某县公安机关", "metric": "破获各类刑事案件"},
        id="body-of-a-place-is-a-topic",
    ),
    pytest.param(
        "全县共破获案件85起，为群众挽回经济损失300余万元。",
        "300余万元",
        {"subject": "全县", "metric": "群众挽回经济损失"},
        id="for-the-people-is-no-subject",
    ),
    pytest.param(
        "刑事案件破案总数、打击处理人数分别比上年同期上升142%和156%。",
        "142%",
        {"metric": "刑事案件破案总数"},
        id="fenbie-item-keeps-its-own-count-ending",
    ),
    # weather reports
    pytest.param(
        "早晨全市最低气温大多在13-15℃。",
        "13-15℃",
        {"subject": "全市", "metric": "最低气温"},
        id="mostly-is-a-filler",
    ),
    pytest.param(
        "我市上空的云系较多，最低气温在23.9℃。",
        "23.9℃",
        {"subject": "我市", "metric": "最低气温"},
        id="region-opening-is-a-topic",
    ),
    pytest.param(
        "全市最高气温16℃，各区普遍在15-17℃。",
        "15-17℃",
        {"subject": "各区", "metric": "最高气温"},
        id="region-alone-is-no-metric",
    ),
    # a cause or a causing verb around the region (earthquake tallies)
    pytest.param(
        "截至22日15时，地震造成全州伤亡35人，其中死亡3人。",
        "3人",
        {"subject": "全州", "metric": "死亡"},
        id="caused-in-the-region",
    ),
    pytest.param(
        "全县因灾害造成房屋倒塌328户1047间。",
        "328户",
        {"subject": "全县"},
        id="cause-dropped-from-the-subject",
    ),
    pytest.param(
        "全县29680人受灾，因灾造成1人死亡。", "1人", {"subject": "全县"}, id="cause-is-no-subject"
    ),
    # 分别 after the figures before, with a duration among the figures after it
    pytest.param(
        "今年洪涝灾害造成全省30万人次受灾、直接经济损失12亿元，分别比过去5年均值增加2.7%和5.5%。",
        "5.5%",
        {"metric": "直接经济损失"},
        id="fenbie-across-a-duration",
    ),
    # 分别 after a list whose last item ends in a filler (同比)
    pytest.param(
        "全年社会消费品零售总额和网上零售额同比分别增长9.4%、18.2%。",
        "9.4%",
        {"metric": "社会消费品零售总额"},
        id="fenbie-first-item-whole",
    ),
    pytest.param(
        "全年社会消费品零售总额和网上零售额同比分别增长9.4%、18.2%。",
        "18.2%",
        {"metric": "网上零售额"},
        id="fenbie-second-item",
    ),
    pytest.param(
        "进口和出口同比分别增长5.1%、7.3%。", "7.3%", {"metric": "出口"}, id="fenbie-after-tongbi"
    ),
]

ADAPTED = [
    # https://kwongwah.com.my/20240905/ (台风“摩羯”将登陆海南)
    pytest.param(
        "截至星期三中午12时，广东省8万4873艘渔船已回港避风。",
        "8万4873艘",
        {"subject": "广东省", "metric": "渔船"},
        id="fishing-boats-home",
    ),
    # http://touziguanchahlw.news9.cn/hlw/2023/0830/498463.html (台风“苏拉”)
    pytest.param(
        "台风“苏拉”28日8时中心距离台湾鹅銮鼻东南方向约670公里，中心附近最大风力15级。",
        "15级",
        {"subject": "苏拉", "metric": "中心附近最大风力"},
        id="storm-name-same-sentence",
    ),
    # http://www.hbcasj.com/socialgd/10000169/20250813/48718947_1.html (福建沿海停航)
    pytest.param(
        "截至12日15时，福建沿海共有11条客渡运航线、38艘客渡船停航。",
        "38艘",
        {"subject": "福建沿海", "metric": "客渡船停航"},
        id="ferries-keep-the-coast",
    ),
    # https://headline.city/tag/%e6%b5%b7%e5%8d%97%e5%b3%b6 (超強颱風摩羯, traditional)
    pytest.param(
        "9月6日下午4時20分，超強颱風摩羯在海南省文昌市沿海地區登陸，中心附近最大風力達17級以上。",
        "17級以上",
        {"subject": "摩羯"},
        id="storm-name-unquoted-traditional",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), WRITTEN + ADAPTED)
def test_attribution_prose(text: str, surface: str, expected: dict[str, Any]) -> None:
    """The figure gets the subject, metric and per a reader would give it."""
    c = _claim(text, surface)
    assert {k: getattr(c, k) for k in expected} == expected


@pytest.mark.parametrize(
    ("opening", "topic"),
    [
        ("今年入汛以来,湖南省受到强降雨影响", "湖南省"),
        ("台风“海燕”于8月3日", "海燕"),
        ("“海燕”台风于8月3日", "海燕"),
        ("台风中心已于今天", None),  # 中心 names no storm
        ("台风登陆时中心附近", None),  # nor does 登陆时
        ("受灾地区出现", None),  # a place word that is no place
        ("湖南省气象台发布", None),  # the body, not the place, does something
        ("全市共有", "全市"),
    ],
)
def test_topic_of_an_opening(opening: str, topic: str | None) -> None:
    """A sentence's topic is a storm's name or a place followed by what it does, else none."""
    assert topic_of(opening) == topic


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("湖南省", True),
        ("全市", True),
        ("该公司", True),
        ("女性", False),
        ("最大的地震为日本", False),
    ],
)
def test_only_places_and_bodies_carry(subject: str, expected: bool) -> None:
    """A place or a body goes on to the paragraph's later sentences; a part or a phrase does not."""
    assert carries(subject) is expected


def test_place_in_a_breakdown_is_the_subject() -> None:
    """（其中甲县4100人，乙县3900人） after 累计转移安置8000人: 乙县 is where 转移安置 happened."""
    c = _claim("累计转移安置8000人（其中甲县4100人，乙县3900人）。", "3900人")
    assert (c.subject, c.metric) == ("乙县", "转移安置")


def test_count_after_a_magnitude_takes_the_event() -> None:
    """其中4级以上3次 counts earthquakes (地震), not a magnitude (震级)."""
    assert _claim("全年共发生3级以上地震12次，其中4级以上3次。", "3次").metric == "地震"


def test_duration_before_an_annual_average_has_no_metric() -> None:
    """近五年 before 全市地区生产总值年均增长 is the period, not a measure of the GDP."""
    found = claims.extract("近五年全市地区生产总值年均增长6.1%。")
    assert [c.metric for c in found if c.kind is claims.Kind.DURATION] == [None]
