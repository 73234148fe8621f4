"""Time expressions (claims/timex.py): which strings are dates, their values and precision.

Tables are grouped by provenance: the seed article, the issue, and own sentences from news,
statistics bulletins and weather reports. Each row is (text, surface, start, end, precision);
``start``/``end`` are ISO strings (``date.isoformat()`` for known years, partials as written).
NOT_DATES lists durations and numbers that must not be read as dates. XFAIL lists known gaps.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.models import Claim, Kind, Source, Span, Value
from claims.timex import Timeline, find_dates

SEED = [
    pytest.param(
        "2001年加入新浪集团", "2001年", "2001-01-01", "2001-12-31", "year", id="seed-2001"
    ),
    pytest.param(
        "2024-09-03 16:23:48北京日报客户端",
        "2024-09-03 16:23:48",
        "2024-09-03",
        "2024-09-03",
        "second",
        id="seed-dateline-stamp",
    ),
    pytest.param(
        "从 2015 年开始,她牵头",
        "2015 年",
        "2015-01-01",
        "2015-12-31",
        "year",
        id="seed-spaced-year",
    ),
    pytest.param(
        "2022年初,她带领团队",
        "2022年初",
        "2022-01-01",
        "2022-03-31",
        "year_part",
        id="seed-2022-nianchu",
    ),
]
ISSUE = [
    pytest.param("2011年7月6日", "2011年7月6日", "2011-07-06", "2011-07-06", "day", id="ymd"),
    pytest.param("9月3日上午", "9月3日", "--09-03", "--09-03", "day", id="md-partial"),
    pytest.param("2024-09-03", "2024-09-03", "2024-09-03", "2024-09-03", "day", id="iso"),
    pytest.param("2024年9月", "2024年9月", "2024-09-01", "2024-09-30", "month", id="ym"),
    pytest.param("1-7月份", "1-7月份", "--01", "--07", "month", id="month-range-fen"),
    pytest.param("1至7月", "1至7月", "--01", "--07", "month", id="month-range-zhi"),
    pytest.param("2024年上半年", "2024年上半年", "2024-01-01", "2024-06-30", "half", id="half"),
    pytest.param("下半年", "下半年", "--07", "--12", "half", id="half-partial"),
    pytest.param("一季度", "一季度", "--01", "--03", "quarter", id="q1-partial"),
    pytest.param(
        "2024年第一季度", "2024年第一季度", "2024-01-01", "2024-03-31", "quarter", id="q1-di"
    ),
    pytest.param("2023年底", "2023年底", "2023-10-01", "2023-12-31", "year_part", id="niandi"),
    pytest.param(
        "二〇二四年九月三日",
        "二〇二四年九月三日",
        "2024-09-03",
        "2024-09-03",
        "day",
        id="chinese-digits",
    ),
    pytest.param("80年代", "80年代", "1980-01-01", "1989-12-31", "decade", id="decade-80"),
    pytest.param("1990年代", "1990年代", "1990-01-01", "1999-12-31", "decade", id="decade-1990"),
]
OWN = [
    # statistics bulletins (统计公报)
    pytest.param(
        "2023年末全国人口140967万人",
        "2023年末",
        "2023-10-01",
        "2023-12-31",
        "year_part",
        id="bulletin-nianmo",
    ),
    pytest.param(
        "2024年1-7月份,全国规模以上工业",
        "2024年1-7月份",
        "2024-01-01",
        "2024-07-31",
        "month",
        id="bulletin-year-month-range",
    ),
    pytest.param(
        "前三季度国内生产总值", "前三季度", "--01", "--09", "quarter", id="bulletin-q1-q3"
    ),
    pytest.param(
        "2019-2023年年均增长",
        "2019-2023年",
        "2019-01-01",
        "2023-12-31",
        "year",
        id="bulletin-year-range",
    ),
    # weather and disaster reports
    pytest.param(
        "7月下旬以来,华北出现强降雨", "7月下旬", "--07-21", "--07-31", "xun", id="weather-xun"
    ),
    pytest.param(
        "2023年7月29日至8月1日",
        "2023年7月29日至8月1日",
        "2023-07-29",
        "2023-08-01",
        "day",
        id="disaster-cross-month-range",
    ),
    # news
    pytest.param(
        "2024年9月3日 8:30发布",
        "2024年9月3日 8:30",
        "2024-09-03",
        "2024-09-03",
        "minute",
        id="news-with-clock",
    ),
    pytest.param(
        "上世纪八十年代",
        "上世纪八十年代",
        "1980-01-01",
        "1989-12-31",
        "decade",
        id="news-cn-decade",
    ),
    pytest.param("21世纪以来", "21世纪", "2001-01-01", "2100-12-31", "century", id="century"),
]

# review of real prose: clock times are date mentions (rule timex.clock). After a day they keep
# the day with precision hour/minute/second; alone they are ISO times (T18, T09:30, T15).
CLOCKS = [
    pytest.param(
        "截至7月31日18时，全省", "7月31日18时", "--07-31", "--07-31", "hour", id="md-hour"
    ),
    pytest.param(
        "截至8月2日12时", "8月2日12时", "--08-02", "--08-02", "hour", id="disaster-md-hour"
    ),
    pytest.param(
        "2024年7月15日06时发布",
        "2024年7月15日06时",
        "2024-07-15",
        "2024-07-15",
        "hour",
        id="ymd-hour",
    ),
    pytest.param(
        "7月31日下午3点", "7月31日下午3点", "--07-31", "--07-31", "hour", id="md-day-part"
    ),
    pytest.param("9时30分出发", "9时30分", "T09:30", "T09:30", "minute", id="shi-fen"),
    pytest.param("当日18时许", "18时许", "T18", "T18", "hour", id="shi-xu"),
    pytest.param("上午9点30分开会", "上午9点30分", "T09:30", "T09:30", "minute", id="am-dian-fen"),
    pytest.param("下午3点开会", "下午3点", "T15", "T15", "hour", id="pm-dian"),
    pytest.param("中午1点", "中午1点", "T13", "T13", "hour", id="noon-dian"),
    pytest.param("3点半集合", "3点半", "T03:30", "T03:30", "minute", id="dian-ban"),
    pytest.param("九时三十分", "九时三十分", "T09:30", "T09:30", "minute", id="chinese-clock"),
    pytest.param("16:23发布", "16:23", "T16:23", "T16:23", "minute", id="colon"),
    pytest.param("16:23:48", "16:23:48", "T16:23:48", "T16:23:48", "second", id="colon-seconds"),
    # round three (own sentences): 晚 alone is an evening; N点M after a day part is a clock
    pytest.param(
        "晚九点十分，共有3人受伤", "晚九点十分", "T21:10", "T21:10", "minute", id="wan-fen"
    ),
    pytest.param(
        "晚八点二十左右，共有5人受伤",
        "晚八点二十左右",
        "T20:20",
        "T20:20",
        "minute",
        id="wan-dian-m",
    ),
    pytest.param(
        "截至9月29日晚21:10，共转移群众1200人",
        "9月29日晚21:10",
        "--09-29",
        "--09-29",
        "minute",
        id="md-wan-colon",
    ),
    pytest.param(
        "6月17日14时至20时，全市出现强降雨",
        "6月17日14时至20时",
        "--06-17",
        "--06-17",
        "hour",
        id="md-shi-to-shi",
    ),
    # https://m.shelfshift.com/guangdong/news/14d999908.html (北京暴雨, 2024): hour ranges
    pytest.param("城区最近一小时(17时至18时)最大降水量", "17时至18时", "T17", "T18", "hour",
                 id="real-beijing-shi-to-shi"),
    pytest.param("9日15时至16时以及16时至17时,大兴定福庄", "9日15时至16时", "---09", "---09",
                 "hour", id="real-beijing-day-shi-to-shi"),
]
NOT_CLOCKS = [
    pytest.param("3点建议", id="dian-without-day-part"),
    pytest.param("18时间", id="shijian"),
    pytest.param("一时难以判断", id="yishi-idiom"),
    pytest.param("24小时坚守岗位", id="hours-duration"),
    pytest.param("三次产业结构为5.0:40.0:55.0", id="ratio-not-clock"),
    pytest.param("第三点", id="third-point"),
    pytest.param("贰—3时", id="fuzz-financial-range-end"),
]

NOT_DATES = [
    pytest.param("5年多来", id="seed-duration-5years"),
    pytest.param("十余年的持续拓展", id="seed-decade-plus"),
    pytest.param("十一届", id="seed-editions-not-national-day"),
    pytest.param("2000年来", id="issue-2000-years"),
    pytest.param("近2000年的历史", id="own-jin-2000"),
    pytest.param("长达1500年", id="own-changda"),
    pytest.param("3个月", id="own-3-months"),
    pytest.param("12024年", id="own-five-digit"),
    pytest.param("2024年2月30日", id="own-invalid-day"),
    pytest.param("16812件", id="own-count"),
    # a relative year is a time reference of the figures after it, never a date claim
    pytest.param("去年增长5%", id="review-qunian-is-a-time-reference"),
    # review of real prose: a Chinese N月 that is a duration or part of another word
    pytest.param("三个月", id="review-sangeyue-duration"),
    pytest.param("三月来，全市", id="review-sanyuelai-duration"),
    pytest.param("二十二月", id="review-not-a-month-number"),
    pytest.param("第三月", id="review-ordinal-month"),
    pytest.param("五月有余", id="review-youyu"),
    # the end of a figure's range is the value engine's (no overlapping date)
    pytest.param("5到十二月", id="review-range-end-cn-month"),
    pytest.param("0~2月", id="review-range-end-month"),
    pytest.param("近五至十2月中", id="fuzz-month-after-chinese-numeral"),
    # a day count stays a duration: no clock, day part or lead makes it a day of the month
    pytest.param("持续3日", id="own-chixu-3-days"),
    pytest.param("历时14日", id="own-lishi-14-days"),
    pytest.param("3日内完成", id="own-3-days-within"),
    pytest.param("连续5日白天气温偏高", id="own-lianxu-with-day-part"),
    pytest.param("1至5日", id="own-range-end-day"),
    # 前N个月 after an event is a span before it, not the first months of a year
    pytest.param("开学前三个月，报名人数", id="own-before-an-event"),
    pytest.param("春节前两个月", id="own-before-a-holiday"),
    # N日 after a verb with 了, or before 内/游/均线, stays a count of days
    pytest.param("降雨持续了15日，累计雨量300毫米", id="own-chixu-le"),
    pytest.param("该工程用了20日完成", id="own-yong-le"),
    pytest.param("他们推出了3日游产品", id="own-3-day-tour"),
    pytest.param("本周，7日均线上涨2%", id="own-moving-average"),
    pytest.param("截至目前，3日内完成检测", id="own-within-after-comma"),
    pytest.param("降雨，持续了3日，全市", id="own-chixu-le-between-commas"),
    # N号 before a name word is a line, building or typhoon number
    pytest.param("据介绍，3号线客流达到10万人次", id="own-metro-line"),
    pytest.param("受台风影响，1号楼受损", id="own-building"),
]

# checker corpus review: the end of a month is a date (截至11月底 is an as-of date)
CORPUS_REVIEW = [
    pytest.param("截至11月底，全市", "11月底", "--11-21", "--11-30", "xun", id="corpus-yuedi"),
    pytest.param(
        "截至2024年9月末，该行", "2024年9月末", "2024-09-21", "2024-09-30", "xun", id="corpus-yuemo"
    ),
]

# review of real prose: months in Chinese numerals are dates, bare (三月) or with a day or a
# month part; 初 / 中 / 末 / 底 after a month are its first, middle and last ten days
REVIEW_MONTHS = [
    pytest.param("三月的北京", "三月", "--03", "--03", "month", id="review-bare-cn-month"),
    pytest.param(
        "十二月初出生的孩子", "十二月初", "--12-01", "--12-10", "xun", id="review-shieryue-chu"
    ),
    pytest.param(
        "十二月底完成投资5亿元", "十二月底", "--12-21", "--12-31", "xun", id="review-shieryue-di"
    ),
    pytest.param("三月中旬开工", "三月中旬", "--03-11", "--03-20", "xun", id="review-cn-zhongxun"),
    pytest.param("十月一日起施行", "十月一日", "--10-01", "--10-01", "day", id="review-cn-md"),
    pytest.param(
        "二〇二四年三月", "二〇二四年三月", "2024-03-01", "2024-03-31", "month", id="review-cn-ym"
    ),
    pytest.param(
        "2024年三月五日", "2024年三月五日", "2024-03-05", "2024-03-05", "day", id="review-mixed-ymd"
    ),
    pytest.param("3月初，全市", "3月初", "--03-01", "--03-10", "xun", id="review-yuechu"),
    pytest.param("3月中，全市", "3月中", "--03-11", "--03-20", "xun", id="review-yuezhong"),
    pytest.param("3月末，全市", "3月末", "--03-21", "--03-31", "xun", id="review-yuemo"),
    pytest.param(
        "2024年2月底", "2024年2月底", "2024-02-21", "2024-02-29", "xun", id="review-ymd-yuedi-leap"
    ),
    pytest.param(
        "3月初步核算，全市", "3月", "--03", "--03", "month", id="review-chubu-is-not-a-part"
    ),
    pytest.param("3月中国制造业", "3月", "--03", "--03", "month", id="review-zhongguo-not-a-part"),
]

# review of real prose: a day range inside one month is one mention covering the range
REVIEW_DAY_RANGES = [
    pytest.param("9月3日至5日", "9月3日至5日", "--09-03", "--09-05", "day", id="review-day-range"),
    pytest.param(
        "9月3日-5日", "9月3日-5日", "--09-03", "--09-05", "day", id="review-day-range-dash"
    ),
    pytest.param(
        "9月3-5日，全市", "9月3-5日", "--09-03", "--09-05", "day", id="review-day-range-short"
    ),
    pytest.param(
        "2024年9月3日至5日",
        "2024年9月3日至5日",
        "2024-09-03",
        "2024-09-05",
        "day",
        id="review-ymd-day-range",
    ),
    pytest.param(
        "三月五日至七日", "三月五日至七日", "--03-05", "--03-07", "day", id="review-cn-day-range"
    ),
    pytest.param(
        "9月30日至10月2日",
        "9月30日至10月2日",
        "--09-30",
        "--10-02",
        "day",
        id="review-cross-month-range",
    ),
    # a range over the turn of a year is one mention; its end is in the next year
    pytest.param(
        "12月30日至1月2日",
        "12月30日至1月2日",
        "--12-30",
        "--01-02",
        "day",
        id="review-year-turn-range-partial",
    ),
    pytest.param(
        "2023年12月30日至1月2日",
        "2023年12月30日至1月2日",
        "2023-12-30",
        "2024-01-02",
        "day",
        id="review-year-turn-range",
    ),
    pytest.param(
        "2023年12月30日至2024年1月2日",
        "2023年12月30日至2024年1月2日",
        "2023-12-30",
        "2024-01-02",
        "day",
        id="review-year-turn-range-both-years",
    ),
]

# a day of the month without its month is a date, not a duration (14日 was 14 days)
DAY_OF_MONTH = [
    # https://www.chinanews.com.cn (中新网 贺州6月15日电, stored page golangjump/58.221.163.238)
    pytest.param(
        "15日2时31分，贺州市气象台发布暴雨红色预警信号",
        "15日2时31分",
        "---15",
        "---15",
        "minute",
        id="real-hezhou-day-clock",
    ),
    # http://hongge68.com/sh/2024/07-27/10258592.shtml (中新网 广州7月27日电)
    pytest.param(
        "国家防总已于26日19时对广东启动防汛四级应急响应",
        "26日19时",
        "---26",
        "---26",
        "hour",
        id="real-guangdong-yu-day-clock",
    ),
    # http://golangjump.com/?TXF=5ikTd.html (中新网 广州7月28日电)
    pytest.param(
        "28日上午，降雨主要集中在阳江、江门等地",
        "28日",
        "---28",
        "---28",
        "day",
        id="real-day-part",
    ),
    # http://debixin.cn/post/197763.html (四川新闻网 5月31日讯)
    pytest.param(
        "30日17时至今日7:30，广元西部及北部大到暴雨",
        "30日17时",
        "---30",
        "---30",
        "hour",
        id="real-sichuan-day-clock",
    ),
    # 中新网 贺州6月15日电 (stored page http://golangjump.com/?TXF=5ikTd.html's sibling,
    # http://58.221.163.238:8082/w.php?udHi=b.html): a day range with clocks is one mention
    pytest.param(
        "6月14日20时至15日8时，广西贺州市中北部出现暴雨到大暴雨",
        "6月14日20时至15日8时",
        "--06-14",
        "--06-15",
        "day",
        id="real-hezhou-clock-range",
    ),
    pytest.param(
        "12日8时至14日18时，全省平均降雨量56毫米",
        "12日8时至14日18时",
        "---12",
        "---14",
        "day",
        id="own-bare-day-clock-range",
    ),
    pytest.param(
        "7月31日20时至8月1日8时，全市",
        "7月31日20时至8月1日8时",
        "--07-31",
        "--08-01",
        "day",
        id="own-clock-range-across-months",
    ),
    # bench/corpus/real (datelines and brackets of 中新网 / 新华社 reports)
    pytest.param("国家统计局11日公布数据显示", "11日", "---11", "---11", "day", id="real-gongbu"),
    pytest.param(
        "记者28日从国务院联防联控机制获悉", "28日", "---28", "---28", "day", id="real-jizhe"
    ),
    pytest.param("截至昨日(31日),统计受灾人口", "31日", "---31", "---31", "day", id="real-bracket"),
    pytest.param(
        "7 月 25 日凌晨,今年第 3 号台风",
        "7 月 25 日",
        "--07-25",
        "--07-25",
        "day",
        id="real-spaced",
    ),
    pytest.param(
        "福建福州市局地11日19至20时小时雨量",
        "11日19至20时",
        "---11",
        "---11",
        "day",
        id="real-clock-range",
    ),
    pytest.param(
        "央视网消息:22日,春运进入第二十四天", "22日", "---22", "---22", "day", id="real-after-colon"
    ),
    pytest.param(
        "到六日二十二时已转移群众两万多人",
        "六日二十二时",
        "---06",
        "---06",
        "hour",
        id="real-chinese-day-and-hour",
    ),
    pytest.param(
        "至2012年年末,我国主要微博平台",
        "2012年年末",
        "2012-10-01",
        "2012-12-31",
        "year_part",
        id="real-nian-nianmo",
    ),
    pytest.param(
        "比2000年到2010年的年平均增长率0.53%",
        "2000年到2010年",
        "2000-01-01",
        "2010-12-31",
        "year",
        id="real-year-to-year",
    ),
    # http://cneb.gov.cn/2021/09/27/ARTI1632708852799661.shtml (达州市气象台 预警)
    pytest.param(
        "预计27日白天到28日我市有一次强降雨天气过程",
        "27日白天到28日",
        "---27",
        "---28",
        "day",
        id="real-dazhou-day-part-range",
    ),
    # http://ptwbs.net/news-1032012.html (晚报讯 市气象台): spaced days and hours
    pytest.param(
        "据预报,9 日 20 时-10 日 20 时:小雨",
        "9 日 20 时-10 日 20 时",
        "---09",
        "---10",
        "day",
        id="real-spaced-clock-range",
    ),
    # bench/corpus/real 31_weather_xiamen_heat: hours of a day are a time, not a count range
    pytest.param("高温时段出现在11~16时", "11~16时", "T11", "T16", "hour", id="real-hour-range"),
    pytest.param(
        "截至14日18时，全省共转移群众3.2万人", "14日18时", "---14", "---14", "hour", id="own-jiezhi"
    ),
    pytest.param(
        "4日白天到夜间，全省大部分地区有中到大雨", "4日", "---04", "---04", "day", id="own-baitian"
    ),
    pytest.param("自5日起，全市实行交通管制", "5日", "---05", "---05", "day", id="own-zi-qi"),
    pytest.param("14日，全市共接待游客3万人次", "14日", "---14", "---14", "day", id="own-opens"),
    pytest.param("3日至5日，全省出现强降雨", "3日至5日", "---03", "---05", "day", id="own-range"),
    # a year part is no part of the next word (年中秋, 年中国, 年初步, 年初中)
    pytest.param(
        "2025年中秋国庆假期8天", "2025年", "2025-01-01", "2025-12-31", "year", id="own-zhongqiu"
    ),
    pytest.param(
        "2024年中国经济总量", "2024年", "2024-01-01", "2024-12-31", "year", id="own-zhongguo"
    ),
    pytest.param(
        "2023年初步核算，全年", "2023年", "2023-01-01", "2023-12-31", "year", id="own-chubu"
    ),
    pytest.param(
        "2024年初中学业水平考试", "2024年", "2024-01-01", "2024-12-31", "year", id="own-chuzhong"
    ),
]

# Round two: spans of months, hours of a day, the end of a quarter, a day before a noun.
SPANS = [
    # bench/corpus/real/37 (新华社 dispatch on a typhoon): a day after a clause's comma
    pytest.param(
        "受台风影响，广东多地学校停课，2日广东省始发列车全部停运",
        "2日", "---02", "---02", "day", id="real-37-day-before-a-place",
    ),
    # bench/corpus/real/09 (央视网 春运 2010): N号 in speech-like news
    pytest.param(
        "春运客流持续增长，同比增长近20%，22号，安徽阜阳火车站迎来最高峰",
        "22号", "---22", "---22", "day", id="real-09-hao-comma",
    ),
    pytest.param(
        "根据交通运输部预计，22号中国道路旅客输送量将达到5000万人次",
        "22号", "---22", "---22", "day", id="own-hao-before-a-noun",
    ),
    # https://9zlv.cn/news/1/20121003537.html (全国假日办, 2012 国庆)
    pytest.param(
        "记者1日晚从全国假日办获悉，1日，各地准备的民俗、休闲、度假等旅游活动纷纷登场",
        "1日", "---01", "---01", "day", id="real-jiaribang-dateline",
    ),
    pytest.param(
        "各地旅游活动纷纷登场，1日，全国纳入监测的119个直报景区共接待游客426.52万人次",
        "1日", "---01", "---01", "day", id="own-day-between-commas",
    ),
    pytest.param(
        "国家统计局发布了18日全国房价数据，上涨1.2%",
        "18日", "---18", "---18", "day", id="own-le-day-before-a-noun",
    ),
    # http://dpgz.fjmwgg.com/htmlnews/2021/1/37365.shtm (国家卫健委 daily bulletin)
    pytest.param(
        "1月24日0—24时，31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例124例",
        "1月24日0—24时", "--01-24", "--01-24", "day", id="real-nhc-whole-day",
    ),
    # https://news.hanser.cv/posts/23301 (竹新社)
    pytest.param(
        "6月23日0至24时，中国大陆报告18例新型肺炎本土新确诊",
        "6月23日0至24时", "--06-23", "--06-23", "day", id="real-zhuxin-whole-day",
    ),
    # http://xinwenlianbo.tv/xinwen/77222.html
    pytest.param(
        "3月24日0:00-24:00，31个省(自治区、直辖市)和新疆生产建设兵团共报告47例新确诊病例",
        "3月24日0:00-24:00", "--03-24", "--03-24", "day", id="real-colon-whole-day",
    ),
    pytest.param(
        "2020年7月5日8至20时，全市平均降雨量56毫米",
        "2020年7月5日8至20时", "2020-07-05", "2020-07-05", "hour", id="own-hours-of-a-day",
    ),
    pytest.param(
        "今年前三个月，全市接待游客120万人次",
        "前三个月", "--01", "--03", "month", id="own-first-months",
    ),
    pytest.param(
        "前10个月，全省进出口总额增长8.5%", "前10个月", "--01", "--10", "month", id="own-first-10"
    ),
    pytest.param("前两个月，销量下降3%", "前两个月", "--01", "--02", "month", id="own-first-two"),
    pytest.param(
        "2024年前九月，各类自然灾害共造成500万人次受灾",
        "2024年前九月", "2024-01-01", "2024-09-30", "month", id="own-year-first-months",
    ),
    pytest.param(
        "1—5月份，全国固定资产投资增长4%", "1—5月份", "--01", "--05", "month", id="own-dash-months"
    ),
    # https://app.bjtitle.com (国家统计局 2024-10-18: 三季度末，生猪存栏42694万头)
    pytest.param(
        "三季度末，生猪存栏42694万头，同比下降3.5%",
        "三季度末", "--09", "--09", "month", id="real-nbs-quarter-end",
    ),
    pytest.param(
        "2023年四季度末，全省贷款余额1.2万亿元",
        "2023年四季度末", "2023-12-01", "2023-12-31", "month", id="own-year-quarter-end",
    ),
]  # fmt: skip

XFAIL: list = []  # no known gap in date values today


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "precision"),
    SEED
    + ISSUE
    + OWN
    + CLOCKS
    + CORPUS_REVIEW
    + REVIEW_MONTHS
    + REVIEW_DAY_RANGES
    + DAY_OF_MONTH
    + SPANS
    + XFAIL,
)
def test_date_value(text: str, surface: str, start: str, end: str, precision: str) -> None:
    """The first date of the text has the expected surface, bounds and precision."""
    found = find_dates(text)
    assert found, f"no date in {text!r}"
    m = found[0]
    iso = lambda x: x.isoformat() if isinstance(x, date) else x  # noqa: E731
    assert (
        text[m.span.start : m.span.end],
        iso(m.value.start),
        iso(m.value.end),
        m.value.precision,
    ) == (surface, start, end, precision)


def test_chinese_month_is_a_date_claim_not_a_duration() -> None:
    """十二月初 is one date claim (the value engine no longer reads 十二月 as 12 months)."""
    import claims

    found = [(c.text, c.kind) for c in claims.extract("十二月初出生的孩子有3人")]
    assert found == [("十二月初", Kind.DATE), ("3人", Kind.COUNT)]


@pytest.mark.parametrize("text", NOT_CLOCKS)
def test_not_a_clock(text: str) -> None:
    """N点 without a day part or minutes, 时 in words, durations and ratios are no clock times."""
    assert [m for m in find_dates(text) if m.rule == "timex.clock"] == []


def test_clock_rule_and_qualifier() -> None:
    """Clock mentions carry the rule timex.clock; 许 is kept as the qualifier."""
    (m,) = find_dates("当日18时许")
    assert (m.rule, m.value.qualifier) == ("timex.clock", "许")


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    """Durations, counts and impossible dates are not date mentions."""
    assert find_dates(text) == []


def test_seed_dates(seed) -> None:  # type: ignore[no-untyped-def]
    """The seed's dates come in order: the dateline, 2001 … 2019, then the chrome's stamps."""
    found = [seed.text[m.span.start : m.span.end] for m in find_dates(seed.text)]
    assert found[:8] == [
        "2024-09-03 16:23:48",
        "2001年",
        "2011年",
        "2023年",
        "2023年",
        "2022年初",
        "2015 年",
        "2019年",
    ]
    assert len(found) == 11


def _claim(text: str, surface: str, kind: Kind = Kind.COUNT) -> Claim:
    start = text.index(surface)
    return Claim(
        id="c",
        kind=kind,
        text=surface,
        span=Span(start=start, end=start + len(surface)),
        value=Value.exactly(1),
    )


PUB = Source.from_text("x", published="2024-09-03T16:23:48+08:00")


def _time(text: str, surface: str, kind: Kind = Kind.COUNT):  # type: ignore[no-untyped-def]
    c = _claim(text, surface, kind)
    tl = Timeline(text, find_dates(text), PUB, [Span(start=0, end=len(text))])
    return tl.time_for(c, Span(start=0, end=len(text)), text[: c.span.start])


def test_explicit_year_in_sentence() -> None:
    """A year earlier in the sentence is the figure's period (basis explicit)."""
    t, flags = _time("2023年,话题阅读量超过10亿", "超过10亿")
    assert (t.basis, t.start, t.as_of, t.text, flags) == (
        "explicit",
        date(2023, 1, 1),
        date(2023, 12, 31),
        "2023年",
        (),
    )


