"""Date mentions of round 2 (claims/_datepattern.py, claims/_mentions.py): a span of years
(2023/2024年度, 2023-24年度, 2023—2024学年, 2023/24赛季), a fiscal year (2024财政年度; 2024财年
and 2024赛季 are none), a month range without 月 before 累计 (1-11累计), a day since which at a
clause start when a month is in force (12月…。15日以来) and N号 before an event verb (他22号到达).

Rows are (text, surface, start, end, precision) of the date claims ``claims.extract`` gives
(no publication date: partial dates stay partial). Own sentences in the style of statistics
bulletins, news and weather reports.
"""

from __future__ import annotations

from datetime import date

import pytest

import claims
from claims.models import Kind


def _dates(text: str) -> list[tuple[str, str, str, str]]:
    """The date claims of ``text``: (text, start, end, precision), ISO strings."""
    iso = lambda x: x.isoformat() if isinstance(x, date) else str(x)  # noqa: E731
    return [
        (c.text, iso(c.value.start), iso(c.value.end), c.value.precision)  # type: ignore[union-attr]
        for c in claims.extract(text)
        if c.kind is Kind.DATE
    ]


SPANS = [
    pytest.param(
        "2023/2024年度，全国棉花产量595万吨。", "2023/2024年度", "2023-01-01", "2024-12-31",
        "year", id="own-slash-niandu",
    ),
    pytest.param(
        "2023-24年度全国糖料产量增长10%。", "2023-24年度", "2023-01-01", "2024-12-31", "year",
        id="own-two-digit-niandu",
    ),
    pytest.param(
        "2023—2024学年，全校招生3000人。", "2023—2024学年", "2023-01-01", "2024-12-31", "year",
        id="own-xuenian",
    ),
    pytest.param(
        "2023/24赛季，联赛观众达到500万人次。", "2023/24赛季", "2023-01-01", "2024-12-31",
        "year", id="own-season-span",
    ),
    pytest.param(
        "2024财政年度，全市一般公共预算收入增长5%。", "2024财政年度", "2024-01-01",
        "2024-12-31", "year", id="own-caizheng-niandu",
    ),
    pytest.param(
        "1-11累计，全省实现营业收入1200亿元。", "1-11", "--01", "--11", "month",
        id="own-months-leiji",
    ),
    pytest.param(
        "2024年1-11累计，全省实现营业收入1200亿元。", "2024年1-11", "2024-01-01", "2024-11-30",
        "month", id="own-year-months-leiji",
    ),
    pytest.param(
        "12月以来，全省降水50毫米。15日以来，全省降水30毫米。", "15日", "--12-15", "--12-15",
        "day", id="own-since-day-month-in-force",
    ),
    pytest.param(
        "他22号到达北京，停留3天。", "22号", "---22", "---22", "day", id="own-hao-daoda",
    ),
    pytest.param(
        "会议定于5号召开，参会代表300人。", "5号", "---05", "---05", "day", id="own-hao-zhaokai",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end", "precision"), SPANS)
def test_date_span(text: str, surface: str, start: str, end: str, precision: str) -> None:
    """A span of years, a month range before 累计, a since day and an event's N号 are dates."""
    assert (surface, start, end, precision) in _dates(text)


NO_DATE = [
    pytest.param("15日以来，全省降水30毫米。", "15日", id="since-day-without-month"),
    pytest.param("12月，全省降水50毫米。5日来，全省降水30毫米。", "5日", id="five-days-back"),
    pytest.param("增长1-11累计达到3次。", "1-11", id="range-mid-clause"),
    pytest.param("第22号到达终点的选手用时3小时。", "22号", id="ordinal-number"),
]


@pytest.mark.parametrize(("text", "surface"), NO_DATE)
def test_no_date(text: str, surface: str) -> None:
    """Without a month in force, after 来 alone, mid-clause or after 第 these are no dates."""
    assert surface not in [d[0] for d in _dates(text)]


@pytest.mark.parametrize("text", ["2024财年，公司营收增长12%。", "2024赛季，球队共进行38场比赛。"])
def test_year_label_is_no_count(text: str) -> None:
    """A year that labels a company's fiscal year or a season is no count and no calendar year."""
    assert [c.text for c in claims.extract(text) if c.text.startswith("2024")] == []
