"""Rule plausibility: figures beyond hard bounds, on hand-made claims."""

from __future__ import annotations

from datetime import date

from ledger.rules._common import NAMED_LIMIT
from ledger.rules.plausibility import plausibility
from tests.rules.conftest import verdicts


def test_more_people_than_the_world(doc) -> None:
    """120亿人 is more people than live on Earth: contradiction."""
    d = doc("覆盖用户120亿人。")
    d.add("120亿人", 12000000000, g=100000000, unit="人")
    [f] = d.run(plausibility)
    assert f.verdict == "contradiction"
    assert "more people than live on Earth" in f.message


def test_person_times_may_exceed_the_world(doc) -> None:
    """120亿人次 counts visits, not people: it passes."""
    d = doc("阅读120亿人次。")
    d.add("120亿人次", 12000000000, g=100000000, unit="人次")
    assert verdicts(d.run(plausibility)) == ["consistent"]


def test_share_over_100(doc) -> None:
    """占比120% is more than the whole."""
    d = doc("线上销售占比120%。")
    d.add("120%", 120, kind="percent", unit="percent")
    assert verdicts(d.run(plausibility)) == ["contradiction"]


def test_share_of_a_budget_over_100_is_fine(doc) -> None:
    """占调整预算105.5% is how much of a plan was met, which may pass 100%: no share."""
    d = doc("税收收入完成9000万元，占调整预算105.5%，占一般公共预算收入的40.0%。")
    d.add("105.5%", "105.5", kind="percent", unit="percent")
    d.add("40.0%", "40.0", kind="percent", unit="percent")
    assert verdicts(d.run(plausibility)) == ["consistent"]


def test_growth_over_100_is_fine(doc) -> None:
    """增长120% is a change, not a share: it is not checked against 100%."""
    d = doc("销售增长120%。")
    d.add("120%", 120, kind="percent", unit="percent")
    assert d.run(plausibility) == []


def test_negative_count(doc) -> None:
    """A count below zero is impossible."""
    d = doc("人数为-5人。")
    d.add("-5人", -5, unit="人")
    assert verdicts(d.run(plausibility)) == ["contradiction"]


def test_date_after_publication(doc) -> None:
    """A past event dated after the source's publication: tension; a plan: no finding."""
    d = doc("该馆于2025年3月1日开馆。计划2026年1月1日扩建。")
    d.add_date("2025年3月1日", date(2025, 3, 1), date(2025, 3, 1))
    d.add_date("2026年1月1日", date(2026, 1, 1), date(2026, 1, 1))
    [f] = d.run(plausibility)
    assert f.verdict == "tension"
    assert f.claims[0].text == "2025年3月1日"


def test_passing_claims_are_reported_once(doc) -> None:
    """Every checked claim that passes is named in one consistent finding per source."""
    d = doc("账号超9万个,粉丝30人。")
    d.add("超9万个", 90000, lit="(90000, +inf)", unit="个")
    d.add("30人", 30, unit="人")
    [f] = d.run(plausibility)
    assert f.verdict == "consistent"
    assert [c.text for c in f.claims] == ["超9万个", "30人"]


def test_passing_claims_are_counted_but_only_the_first_few_named(doc) -> None:
    """A source with more passing claims than NAMED_LIMIT gets one finding naming only the
    first NAMED_LIMIT, with the full count in its message and arithmetic."""
    n = NAMED_LIMIT + 5
    d = doc("，".join("5人" for _ in range(n)) + "。")
    for i in range(n):
        d.add("5人", 5, unit="人", nth=i)
    [f] = d.run(plausibility)
    assert f.verdict == "consistent"
    assert len(f.claims) == NAMED_LIMIT
    assert f.message.startswith(f"{n} figures checked")
    assert f.arithmetic == f"{n} claims within bounds (the first {NAMED_LIMIT} named)"


def test_bare_negative_figure_is_not_a_count(doc) -> None:
    """自然增长率为-0.50‰ comes out as a count without a measure word: no contradiction."""
    d = doc("人口自然增长率为-0.50‰。")
    d.add("-0.50", "-0.50")
    assert "contradiction" not in verdicts(d.run(plausibility))


def test_a_date_without_a_written_year_is_not_judged(doc) -> None:
    """春季(3~5月) in a review published in January: the extractor's guess at its year (the
    publication's) lands after publication, but the text wrote no year: no finding. A date
    that writes its year is still judged."""
    d = doc("去年春季(3~5月)全市降水偏少。2025年6月全市降水偏多。", published="2025-01-20")
    d.add_date("3~5月", date(2025, 3, 1), date(2025, 5, 31))
    d.add_date("2025年6月", date(2025, 6, 1), date(2025, 6, 30))
    [f] = d.run(plausibility)
    assert f.verdict == "tension"
    assert f.claims[0].text == "2025年6月"
