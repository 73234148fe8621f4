"""Guards of ``ledger.rules._match``: which figures may restate another at all.

Takes a ``CheckInput`` and one claim; answers whether the claim is a change, a comparison's
base, qualified by a figure before it in its clause (0-14岁人口), the class label of a count
after it (5.0~5.9级地震62次), the first amount of its sentence, or a part (其中…). Each
answer looks at the claim's own clause or sentence through the input's sorted claims, so
the guards stay linear in the number of claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import regex

from claims.models import Claim, Kind
from claims.units import UnitError
from claims.units import dimension as unit_dimension
from ledger.rules._common import (
    CheckInput,
    change_cue,
    clause_after,
    clause_before,
    comparison_base,
    numeric,
    skey,
    value,
)

__all__ = [
    "AMOUNTS",
    "ITEM_REACH",
    "bound_before_de",
    "day_label",
    "eligible",
    "is_part",
    "leads",
    "list_item",
    "paragraph_scope",
    "part_list",
    "qualified",
    "qualifier",
    "scoped_breakdown",
    "source_starts",
]

AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
"""Kinds of the figures that count, sum or measure something (not shares or changes)."""

# A part cue in the sentence before a figure: the figure is one of a total's parts.
_PART_CUE = regex.compile(
    r"""
    其中 | 包括 | 分别   # 其中女生1200人; 分别为…
    """,
    regex.VERBOSE,
)

# The end of the last full sentence before a figure (not ；: a 其中 list runs across ；).
_FULL_STOP = regex.compile(
    r"""
    [。!?！？\n]   # a full stop, question or exclamation mark, or a line break
    """,
    regex.VERBOSE,
)
# 其中/包括 opening a clause: the list of parts it introduces runs to the full stop.
_LIST_OPENER = regex.compile(
    r"""
    (?: ^ | (?<= [。!?！？\n,，;；:：] ) )   # a sentence's start or a clause delimiter
    \s*
    (?P<cue> 其中 | 包括 )                  # 其中铁路发送旅客953.2万人次;道路…;民航…
    """,
    regex.VERBOSE,
)

# A partitive clause opening a sentence: 在…中, (在全国接待的5.26亿人次游客中,过夜游客为
# 1.14亿人次;一日游游客为4.12亿人次): the figures after it, to the full stop, are its parts;
# a figure inside it is the whole.
_PARTITIVE = re.compile(
    r"""
    (?: ^ | (?<= [。!?！？\n,，;；:：] ) ) [ \u3000]*
    在 [^,，。;；!?！？\n]{1,40}? 中 [,，]      # 在限额以上企业商品零售额中,
    """,
    re.VERBOSE,
)
# A numbered item opening a line, with a figure on that line: 1、接待海外入境游客860.03万人次;
# 二、全国粮食单位面积产量…; （三）…; or a short heading alone on its line that names what the
# lines under it count (一、诊疗人次 / 二、出院人次: 医院26.7亿人次 and 医院13646.9万人次 are
# two indicators).
_ITEM = regex.compile(
    r"""
    (?m) ^ [ \t\u3000]*
    (?: (?: \d{1,2} | [一二三四五六七八九十]{1,3} ) [、.．] (?! \d )   # 1、 一、 2.
      | [（(] (?: \d{1,2} | [一二三四五六七八九十]{1,3} ) [)）] )      # （一） (2)
    (?= [^\n]* \d                                      # a figure on its line
      | [^\n\d,，。;；:：]{1,8} [ \t\u3000]* $ )        # or a heading: 一、诊疗人次
    """,
    regex.VERBOSE,
)
# What a paragraph (or a sentence) says it is about, in its first words: the office it
# reports for (据福建省民政厅报告，…) or a label before a colon (四川:10月1日-4日,全省…). An
# office opens a scope at any sentence start (…损失181.9亿元。 据浙江省民政厅报告，…: a page
# that lost its line breaks); a label only at a line start or after a full stop and a space
# (…增长1.2%。 云南:10月1日-4日,…), not after every full stop (他说:…).
_SCOPE = re.compile(
    r"""
    (?: ^ | (?<= [。！？!?] ) )                 # a line start or a sentence start
    (?P<pad> [ \t\u3000]* )
    (?: [据據] (?P<who> [^,，:：。;；\d\n]{2,20}? )      # 据湖南省民政厅报告 (traditional too)
        (?: 报告 | 通报 | 消息 | 发布 | 報告 | 通報 | 發布 )
      | (?! 其中 | 包括 ) (?P<label> [^,，:：。;；\s\d、.]{2,12} ) [:：]      # 云南:
    )
    """,
    re.VERBOSE | re.MULTILINE,
)
# A heading announcing a breakdown by place (分省灾情如下：, 各地具体情况如下:): the scope after it
# is one of the places even when the page keeps only one.
_BREAKDOWN = re.compile(r"(?:分省|分地区|分市|分县|各省|各地|各市|各县)[^。\n]{0,8}如下[:：]")
ITEM_REACH = 300
"""How far (characters) a numbered item's scope reaches past its marker."""

