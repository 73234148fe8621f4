"""Rule sum: parts against their total, on hand-made claims."""

from __future__ import annotations

from decimal import Decimal

from ledger.rules.sum import sum_parts
from tests.rules.conftest import verdicts


def test_parts_after_qizhong_must_fit_the_total(doc) -> None:
    """共有学生45人,其中男生30人,女生20人: 50 > 45, a contradiction."""
    d = doc("全班共有学生45人,其中男生30人,女生20人。")
    for s, v in (("45人", 45), ("30人", 30), ("20人", 20)):
        d.add(s, v, unit="人")
    [f] = d.run(sum_parts)
    assert f.verdict == "contradiction"
    assert f.arithmetic.startswith("30 + 20 = [50, 50] <= total [45, 45]")
    assert [c.text for c in f.claims] == ["45人", "30人", "20人"]


def test_qizhong_parts_may_add_up_to_less(doc) -> None:
    """其中 lists some of the parts: 30 + 10 <= 45 is consistent."""
    d = doc("全班共有学生45人,其中男生30人,女生10人。")
    for s, v in (("45人", 45), ("30人", 30), ("10人", 10)):
        d.add(s, v, unit="人")
    assert verdicts(d.run(sum_parts)) == ["consistent"]


def test_qizhong_opening_the_next_sentence(doc) -> None:
    """The total closes one sentence and 其中 opens the next; other units are not parts; the
    total is taken across a sentence end, a guess, so parts past it are a tension."""
    d = doc("全市企业1200家。其中,外资企业300家,员工5万人,民营企业1000家。")
    d.add("1200家", 1200, unit="家")
    d.add("300家", 300, unit="家")
    d.add("5万人", 50000, g=10000, unit="人")
    d.add("1000家", 1000, unit="家")
    [f] = d.run(sum_parts)
    assert f.verdict == "tension"
    assert [c.text for c in f.claims] == ["1200家", "300家", "1000家"]


def test_list_with_fenbie_must_make_up_the_total(doc) -> None:
    """A、B分别为30人、40人,合计80人: a listed split must add up exactly."""
    d = doc("两个班分别为30人、40人,合计80人。")
    for s, v in (("30人", 30), ("40人", 40), ("80人", 80)):
        d.add(s, v, unit="人")
    [f] = d.run(sum_parts)
    assert f.verdict == "contradiction"
    assert "=" in f.arithmetic


def test_rounded_parts_fit_a_rounded_total(doc) -> None:
    """1.2万 + 0.8万 may be 2万 once rounding is allowed: consistent."""
    d = doc("游客共2万人次,其中国内游客1.2万人次,入境游客0.8万人次。")
    d.add("2万人次", 20000, g=10000, unit="人次")
    d.add("1.2万人次", 12000, g=1000, unit="人次")
    d.add("0.8万人次", 8000, g=1000, unit="人次")
    assert verdicts(d.run(sum_parts)) == ["consistent"]


def test_changes_are_not_parts(doc) -> None:
    """其中北京120人,比上年增加200人: the increase is no part of the total."""
    d = doc("共有150人,其中北京120人,比上年增加200人。")
    d.add("150人", 150, unit="人")
    d.add("120人", 120, unit="人")
    d.add("200人", 200, unit="人")
    [f] = d.run(sum_parts)
    assert f.verdict == "consistent"
    assert [c.text for c in f.claims] == ["150人", "120人"]


def test_baokuo_without_a_total_checks_nothing(doc) -> None:
    """The seed's 包括…等账号超9万个 names no total: no finding."""
    d = doc("政务微博有包括中央部委、地方机构等账号超9万个,粉丝数超35亿。")
    d.add("超9万个", 90000, lit="(90000, +inf)", unit="个")
    d.add("超35亿", 3500000000, lit="(3500000000, +inf)")
    assert d.run(sum_parts) == []


def test_base_of_a_comparison_is_no_total(doc) -> None:
    """与2010年的1152376人相比 is a base, not the total 其中 refers to: 1268453 is."""
    d = doc("常住人口为1268453人，与2010年普查的1152376人相比增长10.07%。其中，男性648210人，"
            "女性620243人。")  # fmt: skip
    d.add("1268453人", 1268453, unit="人")
    d.add("1152376人", 1152376, unit="人")
    d.add("648210人", 648210, unit="人")
    d.add("620243人", 620243, unit="人")
    [f] = d.run(sum_parts)
    assert f.verdict == "consistent"
    assert "「1268453人」" in f.message


