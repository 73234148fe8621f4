"""Rule same_metric: figures of one metric at comparable times, on hand-made claims."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger.rules.same_metric import PAIRWISE_LIMIT, same_metric
from tests.rules.conftest import verdicts

SEED_LIKE = "目前政务微博有账号超9万个。与十余万政务微博共同搭建体系。"


def test_seed_accounts_are_a_tension(doc) -> None:
    """超9万个 vs 十余万: literal readings overlap above 100000, conventional ones do not."""
    d = doc(SEED_LIKE)
    d.add("超9万个", 90000, lit="(90000, +inf)", conv="(90000, 100000)", key="政务微博.账号")
    d.add("十余万", 100000, lit="(100000, 200000)", key="政务微博.账号")
    [f] = d.run(same_metric)
    assert f.verdict == "tension"
    assert "「超9万个」" in f.message
    assert "(100000, 200000)" in f.message
    assert "conventional (90000, 100000) ∩ (100000, 200000) = ∅" in f.arithmetic


def test_disjoint_literals_are_a_contradiction(doc) -> None:
    """不到5万 and 超9万 of one metric cannot both be true."""
    d = doc("账号不到5万个。账号超9万个。")
    d.add("不到5万个", 50000, lit="[0, 50000)", conv="[40000, 50000)", key="k")
    d.add("超9万个", 90000, lit="(90000, +inf)", conv="(90000, 100000)", qualifier="超", key="k")
    assert verdicts(d.run(same_metric)) == ["contradiction"]


def test_agreeing_figures_are_consistent(doc) -> None:
    """约9.5万 and 超9万 overlap in every reading: one consistent finding for the group."""
    d = doc("账号约9.5万个。账号超9万个。")
    d.add("约9.5万个", 95000, lit="[94000, 96000]", g=1000, qualifier="约", key="k")
    d.add("超9万个", 90000, lit="(90000, +inf)", conv="(90000, 100000)", qualifier="超", key="k")
    [f] = d.run(same_metric)
    assert f.verdict == "consistent"
    assert len(f.claims) == 2


def test_different_periods_are_not_compared(doc) -> None:
    """The same metric in 2022 and 2023 may differ: no finding."""
    d = doc("2022年销售100万元,2023年销售200万元。")
    d.add("100万元", 1000000, kind="money", unit="CNY", key="k", as_of=date(2022, 12, 31))
    d.add("200万元", 2000000, kind="money", unit="CNY", key="k", as_of=date(2023, 12, 31))
    assert d.run(same_metric) == []


def test_claims_without_key_are_not_compared(doc) -> None:
    """Figures without a metric key never meet."""
    d = doc("超9万个,不到5万个")
    d.add("超9万个", 90000, lit="(90000, +inf)")
    d.add("不到5万个", 50000, lit="[0, 50000)")
    assert d.run(same_metric) == []


def test_large_group_reports_its_extreme_pair(doc) -> None:
    """A big group is decided by the highest lower bound against the lowest upper bound."""
    n = PAIRWISE_LIMIT * 3
    text = "".join(f"第{i}次报告{100 + i}人。" for i in range(n)) + "总共不到50人。"
    d = doc(text)
    for i in range(n):
        d.add(f"{100 + i}人", 100 + i, lit=f"[{100 + i - 50}, {100 + i + 50}]", unit="人", key="k")
    d.add("不到50人", 50, lit="[0, 50)", unit="人", key="k")
    [f] = d.run(same_metric)
    assert f.verdict == "contradiction"
    assert {c.text for c in f.claims} == {"不到50人", f"{100 + n - 1}人"}


# ---------------------------------------------------------------- guessed matches and guards


def test_guessed_match_is_at_most_a_tension(doc) -> None:
    """326个 and 362个 of one counted noun (全市共开工… / 全市已开工…) under different keys,
    one subject unknown: literals are disjoint, but the match is a guess: tension."""
    d = doc("全市共开工重点项目326个。截至目前，全市已开工重点项目362个。")
    d.add("326个", 326, unit="个", counted="全市共开工重点项目", subject="#重点项目建设#",
          key="重点项目建设|全市共开工重点项目|-|count")  # fmt: skip
    d.add("362个", 362, unit="个", counted="全市已开工重点项目",
          key="?|全市已开工重点项目|-|count")  # fmt: skip
    [f] = d.run(same_metric)
    assert f.verdict == "tension"
    assert "matched by counted noun" in f.arithmetic


def test_guessed_match_needs_the_same_subject(doc) -> None:
    """Two known, different subjects (城区 / 郊区) counting one noun are not one figure."""
    d = doc("城区开工项目326个。郊区开工项目362个。")
    d.add("326个", 326, unit="个", counted="开工项目", subject="城区", key="城区|开工项目|-|count")
    d.add("362个", 362, unit="个", counted="开工项目", subject="郊区", key="郊区|开工项目|-|count")
    assert d.run(same_metric) == []


def test_unknown_subject_on_both_sides_of_one_key_is_only_a_guess(doc) -> None:
    """The key grammar's ``?`` subject is no subject: disjoint figures give a tension at most."""
    d = doc("签约企业不到5万家。签约企业超9万家。")
    d.add("不到5万家", 50000, lit="[0, 50000)", unit="家", counted="签约企业",
          key="?|签约企业|-|count")  # fmt: skip
    d.add("超9万家", 90000, lit="(90000, +inf)", unit="家", counted="签约企业",
          key="?|签约企业|-|count")  # fmt: skip
    assert verdicts(d.run(same_metric)) == ["tension"]


