"""Rule editions_vs_dates: editions of a series against its start year, hand-made claims."""

from __future__ import annotations

from ledger.rules.editions_vs_dates import editions_vs_dates
from tests.rules.conftest import verdicts

SEED = "从 2015 年开始,她牵头主导并连续成功举办{n}的微博政务V影响力峰会。"


def _seed(doc, n: str, value: int, published: str | None = "2024-09-03"):
    d = doc(SEED.format(n=n), published=published)
    d.add(n, value, unit="届")
    return d


def test_seed_eleven_editions_since_2015_is_a_tension(doc) -> None:
    """十一届 from 2015 by 2024-09-03: an annual series had at most 10."""
    [f] = _seed(doc, "十一届", 11).run(editions_vs_dates)
    assert f.verdict == "tension"
    assert f.arithmetic == "10 editions at most (2015..2024, annual) vs stated 11"
    assert "「2015 年」" in f.message


def test_ten_editions_fit(doc) -> None:
    """十届 from 2015 by 2024: consistent."""
    assert verdicts(_seed(doc, "十届", 10).run(editions_vs_dates)) == ["consistent"]


def test_no_start_year_is_not_checked(doc) -> None:
    """连续举办十一届 with no start year: not_checked, saying so."""
    d = doc("她连续成功举办十一届峰会。")
    d.add("十一届", 11, unit="届")
    [f] = d.run(editions_vs_dates)
    assert f.verdict == "not_checked"
    assert "no start year" in (f.reason or "")


def test_no_publication_date_is_not_checked(doc) -> None:
    """Without an as-of date the years elapsed are unknown."""
    [f] = _seed(doc, "十一届", 11, published=None).run(editions_vs_dates)
    assert f.verdict == "not_checked"


def test_unmarked_year_is_no_start(doc) -> None:
    """A year without 从/开始/以来 is not taken as the series' start."""
    d = doc("2015年,她连续举办十一届峰会。")
    d.add("十一届", 11, unit="届")
    assert verdicts(d.run(editions_vs_dates)) == ["not_checked"]


def test_ordinary_counts_are_ignored(doc) -> None:
    """Counts that are not editions (十一个) are not this rule's business."""
    d = doc("从2015年开始举办十一个活动。")
    d.add("十一个", 11, unit="个")
    assert d.run(editions_vs_dates) == []
