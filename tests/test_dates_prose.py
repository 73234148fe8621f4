"""Dates in running prose (claims/timex.py and its private modules): day words with the day in
brackets (昨(12)日, 前天（10日）), quarter ranges, clock ranges, traditional-script clocks
(5點鐘, 淩晨3時), N号 as a day, and an issuing body's sentence that is no dateline.

Rows are (text, surface, start, end, precision) of the date claims ``claims.extract`` gives
(no publication date: partial dates stay partial). Tables are grouped by provenance: real
fragments (their URL in a comment) and own sentences in the style of news and bulletins.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest

import claims
from claims import _datevalue, _prefilter
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


# A relative day word and its day in brackets: one date, the day (the word's bracket may also
# stand inside a one-character day word: 昨(12)日, 今（3）日, 明(13)天).
BRACKET_DAYS = [
    # https://tw.news.yahoo.com/ (氣象署, 2025-11-12): 明(13)天共有4個縣市風力達到停班課標準
    pytest.param(
        "明(13)天，共有4個縣市風力達到停班課標準。", "明(13)天", "---13", "---13", "day",
        id="real-ming-13-tian",
    ),
    # https://tw.news.yahoo.com/ (日本氣象廳, 2026-02-03): 今（3）日21時10分發布
    pytest.param(
        "日本氣象廳於台灣時間今（3）日21時10分發布，有熱帶性低氣壓生成。",
        "今（3）日21時10分", "---03", "---03", "minute", id="real-jin-3-ri-clock",
    ),
    pytest.param(
        "昨(12)日，全市共转移群众3200人。", "昨(12)日", "---12", "---12", "day",
        id="own-zuo-12-ri",
    ),
    pytest.param(
        "前天（10日）晚间，该县普降暴雨。", "10日", "---10", "---10", "day",
        id="own-qiantian-bracket",
    ),
    pytest.param(
        "次日（28日），全省新增确诊病例12例。", "28日", "---28", "---28", "day",
        id="own-ciri-bracket",
    ),
    pytest.param(
        "前日（10日）晚间，该县普降暴雨。", "10日", "---10", "---10", "day",
        id="own-qianri-bracket",
    ),
    pytest.param(
        "本月22号，全省共接待游客50万人次。", "22号", "---22", "---22", "day",
        id="own-benyue-22-hao",
    ),
]  # fmt: skip

# Clocks and days in traditional script read as their simplified forms (time_words.toml
# [date_fold]); the claim's text stays as written.
TRADITIONAL = [
    # https://www.ytbyz.com/ask/822468IRdwKRmGd (中央氣象臺, 2024-09-05): 今天早晨5點鐘其中心位於
    pytest.param(
        "今天早晨5點鐘其中心位於廣東徐聞東偏南方大約630公里的海面上",
        "早晨5點鐘", "T05", "T05", "hour", id="real-zaochen-5-dianzhong",
    ),
    # http://103.249.53.35/xwzx/bwkx/201208/t20120814_2914001.htm: 今天下午2時30分發佈
    pytest.param(
        "臺灣氣象局今天下午2時30分發佈海上颱風警報，警戒範圍為巴士海峽。",
        "下午2時30分", "T14:30", "T14:30", "minute", id="real-xiawu-2-shi-30",
    ),
    pytest.param(
        "11點15分，列车抵达北京站，车上有乘客1200人。", "11點15分", "T11:15", "T11:15",
        "minute", id="own-11-dian-15",
    ),
    pytest.param(
        "早8點，气温降至零下5度。", "早8點", "T08", "T08", "hour", id="own-zao-8-dian",
    ),
    # http://www.gdmsci.cn/article/jwZd5eH3UnSP.html (甘肃榆中): 到今天6點,累計降雨量已經達到195毫米
    pytest.param(
        "昨天傍晚出現強降雨,到今天6點,累計降雨量已經達到195毫米。", "今天6點", "T06", "T06",
        "hour", id="real-jintian-6-dian",
    ),
    pytest.param(
        "晚上9點半，大风风力达到10级。", "晚上9點半", "T21:30", "T21:30", "minute",
        id="own-wanshang-9-dianban",
    ),
    pytest.param(
        "淩晨3時，水位上涨到32.5米。", "淩晨3時", "T03", "T03", "hour", id="own-lingchen-3-shi",
    ),
    pytest.param(
        "截至22號18時，全省共转移群众2.1万人。", "22號18時", "---22", "---22", "hour",
        id="own-22-hao-18-shi",
    ),
    pytest.param(
        "8月22號，全省共接待游客50万人次。", "8月22號", "--08-22", "--08-22", "day",
        id="own-8-yue-22-hao",
    ),
    pytest.param("0—24時,報告新增", "0—24時", "T00", "T24", "hour", id="own-0-24-shi"),
    pytest.param(
        "２０２４年９月３日，全市接待游客５万人次。", "２０２４年９月３日", "2024-09-03",
        "2024-09-03", "day", id="own-fullwidth-date",
    ),
    pytest.param(
        "截至３日１８时，共转移群众１２００人。", "３日１８时", "---03", "---03", "hour",
        id="own-fullwidth-day-clock",
    ),
    pytest.param(
        "１４：００－２０：００，全市限行。", "１４：００－２０：００", "T14:00", "T20:00",
        "minute", id="own-fullwidth-colon-range",
    ),
]  # fmt: skip

# An issuing body's sentence about a warning (a heading line with no punctuation) is no
# publication stamp: its date is a claim.
ISSUE_LINES = [
    # https://read100.cn/topics/see/8333369 (a page heading)
    pytest.param(
        "标题\n中央气象台3月23日18时继续发布强对流天气蓝色预警\n正文",
        "3月23日18时", "--03-23", "--03-23", "hour", id="real-cma-heading",
    ),
    # http://liyi.mbahome.com/hy/2023/0728/13685.html (a page heading; the date opens it)
    pytest.param(
        "当前位置\n7月28日10时中央气象台继续发布台风红色预警\n正文",
        "7月28日10时", "--07-28", "--07-28", "hour", id="real-date-first-heading",
    ),
    pytest.param(
        "暴雨预警\n省气象台8日10时发布暴雨橙色预警信号\n正文",
        "8日10时", "---08", "---08", "hour", id="own-provincial-heading",
    ),
]  # fmt: skip


# Quarter ranges and Arabic quarters: the months of the quarters, precision quarter.
QUARTERS = [
    # http://www.sxoinv.com/a/xinxizhongxin/jingjiqingkuang/20131114/212.html (a table title)
    pytest.param(
        "2013年1-3季度国内生产总值初步核算结果如下", "2013年1-3季度", "2013-01-01",
        "2013-09-30", "quarter", id="real-2013-1-3-jidu",
    ),
    pytest.param(
        "1—3季度，全市地区生产总值增长5.2%。", "1—3季度", "--01", "--09", "quarter",
        id="own-1-3-jidu-dash",
    ),
    pytest.param(
        "一至三季度，全省规模以上工业增加值同比增长6.1%。", "一至三季度", "--01", "--09",
        "quarter", id="own-yi-zhi-san-jidu",
    ),
    pytest.param(
        "第一至三季度，全市地区生产总值增长5.2%。", "第一至三季度", "--01", "--09", "quarter",
        id="own-di-yi-zhi-san-jidu",
    ),
    pytest.param(
        "2023年3季度，全市GDP增长5%。", "2023年3季度", "2023-07-01", "2023-09-30", "quarter",
        id="own-2023-3-jidu",
    ),
    pytest.param(
        "今年前两个季度，全市GDP增长5%。", "前两个季度", "--01", "--06", "quarter",
        id="own-qian-liangge-jidu",
    ),
    pytest.param(
        "3季度末，生猪存栏1万头。", "3季度末", "--09", "--09", "month", id="own-3-jidu-mo",
    ),
]  # fmt: skip


# The hours of one day: one period, never a count (a day part before them moves both to the
# afternoon; a colon range is minute-precise).
CLOCK_RANGES = [
    # https://app.bjtitle.com/8816/newshow.php?did=867076049943998 (北京园博园, 2024-10-04)
    pytest.param(
        "灯会运营时间为每日16:00-23:00。", "16:00-23:00", "T16:00", "T23:00", "minute",
        id="real-colon-range",
    ),
    # https://drbdp.com/4-7819598.html: 东华门区域开放时间为9:00-16:30,限流500人/小时
    pytest.param(
        "东华门区域开放时间为9:00-16:30,限流500人/小时。", "9:00-16:30", "T09:00", "T16:30",
        "minute", id="real-colon-range-half-hour",
    ),
    pytest.param(
        "14:00至20:00，全市共出动救援人员500人。", "14:00至20:00", "T14:00", "T20:00",
        "minute", id="own-colon-range-zhi",
    ),
    pytest.param(
        "下午2时至5时，全市共出动救援人员500人。", "下午2时至5时", "T14", "T17", "hour",
        id="own-xiawu-shi-range",
    ),
    pytest.param(
        "凌晨2点到5点，全市降雨量达到60毫米。", "凌晨2点到5点", "T02", "T05", "hour",
        id="own-lingchen-dian-range",
    ),
    pytest.param(
        "晚上8点至12点，全市降雨量达到30毫米。", "晚上8点至12点", "T20", "T24", "hour",
        id="own-wanshang-to-midnight",
    ),
    pytest.param(
        "11~16时，全市降雨量达到60毫米。", "11~16时", "T11", "T16", "hour", id="own-tilde-shi",
    ),
    pytest.param(
        "22:00至06:00，禁止货车通行。", "22:00", "T22:00", "T22:00", "minute",
        id="own-over-midnight-keeps-its-start",
    ),
    pytest.param(
        "下午四时至六时，全市降雨量达到30毫米。", "下午四时至六时", "T16", "T18", "hour",
        id="own-chinese-hour-range",
    ),
    pytest.param(
        "下午三时许，全市接待游客5万人次。", "下午三时许", "T15", "T15", "hour",
        id="own-xiawu-san-shi-xu",
    ),
    pytest.param(
        "截至18点，共接待游客3万人次。", "18点", "T18", "T18", "hour", id="own-jiezhi-18-dian",
    ),
    pytest.param(
        "从8点到10点，共接待游客3万人次。", "8点到10点", "T08", "T10", "hour",
        id="own-cong-dian-range",
    ),
    pytest.param(
        "晚八时，全市接待游客5万人次。", "晚八时", "T20", "T20", "hour", id="own-wan-ba-shi",
    ),
]  # fmt: skip


# A bare day of the month with a colon clock, or before the verb of an event starting.
DAY_TIMES = [
    # http://www.afdelivr.top/govweb/gzdt/2006-07/25/content_345184.htm (福建, 2006-07-25)
    pytest.param(
        "同時,截至25日10:00統計,轉移陸地危險區域的人員11.56萬人。", "25日10:00", "---25",
        "---25", "minute", id="real-day-colon-clock",
    ),
    pytest.param(
        "7月9日15时30分至16时30分，全市降雨量达到30毫米。", "7月9日15时30分至16时30分",
        "--07-09", "--07-09", "minute", id="own-day-minute-range",
    ),
    pytest.param(
        "9日15:30至16:30，全市降雨量达到30毫米。", "9日15:30至16:30", "---09", "---09",
        "minute", id="own-bare-day-colon-range",
    ),
    pytest.param(
        "截至7月25日9:00時,全省海上船只已全部進港避風。", "7月25日9:00時", "--07-25",
        "--07-25", "minute", id="real-colon-clock-shi",
    ),
    # https://www.163.com/dy/article/JS9R58060514CRLH.html (新华社, 清明假期运输)
    pytest.param(
        "为期5天的铁路清明假期运输3日启动。", "3日", "---03", "---03", "day",
        id="real-3-ri-qidong",
    ),
    pytest.param(
        "展会3日开幕，共有参展商300家。", "3日", "---03", "---03", "day", id="own-3-ri-kaimu",
    ),
    pytest.param(
        "5月1日起至5月5日，全市接待游客5万人次。", "5月1日起至5月5日", "--05-01", "--05-05",
        "day", id="own-qi-zhi-range",
    ),
    pytest.param(
        "全省15日将迎来降雨，雨量20毫米。", "15日", "---15", "---15", "day", id="own-ri-jiang",
    ),
    pytest.param(
        "16至17日，全省有大雨，雨量50毫米。", "16至17日", "---16", "---17", "day",
        id="own-bare-day-range-opening",
    ),
    pytest.param(
        "受其影响，16至17日，全省有大雨。", "16至17日", "---16", "---17", "day",
        id="own-bare-day-range-after-comma",
    ),
    pytest.param(
        "预计15日至17日，全省有大雨。", "15日至17日", "---15", "---17", "day",
        id="own-yuji-day-range",
    ),
    # https://xywbxg.com (中新社, 交通运输部 2025-10-08): 1日至8日(国庆中秋假期),预计…
    pytest.param(
        "数据显示,1日至8日(国庆中秋假期),预计全社会跨区域人员流动量将达24.32亿人次。",
        "1日至8日", "---01", "---08", "day", id="real-day-range-before-bracket",
    ),
    pytest.param(
        "2024年9月至2025年3月，全市完成投资80亿元。", "2024年9月至2025年3月", "2024-09-01",
        "2025-03-31", "month", id="own-month-range-over-years",
    ),
    pytest.param(
        "5日午间，全市降雨量达到20毫米。", "5日", "---05", "---05", "day", id="own-ri-wujian",
    ),
    pytest.param(
        "预计22号到23号，全市有大雨。", "22号到23号", "---22", "---23", "day",
        id="own-hao-range",
    ),
    pytest.param(
        "3日（周二）上午，全市接待游客5万人次。", "3日", "---03", "---03", "day",
        id="own-day-weekday-bracket",
    ),
    pytest.param(
        "22号当天，全市接待游客8万人次。", "22号", "---22", "---22", "day",
        id="own-hao-dangtian",
    ),
    pytest.param(
        "22号以来，全省累计降雨120毫米。", "22号", "---22", "---22", "day", id="own-hao-yilai",
    ),
    pytest.param(
        "22号当晚，全省转移群众3000人。", "22号", "---22", "---22", "day", id="own-hao-dangwan",
    ),
]  # fmt: skip


# Month ranges with 月 on both ends or in Chinese digits, and ranges of parts of months.
MONTH_RANGES = [
    pytest.param(
        "1月至10月，全省GDP增长5%。", "1月至10月", "--01", "--10", "month",
        id="own-1-yue-zhi-10-yue",
    ),
    pytest.param(
        "一至十月，全省GDP增长5%。", "一至十月", "--01", "--10", "month", id="own-yi-zhi-shi-yue",
    ),
    pytest.param(
        "2024年1月至10月份，全省GDP增长5%。", "2024年1月至10月份", "2024-01-01", "2024-10-31",
        "month", id="own-2024-yue-zhi-yue",
    ),
    pytest.param(
        "7月下旬至8月上旬，全省平均气温28.5℃。", "7月下旬至8月上旬", "--07-21", "--08-10",
        "xun", id="own-xun-range",
    ),
    pytest.param(
        "9月底至10月初，全省降雨偏多3成。", "9月底至10月初", "--09-21", "--10-10", "xun",
        id="own-di-zhi-chu",
    ),
    pytest.param(
        "10月上中旬，全市降雨量偏多3成。", "10月上中旬", "--10-01", "--10-20", "xun",
        id="own-shang-zhong-xun",
    ),
    pytest.param(
        "9月下半月至10月上旬，全市降雨偏多。", "9月下半月至10月上旬", "--09-16", "--10-10",
        "xun", id="own-xia-ban-yue",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "precision"),
    BRACKET_DAYS + TRADITIONAL + ISSUE_LINES + QUARTERS + CLOCK_RANGES + DAY_TIMES + MONTH_RANGES,
)
def test_first_date_of_prose(text: str, surface: str, start: str, end: str, precision: str) -> None:
    """The first date claim of the text has the expected surface, bounds and precision."""
    found = _dates(text)
    assert found, f"no date in {text!r}"
    assert found[0] == (surface, start, end, precision)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("昨(12)日，全市共转移群众3200人。", "昨(12)日", id="own-bracket-day"),
        pytest.param("本月22号，全省共接待游客50万人次。", "22号", id="own-benyue-hao"),
    ],
)
def test_bracketed_day_is_no_count(text: str, surface: str) -> None:
    """The day in a day word's bracket is the date's, never a count of its own."""
    found = [(c.kind, c.text) for c in claims.extract(text)]
    assert (Kind.DATE, surface) in found
    assert not any(kind is Kind.COUNT and text_.isdigit() for kind, text_ in found)


def test_day_word_bracket_needs_a_day_word() -> None:
    """A bracketed number after a character that starts no day word (共(12)日) stays no date."""
    assert _dates("共(12)日，") == []


@pytest.mark.parametrize(
    "text",
    [
        "标题\n\n2024-09-03 16:23:48北京日报客户端\n\n正文",
        "标题\n2024年9月3日 10:20 发布于北京\n正文",
        "标题\n2024年9月3日10时 人民网\n正文",
    ],
    ids=["seed-stamp", "colon-clock-then-words", "hour-then-spaced-source"],
)
def test_publication_stamp_is_still_a_dateline(text: str) -> None:
    """A stamp line (date, clock, source name) stays set aside: it yields no claim."""
    assert claims.extract(text) == []


@pytest.mark.parametrize("text", ["1-3个季度", "连续3个季度增长", "三个季度", "4—5季度"], ids=str)
def test_quarter_counts_are_no_dates(text: str) -> None:
    """N个季度 counts quarters, and a range past the fourth quarter names none: no date."""
    assert _dates(text) == []


def test_prefiltered_dates_equal_plain_scan_with_brackets() -> None:
    """The prefiltered date scan finds the plain scan's matches around bracketed day words."""
    pieces = [*"0123456789一二十日天号时月年第至—-()（）共，。 ", "昨(", "今（", "明(", "后("]
    pieces += ["共(", ")日", "）天"]  # a day word's bracket, and one after no day word
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(3000)]
    pattern, pre = _datevalue.date_pattern(), _datevalue._prefilters()
    for text in texts:
        fast = _prefilter.finditer(pattern, pre, text, at_start=False)
        assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text)], text


