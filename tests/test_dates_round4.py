"""Dates on real prose, fourth round (claims/timex.py and its private modules): spaced
datelines (本报北京 4 月 18 日电), a bare day opening the story after a dateline or a sentence
(中新财经2月25日电 25日，…; 。2日接待游客…), weather bulletins with a space before 日
(9-11 日过程累计, 9 日：), year lists (2018、2019年), midnight at a clause start (零点，), a
bare part of the month in force (下旬，…) and 自X开始，至Y结束 as one period.

Rows are real fragments (their URL in a comment) or own sentences in the style of bulletins,
travel, disaster and weather reports. Tables are grouped by provenance.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import claims
from claims.models import Kind, Source
from tests._dated import CST as _CST
from tests._dated import claims_on as _claims
from tests._dated import date_rows as _dates


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every claim of ``text``."""
    return [(c.kind.value, c.text) for c in _claims(text)]


# A dateline with spaces between its digits and 月/日 is set aside like an unspaced one (no
# date claim), and still gives its month to a later bare day.
SPACED_DATELINES = [
    pytest.param(
        "本报北京 4 月 18 日电 国家统计局今天发布，一季度国内生产总值增长5.3%。"
        "18 日，全国铁路发送旅客1200万人次。",
        [("一季度", "--01", "--03"), ("18 日", "--04-18", "--04-18")],
        id="own-benbao-spaced",
    ),
    pytest.param(
        "新华社北京 3 月 12 日电 12日，全国铁路发送旅客1100万人次。",
        [("12日", "--03-12", "--03-12")],
        id="own-xinhua-spaced",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPACED_DATELINES)
def test_spaced_dateline_is_set_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A spaced news dateline gives no date claim; a bare day after it takes its month."""
    assert _dates(text) == expected


# A bare day opening the story (after a dateline, a sentence end or a paragraph) before a
# comma, a colon or a verb is a day of the month in force, not a count of days.
OPENING_DAYS = [
    pytest.param(
        "中新财经2月25日电 25日，国家统计局公布数据，全国CPI同比上涨0.7%。", None,
        [("25日", "--02-25", "--02-25")], id="own-zhongxin-dateline-day",
    ),
    # http://chinanews.com.cn/cj/2010/09-10/2526337.shtml (style: 中新网9月10日电 …11日(周六)发布)
    pytest.param(
        "中新网9月10日电 11日，国家统计局发布8月份经济数据。", None,
        [("11日", "--09-11", "--09-11"), ("8月份", "--08", "--08")],
        id="chinanews-2010-dateline-day",
    ),
    pytest.param(
        "新华社北京3月1日电（记者王二）1日，国家统计局公布数据。", None,
        [("1日", "--03-01", "--03-01")], id="own-xinhua-byline-day",
    ),
    pytest.param(
        "国庆假期首日，全市接待游客5万人次。2日接待游客6万人次。", date(2024, 10, 8),
        [("2日", "2024-10-02", "2024-10-02")], id="own-travel-sentence-start-verb",
    ),
    pytest.param(
        "国庆假期，1日接待游客达5万人次，单日最高2万人次。", date(2024, 10, 8),
        [("1日", "2024-10-01", "2024-10-01")], id="own-travel-first-day",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OPENING_DAYS)
def test_day_opening_a_sentence_is_a_date(
    text: str, published: date | None, expected: list[tuple[str, str, str]]
) -> None:
    """N日 at a sentence's start before a comma or a verb is the day of the month in force."""
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    "text",
    ["3日游产品销量增长20%。", "7日年化收益率为2.1%。", "30日内完成整改。", "10日元5日本銭"],
    ids=["own-tour-days", "own-annualised", "own-within", "own-yen"],
)
def test_days_opening_a_sentence_before_a_noun_of_days_stay_no_date(text: str) -> None:
    """N日 opening a sentence before 游 / 年化 / 内 / 元 counts days (or names yen): no date."""
    assert _dates(text) == []


