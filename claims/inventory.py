"""The coverage inventory. Takes a text (and its claims); returns every numeral in it, each
accounted for by the claims that cover it or by a named reason it is not a claim.

``set_asides(text)`` finds the stretches whose numerals are deliberately not claims: the
dateline under the title, page chrome (为您推荐 and all after it), names with numerals
(二十大, 北京12345, “百县千红新农人”), idioms (十年如一日, 第一时间), list markers (一、),
ordinals that only order (第四集), phone numbers, codes and URLs. The value engine drops
claims that overlap them. ``inventory(text)`` then lists every run of numeral characters once:
covered by claim ids, or by a set-aside reason, or by a residual reason (``not_a_figure`` for
numerals inside ordinary words such as 统一 or 万一, ``unclaimed`` for anything else), so that
nothing is dropped silently. Both are linear in the text.

>>> [(a.text, a.reason) for a in set_asides("一、她第一时间拨打12345。")]
[('一、', 'list_marker'), ('第一时间', 'idiom'), ('12345', 'name')]
"""

from __future__ import annotations

import re
import string
from collections import Counter
from functools import cache

import regex

from claims._datelines import _chrome_and_datelines
from claims._name_asides import extra_asides
from claims._prefilter import DIGIT, Prefilter, finditer, literal_first, literals
from claims.bounds import construct
from claims.models import Claim, Record, Source, Span
from claims.vocab import context_words, numerals

__all__ = ["Inventory", "Numeral", "SetAside", "inventory", "set_asides"]

REASONS = (
    "dateline",
    "page_chrome",
    "name",
    "idiom",
    "list_marker",
    "ordinal_only",
    "phone",
    "code",
    "url",
    "rate_denominator",
)
"""Why a stretch of text holds numerals that are not claims."""

RESIDUAL_REASONS = ("not_a_figure", "unclaimed")
"""Why a numeral outside every claim and set-aside was left: a word, or a gap to review."""

_CN_NUM = "〇零一二三四五六七八九十百千万亿两廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億"