def test_one_enumeration_is_never_one_metric(doc) -> None:
    """分别占45%、38% in one sentence under one key: two shares, not two statements of one."""
    d = doc("第一产业和第二产业分别占45%、38%。")
    d.add("45%", 45, kind="percent", unit="percent", key="产业|比重|-|percent")
    d.add("38%", 38, kind="percent", unit="percent", key="产业|比重|-|percent")
    assert d.run(same_metric) == []


def test_figures_qualified_by_another_figure_are_not_compared(doc) -> None:
    """0-14岁人口78.5万人；15-59岁人口312.4万人: the ages tell them apart, though the
    extractor gave both the key 人口."""
    d = doc("0-14岁人口78.5万人；15-59岁人口312.4万人。")
    d.add("0-14岁", 14, kind="duration", unit="year", lit="[0, 14]")
    d.add("78.5万人", 785000, g=1000, unit="人", counted="人口", key="人口")
    d.add("15-59岁", 59, kind="duration", unit="year", lit="[15, 59]")
    d.add("312.4万人", 3124000, g=1000, unit="人", counted="人口", key="人口")
    assert d.run(same_metric) == []


def test_a_later_clause_is_no_restatement(doc) -> None:
    """在校生 after 普通小学3865所 describes the schools counted first; it is not the 在校生
    of another sentence."""
    d = doc("普通本专科招生42.6万人，在校生148.3万人。全省共有普通小学3865所，在校生412.5万人。")
    d.add("42.6万人", 426000, g=1000, unit="人", counted="普通本专科招生")
    d.add("148.3万人", 1483000, g=1000, unit="人", counted="在校生", key="?|在校生|-|count")
    d.add("3865所", 3865, unit="所", counted="普通小学")
    d.add("412.5万人", 4125000, g=1000, unit="人", counted="在校生", subject="全省",
          key="全省|在校生|-|count")  # fmt: skip
    assert d.run(same_metric) == []


def test_a_part_is_no_restatement_of_a_total(doc) -> None:
    """其中 introduces a part: 其中女生1200人 is not the 学生 of another sentence."""
    d = doc("全校学生2000人。其中，学生1200人住校。")
    d.add("2000人", 2000, unit="人", counted="学生", key="k")
    d.add("1200人", 1200, unit="人", counted="学生", key="k")
    assert d.run(same_metric) == []


def test_unresolved_relative_years_are_different_times(doc) -> None:
    """去年 and 今年 without a publication date stay apart (time.text decides)."""
    from claims.models import TimeRef

    d = doc("去年接待游客1200万人次。今年接待游客1500万人次。", published=None)
    d.add("1200万人次", 12000000, g=1000000, unit="人次", key="k",
          time=TimeRef(text="去年", basis="explicit"))  # fmt: skip
    d.add("1500万人次", 15000000, g=1000000, unit="人次", key="k",
          time=TimeRef(text="今年", basis="explicit"))  # fmt: skip
    assert d.run(same_metric) == []


def test_reviewer_link_overrides_the_guards(doc) -> None:
    """Claims a reviewer linked as one metric are compared even within one sentence."""
    from dataclasses import replace

    d = doc("账号超9万个，与十余万政务微博合作。")
    a = d.add("超9万个", 90000, lit="(90000, +inf)", conv="(90000, 100000)", key="k")
    b = d.add("十余万", 100000, lit="(100000, 200000)", key="k")
    assert same_metric(d.input()) == []
    [f] = same_metric(replace(d.input(), linked=frozenset({a.id, b.id})))
    assert f.verdict == "tension"


# ---------------------------------------------------------------- real passages (false alarms)