@pytest.mark.parametrize(
    "text",
    ["3点至5点，比分3比5", "凌晨2点到5点半，", "指数截至收盘涨10点"],
    ids=["no-day-part", "half-hour-end", "index-points"],
)
def test_clock_range_needs_a_day_part_and_a_whole_hour(text: str) -> None:
    """N点至M点 is an hour range only after a day part and when M点 ends the range (not 5点半)."""
    assert not any(start.startswith("T") and start != end for _, start, end, _ in _dates(text))


@pytest.mark.parametrize(
    "text",
    [
        "持续3日启动",
        "他用了3日启动",
        "共3日将完成",
        "需要1至2日完成",
        "预计，1至2日内完成",
        "预计3日内完成",
        "于3日内完成",
        "用时3日、5日",
        "预计3日后到达",
    ],
    ids=[
        "chixu",
        "yong-le",
        "gong-jiang",
        "xuyao-range",
        "range-nei",
        "yuji-nei",
        "yu-nei",
        "listed-durations",
        "yuji-hou",
    ],
)
def test_days_counted_before_a_start_verb_stay_durations(text: str) -> None:
    """N日 after a duration verb (持续, 用了) counts days even before 启动: no date."""
    assert _dates(text) == []


@pytest.mark.parametrize(
    "text",
    ["3号到5号线", "1号至3号楼共有住户300户", "需要3日到5日", "持续3号到5号"],
    ids=["line-range", "building-range", "duration-range", "chixu-hao-range"],
)
def test_range_end_is_no_day_when_its_start_is_none(text: str) -> None:
    """The end of a range of N日/N号 whose start is no date (3号到5号线) is no date either."""
    assert _dates(text) == []


