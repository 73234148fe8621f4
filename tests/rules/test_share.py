"""Rule share: shares against part / total and against 100%, on hand-made claims."""

from __future__ import annotations

from ledger.rules.share import share
from tests.rules.conftest import verdicts


def _firms(doc, pct: str, stated: str):
    d = doc(f"全市企业1200家,其中外资企业300家,占{pct}。")
    d.add("1200家", 1200, unit="家")
    d.add("300家", 300, unit="家")
    d.add(pct, stated, kind="percent", unit="percent")
    return d


def test_share_matching_part_over_total(doc) -> None:
    """300 of 1200 is 25%: consistent."""
    [f] = _firms(doc, "25%", "25").run(share)
    assert f.verdict == "consistent"
    assert "300 / 1200 x 100 = [25, 25]" in f.arithmetic


def test_share_allows_printed_rounding(doc) -> None:
    """1/3 printed as 33.3% is within half a step of the last digit."""
    d = doc("共有样本300个,其中合格100个,占比33.3%。")
    d.add("300个", 300, unit="个")
    d.add("100个", 100, unit="个")
    d.add("33.3%", "33.3", kind="percent", unit="percent")
    assert verdicts(d.run(share)) == ["consistent"]


def test_share_off_from_part_over_total(doc) -> None:
    """300 of 1200 is not 40%: contradiction."""
    [f] = _firms(doc, "40%", "40").run(share)
    assert f.verdict == "contradiction"
    assert "「300家」 out of 「1200家」" in f.message


def test_shares_of_one_whole_past_100(doc) -> None:
    """分别占45%、38%和25% of one whole add up to 108%: contradiction."""
    d = doc("三类产品分别占45%、38%和25%。")
    for s in ("45%", "38%", "25%"):
        d.add(s, s[:-1], kind="percent", unit="percent")
    [f] = d.run(share)
    assert f.verdict == "contradiction"
    assert f.arithmetic.startswith("45 + 38 + 25 = [106.5, 109.5)")


def test_shares_of_different_wholes_are_apart(doc) -> None:
    """占全国的60%,占全省的80%: different wholes, no sum."""
    d = doc("产量占全国的60%,占全省的80%。")
    d.add("60%", 60, kind="percent", unit="percent")
    d.add("80%", 80, kind="percent", unit="percent")
    assert d.run(share) == []


def test_rounded_shares_summing_just_over_100(doc) -> None:
    """12.5% + 37.5% + 50.1% is 100.1%, fine once each share may be 0.05 lower."""
    d = doc("甲占12.5%,乙占37.5%,丙占50.1%。")
    for s in ("12.5%", "37.5%", "50.1%"):
        d.add(s, s[:-1], kind="percent", unit="percent")
    assert verdicts(d.run(share)) == ["consistent"]


def test_growth_percentages_are_not_shares(doc) -> None:
    """同比增长60%、增长70% are changes, not shares of one whole."""
    d = doc("收入同比增长60%,利润增长70%。")
    d.add("60%", 60, kind="percent", unit="percent")
    d.add("70%", 70, kind="percent", unit="percent")
    assert d.run(share) == []


def test_share_of_a_bigger_whole_is_not_checked_against_a_subtotal(doc) -> None:
    """占常住人口的19.6%, 其中65岁及以上68.7万人，占14.1%: the 14.1% is of 常住人口 (inherited
    whole), and the subtotal 95.3万 is itself a share of it: not_checked, no contradiction."""
    d = doc("0-14岁人口78.5万人，占常住人口的16.1%；60岁及以上人口95.3万人，占19.6%，"
            "其中65岁及以上人口68.7万人，占14.1%。")  # fmt: skip
    d.add("78.5万人", 785000, g=1000, unit="人")
    d.add("16.1%", "16.1", kind="percent", unit="percent")
    d.add("95.3万人", 953000, g=1000, unit="人")
    d.add("19.6%", "19.6", kind="percent", unit="percent")
    d.add("68.7万人", 687000, g=1000, unit="人")
    d.add("14.1%", "14.1", kind="percent", unit="percent")
    found = d.run(share)
    assert "contradiction" not in verdicts(found)
    [f] = [f for f in found if f.verdict == "not_checked"]
    assert "itself a share of 常住人口" in (f.reason or "")