_NUMERAL_RUN = regex.compile(
    rf"""
    (?: \d+ (?: [.,．] \d+ )*      # Arabic digits (any script, full-width too), with separators
      | [{_CN_NUM}]                # Chinese numeral characters, including magnitudes
    )+
    """,
    regex.VERBOSE,
)
# The e-mail branch is tried only on texts that hold an e-mail domain (@example.com): it
# is the one branch that can start at any word edge of Chinese prose.
_EMAIL = r"""
             | (?<![\w.+\-]) [\w.+\-]+ @[\w\-]+\.[A-Za-z.]+   # e-mail, from a word edge
"""
_EMAIL_DOMAIN = regex.compile(r"@[\w\-]+\.[A-Za-z]")
# “…”, "…" (ASCII, as in some feeds) and 《…》 (stdlib re reads it the same: a prefilter)
_QUOTED = r"“ [^”\n]{1,15} ” | \" [^\"\n]{1,15} \" | 《 [^》\n]{1,30} 》"
# A new branch must start where _FIXED_PREFILTERS looks: set_asides tries the pattern only there.
_FIXED_SOURCE = r"""
    (?= [\s\dA-Za-z一二三四五六七八九十“"《（(①-⑳] {email_start} )  # cheap first-character test
    (?:
      (?P<url> https?://\S+ | www\.[\w.\-]+\S* {email} )
    | (?P<phone> (?<!\d) (?: 0\d{2,3}-\d{7,8} | 1[3-9]\d{9} | 400-?\d{3}-?\d{4} ) (?!\d) )
    | (?P<code>                    # G20, COVID-19, PM2.5: letters then digits
        (?<![A-Za-z0-9/])          # not a unit's power after a slash (160μg/m3)
        (?<![万亿年])                # nor a unit after 万/亿 (2.3万km2), a quarter (2024年Q3)
        (?! M \d\.\d (?![\d.]) (?: 级 | 地震 | [ ]?[Ee]arthquake ) )   # M6.1级地震: a magnitude
        (?! (?<= (?: 震级 | 测定为 ) [ ：:]? ) M \d\.\d (?![\d.]) )       # 测定为M4.1, 震级：M5.0
        [A-Za-z]+ -? \d+ (?:\.\d+)? [A-Za-z0-9\-]* )
    | (?P<plenum>                  # 十一届三中全会, 二十届全国人大一次会议: names of meetings
        (?<![一二三四五六七八九十])   # from the start of a numeral run (linear on floods of 一)
        [一二三四五六七八九十]+ 届 (?: 全国人大 | 全国政协 | 中央委员会 )?
        [一二三四五六七八九十]+ (?: 中全会 | 次会议 | 次全体会议 )
      )
    | (?P<citation>                # (马亚伟等，2022；解孟雨等，2021): a cited work's year
        (?<= 等 \s? [，,] \s? ) (?:19|20) \d{2} [a-z]? (?= \s? [；;）)] ) )
    | (?P<quoted> {quoted} )       # “百县千红新农人”、 《2023年统计公报》: names, titles
    | (?P<list_marker>             # 一、 (一) 1. ① at the start of a line; 一是 after punctuation
        (?: ^ | (?<=\n) ) [ \t\u3000]*
          (?: [一二三四五六七八九十]+ [、.．]              # 一、
            | [（(] [一二三四五六七八九十\d]+ [）)]          # (一)
            | \d{1,2} [、．.] (?!\d)                         # 1. (not 1.5)
            | [①-⑳] )
      | (?<= [。；;：:，,] ) \s* [一二三四五六七八九十] 是
      )
    )
"""
_FIXED_SOURCE = _FIXED_SOURCE.replace("{quoted}", _QUOTED)
_FIXED = regex.compile(
    _FIXED_SOURCE.replace("{email_start}", r"| (?<![\w.+\-])[\w.+\-]").replace("{email}", _EMAIL),
    regex.VERBOSE,
)
_FIXED_NO_EMAIL = regex.compile(
    _FIXED_SOURCE.replace("{email_start}", "").replace("{email}", ""), regex.VERBOSE
)
_ONE_TO_TEN = "一二三四五六七八九十"
# the list_marker branch at a line start, read more loosely (stdlib re: a superset)
_LINE_MARKER = (
    rf"[ \t\u3000]*(?:[{_ONE_TO_TEN}]+[、.．]|[（(](?:[{_ONE_TO_TEN}]|{DIGIT})+[）)]"
    rf"|{DIGIT}{{1,2}}[、．.]|[①-⑳])"
)
# Where a branch of _FIXED_NO_EMAIL may start (claims._prefilter): a superset, in stdlib re.
# A search for an alternation finds the leftmost hit of any alternative, so prefilters with
# one offset merge without changing the candidates (where stdlib re still skips fast).
_FIXED_PREFILTERS: tuple[Prefilter, ...] = (
    (  # the candidate is the hit itself: one class first (stdlib re skips to it in C), then
        # the branch of that character, checked by a lookbehind (a branch per letter cost 40%)
        re.compile(
            rf"[hw014A-Za-z{_ONE_TO_TEN}“\"《](?:"
            rf"(?<=h)ttps?://|(?<=w)ww\.|"  # url
            # phone: the whole number, not after an ASCII digit (2024-09-03 is none)
            rf"(?<=0)(?<![0-9].){DIGIT}{{2,3}}-{DIGIT}{{7}}|(?<=1)(?<![0-9].)[3-9]{DIGIT}{{9}}|"
            rf"(?<=4)(?<![0-9].)00-?{DIGIT}{{3}}-?{DIGIT}{{4}}|"
            # code, from its first letter (a lookbehind keeps a run of letters linear)
            rf"(?<=[A-Za-z])(?<![A-Za-z0-9].)[A-Za-z]*-?{DIGIT}|"
            rf"(?<=[{_ONE_TO_TEN}])(?<![{_ONE_TO_TEN}].)[{_ONE_TO_TEN}]*届|"  # plenum
            r"(?<=“)[^”\n]{1,15}”|(?<=\")[^\"\n]{1,15}\"|(?<=《)[^》\n]{1,30}》)"  # quoted
        ),
        0,
    ),
    # the candidate is the character after the hit's first (offset 1):
    # a list marker at a line start, the marker itself: the candidate follows the line break
    (re.compile(rf"\n{_LINE_MARKER}"), 1),
    # 一是 after punctuation: the candidate follows the punctuation; a citation's year after
    # 等， or 等, from the comma (a pattern opening with a lookbehind is tried at every
    # character: 30x slower), or after 等， with one space, from the space
    (re.compile(rf"[。；;：:，,](?:\s*[{_ONE_TO_TEN}]是|(?<=等[，,])(?:19|20)\d\d)"), 1),
    (re.compile(r" (?<=等[，,] )(?:19|20)\d\d"), 1),
)


# The quoted branch alone, for a candidate that opens with a quotation mark: no other branch
# of _FIXED_NO_EMAIL starts with one (stdlib re matches it five times faster).
_QUOTED_ONLY = re.compile(rf"(?P<quoted>{_QUOTED})", re.VERBOSE)
_QUOTE_OPENERS = frozenset("“\"《")


