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