def test_present_word_overrides_earlier_year() -> None:
    """目前 after an earlier year puts the figure at the publication date."""
    t, _ = _time("2011年,微博开启政务微博元年,目前政务微博有账号超9万个", "超9万个")
    assert (t.basis, t.as_of) == ("publication", date(2024, 9, 3))


def test_since_year_is_a_start() -> None:
    """从 2015 年开始 gives the figure a start, as of the publication date."""
    t, _ = _time("从 2015 年开始,连续成功举办十一届", "十一届")
    assert (t.basis, t.start, t.as_of) == ("publication", date(2015, 1, 1), date(2024, 9, 3))


def test_duration_counting_back_gets_anchor() -> None:
    """A 5年多来 duration takes the nearest dated year of its paragraph as its start, flagged."""
    t, flags = _time(
        "投身乡村振兴事业5年多来,她走过十几个县。2019年,尉犁县开展活动", "5年多", Kind.DURATION
    )
    assert (t.start, t.as_of, flags) == (
        date(2019, 1, 1),
        date(2024, 9, 3),
        ("time:anchor_nearby",),
    )


def test_duration_without_anchor_is_flagged() -> None:
    """A counting-back duration with no year nearby is marked unknown, not guessed."""
    t, flags = _time("十年来,城市面貌焕然一新", "十年", Kind.DURATION)
    assert (t.start, flags) == (None, ("time:anchor_unknown",))


