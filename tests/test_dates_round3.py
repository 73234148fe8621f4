"""Dates on real prose, third round (claims/timex.py and its private modules): holidays of
the years 2015-2022, a day range whose end has its hour (6月4日—7日7时), a year before a since
marker after a duration lead (接近1951年以来), forecast windows (未来三天) and lunar days of
the Spring Festival without 正月 (初五).

Rows are real fragments (their URL in a comment) or own sentences in the style of bulletins,
travel, disaster and weather reports. Tables are grouped by provenance.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import claims
from claims.models import Kind, Source

_CST = timezone(timedelta(hours=8))


def _dates(text: str) -> list[tuple[str, str, str, str]]:
    """The date claims of ``text``: (text, start, end, precision), ISO strings."""
    iso = lambda x: x.isoformat() if isinstance(x, date) else str(x)  # noqa: E731
    return [
        (c.text, iso(c.value.start), iso(c.value.end), c.value.precision)  # type: ignore[union-attr]
        for c in claims.extract(text)
        if c.kind is Kind.DATE
    ]


def _time(text: str, published: date, figure: str) -> tuple[str | None, str, str]:
    """The time of the claim ``figure`` of ``text`` published on ``published``: (text, start,
    end) of its time, ISO strings."""
    src = Source.from_text(text, published=datetime(*published.timetuple()[:3], 10, tzinfo=_CST))
    (claim,) = [c for c in claims.extract(text, src) if c.text == figure]
    t = claim.time
    assert t is not None
    return t.text, str(t.start), str(t.end)


# A holiday of 2015-2018 and 2020-2022 resolves to that year's days off (time_words.toml
# holiday_periods / holiday_days; these years were unlisted: the figure had no holiday time).
HOLIDAY_YEARS = [
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2014-05/04/content_2671056.htm style:
    # a travel report a few days after the holiday
    pytest.param(
        "国庆假期，全国铁路累计发送旅客1.16亿人次。", date(2021, 10, 8), "1.16亿人次",
        ("国庆假期", "2021-10-01", "2021-10-07"), id="own-guoqing-2021",
    ),
    pytest.param(
        "春节假期，全国旅游接待总人数3.86亿人次。", date(2018, 2, 22), "3.86亿人次",
        ("春节假期", "2018-02-15", "2018-02-21"), id="own-chunjie-2018",
    ),
    pytest.param(
        "端午假期，全国铁路发送旅客1500万人次。", date(2020, 6, 28), "1500万人次",
        ("端午假期", "2020-06-25", "2020-06-27"), id="own-duanwu-2020",
    ),
    pytest.param(
        "“五一”假期，全国铁路发送旅客1.05亿人次。", date(2022, 5, 5), "1.05亿人次",
        ("“五一”假期", "2022-04-30", "2022-05-04"), id="own-wuyi-2022",
    ),
    pytest.param(
        "国庆中秋假期，全国接待游客7.05亿人次。", date(2017, 10, 9), "7.05亿人次",
        ("国庆中秋假期", "2017-10-01", "2017-10-08"), id="own-guoqing-zhongqiu-2017",
    ),
    pytest.param(
        "正月初五，全市接待游客50万人次。", date(2016, 2, 14), "50万人次",
        ("正月初五", "2016-02-12", "2016-02-12"), id="own-zhengyue-chuwu-2016",
    ),
    pytest.param(
        "中秋节当天，全市接待游客20万人次。", date(2015, 9, 28), "20万人次",
        ("中秋节当天", "2015-09-27", "2015-09-27"), id="own-zhongqiu-day-2015",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "figure", "expected"), HOLIDAY_YEARS)
def test_holidays_of_earlier_years_resolve(
    text: str, published: date, figure: str, expected: tuple[str, str, str]
) -> None:
    """A holiday word in a report of 2015-2022 is that year's official days off (or day)."""
    assert _time(text, published, figure) == expected


# A day range whose end day carries its hour (the hour a count was taken): one period.
RANGE_END_HOURS = [
    # http://www.weidonghui.cn/news/cjzh/062022_45042.html (福建省防汛办, 2022-06-07):
    # 6月4日—7日7時,此輪強降雨造成福建省50821人受災
    pytest.param(
        "6月4日—7日7时，此轮强降雨造成福建省50821人受灾。", "6月4日—7日7时", "--06-04",
        "--06-07", id="real-fujian-4-7-ri-7-shi",
    ),
    pytest.param(
        "2022年6月4日至7日8时，全省累计雨量120毫米。", "2022年6月4日至7日8时",
        "2022-06-04", "2022-06-07", id="own-year-range-end-hour",
    ),
    pytest.param(
        "6月4日至6月7日8时，全省累计雨量120毫米。", "6月4日至6月7日8时", "--06-04",
        "--06-07", id="own-month-range-end-hour",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), RANGE_END_HOURS)