def test_share_naming_another_whole_is_not_checked(doc) -> None:
    """占全省的3% under a 其中 part of 全市游客: the share is of another whole: not_checked."""
    d = doc("全市接待游客2450万人次，其中入境游客86万人次，占全省入境游客的30%。")
    d.add("2450万人次", 24500000, g=100000, unit="人次", metric="接待游客")
    d.add("86万人次", 860000, g=10000, unit="人次")
    d.add("30%", 30, kind="percent", unit="percent")
    assert verdicts(d.run(share)) == ["not_checked"]


def test_permille_share_is_read_in_percent() -> None:
    """A share written in permille (‰) is compared on the percent scale: 8‰ of 1000 is 8, not 80."""
    import ledger

    ok = ledger.check("全市共有居民1000人，其中老人8人，占比为8‰。", published="2024-12-31")
    alarms = ("contradiction", "tension")
    assert not [f for f in ok if f.rule == "share" and f.verdict.value in alarms]
    bad = ledger.check("全市共有居民1000人，其中老人80人，占比为8‰。", published="2024-12-31")
    assert [f for f in bad if f.rule == "share" and f.verdict.value == "contradiction"]


# My own text, after the 国家统计局 居民收入 releases (按收入来源分, 占可支配收入的比重为…).
INCOME = (
    "全年全市居民人均可支配收入40000元,增长5.0%。其中,城镇居民人均可支配收入50000元,"
    "增长4.5%;农村居民人均可支配收入20000元,增长6.5%。"
    "按收入来源分,全市居民人均工资性收入22000元,增长6.0%,占可支配收入的比重为{pct}。"
)


def _income(doc, pct: str):
    d = doc(INCOME.format(pct=pct))
    person = {"kind": "rate", "unit": "CNY", "per": "person", "metric": "人均可支配收入"}
    d.add("40000元", 40000, subject="全市居民", **person)
    d.add("50000元", 50000, subject="城镇居民", **person)
    d.add("20000元", 20000, subject="农村居民", **person)
    d.add("22000元", 22000, subject="全市居民工资性", **{**person, "metric": "收入"})
    d.add(pct, pct[:-1], kind="percent", unit="percent")
    return d


def test_a_share_finds_the_whole_its_cue_names_by_noun(doc) -> None:
    """占可支配收入的比重为55.0%: the part stands under no total, so the whole is the
    nearest earlier 可支配收入 figure of no other group (40000元, not 农村居民's 20000元):
    22000 / 40000 is 55%, consistent."""
    [f] = _income(doc, "55.0%").run(share)
    assert f.verdict == "consistent"
    assert f.arithmetic.startswith("22000 / 40000 x 100")
    assert "found by its noun" in f.arithmetic


def test_a_share_off_from_the_whole_found_by_noun_is_at_most_a_tension(doc) -> None:
    """22000 / 40000 is not 60.0%: the whole is a guess, so a tension, not a contradiction."""
    [f] = _income(doc, "60.0%").run(share)
    assert f.verdict == "tension"


def test_a_whole_of_another_place_is_no_whole(doc) -> None:
    """乙市's share of 地区生产总值 when only 甲市's is stated: the whole is not stated, and
    甲市's figure is never taken for it."""
    d = doc("甲市地区生产总值500亿元。乙市第三产业增加值200亿元,占地区生产总值的比重为40.0%。")
    d.add("500亿元", 50000000000, kind="money", unit="CNY", subject="甲市", metric="地区生产总值")
    d.add("200亿元", 20000000000, kind="money", unit="CNY", subject="乙市第三产业",
          metric="增加值")  # fmt: skip
    d.add("40.0%", "40.0", kind="percent", unit="percent")
    assert d.run(share) == []