def _fixed_matches(text: str) -> list[regex.Match[str] | re.Match[str]]:
    """``list(_FIXED_NO_EMAIL.finditer(text))``, the pattern tried only at the candidates of
    ``_FIXED_PREFILTERS`` (and offset 0, for ``^``); at a quotation mark only the quoted branch
    is tried (no other can match there)."""
    return finditer(_FIXED_NO_EMAIL, _FIXED_PREFILTERS, text, at_start=True, match_at=_fixed_at)


def _fixed_at(text: str, c: int) -> regex.Match[str] | re.Match[str] | None:
    if text[c : c + 1] in _QUOTE_OPENERS:
        return _QUOTED_ONLY.match(text, c)
    if c == 0 and _MARKER_AT_START.match(text) is None and _FIRST_PREFILTER.match(text) is None:
        return None  # the text's start, tried for a list marker (^): none there
    return _FIXED_NO_EMAIL.match(text, c)


_MARKER_AT_START = re.compile(_LINE_MARKER)
_FIRST_PREFILTER = _FIXED_PREFILTERS[0][0]


class SetAside(Record):
    """A stretch of text whose numerals are deliberately not claims, and why."""

    span: Span
    text: str
    reason: str


class Numeral(Record):
    """One run of numeral characters and what accounts for it.

    ``claim_ids`` lists the claims covering it; otherwise ``reason`` is a set-aside reason
    (``REASONS``) or a residual one (``not_a_figure``, ``unclaimed``).
    """

    span: Span
    text: str
    claim_ids: tuple[str, ...] = ()
    reason: str | None = None


class Inventory(Record):
    """Every numeral of a text, each accounted for once, and the set-asides found."""

    source_id: str | None = None
    numerals: tuple[Numeral, ...]
    set_asides: tuple[SetAside, ...]

    def counts(self) -> dict[str, int]:
        """How many numerals each account holds: ``claim`` or a reason."""
        return dict(Counter("claim" if n.claim_ids else str(n.reason) for n in self.numerals))

    def unclaimed(self) -> tuple[Numeral, ...]:
        """Numerals in no claim and no set-aside that look like figures: gaps to review."""
        return tuple(n for n in self.numerals if n.reason == "unclaimed")


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _word_pattern() -> regex.Pattern[str]:
    """Names, hotlines, idioms, order-only ordinals (also enumerated: 第一、二、三产业), month-day
    names and rate denominators (words from context.toml and numerals.toml), in one pattern.
    A new branch must start where ``_word_prefilters`` looks: set_asides tries it only there."""
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
def _word_prefilters() -> tuple[Prefilter, ...]:
    """Where a branch of ``_word_pattern()`` may start (claims._prefilter): a superset."""
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


def set_asides(text: str) -> list[SetAside]:
    """Regions of ``text`` whose numerals are not claims, in order and non-overlapping.

    >>> [(a.text, a.reason) for a in set_asides("党的二十大,十年如一日,淬火丨第四集")]
    [('党的二十大', 'name'), ('十年如一日', 'idiom'), ('第四集', 'ordinal_only')]
    """
    sa = context_words().set_aside
    found = _chrome_and_datelines(text)
    fixed: list[regex.Match[str]] | list[regex.Match[str] | re.Match[str]] = (
        list(_FIXED.finditer(text)) if _EMAIL_DOMAIN.search(text) else _fixed_matches(text)
    )
    follow = _quote_follow()
    for m in fixed:
        kind = m.lastgroup or ""
        start, end = m.span()
        if kind == "quoted":
            # a name only with a numeral inside (cheap test first) and 《》 or a follow word
            if not (
                text[start] == "《"
                or text.startswith(follow, end)
                or _DOTTED_DAY.fullmatch(text, start + 1, end - 1)  # “7.21”地震, “1992·12·18”
                or (text[end - 2] in "号號" and text[start + 1] not in _NAME_NOT_FIRST)
                # “昆仑3号”, “嫦娥五号”: a named operation or craft (“3号” alone is a day)
            ) or not _has_numeral(text, start + 1, end - 1):
                continue
            kind = "name"
        elif kind in ("plenum", "citation"):
            kind = "name"
        while start < end and text[start].isspace():
            start += 1
        found.append((start, end, kind))
    for m in finditer(_word_pattern(), _word_prefilters(), text, at_start=False):
        group = m.lastgroup or ""
        kind = _WORD_REASON.get(group, group)
        start, end = m.span()
        # 第三大城市 ranks, 五十大寿 counts; 三大战役 names
        if kind == "idiom" and start and text[start - 1] in _RANKS_BEFORE and (
            text[end - 1] == "大"
        ):
            continue
        if kind == "enumerated":  # 第一、二、三产业 names industries; 一、二等奖 orders prizes
            kind = "name" if m.group().endswith(sa.enumerated_names) else "ordinal_only"
        found.append((start, end, kind))
    found += extra_asides(text)  # 记者王二 (bylines), (600036) (stock codes)
    found.sort(key=_longest_first)
    out: list[SetAside] = []
    last_end = -1
    for start, end, reason in found:
        if start < last_end or end <= start:
            continue
        span = construct(Span, {"start": start, "end": end})
        out.append(construct(SetAside, {"span": span, "text": text[start:end], "reason": reason}))
        last_end = end
    return out