def test_day_range_with_an_end_hour_is_one_date(
    text: str, surface: str, start: str, end: str
) -> None:
    """X月Y日至Z日H时 is one period (was the range and a clock of its own, the clock being the
    figures' time)."""
    assert _dates(text)[0][:3] == (surface, start, end)
    assert not any(d[1].startswith("T") for d in _dates(text))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # https://lvtaikj.com/video/news/1236385-3.html (2020-06): 截至05時過去24小時雨量達到了
        # 206.9毫米,接近1951年以來6月的日降雨量極值
        pytest.param("雨量达到了206.9毫米，接近1951年以来6月的日降雨量极值。", "1951年",
                     id="real-jiejin-1951-yilai"),
        pytest.param("全省平均降水量为近1961年以来同期最多。", "1961年", id="own-jin-1961-yilai"),
    ],
)  # fmt: skip
def test_year_since_after_a_duration_lead_is_a_year(text: str, year: str) -> None:
    """NNNN年以来 after 接近/近 names the year since which (not a duration of 1951 years)."""
    kinds = [(c.kind, c.text) for c in claims.extract(text)]
    assert (Kind.DATE, year) in kinds
    assert not any(k is Kind.DURATION for k, _ in kinds)


@pytest.mark.parametrize(
    "text",
    ["该镇有近2000年来的历史。", "长达1000年以来，这里就是集市。", "已有近二〇〇〇年以来的历史。"],
    ids=["nian-lai", "under-1900", "chinese-digits"],
)
def test_years_counted_back_stay_durations(text: str) -> None:
    """近2000年来, a count under 1900 or in Chinese digits before 以来 still counts years."""
    assert [c.kind for c in claims.extract(text)] == [Kind.DURATION]


# A bare 初N (no 正月, 大年) shortly after a Spring Festival word and before a clause mark or a
# day word is that day of the first lunar month (2024: 初一 = 2月10日).
BARE_LUNAR_DAYS = [
    pytest.param(
        "除夕至初六，全市接待游客300万人次。初五当天，全市接待游客50万人次。", "50万人次",
        ("初五", "2024-02-14", "2024-02-14"), id="own-chuwu-dangtian",
    ),
    pytest.param(
        "春节假期，全市接待游客300万人次。初一至初三，全市接待游客120万人次。", "120万人次",
        ("初一至初三", "2024-02-10", "2024-02-12"), id="own-chuyi-zhi-chusan",
    ),
    pytest.param(
        "春节假期，全市接待游客300万人次。初六，全市发送旅客8万人次。", "8万人次",
        ("初六", "2024-02-15", "2024-02-15"), id="own-chuliu-comma",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "expected"), BARE_LUNAR_DAYS)
def test_bare_lunar_day_after_the_festival(
    text: str, figure: str, expected: tuple[str, str, str]
) -> None:
    """初五当天 after 除夕 or 春节 is the fifth day of the first lunar month (published
    2024-02-18)."""
    assert _time(text, date(2024, 2, 18), figure) == expected


@pytest.mark.parametrize(
    "text",
    ["初五当天，全市接待游客50万人次。", "春节期间，初三学生200人参加活动。"],
    ids=["no-festival-word", "school-grade"],
)
def test_bare_lunar_day_needs_the_festival_and_a_clause_end(text: str) -> None:
    """A bare 初N with no Spring Festival word before it, or before a noun (初三学生: a
    school grade), is no lunar day: the figure's time is not 初N."""
    src = Source.from_text(text, published=datetime(2024, 2, 18, 10, tzinfo=_CST))
    times = [c.time.text for c in claims.extract(text, src) if c.time is not None]
    assert not any(t and t.startswith("初") for t in times)


