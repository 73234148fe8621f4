"""Dates on real prose, fifth round (claims/timex.py and its private modules): days counted
from the story's day (次日, 3天后), 这个周末, a forecast's partial day in the year ahead, two-digit
fiscal years (15/16年度), a base year-part word (比年初), 至今 after a date, a date restated in
another time zone in brackets, time-zone offsets (UTC+8), hour ranges with minutes or a day part
at their end (16时26分至16时42分, 上午8时至下午2时, 10:00~24:00) and years before 1900 with a
month (1815年10月23日).

Rows are real fragments (their URL in a comment) or own sentences in the style of bulletins,
travel, disaster and weather reports. Tables are grouped by provenance.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.models import Kind
from tests._dated import claims_on as _claims
from tests._dated import date_rows as _dates


def _time(text: str, published: date, surface: str) -> tuple[str, str]:
    """The (start, end) of the time of the claim ``surface`` of ``text``, ISO strings."""
    (claim,) = [c for c in _claims(text, published) if c.text == surface]
    assert claim.time is not None
    return str(claim.time.start), str(claim.time.end)


# A story day word (次日, 翌日, 第二天) or N天后 at a clause start counts from the last day the
# story told of in its paragraph; with none, from the publication date.
STORY_DAYS = [
    pytest.param("6月15日，县城发生洪水。翌日，水位回落至12米。", date(2024, 10, 8), "12米",
                 ("2024-06-16", "2024-06-16"), id="own-yiri"),
    pytest.param("7月20日8时，河水开始上涨。第二天，最高水位达到35.6米。", date(2024, 8, 1),
                 "35.6米", ("2024-07-21", "2024-07-21"), id="own-dierday-after-clock-date"),
    pytest.param("6月15日，县城发生洪水。3天后，水位回落至10米。", date(2024, 10, 8), "10米",
                 ("2024-06-18", "2024-06-18"), id="own-three-days-later"),
    pytest.param("5月3日至5日，全市普降暴雨。次日，转移群众1200人。", date(2024, 5, 20), "1200人",
                 ("2024-05-06", "2024-05-06"), id="own-after-a-day-range"),
    pytest.param("县城发生洪水。次日，水位回落至12米。", date(2024, 10, 8), "12米",
                 ("2024-10-09", "2024-10-09"), id="own-no-story-day-publication"),
    pytest.param("记者6月15日从县防汛办获悉，次日水位回落至12米。", date(2024, 6, 20), "12米",
                 ("2024-06-21", "2024-06-21"), id="own-report-day-is-no-story-day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "expected"), STORY_DAYS)
def test_story_day_counts_from_the_story(
    text: str, published: date, surface: str, expected: tuple[str, str]
) -> None:
    """次日 / 3天后 after a story's day is counted from that day, else from publication."""
    assert _time(text, published, surface) == expected