# The day (or part of a day) a forecast's item opens with, before a comma or colon: 周一, 星期三,
# 明天, 13日, 今天夜间, 周六、周日. Figures of two items with two labels hold on two days
# (周一…东北风4~5级;周二…东北风3级左右), whatever key the extractor gave them.
_DAY_LABEL = regex.compile(
    r"""
    [ \t\u3000]*
    (?P<day>
      (?: (?: (?:周|星期|礼拜|週) [一二三四五六日天]
            | 今天 | 明天 | 后天 | 後天 | 大后天 | 今日 | 明日 | 今晚 | 明晚 | 今夜 | 明夜
            | (?: \d{1,2} | [一二三四五六七八九十]{1,3} ) 日 )
          (?: [、和至到~－—-] (?: (?:周|星期|週) [一二三四五六日天] | \d{1,2} 日 ) )*
      )?
      (?: 白天 | 夜间 | 夜間 | 夜里 | 上午 | 下午 | 中午 | 傍晚 | 早晨 | 凌晨 )?
    )
    (?= [,，:：] )
    """,
    regex.VERBOSE,
)
# A relative day opening a forecast's paragraph (今天我市阴雨持续…, 明天起到周末…).
_DAY_OPENER = regex.compile(
    r"""
    [ \t\u3000]*
    (?P<day> 今天 | 明天 | 后天 | 後天 | 今日 | 明日 | 今晚 | 明晚 | 今夜 | 明夜 )
    (?: 起 | 开始 | 開始 )?
    """,
    regex.VERBOSE,
)
# Where a forecast's item starts: after a semicolon, a full stop, a line break or a colon.
_ITEM_START = regex.compile(r"[;；。\n:：]")
DAY_REACH = 120
"""How far back (characters) the start of a claim's item is looked for."""


def eligible(inp: CheckInput, c: Claim, units: bool = False) -> bool:
    """A figure that can restate another: not a change, not a comparison base, not the
    class label of a count after it, not qualified by another figure in its own clause."""
    text = inp.text(c)
    if text is None or c.id in inp.linked:
        return True
    if "~change" in (c.metric_key or "") or change_cue(text, c) is not None:
        return False
    if comparison_base(text, c) or _labels(inp, text, c):
        return False
    return units or not qualified(inp, text, c)


def qualified(inp: CheckInput, text: str, c: Claim) -> bool:
    """Another figure stands in the claim's clause before it (0-14岁人口78.5万人, 12个市
    46个县38.6万人, 第十三届…32万人次): the noun phrase the figure counts depends on it."""
    lo = c.span.start - len(clause_before(text, c.span.start, 24))
    group = inp.by_source.get(skey(c), [])
    starts = source_starts(inp, skey(c))
    i = bisect_left(starts, lo)
    while i < len(group) and group[i].span.start < c.span.start:
        if qualifier(group[i]):
            return True
        i += 1
    return False


def source_starts(inp: CheckInput, key: str) -> list[int]:
    """The span starts of the claims of source ``key`` in text order (``inp.by_source``), for
    bisection; built once per input and shared by the rules."""
    group = inp.by_source.get(key, [])
    starts: list[int] = inp.memo(("match.starts", key), lambda _: [o.span.start for o in group])
    return starts