# A forecast window from now (未来三天, 未来24小时, 今后一周): from the publication day to the
# window's last day; a window back (过去24小时, 近7天) from as many days before; its count stays
# a duration.
WINDOWS = [
    # https://lvtaikj.com/video/news/1236385-3.html (2020-06-22): 預計,未來三天,主雨帶仍將維持
    # 在四川盆地到淮河流域一帶 (own figure after it)
    pytest.param(
        "预计，未来三天，主雨带仍将维持在四川盆地一带，累计雨量100毫米。", "100毫米",
        ("未来三天", "2020-06-22", "2020-06-25"), id="real-weilai-santian",
    ),
    # https://news.shi-fen.com/china/202006/50-766994.html style: 预计未来12小时…降雨
    pytest.param(
        "预计未来12小时，贵阳市将出现50毫米以上的强降雨。", "50毫米以上",
        ("未来12小时", "2020-06-22", "2020-06-23"), id="own-weilai-12-xiaoshi",
    ),
    pytest.param(
        "今后一周，全市最高气温35℃。", "35℃", ("今后一周", "2020-06-22", "2020-06-29"),
        id="own-jinhou-yizhou",
    ),
    pytest.param(
        "明后天，最低气温降至-3℃。", "-3℃", ("明后天", "2020-06-23", "2020-06-24"),
        id="own-minghoutian",
    ),
    # a window back to the publication day, at a clause start
    pytest.param(
        "过去24小时，全市平均降雨量30毫米。", "30毫米", ("过去24小时", "2020-06-21", "2020-06-22"),
        id="own-guoqu-24-xiaoshi",
    ),
    pytest.param(
        "近7天，全市新增病例120例。", "120例", ("近7天", "2020-06-15", "2020-06-22"),
        id="own-jin-7-tian",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "expected"), WINDOWS)
def test_forecast_window_is_the_figures_time(
    text: str, figure: str, expected: tuple[str, str, str]
) -> None:
    """未来三天 / 未来12小时 / 今后一周 / 过去24小时 before a figure is its time (published
    2020-06-22)."""
    assert _time(text, date(2020, 6, 22), figure) == expected


def test_window_back_needs_a_clause_start() -> None:
    """近3天 inside a clause (持续近3天: nearly three days) is no window back: no time."""
    assert _time("降雨持续近3天，累计雨量120毫米。", date(2020, 6, 22), "120毫米")[0] != "近3天"


def test_forecast_window_keeps_its_duration() -> None:
    """The count of a forecast window stays a duration claim (未来6小时: 6 hours)."""
    found = [(c.kind, c.text) for c in claims.extract("预计未来6小时，全市有雷雨。")]
    assert (Kind.DURATION, "6小时") in found


# A colon clock after an afternoon or evening day part is in the afternoon (numerals.toml
# [clock] day_parts, time_words.toml pm_day_parts): 下午2:30 was T02:30.
PM_COLON_CLOCKS = [
    pytest.param("下午2:30，全市气温达到38℃。", "下午2:30", "T14:30", "T14:30",
                 id="own-xiawu-colon"),
    pytest.param("晚上10:30，全市降雨量达到30毫米。", "晚上10:30", "T22:30", "T22:30",
                 id="own-wanshang-colon"),
    pytest.param("中午1:30，气温37℃。", "中午1:30", "T13:30", "T13:30", id="own-zhongwu-colon"),
    pytest.param("下午2:00-5:00，全市气温达到38℃。", "下午2:00-5:00", "T14:00", "T17:00",
                 id="own-xiawu-colon-range"),
    pytest.param("上午10:30，气温30℃。", "上午10:30", "T10:30", "T10:30", id="own-shangwu-stays"),
    pytest.param("下午14:30，气温38℃。", "下午14:30", "T14:30", "T14:30", id="own-24h-stays"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), PM_COLON_CLOCKS)
def test_colon_clock_after_an_afternoon_part(text: str, surface: str, start: str, end: str) -> None:
    """下午2:30 is 14:30 (as 下午2点 already was); 上午 and a 24-hour clock stay as written."""
    assert _dates(text)[0][:3] == (surface, start, end)


# A day with a day part before a range to a later day is one period (the part of the first day
# between: 19日晚至20日凌晨); were two dates, the later one the figures' time.
DAY_PART_RANGES = [
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/jrzg/2007-07/01/content_669045.htm style
    # (6月29日8時至30日8時); own rows with a day part instead of the hour
    pytest.param("7月19日晚至20日凌晨，全市降雨量达到100毫米。", "7月19日晚至20日", "--07-19",
                 "--07-20", id="own-md-wan-range"),
    pytest.param("7月19日夜间至20日白天，全市降雨量达到100毫米。", "7月19日夜间至20日",
                 "--07-19", "--07-20", id="own-md-yejian-range"),
    pytest.param("19日晚至20日凌晨，全市降雨量达到100毫米。", "19日晚至20日", "---19", "---20",
                 id="own-bare-wan-range"),
    pytest.param("2024年7月19日晚至20日，全市降雨量达到100毫米。", "2024年7月19日晚至20日",
                 "2024-07-19", "2024-07-20", id="own-ymd-wan-range"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), DAY_PART_RANGES)