# 这个周末 / 下个周末 is a weekend of a relative week; 这个周期 stays no time.
WEEKENDS = [
    pytest.param("这个周末，全市最高气温将达到35℃。", "35℃", ("2024-10-12", "2024-10-13"),
                 id="own-zhege-zhoumo"),
    pytest.param("下个周末，全市最高气温将达到30℃。", "30℃", ("2024-10-19", "2024-10-20"),
                 id="own-xiage-zhoumo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), WEEKENDS)
def test_this_and_next_weekend(text: str, surface: str, expected: tuple[str, str]) -> None:
    """这个周末 is the weekend of the publication's week, 下个周末 the next one."""
    assert _time(text, date(2024, 10, 8), surface) == expected


def test_this_cycle_is_no_weekend() -> None:
    """这个周期 names no week: the figure keeps the publication date."""
    found = _claims("这个周期内，全市降雨量为50毫米。", date(2024, 10, 8))
    (claim,) = [c for c in found if c.text == "50毫米"]
    assert claim.time is not None
    assert claim.time.text is None


# A partial date in a sentence that looks ahead is completed into the nearer year, which may
# be after the publication date; a report keeps the latest past year.
FUTURE_YEARS = [
    # own, in the style of 中新社 typhoon reports (a dateline, then 预计…将于27日登陆)
    pytest.param("中央气象台预计，台风将于27日中午前后登陆，风力达12级。", date(2016, 9, 26),
                 "12级", ("2016-09-27", "2016-09-27"), id="own-typhoon-landfall-27th"),
    pytest.param("未来一周(8月14-20日)，全市降雨量将达50毫米。", date(2024, 8, 10), "50毫米",
                 ("2024-08-14", "2024-08-20"), id="own-coming-week-bracket"),
    pytest.param("预计1月5日至7日，全市最低气温将降至-8℃。", date(2024, 12, 28), "-8℃",
                 ("2025-01-05", "2025-01-07"), id="own-forecast-over-new-year"),
    pytest.param("8月14日，全市降雨量达50毫米。", date(2024, 8, 10), "50毫米",
                 ("2023-08-14", "2023-08-14"), id="own-report-stays-past"),
    pytest.param("预计全年增长5%，1-7月已完成投资120亿元。", date(2024, 8, 10), "120亿元",
                 ("2024-01-01", "2024-07-31"), id="own-months-done-stay-this-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "expected"), FUTURE_YEARS)
def test_future_sentence_completes_into_the_nearer_year(
    text: str, published: date, surface: str, expected: tuple[str, str]
) -> None:
    """A forecast's partial date takes the year that puts it nearest the publication date."""
    assert _time(text, published, surface) == expected


# A fiscal year of two two-digit years (Hong Kong print: 15/16年度) is one date; no fraction
# 15/16, no duration 15、16年.
FISCAL_YEARS = [
    # https://big5.taiwan.cn/gate/big5/econ.taiwan.cn/fax/201602/t20160224_11394371.htm
    # (预计政府2015/2016年度盈餘為300億港元): the long form, here with two digits
    pytest.param("预计政府15/16年度盈余为300亿港元。", [("15/16年度", "2015-01-01", "2016-12-31")],
                 id="own-hk-surplus-slash"),
    pytest.param("15、16年度财政盈余为100亿元。", [("15、16年度", "2015-01-01", "2016-12-31")],
                 id="own-dun-fiscal"),
    pytest.param("99/00财年的收入为50亿元。", [("99/00财年", "1999-01-01", "2000-12-31")],
                 id="own-century-turn"),
    pytest.param("15/17年度的收入为50亿元。", [], id="own-not-consecutive-none"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FISCAL_YEARS)
def test_two_digit_fiscal_year_is_one_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    """15/16年度 is one date of two years (no fraction, no duration); years that do not
    follow each other are no date."""
    assert _dates(text) == expected
    kinds = {c.kind for c in _claims(text)}
    assert not expected or (Kind.FRACTION not in kinds and Kind.DURATION not in kinds)


def test_base_year_part_is_not_the_time() -> None:
    """比年初增加800亿元: 年初 is the base; the figure keeps 年末, the time of its clause."""
    text = "年末全市金融机构存款余额12000亿元，比年初增加800亿元。"
    (claim,) = [c for c in _claims(text, date(2024, 3, 1)) if c.text == "800亿元"]
    assert claim.time is not None
    assert claim.time.text == "年末"


# A date before 至今 starts a period that runs to the publication date (as 以来).
SINCE_NOW = [
    pytest.param("11月20日至今，全市降雨量达到45毫米。", "45毫米", ("2024-11-20", "None"),
                 id="own-zhijin"),
    pytest.param("11月20日以来，全市降雨量达到45毫米。", "45毫米", ("2024-11-20", "None"),
                 id="own-yilai"),
    pytest.param("11月20日，全市降雨量达到45毫米，目前水位为12米。", "12米", ("None", "None"),
                 id="own-present-word-later-still-publication"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), SINCE_NOW)
def test_date_before_zhijin_starts_a_period(
    text: str, surface: str, expected: tuple[str, str]
) -> None:
    """11月20日至今 is from 11-20 on (as-of the publication); a later 目前 stays the present."""
    assert _time(text, date(2024, 12, 1), surface) == expected


# A bracket holding only a date restates the moment of the date before it in another zone: the
# figures take the date as first stated.
RESTATED = [
    # http://119.23.250.19:2008/api/wap.php?No9=Me8.html (新华社旧金山10月30日电)
    pytest.param("地震发生在当地时间30日13时15分(北京时间31日4时15分)，震中位于俄勒冈州班登市"
                 "以西279公里处，震源深度10公里。", date(2024, 10, 31), "10公里",
                 ("2024-10-30", "2024-10-30"), id="xinhua-oregon-quake-2024"),
    # own, in the style of 中国地震台网 reports of foreign quakes
    pytest.param("北京时间12月6日2时44分(当地时间12月5日10时44分)在美国加州近海发生7.0级地震。",
                 date(2024, 12, 6), "7.0级", ("2024-12-06", "2024-12-06"), id="own-cenc-foreign"),
    pytest.param("当地时间2024年1月1日16时10分（北京时间15时10分），日本石川县发生7.5级地震。",
                 date(2024, 1, 1), "7.5级", ("2024-01-01", "2024-01-01"), id="own-clock-only"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "expected"), RESTATED)
def test_bracketed_restated_date_is_not_the_time(
    text: str, published: date, surface: str, expected: tuple[str, str]
) -> None:
    """当地时间…（北京时间…）: the figure takes the date as first stated, not the bracket's."""
    assert _time(text, published, surface) == expected


def test_aside_with_its_own_figure_keeps_its_date() -> None:
    """A bracket stating a figure of another year is no restatement: its figure keeps it."""
    text = "1-5月（2023年同期为100亿元），全市出口120亿元。"
    times = {c.text: c.time.text for c in _claims(text, date(2024, 6, 20)) if c.time}
    assert (times["100亿元"], times["120亿元"]) == ("2023年", "1-5月")


# A time zone's offset (UTC+8, GMT+08:00) is no figure.
ZONES = [
    pytest.param("发震时刻（UTC+8）：2024-01-23 02:09:05，震级7.1级。", ["7.1级"], id="own-utc8"),
    pytest.param("发布时间为GMT+08:00 14:30，风力达12级。", ["12级"], id="own-gmt-colon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_time_zone_offset_is_no_figure(text: str, expected: list[str]) -> None:
    """The 8 of UTC+8 is a time zone, no count."""
    assert [c.text for c in _claims(text) if c.kind is not Kind.DATE] == expected


# Hours of one day with minutes, or with a day part before the end, are one date.
HOUR_RANGES = [
    pytest.param("比赛于16时26分至16时42分进行，共3轮。",
                 [("16时26分至16时42分", "T16:26", "T16:42")], id="own-minutes"),
    pytest.param("比赛于下午4时26分至4时42分进行，共3轮。",
                 [("下午4时26分至4时42分", "T16:26", "T16:42")], id="own-pm-minutes"),
    pytest.param("预计上午8时至下午2时，最高气温30℃。",
                 [("上午8时至下午2时", "T08", "T14")], id="own-am-to-pm"),
    pytest.param("高速公路免费时段为10:00~24:00，车流量达5万辆。",
                 [("10:00~24:00", "T10:00", "T24:00")], id="own-colon-to-midnight"),
    pytest.param("昨天8时至今天8时，全市降雨50毫米。",
                 [("昨天8时", "T08", "T08"), ("今天8时", "T08", "T08")], id="own-day-words-stay"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HOUR_RANGES)
def test_hour_range_with_minutes_or_end_part(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """16时26分至16时42分 and 上午8时至下午2时 are one date; 昨天8时至今天8时 keeps its clocks."""
    assert _dates(text) == expected


# A year before 1900 is a year when a month follows it (a quake catalogue); alone it stays a
# duration (历时1815年).
OLD_YEARS = [
    pytest.param("1815年10月23日，当地发生6级地震。",
                 [("1815年10月23日", "1815-10-23", "1815-10-23")], id="own-1815"),
    pytest.param("1556年1月23日陕西华县发生8级地震。",
                 [("1556年1月23日", "1556-01-23", "1556-01-23")], id="own-huaxian-1556"),
    pytest.param("历时1815年，共3次。", [], id="own-duration-stays"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OLD_YEARS)
def test_year_before_1900_with_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    """1815年10月23日 is a date; 1815年 alone is no date."""
    assert _dates(text) == expected


# A holiday's name with its number of days and no suffix (国庆7天, 端午3天) is its days off;
# the number of days stays a duration.
HOLIDAY_DAYS = [
    pytest.param("国庆7天，全市接待游客200万人次。", date(2024, 10, 8), "200万人次",
                 ("2024-10-01", "2024-10-07"), id="own-guoqing-7-days"),
    pytest.param("端午3天国内出游1.1亿人次。", date(2024, 6, 12), "1.1亿人次",
                 ("2024-06-08", "2024-06-10"), id="own-duanwu-3-days"),
    pytest.param("春节7天假期中，全市接待游客120万人次。", date(2024, 2, 20), "120万人次",
                 ("2024-02-10", "2024-02-17"), id="own-with-suffix-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "expected"), HOLIDAY_DAYS)
def test_holiday_with_its_days_is_its_period(
    text: str, published: date, surface: str, expected: tuple[str, str]
) -> None:
    """国庆7天 names the National Day days off; its 7天 stays a duration claim."""
    assert _time(text, published, surface) == expected
    assert any(c.kind is Kind.DURATION for c in _claims(text, published))


# 首季 / 首季度 is the first quarter (news and Hong Kong print); 首季冠军 is a season.
FIRST_QUARTER = [
    pytest.param("本港今年首季失业率为3.0%。", [("首季", "--01", "--03")], id="own-hk-shouji"),
    pytest.param("2024年首季，本地生产总值增长2.7%。",
                 [("2024年首季", "2024-01-01", "2024-03-31")], id="own-year-shouji"),
    pytest.param("他是首季冠军，共得10分。", [], id="own-season-champion-none"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIRST_QUARTER)
def test_first_quarter_shouji(text: str, expected: list[tuple[str, str, str]]) -> None:
    """首季 is the months 1 to 3; before 冠军 it is no date."""
    assert _dates(text) == expected


def test_clock_after_a_bracketed_day_takes_the_day() -> None:
    """今日（1月23日）上午7时: the figure's time is the day in brackets, not the clock alone."""
    text = "天文台今日（1月23日）上午7时录得气温8度。"
    assert _time(text, date(2024, 1, 23), "8度") == ("2024-01-23", "2024-01-23")


# 今年 before a partial year part or month: the publication's year when it is known; without
# one, the year in force when it was stated with a part of it (a report on that part), none
# when a whole year was stated (2023年GDP增长5%。今年一季度…: likely the next year).
THIS_YEAR = [
    pytest.param("某公司公布了2023年上半年业绩报告。报告显示，今年上半年营收2601亿元。", None,
                 "上半年", ("2023-01-01", "2023-06-30"), id="own-part-stated-no-publication"),
    pytest.param("2023年GDP增长5%。今年一季度增长6%。", None, "一季度", ("--01", "--03"),
                 id="own-whole-year-stated-stays-partial"),
    pytest.param("2023年GDP增长5%。今年一季度增长6%。", date(2024, 4, 20), "一季度",
                 ("2024-01-01", "2024-03-31"), id="own-publication-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "expected"), THIS_YEAR)
def test_this_year_part_takes_a_year(
    text: str, published: date | None, surface: str, expected: tuple[str, str]
) -> None:
    """今年上半年 is completed with the publication's year, else a year stated with a part."""
    iso = lambda x: x.isoformat() if isinstance(x, date) else str(x)  # noqa: E731
    (part,) = [c for c in _claims(text, published) if c.kind is Kind.DATE and c.text == surface]
    assert (iso(part.value.start), iso(part.value.end)) == expected  # type: ignore[union-attr]


# Forecast and rain reports (own sentences in the style of a 山东省气象台 report of 2005-07-25
# and a 荆州日报 weekly forecast of 2014-11-10, both stored pages): N日为晴 is a day, an
# Arabic N点 right after a day is its clock, and a forecast lead keeps its day the topic.
REPORT_DAYS = [
    pytest.param("10日为晴好天气，11日夜间有冷空气影响，气温2℃~17℃。", date(2014, 11, 10),
                 "2℃~17℃", ("2014-11-11", "2014-11-11"), id="own-weather-after-wei"),
    pytest.param("截至24日21点，全省平均降雨量为34.3毫米。", date(2005, 7, 25), "34.3毫米",
                 ("None", "2005-07-24"), id="own-day-then-dian-clock"),
    pytest.param("预计25日，半岛地区有小到中雨。最高气温：内陆地区32℃左右。", date(2005, 7, 25),
                 "32℃左右", ("2005-07-25", "2005-07-25"), id="own-forecast-lead-topic"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "expected"), REPORT_DAYS)
def test_forecast_and_report_days(
    text: str, published: date, surface: str, expected: tuple[str, str]
) -> None:
    """10日为晴 and 24日21点 are days (with a clock); 预计25日，… holds for the next sentence."""
    assert _time(text, published, surface) == expected


def test_day_before_wei_weather_is_a_date_and_no_duration() -> None:
    """10日为晴好天气 is a day of the month; 以30日为限 stays a duration."""
    assert [c.kind for c in _claims("10日为晴好天气。") if c.text == "10日"] == [Kind.DATE]
    assert [c.kind for c in _claims("以30日为限，共3次。") if c.text == "30日"] == [Kind.DURATION]


# Taiwan print writes the day in brackets after the whole day word (今天(21)日), as 今(21)日.
TAIWAN_DAYS = [
    # http://5.39.217.76/viewthread.php?authorid=1923648&page=1&tid=2342992 (a forum copy of a
    # 中央氣象局 quake report)
    pytest.param("地牛又翻身!今天(21)日凌晨一點九分於台東外海發生地震,此為芮氏規模5.5的地震。",
                 [("今天(21)日凌晨一點九分", "2024-05-21", "2024-05-21")], id="tw-jintian-bracket"),
    pytest.param("今天(3)天内完成5次。", [], id="own-not-a-day-word-frame"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TAIWAN_DAYS)
def test_taiwan_bracketed_day_in_day_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    """今天(21)日 is the 21st (the day word's date), not a count 21."""
    iso = lambda x: x.isoformat() if isinstance(x, date) else str(x)  # noqa: E731
    found = _claims(text, date(2024, 6, 20))
    got = [(c.text, iso(c.value.start), iso(c.value.end)) for c in found if c.kind is Kind.DATE]
    assert got == expected
    assert not [c for c in found if c.text == "21"]


# 去年同期 / 上年同期 as a figure's time (not after 比/较: a base) is the period of the date
# before it in its paragraph, a year back; with none, the whole year.
SAME_PERIOD = [
    pytest.param("今年1-5月（去年同期为100亿元），全市出口增长5%。", "100亿元",
                 ("2023-01-01", "2023-05-31"), id="own-bracket-same-period"),
    pytest.param("2024年1-2月，全市出口120亿元，去年同期为100亿元。", "100亿元",
                 ("2023-01-01", "2023-02-28"), id="own-leap-month-end"),
    pytest.param("去年同期，全市出口100亿元。", "100亿元", ("2023-01-01", "2023-12-31"),
                 id="own-no-period-whole-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), SAME_PERIOD)
def test_same_period_last_year(text: str, surface: str, expected: tuple[str, str]) -> None:
    """去年同期为100亿元 after 1-5月 is January to May of last year."""
    assert _time(text, date(2024, 6, 20), surface) == expected


# Quake reports (own sentences in the style of the stored 2013 芦山 and 2019 长宁 reports): a
# story day with its clock counts from the story's day; N日发生 is a day.
QUAKE_DAYS = [
    pytest.param("6月17日22时55分，宜宾发生6.0级地震。第二天早晨7点34分，该地再次发生5.3级地震。",
                 "5.3级", ("2024-06-18", "2024-06-18"), id="own-next-morning-clock"),
    pytest.param("6月17日，宜宾发生地震。次日8时，转移群众3000人。", "3000人",
                 ("2024-06-18", "2024-06-18"), id="own-ciri-hour"),
    pytest.param("四川雅安市芦山县20日发生7.0级强震，震源深度13千米。", "13千米",
                 ("2024-06-20", "2024-06-20"), id="own-day-fasheng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), QUAKE_DAYS)
def test_quake_report_days(text: str, surface: str, expected: tuple[str, str]) -> None:
    """第二天早晨7点34分 is the day after the story's day; 20日发生 is the 20th."""
    assert _time(text, date(2024, 6, 20), surface) == expected


def test_continuous_days_fasheng_stays_a_duration() -> None:
    """连续20日发生降雨: 20日 after 连续 stays a duration."""
    assert [c.kind for c in _claims("连续20日发生降雨。") if c.text == "20日"] == [Kind.DURATION]


# A figure right after a compared relative year and 的 states that year's value (the ledger
# engineer's finding, m.blue-maple.cn/cdxw/2021-12-26/160422.html: 今年前11月…已超过去年全年
# 的8118.5亿元); a percent after it stays the sentence's time.
STATED_BASES = [
    pytest.param("今年前11月成都社会消费品零售总额已超过去年全年的8118.5亿元。", "8118.5亿元",
                 ("2023-01-01", "2023-12-31"), id="blue-maple-chengdu-retail-2021"),
    pytest.param("今年前11月全市零售总额比去年同期的100亿元增长5%。", "100亿元",
                 ("2023-01-01", "2023-11-30"), id="own-same-period-base-value"),
    pytest.param("今年前11月全市零售总额比去年同期的100亿元增长5%。", "5%",
                 ("2024-01-01", "2024-11-30"), id="own-growth-keeps-this-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), STATED_BASES)
def test_figure_of_a_compared_year(text: str, surface: str, expected: tuple[str, str]) -> None:
    """去年全年的8118.5亿元 is last year's value; the growth after it stays this year's."""
    assert _time(text, date(2024, 12, 20), surface) == expected


# One two-digit year before 年度 / 财年 is that year (16年度财政预算); not after 第 (第16赛季,
# a season's number) nor in 16年度过 (度过: spent).
ONE_FISCAL_YEAR = [
    pytest.param("16年度财政预算盈余为100亿元。", [("16年度", "2016-01-01", "2016-12-31")],
                 id="own-16-niandu"),
    pytest.param("23财年营收为100亿元。", [("23财年", "2023-01-01", "2023-12-31")],
                 id="own-23-cainian"),
    pytest.param("他用16年度过了难关。", [], id="own-duguo-none"),
    pytest.param("第16赛季共进行30场。", [], id="own-16th-season-none"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONE_FISCAL_YEAR)
def test_one_two_digit_fiscal_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    """16年度 is 2016; 16年度过 and 第16赛季 are no dates."""
    assert _dates(text) == expected


# The days after a holiday named as a period (节后首日, 节后首个工作日) are the figure's time
# word whole, as 春运首日 (its as-of the report date, else the publication).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("节后首日，全国铁路发送旅客1500万人次。", "节后首日", id="own-jiehou-shouri"),
        pytest.param("记者18日从国铁集团获悉，节后首个工作日，全国铁路发送旅客1200万人次。",
                     "节后首个工作日", id="own-first-workday"),
    ],
)  # fmt: skip
def test_after_holiday_period_words(text: str, word: str) -> None:
    """节后首日 is the figure's time word, not 首日 alone."""
    (claim,) = [c for c in _claims(text, date(2024, 2, 18)) if c.kind is Kind.COUNT]
    assert claim.time is not None
    assert claim.time.text == word


# Hong Kong print: 第三季 right after a year is that quarter (a show's 第三季 alone is none),
# and 較一年前同期 is a base, no duration 一年.
def test_hk_quarter_after_a_year_is_the_time() -> None:
    """2024年第三季的本地生產總值…增長1.8%: the figure's time is July to September 2024."""
    text = "本港2024年第三季的本地生產總值較一年前同期增長1.8%。"
    assert _time(text, date(2024, 11, 15), "1.8%") == ("2024-07-01", "2024-09-30")
    assert not [c for c in _claims(text) if c.kind is Kind.DURATION]


def test_show_season_is_no_quarter() -> None:
    """《奔跑吧》第三季 names a season of a show: no date."""
    assert _dates("《奔跑吧》第三季共12期。") == []


# Traditional print: an Arabic H點MM before 左右/许 is a clock (11點15左右); N號 before 臺風 /
# 颱風 names a typhoon, no day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("11點15左右，救援人員又發現1名遇難人員。",
                     [("11點15左右", "T11:15", "T11:15")], id="own-dian-minutes-about"),
        pytest.param("13號臺風8月9日在福建沿海登陸。", [("8月9日", "--08-09", "--08-09")],
                     id="own-typhoon-number-trad"),
        pytest.param("增长3点5左右。", [], id="own-decimal-point-none"),
    ],
)  # fmt: skip
def test_traditional_clock_and_typhoon_number(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """11點15左右 is 11:15; 13號臺風 is a name; 3点5左右 is no clock."""
    assert _dates(text) == expected


# A bare day in brackets after a weekday lies in the month where it is that weekday (周四（20日）
# published on Wednesday 2024-06-19 is 06-20, not May's 20th as a past day).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("周四（20日），全市最高气温35℃。", [("20日", "2024-06-20", "2024-06-20")],
                     id="own-thursday-tomorrow"),
        pytest.param("周一（17日），全市接待游客3万人次。", [("17日", "2024-06-17", "2024-06-17")],
                     id="own-monday-past"),
        pytest.param("上周五（14日），全市接待游客3万人次。",
                     [("14日", "2024-06-14", "2024-06-14")], id="own-last-friday"),
    ],
)  # fmt: skip
def test_bracketed_day_after_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    """周四（20日） is the Thursday nearest the publication date that is the 20th."""
    iso = lambda x: x.isoformat() if isinstance(x, date) else str(x)  # noqa: E731
    found = _claims(text, date(2024, 6, 19))
    got = [(c.text, iso(c.value.start), iso(c.value.end)) for c in found if c.kind is Kind.DATE]
    assert got == expected