def test_no_source_means_unknown_basis() -> None:
    """Without a publication date and without a date nearby, the basis is unknown."""
    text = "粉丝数超35亿"
    c = _claim(text, "超35亿")
    t, _ = Timeline(text, [], None, [Span(start=0, end=len(text))]).time_for(
        c, Span(start=0, end=len(text)), text
    )
    assert t.basis == "unknown"
    assert t.as_of is None


PUB_2024 = Source.from_text("x", published="2024-12-31T00:00:00+08:00")


def _time_2024(text: str, surface: str, source: Source | None = PUB_2024):  # type: ignore[no-untyped-def]
    c = _claim(text, surface)
    tl = Timeline(text, find_dates(text), source, [Span(start=0, end=len(text))])
    return tl.time_for(c, Span(start=0, end=len(text)), text[: c.span.start])[0]


# review of real prose: relative dates head the time of the figures after them
RELATIVE = [
    pytest.param(
        "该公司去年营收为80亿元，今年营收为100亿元",
        "80亿元",
        "2023-01-01",
        "2023-12-31",
        "去年",
        id="qunian",
    ),
    pytest.param(
        "该公司去年营收为80亿元，今年营收为100亿元",
        "100亿元",
        "2024-01-01",
        "2024-12-31",
        "今年",
        id="jinnian",
    ),
    pytest.param(
        "净利润15亿元，上年同期为12亿元",
        "12亿元",
        "2023-01-01",
        "2023-12-31",
        "上年同期",
        id="shangnian-tongqi",
    ),
    pytest.param(
        "去年底全市常住人口1035万人",
        "1035万人",
        "2023-10-01",
        "2023-12-31",
        "去年底",
        id="qunian-di",
    ),
    pytest.param(
        "本月接待游客80万人次", "80万人次", "2024-12-01", "2024-12-31", "本月", id="benyue"
    ),
    pytest.param(
        "今年1至10月，共侦破刑事案件1.26万起",
        "1.26万起",
        "2024-01-01",
        "2024-10-31",
        "今年1至10月",
        id="jinnian-months",
    ),
    pytest.param(
        "今年粮食总产量35.2万吨，比上年增加1.1万吨",
        "1.1万吨",
        "2024-01-01",
        "2024-12-31",
        "今年",
        id="bishangnian-is-a-comparison",
    ),
    # review of real prose: relative days (昨天, 今日) are the day before / of publication
    pytest.param(
        "昨天全市接待游客3万人", "3万人", "2024-12-30", "2024-12-30", "昨天", id="review-zuotian"
    ),
    pytest.param(
        "今日新增确诊病例5例", "5例", "2024-12-31", "2024-12-31", "今日", id="review-jinri"
    ),
    pytest.param(
        "前天全市降雨量达50毫米", "50毫米", "2024-12-29", "2024-12-29", "前天", id="review-qiantian"
    ),
    pytest.param(
        "今天新增病例5例，比昨天增加2例",
        "2例",
        "2024-12-31",
        "2024-12-31",
        "今天",
        id="review-bizuotian-is-a-comparison",
    ),
    # review of real prose: weather forecasts name the day after tomorrow (后天, 大后天)
    pytest.param(
        "后天最高气温将下降4℃左右",
        "4℃左右",
        "2025-01-02",
        "2025-01-02",
        "后天",
        id="review-houtian",
    ),
    pytest.param(
        "大后天最低气温零下5℃",
        "零下5℃",
        "2025-01-03",
        "2025-01-03",
        "大后天",
        id="review-dahoutian",
    ),
    # round two: a relative offset marks a time from the publication date (no duration)
    pytest.param(
        "一周前，该市报告新增病例12例",
        "12例",
        "2024-12-24",
        "2024-12-24",
        "一周前",
        id="own-offset-week",
    ),
    pytest.param(
        "3个月前，该账号粉丝为2万人",
        "2万人",
        "2024-09-01",
        "2024-09-30",
        "3个月前",
        id="own-offset-months",
    ),
    pytest.param(
        "两年后，全市产量将达到500万吨",
        "500万吨",
        "2026-01-01",
        "2026-12-31",
        "两年后",
        id="own-offset-years",
    ),
]