# http://zgdz.eq-j.cn/html/2023/3/20230321.htm (bench/corpus/real/21_quake_global_2023q2)
QUAKE = (
    "全球共发生5.0级以上地震94次,其中5.0~5.9级地震62次,6.0~6.9级地震25次,7.0级以上地震7次。"
    "2023年4—6月5.0级以上地震的活动次数低于2020年以来季均108.1次的水平。"
)
# https://paituo.cc/chang/1176428.html (bench/corpus/real/39_stats_census7)
CENSUS = (
    "全国人口共141178万人,与2010年的133972万人相比,增加5407万人。\n"
    "全国总人口中,城市地区人口为90233万人,占57.11%;乡村人口为50977万人,占39.89%。"
    "居住在城镇的人口为64677万人,占63.89%。"
)


def test_magnitude_classes_of_a_tally_are_no_restatements(doc) -> None:
    """6.0~6.9级 and 7.0级以上 name classes of the 地震 counted after them (25次, 7次), as
    5.0级以上 does for 季均108.1次: categories, not statements of one magnitude."""
    d = doc(QUAKE)
    key = "地震|震级|-|[seismic_magnitude]"
    for s, lit, nth in (("6.0~6.9级", "[6.0, 6.9]", 0), ("7.0级以上", "[7.0, +inf)", 0),
                        ("5.0级以上", "[5.0, +inf)", 1)):  # fmt: skip
        d.add(s, s[:3], kind="measure", unit="richter_magnitude", lit=lit,
              conv=lit.replace("+inf)", f"{float(s[:3]) + 0.1})"), key=key, nth=nth)  # fmt: skip
    for s in ("94次", "62次", "25次", "7次"):
        d.add(s, int(s[:-1]), unit="次", counted="地震", subject="全球", key="全球|地震|-|count")
    d.add("108.1次", "108.1", kind="rate", unit="次", per="quarter")
    assert d.run(same_metric) == []


def test_a_measure_without_a_count_after_it_is_still_compared(doc) -> None:
    """震级7.7级 and 震级7.2级 of one 地震, no count after either: a contradiction."""
    d = doc("洛亚蒂群岛发生7.7级地震。洛亚蒂群岛地震震级为7.2级。")
    for s in ("7.7级", "7.2级"):
        d.add(s, s[:3], kind="measure", unit="richter_magnitude", key="洛亚蒂群岛|震级|-|m")
    assert verdicts(d.run(same_metric)) == ["contradiction"]


def test_groups_of_a_whole_are_no_restatements(doc) -> None:
    """全国人口 141178万人 and 城市地区/乡村/居住在城镇 人口: the whole and its groups, though
    the extractor's noun (人口) drops the group word."""
    d = doc(CENSUS)
    d.add("141178万人", 1411780000, g=10000, unit="人", counted="人口", subject="全国",
          key="全国|人口|-|count")  # fmt: skip
    groups = (("90233万人", "城市地区"), ("50977万人", "乡村"), ("64677万人", "居住在城镇"))
    for s, subject in groups:
        d.add(s, int(s[:-2]) * 10000, g=10000, unit="人", counted="人口", subject=subject,
              key=f"{subject}|人口|-|count")  # fmt: skip
    assert d.run(same_metric) == []


def test_the_same_group_is_still_matched(doc) -> None:
    """城镇人口 stated twice with disjoint figures: one group, a guessed tension."""
    d = doc("全市城镇人口为386.5万人。年末全市城镇人口398.2万人。")
    for s in ("386.5万人", "398.2万人"):
        d.add(s, int(Decimal(s[:-2]) * 10000), g=1000, unit="人", counted="城镇人口",
              subject="全市", key="?|城镇人口|-|count")  # fmt: skip
    assert verdicts(d.run(same_metric)) == ["tension"]


def test_a_figure_after_another_amount_of_its_sentence_restates_nothing(doc) -> None:
    """After 果用瓜1107公顷, 产量28408吨 is the melons' output, though the key carried
    蔬菜播种 over from the sentence before (yuhuan.gov.cn, 玉环市2019年统计公报)."""
    d = doc(
        "全年蔬菜播种面积3938公顷,比上年增长1.4 %,产量106551吨,下降2.2%;"
        "果用瓜1107公顷,增长1.9%,产量28408吨,增长0.4%。"
    )
    d.add("3938公顷", 3938, kind="measure", unit="hectare", key="蔬菜播种|面积|-|a")
    d.add("106551吨", 106551, kind="measure", unit="tonne", key="蔬菜播种|产|-|[mass]")
    d.add("1107公顷", 1107, kind="measure", unit="hectare", key="蔬菜播种|果用瓜|-|a")
    d.add("28408吨", 28408, kind="measure", unit="tonne", key="蔬菜播种|产|-|[mass]")
    assert d.run(same_metric) == []