# ---------------------------------------------------------------- real passages (false alarms)

# http://zgdz.eq-j.cn/html/2023/3/20230321.htm (bench/corpus/real/21_quake_global_2023q2)
QUAKE = (
    "2023年4月1日—6月30日全球共发生5.0级以上地震94次,其中5.0~5.9级地震62次,"
    "6.0~6.9级地震25次,7.0级以上地震7次"
)
# https://aqsiqauto.com/newcars/info/9406.html (bench/corpus/real/40_auto_nev_sales)
NEV = (
    "11月,我国新能源汽车产销分别完成45.7万辆和45万辆,同比分别增长1.3倍和1.2倍。"
    "其中纯电动汽车产销分别完成37.2万辆和36.1万辆,同比分别增长1.2倍和1.1倍。"
)


def _quake(doc, text: str = QUAKE):
    d = doc(text)
    d.add("5.0级以上", "5.0", kind="measure", unit="richter_magnitude", lit="[5.0, +inf)")
    d.add("5.0~5.9级", "5.0", kind="measure", unit="richter_magnitude", lit="[5.0, 5.9]")
    d.add("6.0~6.9级", "6.0", kind="measure", unit="richter_magnitude", lit="[6.0, 6.9]")
    d.add("7.0级以上", "7.0", kind="measure", unit="richter_magnitude", lit="[7.0, +inf)")
    for s in ("94次", "62次", "72次", "25次", "7次"):
        if s in text:
            d.add(s, int(s[:-1]), unit="次")
    return d


def test_magnitude_classes_are_no_addends_their_counts_are(doc) -> None:
    """5.0~5.9级 + 6.0~6.9级 + 7.0级以上 is no sum of 5.0级以上 (magnitudes are intensive):
    the counts 62 + 25 + 7 are checked against 94 instead."""
    [f] = _quake(doc).run(sum_parts)
    assert f.verdict == "consistent"
    assert [c.text for c in f.claims] == ["94次", "62次", "25次", "7次"]


def test_a_count_class_that_overshoots_is_still_caught(doc) -> None:
    """With the magnitudes set aside, counts of the classes past the total are a contradiction."""
    assert verdicts(_quake(doc, QUAKE.replace("62次", "72次")).run(sum_parts)) == ["contradiction"]


def test_rates_are_no_addends(doc) -> None:
    """Per-capita figures of groups (人均, per 人) do not add up to the average of the whole."""
    d = doc("全体居民人均可支配收入3万元,其中城镇居民人均可支配收入4万元,农村居民1.8万元。")
    for s, v in (("3万元", 30000), ("4万元", 40000), ("1.8万元", 18000)):
        d.add(s, v, kind="money", unit="CNY", per="人")
    assert d.run(sum_parts) == []


def _nev(doc, produced: str = "37.2万辆"):
    d = doc(NEV.replace("37.2万辆", produced))
    for s in ("45.7万辆", "45万辆", produced, "36.1万辆"):
        d.add(s, int(Decimal(s[:-2]) * 10000), g=1000 if "." in s else 10000, unit="辆")
    return d


def test_respective_parts_go_to_respective_totals(doc) -> None:
    """产销分别完成45.7万辆和45万辆 … 其中 … 产销分别完成37.2万辆和36.1万辆: production
    goes with production, sales with sales; 37.2万 + 36.1万 is no part of 45万."""
    found = _nev(doc).run(sum_parts)
    assert verdicts(found) == ["consistent", "consistent"]
    assert [[c.text for c in f.claims] for f in found] == [
        ["45.7万辆", "37.2万辆"],
        ["45万辆", "36.1万辆"],
    ]


def test_a_respective_part_past_its_own_total_is_flagged(doc) -> None:
    """47.2万辆 produced cannot be part of 45.7万辆 produced: flagged (a tension, since the
    total is taken across a sentence end)."""
    assert verdicts(_nev(doc, "47.2万辆").run(sum_parts)) == ["tension", "consistent"]


