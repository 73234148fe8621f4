"""Weekdays and lunar days as the time of figures (claims._daywords): 周六, 上周五, 下周二下午到
下周三白天, a forecast list 周一，…；周二，…, 除夕, 大年初一, 正月十五, a five-year plan
(“十四五”期间), a relative month's part (上月下旬); and the first days of a holiday
(假期前三天) as one period with no duration claim.

Rows are (text, publication date, figure, time start, time end): the ``TimeRef`` of the claim
whose text is ``figure``. Tables are grouped by provenance: real fragments (their URL in a
comment) and own sentences in the style of news, weather and travel reports.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import claims
from claims.models import Kind, Source

_CST = timezone(timedelta(hours=8))


def _time(text: str, published: date, figure: str) -> tuple[str | None, str | None]:
    """The time (start, end as ISO strings) of the claim ``figure`` of ``text``."""
    src = Source.from_text(
        text, published=datetime(published.year, published.month, published.day, 10, tzinfo=_CST)
    )
    found = [c for c in claims.extract(text, src) if c.text == figure]
    assert found, f"no claim {figure!r}"
    t = found[0].time
    assert t is not None
    iso = lambda d: None if d is None else str(d)  # noqa: E731
    return iso(t.start), iso(t.end)


TUE = date(2024, 12, 31)  # a Tuesday
SUN = date(2019, 10, 13)  # a Sunday

WEEKDAYS = [
    # http://zhld.com/szb/wbpc/col/201910/14/content_80717.html (2019-10-14, 10月13日讯):
    # 具体预报如下:周一,多云到阴天,…,14~18℃;周二,多云间晴天,…,11~17℃
    pytest.param(
        "具体预报如下：周一，多云到阴天，14~18℃；周二，多云间晴天，11~17℃。", SUN, "11~17℃",
        "2019-10-15", "2019-10-15", id="real-forecast-list-zhouer",
    ),
    # https://weather.com.cn/chongqing/qxfwcp/ldpgcp/03/3447471.shtml: 本周六,…最高气温将升至28℃
    pytest.param(
        "本周六，我市大部地区天气较好，最高气温将升至28℃。", TUE, "28℃",
        "2025-01-04", "2025-01-04", id="real-benzhouliu",
    ),
    pytest.param(
        "周六，全市接待游客3.2万人次。", TUE, "3.2万人次", "2024-12-28", "2024-12-28",
        id="own-bare-past",
    ),
    pytest.param(
        "预计周六，全市最高气温将降至5℃。", TUE, "5℃", "2025-01-04", "2025-01-04",
        id="own-bare-future",
    ),
    pytest.param(
        "周六，全市接待游客3.2万人次，预计周日将达到4万人次。", TUE, "3.2万人次", "2024-12-28",
        "2024-12-28", id="own-report-then-forecast",
    ),
    pytest.param(
        "周六，全市接待游客3.2万人次，预计周日将达到4万人次。", TUE, "4万人次", "2025-01-05",
        "2025-01-05", id="own-forecast-after-report",
    ),
    pytest.param(
        "周六，全市将迎来降温，最低气温2℃。", TUE, "2℃", "2025-01-04", "2025-01-04",
        id="own-future-in-next-clause",
    ),
    pytest.param(
        "上周五，该市成交住宅820套。", TUE, "820套", "2024-12-27", "2024-12-27",
        id="own-shangzhouwu",
    ),
    pytest.param(
        "星期天，景区接待游客2万人次。", TUE, "2万人次", "2024-12-29", "2024-12-29",
        id="own-xingqitian",
    ),
    pytest.param(
        "下周二下午到下周三白天，全市将有中到大雨，过程雨量20毫米。", TUE, "20毫米",
        "2025-01-07", "2025-01-08", id="own-range-next-week",
    ),
    pytest.param(
        "今明两天，全市将有中到大雨，累计雨量30毫米。", TUE, "30毫米", "2024-12-31",
        "2025-01-01", id="own-jinming-liangtian",
    ),
    pytest.param(
        "昨夜今晨，全市普降暴雨，平均雨量56毫米。", TUE, "56毫米", "2024-12-30", "2024-12-31",
        id="own-zuoye-jinchen",
    ),
    pytest.param(
        "今天夜里到明天白天，全市阴有小雨，气温8～12℃。", TUE, "8～12℃", "2024-12-31",
        "2025-01-01", id="own-jintian-yeli-dao-mingtian",
    ),
    pytest.param(
        "今天上午10时，全市最高气温达到30℃。", TUE, "30℃", "2024-12-31", "2024-12-31",
        id="own-jintian-shangwu-clock",
    ),
    pytest.param(
        "上月下旬，全市新增城镇就业1.2万人。", TUE, "1.2万人", "2024-11-21", "2024-11-30",
        id="own-shangyue-xiaxun",
    ),
    pytest.param(
        "本月中国银行发布的数据显示，存款增长5%。", TUE, "5%", "2024-12-01", "2024-12-31",
        id="own-benyue-not-zhong",
    ),
    pytest.param(
        "12月28日（周六），全市接待游客3万人次。", TUE, "3万人次", "2024-12-28", "2024-12-28",
        id="own-date-then-weekday",
    ),
    # http://hquzi.cn/content/t4ojkm8d6ytnl13bn58j.html: 北京:周六、周日均为晴天,气温最高将达25℃
    pytest.param(
        "北京：周六、周日均为晴天，气温最高将达25℃，早晚温差较大。", TUE, "25℃",
        "2025-01-04", "2025-01-05", id="real-weekend-pair",
    ),
    # http://zhld.com/szb/wbpc/col/201910/14/content_80717.html: 到本周末,最高气温将达到26℃
    pytest.param(
        "周四开始我市天气转晴，到本周末，最高气温将达到26℃。", SUN, "26℃",
        "2019-10-12", "2019-10-13", id="real-benzhoumo",
    ),
    pytest.param(
        "周六日两天，全市共接待游客50万人次。", TUE, "50万人次", "2024-12-28", "2024-12-29",
        id="own-zhouliuri",
    ),
    pytest.param(
        "上周末，全市共接待游客42万人次。", TUE, "42万人次", "2024-12-28", "2024-12-29",
        id="own-shangzhoumo",
    ),
]  # fmt: skip

LUNAR = [
    # http://www.ghqlgyb.cn/tour/lvyou/1944637.html: 初六(2月21日)達到假日旅客返程高峰 (2018)
    pytest.param(
        "正月初七，返程客流达到高峰，发送旅客30万人次。", date(2024, 2, 20), "30万人次",
        "2024-02-16", "2024-02-16", id="own-zhengyue-chuqi",
    ),
    pytest.param(
        "除夕，全市共接待游客5万人次。", date(2024, 2, 20), "5万人次",
        "2024-02-09", "2024-02-09", id="own-chuxi",
    ),
    pytest.param(
        "正月十五，元宵灯会接待游客10万人次。", date(2025, 2, 20), "10万人次",
        "2025-02-12", "2025-02-12", id="own-zhengyue-shiwu",
    ),
    # https://daluzixun.com/news/1708312393095199: 2月13日(農曆正月初四),路網車流量達到487萬輛次
    pytest.param(
        "2月13日(农历正月初四)，路网车流量达到487万辆次。", date(2024, 2, 17), "487万辆次",
        "2024-02-13", "2024-02-13", id="real-date-then-lunar",
    ),
    pytest.param(
        "春节期间，除夕至正月初六，全市接待游客120万人次。", date(2025, 2, 10), "120万人次",
        "2025-01-28", "2025-02-03", id="own-chuxi-to-chuliu",
    ),
    pytest.param(
        "正月初二至初五，全市接待游客80万人次。", date(2025, 2, 10), "80万人次",
        "2025-01-30", "2025-02-02", id="own-chuer-to-chuwu",
    ),
    pytest.param(
        "“十四五”期间，全省城镇新增就业120万人。", date(2024, 3, 1), "120万人",
        "2021-01-01", "2025-12-31", id="own-shisiwu-qijian",
    ),
    pytest.param(
        "十三五时期，全市地区生产总值年均增长7.2%。", date(2024, 3, 1), "7.2%",
        "2016-01-01", "2020-12-31", id="own-shisanwu-shiqi",
    ),
    pytest.param(
        "元宵节当晚，灯会共接待游客15万人次。", date(2025, 2, 20), "15万人次",
        "2025-02-12", "2025-02-12", id="own-yuanxiaojie",
    ),
    pytest.param(
        "中秋节前一天，全市鲜花销量同比增长20%。", date(2024, 10, 8), "20%",
        "2024-09-16", "2024-09-16", id="own-zhongqiu-eve",
    ),
    pytest.param(
        "国庆七天假期，全市接待游客520万人次。", date(2024, 10, 8), "520万人次",
        "2024-10-01", "2024-10-07", id="own-guoqing-qitian-jiaqi",
    ),
    pytest.param(
        "元旦假期前两天，全市接待游客80万人次。", date(2024, 1, 2), "80万人次",
        "2023-12-30", "2023-12-31", id="own-holiday-first-two-days",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "figure", "start", "end"), WEEKDAYS + LUNAR)
def test_day_word_is_the_figures_time(
    text: str, published: date, figure: str, start: str, end: str
) -> None:
    """A weekday or lunar day before a figure is its time, counted from the publication date."""
    assert _time(text, published, figure) == (start, end)


NO_WEEKDAY = [
    pytest.param("该馆周一至周五开放，每周六闭馆，年接待游客3万人次。", "3万人次", id="schedule"),
    pytest.param("上周日均成交量为1200套。", "1200套", id="daily-average"),
    pytest.param("每周三次，全年共开展培训150场。", "150场", id="times-a-week"),
    pytest.param("该馆每周六、周日闭馆，年接待游客3万人次。", "3万人次", id="closed-every-weekend"),
    pytest.param("其中，周一、周三我市将有降水，过程雨量20毫米。", "20毫米", id="days-apart"),
    pytest.param("周一鸣表示，该厂产量达到300万吨。", "300万吨", id="name-zhou-yiming"),
    pytest.param("周天宇介绍，景区接待游客3万人次。", "3万人次", id="name-zhou-tian"),
]


@pytest.mark.parametrize(("text", "figure"), NO_WEEKDAY)
def test_no_weekday_time(text: str, figure: str) -> None:
    """A schedule, a week's daily average, a frequency or a person's name names no weekday
    as the time."""
    start, end = _time(text, TUE, figure)
    assert start is None or (start, end) == ("2024-12-23", "2024-12-29")


@pytest.mark.parametrize(
    "text",
    [
        "正月十五，元宵灯会接待游客10万人次。",
        "国庆假期前三天，全市接待游客120万人次。",
        "农历八月十五，全市接待游客20万人次。",
        "腊月二十三，全市发送旅客8万人次。",
        "下周三起，气温将回升，全市接待游客3万人次。",
    ],
)
def test_no_count_in_day_words(text: str) -> None:
    """The numerals of a lunar date (also of an unresolved lunar month: 农历八月, 腊月), of a
    weekday (下周三起: no count 三起) and of a holiday's first days are no count or
    duration."""
    kinds = [(c.kind, c.text) for c in claims.extract(text)]
    assert all(k not in (Kind.COUNT, Kind.DURATION) or "万" in t for k, t in kinds)


def test_unlisted_year_gives_no_lunar_time() -> None:
    """A lunar day in a year whose Spring Festival is not listed gives no period (never a count)."""
    assert _time("大年初一，景区接待游客5万人次。", date(2010, 2, 20), "5万人次")[0] is None