# http://m.mnw.cn/news/shehui/2118699.html (交通运输部, 2019 春运首日)
CHUNYUN = (
    "1月21日,春运首日,全国铁路、道路、水路、民航共发送旅客6754.5万人次,比去年同期增长1.7%。"
    "其中铁路发送旅客953.2万人次,增长19.6%;道路发送旅客5565万人次,下降0.8%;"
    "民航发送旅客166.2万人次,增长7.0%。"
)


def test_later_items_of_a_qizhong_list_are_parts_too(doc) -> None:
    """其中 opens a list whose items ；parts: 民航发送旅客166.2万人次 is a part, no restatement
    of the 6754.5万人次 the four modes carried together (whose subject the extractor lost)."""
    d = doc(CHUNYUN)
    d.add("6754.5万人次", 67545000, g=1000, unit="人次", counted="发送旅客",
          key="?|发送旅客|-|count")  # fmt: skip
    for s, mode in (("953.2万人次", "铁路"), ("5565万人次", "道路"), ("166.2万人次", "民航")):
        d.add(s, int(Decimal(s[:-3]) * 10000), g=1000, unit="人次", counted="发送旅客",
              subject=mode, key=f"{mode}|发送旅客|-|count")  # fmt: skip
    assert d.run(same_metric) == []


# http://www.xiemei.cc/article/show/391 (a province's 2016年1-9月旅游接待情况)
TOURISM_ITEMS = (
    "1、接待海外入境游客860.03万人次,比去年同期增长5.15%;\n"
    "旅游外汇收入合计22.33亿美元,比去年同期增长2.43%;\n"
    "2、接待海外旅游者(过夜)422.00万人次,比去年同期增长1.85%;\n"
    "旅游外汇收入19.23亿美元,比去年同期增长1.51%;\n"
)


def test_two_items_of_a_numbered_list_are_two_indicators(doc) -> None:
    """旅游外汇收入 under 1、海外入境游客 (22.33亿美元) and under 2、海外旅游者(过夜) (19.23亿
    美元) share a key once the item's noun is dropped, but are two indicators."""
    d = doc(TOURISM_ITEMS)
    key = "旅游外汇|收入|-|money:USD"
    d.add("22.33亿美元", 2233000000, g=1000000, kind="money", unit="USD", key=key)
    d.add("19.23亿美元", 1923000000, g=1000000, kind="money", unit="USD", key=key)
    assert d.run(same_metric) == []


def test_one_item_restated_in_prose_is_still_compared(doc) -> None:
    """A figure of a numbered item and one of the prose before the list are still compared."""
    d = doc("前三季度全省旅游外汇收入19.53亿美元。\n" + TOURISM_ITEMS)
    key = "旅游外汇|收入|-|money:USD"
    d.add("19.53亿美元", 1953000000, g=1000000, kind="money", unit="USD", key=key)
    d.add("19.23亿美元", 1923000000, g=1000000, kind="money", unit="USD", key=key)
    assert verdicts(d.run(same_metric)) == ["contradiction"]


# https://wzatv.cc/atv/a/minshengjingji/2016/1005/151376_2.html (国庆 2016, 四川)
SICHUAN = (
    "25个红色旅游景区共接待游客91.28万人次。其中,九寨沟景区连续3天接待游客达到最大接待能力,"
    "前4天累计接待13.91万人;黄龙景区前4天累计接待6.55万人,同比增长56.8%;"
    "成都大熊猫繁殖研究基地,前4天累计接待17.1万人。"
)


def test_two_items_of_one_qizhong_list_are_no_restatement(doc) -> None:
    """九寨沟 13.91万人, 黄龙 6.55万人, 大熊猫基地 17.1万人 are three items of one 其中 list,
    though the extractor carried 九寨沟景区 over the ；into every key."""
    d = doc(SICHUAN)
    for s in ("13.91万人", "6.55万人", "17.1万人"):
        d.add(s, int(Decimal(s[:-2]) * 10000), g=100, unit="人", key="九寨沟景区|接待|-|count")
    assert d.run(same_metric) == []


# http://hbxmad.com/newdetail-255099.html (国庆黄金周, 云南; the page's words normalised)
YUNNAN = (
    "国庆黄金周全省共接待游客1363.56万人次。过夜游游客313.88万人次。"
    "一日游游客1049.68万人次。昆明市接待游客310.38万人次,居全省第一位。"
    "红河哈尼族彝族自治州接待游客201.49万人次,居全省第二位。玉溪市接待游客123.61万人次。"
)