# http://zgdz.eq-j.cn/html/2023/2/20230219.htm (2023 Q1 of the same series)
QUAKE_Q1 = (
    "全球共发生5.0级以上地震88次,其中,5.0~5.9级地震54次,6.0~6.9级地震27次,7.0级以上地震7次"
    "(图 1,表 1),震级最大的地震为2月6日土耳其发生的2次7.8级地震。"
)


def test_the_largest_of_the_parts_is_named_again_not_added(doc) -> None:
    """震级最大的地震为…2次7.8级地震 names the largest class member again: 54 + 27 + 7 = 88,
    not 90."""
    d = doc(QUAKE_Q1)
    for s in ("88次", "54次", "27次", "7次", "2次"):
        d.add(s, int(s[:-1]), unit="次")
    [f] = d.run(sum_parts)
    assert f.verdict == "consistent"
    assert [c.text for c in f.claims] == ["88次", "54次", "27次", "7次"]


# https://bj.crntt.com/doc/123_0_105851104_1.html (国家卫健委 2020-08-13 bulletin)
COVID = (
    "报告新增确诊病例19例,其中境外输入病例11例(山东4例,上海2例,广东2例,四川2例,河北1例),"
    "本土病例8例(均在新疆);无新增死亡病例。"
    "境外输入现有确诊病例162例(其中重症病例1例),现有疑似病例4例。"
)


def test_a_bracket_details_its_figure_not_the_total(doc) -> None:
    """境外输入病例11例(山东4例,上海2例,…) and 本土病例8例 make up 19例: the figures in
    the bracket split the 11例, not the 19例."""
    d = doc(COVID)
    # nth counts substrings: 1例 first occurs inside 11例
    for s, nth in (("19例", 0), ("11例", 0), ("4例", 0), ("2例", 0), ("2例", 1), ("2例", 2),
                   ("1例", 1), ("8例", 0)):  # fmt: skip
        d.add(s, int(s[:-1]), unit="例", nth=nth)
    [f] = d.run(sum_parts)
    assert f.verdict == "consistent"
    assert [c.text for c in f.claims] == ["19例", "11例", "8例"]


def test_a_qizhong_in_brackets_ends_with_them(doc) -> None:
    """162例(其中重症病例1例),现有疑似病例4例: the 4 suspected cases are no part of 162."""
    d = doc(COVID)
    for s, nth in (("162例", 0), ("1例", 2), ("4例", 1)):
        d.add(s, int(s[:-1]), unit="例", nth=nth)
    [f] = d.run(sum_parts)
    assert [c.text for c in f.claims] == ["162例", "1例"]


def test_levels_are_no_parts_of_a_total(doc) -> None:
    """A water level or a rainfall is a level, not a stock: 洪峰水位 under 超警幅度 (其中) adds
    nothing up, though 米 is a length (cues.toml [sum] level); 公路里程 still adds up."""
    text = "5条河流超警，超警幅度共0.5米，其中甲站洪峰水位28.06米，乙站洪峰水位12.3米。"
    d = doc(text)
    d.add("0.5米", Decimal("0.5"), kind="measure", unit="meter", metric="超警幅度")
    d.add("28.06米", Decimal("28.06"), kind="measure", unit="meter", metric="洪峰水位")
    d.add("12.3米", Decimal("12.3"), kind="measure", unit="meter", metric="洪峰水位", nth=0)
    assert d.run(sum_parts) == []
    roads = "公路总里程共0.5万公里，其中高速公路0.3万公里，国道0.4万公里。"
    r = doc(roads)
    r.add("0.5万公里", 5000, g=1000, kind="measure", unit="kilometer", metric="公路总里程")
    r.add("0.3万公里", 3000, g=1000, kind="measure", unit="kilometer", metric="高速公路")
    r.add("0.4万公里", 4000, g=1000, kind="measure", unit="kilometer", metric="国道")
    assert "contradiction" in verdicts(r.run(sum_parts))


def _census(doc, male: int, birth: str = "女性人口45万人"):
    d = doc(f"全区常住人口为91万人。其中，男性人口{male}万人；{birth}。")
    d.add("91万人", 910000, g=10000, unit="人", subject="全区", metric="常住人口")
    d.add(f"{male}万人", male * 10000, g=10000, unit="人", subject="男性", metric="人口")
    d.add("45万人", 450000, g=10000, unit="人", **_second_item(birth))
    return d