# a quoted day named by its digits: “7.21”, “5·12”, “1992·12·18” (an event's name)
_DOTTED_DAY = re.compile(r"(?:\d{4}[.·・•‧])?\d{1,2}[.·・•‧]\d{1,2}")
_NAME_NOT_FIRST = frozenset("0123456789" + _CN_NUM + "第”\"")
# kinds of _word_pattern's groups that are reported under another reason
_WORD_REASON = {
    "hotline": "name", "ordinal": "ordinal_only", "indefinite": "idiom",
}
_RANKS_BEFORE = frozenset("第前" + _CN_NUM)
# a numeral as _NUMERAL_RUN reads one: these characters surely are; a character outside
# DIGIT (stdlib re) surely is not; any other is left to _NUMERAL_RUN itself
_SURE_NUMERAL = re.compile(f"[0-9{_CN_NUM}]")
_MAYBE_DIGIT = re.compile(DIGIT)


def _has_numeral(text: str, start: int, end: int) -> bool:
    """``_NUMERAL_RUN.search(text[start:end])``, mostly without the ``regex`` engine."""
    if _SURE_NUMERAL.search(text, start, end):
        return True
    if not _MAYBE_DIGIT.search(text, start, end):
        return False
    return _NUMERAL_RUN.search(text[start:end]) is not None


@cache
def _quote_follow() -> tuple[str, ...]:
    """The words after a quoted name that make it one, as ``str.startswith`` takes them: only
    those of at most 4 characters (the 4 characters after the quote were compared)."""
    return tuple(w for w in context_words().set_aside.quote_name_follow if len(w) <= 4)


def _longest_first(r: tuple[int, int, str]) -> tuple[int, int]:
    return r[0], r[0] - r[1]


def inventory(
    text: str, source: Source | None = None, *, found: list[Claim] | None = None
) -> Inventory:
    """Every numeral run of ``text`` with the claim ids or the reason that account for it.

    ``found`` are the text's claims when already extracted; otherwise ``claims.extract`` runs.

    >>> inv = inventory("2001年加入,统一了十年如一日")
    >>> [(n.text, n.reason) for n in inv.numerals]
    [('2001', None), ('一', 'not_a_figure'), ('十', 'idiom'), ('一', 'idiom')]
    >>> bool(inv.numerals[0].claim_ids)
    True
    """
    asides: list[SetAside] | None = None
    if found is None:
        from claims.extract import MAX_CHARS, _run  # extract calls set_asides: import at use

        found, asides = _run(text, source, MAX_CHARS)
    if asides is None:
        asides = set_asides(text)
    claims_sorted = sorted(found, key=lambda c: (c.span.start, c.span.end))
    numerals: list[Numeral] = []
    ci = ai = 0
    for m in _NUMERAL_RUN.finditer(text):
        s, e = m.span()
        while ci < len(claims_sorted) and claims_sorted[ci].span.end <= s:
            ci += 1
        ids = []
        k = ci
        while k < len(claims_sorted) and claims_sorted[k].span.start < e:
            if claims_sorted[k].span.end > s:
                ids.append(claims_sorted[k].id)
            k += 1
        while ai < len(asides) and asides[ai].span.end <= s:
            ai += 1
        reason: str | None = None
        if not ids:
            if ai < len(asides) and asides[ai].span.start < e:
                reason = asides[ai].reason
            else:
                reason = _residual(text, s, e)
        numerals.append(
            Numeral(span=Span(start=s, end=e), text=m.group(), claim_ids=tuple(ids), reason=reason)
        )
    return Inventory(
        source_id=source.id if source is not None else None,
        numerals=tuple(numerals),
        set_asides=tuple(asides),
    )


def _residual(text: str, start: int, end: int) -> str:
    """``not_a_figure`` for one or two Chinese numerals in a word (统一), else ``unclaimed``."""
    run = text[start:end]
    if len(run) <= 2 and all(ch in _CN_NUM for ch in run):
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if regex.match(r"\p{Han}", before) or regex.match(r"\p{Han}", after):
            return "not_a_figure"
    return "unclaimed"