# checker corpus review: partial dates take a year; holidays are periods
CORPUS_TIMES = [
    pytest.param(
        "截至11月底，全市注册志愿者超过9万人",
        "超过9万人",
        "None",
        "2024-11-30",
        "11月底",
        id="corpus-jiezhi-yuedi-takes-publication-year",
    ),
    pytest.param(
        "截至9月3日，全市共接待游客120万人次",
        "120万人次",
        "None",
        "2024-09-03",
        "9月3日",
        id="corpus-jiezhi-day",
    ),
    pytest.param(
        "2023年全市经济稳中有进。1-7月，全市接待游客500万人次",
        "500万人次",
        "2023-01-01",
        "2023-07-31",
        "1-7月",
        id="corpus-months-take-earlier-year-of-paragraph",
    ),
    pytest.param(
        "1-7月，全市接待游客500万人次",
        "500万人次",
        "2024-01-01",
        "2024-07-31",
        "1-7月",
        id="corpus-months-take-publication-year",
    ),
    pytest.param(
        "全市游客较2019年同期增长7.9%。1-7月，全市接待游客500万人次",
        "500万人次",
        "2024-01-01",
        "2024-07-31",
        "1-7月",
        id="corpus-comparison-base-lends-no-year",
    ),
    pytest.param(
        "前三季度，全市城镇新增就业16812人",
        "16812人",
        "2024-01-01",
        "2024-09-30",
        "前三季度",
        id="corpus-quarters-take-publication-year",
    ),
    pytest.param(
        "6月以来，全市平均降雨量412毫米",
        "412毫米",
        "2024-06-01",
        "None",
        "6月",
        id="corpus-since-month",
    ),
    pytest.param(
        "国庆假期，全市共接待游客2860万人次",
        "2860万人次",
        "2024-10-01",
        "2024-10-07",
        "国庆假期",
        id="corpus-holiday-latest-by-publication",
    ),
    pytest.param(
        "“五一”假期5天，全省共接待游客3860万人次",
        "3860万人次",
        "2024-05-01",
        "2024-05-05",
        "“五一”假期",
        id="corpus-holiday-quoted",
    ),
    pytest.param(
        "2023年国庆假期，全市共接待游客2860万人次",
        "2860万人次",
        "2023-09-29",
        "2023-10-06",
        "国庆假期",
        id="corpus-holiday-year-before-it",
    ),
    pytest.param(
        "今年春节假期，全市接待游客1250万人次",
        "1250万人次",
        "2024-02-10",
        "2024-02-17",
        "春节假期",
        id="corpus-holiday-after-jinnian",
    ),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "words"), CORPUS_TIMES)