def _second_item(birth: str) -> dict[str, str]:
    if birth.startswith("女性人口"):
        return {"subject": "女性", "metric": "人口"}
    return {"subject": "全区", "metric": "出生人口"}


def test_a_qizhong_list_goes_on_past_a_semicolon(doc) -> None:
    """其中，男性人口50万人；女性人口45万人 after 91万人: the item after ； is a part too,
    and 95万 cannot fit 91万 (a tension: the total is taken across the sentence end)."""
    [f] = _census(doc, 50).run(sum_parts)
    assert f.verdict == "tension"
    assert [c.text for c in f.claims] == ["91万人", "50万人", "45万人"]


def test_semicolon_parts_that_fit_are_consistent(doc) -> None:
    """46万 + 45万 may be 91万: both items are counted and the group is consistent."""
    [f] = _census(doc, 46).run(sum_parts)
    assert f.verdict == "consistent"
    assert len(f.claims) == 3


def test_another_metric_after_the_semicolon_is_no_part(doc) -> None:
    """其中，男性人口50万人；出生人口45万人: 出生人口 is another metric, not the next item."""
    [f] = _census(doc, 50, birth="出生人口45万人").run(sum_parts)
    assert f.verdict == "consistent"
    assert [c.text for c in f.claims] == ["91万人", "50万人"]


NEV_ROWS = (
    "11月,新能源汽车产销分别完成45.7万辆和45万辆。其中纯电动汽车产销分别完成37.2万辆和36.1万辆;"
    "插电式混合动力汽车产销分别完成{p}万辆和8.9万辆。"
)


def _nev_rows(doc, p: str):
    d = doc(NEV_ROWS.format(p=p))
    rows = (("新能源汽车", "45.7万辆", "45万辆"), ("纯电动汽车", "37.2万辆", "36.1万辆"))
    rows += (("插电式混合动力汽车", f"{p}万辆", "8.9万辆"),)
    for subject, made, sold in rows:
        for s, metric in ((made, "产量"), (sold, "销量")):
            n = int(Decimal(s[:-2]) * 10000)
            d.add(s, n, g=1000 if "." in s else 10000, unit="辆", subject=subject, metric=metric)
    return d


def test_respective_rows_go_on_past_a_semicolon(doc) -> None:
    """A second 分别 row after ; (插电式…产销分别完成8.5万辆和8.9万辆) adds one part to each
    total: production 37.2万 + 8.5万 fits 45.7万, sales 36.1万 + 8.9万 fits 45万."""
    found = _nev_rows(doc, "8.5").run(sum_parts)
    assert [[c.text for c in f.claims] for f in found] == [
        ["45.7万辆", "37.2万辆", "8.5万辆"],
        ["45万辆", "36.1万辆", "8.9万辆"],
    ]
    assert verdicts(found) == ["consistent", "consistent"]


def test_a_respective_row_past_its_total_is_flagged(doc) -> None:
    """37.2万 + 9.5万 produced is past 45.7万 produced: flagged; sales still fit."""
    assert verdicts(_nev_rows(doc, "9.5").run(sum_parts)) == ["tension", "consistent"]


def test_two_breakdowns_of_one_total_are_not_added_together(doc) -> None:
    """其中,城镇人口5万人,乡村人口6万人;男性人口5.5万人,女性人口5.5万人: the part after ;
    starts a second breakdown (by sex), so the first group is 城镇 + 乡村 only."""
    d = doc(
        "年末全县户籍人口为11万人。其中,城镇人口5万人,乡村人口6万人;男性人口5.5万人,女性人口5.5万人。"
    )
    d.add("11万人", 110000, g=10000, unit="人", subject="全县", metric="户籍人口")
    for s, sub in (("5万人", "城镇"), ("6万人", "乡村"), ("5.5万人", "男性")):
        d.add(
            s,
            int(Decimal(s[:-2]) * 10000),
            g=1000 if "." in s else 10000,
            unit="人",
            subject=sub,
            metric="人口",
        )
    d.add("5.5万人", 55000, g=1000, unit="人", subject="女性", metric="人口", nth=1)
    found = d.run(sum_parts)
    assert [[c.text for c in f.claims] for f in found] == [["11万人", "5万人", "6万人"]]