def test_items_of_one_list_are_no_whole_of_each_other(doc) -> None:
    """分別實現增加值931.6億元、576.1億元和411.4億元,…占全省高新技術產業增加值的比重分別達
    43.0%、26.6%和19.0% (traditional 分別): each share takes its own item, and the whole is
    the 2166.9億元 of the sentence before, never a sibling item."""
    d = doc("上半年全省高新技術產業累計實現增加值2166.9億元。三個產業分別實現增加值"
            "931.6億元、576.1億元和411.4億元,占全省高新技術產業增加值的比重分別達"
            "43.0%、26.6%和19.0%。")  # fmt: skip
    money = {"kind": "money", "unit": "CNY", "metric": "增加值", "g": 10000000}
    d.add("2166.9億元", 216690000000, subject="全省高新技術產業", **money)
    for s in ("931.6億元", "576.1億元", "411.4億元"):
        d.add(s, int(float(s[:-2]) * 10) * 10000000, subject="分別", **money)
    for s in ("43.0%", "26.6%", "19.0%"):
        d.add(s, s[:-1], kind="percent", unit="percent")
    found = d.run(share)
    assert verdicts(found) == ["consistent"] * 4
    assert [f.arithmetic.split(" = ")[0] for f in found[:3]] == [
        "93160000000 / 216690000000 x 100",
        "57610000000 / 216690000000 x 100",
        "41140000000 / 216690000000 x 100",
    ]


# My own text, after the holiday travel reports (各区县…占全市的).
DISTRICTS = (
    "国庆假期,全市共接待游客520.6万人次,同比增长12.3%。从各区县看,鼓楼区接待游客128.4万人次,"
    "占全市的{pct};江宁区接待游客96.2万人次,占全市的18.5%。"
)


def _districts(doc, pct: str, city_subject: str = "全市"):
    d = doc(DISTRICTS.format(pct=pct))
    people = {"unit": "人次", "counted": "游客", "metric": "接待游客", "g": 1000}
    d.add("520.6万人次", 5206000, subject=city_subject, **people)
    d.add("128.4万人次", 1284000, subject="鼓楼区", **people)
    d.add("96.2万人次", 962000, subject="江宁区", **people)
    d.add(pct, pct[:-1], kind="percent", unit="percent")
    d.add("18.5%", "18.5", kind="percent", unit="percent")
    return d


def test_a_share_of_the_region_takes_the_region_s_own_figure(doc) -> None:
    """占全市的24.7%: the whole is the part's own noun (接待游客) for the region, the
    全市 figure of the sentence before: 128.4 / 520.6 is 24.7%, and 96.2 / 520.6 18.5%."""
    found = _districts(doc, "24.7%").run(share)
    assert verdicts(found) == ["consistent", "consistent"]
    assert found[0].arithmetic.startswith("1284000 / 5206000 x 100")


def test_a_wrong_share_of_the_region_is_a_tension(doc) -> None:
    """128.4 / 520.6 is not 28.7%: a tension (the whole is found by noun)."""
    assert verdicts(_districts(doc, "28.7%").run(share)) == ["tension", "consistent"]


def test_another_place_s_figure_is_no_region_whole(doc) -> None:
    """When the earlier figure is a named place's (玄武区…), not the region's, the region's
    whole is not stated: no check."""
    assert _districts(doc, "24.7%", city_subject="玄武区").run(share) == []


# My own text, after the bulletins' 分产业看 paragraphs (no 其中; the shares in a sentence
# of their own).
BY_INDUSTRY = (
    "全年全市地区生产总值3216.1亿元,增长4.2%。分产业看,第一产业增加值217.3亿元,增长4.7%;"
    "第二产业增加值1288.7亿元,增长5.0%;第三产业增加值1710.1亿元,增长3.6%。"
    "三次产业增加值占地区生产总值的比重分别为6.8%、40.1%、{pct}。"
)