def test_corpus_time(text: str, surface: str, start: str, end: str, words: str) -> None:
    """A partial date or a holiday before a figure becomes a dated period or as-of date."""
    t = _time_2024(text, surface)
    assert (str(t.start), str(t.end), t.text) == (start, end, words)
    assert t.as_of == (t.end if t.end is not None else date(2024, 12, 31))


def test_partial_date_after_publication_month_is_last_year() -> None:
    """11月 in a text published in September is last November (not a date in the future)."""
    t, _ = _time("11月，全市生猪出栏价格为每公斤16.8元", "16.8元")
    assert (t.start, t.end) == (date(2023, 11, 1), date(2023, 11, 30))


def test_holiday_without_publication_or_listed_year_keeps_the_words() -> None:
    """A holiday with no year to resolve it (or a year not listed) is a time text without dates."""
    t = _time_2024("国庆假期，全市共接待游客2860万人次", "2860万人次", None)
    assert (t.start, t.end, t.as_of, t.text) == (None, None, None, "国庆假期")
    t = _time_2024("2012年国庆假期，全市共接待游客2860万人次", "2860万人次")
    assert (t.start, t.end, t.text) == (None, None, "国庆假期")


def test_holiday_periods_are_validated() -> None:
    """A holiday period outside its year or naming an unknown holiday fails at load time."""
    from pydantic import ValidationError

    from claims.vocab import TimeWords, time_words

    data = time_words().model_dump()
    data["holiday_periods"] = {2024: {"national_day": (date(2025, 10, 1), date(2025, 10, 7))}}
    with pytest.raises(ValidationError, match="must lie in 2024"):
        TimeWords.model_validate(data)
    data["holiday_periods"] = {2024: {"moon_day": (date(2024, 10, 1), date(2024, 10, 7))}}
    with pytest.raises(ValidationError, match="not an id"):
        TimeWords.model_validate(data)


def test_holiday_days_are_validated() -> None:
    """A festival day outside its year or naming an unknown holiday fails at load time."""
    from pydantic import ValidationError

    from claims.vocab import TimeWords, time_words

    data = time_words().model_dump()
    data["holiday_days"] = {2024: {"mid_autumn": date(2025, 9, 17)}}
    with pytest.raises(ValidationError, match="must lie in 2024"):
        TimeWords.model_validate(data)
    data["holiday_days"] = {2024: {"moon_day": date(2024, 9, 17)}}
    with pytest.raises(ValidationError, match="not an id"):
        TimeWords.model_validate(data)


def test_clock_never_ends_a_range() -> None:
    """贰—3时: the 3 ends a figure's range, so no clock time starts there (no overlap); 0-1时
    and 9时至10时 are ranges of hours as a whole (T00..T01), never a clock starting at its end."""
    assert find_dates("贰—3时,") == []
    assert [(m.span.start, m.span.end, m.value.start) for m in find_dates("0至1时,")] == [
        (0, 4, "T00")
    ]
    # 9时至10时 is one range of hours too (round three: was two clocks)
    assert [(m.value.start, m.value.end) for m in find_dates("9时至10时")] == [("T09", "T10")]


@pytest.mark.parametrize(("text", "surface", "start", "end", "words"), RELATIVE)
def test_relative_time(text: str, surface: str, start: str, end: str, words: str) -> None:
    """A relative date before a figure is its period, resolved against the publication date."""
    t = _time_2024(text, surface)
    assert (t.basis, str(t.start), str(t.end), t.text) == ("explicit", start, end, words)


def test_relative_time_without_publication_keeps_the_words() -> None:
    """Without a publication date 去年 stays a textual time reference, with no dates."""
    t = _time_2024("该公司去年营收为80亿元", "80亿元", None)
    assert (t.basis, t.start, t.end, t.as_of, t.text) == ("explicit", None, None, None, "去年")


def test_name_with_a_relative_day_is_not_a_time() -> None:
    """今日头条 is a company: its figures keep the publication time."""
    t = _time_2024("今日头条用户超7亿", "超7亿")
    assert (t.basis, t.text, t.as_of) == ("publication", None, date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # review of real prose: 此后/之前 + 天气/天津 hold no 后天/前天
        pytest.param("此后天气转好，最高气温20℃", "20℃", id="review-cihou-tianqi"),
        pytest.param("之前天津共有3家工厂", "3家", id="review-zhiqian-tianjin"),
        pytest.param("今后天然气用量将达5亿立方米", "5亿立方米", id="review-jinhou-tianranqi"),
    ],
)
def test_word_ending_before_tian_is_no_relative_day(text: str, surface: str) -> None:
    """A word ending in 后/前 before 天气, 天津 is no 后天/前天: the figure keeps its
    publication time."""
    t = _time_2024(text, surface)
    assert (t.basis, t.text, t.as_of) == ("publication", None, date(2024, 12, 31))


def test_comparison_base_is_not_the_time() -> None:
    """比上年增长5.2%: the figure keeps the publication time, 上年 is only the base."""
    t = _time_2024("全年地区生产总值8256亿元，比上年增长5.2%", "5.2%")
    assert (t.basis, t.as_of) == ("publication", date(2024, 12, 31))


def test_jiezhi_makes_an_as_of() -> None:
    """截至2024年7月31日18时 is the as-of date of the figures after it, not a period."""
    t = _time_2024("截至2024年7月31日18时，全省受灾人口12万人", "12万人")
    assert (t.start, t.end, t.as_of) == (None, date(2024, 7, 31), date(2024, 7, 31))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="2019年0-7月日至季度上半初一二三〇十 ,。", max_size=60))
def test_mentions_are_ordered_and_disjoint(text: str) -> None:
    """On any text, mentions lie inside it, in order, without overlap."""
    last = 0
    for m in find_dates(text):
        assert last <= m.span.start < m.span.end <= len(text)
        last = m.span.end


def test_day_of_month_takes_the_month_in_force() -> None:
    """A bare day takes the month (and year) of the last earlier date that has one."""
    text = "2024年7月20日，全省出现暴雨。截至23日18时，全省转移群众3万人"
    day = find_dates(text)[1]
    assert (day.value.start, day.value.precision) == (date(2024, 7, 23), "hour")
    assert find_dates("7月20日，全省。截至23日18时")[1].value.start == "--07-23"


def test_day_of_month_takes_the_publication_month() -> None:
    """Without an earlier month a bare day is in the month nearest the publication (a
    forecast's 18日 is this month's), never after it for 截至 / 以来; else it stays ---DD."""
    assert find_dates("18日至20日，全市将出现强降雨", date(2024, 9, 16))[0].value.end == date(
        2024, 9, 20
    )
    assert find_dates("14日，全市将出现强降雨", date(2024, 9, 3))[0].value.start == date(
        2024, 9, 14
    )
    assert find_dates("截至2日18时", date(2024, 9, 3))[0].value.start == date(2024, 9, 2)
    assert find_dates("截至14日18时", date(2024, 9, 3))[0].value.start == date(2024, 8, 14)
    assert find_dates("截至14日18时", date(2024, 1, 3))[0].value.start == date(2023, 12, 14)
    assert find_dates("截至14日18时")[0].value.start == "---14"


def test_day_of_month_is_an_as_of_in_extract() -> None:
    """截至14日18时 is a date claim of the publication month and the as-of time of the figure."""
    import claims

    src = Source.from_text("x", published="2024-07-15T10:00:00+08:00")
    found = claims.extract("截至14日18时，全省共转移群众3.2万人。", src)
    assert [(c.kind.value, c.text) for c in found] == [("date", "14日18时"), ("count", "3.2万人")]
    assert found[1].time is not None
    assert (found[1].time.start, found[1].time.as_of) == (None, date(2024, 7, 14))


def test_year_turn_range_takes_publication_year_at_its_end() -> None:
    """12月30日至1月2日 published in January ends this year and starts last year."""
    t = _time_2024("12月30日至1月2日，全市共接待游客12.5万人次", "12.5万人次", PUB_2025_JAN)
    assert (t.start, t.end) == (date(2024, 12, 30), date(2025, 1, 2))


def test_year_turn_range_after_a_stated_year_ends_next_year() -> None:
    """A stated year (2024年…。12月30日至1月2日) is the start's: the end is the next year's."""
    t = _time_2024("2024年全市旅游稳步增长。12月30日至1月2日，全市接待游客12.5万人次", "12.5万人次")
    assert (t.start, t.end) == (date(2024, 12, 30), date(2025, 1, 2))