@pytest.mark.parametrize("text", ["三至五个月", "二至三月来", "一百二十月"], ids=str)
def test_chinese_month_counts_are_no_month_range(text: str) -> None:
    """N至M个月 and N至M月来 count months; a longer numeral before 月 names none: no date."""
    assert _dates(text) == []


def test_backward_xun_range_is_two_dates() -> None:
    """A range of month parts that runs backward (7月下旬至6月上旬) is read as its two parts."""
    assert [d[0] for d in _dates("7月下旬至6月上旬，")] == ["7月下旬", "6月上旬"]


@pytest.mark.parametrize("text", ["十二时，全市", "一时难以统计", "同时，全市"], ids=str)
def test_chinese_hour_alone_is_no_clock(text: str) -> None:
    """A Chinese hour with 时 and no day part before it (十二时, 一时) is no clock time."""
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("本月22号，全省共接待游客50万人次。", "2024-01-22", id="benyue-after-pub"),
        pytest.param("本月2号，全省共接待游客50万人次。", "2024-01-02", id="benyue-early-day"),
        pytest.param("上月5日，全市接待游客3万人次。", "2023-12-05", id="shangyue-over-year"),
    ],
)
def test_month_word_before_a_day_names_its_month(text: str, day: str) -> None:
    """A relative month word before a bare day (本月22号, 上月5日) gives the day its month,
    counted from the publication date (here 2024-01-28)."""
    src = Source.from_text(text, published=datetime(2024, 1, 28, 10, tzinfo=_CST))
    (found,) = [c for c in claims.extract(text, src) if c.kind is Kind.DATE]
    assert str(found.value.start) == day  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "time_text", "start", "end"),
    [
        pytest.param(
            "國慶假期，全市接待遊客800萬人次。", "國慶假期", "2024-10-01", "2024-10-07",
            id="trad-guoqing-holiday",
        ),
        pytest.param(
            "昨天8時至今天8時，全市降雨56毫米。", "昨天8時至今天8時", "2024-10-07", "2024-10-08",
            id="trad-day-hours",
        ),
    ],
)  # fmt: skip
def test_traditional_relative_time_is_the_figures_time(
    text: str, time_text: str, start: str, end: str
) -> None:
    """A relative time in traditional script (國慶假期, 昨天8時至今天8時) is read as its
    simplified form and kept as written: the figure's time (published 2024-10-08)."""
    src = Source.from_text(text, published=datetime(2024, 10, 8, 10, tzinfo=_CST))
    (figure,) = [c for c in claims.extract(text, src) if c.kind is not Kind.DATE]
    assert figure.time is not None
    got = (figure.time.text, str(figure.time.start), str(figure.time.end))
    assert got == (time_text, start, end)