def _labels(inp: CheckInput, text: str, c: Claim) -> bool:
    """The claim names a class of what a count after it in its clause counts (5.0~5.9级地震
    62次, 6.0~6.9级地震25次, 1000元以上商品30件): a category bound, not a statement of the
    measure, so 6.0~6.9级 is no restatement of 5.0级以上. A count is a label only as a bound
    before 的 (年旅客吞吐量1000万人次以上的运输机场有38个, 受灾超过10万人的县有5个): 3人死亡
    5人受伤 are two outcomes."""
    if not numeric(c):
        return False
    if c.kind in (Kind.COUNT, Kind.RATE) and not bound_before_de(text, c):
        return False
    hi = c.span.end + len(clause_after(text, c.span.end, 24))
    group = inp.by_source.get(skey(c), [])
    starts = source_starts(inp, skey(c))
    i = bisect_left(starts, c.span.end)
    while i < len(group) and group[i].span.start < hi:
        o = group[i]
        if o.kind is Kind.COUNT or (o.kind is Kind.RATE and _counts(o)):
            return True
        i += 1
    return False


def bound_before_de(text: str, c: Claim) -> bool:
    """A one-sided figure (以上, 以下, 超过) right before 的: the class of what follows."""
    lit = value(c).literal
    one_sided = lit.upper is None or lit.lower is None or lit.lower == 0
    return one_sided and text.startswith("的", c.span.end)


def _counts(o: Claim) -> bool:
    """A rate whose numerator is a count (季均108.1次, 日均4.1万辆次)."""
    try:
        return o.unit is not None and unit_dimension(o.unit) == "count"
    except UnitError:
        return False


def qualifier(o: Claim) -> bool:
    if o.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.ORDINAL):
        return True
    return o.kind is Kind.DURATION and "岁" in o.text


def leads(inp: CheckInput, c: Claim) -> bool:
    """No amount stands before the claim in its sentence: a later clause (普通小学3865所，
    在校生412.5万人) describes what the sentence's first figure counted, a noun the
    extractor does not carry over, so it is no restatement of a figure elsewhere."""
    s = inp.sentence(c)
    if s is None:
        return True
    firsts: dict[tuple[str, int], int | None] = inp.memo("match.first_amount", _first_amounts)
    first = firsts.get((skey(c), s[0]))
    return first is None or first >= c.span.start


def _first_amounts(inp: CheckInput) -> dict[tuple[str, int], int | None]:
    """Where the first amount of each sentence starts (one pass over the claims)."""
    return {
        key: next((o.span.start for o in group if o.kind in AMOUNTS), None)
        for key, group in inp.by_sentence.items()
    }


def is_part(inp: CheckInput, c: Claim) -> bool:
    """The claim's clause opens with 其中/包括/分别, or follows a clause that is only 其中
    (其中，接待入境游客86万人次), or a later item of a 其中 list (…;民航发送旅客166.2万人次);
    包括 inside a noun phrase (有包括…等账号超9万个) is no cue."""
    return part_list(inp, c) is not None


def part_list(inp: CheckInput, c: Claim) -> int | None:
    """Where the 其中/包括/分别 that makes the claim a part stands (see ``is_part``), or
    ``None``: two parts of one list are two items (其中,九寨沟景区…13.91万人;黄龙景区…
    6.55万人), never one figure restated."""
    text = inp.text(c)
    if text is None:
        return None
    clause = clause_before(text, c.span.start, 24)
    opened = clause.lstrip(" \u3000")
    if _PART_CUE.match(opened):
        return c.span.start - len(opened)
    lead_end = c.span.start - len(clause)
    lead = text[max(0, lead_end - 4) : lead_end].rstrip(",，:： \u3000")
    if lead.endswith(("其中", "包括")):
        return max(0, lead_end - 4) + len(lead) - 2
    return _list_opener(text, c.span.start)


def _list_opener(text: str, pos: int, limit: int = 160) -> int | None:
    """Where the last clause-opening 其中/包括 before ``pos`` in its full sentence stands: the
    items of a 其中 list are parted by ；, which ends a sentence for the rules (其中铁路…
    953.2万人次;道路…5565万人次;民航发送旅客166.2万人次); failing one, where a partitive
    在…中, that ends before ``pos`` stands (在全国接待的5.26亿人次游客中,…一日游游客为
    4.12亿人次: a part, and the 5.26亿 inside it none)."""
    lo = max(0, pos - limit)
    window = text[lo:pos]
    stops = list(_FULL_STOP.finditer(window))
    skip = stops[-1].end() if stops else 0
    found = None
    for found in _LIST_OPENER.finditer(window, skip):  # noqa: B007  (keeps the last one)
        pass
    if found is not None:
        return lo + found.start("cue")
    partitive = None
    for partitive in _PARTITIVE.finditer(window, skip):  # noqa: B007  (keeps the last one)
        pass
    return None if partitive is None else lo + partitive.start()


