"""Time in force for figures whose sentence states no date: a bulletin heading ending in a colon
(2019年全国粮食播种面积、…如下：) gives its year to the list items after it, and a holiday named
with its year in a report's first sentence (公布2024年国庆节假期…情况。) is the period of the
figures after it (claims._completion).

Rows are grouped by provenance: sentences adapted from real pages (URL in a comment; figures
kept where the test needs them) and sentences written for these tests.
"""

from __future__ import annotations

import datetime

import claims

# http://m.ytjhdl.cn/xw/tjsj/681580.html (the national grain bulletin, shortened)
_GRAIN = (
    "据对全国31个省（区、市）的抽样调查，2019年全国粮食播种面积、单位面积产量、总产量如下：\n"
    "一、全国粮食播种面积116064千公顷，比2018年减少975千公顷，下降0.8%。\n"
    "二、全国粮食单位面积产量5720公斤/公顷，比2018年增加98.4公斤/公顷。\n"
    "三、全国粮食总产量66384万吨，比2018年增加594万吨，增长0.9%。"
)
# http://m.zgkjsz.com/page/2024/1104/24625001.shtml (a holiday travel report)
_HOLIDAY = (
    "文化和旅游部10月8日公布2024年国庆节假期文化和旅游市场情况。"
    "全国国内出游7.65亿人次，按可比口径同比增长5.9%。"
)


def _claim(text: str, surface: str) -> claims.Claim:
    """The claim of ``text`` whose surface is ``surface``."""
    return next(c for c in claims.extract(text) if c.text == surface)


def test_heading_year_reaches_the_first_list_item() -> None:
    """一、全国粮食播种面积116064千公顷 after a heading 2019年…如下： is of 2019."""
    time = _claim(_GRAIN, "116064千公顷").time
    assert (time.start if time else None) == datetime.date(2019, 1, 1)


def test_heading_year_reaches_a_later_list_item() -> None:
    """三、全国粮食总产量66384万吨, two items after the heading, is of 2019 too."""
    time = _claim(_GRAIN, "66384万吨").time
    assert (time.end if time else None) == datetime.date(2019, 12, 31)


def test_item_with_its_own_year_keeps_it() -> None:
    """A paragraph after the list that states its own year is not the heading's."""
    text = _GRAIN + "\n2020年全国粮食总产量66949万吨。"
    time = _claim(text, "66949万吨").time
    assert (time.start if time else None) == datetime.date(2020, 1, 1)


def test_paragraph_without_a_heading_takes_no_year_from_before() -> None:
    """A paragraph after one that ends in a full stop, not a colon, gets no year from it."""
    text = "2019年全国粮食总产量再创新高。\n全省粮食总产量520万吨。"
    time = _claim(text, "520万吨").time
    assert time is None or time.text != "2019年"


def test_holiday_named_in_the_first_sentence_is_the_period() -> None:
    """全国国内出游7.65亿人次 after 公布2024年国庆节假期…情况。 is of that holiday."""
    time = _claim(_HOLIDAY, "7.65亿人次").time
    assert (time.start if time else None) == datetime.date(2024, 10, 1)


def test_holiday_report_traditional_script() -> None:
    """The same report in traditional characters: the holiday's period, the change of 出遊."""
    text = (
        "文化和旅游部10月8日公布2024年國慶節假期文化和旅遊市場情況。"
        "全國國內出遊7.65億人次，按可比口徑同比增長5.9%。"
    )
    c = _claim(text, "5.9%")
    assert (c.time.start if c.time else None, c.metric) == (datetime.date(2024, 10, 1), "國內出遊")


def test_an_asides_day_is_not_the_next_figures() -> None:
    """15-17℃ after （昨日最高32℃） is today's, as 31℃ before the aside is."""
    c = _claim("今天全市最高气温31℃（昨日最高32℃），各区普遍在15-17℃。", "15-17℃")
    assert (c.time.text if c.time else None, c.subject, c.metric) == ("今天", "各区", "最高气温")


def test_a_bracket_restating_the_day_is_the_day() -> None:
    """截至昨日（31日）: the bracket names the day itself, the figure after it is of 31日."""
    c = _claim("截至昨日（31日），全省受灾人口99.4万人。", "99.4万人")
    assert (c.time.text if c.time else None) == "31日"


def _times(text: str, surfaces: tuple[str, ...]) -> list[str | None]:
    """The time texts of the claims of ``text`` with these surfaces, in order."""
    found = {c.text: c for c in claims.extract(text)}
    return [t.text if (t := found[s].time) else None for s in surfaces]


def test_dates_listed_before_fenbie_part_the_figures() -> None:
    """一季度、二季度分别为5.3%和4.7%: the second figure is of 二季度, the first of 一季度."""
    assert _times("一季度、二季度分别为5.3%和4.7%。", ("5.3%", "4.7%")) == ["一季度", "二季度"]


def test_years_listed_before_fenbie_part_the_figures() -> None:
    """2022年、2023年全市地区生产总值分别为…: each figure is of its year."""
    text = "2022年、2023年全市地区生产总值分别为1000亿元和1100亿元。"
    assert _times(text, ("1000亿元", "1100亿元")) == ["2022年", "2023年"]
