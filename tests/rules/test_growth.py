"""Rule growth: a stated change against the values it links, on hand-made claims."""

from __future__ import annotations

from datetime import date

from claims.models import TimeRef
from ledger.rules import CheckInput
from ledger.rules.growth import growth
from tests.rules.conftest import verdicts


def _from_to(doc, pct: str, stated: str, word: str = "增长了"):
    d = doc(f"销售额从100万元增至150万元,{word}{pct}。")
    d.add("100万元", 1000000, kind="money", unit="CNY")
    d.add("150万元", 1500000, kind="money", unit="CNY")
    d.add(pct, stated, kind="percent", unit="percent")
    return d


def test_percent_change_matching_the_values(doc) -> None:
    """100万 -> 150万 is 增长了50%: consistent."""
    [f] = _from_to(doc, "50%", "50").run(growth)
    assert f.verdict == "consistent"
    assert f.arithmetic.startswith("(1500000 / 1000000 - 1) x 100 = [50, 50]")


def test_percent_change_off(doc) -> None:
    """100万 -> 150万 is not 增长了60%: contradiction."""
    assert verdicts(_from_to(doc, "60%", "60").run(growth)) == ["contradiction"]


def test_fall_reported_as_rise(doc) -> None:
    """100万 -> 150万 is no 下降了50%."""
    assert verdicts(_from_to(doc, "50%", "50", word="下降了").run(growth)) == ["contradiction"]


def test_multiple_strict_and_loose_readings(doc) -> None:
    """100 -> 300: 增长2倍 fits the strict reading (x3); 增长3倍 only the loose one: tension."""
    strict = doc("用户从100万人增加到300万人,增长了2倍。")
    loose = doc("用户从100万人增加到300万人,增长了3倍。")
    for d in (strict, loose):
        d.add("100万人", 1000000, unit="人")
        d.add("300万人", 3000000, unit="人")
    strict.add("2倍", 2, kind="multiple")
    loose.add("3倍", 3, kind="multiple")
    assert verdicts(strict.run(growth)) == ["consistent"]
    [f] = loose.run(growth)
    assert f.verdict == "tension"
    assert "loose reading (x3)" in f.message


def test_absolute_change_with_a_base(doc) -> None:
    """价格12元,比上年的10元提高了3元: 12 - 10 is not 3."""
    d = doc("价格12元,比上年的10元提高了3元。")
    d.add("12元", 12, kind="money", unit="CNY")
    d.add("10元", 10, kind="money", unit="CNY")
    d.add("3元", 3, kind="money", unit="CNY")
    [f] = d.run(growth)
    assert f.verdict == "contradiction"
    assert {c.text for c in f.claims} == {"12元", "10元", "3元"}


def test_change_without_values_is_not_checked(doc) -> None:
    """The seed's 价格也提高了5元 names neither price: not_checked, with the reason."""
    d = doc("当年尉犁羊肉网络销售突破10万只,价格也提高了5元。")
    d.add("突破10万只", 100000, lit="(100000, +inf)", qualifier="突破", unit="只")
    d.add("5元", 5, kind="money", unit="CNY")
    [f] = d.run(growth)
    assert f.verdict == "not_checked"
    assert "not both stated" in (f.reason or "")


def test_ambiguous_multiple_without_values_is_flagged(doc) -> None:
    """增长2倍 alone: not_checked, naming both readings."""
    d = doc("出口增长2倍。")
    d.add("2倍", 2, kind="multiple")
    [f] = d.run(growth)
    assert f.verdict == "not_checked"
    assert "x2 or x3" in (f.reason or "")


def test_year_on_year_against_last_year_in_the_ledger(doc) -> None:
    """同比增长20% of 2023's 120亿元 against 2022's 100亿元 from another document."""
    d = doc("2023年营收120亿元,同比增长20%。")
    year = TimeRef(start=date(2023, 1, 1), end=date(2023, 12, 31), basis="explicit")
    d.add("120亿元", 12000000000, kind="money", unit="CNY", key="营收", time=year)
    d.add("20%", 20, kind="percent", unit="percent")
    other = doc("2022年营收100亿元。", source_id="other")
    last = TimeRef(start=date(2022, 1, 1), end=date(2022, 12, 31), basis="explicit")
    other.add("100亿元", 10000000000, kind="money", unit="CNY", key="营收", time=last)
    inp = CheckInput(claims=(*d.claims, *other.claims), texts={"doc": d.text, "other": other.text})
    assert verdicts(growth(inp)) == ["consistent"]


def test_time_phrase_between_change_word_and_value(doc) -> None:
    """从2023年的250亿元增至2024年的320亿元 is +28%; 21.9% divides by the new value: wrong."""
    d = doc("收入从2023年的250亿元增至2024年的320亿元，增长21.9%。")
    d.add("250亿元", 25000000000, kind="money", unit="CNY")
    d.add("320亿元", 32000000000, kind="money", unit="CNY")
    d.add("21.9%", "21.9", kind="percent", unit="percent")
    [f] = d.run(growth)
    assert f.verdict == "contradiction"
    assert "(32000000000 / 25000000000 - 1) x 100 = [28, 28]" in f.arithmetic


def _stock(doc, text: str, new: tuple[str, int], step: tuple[str, int], pct: str, lead: int = 0):
    d = doc(text)
    if lead:
        d.add(f"{lead}吨", lead, unit="吨")
    d.add(new[0], new[1], unit="吨")
    d.add(step[0], step[1], unit="吨", nth=text.count(step[0]) - 1)
    d.add(pct, pct.rstrip("%"), kind="percent", unit="percent")
    return d