PUB_2025_JAN = Source.from_text("x", published="2025-01-05T00:00:00+08:00")
BULLETIN = "2023年，全市地区生产总值增长5.5%。全年粮食产量156万吨。年末常住人口1023万人。"

# the year in force: a bulletin states its year once, later sentences speak of it
IN_FORCE = [
    pytest.param(BULLETIN, "156万吨", "2023-01-01", "2023-12-31", "全年", id="own-quannian"),
    pytest.param(BULLETIN, "1023万人", "2023-10-01", "2023-12-31", "年末", id="own-nianmo"),
    pytest.param(
        "2023年，全市经济回升。粮食产量156万吨。",
        "156万吨",
        "2023-01-01",
        "2023-12-31",
        "2023年",
        id="own-topic-year-carries",
    ),
    pytest.param(
        "2023年国民经济和社会发展统计公报\n全市粮食产量156万吨。\n上半年，全市接待游客500万人次",
        "500万人次",
        "2023-01-01",
        "2023-06-30",
        "上半年",
        id="own-title-year-completes-half",
    ),
    pytest.param(
        "2023年国民经济和社会发展统计公报\n全市粮食产量156万吨。",
        "156万吨",
        "2023-01-01",
        "2023-12-31",
        "None",
        id="own-title-year-holds",
    ),
    pytest.param(
        "2025年中秋国庆假期8天，全国国内出游8.88亿人次。",
        "8.88亿人次",
        "2025-10-01",
        "2025-10-08",
        "中秋国庆假期",
        id="own-zhongqiu-guoqing-2025",
    ),
    pytest.param(
        "2026年春节假期，全国国内出游3.2亿人次。",
        "3.2亿人次",
        "2026-02-15",
        "2026-02-23",
        "春节假期",
        id="own-chunjie-2026",
    ),
    pytest.param(
        "2019年国庆假期，全市共接待游客2860万人次",
        "2860万人次",
        "2019-10-01",
        "2019-10-07",
        "国庆假期",
        id="own-guoqing-2019",
    ),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "words"), IN_FORCE)
def test_year_in_force(text: str, surface: str, start: str, end: str, words: str) -> None:
    """A figure without a date of its own takes the year in force (or its part: 年末)."""
    import claims

    c = next(c for c in claims.extract(text, PUB_2024) if c.text == surface)
    assert c.time is not None
    assert (str(c.time.start), str(c.time.end), str(c.time.text)) == (start, end, words)


def test_present_word_ends_the_year_in_force() -> None:
    """目前 after the topic year puts later sentences of the paragraph at the publication."""
    import claims

    text = "2011年，微博开启政务微博元年，目前政务微博有账号超9万个。在关键节点，她24小时坚守岗位"
    c = next(c for c in claims.extract(text, PUB_2024) if c.text == "24小时")
    assert c.time is not None
    assert c.time.basis == "publication"


def test_year_in_force_is_paragraph_local_without_a_document_year() -> None:
    """A year stated mid-text in a paragraph does not reach the next paragraph."""
    import claims

    text = "全省经济运行平稳。\n她于2001年加入公司，带领团队完成项目。\n全市粮食产量156万吨。"
    c = next(c for c in claims.extract(text, PUB_2024) if c.text == "156万吨")
    assert c.time is not None
    assert c.time.basis == "publication"


def test_quannian_without_a_stated_year_is_the_texts_now() -> None:
    """全年 with no year in the text stays at the publication date (the ledger's "now", like the
    figures around it) but names the word (lead's finding: 全年全社会用电量 had no time text)."""
    import claims

    text = "全年全社会用电量9.22万亿千瓦时，比上年增长6.7%。"
    src = Source.from_text("x", published="2024-02-29T10:00:00+08:00")
    t = claims.extract(text, src)[0].time
    assert t is not None
    assert (t.basis, t.start, t.as_of, t.text) == ("publication", None, date(2024, 2, 29), "全年")


# 文化和旅游部 holiday reports (wording of the 2023/2024 国庆 releases, as quoted in news)
HOLIDAY_REPORTS = [
    pytest.param(
        "2024年国庆节假期7天，全国国内出游7.65亿人次，按可比口径较2019年同期增长10.2%。",
        "10.2%",
        "2024-10-01",
        "2024-10-07",
        "国庆节假期",
        id="own-base-year-is-not-the-time",
    ),
    pytest.param(
        "公司2024年实现营业收入120亿元，较2023年的100亿元增长20%",
        "100亿元",
        "2023-01-01",
        "2023-12-31",
        "2023年",
        id="own-base-states-its-own-value",
    ),
    pytest.param(
        "公司2024年实现营业收入120亿元，较2023年的100亿元增长20%",
        "20%",
        "2024-01-01",
        "2024-12-31",
        "2024年",
        id="own-change-against-a-base",
    ),
    pytest.param(
        "2023年中秋节、国庆节假期8天，全国国内旅游出游合计8.26亿人次。",
        "8.26亿人次",
        "2023-09-29",
        "2023-10-06",
        "中秋节、国庆节假期",
        id="own-zhongqiujie-guoqingjie-2023",
    ),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "words"), HOLIDAY_REPORTS)
def test_holiday_report_time(text: str, surface: str, start: str, end: str, words: str) -> None:
    """A holiday report's figures hold in the holiday's days off, never in a comparison base."""
    import claims

    src = Source.from_text("x", published="2024-10-08T00:00:00+08:00")
    c = next(c for c in claims.extract(text, src) if c.text == surface)
    assert c.time is not None
    assert (str(c.time.start), str(c.time.end), c.time.text) == (start, end, words)


# bench/corpus/real: the as-of date or the clause-sized date of a report holds for the whole
# paragraph, across 。 and ；
TOPIC_REPORTS = [
    # 25_flood_2016_national (民政部网站消息, 2016-07-05)
    pytest.param(
        "民政部网站消息,截至7月5日9时统计,6月30日以来,长江中下游等地遭受的洪涝灾害已造成"
        "2333.5万人受灾,128人死亡;4.1万间房屋倒塌,24.8万间不同程度损坏;直接经济损失381.6亿元。",
        "381.6亿元",
        "None",
        "--07-05",
        "7月5日9时",
        id="real-jiezhi-clause-holds-across-semicolons",
    ),
    pytest.param(
        "民政部网站消息,截至7月5日9时统计,6月30日以来,长江中下游等地遭受的洪涝灾害已造成"
        "2333.5万人受灾,128人死亡;4.1万间房屋倒塌。",
        "128人",
        "--06-30",
        "--07-05",
        "7月5日9时",
        id="real-since-and-as-of",
    ),
    # 15_stats_cpi_2022_04 (国家统计局11日公布数据显示)
    pytest.param(
        "国家统计局11日公布数据显示,2022年4月份,全国居民消费价格同比上涨2.1%。其中,城市上涨1.9%",
        "1.9%",
        "2022-04-01",
        "2022-04-30",
        "2022年4月份",
        id="real-date-clause-is-the-topic",
    ),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "words"), TOPIC_REPORTS)
def test_topic_of_a_report(text: str, surface: str, start: str, end: str, words: str) -> None:
    """A later clause of the paragraph takes the report's as-of date or topic date."""
    import claims

    c = next(c for c in claims.extract(text) if c.text == surface)
    assert c.time is not None
    assert (str(c.time.start), str(c.time.end), c.time.text) == (start, end, words)


def test_day_of_month_runs_on_into_the_next_month() -> None:
    """截至2日 after 7月31日以来 is the 2nd of the next month (the text runs on from the 31st)."""
    text = "7月31日以来，全省出现强降雨。截至2日18时，全省转移群众3万人。"
    assert find_dates(text)[1].value.start == "--08-02"
    assert find_dates("2024年12月30日以来。截至2日")[1].value.start == date(2025, 1, 2)


def test_a_later_day_before_an_as_of_is_no_start() -> None:
    """将于2日 (a forecast) before 截至1日16时 does not push the 1st into the next month; only a
    period start (7月31日以来) does (bench/corpus/real 37_typhoon_nida2016)."""
    text = "新华社北京8月1日电 台风“妮妲”将于2日在广东登陆。截至1日16时,各航空公司"
    assert [str(m.value.start) for m in find_dates(text)] == ["--08-01", "--08-02", "--08-01"]