def test_day_part_before_a_day_range(text: str, surface: str, start: str, end: str) -> None:
    """X日晚至Y日 is one period from day X to day Y."""
    assert _dates(text)[0][:3] == (surface, start, end)


# 假期首日 / 假期第二天 / 节日期间 at a clause start with no holiday's name: the days of the
# holiday named last before it (were 首日 with no dates, or the publication).
HOLIDAY_BACKREFS = [
    # http://senqingzn.com/dy/article/JUBG3QEN0514R9KQ.html style (“五一”假期運輸…): own
    # figures in a report of 2024-05-06 in the style of 文化和旅游部 and 国铁集团 reports
    pytest.param(
        "“五一”假期5天，全国国内旅游出游合计2.95亿人次。\n假期首日，全国铁路发送旅客2069万人次。",
        "2069万人次", ("假期首日", "2024-05-01", "2024-05-01"), id="own-jiaqi-shouri",
    ),
    pytest.param(
        "“五一”假期，全国铁路发送旅客1亿人次。假期第二天，全国高速公路流量达到5600万辆次。",
        "5600万辆次", ("假期第二天", "2024-05-02", "2024-05-02"), id="own-jiaqi-di-er-tian",
    ),
    pytest.param(
        "“五一”假期，全国铁路发送旅客1亿人次。节日期间，全国民航运输旅客1010万人次。",
        "1010万人次", ("节日期间", "2024-05-01", "2024-05-05"), id="own-jieri-qijian",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "expected"), HOLIDAY_BACKREFS)
def test_holiday_named_back(text: str, figure: str, expected: tuple[str, str, str]) -> None:
    """假期首日 after “五一”假期 is the holiday's first day (published 2024-05-06)."""
    assert _time(text, date(2024, 5, 6), figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "假期首日，全国铁路发送旅客2069万人次。",
        "“五一”假期，全国铁路发送旅客1亿人次。今年暑假期间，全市接待游客20万人次。",
        "“五一”假期，全国铁路发送旅客1亿人次。假期结束后，全市接待游客20万人次。",
    ],
    ids=["no-holiday-named", "shujia-inside-a-word", "after-the-holiday"],
)
def test_holiday_back_needs_a_named_holiday_and_a_clause_start(text: str) -> None:
    """With no holiday named before, inside 暑假期间, or in 假期结束后, 假期 names no holiday's
    days: the last figure's time is not read from that 假期 (with dates)."""
    src = Source.from_text(text, published=datetime(2024, 5, 6, 10, tzinfo=_CST))
    last = [c for c in claims.extract(text, src) if c.kind is not Kind.DATE][-1]
    t = last.time
    assert t is None or t.start is None or not (t.text or "").startswith("假期")


# A bare 周末 is the latest weekend by the publication date, or the next in a forecast (as a
# bare weekday is); 每周末 is none.
WEEKENDS = [
    # http://news.enorth.com.cn/system/2012/08/25/009888234.shtml style (这个双休日…): own rows
    pytest.param("周末两天，全市以晴为主，最高气温将达20℃。", "20℃",
                 ("周末", "2024-11-23", "2024-11-24"), id="own-forecast-next-weekend"),
    pytest.param("周末，全市接待游客12万人次。", "12万人次", ("周末", "2024-11-16", "2024-11-17"),
                 id="own-report-last-weekend"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "expected"), WEEKENDS)
def test_bare_weekend(text: str, figure: str, expected: tuple[str, str, str]) -> None:
    """周末 published on Wednesday 2024-11-20: the next weekend in a forecast, else the last."""
    assert _time(text, date(2024, 11, 20), figure) == expected


def test_every_weekend_is_no_time() -> None:
    """每周末 (every weekend) names no weekend."""
    t = _time("每周末，全市接待游客12万人次。", date(2024, 11, 20), "12万人次")
    assert t[0] != "周末"