def test_one_part_per_semicolon_part_among_other_figures(doc) -> None:
    """其中甲州37人遇难、失联12人;乙县28人遇难、78人受伤: 遇难 goes on past ; (37 + 28), the
    other metrics of each part are no siblings."""
    d = doc("地震已造成65人遇难,其中甲州37人遇难、失联12人;乙县28人遇难、78人受伤。")
    d.add("65人", 65, unit="人", metric="遇难")
    d.add("37人", 37, unit="人", subject="甲州", metric="遇难")
    d.add("12人", 12, unit="人", subject="甲州", metric="失联")
    d.add("28人", 28, unit="人", subject="乙县", metric="遇难")
    d.add("78人", 78, unit="人", subject="乙县", metric="受伤")
    [f] = d.run(sum_parts)
    assert [c.text for c in f.claims] == ["65人", "37人", "28人"]
    assert f.verdict == "consistent"


def _partitive(doc, overnight: str):
    d = doc(f"在全国接待的5.26亿人次游客中,过夜游客为{overnight}亿人次;一日游游客为4.12亿人次。")
    d.add("5.26亿人次", 526000000, g=1000000, unit="人次", metric="游客")
    d.add(
        f"{overnight}亿人次",
        int(Decimal(overnight) * 10**8),
        g=1000000,
        unit="人次",
        subject="过夜",
        metric="游客",
    )
    d.add("4.12亿人次", 412000000, g=1000000, unit="人次", subject="一日游", metric="游客")
    return d


def test_a_partitive_phrase_holds_the_total(doc) -> None:
    """在…的5.26亿人次游客中,过夜游客…;一日游游客…: the figure inside 在…中 is the total of
    the parts after it; 2.14亿 + 4.12亿 is past 5.26亿."""
    [f] = _partitive(doc, "2.14").run(sum_parts)
    assert f.verdict == "contradiction"
    assert [c.text for c in f.claims] == ["5.26亿人次", "2.14亿人次", "4.12亿人次"]
    assert verdicts(_partitive(doc, "1.14").run(sum_parts)) == ["consistent"]


def test_a_partitive_phrase_without_a_figure_opens_nothing(doc) -> None:
    """在这些游客中,… names no total: no part group."""
    d = doc("全年接待游客5.26亿人次。在这些游客中,过夜游客为1.14亿人次。")
    d.add("5.26亿人次", 526000000, g=1000000, unit="人次", metric="游客")
    d.add("1.14亿人次", 114000000, g=1000000, unit="人次", subject="过夜", metric="游客")
    assert d.run(sum_parts) == []


def test_a_bar_each_of_a_list_passed_is_no_total(doc) -> None:
    """甲、乙、丙等景区接待人数超过4000人,其中甲景区接待9805人: 超过4000 is what each place
    passed, not a total of 9805 and more: no part group."""
    d = doc("甲山、乙湖、丙塔等景区接待人数超过4000人,其中甲山接待9805人。")
    d.add("超过4000人", 4000, lit="(4000, +inf)", conv="(4000, 5000)", unit="人", qualifier="超过")
    d.add("9805人", 9805, unit="人", subject="甲山")
    assert d.run(sum_parts) == []


def test_parts_go_with_the_total_of_their_own_indicator(doc) -> None:
    """总诊疗人次95.5亿,入院人次3.0亿。其中,医院总诊疗人次42.6亿,入院人次2.5亿: each part goes
    with the total of its indicator, not both with the nearest."""
    d = doc("全国总诊疗人次95.5亿,入院人次3.0亿。其中,医院总诊疗人次42.6亿,入院人次2.5亿。")
    for s, v, sub, m, n in (
        ("95.5亿", 9550000000, "全国", "总诊疗人次", 0),
        ("3.0亿", 300000000, "全国", "入院人次", 0),
        ("42.6亿", 4260000000, "医院", "总诊疗人次", 0),
        ("2.5亿", 250000000, "医院", "入院人次", 0),
    ):
        d.add(s, v, g=100000000 if s == "3.0亿" else 10000000, subject=sub, metric=m, nth=n)
    found = d.run(sum_parts)
    assert sorted([c.text for c in f.claims] for f in found) == [
        ["3.0亿", "2.5亿"],
        ["95.5亿", "42.6亿"],
    ]