def test_percent_after_a_new_value_and_its_increase(doc) -> None:
    """产量1300吨,比上年增加300吨,增长30%: the base is 1300 - 300 = 1000, so 30% agrees."""
    d = _stock(
        doc, "全年产量1300吨,比上年增加300吨,增长30%。", ("1300吨", 1300), ("300吨", 300), "30%"
    )
    [f] = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert f.verdict == "consistent"
    assert f.arithmetic.startswith("300 / (1300 - 300) x 100 = [30, 30]")


def test_percent_after_an_increase_off(doc) -> None:
    """产量1300吨,比上年增加300吨,增长40%: 300 of 1000 is 30%, a contradiction."""
    d = _stock(
        doc, "全年产量1300吨,比上年增加300吨,增长40%。", ("1300吨", 1300), ("300吨", 300), "40%"
    )
    assert "contradiction" in verdicts(d.run(growth))


def test_percent_after_a_fall_uses_the_sum_as_base(doc) -> None:
    """产量700吨,比上年减少300吨,下降30%: the base is 700 + 300 = 1000."""
    d = _stock(
        doc, "全年产量700吨,比上年减少300吨,下降30%。", ("700吨", 700), ("300吨", 300), "30%"
    )
    [f] = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert f.verdict == "consistent"
    assert "(700 + 300)" in f.arithmetic


def test_percent_after_a_marked_base_and_its_increase(doc) -> None:
    """与上年的1000吨相比,增加300吨,增长30%: 1000 is the base itself (no subtraction)."""
    text = "产量1300吨,与上年的1000吨相比,增加300吨,增长30%。"
    d = _stock(doc, text, ("1000吨", 1000), ("300吨", 300), "30%", lead=1300)
    found = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert [f.verdict for f in found] == ["consistent"]
    assert found[0].arithmetic.startswith("300 / 1000 x 100")


def test_percent_before_its_increase(doc) -> None:
    """收入1200万元,同比增长20%,增收200万元: the amount after the percentage is its change,
    the base 1200 - 200 = 1000, so 20% agrees."""
    d = _stock(
        doc, "全年收入1200吨,同比增长20%,增收200吨。", ("1200吨", 1200), ("200吨", 200), "20%"
    )
    [f] = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert f.verdict == "consistent"
    assert f.arithmetic.startswith("200 / (1200 - 200) x 100")


def test_a_plan_met_between_the_value_and_its_change_is_skipped(doc) -> None:
    """累计完成700吨,完成全年计划2000吨的35.0%,比上年减少300吨,下降30%: the base is
    700 + 300, not the plan's 2000 (the 35.0% is the plan's share)."""
    text = "累计完成700吨,完成全年计划2000吨的35.0%,比上年减少300吨,下降30%。"
    d = _stock(doc, text, ("700吨", 700), ("300吨", 300), "30%")
    d.add("2000吨", 2000, unit="吨")
    d.add("35.0%", "35.0", kind="percent", unit="percent")
    [f] = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert f.verdict == "consistent"
    assert "(700 + 300)" in f.arithmetic


def test_a_figure_restated_in_brackets_is_skipped(doc) -> None:
    """产量1300吨(26万斤),比上年增加300吨(6万斤),增长30%: each bracket restates the figure
    before it in another unit, so the change is still checked against 1300 and 300."""
    text = "全年产量1300吨(26万斤),比上年增加300吨(6万斤),增长30%。"
    d = _stock(doc, text, ("1300吨", 1300), ("300吨", 300), "30%")
    d.add("26万斤", 260000, unit="斤")
    d.add("6万斤", 60000, unit="斤", nth=1)
    [f] = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert f.verdict == "consistent"
    assert f.arithmetic.startswith("300 / (1300 - 300) x 100")


def test_a_guessed_base_off_is_a_tension_that_says_so(doc) -> None:
    """比上年末提高0.84个百分点 against last year's 65.22% found by metric key (keys without a
    real subject): 0.94 points, a clash capped at a tension whose message says the earlier
    value is a guess for a reviewer to confirm."""
    d = doc("2022年末城镇化率为65.22%。2023年末城镇化率为66.16%,比上年末提高0.84个百分点。")
    end22 = TimeRef(start=date(2022, 12, 31), end=date(2022, 12, 31), basis="explicit")
    end23 = TimeRef(start=date(2023, 12, 31), end=date(2023, 12, 31), basis="explicit")
    key = "?|城镇化率|-|percent"
    d.add("65.22%", "65.22", kind="percent", unit="percent", key=key, time=end22)
    d.add("66.16%", "66.16", kind="percent", unit="percent", key=key, time=end23)
    d.add("0.84个百分点", "0.84", kind="percentage_point", unit="percentage_point")
    [f] = [f for f in d.run(growth) if f.verdict != "not_checked"]
    assert f.verdict == "tension"
    assert "a reviewer should confirm it" in f.message


def test_a_change_from_another_base_is_not_paired(doc) -> None:
    """存款余额2100亿元,比年初增加160亿元,同比增长7.2% (my own line, after the central bank's
    monthly releases): the amount is since January, the percentage year on year, so they are
    never checked against each other; 比上年末增加 with a bare 增长 still pairs."""
    text = "存款余额2100吨,比年初增加160吨,同比增长7.2%。"
    d = _stock(doc, text, ("2100吨", 2100), ("160吨", 160), "7.2%")
    assert [f.verdict for f in d.run(growth)] == ["not_checked", "not_checked"]
    text = "常住人口1020吨,比上年末增加20吨,增长2.0%。"
    e = _stock(doc, text, ("1020吨", 1020), ("20吨", 20), "2.0%")
    assert "consistent" in [f.verdict for f in e.run(growth)]