def test_since_a_day_part() -> None:
    """25日白天以来 starts the period on the 25th (a day part may stand before 以来)."""
    import claims

    src = Source.from_text("x", published="2024-07-28T10:00:00+08:00")
    text = "25日白天以来，广东省东部市县出现大暴雨，揭阳录得最大累积雨量576.9毫米。"
    t = claims.extract(text, src)[-1].time
    assert t is not None
    assert (t.start, t.end, t.as_of) == (date(2024, 7, 25), None, date(2024, 7, 28))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # lead's finding (findings.md, dates): 中秋节当天 had no time
        pytest.param(
            "中秋节当天，全市A级景区接待游客58.6万人次。", "2024-09-17", "2024-09-17", id="day"
        ),
        pytest.param(
            "2023年中秋节当天，全市接待游客5万人次。", "2023-09-29", "2023-09-29", id="year"
        ),
        pytest.param("国庆期间，全市接待游客100万人次。", "2024-10-01", "2024-10-07", id="qijian"),
    ],
)
def test_festival_day_and_holiday_period(text: str, start: str, end: str) -> None:
    """中秋节当天 is the festival day itself; 国庆期间 is the days off."""
    import claims

    src = Source.from_text("x", published="2024-10-08T10:00:00+08:00")
    t = claims.extract(text, src)[-1].time
    assert t is not None
    assert (str(t.start), str(t.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "words"),
    [
        pytest.param(
            "去年全市接待游客100万人次。全年旅游收入10亿元。",
            "10亿元",
            "2023-01-01",
            "2023-12-31",
            "全年",
            id="own-qunian-then-quannian",
        ),
        pytest.param(
            "今年前三季度，全省GDP增长5%。其中，第一产业增加值增长3.1%。",
            "3.1%",
            "2024-01-01",
            "2024-09-30",
            "今年前三季度",
            id="own-jinnian-part-is-a-topic",
        ),
        pytest.param(
            "去年，全市粮食增产。年末常住人口1023万人。",
            "1023万人",
            "2023-10-01",
            "2023-12-31",
            "年末",
            id="own-qunian-then-nianmo",
        ),
    ],
)
def test_relative_year_in_force(text: str, surface: str, start: str, end: str, words: str) -> None:
    """A relative year opening a sentence (去年，今年前三季度) is in force for the paragraph."""
    import claims

    src = Source.from_text("x", published="2024-10-08T10:00:00+08:00")
    c = next(c for c in claims.extract(text, src) if c.text == surface)
    assert c.time is not None
    assert (str(c.time.start), str(c.time.end), c.time.text) == (start, end, words)


def test_period_opening_a_clause_is_in_force() -> None:
    """前三季度 opening a clause (从总量看，前三季度全市…) holds for the next sentences."""
    import claims

    # http://m.materials-innovation.com/swzx/tpxw/202212090100268817KT.shtml (市统计局 GDP)
    text = (
        "从总量看,前三季度全市地区生产总值较去年同期增加181.2亿元。"
        "分产业看,第一产业增加值实现217.3亿元,同比增长4.7%。"
    )
    src = Source.from_text("x", published="2022-12-09T10:00:00+08:00")
    c = next(c for c in claims.extract(text, src) if c.text == "217.3亿元")
    assert c.time is not None
    assert (c.time.start, c.time.end, c.time.text) == (
        date(2022, 1, 1),
        date(2022, 9, 30),
        "前三季度",
    )


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "as_of"),
    [
        # https://feifmx.com/socialgd/10000169/20240502/46458166.html (“五一”假期的首日)
        pytest.param(
            "“五一”假期的首日,全国各地迎来旅游热潮。辽宁共接待了480.2万人次的游客。",
            "480.2万人次",
            "2024-05-01",
            "2024-05-05",
            "2024-05-05",
            id="real-holiday-opens-the-paragraph",
        ),
        # http://www.gkes.cn/blog/06epkrBc.html (山东, 截至4日15时)
        pytest.param(
            "截至4日15时,“五一”假期前四天,山东重点监测的200家旅游景区接待游客2216.5万人次。",
            "2216.5万人次",
            "2024-05-01",
            "2024-05-04",
            "2024-05-04",
            id="real-holiday-up-to-an-as-of",
        ),
        # http://m.zjsychem.com/news/fujian/szjj/2017-05-03/2004686.html (traditional script)
        pytest.param(
            "據福州日報報道,“五一”小長假3天,福州市共接待游客139.52萬人次。",
            "139.52萬人次",
            "2024-05-01",
            "2024-05-05",
            "2024-05-05",
            id="real-traditional-holiday-suffix",
        ),
    ],
)
def test_holiday_in_force(text: str, surface: str, start: str, end: str, as_of: str) -> None:
    """A holiday opening a paragraph is in force for it; 截至 before it ends its period there."""
    import claims

    src = Source.from_text("x", published="2024-05-06T10:00:00+08:00")
    c = next(c for c in claims.extract(text, src) if c.text == surface)
    assert c.time is not None
    assert (str(c.time.start), str(c.time.end), str(c.time.as_of)) == (start, end, as_of)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param("今年以来，全市共接待游客3200万人次。", "2024-01-01", id="jinnian-yilai"),
        pytest.param("去年以来，全市新增企业1万家。", "2023-01-01", id="qunian-yilai"),
        pytest.param("本月以来，全市降雨量100毫米。", "2024-10-01", id="benyue-yilai"),
    ],
)
def test_relative_word_since(text: str, start: str) -> None:
    """今年以来 runs from the year's start to the publication date (was the whole year, as of
    its 12-31, after the publication), like 2024年以来."""
    import claims

    src = Source.from_text("x", published="2024-10-08T10:00:00+08:00")
    t = claims.extract(text, src)[-1].time
    assert t is not None
    assert (str(t.start), t.end, t.as_of) == (start, None, date(2024, 10, 8))


def test_a_story_paragraph_opening_with_a_year_is_no_document_year() -> None:
    """2015年，她调任… opens a paragraph of a story: it is that paragraph's topic only, not the
    year of every later paragraph (a bulletin's year comes from its title or first sentence)."""
    import claims

    text = "她2001年加入公司。\n2015年，她调任总经理。\n公司员工5200人。"
    t = claims.extract(text, PUB_2024)[-1].time
    assert t is not None
    assert t.basis == "publication"


def test_a_title_line_after_a_dateline_gives_the_document_year() -> None:
    """A title line (2023年…统计公报) after a dateline still states the document's year."""
    import claims

    text = "新华社北京电\n2023年国民经济和社会发展统计公报\n全市粮食产量156万吨。"
    t = claims.extract(text, PUB_2024)[-1].time
    assert t is not None
    assert (t.basis, t.start, t.end) == ("inherited", date(2023, 1, 1), date(2023, 12, 31))


OFFSETS = [
    pytest.param("政务微博总数达300个，相比4个月前上涨171%", "4个月前", id="own-xiangbi"),
    pytest.param("3天前，当地降雨量达到80毫米", "3天前", id="own-clause-start"),
    pytest.param("产量比一年前增长5%", "一年前", id="own-bi"),
    pytest.param("早在10年前，该市就已建成", "10年前", id="own-zaozai"),
    # bench/corpus/real/32 (政务微博 report 2016): the year before, a comparison base
    pytest.param("政务机构官方微博有125098个，比前一年增长9%", "前一年", id="real-32-qian-yi-nian"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offset"), OFFSETS)
def test_relative_offset_is_no_duration(text: str, offset: str) -> None:
    """N个月前 / 3天前 / 两年后 marks a time: no duration claim is read there."""
    import claims

    found = claims.extract(text)
    assert offset in text
    assert not [c for c in found if c.kind is Kind.DURATION], [c.text for c in found]


STATED_YEAR = [
    # own sentences (round three): a year stated earlier completes later quarters and months
    pytest.param("2024年，全市经济运行平稳。一季度GDP增长5%，四季度增长6%。", "四季度",
                 "2024-10-01", "2024-12-31", id="own-quarter-same-paragraph"),
    pytest.param("2024年，国内出游人次56亿。\n分季度看，一季度国内出游人次14亿。", "一季度",
                 "2024-01-01", "2024-03-31", id="own-lead-year-holds"),
    pytest.param("2021年12月份全国CPI数据公布。数据显示，12月份，全国CPI同比上涨1.5%。",
                 "12月份", "2021-12-01", "2021-12-31", id="own-month"),
    pytest.param("2023年GDP增长5%。今年一季度增长6%。", "一季度", "--01", "--03",
                 id="own-relative-year-before"),
    pytest.param("产量较2019年增长5%，一季度增长3%。", "一季度", "--01", "--03",
                 id="own-base-year-states-none"),
    pytest.param("自2015年以来，一季度产量稳定。", "一季度", "--01", "--03", id="own-since-year"),
    pytest.param("发震时刻：2015-08-06 05:04:32，震级4.5级。", "2015-08-06 05:04:32",
                 "2015-08-06", "2015-08-06", id="own-iso-stamp-in-prose"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), STATED_YEAR)
def test_stated_year_completes_quarters_and_months(
    text: str, surface: str, start: str, end: str
) -> None:
    """一季度 / 12月份 take the year stated earlier (its paragraph's, else the lead's), not a
    base (较2019年), a start (自2015年) or a year when a relative year stands before it."""
    (m,) = [d for d in find_dates(text) if text[d.span.start : d.span.end] == surface]
    iso = lambda x: x.isoformat() if isinstance(x, date) else x  # noqa: E731
    assert (iso(m.value.start), iso(m.value.end)) == (start, end)


WINDOWS = [
    # own sentences (round three): a window in a metric's name, or 一+unit read as "during"
    pytest.param("全市24小时降水量达到120毫米", "24小时", id="own-24h-rainfall"),
    pytest.param("过去三小时雨量超过50毫米", "三小时", id="own-3h-rain"),
    pytest.param("48小时降温8℃以上", "48小时", id="own-48h-cooling"),
    pytest.param("一周当中4℃的最低气温出现在周三", "一周", id="own-week-during"),
    # https://tw.wowkorea.live/news/read/408257.html (深圳暴雨 2023, traditional)
    pytest.param("全市大範圍降水時間較長,3小時降水量246.8毫米", "3小時", id="real-shenzhen-3h"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "window"), WINDOWS)
def test_window_in_a_metric_name_is_no_duration(text: str, window: str) -> None:
    """24小时降水量 names a metric and 一周当中 means during the week: no duration claim."""
    import claims

    found = claims.extract(text)
    assert window in text
    assert not [c for c in found if c.kind is Kind.DURATION], [c.text for c in found]


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        pytest.param("24小时内降雨量超过100毫米", "24小时内", id="own-within"),
        pytest.param("全市持续24小时降雨", "24小时", id="own-chixu"),
    ],
)
def test_window_with_nei_or_a_duration_verb_stays_a_duration(text: str, duration: str) -> None:
    """24小时内 and 持续24小时 are durations, even before a rainfall word."""
    import claims

    found = claims.extract(text)
    assert [c.text for c in found if c.kind is Kind.DURATION] == [duration]