def _by_industry(doc, pct: str):
    d = doc(BY_INDUSTRY.format(pct=pct))
    money = {"kind": "money", "unit": "CNY", "g": 1000000}
    d.add("3216.1亿元", 321610000000, subject="全市", metric="地区生产总值", **money)
    items = (("217.3亿元", "第一产业"), ("1288.7亿元", "第二产业"), ("1710.1亿元", "第三产业"))
    for s, who in items:
        v = int(s[:-2].replace(".", "")) * 10000000
        d.add(s, v, subject=who, metric="增加值", **money)
    for s in ("6.8%", "40.1%", pct):
        d.add(s, s[:-1], kind="percent", unit="percent")
    return d


def test_a_list_of_shares_takes_the_items_of_the_sentences_before(doc) -> None:
    """分别为6.8%、40.1%、53.2% in a sentence that states no amount: the items are the three
    增加值 that open the sentences before it in the paragraph, in order, and the whole is the
    地区生产总值 named after 占: 1710.1 / 3216.1 is 53.2%."""
    found = _by_industry(doc, "53.2%").run(share)
    assert verdicts(found) == ["consistent"] * 4
    assert found[2].arithmetic.startswith("171010000000 / 321610000000 x 100")


def test_a_share_of_the_list_off_by_a_point_is_a_tension(doc) -> None:
    """1710.1 / 3216.1 is 53.17%, not 53.1% as printed (shares forced to add up to 100)."""
    assert verdicts(_by_industry(doc, "53.1%").run(share))[2] == "tension"


def test_a_progress_ratio_is_the_amount_out_of_its_target(doc) -> None:
    """累计完成24627万元,完成年初预算数60999万元的40.4% (my own figures in the form of the
    county finance reports): the amount before the target, out of the target, is 40.37%:
    consistent; printed as 44.4% it is a contradiction."""
    for pct, verdict in (("40.4%", "consistent"), ("44.4%", "contradiction")):
        d = doc(f"一般公共预算收入累计完成24627万元,完成年初预算数60999万元的{pct}。")
        d.add("24627万元", 246270000, kind="money", unit="CNY", g=10000)
        d.add("60999万元", 609990000, kind="money", unit="CNY", g=10000)
        d.add(pct, pct[:-1], kind="percent", unit="percent")
        assert verdicts(d.run(share)) == [verdict]


def test_a_percentage_after_a_figure_and_de_without_wancheng_is_no_progress(doc) -> None:
    """相当于上年同期60999万元的40.4%: no 完成 before the target, so no progress ratio."""
    d = doc("一般公共预算收入24627万元,相当于上年同期60999万元的40.4%。")
    d.add("24627万元", 246270000, kind="money", unit="CNY", g=10000)
    d.add("60999万元", 609990000, kind="money", unit="CNY", g=10000)
    d.add("40.4%", "40.4", kind="percent", unit="percent")
    assert d.run(share) == []


def test_a_whole_named_with_zong_is_the_total_s_own_noun(doc) -> None:
    """收费公路交通流量12000万辆次,其中小型客车交通流量9000万辆次,占总流量的75.0% (my own line,
    after the holiday traffic releases): 总流量 is the total itself, so the share is checked
    (9000 of 12000 is 75%, and 80% is flagged); a group total (城镇人口) is no 总人口."""
    for pct, expected in (("75.0%", "consistent"), ("80.0%", "contradiction")):
        d = doc(f"收费公路交通流量12000万辆次,其中小型客车交通流量9000万辆次,占总流量的{pct}。")
        d.add("12000万辆次", 120000000, g=10000, unit="辆次", metric="收费公路交通流量")
        d.add("9000万辆次", 90000000, g=10000, unit="辆次", metric="小型客车交通流量")
        d.add(pct, pct[:-1], kind="percent", unit="percent")
        assert verdicts(d.run(share)) == [expected]
    e = doc("城镇人口800万人,其中外来人口200万人,占总人口的10.0%。")
    e.add("800万人", 8000000, g=10000, unit="人", metric="城镇人口")
    e.add("200万人", 2000000, g=10000, unit="人", metric="外来人口")
    e.add("10.0%", "10.0", kind="percent", unit="percent")
    assert verdicts(e.run(share)) == ["not_checked"]
