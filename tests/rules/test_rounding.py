"""Rule rounding: a figure restated at another precision, on hand-made claims."""

from __future__ import annotations

from ledger.rules.rounding import rounding
from ledger.rules.same_metric import same_metric
from tests.rules.conftest import verdicts

TEXT = "回复咨询类问题16812件。回复问题{coarse}件。"


def _pair(doc, coarse: str, stated: int):
    d = doc(TEXT.format(coarse=coarse))
    d.add("16812件", 16812, unit="件", key="k")
    d.add(f"{coarse}件", stated, g=1000, unit="件", key="k")
    return d


def test_rounded_restatement_agrees(doc) -> None:
    """16812件 restated as 1.7万件 rounds correctly: consistent."""
    [f] = _pair(doc, "1.7万", 17000).run(rounding)
    assert f.verdict == "consistent"
    assert "[16500, 17500)" in f.arithmetic


def test_truncated_restatement_is_a_tension(doc) -> None:
    """16812 as 1.6万 cuts digits instead of rounding: tension."""
    [f] = _pair(doc, "1.6万", 16000).run(rounding)
    assert f.verdict == "tension"
    assert "cut, not rounded" in f.message


def test_wrong_restatement_is_a_contradiction(doc) -> None:
    """16812 can never be printed as 1.5万."""
    assert verdicts(_pair(doc, "1.5万", 15000).run(rounding)) == ["contradiction"]


def test_same_metric_leaves_rounding_pairs_alone(doc) -> None:
    """A pair of bare figures at different precision is judged once, by rounding."""
    assert _pair(doc, "1.6万", 16000).run(same_metric) == []


def test_qualified_figures_are_not_restatements(doc) -> None:
    """超1.6万 is a bound, not a rounded figure: rounding says nothing."""
    d = doc("问题16812件,问题超1.6万件")
    d.add("16812件", 16812, unit="件", key="k")
    d.add("超1.6万件", 16000, lit="(16000, +inf)", qualifier="超", g=1000, unit="件", key="k")
    assert d.run(rounding) == []


def test_guessed_restatement_is_at_most_a_tension(doc) -> None:
    """16812件 and 1.2万件 matched by counted noun (咨询类问题 / 的咨询类问题), subjects 平台
    and a fragment 内: no rounding makes 16812 into 1.2万, but the match is a guess: tension."""
    d = doc("平台共回复咨询类问题16812件。据统计，平台一周内回复的咨询类问题共计1.2万件。")
    d.add("16812件", 16812, unit="件", counted="咨询类问题", subject="平台",
          key="平台|回复咨询类问题|-|count")  # fmt: skip
    d.add("1.2万件", 12000, g=1000, unit="件", counted="的咨询类问题", subject="内",
          key="内|回复的咨询类问题|-|count")  # fmt: skip
    [f] = d.run(rounding)
    assert f.verdict == "tension"
    assert "cannot be 12000" in f.message