def test_duration_after_an_event_stays_a_duration() -> None:
    """N天后 inside a clause (发病3天后) counts from an event: the figure stays a duration."""
    import claims

    found = claims.extract("患者发病3天后入院治疗")
    assert [(c.kind, c.text) for c in found] == [(Kind.DURATION, "3天")]


NAMED_PERIODS = [
    # https://news.sina.com.cn/o/2011-01-21/210021854712.shtml (新华社, 2011 春运)
    pytest.param(
        "根据交通运输部20日的统计，春运第一天，全国道路客运量达6570万人次",
        "6570万人次", "春运第一天", id="real-sina-report-date",
    ),
    # http://xalsdbl.com/politics/2020-01/11/c_1125450364.htm (second paragraph, no date)
    pytest.param(
        "据交通运输部有关负责人介绍，春运首日，全国铁路发送旅客1172.6万人次，增长23%",
        "1172.6万人次", "春运首日", id="real-xinhua-no-date",
    ),
    # http://m.mnw.cn/news/shehui/2118699.html: the date is the figure's own
    pytest.param(
        "据交通运输部消息，1月21日，春运首日，全国铁路、道路、水路、民航共发送旅客6754.5万人次",
        "6754.5万人次", "1月21日", id="real-mnw-own-date",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "words"), NAMED_PERIODS)
def test_named_period_beats_a_report_date(text: str, surface: str, words: str) -> None:
    """A period word (春运首日) after a report date, or with no date, is the figure's time."""
    import claims

    c = next(c for c in claims.extract(text, PUB_2024) if c.text == surface)
    assert c.time is not None
    assert c.time.text == words


CONTINUED = [
    # http://xywbxg.com/20Pql-sZFdXDG.html (中新社 2025 春节假期)
    pytest.param(
        "中国交通运输部数据显示，假期8天(1月28日至2月4日)，全社会跨区域人员流动量预计为"
        "231193.88万人次。\n其中，铁路客运量9612万人次，民航客运量1828.58万人次。",
        "9612万人次", "1月28日至2月4日", id="real-chinanews-qizhong",
    ),
    pytest.param(
        "2023年春节假期(1月21日至27日)，全国共发送旅客约2.26亿人次。\n"
        "具体来看，全国铁路共发送旅客5000万人次。",
        "5000万人次", "1月21日至27日", id="own-juti-laikan",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "words"), CONTINUED)
def test_continuing_paragraph_takes_the_previous_time(text: str, surface: str, words: str) -> None:
    """A paragraph opening with 具体来看 / 其中 goes on with the time of the one before it."""
    import claims

    c = next(c for c in claims.extract(text, PUB_2024) if c.text == surface)
    assert c.time is not None
    assert c.time.text == words


def test_new_paragraph_without_continuation_keeps_its_own_time() -> None:
    """A paragraph that does not go on with the previous one does not take its day."""
    import claims

    text = "1月21日，全国共发送旅客约2.26亿人次。\n全市共有公交线路300条。"
    c = next(c for c in claims.extract(text, PUB_2024) if c.text == "300条")
    assert c.time is not None
    assert c.time.text != "1月21日"


def test_holiday_of_a_holiday_report_holds_across_paragraphs() -> None:
    """A holiday opening a report's first paragraph is the time of later paragraphs' figures
    until another topic date is stated."""
    import claims

    text = (
        "国庆假期，全市接待游客500万人次。\n全市A级景区接待游客300万人次。\n"
        "2023年，全市接待游客1亿人次。\n其中，外地游客3000万人次。"
    )
    times = {c.text: c.time.text for c in claims.extract(text, PUB_2024) if c.time}
    assert (times["300万人次"], times["3000万人次"]) == ("国庆假期", "2023年")


def test_holiday_in_a_later_paragraph_stays_local() -> None:
    """A holiday opening a later paragraph is not the time of the paragraphs after it."""
    import claims

    text = "全市有公园30个。\n国庆假期，全市接待游客500万人次。\n全市A级景区接待游客300万人次。"
    c = next(c for c in claims.extract(text, PUB_2024) if c.text == "300万人次")
    assert c.time is not None
    assert c.time.text != "国庆假期"


def test_base_year_statement_is_not_the_topic() -> None:
    """2022年为… after a 2023 topic states a base: the change after it stays 2023's."""
    import claims

    text = "2023年，全市实现地区生产总值1.2万亿元。2022年为1.1万亿元。增长5%。"
    times = {c.text: c.time.text for c in claims.extract(text, PUB_2024) if c.time}
    assert (times["1.1万亿元"], times["5%"]) == ("2022年", "2023年")


DAY_HOURS = [
    # own sentences in the style of 气象台 rain reports
    pytest.param(
        "昨天8时至今天8时，全市平均降雨量56毫米", "56毫米", "2024-12-30", "2024-12-31",
        id="own-yesterday-to-today",
    ),
    pytest.param(
        "昨日20时至今日8时，全省12个站降雨超过100毫米", "12个", "2024-12-30", "2024-12-31",
        id="own-zuori-jinri",
    ),
    pytest.param(
        "今天8时，全市气温28℃", "28℃", "2024-12-31", "2024-12-31", id="own-today-clock"
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), DAY_HOURS)
def test_relative_day_with_hours_is_one_time(text: str, surface: str, start: str, end: str) -> None:
    """昨天8时至今天8时 is one time from yesterday to today (its clocks stay date claims)."""
    import claims

    found = claims.extract(text, PUB_2024)
    c = next(c for c in found if c.text == surface)
    assert c.time is not None
    assert (str(c.time.start), str(c.time.end)) == (start, end)


def test_as_of_relative_day_has_no_start() -> None:
    """截至今天8时 is an as-of time: no period start."""
    import claims

    found = claims.extract("截至今天8时，全市转移群众3000人", PUB_2024)
    c = next(c for c in found if c.text == "3000人")
    assert c.time is not None
    assert (c.time.start, str(c.time.as_of)) == (None, "2024-12-31")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a report's day published early in the next month: the past month's (was 2024-10-20)
        pytest.param("根据交通运输部20日的统计，全国发送旅客6570万人次。", "2024-10-08",
                     date(2024, 9, 20), id="report-day-is-past"),
        pytest.param("20日，全市接待游客5万人次。", "2024-10-08", date(2024, 9, 20),
                     id="plain-day-is-past"),
        # a forecast may point after the publication date
        pytest.param("18日至20日，全市将出现强降雨。", "2024-09-16", date(2024, 9, 18),
                     id="forecast-day-is-ahead"),
        pytest.param("28日至30日，全市将迎来降雨。", "2024-09-27", date(2024, 9, 28),
                     id="future-day-next-day"),
        pytest.param("28日至30日，全市迎来降雨。", "2024-09-27", date(2024, 8, 28),
                     id="no-future-word-last-month"),
    ],
)
def test_bare_day_lies_before_publication_unless_the_sentence_looks_ahead(
    text: str, published: str, day: date
) -> None:
    """A day of the month with no month in force is the latest such day up to the publication
    date, unless its sentence speaks of the future (将, 预计): then the nearest one."""
    src = Source.from_text("x", published=f"{published}T10:00:00+08:00")
    (m, *_) = find_dates(text, src.published.date() if src.published else None)
    assert m.value.start == day


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2019年上半年，全国灾情较2018年同期偏重，灾情集中在6月份。", id="simplified"),
        pytest.param("2019年上半年，全國災情較2018年同期偏重，災情集中在6月份。", id="traditional"),
    ],
)
def test_comparison_base_year_never_completes_a_later_month(text: str) -> None:
    """较/較2018年同期 is a comparison base: a later 6月份 takes the year in force (2019)."""
    import claims

    month = [c for c in claims.extract(text) if c.text == "6月份"]
    assert month
    assert getattr(month[0].value, "start", None) == date(2019, 6, 1)