@pytest.mark.parametrize(
    ("text", "time_text", "start", "end"),
    [
        pytest.param(
            "国庆假期第三天，全国铁路发送旅客1500万人次。", "国庆假期第三天", "2024-10-03",
            "2024-10-03", id="own-holiday-third-day",
        ),
        pytest.param(
            "国庆假期首日，全国铁路发送旅客1500万人次。", "国庆假期首日", "2024-10-01",
            "2024-10-01", id="own-holiday-first-day",
        ),
        pytest.param(
            "2024年国庆假期第二天，全国铁路发送旅客1500万人次。", "国庆假期第二天",
            "2024-10-02", "2024-10-02", id="own-year-holiday-second-day",
        ),
        pytest.param(
            "国庆假期前三天，全国铁路发送旅客4500万人次。", "国庆假期前三天", "2024-10-01",
            "2024-10-03", id="own-holiday-first-three-days",
        ),
        pytest.param(
            "国庆假期第九天，全国铁路发送旅客1500万人次。", "国庆假期第九天", "None", "None",
            id="own-holiday-past-its-end",
        ),
        # https://m.163.com/news/article/JDE4CO6B05198CJN.html: 9月30日(国庆假期前一天)
        pytest.param(
            "国庆假期前一天，全社会跨区域人员流动量22374.8万人次。", "国庆假期前一天",
            "2024-09-30", "2024-09-30", id="real-holiday-eve",
        ),
    ],
)  # fmt: skip
def test_day_of_a_holiday_is_the_figures_time(
    text: str, time_text: str, start: str, end: str
) -> None:
    """假期第N天 / 首日 / 前N天 is that day (those days) of the holiday's days off, 前一天 the
    day before them: the figure's time (published 2024-10-08); a day past the holiday's end
    keeps the words only."""
    src = Source.from_text(text, published=datetime(2024, 10, 8, 10, tzinfo=_CST))
    figure = [c for c in claims.extract(text, src) if c.kind is Kind.COUNT][-1]
    assert figure.time is not None
    got = (figure.time.text, str(figure.time.start), str(figure.time.end))
    assert got == (time_text, start, end)