# A year of the Republic (Taiwan print): after 民國, or 100-119 before a month or 度 (were a
# duration of 113 years and a month-day without its year).
ROC_YEARS = [
    # https://tw.news.yahoo.com/ style (中央氣象署): own rows in Taiwan print
    pytest.param("民國113年11月20日，臺灣地區發生4.5級地震。", "民國113年11月20日", "2024-11-20",
                 "2024-11-20", id="own-minguo-ymd"),
    pytest.param("中央氣象署表示，113年1月至10月共發生有感地震1200次。", "113年1月至10月",
                 "2024-01-01", "2024-10-31", id="own-roc-month-range"),
    pytest.param("113年度預算共2.9兆元。", "113年", "2024-01-01", "2024-12-31",
                 id="own-roc-fiscal-year"),
    pytest.param("民国38年，该校迁台。", "民国38年", "1949-01-01", "1949-12-31",
                 id="own-minguo-38"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), ROC_YEARS)
def test_republic_year(text: str, surface: str, start: str, end: str) -> None:
    """民國113年 is 2024 (113 + 1911), and so is 113年 before a month or 度."""
    assert _dates(text)[0][:3] == (surface, start, end)


@pytest.mark.parametrize(
    "text", ["該公司成立已有100年1個月。", "该镇有113年的历史。"], ids=["with-months", "history"]
)
def test_three_digit_years_without_a_month_stay_durations(text: str) -> None:
    """113年 with no 民国 before and no month after counts years."""
    assert _dates(text) == []