# Weather bulletins write a space before 日: the days are days of the month in force.
SPACED_WEATHER_DAYS = [
    pytest.param("7月以来。9-11 日过程累计降雨量达120毫米。", ("9-11 日", "--07-09", "--07-11"),
                 "120毫米", id="own-process-spaced"),
    pytest.param("7月以来。9-11日过程累计降雨量达120毫米。", ("9-11日", "--07-09", "--07-11"),
                 "120毫米", id="own-process"),
    pytest.param("7月以来。9 日：中到大雨，气温18℃。", ("9 日", "--07-09", "--07-09"),
                 "18℃", id="own-forecast-colon-spaced"),
    pytest.param("7月以来。9日:中到大雨，气温18℃。", ("9日", "--07-09", "--07-09"),
                 "18℃", id="own-forecast-colon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "figure"), SPACED_WEATHER_DAYS)
def test_weather_days_with_a_space_are_days(
    text: str, day: tuple[str, str, str], figure: str
) -> None:
    """9-11 日过程累计 / 9 日： are days of the month in force and the time of the figure after."""
    assert day in _dates(text)
    (claim,) = [c for c in _claims(text) if c.text == figure]
    assert claim.time is not None
    assert claim.time.text == day[0]


# A list of years before 年: each member is a year, not a count (2018 was a count or a
# duration range 2018、2019年).
YEAR_LISTS = [
    pytest.param(
        "2018、2019年同期分别为5万人和6万人。",
        [("2018", "2018-01-01", "2018-12-31"), ("2019年", "2019-01-01", "2019-12-31")],
        {"5万人": "2018", "6万人": "2019年"}, id="own-two-years-same-period",
    ),
    pytest.param(
        "2018、2019、2020年全市GDP分别为100亿元、110亿元和120亿元。",
        [("2018", "2018-01-01", "2018-12-31"), ("2019", "2019-01-01", "2019-12-31"),
         ("2020年", "2020-01-01", "2020-12-31")],
        {"100亿元": "2018", "110亿元": "2019", "120亿元": "2020年"}, id="own-three-years",
    ),
    pytest.param(
        "2022和2023年全县粮食产量分别为10万吨和11万吨。",
        [("2022", "2022-01-01", "2022-12-31"), ("2023年", "2023-01-01", "2023-12-31")],
        {"10万吨": "2022", "11万吨": "2023年"}, id="own-he-years",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "times"), YEAR_LISTS)
def test_year_list_members_are_years(
    text: str, expected: list[tuple[str, str, str]], times: dict[str, str]
) -> None:
    """Each year of 2018、2019年 is a year, and 分别 gives the figures their years in order."""
    assert _dates(text) == expected
    found = {c.text: c.time.text if c.time else None for c in _claims(text)}
    assert {k: found.get(k) for k in times} == times
    assert not [c for c in _claims(text) if c.kind is not Kind.DATE and c.text.startswith("20")]


@pytest.mark.parametrize(
    "text", ["编号为2018、2019的两户", "分别有2018和2019人参加"], ids=["own-numbers", "own-counts"]
)
def test_year_list_needs_years_before_nian(text: str) -> None:
    """Numbers joined by 、/和 with no 年 after the last are no years."""
    assert _dates(text) == []


# 零点 / 零时 at a clause start is midnight, no count 零; 零点五 is a number.
MIDNIGHT = [
    pytest.param("零点，全市用电负荷达到1200万千瓦。", [("date", "零点")], id="own-power-midnight"),
    pytest.param("7月1日零时起，新规正式施行。", [("date", "7月1日零时")], id="own-day-midnight"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MIDNIGHT)
def test_midnight_at_a_clause_start_is_a_clock(text: str, expected: list[tuple[str, str]]) -> None:
    """零点 at a clause start is the clock T00, not a count of zero."""
    found = _kinds(text)
    for item in expected:
        assert item in found
    assert ("count", "零") not in found


def test_midnight_clock_value() -> None:
    """零点， at a clause start reads T00 and is the time of the figure after it."""
    (clock,) = [c for c in _claims("零点，全市用电负荷达到1200万千瓦。") if c.kind is Kind.DATE]
    assert str(clock.value.start) == "T00"  # type: ignore[union-attr]


def test_zero_point_five_stays_a_number() -> None:
    """零点五米 opening a sentence is the number 0.5, no midnight."""
    assert ("date", "零点") not in _kinds("零点五米的水位差。")


# A bare part of a month (下旬，…, 中下旬以来) at a clause start is that part of the month in
# force (the figure's time); with no month in force it names none.
BARE_XUN = [
    pytest.param("6月以来，全市降雨量120毫米。下旬，降雨量将达50毫米。", date(2024, 6, 18),
                 "50毫米", ("下旬", "--06-21", "--06-30"), "2024-06-21", id="own-xia-xun-june"),
    pytest.param("2024年2月，全市气温偏高。中下旬以来，气温回落至5℃。", date(2024, 3, 1),
                 "5℃", ("中下旬", "2024-02-11", "2024-02-29"), "2024-02-11",
                 id="own-zhong-xia-xun-since"),
    pytest.param("7月份，全省平均气温28℃。上旬，全省降水量45毫米。", date(2024, 8, 5),
                 "45毫米", ("上旬", "--07-01", "--07-10"), "2024-07-01",
                 id="own-shang-xun-bulletin"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "figure", "expected", "start"), BARE_XUN)
def test_bare_xun_takes_the_month_in_force(
    text: str, published: date, figure: str, expected: tuple[str, str, str], start: str
) -> None:
    """下旬， at a clause start is the last days of the month in force, the figure's time."""
    assert expected in _dates(text, published)
    (claim,) = [c for c in _claims(text, published) if c.text == figure]
    assert claim.time is not None
    assert claim.time.text == expected[0]
    assert str(claim.time.start) == start


@pytest.mark.parametrize(
    "text",
    ["下旬，降雨量将达50毫米。", "上旬的雨量为30毫米。"],
    ids=["own-no-month", "own-no-clause"],
)
def test_bare_xun_without_a_month_is_no_date(text: str) -> None:
    """A bare 下旬 with no month in force (or not at a clause start) gives no date."""
    assert _dates(text, date(2024, 6, 18)) == []


# 自X开始，至Y结束 (a notice's or a Spring Festival travel report's period) is one period, as
# 自X起至Y already was; without 自/从 before it the two days stay apart.
SINCE_TO = [
    pytest.param("自6月16日开始，至24日结束，共9天。",
                 [("6月16日开始，至24日", "--06-16", "--06-24")], id="own-notice-period"),
    pytest.param("2024年春运自1月26日开始，至3月5日结束，共40天。",
                 [("2024年", "2024-01-01", "2024-12-31"),
                  ("1月26日开始，至3月5日", "--01-26", "--03-05")], id="own-chunyun-period"),
    pytest.param("从2024年1月26日开始，到3月5日结束。",
                 [("2024年1月26日开始，到3月5日", "2024-01-26", "2024-03-05")], id="own-cong-year"),
    pytest.param("6月16日开始，至24日结束。",
                 [("6月16日", "--06-16", "--06-16"), ("24日", "--06-24", "--06-24")],
                 id="own-no-since-lead"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINCE_TO)
def test_since_start_to_end_is_one_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    """自6月16日开始，至24日结束 is one period from the 16th to the 24th."""
    assert _dates(text) == expected


def test_since_start_to_end_is_the_figures_time() -> None:
    """The period of 自…开始，至…结束 is the time of the count of days after it."""
    text = "自6月16日开始，至24日结束，共9天。"
    (claim,) = [c for c in _claims(text, date(2024, 6, 28)) if c.text == "9天"]
    assert claim.time is not None
    assert (str(claim.time.start), str(claim.time.end)) == ("2024-06-16", "2024-06-24")


# A short bracketed aside between a day and its range mark (除夕, 含, a weekday) keeps the range
# one period (2月9日(除夕)至17日: were two dates, the later the figures' time).
ASIDE_RANGES = [
    pytest.param("2月9日(除夕)至17日(正月初八)，全国发送旅客2.3亿人次。", "2.3亿人次",
                 ("2月9日(除夕)至17日", "--02-09", "--02-17"), id="own-chunyun-lunar-asides"),
    pytest.param("5月1日（含）至5日，全市接待游客100万人次。", "100万人次",
                 ("5月1日（含）至5日", "--05-01", "--05-05"), id="own-inclusive-aside"),
    pytest.param("2024年2月9日（星期五）至2月17日，全国发送旅客2.3亿人次。", "2.3亿人次",
                 ("2024年2月9日（星期五）至2月17日", "2024-02-09", "2024-02-17"),
                 id="own-weekday-aside-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "expected"), ASIDE_RANGES)
def test_bracketed_aside_inside_a_day_range(
    text: str, figure: str, expected: tuple[str, str, str]
) -> None:
    """A day range with a short bracketed aside after its start is one period, the figure's time."""
    assert _dates(text) == [expected]
    (claim,) = [c for c in _claims(text) if c.text == figure]
    assert claim.time is not None
    assert claim.time.text == expected[0]


# A relative day with a clock that has minutes or 许 is that day for the figures after it (the
# clock was the figure's time alone: T15, no day).
RELATIVE_DAY_CLOCKS = [
    pytest.param("昨天下午3时许，该县发生山体滑坡，造成5人死亡。", "5人",
                 ("昨天下午3时许", "2024-07-09"), id="own-landslide-xu"),
    pytest.param("昨日凌晨3时12分，该县发生4.5级地震。", "4.5级",
                 ("昨日凌晨3时12分", "2024-07-09"), id="own-quake-minutes"),
    pytest.param("今天上午10时，全市气温达到30℃。", "30℃",
                 ("今天上午10时", "2024-07-10"), id="own-hour-only"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "expected"), RELATIVE_DAY_CLOCKS)
def test_relative_day_with_a_minute_clock_is_the_time(
    text: str, figure: str, expected: tuple[str, str]
) -> None:
    """昨天下午3时许 / 昨日凌晨3时12分 give the figures after them that day."""
    (claim,) = [c for c in _claims(text, date(2024, 7, 10)) if c.text == figure]
    assert claim.time is not None
    assert (claim.time.text, str(claim.time.start)) == expected


# Forecast prose: a day opening a table row before a space (7日 阴转小雨), a day before 前后
# (29日前后: around the 29th), a start with its day part before 开始至 (8月21日凌晨开始至22日).
# https://www.ylq.gov.cn/zfxxgk/fdzdgknr/tzgg/1906987962108276738.html (rows 7日/8日, style)
# https://www.fy58.com/thread-307509-1-1.html (预计8月21日凌晨开始至22日白天, style)
FORECAST_DAYS = [
    pytest.param("10月以来。具体预报如下：\n7日 阴转小雨 13~20℃ 微风\n8日 中雨 14~18℃ 微风",
                 [("10月", "--10", "--10"), ("7日", "--10-07", "--10-07"),
                  ("8日", "--10-08", "--10-08")], id="ylq-forecast-table"),
    pytest.param("10月以来。主要降雨过程在29日前后和10月3日前后。",
                 [("10月", "--10", "--10"), ("29日", "--10-29", "--10-29"),
                  ("10月3日", "--10-03", "--10-03")], id="own-around-day"),
    pytest.param("预计8月21日凌晨开始至22日白天，我市有一次较明显降雨天气过程。",
                 [("8月21日凌晨开始至22日", "--08-21", "--08-22")], id="fy58-start-to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FORECAST_DAYS)
def test_forecast_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Days in forecast rows, before 前后 and after 开始至 are days of the month in force."""
    assert _dates(text) == expected


def test_forecast_row_day_needs_a_word_after_the_space() -> None:
    """A day before a space and a blocked word (3日 内) stays no date."""
    assert _dates("10月以来。3日 内完成整改。") == [("10月", "--10", "--10")]


# A bare day with no month in force after a holiday's name lies in the holiday's days off
# (a travel report published weeks later: 1日 was January's, the publication month).
HOLIDAY_DAYS = [
    pytest.param("国庆假期期间，全市接待游客50万人次。\n1日，全市接待游客12万人次；2日，接待游客10万人次。",
                 date(2024, 1, 20), [("1日", "2023-10-01"), ("2日", "2023-10-02")],
                 id="own-guoqing-late-report"),
    pytest.param("国庆假期，29日接待游客5万人次，1日接待游客6万人次。", date(2023, 10, 8),
                 [("29日", "2023-09-29"), ("1日", "2023-10-01")], id="own-guoqing-over-month-turn"),
    pytest.param("国庆假期，全市接待游客。3月1日，开会。2日，接待游客。", date(2024, 10, 20),
                 [("3月1日", "--03-01"), ("2日", "--03-02")], id="own-stated-month-wins"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), HOLIDAY_DAYS)
def test_bare_day_after_a_holiday_is_in_its_days_off(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    """国庆假期…。1日 is October 1st of that holiday; a stated month still wins."""
    found = [(c.text, str(c.value.start)) for c in _claims(text, published) if c.kind is Kind.DATE]
    assert found == expected


# Formerly known gaps (fixed in round 5: tests/test_dates_round5.py has more rows).
def test_next_day_counts_from_the_story_date() -> None:
    """次日 after a story's date is the day after it, not the day after publication."""
    text = "6月15日，县城发生洪水。次日，水位回落至12米。"
    src = Source.from_text(text, published=datetime(2024, 10, 8, 10, tzinfo=_CST))
    (claim,) = [c for c in claims.extract(text, src) if c.text == "12米"]
    assert claim.time is not None
    assert str(claim.time.start) == "2024-06-16"


def test_this_weekend_is_a_time() -> None:
    """这个周末 is the weekend of the publication's week, like 本周末."""
    text = "这个周末，全市最高气温将达到35℃。"
    src = Source.from_text(text, published=datetime(2024, 10, 8, 10, tzinfo=_CST))
    (claim,) = [c for c in claims.extract(text, src) if c.text == "35℃"]
    assert claim.time is not None
    assert str(claim.time.start) == "2024-10-12"


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        # own sentences in the forms of news datelines: 讯 with the story run on, 日报道:, and
        # a bracketed Taiwan dateline with a day and no month
        pytest.param("本报北京3月5日讯记者李明今天从交通部获悉：春运期间发送旅客2亿人次。",
                     ["2亿人次"], id="xun-run-on"),
        pytest.param("中新网3月5日讯国家统计局数据显示，全年粮食产量6.9亿吨。", ["6.9亿吨"],
                     id="xun-run-on-agency"),
        pytest.param("东方网记者李明3月5日报道：全市发送旅客20万人次。", ["20万人次"],
                     id="ri-baodao-colon"),
        pytest.param("（中央社台北五日电）全台发送旅客20万人次。", ["20万人次"],
                     id="bracketed-day-dateline"),
        # not datelines: 讯息, and 报道 as a verb inside a sentence
        pytest.param("3月5日讯息显示，客流20万人次。", ["3月5日", "20万人次"], id="xunxi"),
        pytest.param("他3月5日报道了此事，客流20万人次。", ["3月5日", "20万人次"],
                     id="baodao-verb"),
    ],
)
def test_more_news_datelines_are_set_aside(text: str, claimed: list[str]) -> None:
    """A news dateline is no claim in more of its printed forms (…日讯 run on, …日报道：,
    （中央社台北五日电）); 讯息 and a 报道 inside a sentence are no datelines."""
    assert [c.text for c in claims.extract(text)] == claimed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # own sentences: a day before 是 names the day; a span led by 历时/共 stays a duration
        pytest.param("2日是奥运会第十个比赛日。", "date", id="day-before-shi"),
        pytest.param("30日是截止日期。", "date", id="deadline-day"),
        pytest.param("这项工程历时7日是为了赶工期。", "duration", id="lishi-span"),
        pytest.param("假期共7日是历年最长。", "duration", id="gong-span"),
    ],
)
def test_a_day_before_shi(text: str, kind: str) -> None:
    """N日是 names a day of the month (2日是…比赛日), unless a span word leads it (历时7日)."""
    assert claims.extract(text)[0].kind.value == kind
