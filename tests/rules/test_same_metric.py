"""Rule same_metric: figures of one metric at comparable times, on hand-made claims."""

from __future__ import annotations

from datetime import date

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
    assert "「超9万个」" in f.message and "(100000, 200000)" in f.message
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
