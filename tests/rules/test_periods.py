"""Rule sum, parts by time: figures of one indicator for periods that partition a longer
period stated with its own figure (quarters of a year, months of a quarter, days of a holiday).

Every text is our own, in the style of quarterly travel reports, provincial bulletins and
holiday tallies.
"""

from __future__ import annotations

import pytest

from ledger import check
from ledger.check import _from_text
from ledger.rules._periods import period_splits

PUBLISHED = "2024-11-01"

QUARTERS = (
    "2023年，全省规模以上工业增加值12003.6亿元。分季度看，全省一季度规模以上工业增加值2801.2亿元，"
    "二季度3000.5亿元，三季度3050.8亿元，四季度{q4}亿元。"
)


def _splits(text: str) -> list[tuple[str, list[str], bool]]:
    inp = _from_text(text, PUBLISHED, None)
    return [(s.total.text, [p.text for p in s.parts], s.certain) for s in period_splits(inp)]


def _sum_verdicts(text: str) -> list[str]:
    return [f.verdict.value for f in check(text, published=PUBLISHED) if f.rule == "sum"]


def test_four_quarters_that_add_up_to_the_year_are_consistent() -> None:
    """2801.2 + 3000.5 + 3050.8 + 3151.1 = 12003.6: the quarters make up the year's figure."""
    text = QUARTERS.format(q4=3151.1)
    assert _splits(text) == [
        ("12003.6亿元", ["2801.2亿元", "3000.5亿元", "3050.8亿元", "3151.1亿元"], True)
    ]
    assert _sum_verdicts(text) == ["consistent"]


def test_quarters_that_exceed_the_year_are_a_contradiction() -> None:
    """2801.2 + 3000.5 + 3050.8 + 3451.1 = 12303.6 cannot be the year's 12003.6."""
    [finding] = [
        f for f in check(QUARTERS.format(q4=3451.1), published=PUBLISHED) if f.rule == "sum"
    ]
    assert finding.verdict.value == "contradiction"
    assert "一季度、二季度、三季度、四季度" in finding.message
    assert finding.arithmetic is not None
    assert finding.arithmetic.startswith("280120000000 + 300050000000")


def test_the_days_of_a_holiday_make_up_its_total() -> None:
    """Three days' visitors against the three days' total, stated with 其中 and by date."""
    text = (
        "2024年10月1日至3日，全市共接待游客172.5万人次。其中10月1日接待游客52.3万人次，"
        "10月2日接待游客61.8万人次，10月3日接待游客58.4万人次。"
    )
    assert _splits(text) == [("172.5万人次", ["52.3万人次", "61.8万人次", "58.4万人次"], True)]
    assert "contradiction" not in _sum_verdicts(text)


def test_months_of_a_quarter() -> None:
    """1月, 2月 and 3月 partition 一季度 (a 其中 list too, checked once as the whole split):
    3000 + 4000 + 6000 = 13000 is not the quarter's 12000."""
    text = (
        "2024年一季度，全市新增就业12000人，其中1月新增就业3000人，2月新增就业4000人，"
        "3月新增就业6000人。"
    )
    assert _splits(text) == [("12000人", ["3000人", "4000人", "6000人"], True)]
    assert _sum_verdicts(text) == ["contradiction"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "1-3月，全市社会消费品零售总额800亿元；1-6月，全市社会消费品零售总额1700亿元；"
            "2023年全年，全市社会消费品零售总额3600亿元。",
            id="cumulative-periods-nest",
        ),
        pytest.param(
            "2023年，全省居民人均可支配收入32000元。一季度全省居民人均可支配收入9000元，"
            "二季度全省居民人均可支配收入7000元，三季度全省居民人均可支配收入8000元，"
            "四季度全省居民人均可支配收入8000元。",
            id="per-person-average",
        ),
        pytest.param(
            "2023年，全市常住人口1200万人。一季度全市常住人口1190万人，二季度全市常住人口1195万人，"
            "三季度全市常住人口1198万人，四季度全市常住人口1200万人。",
            id="stock-population",
        ),
        pytest.param(
            "2023年，全省规模以上工业增加值12000亿元。一季度规模以上工业增加值2800亿元，"
            "二季度3000亿元，三季度3050亿元。",
            id="a-quarter-missing",
        ),
    ],
)
def test_no_partition(text: str) -> None:
    """Nested cumulative periods, averages, stocks and an incomplete set of quarters are no
    parts by time."""
    assert _splits(text) == []


def test_across_paragraphs_a_clash_is_at_most_a_tension() -> None:
    """The year's figure in one paragraph and its quarters in the next: grouping them is a
    guess, so 12303.6 against 12003.6 is a tension, not a contradiction."""
    text = QUARTERS.format(q4=3451.1).replace("分季度看，", "\n分季度看，")
    assert _splits(text)[0][2] is False
    assert _sum_verdicts(text) == ["tension"]


def test_two_figures_for_one_period_are_left_alone() -> None:
    """Two figures of the indicator for 一季度 (which one is the part is not said): nothing."""
    text = QUARTERS.format(q4=3151.1).replace(
        "一季度规模以上工业增加值2801.2亿元，",
        "一季度规模以上工业增加值2801.2亿元，一季度2900亿元，",
    )
    assert _splits(text) == []
