"""Rule duration_vs_dates: look-back durations against start years, hand-made claims."""

from __future__ import annotations

from ledger.rules.duration_vs_dates import duration_vs_dates
from tests.rules.conftest import verdicts


def test_seed_five_years_since_2019(doc) -> None:
    """投身乡村振兴事业5年多来 … 2019年 by 2024-09-03: consistent."""
    d = doc("投身乡村振兴事业5年多来,她走过十几个县。他回忆道,“2019年,尉犁县开展了活动。”")
    d.add("5年多", 5, kind="duration", unit="year", lit="(5, 6)")
    [f] = d.run(duration_vs_dates)
    assert f.verdict == "consistent"
    assert "「2019年」" in f.message
    assert f.arithmetic.startswith("2019 -> 2024-09-03:")


def test_seed_ten_odd_years_fit_2011_not_2015(doc) -> None:
    """经过她十余年的持续拓展: 2015 gives 9 years, 2011 gives 13: consistent with 2011."""
    d = doc(
        "2011年,微博开启政务微博元年。\n"
        "从 2015 年开始,她举办峰会。经过她十余年的持续拓展,模式已成为基石。"
    )
    d.add("十余年", 10, kind="duration", unit="year", lit="(10, 20)")
    [f] = d.run(duration_vs_dates)
    assert f.verdict == "consistent"
    assert "「2011年」" in f.message


def test_anchored_start_that_does_not_fit(doc) -> None:
    """自2020年以来…10年来 by 2024: far more than the 4 to 5 years elapsed: contradiction."""
    d = doc("自2020年以来,10年来累计投入大量资金。")
    d.add("10年", 10, kind="duration", unit="year")
    [f] = d.run(duration_vs_dates)
    assert f.verdict == "contradiction"
    assert "counting both ends" in f.arithmetic


def test_anchored_inclusive_count_is_accepted(doc) -> None:
    """自2019年以来 … 6年来 by 2024 counts 2019..2024 both ends: consistent."""
    d = doc("自2019年以来,6年来坚持不懈。")
    d.add("6年", 6, kind="duration", unit="year")
    assert verdicts(d.run(duration_vs_dates)) == ["consistent"]


def test_no_fitting_year_is_not_checked(doc) -> None:
    """三十年来 with only 2020 in the text, in a sentence that tells of no start: the start
    is not stated, not_checked."""
    d = doc("2020年营收下降。三十年来坚持不懈。")
    d.add("三十年", 30, kind="duration", unit="year")
    [f] = d.run(duration_vs_dates)
    assert f.verdict == "not_checked"


def test_start_event_in_an_earlier_sentence_anchors(doc) -> None:
    """2012年…创办合作社。二十余年来 by 2024: 12 or 13 years, not (20, 30); the anchor is a
    guess from an earlier sentence, so a tension, not a contradiction."""
    d = doc("2012年，他回到家乡创办合作社。二十余年来，他带领乡亲们种植果树。")
    d.add("二十余年", 20, kind="duration", unit="year", lit="(20, 30)")
    [f] = d.run(duration_vs_dates)
    assert f.verdict == "tension"
    assert "2012年" in f.message
    assert "earlier sentence" in f.message


def test_start_event_that_fits_is_consistent(doc) -> None:
    """2016年…建成通车。8年来 by 2024-09-03: consistent, counted from the event year."""
    d = doc("2016年，大桥建成通车。8年来累计通行车辆超过1亿辆次。")
    d.add("8年", 8, kind="duration", unit="year")
    assert verdicts(d.run(duration_vs_dates)) == ["consistent"]


def test_two_start_events_are_not_a_guess(doc) -> None:
    """Two start years before 十年来 (2012 成立, 2016 建成): no single anchor; the one that
    fits makes it consistent, never a tension."""
    d = doc("2012年公司成立。2016年新厂建成。十年来产量翻番。")
    d.add("十年", 10, kind="duration", unit="year", lit="[5, 15)", g=10)
    assert verdicts(d.run(duration_vs_dates)) == ["consistent"]


def test_forward_durations_are_ignored(doc) -> None:
    """未来五年 does not look back: no finding."""
    d = doc("2020年成立,未来五年计划扩张。")
    d.add("五年", 5, kind="duration", unit="year")
    assert d.run(duration_vs_dates) == []
