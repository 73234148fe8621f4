"""The one date pattern (private to ``claims.timex``): ``date_pattern``, built once from
``time_words.toml`` and ``numerals.toml`` ``[clock]``, and ``_prefilters``, the cheap scans
that say where a match may start (``claims._prefilter``).

Split from _datevalue.py so that each module stays readable: this module says where dates
are; ``claims._datevalue`` reads the value of each match.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from claims import _prefilter
from claims._alt import alt
from claims._clock import _hour_clock
from claims.vocab import numerals, time_words

_alt = alt


def _not_before(words: tuple[str, ...]) -> str:
    """A negative lookahead for ``words`` (empty when there are none)."""
    return rf"(?!{_alt(words)})" if words else ""


# Month and day numbers, Arabic or Chinese (九月三日, 十二月三十一日).
_CN_MONTH = r"(?:十[一二]|十|[一二三四五六七八九])"
_CN_DAY = r"(?:三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_MONTH = rf"(?:1[0-2]|0?[1-9]|{_CN_MONTH})"
_DAY = rf"(?:3[01]|[12]\d|0?[1-9]|{_CN_DAY})"
_RANGE = r"\s*(?:[-–—~～]|至|到)\s*"
# Not the end of a figure's range (5到十二月, 0~2月: the value engine's); a range after a
# date (3月到十二月, 9月3日至10月5日) or 截至 starts a date.
_NUMERALS = "〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟"
_NOT_RANGE_END = rf"(?<![\d{_NUMERALS}%％点成倍]{_RANGE}) (?<![{_NUMERALS}])"
_HOUR12 = r"(?:1[0-2]|0?\d|十[一二]?|[零〇一二两三四五六七八九])"  # an hour after a day part
_CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?(?!\d)"
_COLON_SHI = r"(?:时(?![间代期段候刻]))?"  # 7月25日9:00时: 时 after a colon clock is the clock's
# The hours of a day after it: 2月15日0—24时, 3月24日0:00-24:00 (precision: _hours_precision)
_DAY_HOURS = rf"""(?: \s* (?P<dh1>2[0-4]|[01]?\d) {_RANGE} (?P<dh2>2[0-4]|[01]?\d) [ ]* [时点]
                 | \s* (?P<dh1>2[0-4]|[01]?\d) [ ]* 时 {_RANGE}        # 14时至20时
                   (?P<dh2>2[0-4]|[01]?\d) [ ]* 时
                 | \s* (?P<dh1>[01]?\d|2[0-3]) [:：]00 {_RANGE}
                   (?P<dh2>2[0-4]|[01]?\d) [:：]00 (?!\d)
                 )"""
# A quarter range: 1—3季度, 一至三季度, (第)一至第三季度 (第 before it: timex.find_dates)
_QUARTERS = rf"(?P<q1>[1-4一二三四]) {_RANGE} 第? (?P<q2>[1-4一二三四]) 季度"
# N of 前N个月 / 前N月 (the first months of a year), after 年, a clause start or a space
_FIRST = r"(?P<fm>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九]) 个? 月 份?"
_FIRST_LEAD = r"(?<= (?:^|[年，,。；;：:\s（(]) 前 )"


# The characters before a date's first anchor (年 月 日 号 世纪 时 点 : - / . 财年 赛季 or a
# range):
# at most four digits or Chinese numerals, then spaces. See ``_prefilters``.
_ANCHORS = "年月日号世时点:：/.~～至到-–—财財赛賽QqHh、和"  # 2024财年, 2024Q3, 2018、2019年


@cache
def _day_word_heads() -> str:
    """The first characters of the two-character relative day words (今日, 昨天, 明天, 前日),
    escaped for a class: the day of the month may stand in brackets inside them (昨(12)日,
    今（3）日, 明(13)天; ``timex.find_dates`` keeps only a word of ``relative_days``)."""
    days = time_words().relative_days
    return regex.escape("".join(sorted({w[0] for w in days if len(w) == 2 and w[1] in "日天"})))


@cache
def _bare_xun() -> tuple[str, ...]:
    """The parts of a month that may stand without their month at a clause start (下旬，…:
    ``xun`` words ending in 旬); ``timex.find_dates`` puts them in the month in force."""
    return tuple(w for w in time_words().xun if w.endswith("旬"))


@cache
def _prefilters() -> tuple[_prefilter.Prefilter, ...]:
    """Where a match of ``date_pattern()`` may start (claims._prefilter): a superset.

    Every branch of the pattern starts with at most four digits or Chinese numerals and
    spaces before one of ``_ANCHORS`` (2024年, 9月, 14日, 18时, 16:23, 2024-09-03, 2019至2023年,
    21世纪), or with a word: 上世纪, 本世纪 or a year part (上半年, 第一季度), or right after
    前 (前九月, 前10个月: the mention then takes 前 in, ``timex.find_dates``), or inside the
    bracket of a day word (昨(12)日: the mention takes 昨( in too), or one or two characters
    before 旬 (下旬, 中下旬: ``_bare_xun``). A new branch
    that starts otherwise must add its start here (tests/test_perf_snapshot.py compares the
    two scans on random texts).
    """
    tw = time_words()
    num = re.escape("〇零一二两三四五六七八九十" + tw.chinese_digits + "".join(tw.zero_variants))
    numeral = _prefilter.DIGIT[:-1] + num + "]"  # one class: stdlib re skips to it in C
    runs = re.compile(rf"{numeral}{numeral}{{0,3}}\s*[{re.escape(_ANCHORS)}]")
    words = ["上世纪", "本世纪", *(w for w in tw.year_parts if not w.startswith("年"))]
    first = re.compile(rf"前(?={numeral})")  # 前九月, 前10个月: the match starts after 前
    words_re = re.compile(_prefilter.literal_first(_prefilter.literals(words)))
    heads = _day_word_heads() or "(?!)"
    inword = re.compile(rf"[{heads}][(（](?={numeral})")  # 昨(12)日: the match starts at 12
    inword_tian = re.compile(rf"[{heads}]天[(（](?={numeral})")  # 今天(21)日 (Taiwan print)
    # 下旬, 中下旬 (a bare part of a month): one or two characters before 旬, a rare literal
    # (上/中/下 as first characters would stop the scan all over Chinese prose)
    xun = re.compile("旬")
    return (
        (runs, 0), (words_re, 0), (first, 1), (inword, 2), (inword_tian, 3), (xun, -1),
        (xun, -2),
    )  # fmt: skip


@cache
def date_pattern() -> regex.Pattern[str]:
    """The one date pattern, built once from ``time_words.toml``."""
    tw = time_words()
    cn_digit = "[" + regex.escape(tw.chinese_digits + "".join(tw.zero_variants)) + "]"
    # 年中 / 年初 (not 年中国, 年中秋, 年初中: month_part_ and year_part_blocked_next)
    nian_parts = "|".join(
        regex.escape(w)
        + _not_before((*tw.month_part_blocked_next, *tw.year_part_blocked_next.get(w, ())))
        for w in sorted((w for w in tw.year_parts if w.startswith("年")), key=len, reverse=True)
    )
    other_parts = [w for w in tw.year_parts if not w.startswith("年")]
    qparts = "|".join(  # a year part alone, longest first; not before its blocked words,
        regex.escape(w) + _not_before(tw.year_part_blocked_next.get(w, ()))  # nor 第三季 (a
        for w in sorted(other_parts, key=len, reverse=True)  # show's season: after 年 only)
        if not (w.startswith("第") and w.endswith("季"))
    )
    # Every branch below starts with a digit, a Chinese digit, 十, a century word (上世纪,
    # 本世纪, 二十世纪) or a year-part word (上半年, 第一季度). Testing that one character first
    # lets the engine skip all other positions cheaply: about 25x faster on Chinese prose.
    # A branch must also start where ``_prefilters`` looks (four numerals before an anchor, or
    # a word): find_dates tries the pattern only there.
    first = "".join(
        sorted(
            set(
                tw.chinese_digits
                + "".join(tw.zero_variants)
                + "十上本二两"
                + "".join(w[0] for w in other_parts)
                + "".join(w[0] for w in _bare_xun())
            )
        )
    )
    # 上旬, 下旬, 初, 底 (11月底); not the start of another word (3月初步核算, 3月中国)
    xun = rf"(?:{_alt(list(tw.xun))}){_not_before(tw.month_part_blocked_next)}"
    bare_cn_month_end = _not_before(tw.month_blocked_next)
    # 7月下旬至8月上旬: the end of a range of month parts (a later month's part)
    xun_to = rf"(?: {_RANGE} (?P<month2>1[0-2]|0?[1-9]) 月 (?P<xun2>{xun}) )"
    clock = numerals().clock
    blocked = regex.escape("".join(clock.hour_blocked_next)) if clock else ""
    day_parts = _alt(clock.day_parts) if clock else "(?!)"
    # a day part at the end of an hour range (8时至下午2时): not a day word (8时至今天8时)
    days = {*tw.relative_days, *tw.story_days, "当天"}
    end_parts = _alt([p for p in clock.day_parts if p not in days]) if clock else "(?!)"
    # after a date: an optional day part, then the clock (8月2日12时, 7月31日下午3点)
    day_clock = rf"(?: \s* (?P<dp>{day_parts})? \s* {_hour_clock('(?(dp)|(?!))', after_day=True)} )"
    # N点 is an hour after a day part (下午3点) or an as-of or since lead (截至18点, 从8点)
    clock_leads = _alt((*tw.as_of_leads, *tw.since_leads)) or "(?!)"
    hour_before = r"(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})"
    alone_clock = _hour_clock(rf"(?<=(?:{day_parts}|{clock_leads})[ ]*{hour_before}[ ]*)")
    # a day without a month (14日, 14日至15日) and what makes it one: a clock, a day part, a lead
    # 27日(白天)到28日: a day range, a part of the first day between
    parts = _alt(tw.since_day_parts) or "(?!)"
    # (16至17日: a range with 日 at its end only)
    bare_day = rf"""(?: (?P<bd>{_DAY}) [ ]? [日号]
                        (?: (?:{parts})? {_RANGE} (?P<bd2>{_DAY}) [ ]? [日号] )?
                      | (?P<bd>{_DAY}) {_RANGE} (?P<bd2>{_DAY}) [ ]? [日号] )"""
    # 12日8时至14日(18时), 9日15时至16时
    # the end of the hours of one day: (15时30分)至16时(30分), (15:30)至16:30
    hour_to = rf"""(?: {_RANGE} (?:2[0-4]|[01]?\d) [ ]* [时点] (?: [ ]* [0-5]?\d [ ]* 分 )?
                       (?![{blocked}]) )"""
    colon_to = rf"(?: {_RANGE} {_CLOCK} {_COLON_SHI} )"
    # or to a clock of a later day: 7月20日08:00至21日08:00 (group names per branch)
    def colon_days(day2: str, month2: str | None = None) -> str:
        month = rf"(?: (?P<{month2}>1[0-2]|0?[1-9]) 月 )?" if month2 else ""
        return rf"""(?: {_RANGE} {month} (?P<{day2}>{_DAY}) [ ]? [日号]
                       \s* {_CLOCK} {_COLON_SHI} )"""
    clock_to = rf"""(?: {_RANGE} (?P<bd2>{_DAY}) [ ]? [日号] {day_clock}?
                      | {hour_to} )?"""
    # the time after a bare day: 14日18时(至15日8时), 25日10:00, 25日上午10:00
    day_time = rf"""(?: {day_clock} {clock_to}
                      | \s* (?:{day_parts})? \s* (?P<clock>{_CLOCK}) {_COLON_SHI}
                        (?: {colon_days("bd2")} | {colon_to} )? )"""
    day_leads = _alt(tw.day_of_month_leads) or "(?!)"
    # a weekday in brackets between a day and its clock: 11月20日(星期三)下午4时
    wdays = "".join(tw.weekdays) or "一"
    wwords = _alt(tw.weekday_words) or "周"
    wkb = rf"(?: \s* [(（] (?:{wwords}) [{wdays}] [)）] )?"
    # a year of the Republic (Taiwan print: 民国113年 = 2024): after 民国, or 100-119 before a
    # month or 度 (113年1月至10月, 113年度); _datevalue adds 1911 (group roc)
    roc_leads = _alt(tw.roc_leads) or "(?!)"
    roc = rf"""(?P<roc> (?<= (?:{roc_leads}) [ ]? ) \d{{1,3}} (?= [ ]? 年 )
                     | 1[01]\d (?= [ ]? 年 [ ]? (?: (?:1[0-2]|0?[1-9]) [ ]? 月 | 度 ) ) )"""
    range_next = _alt(tw.month_range_next) or "(?!)"
    # 2月9日(除夕)至17日(正月初八): a short aside in brackets between a day and its range mark
    aside = r"(?: [(（] [^()（）\n，,。；;]{1,8} [)）] )"
    # 自6月16日开始，至24日结束, 8月21日凌晨开始至22日: one period (a comma after 开始 only
    # after 自/从 earlier in the clause)
    since_to = r"(?: 开始 (?: (?<= (?:自|从) [ ]? [^，,。；;\n]{2,14} 开始 ) [，,] )? )"
    span_words = _alt(tw.year_span_words) or "(?!)"
    fiscal = _alt([w for w in tw.year_span_words if w.endswith("度") or w[0] in "财財"]) or "(?!)"
    year_words = _alt(tw.year_words) or "(?!)"
    since = _alt(tw.since_markers) or "(?!)"
    hao_next = _alt(tw.day_hao_next) or "(?!)"
    # 15日以来 (not 5日来: 来 alone counts days back)
    since_day = _alt([w for w in tw.since_markers if len(w) > 1]) or "(?!)"
    # 预计3日内: days within which, a duration even after a lead (内 words of the noun list)
    not_within = _not_before(tuple(w for w in tw.day_of_month_noun_blocked_next if "内" in w))
    # 本月22号, 上月5日: a month word before a bare day (else 月 before a day is md's)
    month_leads = _alt([w for w in tw.day_of_month_leads if w.endswith("月")]) or "(?!)"
    day_next = _alt(tw.day_of_month_next) or "(?!)"
    not_duration = (
        rf"(?<!{_alt(tw.day_of_month_blocked_before)})" if tw.day_of_month_blocked_before else ""
    )
    # the end of a news dateline (中新财经2月25日电 25日，…), with its byline in brackets
    # (…3月1日电（记者王二）25日，): the story's sentence starts there
    dateline = r"日 (?:专电|專電|电|讯|電|訊) (?: [ \t\u3000]* [(（] [^()（）\n]{1,24} [)）] )?"
    # 发布了15日全国报告, ，2日广东省始发列车, 。2日接待游客…: a day before a noun, after 了 or
    # at a clause's or sentence's start
    noun_leads = _alt(tw.day_of_month_noun_leads) or "(?!)"
    le_blocked = _alt(tw.day_of_month_noun_blocked_before) or "(?!)"
    noun_blocked = _not_before(tw.day_of_month_noun_blocked_next)
    hao_blocked = _not_before(tw.day_hao_blocked_next)  # 3号线, 1号楼: a name, no day
    noun_day = rf"""(?: (?<= (?:{noun_leads}) ) (?<! (?:{le_blocked}) (?:{noun_leads}) )
                      | (?<= (?:[，,；;。！？!?\n]|^|{dateline}) [ \t\u3000]* ) )  # 。2日接待…
                    (?: (?P<bd>{_DAY}) {_RANGE} (?P<bd2>{_DAY}) [ ]? 日           # ，16至17日，
                        (?= [，,(（] | \p{{Han}} ) {noun_blocked}
                      | (?P<bd>{_DAY}) [ ]?
                    (?: 日 (?: {_RANGE} (?P<bd2>{_DAY}) [ ]? 日 (?= [，,(（]|\p{{Han}} )  # 14-16日
                           | (?= \p{{Han}} | (?<=[，,；;][ \t]*{_DAY}[ ]?日) [，,、] )  # ，1日，
                           ) {noun_blocked}
                      | (?<! (?:[。！？!?\n]|^|{dateline}) [ \t\u3000]* {_DAY} [ ]? )  # (3号到5号线
                        号 (?: (?= [，,] )                   # none at a sentence start), ，22号，
                             | (?= \p{{Han}} ) {noun_blocked} {hao_blocked} ) ) )"""
    return regex.compile(
        rf"""
        (?= [\d{regex.escape(first)}] )                  # cheap test of the first character
        (?<!\d) (?<!\d[.,])                           # not the tail of a longer number (1,2024年)
        (?:
          (?P<stamp>                                 # 2024-09-03 16:23:48, 2024/9/3
            (?P<sy>(?:19|20)\d\d) (?P<sep>[-/.]) (?P<sm>1[0-2]|0?[1-9])
            (?P=sep) (?P<sd>3[01]|[12]\d|0?[1-9])
            (?!\d) (?: [\sT]* (?P<sclock>{_CLOCK}) )?
          )
        | (?P<yrange>                                # 2019-2023年, 2019至2023年
            (?P<ry1>(?:19|20)\d\d) (?:\s* 年)? {_RANGE} (?P<ry2>(?:19|20)\d\d) \s* 年 (?!代)
          | (?P<ry1>(?:19|20)\d\d) (?: {_RANGE} | / )      # 2023/2024年度, 2023-24年度,
            (?P<ry2>(?:19|20)\d\d|\d\d) \s* (?:{span_words})    # 2023—2024学年: one span
          | (?P<ry1>\d\d) [/、] (?P<ry2>\d\d) \s* (?:{span_words})   # 15/16年度, 15、16年度:
                                                     # a fiscal year of two-digit years
          | (?<!第) (?P<ry1>\d\d) (?P<ry2>) \s* (?:{fiscal}) (?!过)   # 16年度 (not 16年度过)
          | (?P<ry1>(?:19|20)\d\d) (?P<ry2>) \s* (?:{year_words})  # 2024财年, 2024赛季
          | (?P<ry1>(?:19|20)\d\d) (?P<ry2>)               # 2018、2019年: a year of a list
            (?= (?: [、和] (?:19|20)\d\d )+ \s* 年 (?!代|来|之久|历史|的历史) )
          )
        | (?P<decade>                                # 1990年代, 80年代, 八十年代
            (?P<dcent>上世纪|二十世纪|20世纪|本世纪|21世纪)?
            (?P<dnum>(?:19|20)\d0|\d0|[一二三四五六七八九]十|〇〇|零零) 年代
          )
        | (?P<century>                               # 21世纪, 二十世纪
            (?P<cnum>二十一|二十|十九|十八|2[01]|1[89]) 世纪
          )
        | (?P<ymd>                                   # 2011年7月6日, 2024年9月, 2022年初
            {_NOT_RANGE_END}
            (?P<year>(?:19|20)\d\d(?!\d)|2100|{cn_digit}{{4}}|{roc}
                   | 1[0-8]\d\d (?= \s* 年 \s* (?:1[0-2]|0?[1-9]) \s* 月 )    # 1815年10月
                   # 1879年 in a history (霍尔于1879年发现): a year, unless a length of time
                   # leads it or follows it (历时1800年, 1600年历史, 1500多年前)
                   | (?<! 长达 | 長達 | 历时 | 歷時 | 历经 | 歷經 | 经过 | 經過 | 用了 | 近
                        | 约 | 約 | 距今 | 超过 | 超過 | 达 | 達 | 有 | 逾 | 第 | 共 )
                     1[5-8]\d\d (?= \s* 年 (?! 来 | 來 | 以来 | 以來 | 之久 | 历史 | 歷史
                                   | 的历史 | 的歷史 | 多 | 前 | 后 | 後 | 左右 | 间 | 間
                                   | 里 | 裡 ) ) ) \s*
            (?:
              (?P<npart>{nian_parts})                # 年初, 年底 (not 年中秋): 年 is in the word
            | 年? (?P<qh> [QqHh] [1-4] ) (?![0-9A-Za-z])  # 2024Q3, 2024年H1: a quarter, a half
            | 年 (?!代|来|之久|历史|的历史)
              (?: 前 {_FIRST}                                  # 2024年前三个月
                | {_QUARTERS}                                    # 2024年1—3季度
                | (?P<m1>{_MONTH}) 月? {_RANGE}                       # 1(月)至10月,
                  (?: (?P<year2>(?:19|20)\d\d|{cn_digit}{{4}}) \s* 年 )?      # 9月至2025年3月,
                  (?P<m2>{_MONTH}) 月份?                       # 十一月至二零二三年一月
                | (?P<m1>1[0-2]|0?[1-9]) {_RANGE} (?P<m2>1[0-2]|0?[1-9])  # 2024年1-11累计
                  (?= {range_next} )
                | (?P<month>{_MONTH}) [ ]? 月 份? [ ]?             # 7 月 25 日: spaced text
                  (?: (?P<day>{_DAY}) [ ]? [日号]
                      (?: {aside}? (?:{day_parts})? (?:起|{since_to})? {_RANGE}  # 7月3日(起)至5日
                          (?: (?:(?P<year2>(?:19|20)\d\d) \s* 年)?
                                       (?P<month2>{_MONTH}) 月 )?
                          (?P<day2>{_DAY}) [日号] {day_clock}?          # (至7日7时: its end)
                        | {_DAY_HOURS}                                    # 15日0—24时
                        | {wkb} \s* (?:{day_parts})? \s* (?P<clock>{_CLOCK}) {_COLON_SHI}
                          (?: {colon_days("day2", "month2")} | {colon_to} )?   # 14:30(至16:30)
                        | {wkb} {day_clock} (?: {_RANGE} (?:(?P<month2>{_MONTH}) 月)?  # 3日20时至…
                                          (?P<day2>{_DAY}) [日号] {day_clock}?
                                        | {hour_to} )? )?                # 9日15时30分至16时30分
                    | (?P<day>{_DAY}) {_RANGE} (?P<day2>{_DAY}) [日号]  # 7月3-5日
                    | (?P<xun>{xun}) {xun_to}? )?
                | (?P<part>{_alt(other_parts)})
                | (?P<npart>{nian_parts})                   # 2022年年末
              )?
            )
          )
        | (?P<md>                                    # 9月3日, 1-7月份, 9月上旬 (no year)
            {_NOT_RANGE_END}
            (?: (?P<pm1>1[0-2]|0?[1-9]) 月? {_RANGE} (?P<pm2>1[0-2]|0?[1-9]) 月份?  # 1(月)至10月
              | (?<![{_NUMERALS}几数第]) (?P<pm1>{_CN_MONTH}) 月? {_RANGE}    # 一至十月
                (?P<pm2>{_CN_MONTH}) 月 (?: 份 (?!额) | {bare_cn_month_end} )
              | {_FIRST_LEAD} {_FIRST}                             # (今年)前九月, 前10个月
              | (?<= (?:^|[。！？；;，,：:\n年]) [ \t]* )                   # 1-11累计: no 月
                (?P<pm1>1[0-2]|0?[1-9]) {_RANGE} (?P<pm2>1[0-2]|0?[1-9]) (?= {range_next} )
              | (?P<pmonth>1[0-2]|0?[1-9]) [ ]? 月 份? [ ]?      # 7 月 25 日: spaced text
                (?: (?P<pday>3[01]|[12]\d|0?[1-9]) [ ]? [日号]
                    (?: {aside}? (?:{day_parts})? (?:起|{since_to})? {_RANGE}  # 9月3日起至10月5日
                        (?: (?P<month2>1[0-2]|0?[1-9]) 月 )?
                        (?P<day2>3[01]|[12]\d|0?[1-9]) [日号] {day_clock}?   # (至7日7时)
                      | {_DAY_HOURS}                                    # 15日0—24时
                      | {wkb} \s* (?:{day_parts})? \s* (?P<clock>{_CLOCK}) {_COLON_SHI}
                        (?: {colon_days("day2", "month2")} | {colon_to} )?
                      | {wkb} {day_clock} (?: {_RANGE} (?:(?P<month2>1[0-2]|0?[1-9]) 月)?
                                        (?P<day2>3[01]|[12]\d|0?[1-9]) [日号] {day_clock}?
                                      | {hour_to} )? )?
                  | (?P<pday>3[01]|[12]\d|0?[1-9]) {_RANGE}             # 9月3-5日
                    (?P<day2>3[01]|[12]\d|0?[1-9]) [日号]
                  | (?P<pday>3[01]|[12]\d|0?[1-9])                    # 7月19(、20日): a list
                    (?= 、 (?:3[01]|[12]\d|0?[1-9]) [日号] )
                  | (?P<pxun>{xun}) {xun_to}? )?
              | (?<![〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟几数第])
                (?<! 农历 | 阴历 | 農曆 | 陰曆 )                  # a lunar month is no calendar one
                (?P<cmonth>{_CN_MONTH}) 月
                (?: (?P<cday>{_CN_DAY}) [日号]                   # 三月五日(至七日)
                    (?: {_RANGE} (?P<day2>{_CN_DAY}) [日号] | {day_clock} )?
                  | 份 (?!额)                                    # 三月份 (not 份额)
                  | (?P<pxun>{xun})                             # 十二月初, 三月中旬
                  | {bare_cn_month_end} )                       # 三月 (not 三月来, 月薪)
            )
          )
        | (?P<qrange> {_NOT_RANGE_END} (?<![\d{_NUMERALS}]) {_QUARTERS} )  # 1—3季度, 一至三季度
        | (?P<qpart> (?<![第前]) (?:{qparts}) )      # 上半年, 一季度 (not 首季冠军)
        | (?P<bday>                                  # a day of the month: 截至14日18时, 4日白天
            {_NOT_RANGE_END} (?: (?<![月第]) | (?<= {month_leads} ) ) {not_duration}
            (?<! [日号] {_RANGE} )           # not the end of 3日到5日 whose start is no date
            (?: (?P<bd>{_DAY}) [ ]? [日号] (?:{parts}|{day_parts}) {_RANGE}  # 27日白天到28日
                (?P<bd2>{_DAY}) [ ]? [日号]
              | (?<= (?:{day_leads}) \s* ) {bare_day} {day_time}? {not_within}  # 截至14日(18时)
              | (?<= (?:{wwords}) [{wdays}] [(（] ) {bare_day} (?= [)）] )   # 周四（21日）
              | (?<= (?:^|[。！？；!?;:：\n]|{dateline}) [ \t\u3000]* ) {bare_day}   # 14日，9日：
                (?= \s* (?: [，,、(（:：] | [和及与] {_DAY} [ ]? [日号] )
                  | [ \t\u3000]+ {noun_blocked} \p{{Han}} )        # 7日 阴转小雨 (a forecast table)
              | (?<= [日号] [ ]? [、和及与] | 月 \d{{1,2}} 、 )             # (19日、)20日
                (?P<listed>) {bare_day}
              | (?<= [{_day_word_heads()}] 天? [(（] )          # 昨(12)日, 明(13)天, 今天(21)日
                (?P<bd>{_DAY}) (?P<inword>[)）]) [日天]
                (?: (?:{parts}|{day_parts})? {_RANGE} [{_day_word_heads()}] [(（]  # 今(20)日晚间
                    (?P<bd2>{_DAY}) [)）] [日天] | {day_time} )?                # 至明(21)日
              | (?P<bd>{_DAY}) [ ]? 号 {_RANGE} (?P<bd2>{_DAY}) [ ]? 号 {hao_blocked}  # 22号到23号
              | (?P<bd>{_DAY}) [ ]? 号 (?= \s* (?:{since}) )   # 22号以来, 22号至今: 号 is no unit
              | (?<= \p{{Han}} ) (?P<bd>{_DAY}) [ ]? 号 (?= {hao_next} )      # 他22号到达
              | (?<= (?:^|[。！？；!?;，,:：\n]) [ \t\u3000]* )               # ，15日以来: a day
                (?P<bd>{_DAY}) [ ]? 日 (?P<sinceday>) (?= \s* (?:{since_day}) )  # if a month holds
              | {bare_day} (?: {day_time} | (?= \s* (?:{day_next}) )  # 14日18时, 4日白天
                             | \s* \d{{1,2}} (?:时)? {_RANGE} \d{{1,2}} [时点] )  # 11日19(时)至20时
              | {noun_day}                      # 发布了15日全国报告 (after a clock: 。六日十六时)
              | (?<= (?:^|[。！？；!?;，,：:\n]) [ \t\u3000]* )  # 下旬，…: in the month in force
                (?P<bxun> {_alt(_bare_xun()) or "(?!)"} ) (?= \s* (?: [，,] | {since_day} ) )
            )
          )
        | (?P<crange>                                # 11~16时, 8至20时: hours of a day
            (?<! [\d{_NUMERALS}.] ) (?<! [\d{_NUMERALS}] {_RANGE} )
            (?: (?P<mh1>2[0-3]|[01]?\d) [ ]* [时点] (?: [ ]* (?P<mm1>[0-5]?\d) [ ]* 分 )?
                {_RANGE} (?P<cp2>{end_parts})? [ ]*                   # 16时26分至16时42分,
                (?P<mh2>2[0-4]|[01]?\d) [ ]* [时点]                   # 8时至下午2时: minutes
                (?: [ ]* (?P<mm2>[0-5]?\d) [ ]* 分 )?                  # or a day part at the
                (?(mm1)|(?(cp2)|(?!))) (?![{blocked}\d半])             # end (else below)
              | (?P<ch1>2[0-4]|[01]?\d) (?:[ ]*时)? {_RANGE}       # 17时至18时 too
                (?P<ch2>2[0-4]|[01]?\d) [ ]* 时 (?![{blocked}])
              | (?<= (?:{day_parts}|{clock_leads}) [ ]* )         # 下午2点至5点: a day part
                (?P<ch1>{_HOUR12}) [ ]* [时点]? {_RANGE}            # before, 点 is an hour too
                (?P<ch2>{_HOUR12}) [ ]* [时点] (?![{blocked}\d半])  # (not 5点半)
              | (?P<cc1>{_CLOCK}) {_RANGE} (?P<cc2>{_CLOCK}|24[:：]00(?!\d))  # 14:00至20:00,
                                                                         # 10:00~24:00
              )
          )
        | (?P<tclock>                                # 16:23, 18时许, 9时30分, 下午3点, 3点半
            (?<! [\d{_NUMERALS}] {_RANGE} )               # not the end of a range (0-1时, 贰—3时)
            (?: (?P<colon>{_CLOCK}) (?![.．]\d)
              | {alone_clock}
              | (?<= (?:^|[。！？；!?;，,：:\n]) [ \t\u3000]* )          # 零点，: midnight at a
                (?P<hh>[零〇]) [时点] (?= \s* (?:[，,]|{since}) ) )   # clause start (not 零点五)
          )
        )
        """,
        regex.VERBOSE,
    )