def list_item(inp: CheckInput, c: Claim) -> int | None:
    """Where the numbered item holding the claim starts (1、接待海外入境游客… and the lines
    after it, up to ``ITEM_REACH`` characters), or ``None`` outside a numbered list. Two
    figures of two items of one list are two indicators (旅游外汇收入合计22.33亿美元 under
    1、海外入境游客 and 旅游外汇收入19.23亿美元 under 2、海外旅游者(过夜)), though the
    extractor's key drops the item's noun."""
    text = inp.text(c)
    if text is None:
        return None
    key = ("guards.items", skey(c))
    marks: list[int] = inp.memo(key, lambda _: [m.start() for m in _ITEM.finditer(text)])
    i = bisect_left(marks, c.span.start + 1) - 1
    if i < 0 or c.span.start - marks[i] > ITEM_REACH:
        return None
    return marks[i]


def day_label(inp: CheckInput, c: Claim) -> str | None:
    """The day an item of a forecast holding the claim opens with (周一,…;周二,…), or
    ``None``. Two figures under two day labels hold on two days."""
    text = inp.text(c)
    if text is None:
        return None
    lo = max(0, c.span.start - DAY_REACH)
    starts = [m.end() for m in _ITEM_START.finditer(text, lo, c.span.start)]
    if starts:
        m = _DAY_LABEL.match(text, starts[-1], c.span.start)
        if m is not None and m.group("day"):
            return m.group("day")
    para = inp.paragraph(c)  # 今天我市阴雨持续…; 明天起到周末…: a forecast's paragraphs
    if para is None:
        return None
    opener = _DAY_OPENER.match(text, para[1], c.span.start)
    return opener.group("day") if opener is not None else None


def paragraph_scope(inp: CheckInput, c: Claim) -> str | None:
    """What the claim's paragraph says it is about in its first words (the office of 据湖南省
    民政厅报告, the label of 云南:), or what a later sentence of the paragraph opens with (a
    page whose paragraphs were run together: …。 据福建省民政厅报告,…), or ``None``: figures
    of two paragraphs with two scopes are about two places (a report's 具体灾情如下 by
    province), whatever key the extractor gave them."""
    text = inp.text(c)
    para = inp.paragraph(c)
    if text is None or para is None:
        return None
    openers: list[tuple[int, str]] = inp.memo(("guards.scopes", skey(c)), lambda _: _scopes(text))
    i = bisect_right(openers, (c.span.start, "")) - 1
    if i < 0 or openers[i][0] < para[1]:
        return None
    return openers[i][1]


def scoped_breakdown(inp: CheckInput, c: Claim) -> bool:
    """Whether the claim's source opens two or more paragraphs (or run-together sentences)
    with two scopes (据广东省民政厅报告 / 据广西壮族自治区民政厅报告), or one after a heading
    announcing a breakdown (分省灾情如下：): a breakdown by place, so a figure outside every
    scope is the report's whole, no restatement of a place's."""
    text = inp.text(c)
    if text is None:
        return False
    openers: list[tuple[int, str]] = inp.memo(("guards.scopes", skey(c)), lambda _: _scopes(text))
    if len({scope for _, scope in openers}) > 1:
        return True
    # one place's report under a breakdown's heading (分省灾情如下：\n据广东省民政厅报告，…)
    return bool(openers) and _BREAKDOWN.search(text, 0, openers[0][0]) is not None


def _scopes(text: str) -> list[tuple[int, str]]:
    """(position, scope) of each scope opener of a text, in text order (one pass)."""
    out: list[tuple[int, str]] = []
    for m in _SCOPE.finditer(text):
        label = m.group("label")
        if label is not None:
            at_line = m.start() == 0 or text[m.start() - 1] == "\n"
            if not (at_line or m.group("pad")):
                continue  # 他说:… after a full stop: a quote, not a paragraph's label
        out.append((m.start(), m.group("who") or label))
    return out