def test_a_partitive_phrase_with_one_clause_of_figures_checks_nothing(doc) -> None:
    """在168个行业中,有120个行业增长,87个行业增速超过平均: the figures of one clause after 在…中
    are often overlapping subsets, not parts: no part group."""
    d = doc("在有生产活动的168个行业中,有120个行业增长,87个行业增速超过平均水平。")
    d.add("168个", 168, unit="个", metric="行业")
    d.add("120个", 120, unit="个", metric="行业")
    d.add("87个", 87, unit="个", metric="行业")
    assert d.run(sum_parts) == []


def test_the_whole_of_a_ratio_is_no_total(doc) -> None:
    """累计完成2.4亿元,完成年初预算数6亿元的40%。其中,税收收入0.8亿元,非税收入1.6亿元: the
    parts are of what was done (2.4亿), not of the budget 6亿 that 40% is a share of."""
    d = doc("累计完成2.4亿元,完成年初预算数6亿元的40%。其中,税收收入0.8亿元,非税收入1.6亿元。")
    for s, v in (("2.4亿元", 240000000), ("6亿元", 600000000), ("0.8亿元", 80000000),
                 ("1.6亿元", 160000000)):  # fmt: skip
        d.add(s, v, g=10000000 if "." in s else 100000000, kind="money", unit="CNY")
    [f] = d.run(sum_parts)
    assert [c.text for c in f.claims] == ["2.4亿元", "0.8亿元", "1.6亿元"]


def test_a_qizhong_sentence_finds_its_totals_across_the_semicolons_before(doc) -> None:
    """全国总诊疗人次95.5亿…；入院人次3.0亿。其中,医院总诊疗人次42.6亿,入院人次2.5亿 (my own
    line, after the health bulletins): the 总诊疗人次 total stands in an earlier ；-part of the
    sentence before, and each part still goes with the total of its indicator."""
    d = doc("全国总诊疗人次95.5亿,比上年增加9.1亿人次;入院人次3.0亿。其中,医院总诊疗人次42.6亿,"
            "入院人次2.5亿。")  # fmt: skip
    for s, v, sub, m in (
        ("95.5亿", 9550000000, "全国", "总诊疗人次"),
        ("3.0亿", 300000000, "入院", "人次"),
        ("42.6亿", 4260000000, "医院", "总诊疗人次"),
        ("2.5亿", 250000000, "入院", "人次"),
    ):
        d.add(s, v, g=100000000 if s in ("3.0亿", "2.5亿") else 10000000, subject=sub, metric=m)
    found = d.run(sum_parts)
    assert sorted([c.text for c in f.claims] for f in found) == [
        ["3.0亿", "2.5亿"],
        ["95.5亿", "42.6亿"],
    ]
    assert verdicts(found) == ["consistent", "consistent"]


def test_a_part_of_a_part_after_a_semicolon_is_no_sibling(doc) -> None:
    """其中谷物产量1200万吨；谷物中小麦产量1100万吨 (my own line, after the harvest releases): the
    小麦 are part of the 谷物, not a second part of the 1300万吨 total."""
    d = doc("全省夏粮总产量1300万吨。其中谷物产量1200万吨,增长3.0%;谷物中小麦产量1100万吨。")
    d.add("1300万吨", 13000000, g=10000, unit="吨", subject="全省", metric="夏粮总产量")
    d.add("1200万吨", 12000000, g=10000, unit="吨", subject="谷物", metric="产量")
    d.add("1100万吨", 11000000, g=10000, unit="吨", subject="谷物中小麦", metric="产量")
    [f] = d.run(sum_parts)
    assert [c.text for c in f.claims] == ["1300万吨", "1200万吨"]
    assert f.verdict == "consistent"


