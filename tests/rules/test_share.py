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