def test_a_figure_without_subject_among_several_named_ones_is_no_guess(doc) -> None:
    """A 游客 figure whose subject the extractor lost (1049.68万人次) could be 昆明市's,
    红河州's or 玉溪市's: no guessed restatement of any of them."""
    d = doc(YUNNAN)
    d.add("1049.68万人次", 10496800, g=100, unit="人次", counted="游客", subject="游")
    for s, place in (("310.38万人次", "昆明市"), ("201.49万人次", "红河哈尼族彝族自治州"),
                     ("123.61万人次", "玉溪市")):  # fmt: skip
        d.add(s, int(Decimal(s[:-3]) * 10000), g=100, unit="人次", counted="游客", subject=place)
    assert d.run(same_metric) == []


# http://cneb.gov.cn/2016/09/12/ARTI1473672502612497.shtml (民政部, 具体灾情如下 by province)
BY_PROVINCE = (
    "截至9月12日9时统计,上述6省(自治区)6.8万人受灾。具体灾情如下:\n"
    "据福建省民政厅报告,三明市永安市、大田县4900余人受灾;农作物受灾面积100余公顷。\n"
    "据湖南省民政厅报告,衡阳市衡阳县2.1万人受灾;农作物受灾面积1.1千公顷。\n"
    "据广西壮族自治区民政厅报告,柳州、百色、贺州3市1.6万人受灾;农作物受灾面积2.5千公顷。\n"
)


def _by_province(doc, text: str = BY_PROVINCE):
    d = doc(text)
    key = "农作物|受灾面积|-|[length] ** 2"
    d.add("100余公顷", 100, lit="(100, 200)", kind="measure", unit="hectare", key=key)
    d.add("1.1千公顷", 1100, g=100, kind="measure", unit="hectare", key=key)
    d.add("2.5千公顷", 2500, g=100, kind="measure", unit="hectare", key=key)
    return d


def test_paragraphs_reporting_for_two_offices_are_two_places(doc) -> None:
    """据福建省民政厅报告 / 据湖南省民政厅报告 / 据广西…民政厅报告 open paragraphs about three
    provinces: their 农作物受灾面积 are three figures, though the key carried 农作物 over."""
    assert _by_province(doc).run(same_metric) == []


def test_paragraphs_in_traditional_script_are_two_places(doc) -> None:
    """據…省民政廳報告 (traditional script, as mirror sites print it) opens a scope too."""
    trad = str.maketrans("据厅报县灾积农广壮区", "據廳報縣災積農廣壯區")
    assert _by_province(doc, BY_PROVINCE.translate(trad)).run(same_metric) == []


def test_one_office_under_a_breakdown_heading_is_one_place(doc) -> None:
    """A page that keeps only one province under 分省灾情如下： still breaks the tally down by
    place: the whole's 农作物受灾面积 is no restatement of the province's."""
    text = (
        "中国网7月22日讯 据民政部网站消息,台风造成农作物受灾面积1898.7千公顷。\n"
        "截至7月22日9时统计,分省灾情如下:\n"
        "据广东省民政厅报告,24个县农作物受灾面积226.4千公顷。\n"
    )
    d = doc(text)
    key = "?|农作物受灾面积|-|[length] ** 2"
    d.add("1898.7千公顷", 1898700, g=100, kind="measure", unit="hectare", key=key)
    d.add("226.4千公顷", 226400, g=100, kind="measure", unit="hectare", key=key)
    assert d.run(same_metric) == []
    without = text.replace("分省灾情如下", "灾情如下")
    d = doc(without)
    d.add("1898.7千公顷", 1898700, g=100, kind="measure", unit="hectare", key=key)
    d.add("226.4千公顷", 226400, g=100, kind="measure", unit="hectare", key=key)
    assert d.run(same_metric) != []


def test_paragraphs_of_one_office_are_still_compared(doc) -> None:
    """Two paragraphs reporting for the same office state one place's figures."""
    text = BY_PROVINCE
    for office in ("湖南省民政厅", "广西壮族自治区民政厅"):
        text = text.replace(office, "福建省民政厅")
    assert "contradiction" in verdicts(_by_province(doc, text).run(same_metric))


# http://xalsdbl.com/politics/2020-01/11/c_1125450364.htm (交通运输部, 2020 春运首日)
CHUNYUN_2020 = (
    "春运首日全国铁路、道路、水路、民航共发送旅客6960.9万人次,比去年春运首日增长3%。"
    "春运首日,全国铁路发送旅客1172.6万人次,增长23%;道路发送旅客5522万人次,下降0.8%;"
    "水路发送旅客78.35万人次,增长9.8%;民航发送旅客188万人次,增长12%。"
)