def test_a_qizhong_list_inside_brackets_ends_with_them(doc) -> None:
    """国内航线完成1200万人次(其中港澳台航线完成30万人次);国际航线完成1000万人次 (my own line,
    after the airport bulletins): the bracket lists parts of the 国内 figure only, so the
    国际航线 after the semicolon is no second part of it (1030 would pass for 1200 here, but a
    sibling is no part); without the bracket the list goes on."""
    for text, parts in (
        ("国内航线完成1200万人次(其中港澳台航线完成30万人次);国际航线完成1000万人次。",
         ["30万人次"]),
        ("国内航线完成1200万人次,其中港澳台航线完成30万人次;国际航线完成1000万人次。",
         ["30万人次", "1000万人次"]),
    ):  # fmt: skip
        d = doc(text)
        d.add("1200万人次", 12000000, g=10000, unit="人次", subject="国内", metric="航线")
        d.add("30万人次", 300000, g=10000, unit="人次", subject="港澳台", metric="航线")
        d.add("1000万人次", 10000000, g=10000, unit="人次", subject="国际", metric="航线")
        [f] = d.run(sum_parts)
        assert [c.text for c in f.claims][1:] == parts


def test_two_grades_of_one_loss_are_checked_one_by_one(doc) -> None:
    """农作物受灾面积2.5公顷,其中成灾面积2.0公顷,绝收面积1.5公顷 (my own line, after the county
    disaster reports): the 绝收 area lies within the 成灾 one, so the two never add up; each
    is checked alone against the 受灾 total, and a grade past it is still flagged."""
    for text, expected in (
        ("农作物受灾面积2.5公顷,其中成灾面积2.0公顷,绝收面积1.5公顷。",
         ["consistent", "consistent"]),
        ("农作物受灾面积2.5公顷,其中成灾面积3.0公顷,绝收面积1.5公顷。",
         ["contradiction", "consistent"]),
    ):  # fmt: skip
        d = doc(text)
        for s in ("2.5公顷", "2.0公顷" if "2.0" in text else "3.0公顷", "1.5公顷"):
            d.add(s, s[:-2], kind="measure", unit="公顷", g="0.1")
        assert verdicts(d.run(sum_parts)) == expected


def test_a_class_bound_before_de_is_no_part_or_total(doc) -> None:
    """降雨100毫米以上的面积约24万平方公里,其中250毫米以上的面积约6万平方公里 (my own line, after
    the rainfall reports): the 毫米 figures are classes of the areas, so the area is the total
    and the part, never the class bounds."""
    d = doc("降雨100毫米以上的面积约24万平方公里,其中250毫米以上的面积约6万平方公里。")
    d.add("100毫米以上", 100, kind="measure", unit="毫米", lit="[100, +inf)")
    d.add("约24万平方公里", 240000, kind="measure", unit="平方公里", g=10000)
    d.add("250毫米以上", 250, kind="measure", unit="毫米", lit="[250, +inf)")
    d.add("约6万平方公里", 60000, kind="measure", unit="平方公里", g=10000)
    [f] = d.run(sum_parts)
    assert [c.text for c in f.claims] == ["约24万平方公里", "约6万平方公里"]
    assert f.verdict == "consistent"


def test_a_closing_total_after_its_parts(doc) -> None:
    """甲饭店共救出90人,乙大楼救出60人,丙大楼救出50人,总共救出200人 (my own line, after an
    earthquake rescue tally): the parts listed before the closing total make it up (a guess:
    a clash is a tension); a change among them means no plain list."""
    for total, expected in (("200人", "consistent"), ("210人", "tension")):
        d = doc(f"甲饭店共救出90人,乙大楼救出60人,丙大楼救出50人,总共救出{total}。")
        rows = (("90人", "甲饭店"), ("60人", "乙大楼"), ("50人", "丙大楼"), (total, "丙大楼"))
        for s, sub in rows:
            d.add(s, s[:-1], unit="人", subject=sub, metric="救出")
        assert verdicts(d.run(sum_parts)) == [expected]
    e = doc("甲饭店救出90人,乙大楼增加60人,总共救出150人。")
    e.add("90人", 90, unit="人", subject="甲饭店", metric="救出")
    e.add("60人", 60, unit="人", subject="乙大楼", metric="救出")
    e.add("150人", 150, unit="人", subject="乙大楼", metric="救出")
    assert e.run(sum_parts) == []