# A weekday in brackets between a day and its clock: one date with the clock (were the day
# and a clock alone, the clock the figure's time).
WEEKDAY_BRACKET_CLOCKS = [
    pytest.param("11月20日(星期三)下午4時，澳門錄得氣溫28度。", "11月20日(星期三)下午4時",
                 "--11-20", "hour", id="own-macau-weekday-clock"),
    pytest.param("2024年11月20日（星期三）14:30，气温20℃。", "2024年11月20日（星期三）14:30",
                 "2024-11-20", "minute", id="own-ymd-weekday-colon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "precision"), WEEKDAY_BRACKET_CLOCKS)
def test_weekday_bracket_before_a_clock(
    text: str, surface: str, start: str, precision: str
) -> None:
    """X月X日(星期三)下午4时 is one date to the hour."""
    found = _dates(text)[0]
    assert (found[0], found[1], found[3]) == (surface, start, precision)


# A relative day (起) to a calendar day is one time from that day to the first such day on
# (was the calendar day alone, completed into a past year: 12月6日 published 11-20 -> 2023).
UPTO_SPANS = [
    # https://blxwnews.benliuxinwen.com/Share/ArticleShare?ArticleId=3111342 (2024-04-29):
    # 今天起到5月6日,8天的時間全國鐵路預計發送旅客1.44億人次
    pytest.param(
        "今天起到5月6日，8天的时间全国铁路预计发送旅客1.44亿人次。", date(2024, 4, 29),
        "1.44亿人次", ("今天起到5月6日", "2024-04-29", "2024-05-06"), id="real-jintian-qi-dao",
    ),
    pytest.param(
        "即日起至12月31日，全市发放消费券1亿元。", date(2024, 11, 20), "1亿元",
        ("即日起至12月31日", "2024-11-20", "2024-12-31"), id="own-jiri-qi-zhi",
    ),
    pytest.param(
        "即日起至2025年1月31日，全市发放消费券1亿元。", date(2024, 11, 20), "1亿元",
        ("即日起至2025年1月31日", "2024-11-20", "2025-01-31"), id="own-jiri-qi-zhi-year",
    ),
    pytest.param(
        "今天至1月5日，全市接待游客将达12万人次。", date(2024, 12, 30), "12万人次",
        ("今天至1月5日", "2024-12-30", "2025-01-05"), id="own-over-the-year",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "figure", "expected"), UPTO_SPANS)
def test_relative_day_to_a_calendar_day(
    text: str, published: date, figure: str, expected: tuple[str, str, str]
) -> None:
    """今天起到5月6日 is the figure's time from the publication day to May 6 of that year."""
    assert _time(text, published, figure) == expected


# Taiwan print: a range of two bracketed day words, a day in brackets after a weekday (were
# two dates, or a duration 21日). A date in brackets stays apart from the clock after the
# bracket (今天(27日)下午14:10分: 27日 and 14:10分, as the bench annotates them).
BRACKET_DATES = [
    # https://tw.news.yahoo.com/ style (中央氣象署): 今（20）日晚間至明（21）日
    pytest.param("今（20）日晚間至明（21）日，北部地區降雨機率70%。", "今（20）日晚間至明（21）日",
                 "---20", "day", id="own-tw-jin-zhi-ming"),
    pytest.param("週四（21日）起風雨逐漸減弱，雨量10毫米。", "21日", "---21", "day",
                 id="own-tw-weekday-bracket-day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "precision"), BRACKET_DATES)
def test_bracketed_dates_of_taiwan_print(
    text: str, surface: str, start: str, precision: str
) -> None:
    """今（20）日晚間至明（21）日 and 週四（21日）: one date each, no duration."""
    found = _dates(text)[0]
    assert (found[0], found[1], found[3]) == (surface, start, precision)
    assert not any(c.kind is Kind.DURATION for c in claims.extract(text))


def test_bracket_range_ends_on_the_second_day() -> None:
    """今（20）日晚間至明（21）日 runs from the 20th to the 21st."""
    assert _dates("今（20）日晚間至明（21）日，北部地區降雨機率70%。")[0][2] == "---21"


def test_relative_day_with_zaoshang_clock() -> None:
    """今日早上8時 is today for the figures after it (早上 joins since_day_parts)."""
    t = _time("今日早上8時，天文台錄得氣溫18.5度。", date(2024, 11, 20), "18.5度")
    assert t == ("今日早上8時", "2024-11-20", "2024-11-20")


# A forecast lead (预报, 预计) earlier in the paragraph makes its later bare days and weekdays
# look ahead (were the last month's days and last week's weekdays).
FORECAST_PARAGRAPH = "具体预报：今天夜间，多云转阴，最低气温22℃。周五到周六，全市有一次明显降雨过程，累计雨量50毫米。15日夜间至16日白天，局部有暴雨，雨量80毫米。"  # noqa: E501


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("50毫米", ("周五到周六", "2024-06-14", "2024-06-15")),
        ("80毫米", ("15日夜间至16日", "2024-06-15", "2024-06-16")),
    ],
    ids=["weekday-range", "day-range"],
)
def test_forecast_paragraph_looks_ahead(figure: str, expected: tuple[str, str, str]) -> None:
    """After 具体预报 (published Thursday 2024-06-13), 周五到周六 and 15日 are the coming days."""
    assert _time(FORECAST_PARAGRAPH, date(2024, 6, 13), figure) == expected


def test_report_paragraph_keeps_past_days() -> None:
    """Without a forecast lead, a bare day after the publication day is last month's."""
    t = _time("15日，全市接待游客3万人次。", date(2024, 6, 13), "3万人次")
    assert t == ("15日", "2024-05-15", "2024-05-15")


# A colon clock range to a later day is one period (was the start, a duration 21日 and a clock).
COLON_DAY_RANGES = [
    pytest.param("7月20日08:00至21日08:00，全市降雨量56毫米。", "7月20日08:00至21日08:00",
                 "--07-20", "--07-21", id="own-md-colon-days"),
    pytest.param("7月30日08:00至8月1日08:00，雨量30毫米。", "7月30日08:00至8月1日08:00",
                 "--07-30", "--08-01", id="own-md-colon-months"),
    pytest.param("20日08:00至21日08:00，全市降雨量56毫米。", "20日08:00至21日08:00", "---20",
                 "---21", id="own-bare-colon-days"),
    pytest.param("2023年度末，全市参保人数300万人。", "2023年度末", "2023-10-01", "2023-12-31",
                 id="own-niandu-mo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), COLON_DAY_RANGES)
def test_colon_clock_range_to_a_later_day(text: str, surface: str, start: str, end: str) -> None:
    """7月20日08:00至21日08:00 runs from the 20th to the 21st; 2023年度末 is 2023's year end."""
    assert _dates(text)[0][:3] == (surface, start, end)
    assert not any(c.kind is Kind.DURATION for c in claims.extract(text))


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("2024年Q3，公司营收120亿元。", "120亿元", ("2024年Q3", "2024-07-01", "2024-09-30")),
        ("2024Q2，营收增长12%。", "12%", ("2024Q2", "2024-04-01", "2024-06-30")),
        ("2024年H1，营收200亿元。", "200亿元", ("2024年H1", "2024-01-01", "2024-06-30")),
    ],
    ids=["nian-q3", "bare-q2", "nian-h1"],
)
def test_quarter_and_half_codes(text: str, figure: str, expected: tuple[str, str, str]) -> None:
    """2024Q2 / 2024年Q3 / 2024年H1 name a quarter or a half (were the year, or a count 2024)."""
    assert _time(text, date(2024, 11, 20), figure) == expected
    assert not any(c.kind is Kind.COUNT for c in claims.extract(text))


def test_half_code_beyond_two_is_no_half() -> None:
    """2024H3 names no half of the year."""
    assert all(d[3] != "half" for d in _dates("2024H3，营收200亿元。"))
