"""Rule units: one metric key in incompatible dimensions, on hand-made claims."""

from __future__ import annotations

from ledger.rules.units import units
from tests.rules.conftest import verdicts


def test_money_and_people_under_one_key(doc) -> None:
    """收入 as 300万元 and as 300人: the key or a unit is wrong: tension."""
    d = doc("收入300万元,收入300人。")
    d.add("300万元", 3000000, kind="money", unit="CNY", key="收入")
    d.add("300人", 300, unit="人", key="收入")
    [f] = d.run(units)
    assert f.verdict == "tension"
    assert "money" in f.arithmetic
    assert "count" in f.arithmetic


def test_counts_with_different_measure_words_agree(doc) -> None:
    """超9万个 and 十余万 (no measure word) are both counts: consistent."""
    d = doc("账号超9万个,十余万政务微博")
    d.add("超9万个", 90000, lit="(90000, +inf)", unit="个", key="k")
    d.add("十余万", 100000, lit="(100000, 200000)", key="k")
    assert verdicts(d.run(units)) == ["consistent"]


def test_percentages_attach_to_any_metric(doc) -> None:
    """营收120亿元 and 同比增长20% may share a key: percentages are left out."""
    d = doc("营收120亿元,同比增长20%。")
    d.add("120亿元", 12000000000, kind="money", unit="CNY", key="营收")
    d.add("20%", 20, kind="percent", unit="percent", key="营收")
    assert d.run(units) == []


def test_one_noun_in_two_dimensions_nearby(doc) -> None:
    """旅游综合收入 in 亿元 and then in 万人次, under keys that differ only by 全县: tension."""
    d = doc("实现旅游综合收入72.5亿元。全县旅游综合收入72.5万人次。")
    d.add("72.5亿元", 7250000000, kind="money", unit="CNY", subject="旅游综合", metric="收入",
          key="旅游综合|收入|-|money:CNY")  # fmt: skip
    d.add("72.5万人次", 725000, unit="人次", subject="全县旅游综合", counted="收入",
          key="全县旅游综合|收入|-|count")  # fmt: skip
    [f] = [f for f in d.run(units) if f.verdict == "tension"]
    assert "matched by counted noun" in f.arithmetic


# ---------------------------------------------------------------- real passages (false alarms)

# http://cneb.gov.cn/2016/09/12/ARTI1473672502612497.shtml (real/26_flood_2016_sept_south)
FLOOD = "16个县(市、区)6.8万人受灾,1人失踪;农作物受灾面积4.4千公顷,其中绝收800余公顷。"
# http://www.maisi.com/jianxun/927.html (real/04_travel_wuyi2023)
WUYI = "全国共有2.74亿人次国内出游,旅游人数同比增长70.83%;国内旅游收入达到1480.56亿元。"
# http://zgdz.eq-j.cn/html/2023/3/20230321.htm (real/21_quake_global_2023q2)
QUAKE = (
    "全球共发生5.0级以上地震94次,其中5.0~5.9级地震62次。"
    "2023年4—6月5.0级以上地震的活动次数低于2020年以来季均108.1次的水平。"
)


def test_a_longer_noun_names_another_quantity(doc) -> None:
    """受灾 (6.8万人) and 受灾面积 (4.4千公顷): the head word 面积 makes another quantity, so
    people and hectares are no one figure in two dimensions."""
    d = doc(FLOOD)
    d.add("6.8万人", 68000, g=1000, unit="人", counted="人", metric="受灾",
          key="?|受灾|-|count")  # fmt: skip
    d.add("4.4千公顷", 4400, g=100, kind="measure", unit="hectare", counted="受灾面积",
          subject="农作物", key="农作物|受灾面积|-|[length] ** 2")  # fmt: skip
    assert [f for f in d.run(units) if f.verdict == "tension"] == []


