"""The word pattern of the set-asides and where it may start: a private part of
claims/inventory.py.

Builds, once, the pattern of names, hotlines, idioms, order-only ordinals (also enumerated:
第一、二、三产业), response levels, month-day names, numbered roads, school grades, relays and
rate denominators (words from context.toml [set_aside] and numerals.toml), and its stdlib
prefilter (claims._prefilter): every branch must start where the prefilter looks.
``claims.inventory.set_asides`` walks it over each text.
"""

from __future__ import annotations

import re
import string
from functools import cache

import regex

from claims._alt import alt
from claims._prefilter import DIGIT, Prefilter, literal_first, literals
from claims.vocab import context_words, numerals

__all__ = ["CN_NUM", "ONE_TO_TEN", "word_pattern", "word_prefilters"]

CN_NUM = "〇零一二三四五六七八九十百千万亿两廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億"
ONE_TO_TEN = "一二三四五六七八九十"
_CN_NUM, _ONE_TO_TEN = CN_NUM, ONE_TO_TEN


_alt = alt


@cache
def word_pattern() -> regex.Pattern[str]:
    """Names, hotlines, idioms, order-only ordinals (also enumerated: 第一、二、三产业), month-day
    names and rate denominators (words from context.toml and numerals.toml), in one pattern.
    A new branch must start where ``word_prefilters`` looks: set_asides tries it only there."""
    sa = context_words().set_aside
    dn = numerals().date_names
    dots = _alt(dn.dots) if dn else "(?!)"
    follow = _alt(dn.follow) if dn else "(?!)"
    dn_blocked = (_alt(dn.blocked_before) if dn else "") or "(?!)"
    emergency = rf"(?:{_alt(sa.emergency_numbers + sa.hotlines)})(?!\d)"
    festival = _alt(sa.festival_follows) or "(?!)"
    grades = _alt(sa.grade_heads) or "(?!)"
    road_pre = "[" + "".join(regex.escape(c) for c in sa.road_line_prefixes) + "]"
    road_pre = road_pre if sa.road_line_prefixes else "(?!)"
    road_words = _alt(sa.road_line_words) or "(?!)"
    words = (
        *sa.names, *sa.digit_letter_names, *sa.hotlines, *sa.idioms, *sa.emergency_numbers,
        *sa.enumerated_names, *sa.enumerated_ordinals,
    )
    # Every branch starts with one of these characters; testing that first lets the engine
    # skip most positions (the lookbehinds below are costly when tried everywhere): 8x faster.
    firsts = {w[0] for w in words if w} | set("0123456789每第前初高" + _CN_NUM)
    lead = "".join(regex.escape(c) for c in sorted(firsts))
    return regex.compile(
        rf"""
        (?=[{lead}])
        (?:
          (?P<name>                  # names never start or end inside a numeral run
            (?<![\d{_CN_NUM}点.]) (?: {_alt(sa.names)} | {_alt(sa.digit_letter_names)} )
            (?: (?<![\d{_CN_NUM}]) | (?![\d{_CN_NUM}]) )  # 四级响应3次: a figure may follow
          | (?<![\d.]) (?:{_alt(sa.festival_numbers) or "(?!)"}) (?=\s*(?:{festival}))  # 618大促
          | (?<![\d.]) \d{{1,4}} (?: {_alt(sa.numbered_roads) or "(?!)"} )   # 203省道
          | (?<![\d.]) [2-8] [ ]? [×xX] [ ]? \d{{2,4}} [ ]? 米    # 4×100米: a relay's name
          | (?<= {road_pre} ) (?: \d{{1,3}} | [一二三四五六七八九十]{{1,3}} ) [甲乙丙丁]?
            (?: {road_words} )                                            # 台9線, 花四十五線
          | (?<![\d{_CN_NUM}]) [一二三四1-4] [级級] (?= \p{{Han}}{{0,8}}? (?:响应|響應|预警|預警) )
                                     # 四级救灾应急响应, 三级响应: a response level (Ⅲ级 too)
          | (?<![\d.]) (?:1[0-2]|0?[1-9]) (?:{dots}) (?:3[01]|[12]\d|0?[1-9]) (?![\d.])   # 3·15
          | (?<![\d.] | {dn_blocked}) (?:1[0-2]|0?[1-9]) \. (?:3[01]|[12]\d|0?[1-9]) (?={follow})
                                                                # 3.15晚会 (not 里氏5.12地震)
          )
        | (?P<rate_denominator>      # 每万人, 每十万人口, 每百户, 每1000人 (not 每10年)
            每 (?: [十百千万]+ | 一[十百千万]+ | 10+ ) (?![\d{_CN_NUM}])
            (?! 年 | 个?月 | 天 | 日 | 周 | 个?小时 | 分钟 | 秒 | 次 )
          )
        | (?P<hotline> (?<!\d) (?:{_alt(sa.hotlines)}) (?![\d.万亿萬億])  # 12358亿斤 is a figure
          | (?<= (?:{_alt(sa.emergency_leads)}) \s*) (?:{_alt(sa.emergency_numbers)}) (?!\d)
          # 110接警量, 110、119指挥中心: a service named by what follows it (not 110起)
          | (?<![\d.]) {emergency} (?: [、/和及] {emergency} ){{0,4}}
            (?= \s* (?:{_alt(sa.emergency_follows)}) ) )
        | (?P<idiom> {_alt(sa.idioms)} )
        | (?P<indefinite>            # 一场地震, 新一轮, 又一个: 一 + measure word reads "a/an"
            (?<! [\d{_CN_NUM}] | {_alt(sa.indefinite_blocked_before) or "(?!)"} )  # not 仅一个
            一 (?: {_alt(sa.indefinite_measures) or "(?!)"} ) (?= \p{{Han}} )   # before a noun
            (?! [\d{_CN_NUM}] | {_alt(sa.indefinite_blocked_after) or "(?!)"} )  # not 一个月
            # not 一名男子死亡: an outcome in the clause before any numeral (bounded: linear)
            (?! [^\d{_CN_NUM}，。；！？、,;:：!?\n]{{0,8}}?
                (?: {_alt(sa.indefinite_outcomes) or "(?!)"} ) )
          )
        | (?P<enumerated>            # 第一、二、三产业, 二、三等奖: ordinals listed before one head
            (?<![\d{_CN_NUM}、])  # start at the first item only, never inside a list
            # bounded (at most 10 items of 3 numerals): linear
            第? [一二三四五六七八九十]{{1,3}} (?: 、 第? [一二三四五六七八九十]{{1,3}} ){{1,9}}
            (?: {_alt(sa.enumerated_names + sa.enumerated_ordinals)} )
          )
        | (?P<ordinal> (?<!连续) 第 \s? (?! [\d{_CN_NUM}]* [万亿萬億] )  # 第3万回: a milestone
            [\d{_CN_NUM}]+ \s? (?: {_alt(sa.ordinal_heads)} ) (?<!季)
          | 第 [\d{_CN_NUM}]+ 季 (?!度)     # 第三季 is a season; 第三季度 is a date
          | 前 [\d{_CN_NUM}]{{1,3}} (?: 位 | 名 )     # 位列前三名: a ranking that only orders
          | (?<! 提 ) 前一 (?: 日 | 天 )             # 前一日: the day before (not 提前一天)
          | (?<! [\d{_CN_NUM}] ) [初高]? [1-9一二三四五六七八九] (?: {grades} ) )  # 初二年级
        )
        """,
        regex.VERBOSE,
    )