def test_range_after_zi_is_a_period_not_a_start() -> None:
    """自4月3日至4月7日 is the period of the figures after it, not a start running to now."""
    text = "自4月3日至4月7日，全国铁路预计发送旅客8450万人次。"
    src = Source.from_text(text, published=datetime(2024, 4, 10, 10, tzinfo=_CST))
    (figure,) = [c for c in claims.extract(text, src) if c.kind is Kind.COUNT]
    assert figure.time is not None
    assert (str(figure.time.start), str(figure.time.end)) == ("2024-04-03", "2024-04-07")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        pytest.param("19日、20日两天，全省有大雨。", ["19日", "20日"], id="own-ri-list"),
        pytest.param("19日和20日，全省有大雨。", ["19日", "20日"], id="own-ri-he-ri"),
        pytest.param("7月19日、20日，全省有大雨。", ["7月19日", "20日"], id="own-md-list"),
        pytest.param("7月19、20日，全省有大雨。", ["7月19", "20日"], id="own-md-bare-list"),
        pytest.param(
            "7月19日、20日和21日，全省有大雨。", ["7月19日", "20日", "21日"], id="own-md-three",
        ),
    ],
)  # fmt: skip
def test_listed_days_are_dates(text: str, days: list[str]) -> None:
    """Days listed after a day (19日、20日, 7月19、20日, 19日和20日) are days, not durations."""
    assert [d[0] for d in _dates(text)] == days