def test_a_truncated_noun_is_no_match_for_a_whole_one(doc) -> None:
    """国内 (2.74亿人次, the extractor cut 出游) and 国内旅游收入 (1480.56亿元): two metrics."""
    d = doc(WUYI)
    d.add("2.74亿人次", 274000000, g=1000000, unit="人次", counted="国内", subject="全国",
          key="全国|出游国内|-|count")  # fmt: skip
    d.add("1480.56亿元", 148056000000, g=1000000, kind="money", unit="CNY", subject="全国",
          metric="国内旅游收入", key="全国|国内旅游收入|-|money:CNY")  # fmt: skip
    assert [f for f in d.run(units) if f.verdict == "tension"] == []


def test_a_magnitude_and_a_count_of_one_noun_are_two_facts(doc) -> None:
    """5.0级以上 measures each 地震 that 94次 counts: an intensive measure is never a count
    misprinted, though both name 地震."""
    d = doc(QUAKE)
    d.add("5.0级以上", "5.0", kind="measure", unit="richter_magnitude", lit="[5.0, +inf)",
          counted="地震", subject="全球", key="全球|震级地震|-|[seismic_magnitude]")  # fmt: skip
    d.add("94次", 94, unit="次", counted="地震", subject="全球", key="全球|地震|-|count")
    d.add("5.0~5.9级", "5.0", kind="measure", unit="richter_magnitude", lit="[5.0, 5.9]",
          counted="地震", subject="全球", key="全球|震级地震|-|[seismic_magnitude]")  # fmt: skip
    d.add("62次", 62, unit="次", counted="地震", subject="全球", key="全球|地震|-|count")
    d.add("5.0级以上", "5.0", kind="measure", unit="richter_magnitude", lit="[5.0, +inf)",
          counted="地震", key="?|震级地震|-|[seismic_magnitude]", nth=1)  # fmt: skip
    d.add("108.1次", "108.1", kind="rate", unit="次", per="quarter", counted="水平")
    assert [f for f in d.run(units) if f.verdict == "tension"] == []


# http://m.ytjhdl.cn/xw/tjsj/681580.html (国家统计局 2019年粮食产量公告, 简体)
GRAIN = (
    "全国粮食播种面积116064千公顷(174095万亩),比2018年减少975千公顷(1462万亩)。"
    "全国粮食单位面积产量5720公斤/公顷(381公斤/亩)。"
)


def test_one_quantity_in_two_units_of_one_dimension(doc) -> None:
    """千公顷 and 万亩 are both areas, 公斤/公顷 and 公斤/亩 both yields: one dimension, though
    two units (a bulletin prints the 市制 figure in brackets)."""
    d = doc(GRAIN)
    area = "全国粮食播种|面积|-|[length] ** 2"
    yield_ = "全国粮食单位面积|产|-|[mass] / [length] ** 2"
    d.add("116064千公顷", 116064000, kind="measure", unit="hectare", counted="面积", key=area)
    d.add("174095万亩", 1740950000, kind="measure", unit="mu", counted="面积", key=area)
    d.add("5720公斤/公顷", 5720, kind="measure", unit="kilogram / hectare", key=yield_)
    d.add("381公斤/亩", 381, kind="measure", unit="kilogram / mu", key=yield_)
    found = d.run(units)
    assert verdicts(found) == ["consistent"]
    assert "2 metric keys" in found[0].message


def test_a_bare_numeral_states_no_dimension(doc) -> None:
    """零 read out of 零售业 (a count without a measure word) and 49.82亿元 of 零售额: no
    figure in two dimensions (zetdz.gov.cn, 1-5月经济运行)."""
    d = doc("批发业零售额20.42亿元,同比增长3.4%。零售业49.82亿元,增长17.2%。")
    d.add("零", 0, counted="售额", subject="批发业", key="批发业|售额|-|count")
    d.add("49.82亿元", 4982000000, g=1000000, kind="money", unit="CNY", metric="售额",
          key="?|售额|-|money:CNY")  # fmt: skip
    assert [f for f in d.run(units) if f.verdict == "tension"] == []
