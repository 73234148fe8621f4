"""Page chrome and datelines (private to ``claims.inventory``).

Split from inventory.py so that each module stays readable: the line-by-line pass that finds
a page's trailing chrome (为您推荐 and all after it), chrome lines (展开全文), news datelines
opening a paragraph (新华社北京8月1日电) and publication stamps near the top
(2024-09-03 16:23:48北京日报客户端, 发布时间: …). Linear in the text.
"""

from __future__ import annotations

import re

import regex

from claims.timex import find_dates
from claims.vocab import context_words

_SENTENCE_MARK = regex.compile(r"[，,。；;！!？?]")  # punctuation of running prose
_LABEL = regex.compile(
    r"""
    [^\d\n]{0,6} [:：]             # a short label and a colon: 发布时间: 2024-09-03
    """,
    regex.VERBOSE,
)


# A publication stamp is a date, maybe with a source name on one side (2024-09-03 16:23:48
# 北京日报客户端, 人民网 2024年9月3日 10:20); words running into the date on both sides make a
# sentence of an issuing body (中央气象台7月27日06时继续发布台风红色预警): no stamp.
_WORD_END = regex.compile(r"\p{Han}$")  # the word before runs into the date
_WORD_START = regex.compile(r"\p{Han}")  # and the one after runs on from it
# A stamp's clock has colons (16:23:48); an hour word (10时, 3点) in a date that words run on
# from is a sentence's: 7月28日10时中央气象台继续发布台风红色预警.
_CN_CLOCK = regex.compile(r"[时點点時]")


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        out.append((start, end))
        start = end + 1
    return out


# A news dateline opening a line: 新华社北京8月1日电, 中新社 甘肃积石山12月19日电, 本報北京6月24日電
_NEWS_DATELINE = regex.compile(
    r"""
    (?: 据 | 【 )?
    [^\n。！？!?，,；;：:“”"]{0,24}?   # the agency and the place (bounded: linear)
    (?: \d{1,2} | [一二三四五六七八九十]{1,3} ) [ ]? 月 [ ]?    # 3月12日, 八月十日,
    (?: \d{1,2} | [一二三四五六七八九十]{1,3} ) [ ]? 日         # 北京 4 月 18 日电 (spaced)
    (?: (?: 专电 | 專電 | 电 | 讯 | 電 | 訊 | 消息 )          # 电, 专电, 央广网…3月21日消息
        (?: 】                       # 【新唐人2013年03月04日讯】: the bracket closes
          | (?= [\s(（【,，:：] | $ ) )   # or the story follows (not 8月1日电话联系)
      | (?: 讯 | 訊 ) (?! 息 )          # 中新网3月5日讯国家统计局…: 讯 ends it unspaced too
      | (?: 报道 | 報道 ) (?= [:：] ) )  # 东方网记者孙晓菲11月28日报道:
    """,
    regex.VERBOSE,
)

# A bracketed byline opening a line: 【本报讯】, (记者 王二 3月5日报道), （通讯员 李四）
_BYLINE = regex.compile(
    r"""
    (?: 【 [^\n】]{0,30}? (?: 讯 | 訊 | 电 | 電 | 报道 | 報道 | 记者 | 記者 ) [^\n】]{0,20}? 】
      | [(（] [^\n)）]{0,30}? (?: 记者 | 記者 | 通讯员 | 通訊員 | 报道 | 報道 | 讯 | 訊 )
        [^\n)）。，,]{0,20}? [)）]
      | [(（] [^\n)）。，,]{0,16}? (?: \d{1,2} | [一二三四五六七八九十]{1,3} ) 日
        (?: 电 | 電 | 专电 | 專電 ) [)）] )   # (中央社台北三日电): a day without its month
    """,
    regex.VERBOSE,
)


# What a news dateline ends with: 日电, 日专电 (新华社太原3月12日专电),
# 日消息 (央广网临汾3月21日消息)
_NEWS_MARKS = ("日电", "日讯", "日電", "日訊", "日专电", "日專電", "日消息", "日报道", "日報道")
# any of them in a line's first 40 characters, in one stdlib search (re.search(line, 0, 40));
# a generator over the marks for every line cost a tenth of the set-asides of a news page
_NEWS_MARK = re.compile("|".join(re.escape(w) for w in _NEWS_MARKS))


def _chrome_and_datelines(text: str) -> list[tuple[int, int, str]]:
    sa = context_words().set_aside
    found: list[tuple[int, int, str]] = []
    non_empty = 0
    for start, end in _lines(text):
        raw = text[start:end]
        line = raw.strip()
        if not line:
            continue
        non_empty += 1
        lead = start + (len(raw) - len(raw.lstrip()))
        if len(line) <= 12 and line.startswith(sa.chrome_tail):
            found.append((lead, len(text), "page_chrome"))
            break
        news = (
            _NEWS_DATELINE.match(text, lead, end)
            if _NEWS_MARK.search(line, 0, 40)
            else None
        )
        if news:  # the dateline opening a news paragraph; the paragraph goes on
            found.append((lead, news.end(), "dateline"))
        elif line[0] in "【(（" and (byline := _BYLINE.match(text, lead, end)):
            found.append((lead, byline.end(), "dateline"))
        elif line in sa.chrome_lines:
            found.append((lead, lead + len(line), "page_chrome"))
        elif len(line) <= 60 and _is_dateline(line, non_empty <= 6):
            found.append((lead, lead + len(line), "dateline"))
    return found


def _is_dateline(line: str, near_top: bool) -> bool:
    """A short line that is a publication stamp: 2024-09-03 16:23:48北京日报客户端, 发布时间:…"""
    sa = context_words().set_aside
    if line.startswith(sa.dateline_leads) and _LABEL.match(line):
        return bool(find_dates(line))
    if not near_top or _SENTENCE_MARK.search(line):
        return False  # a sentence (她出生于1945年5月8号，现在60岁了) is no dateline
    if _LABEL.match(line):
        return False  # 发震时刻：2015-08-06 05:04:32 labels an event's time, not the page's
    dates = [
        d for d in find_dates(line) if d.value.precision in ("day", "hour", "minute", "second")
    ]
    if not dates or str(dates[0].value.start).startswith(("T", "---")):
        return False  # a clock or a day alone (早晨5点钟其中心位于…, 昨(9)日晚间…) dates no page
    before = line[: dates[0].span.start]
    after = line[dates[-1].span.end :]
    if _WORD_START.match(after) and (
        _WORD_END.search(before) or _CN_CLOCK.search(line, dates[-1].span.start, dates[-1].span.end)
    ):  # 省气象台8日10时发布暴雨橙色预警信号, 7月28日10时中央气象台继续发布…: a sentence, no stamp
        return False
    rest = len(line) - sum(len(d.span) for d in dates)
    return dates[0].value.precision in ("minute", "second") or rest <= 20