def test_named_subjects_count_at_any_time(doc) -> None:
    """The 6960.9万人次 whose subject the extractor lost meets 全国铁路, 道路, 水路 and 民航
    for 发送旅客 (only 全国铁路 with its time words): four places, no guess."""
    d = doc(CHUNYUN_2020)
    day = date(2020, 1, 10)
    d.add("6960.9万人次", 69609000, g=1000, unit="人次", counted="发送旅客", as_of=day)
    d.add("1172.6万人次", 11726000, g=1000, unit="人次", counted="发送旅客", subject="全国铁路",
          as_of=day)  # fmt: skip
    for s, mode in (("5522万人次", "道路"), ("78.35万人次", "水路"), ("188万人次", "民航")):
        d.add(s, int(Decimal(s[:-3]) * 10000), g=100, unit="人次", counted="发送旅客",
              subject=mode)  # fmt: skip
    assert d.run(same_metric) == []


# My own text, after the 民政部 typhoon reports (具体灾情如下: one paragraph per province).
BY_OFFICE = (
    "受台风影响,全省4市2.3万间房屋倒塌,直接经济损失18.6亿元。具体灾情如下:\n"
    "据甲市民政局报告,1.2万间房屋倒塌,直接经济损失9.4亿元。\n"
    "据乙市民政局报告,8000余间房屋倒塌,直接经济损失6.1亿元。\n"
)


def _by_office(doc, text: str = BY_OFFICE):
    d = doc(text)
    for s, v, g in (("2.3万间", 23000, 1000), ("1.2万间", 12000, 1000)):
        d.add(s, v, g=g, unit="间", counted="房屋")
    if "8000余间" in text:
        d.add("8000余间", 8000, lit="(8000, 9000)", unit="间", counted="房屋")
    for s, v in (("18.6亿元", "1860000000"), ("9.4亿元", "940000000"), ("6.1亿元", "610000000")):
        if s in text:
            d.add(s, v, g=10000000, kind="money", unit="CNY", counted="直接经济损失")
    return d


def test_the_whole_of_a_report_broken_down_by_office_is_no_place_s_figure(doc) -> None:
    """A report whose paragraphs open with two offices (据甲市… / 据乙市…) breaks its whole
    down by place: the whole's 2.3万间 (no office) is no restatement of 甲市's 1.2万间."""
    assert _by_office(doc).run(same_metric) == []


def test_a_report_with_one_office_still_compares_its_whole(doc) -> None:
    """With one office alone there is no breakdown: a figure outside it may restate its
    (2.3万间 vs 1.2万间 of 房屋 is a guessed clash)."""
    text = BY_OFFICE.split("据乙市")[0]
    assert verdicts(_by_office(doc, text).run(same_metric)) == ["tension"]


def test_offices_of_one_run_together_paragraph_are_two_places(doc) -> None:
    """A page that lost its line breaks (…1.1千公顷。 据广西…民政厅报告,…) still opens a
    scope at each office's sentence."""
    assert _by_province(doc, BY_PROVINCE.replace("\n", " ")).run(same_metric) == []


def test_a_label_after_a_full_stop_without_a_space_opens_no_scope(doc) -> None:
    """他表示:… inside a paragraph is a quote, not a paragraph's label: the figures around
    it are still compared."""
    d = doc("全市共开工重点项目326个。他表示:全市已开工重点项目362个。")
    d.add("326个", 326, unit="个", counted="全市共开工重点项目")
    d.add("362个", 362, unit="个", counted="全市已开工重点项目")
    assert verdicts(d.run(same_metric)) == ["tension"]


def test_figures_after_a_partitive_clause_are_parts(doc) -> None:
    """在全市接待的800万人次游客中,过夜游客为500万人次;一日游游客为300万人次: the figures
    after 在…中 are parts of the 800万 (the extractor cuts 一日游 off as a subject), no
    restatement of the 800万 of the sentence before."""
    d = doc("全市共接待游客800万人次。在全市接待的800万人次游客中,过夜游客为500万人次;"
            "一日游游客为300万人次。")  # fmt: skip
    d.add("800万人次", 8000000, g=10000, unit="人次", counted="游客", subject="全市")
    d.add("800万人次", 8000000, g=10000, unit="人次", counted="游客", subject="在全市", nth=1)
    d.add("500万人次", 5000000, g=10000, unit="人次", counted="过夜游客", subject="在全市")
    d.add("300万人次", 3000000, g=10000, unit="人次", counted="游客", subject="一日游")
    assert verdicts(d.run(same_metric)) == ["consistent"]


