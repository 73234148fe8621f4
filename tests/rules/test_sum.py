"""Rule sum: parts against their total, on hand-made claims."""

from __future__ import annotations

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