@cache
def word_prefilters() -> tuple[Prefilter, ...]:
    """Where a branch of ``word_pattern()`` may start (claims._prefilter): a superset."""
    sa = context_words().set_aside
    dn = numerals().date_names
    literal = (
        *sa.names,
        *sa.digit_letter_names,
        *sa.hotlines,
        *sa.emergency_numbers,
        *sa.idioms,
        *sa.festival_numbers,
    )
    branches = [
        *literals(literal),  # names, hotlines (also after 拨打), idioms
        # ordinals, and enumerated ordinals that start with 第; rankings (前三位, 前一日): a
        # numeral follows, after one space at most for 第 (re's \s holds every \s of regex)
        ("第", rf"\s?(?:[{_CN_NUM}]|{DIGIT})"),
        ("前", rf"(?:[{_CN_NUM}]|{DIGIT})"),
        ("每", "(?:[十百千万]|一[十百千万]|10)"),  # rate denominators
        (_ONE_TO_TEN, f"[{_ONE_TO_TEN}]{{0,2}}、第?[{_ONE_TO_TEN}]"),  # enumerated: 二、三等奖
    ]
    branches.append(("一二三四1234", "[级級]"))  # 四级应急响应: a response level
    if sa.grade_heads:  # 初二年级, 五年级: a school grade (the whole word: 一年 is common)
        heads = "(?:" + "|".join(re.escape(w) for w in sa.grade_heads) + ")"
        branches.append(("初高", f"[1-9一二三四五六七八九]{heads}"))
        branches.append(("一二三四五六七八九", heads))
    if sa.indefinite_measures:  # 一场, 一个: the indefinite 一
        branches.append(("一", _first_of(sa.indefinite_measures)))
    # After a digit, one alternative (most candidates are digits, each tries every
    # alternative of its character): 203省道, 3·15 and 3.15晚会, each read up to the first
    # character of its word (an empty word list is an empty alternative, as in the pattern)
    roads = _first_of(sa.numbered_roads) if sa.numbered_roads else "(?!)"
    dots = _first_of(dn.dots) if dn else "(?!)"
    follow = _first_of(dn.follow) if dn else "(?!)"
    after_digit = rf"{DIGIT}{{0,3}}{roads}|[0-9]?(?:{dots}|\.[0-9]{DIGIT}?{follow})"
    after_digit += r"| ?[×xX]"  # 4×100米: a relay
    if sa.grade_heads:  # 5年级 (the whole word: 5年 is common)
        after_digit += "|" + "|".join(re.escape(w) for w in sa.grade_heads)
    if sa.road_line_prefixes and sa.road_line_words:  # 台9線: the county character first
        pre = "[" + "".join(re.escape(c) for c in sa.road_line_prefixes) + "]"
        line = "[甲乙丙丁]?" + _first_of(sa.road_line_words)
        after_digit += f"|(?<={pre}.)[0-9]{{0,2}}{line}"
        branches.append((_ONE_TO_TEN, f"(?<={pre}.)[{_ONE_TO_TEN}]{{0,2}}{line}"))
    branches.append((string.digits, f"(?:{after_digit})"))
    # Every branch that starts with a digit starts a run of them ((?<!\d), (?<![\d.])): a
    # digit after an ASCII digit is no candidate, tested once before its alternatives (most
    # candidates are digits). An idiom that opened with a digit would start anywhere.
    guarded = not any(w[:1] in string.digits for w in sa.idioms)
    guards = dict.fromkeys(string.digits, "(?<![0-9].)") if guarded else {}
    return ((re.compile(literal_first(branches, guards)), 0),)


def _first_of(words: tuple[str, ...]) -> str:
    """A stdlib class of the words' first characters ("" when there are none: any)."""
    return "[" + "".join(re.escape(w[0]) for w in words if w) + "]" if all(words) and words else ""