def test_a_count_bound_before_de_names_a_class(doc) -> None:
    """年旅客吞吐量1000万人次以上的机场有38个 … 200万人次以下的机场有185个 (my own sentences,
    after the 民航 airport bulletin): each bound before 的 names a class of the 机场 counted
    after it, no statement of one 年旅客吞吐量."""
    d = doc("年旅客吞吐量1000万人次以上的机场有38个。年旅客吞吐量200万人次以下的机场有185个。")
    d.add("1000万人次以上", 10000000, lit="[10000000, +inf)", unit="人次", counted="年旅客吞吐")
    d.add("38个", 38, unit="个", counted="机场")
    d.add("200万人次以下", 2000000, lit="[0, 2000000]", unit="人次", counted="年旅客吞吐")
    d.add("185个", 185, unit="个", counted="机场")
    assert d.run(same_metric) == []


def test_a_count_before_de_without_a_bound_is_still_a_figure(doc) -> None:
    """全年接待游客300万人次的景区 … 全年接待游客500万人次: a plain figure before 的 is no
    class bound; the two 游客 figures are still compared (a guessed clash)."""
    d = doc("全年接待游客300万人次的景区有3家。全年接待游客500万人次。")
    d.add("300万人次", 3000000, g=10000, unit="人次", counted="游客")
    d.add("3家", 3, unit="家", counted="景区")
    d.add("500万人次", 5000000, g=10000, unit="人次", counted="游客")
    assert verdicts(d.run(same_metric)) == ["tension"]


def test_the_area_s_figure_is_no_restatement_of_a_place_s(doc) -> None:
    """全市共接待游客520.6万人次 … 鼓楼区接待游客128.4万人次 (my own sentences, after the holiday
    reports by district): the whole area and one place in it, never one figure."""
    d = doc("国庆假期,全市共接待游客520.6万人次。从各区县看,鼓楼区接待游客128.4万人次。")
    d.add("520.6万人次", 5206000, g=1000, unit="人次", counted="游客", subject="全市")
    d.add("128.4万人次", 1284000, g=1000, unit="人次", counted="游客", subject="鼓楼区")
    assert d.run(same_metric) == []


def test_a_subject_opening_with_the_area_is_still_the_area_s(doc) -> None:
    """全省共有16870名考生 … 全省报考高职分类考试的1.6万名考生: the extractor's subject opens
    with 全省, so it is the area's figure again, and the pair is still compared."""
    d = doc("今年全省共有16870名考生报名。全省报考高职分类考试的1.6万名考生中,应届生占七成。")
    d.add("16870名", 16870, unit="名", counted="考生", subject="全省")
    d.add("1.6万名", 16000, lit="[15500, 16500)", unit="名", counted="考生",
          subject="全省报考高职分类考试")  # fmt: skip
    assert verdicts(d.run(same_metric)) == ["tension"]


# My own lines, after the 卫生健康委 医疗服务情况 releases (one heading per indicator).
BY_HEADING = (
    "一、诊疗人次\n全市医疗卫生机构总诊疗人次1.2亿人次。医院6300万人次,同比增长2.1%。\n"
    "二、出院人次\n全市医疗卫生机构出院人次520万人次。医院430万人次,同比增长1.8%。\n"
)


def test_figures_under_two_headings_are_two_indicators(doc) -> None:
    """一、诊疗人次 / 二、出院人次: a heading alone on its line names what the lines under it
    count, so 医院6300万人次 and 医院430万人次 are two indicators, not one figure."""
    d = doc(BY_HEADING)
    d.add("6300万人次", 63000000, g=10000, unit="人次", counted="医院")
    d.add("430万人次", 4300000, g=10000, unit="人次", counted="医院")
    assert d.run(same_metric) == []


def test_counts_of_people_and_of_person_times_under_one_key_are_apart(doc) -> None:
    """社区卫生服务中心0.9亿人次 (诊疗) and 社区卫生服务中心49.3万人 (出院) under one key: 人次
    and 人 count two things, never one figure; 人 and 名 stay alike."""
    d = doc("社区卫生服务中心诊疗0.9亿人次。社区卫生服务中心出院49.3万人。")
    key = "社区卫生|服务中心|-|count"
    d.add("0.9亿人次", 90000000, g=10000000, unit="人次", key=key)
    d.add("49.3万人", 493000, g=1000, unit="人", key=key)
    assert d.run(same_metric) == []
    e = doc("社区卫生服务中心出院49.3万人。社区卫生服务中心出院52.1万名。")
    e.add("49.3万人", 493000, g=1000, unit="人", key=key)
    e.add("52.1万名", 521000, g=1000, unit="名", key=key)
    assert verdicts(e.run(same_metric)) == ["contradiction"]