@pytest.mark.parametrize("text", ["农历八月十五，景区接待游客3万人次。", "阴历三月初三"], ids=str)
def test_lunar_month_is_no_calendar_month(text: str) -> None:
    """A month after 农历/阴历 is a lunar month: no calendar date (八月 is not --08)."""
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("上周，全市共接待游客8万人次。", "2024-12-23", "2024-12-29", id="shangzhou"),
        pytest.param(
            "上週，全市共接待遊客8萬人次。", "2024-12-23", "2024-12-29", id="trad-shangzhou"
        ),
        pytest.param("下周，全市将迎来降温，降幅8℃。", "2025-01-06", "2025-01-12", id="xiazhou"),
    ],
)
def test_relative_week_is_monday_to_sunday(text: str, start: str, end: str) -> None:
    """上周 / 下周 name the week (Monday to Sunday) before or after the publication date's
    (here Tuesday 2024-12-31): the figure's time."""
    src = Source.from_text(text, published=datetime(2024, 12, 31, 10, tzinfo=_CST))
    (figure,) = [c for c in claims.extract(text, src) if c.kind is not Kind.DATE]
    assert figure.time is not None
    assert (str(figure.time.start), str(figure.time.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("客流赶超2019年同期水平", "date"),  # 赶超 = catch up with: no duration lead
        ("客流超2019年同期", "date"),  # the same period of 2019, whatever stands before
        ("历史超2000年", "duration"),  # over 2000 years
        ("长达1000年", "duration"),
    ],
    ids=str,
)
def test_year_with_a_period_word_is_a_year(text: str, kind: str) -> None:
    """NNNN年 before 同期 names a year; 赶超 is no duration lead; 超2000年 alone counts years."""
    [c] = claims.extract(text)
    assert c.kind.value == kind


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("正午十二時，氣溫升至30度", "正午十二時", "T12"),  # 正午 is a day part like 中午
        ("集團16日發布公告", "16日", "---16"),  # 發布 (traditional) after a day: the day
        ("展會3日開幕", "3日", "---03"),
    ],
    ids=str,
)
def test_traditional_event_verbs_and_noon(text: str, surface: str, start: str) -> None:
    """Noon words and traditional event verbs read as their simplified forms do."""
    assert _dates(text)[0][:2] == (surface, start)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("二零二二年十一月至二零二三年一月的失业率为3.5%", "2022-11-01", "2023-01-31"),
        ("二〇一九年十二月至二〇二〇年二月", "2019-12-01", "2020-02-29"),
    ],
    ids=str,
)
def test_month_range_into_a_later_year_in_chinese_numerals(text: str, start: str, end: str) -> None:
    """A three-month period written in Chinese numerals across a year end is one date (Hong Kong
    labour statistics: 二零二二年十一月至二零二三年一月)."""
    assert _dates(text)[0][1:3] == (start, end)


def test_arabic_zero_among_chinese_year_digits() -> None:
    """Hong Kong print writes 二00二年 with Arabic zeros: one year, never the counts 二 and 00."""
    assert _dates("二00二年十月至十二月的失业率为7.2%")[0][1:3] == ("2002-10-01", "2002-12-31")
    assert [c.text for c in claims.extract("共200人")] == ["200人"]