def test_a_figure_said_to_be_below_the_other_is_no_restatement(doc) -> None:
    """外来劳动力失业率4.9%，低于全国城镇调查失业率 says the two rates differ: even under one key
    (the subject carried over) they are never one figure restated; without 低于 they are."""
    text = "全国城镇调查失业率5.2%。外来农业户籍劳动力城镇调查失业率4.9%，低于全国城镇调查失业率。"
    for said, expect_empty in ((text, True), (text.replace("低于", "与"), False)):
        d = doc(said)
        key = "全国城镇调查|失业率|-|percent"
        for s, v in (("5.2%", "5.2"), ("4.9%", "4.9")):
            d.add(s, v, kind="percent", unit="percent", key=key, subject="全国城镇调查",
                  metric="失业率")
        assert (d.run(same_metric) == []) is expect_empty


def test_a_semicolon_part_goes_on_about_the_entity_its_sentence_opened_with(doc) -> None:
    """…全国总诊疗人次95.5亿；入院人次3.0亿。…乡镇卫生院诊疗人次13.1亿；入院人次4000万 (my own
    lines, after the health bulletins): the second 入院 figure is the 乡镇卫生院's, whatever
    key the extractor gave both, so the two are never one figure."""
    d = doc("2023年,全国总诊疗人次95.5亿;入院人次3.0亿。2023年,乡镇卫生院诊疗人次13.1亿;"
            "入院人次4000万。")  # fmt: skip
    d.add("95.5亿", 9550000000, g=10000000, subject="全国", metric="总诊疗人次")
    d.add("3.0亿", 300000000, g=10000000, unit="人次", key="入院|人次|-|count", subject="入院")
    d.add("13.1亿", 1310000000, g=10000000, subject="乡镇卫生院", metric="诊疗人次")
    d.add("4000万", 40000000, g=10000, unit="人次", key="入院|人次|-|count", subject="入院")
    assert d.run(same_metric) == []
    e = doc("2023年,全国总诊疗人次95.5亿;入院人次3.0亿。2023年,全国入院人次3.5亿。")
    e.add("95.5亿", 9550000000, g=10000000, subject="全国", metric="总诊疗人次")
    e.add("3.0亿", 300000000, g=10000000, unit="人次", key="入院|人次|-|count", subject="入院")
    e.add("3.5亿", 350000000, g=10000000, unit="人次", key="入院|人次|-|count", subject="入院")
    assert verdicts(e.run(same_metric)) == ["contradiction"]


def test_two_semicolon_parts_naming_two_places_are_two_entities(doc) -> None:
    """国庆假期,西湖景区7天累计接待游客102.5万人次；余杭区某村7天累计接待游客3.9万人次 (my own
    line, after the holiday tallies by scenic spot): the extractor lost both subjects, but each
    ；-part names its own place before the figure, so they are an enumeration; with one place
    named and the other not they are still compared."""
    for text, expected in (
        ("国庆假期,西湖景区7天累计接待游客102.5万人次;余杭区径山村7天累计接待游客3.9万人次。", []),
        ("国庆假期,西湖景区7天累计接待游客102.5万人次;7天累计接待游客3.9万人次。", ["tension"]),
    ):
        d = doc(text)
        d.add("102.5万人次", 1025000, g=1000, unit="人次", counted="接待游客")
        d.add("3.9万人次", 39000, g=1000, unit="人次", counted="接待游客")
        assert verdicts(d.run(same_metric)) == expected


def test_the_figure_a_text_says_it_passed_is_no_restatement(doc) -> None:
    """社会消费品零售总额8362.0亿元 … 已超过去年全年的8118.5亿元 (my own lines, after a city's
    monthly release): the second figure is what the first is compared with, never the same
    figure, whatever time the extractor gave it; a plain restatement is still compared."""
    base = "前11月全市社会消费品零售总额8362.0亿元。前11月全市社会消费品零售总额{}8118.5亿元。"
    for said, expected in ((base.format("已超过去年全年的"), []), (base.format("为"), ["tension"])):
        d = doc(said)
        d.add("8362.0亿元", 836200000000, kind="money", g=10000000, unit="CNY",
              counted="社会消费品零售总额")  # fmt: skip
        d.add("8118.5亿元", 811850000000, kind="money", g=10000000, unit="CNY",
              counted="社会消费品零售总额")  # fmt: skip
        assert verdicts(d.run(same_metric)) == expected
