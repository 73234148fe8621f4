"""Reading one figure's clause (private to ``claims.context``). Takes the text left and right of
a figure; returns what it says about the figure: subject, metric, counted, per, change.

Split from context.py so that each module stays readable; the heuristics are described in the
docstring of ``claims.context``. Word tables come from ``context.toml`` through
``claims.vocab`` and are compiled once (``_patterns``). The names a pronoun subject (她/他)
stands for are found by ``claims._people``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from claims._clause_words import _Patterns, _patterns, end_search
from claims.models import Claim, Kind
from claims.vocab import measure_words

_HASHTAG = re.compile(
    r"""
    \# [^\#\n]{1,40} \#            # a Weibo topic #丰收的尉犁#: a subject for its 话题阅读量
    """,
    re.VERBOSE,
)  # (plain characters: stdlib re)
_NOUN_RUN = regex.compile(
    r"""
    [\p{Han}A-Za-z0-9·\-+]+        # a run of word characters (stops at punctuation and spaces)
    """,
    regex.VERBOSE,
)
# A Latin word ending the subject before a metric word is part of the metric: GDP总量, PM2.5浓度.
_LATIN_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9.]*$")  # (plain characters: stdlib re)
# A figure starting the text after a figure: digits then a Chinese character (244间, not 5G).
_FIGURE_START = regex.compile(r"[0-9.]+\p{Han}")
# A per-entity denominator alone before a figure: 平均每个商圈(每夜), 每家企业.
_EACH = regex.compile(r"(?:平均)?每[个位名家户所座]?\p{Han}{1,6}")
_DIGIT = re.compile(r"[0-9]")  # a digit inside the noun after a figure starts another
# A list marker opening a clause is no part of its subject: 一、全国粮食…, （三）全市…, 2、…
_LIST_MARK = re.compile(
    r"""
    (?: [一二三四五六七八九十]{1,3} 、          # 一、 三、 十二、
      | [（(] [一二三四五六七八九十0-9]{1,3} [）)]   # （一） (3)
      | [0-9]{1,2} 、 )                        # 2、
    """,
    re.VERBOSE,
)
_LIST_FIRSTS = frozenset("一二三四五六七八九十（(0123456789")
# A balanced aside in brackets is dropped from a subject or metric: 县（市、区） -> 县.
_ASIDE = regex.compile(r"[（(][^（()）]*[）)]")
_BRACKET = regex.compile(r"[（()）]")  # where an unclosed aside splits a subject
# A footnote mark after an indicator is no part of it: 国内生产总值[2]1210207亿元.
_FOOTNOTE = re.compile(r"[\[［][0-9]{1,2}[\]］]")  # (plain characters: stdlib re)
# Characters trimmed from a subject before it goes into a metric key.
_KEY_TRIM = regex.compile(r"""[\s#“”"'《》「」|]+""")

# Verbs of having before a metric: 有账号 -> 账号.
_HAVE = regex.compile(
    r"""
    ^ (?: 有 | 拥有 | 包括 | 包含 )+   # one or more at the start of the metric
    """,
    regex.VERBOSE,
)
_HAVE_WORDS = ("有", "拥有", "包括", "包含")  # the words of _HAVE, for str.startswith
_HAN = regex.compile(r"\p{Han}")  # a subject holds at least one Chinese character
# A long subject kept whole before an indicator word: a plain run of Chinese characters
# (外来农业户籍劳动力 / 外省来沪从业农村户籍劳动力 before 平均工资); longer runs, or runs with a
# verb, are clauses, not names.
_LONG_NOUN = regex.compile(r"\p{Han}{13,18}")
# Punctuation and spaces a clause may leave at the edge of a subject or metric (、中学); a set
# test before the trim pattern, which also drops any other punctuation once it runs.
_EDGE_CHARS = frozenset(
    " \t\n\u3000、，,。．.；;：:！!？?（）()《》〈〉“”‘’\"'「」『』【】[]·-—…~～/"
)

_COUNTLIKE = (Kind.COUNT, Kind.RATE, Kind.MEASURE)
# Kinds, looked up once (an Enum member costs ~80 ns a lookup in Python 3.11)
_ORDINAL, _DURATION, _DATE, _PERCENT = Kind.ORDINAL, Kind.DURATION, Kind.DATE, Kind.PERCENT
_TIMEISH = (Kind.DURATION, Kind.DATE)
# Verbs of finding or happening (搜救出, 找到, 救回, 发生): the noun after the figure is the metric.
# A copula before a duration: the noun before it is what lasts so long (持续时间长达12天).
_COPULAS = ("是", "为", "為", "长达", "長達", "达", "達", "共计", "累计", "累計")
_RESULTS = ("出", "到", "回", "发生", "出现", "發生", "出現")


@dataclass(slots=True)
class _Reading:
    """What the clause around one figure says about it."""

    subject: str | None = None
    metric: str | None = None
    counted: str | None = None
    per: str | None = None
    change: bool = False
    quantified: bool = False  # a noun follows the figure: 十余万政务微博
    self_subject: bool = False  # ... and the noun is what the figure is about
    time_only: bool = False  # the clause before the figure held only time words or fillers
    relative: bool = False  # the metric relates the sentence's metric to another: 与GDP之比
    keeps: str | None = None  # the sentence's metric stays this one: 降雨量是历史最大值103.6毫米的


def _strip(core: str, p: _Patterns) -> tuple[str, bool]:
    """Drop leading fillers and trailing fillers/change verbs; report whether a change verb went."""
    # (str.isspace accepts every character \s does, so the tests below never skip a match)
    first, last = core[:1], core[-1:]  # (the tests below, at once: nothing at either end)
    if not (first.isspace() or first in p.lead_firsts or last.isspace() or last in p.strip_lasts):
        return core, False
    if core[:1].isspace() or (core[:1] in p.lead_firsts and core.startswith(p.lead_words)):
        lead = p.lead.match(core)  # (p.lead.sub: anchored at the start, one match at most)
        core = core[lead.end() :] if lead else core
    change = False
    while True:
        before = core
        last = core[-1:]
        if last.isspace() or (last in p.trail_lasts and core.endswith(p.trail_words)):
            m = end_search(p.trail, p.trail_bound, core)  # (p.trail.sub: one match at most)
            core = core[: m.start()] if m else core
            # 占比为55.2%: a metric word ending in a filler (比) keeps it
            for k in range(len(core) + 1, len(before) + 1) if p.guarded else ():
                if before[k - 1] in p.guarded_lasts and before.endswith(p.guarded, 0, k):
                    core = before[:k]
                    break
        changed = core[-1:] in p.change_lasts and core.endswith(p.change_words)
        m = p.change_tail.search(core) if changed else None
        if m:
            change = True
            core = core[: m.start()]
        if core == before:
            return core, change


def _trim(s: str, p: _Patterns) -> str:
    """Drop time words, verbs and punctuation at both ends: 该公司去年 -> 该公司, 、中学 -> 中学."""
    if s and (s[0] in _EDGE_CHARS or (s[0] in p.trim_firsts and s.startswith(p.trim_words))):
        m = p.trim_head.match(s)
        s = s[m.end() :] if m else s
    if s and (s[-1] in _EDGE_CHARS or (s[-1] in p.trim_lasts and s.endswith(p.trim_tails))):
        m = p.trim_tail.search(s)
        s = s[: m.start()] if m else s
    return s


def _counted_after(right: str, p: _Patterns) -> str | None:
    """The noun right after a figure (十余万政务微博共同… -> 政务微博), or ``None``."""
    run = right.removeprefix("的").lstrip()
    m = _NOUN_RUN.match(run)
    if not m or _FIGURE_START.match(run):  # 81户244间: a figure is no noun
        return None
    noun = m.group()[:16]
    digit = _DIGIT.search(noun)
    if digit:  # 30公里范围内约15万: a figure ends the noun, and its qualifier goes with it
        noun = _strip(noun[: digit.start()], p)[0]
    stop = p.stops.search(noun)  # the first position where a stop word starts
    if stop:
        noun = noun[: stop.start()]
    # a verb after the noun (考生报名参加…): what the counted do is not what they are; a verb
    # in first place is left alone (a noun such as 就业困难人员 may start like one)
    verb = p.counted_verbs.search(noun, 1) if len(noun) > 2 else None
    if verb:
        noun = noun[: verb.start()]
    return noun or None


def _read(left: str, right: str, claim: Claim, p: _Patterns) -> _Reading:
    """Read subject, metric, counted, per and change from the text around one figure.

    The reading depends only on the two short context strings, the figure's kind and its unit,
    so it is cached (news repeats its clauses: 同比增长, 比上年增长); the cached reading is
    shared and must not be changed by the caller.
    """
    return _read_context(left, right, claim.kind, claim.unit)


@lru_cache(maxsize=8192)
def _read_context(left: str, right: str, kind: Kind, unit: str | None) -> _Reading:
    """``_read`` for a figure of ``kind`` and ``unit``, uncached."""
    p = _patterns()
    w = p.words
    r = _Reading()
    raw = left.strip()
    if raw[:1] in _LIST_FIRSTS and (mark := _LIST_MARK.match(raw)):
        raw = raw[mark.end() :]  # 一、全国粮食播种面积: the marker numbers the item
    if p.framing_mark.search(raw):  # a cheap test before the framing pattern
        raw = p.framing.sub("", raw)  # 按年均汇率折算为: no rate of the figure's
    if "[" in raw or "［" in raw:
        raw = _FOOTNOTE.sub("", raw)  # 全员劳动生产率[4]为: the mark points to a note
    rates = list(p.rates.finditer(raw))
    if rates:
        r.per = w.rate_words[rates[-1].group()]
    if right.startswith(p.per_suffixes):
        for suffix, per in w.per_suffixes.items():
            if right.startswith(suffix):
                r.per = per
    after_prep = raw.endswith(w.prepositions) and not raw.endswith(p.verb_words)  # 涉及
    by = raw.endswith("以") and not raw.endswith(("可以", "所以", "予以", "加以", "难以", "足以"))
    baseline = raw.endswith("的") and raw.startswith(w.baseline_leads)
    core, r.change = _strip(raw, p)
    rate = rates[-1].group() if rates else ""
    if (
        rate[-1:] == "均"
        and not (r.change or raw.endswith(rate))  # (年均增长, 以来季均: mended later)
        and core.endswith(rate[:-1])
        and core + "均" in raw
    ):
        core += "均"  # 发送量日均完成: the filler 均 went with 完成
    if rates and core.endswith(rates[-1].group()) and not core.endswith(p.metric_words):
        # 发送旅客人数每天都突破: the per stands last (亩产, a metric word, stays)
        core = _strip(core[: -len(rates[-1].group())], p)[0]
        if _EACH.fullmatch(core):  # 平均每个商圈每夜: only denominators; the sentence's metric
            core = ""
    if after_prep:
        core = next((core[: -len(x)] for x in w.prepositions if core.endswith(x)), core)
    listed = core.endswith("等") and "、" in core  # 分为应急抢险、…等10个工作组
    compared = core.startswith(w.comparison_leads)  # 高于全省5.6个百分点, 居全省第4位
    compared = compared and not core.startswith(w.comparison_blocked)  # 比亚迪营收: a name
    if baseline or listed or compared or (rates and not _strip(p.rates.sub("", raw), p)[0]):
        # 为常年同期的2.3倍: the baseline of a multiple; 日均约为2.72亿人次: only the per. The
        # metric is the sentence's
        core = ""
    if right.startswith("的") and "是" in core[1:-1] and kind in _COUNTLIKE:
        # 降雨量是历史最大值103.6毫米的4.72倍: the figure is the baseline's; the multiple after
        # it is the sentence's metric's (降雨量)
        before, _, after = core.rpartition("是")
        keeps = _trim(_strip(before, p)[0], p)
        if keeps and after:
            r.keeps, core = keeps, after
    counted = None
    if kind in _COUNTLIKE or kind is _ORDINAL:
        outcome = (  # the longest: 5万余人紧急转移安置 -> 紧急转移安置
            max((o for o in w.outcome_words if right.startswith(o)), key=len)
            if right.startswith(w.outcome_words)
            else None
        )
        if outcome:
            r.metric, r.counted = outcome, unit
        else:
            counted = _counted_after(right, p)
            if counted and (
                p.counted_verbs.match(counted)
                or p.verbs.match(counted)
                or counted.startswith(p.change_words)
                or counted in w.not_subjects
            ):  # 99辆抵达临夏州, 50个开通了服务, 50公里范围内: no noun follows
                counted = None
            r.quantified = counted is not None
            hit = p.outcomes.search(counted, 1) if counted else None
            if hit and counted:  # 4.1万间房屋倒塌: 房屋 is counted, 倒塌 what befell them
                counted, r.metric = counted[: hit.start()], hit.group()
    pre = ""
    if core.startswith(w.share_leads):  # 占全国人口19.8%: the share is the metric
        core, pre, r.metric = "", "", r.metric or core
        # 人均工资性收入19629元，占可支配收入的比重为55.9%: the share of the sentence's metric
        # (占全国人口19.8% names its whole: kept as it is)
        r.relative = r.metric.endswith(("比重", "比例", "份额", "份額"))
    metric_m = (
        end_search(p.metric_end, p.metric_bound, core)
        if core[-1:] in p.metric_lasts and core.endswith(p.metric_words)
        else None
    )
    timeish = kind in _TIMEISH
    is_dur = kind is _DURATION  # 最长超警时间是42天: a noun before 是 names the duration
    # the verbs matter only when no metric word ends the clause, or for durations and dates
    verbs = list(p.verbs.finditer(core)) if metric_m is None or timeish else []
    holiday = p.holiday_end.search(raw) if is_dur else None
    if holiday:  # 国庆节假期7天, 元旦3天: the holiday lasts so long
        core, metric = "", None
        r.metric = holiday.group().strip('“”"')  # (not trimmed away as a time word)
    elif timeish and not verbs and not metric_m and not (is_dur and raw.endswith(_COPULAS)):
        core, metric = "", _counted_after(_strip(right, p)[0], p)
        if metric and metric.startswith(p.change_words):  # 由78.1岁提高到78.4岁: no noun
            metric = None
        # 提高到2023年的78.4岁: the level a change reached, of the sentence's metric
        r.time_only = is_dur and not metric and raw.removesuffix("的").endswith(("到", "至"))
    elif metric_m:
        pre, metric = core[: metric_m.start()], metric_m.group()
        pre = pre.removesuffix("了")  # 重庆市接待了游客: the verb is 接待
        verb = (
            p.verb_end.search(pre)
            if pre[-1:] in p.verb_lasts and pre.endswith(p.verb_words)
            else None
        )
        if verb:  # 该市共接待游客: the verb belongs to the metric
            pre, metric = pre[: verb.start()], pre[verb.start() :] + metric
        last_prep = p.last_preposition.match(pre)
        at = last_prep.end() if last_prep else -1
        if at >= 0 and metric.endswith(w.ratio_ends):  # 与国内生产总值之比为2.64%
            pre, metric, r.relative = pre[:at], pre[at:] + metric, True
        latin = _LATIN_TAIL.search(pre) if pre[-1:].isascii() else None
        if latin:  # GDP总量达1.5万亿元: GDP is metric material, not a subject to drop
            pre, metric = pre[: latin.start()], latin.group() + metric
        region = _region(pre, p)
        product = region and not r.relative and metric.endswith(w.object_metrics)
        rest = _strip(pre[len(region) :], p)[0] if product else ""
        if rest and not p.verbs.search(rest) and not rest.startswith(w.region_groups):
            # 全省粮食产量 -> 全省 / 粮食产量, as 全市 / 固定资产投资: the place is the subject, the
            # product joins the indicator (only before 产量/销量...: the ledger takes a region
            # word alone for a weak subject, so 全市森林覆盖率 keeps 全市森林)
            pre, metric = region, rest + metric
    elif total := _total(core, p):  # 110报警服务台共接警: subject, then what it did
        pre, metric = core[: total[0]], core[total[1] :]
    elif verbs:
        first, last = verbs[0].start(), verbs[-1].start()
        pre = core[:first]
        metric = core[first:] if len(core) - first <= 10 else core[last:]
        bare = metric.removesuffix("了")
        last_verb = core[last:].removesuffix("了")  # 成功救出 -> 救出
        found = bare.endswith(_RESULTS) and (
            p.verbs.fullmatch(last_verb) or p.verbs.fullmatch(last_verb[:-1])  # 救出, 搜救+出
        )
        if counted and found:
            # 搜救出一个小孩, 发生3次编号洪水: what was found or befell, not the finding (but
            # 走过十几个县, 达成30多个项目合作 keep their verbs)
            metric = counted
            r.quantified = False
    elif by and core:  # 四川以285.53亿元列第一: 四川 is the subject, 以 no metric
        pre, metric = core, None
    elif r.quantified or r.metric:  # 巧家县49人死亡: the outcome is the metric, the clause
        pre, metric = core, None  # its subject
    else:
        metric = core or None
        # 下降0.8个百分点至97.3%: 至 restates the metric of the figure before it
        r.time_only = not core and bool(raw)
        region = _region(core, p)
        if region and len(core) > len(region):  # 全市注册志愿者超过9万人: 全市 is the subject
            pre, metric = region, core[len(region) :]
    if r.metric and verbs and verbs[-1].end() < len(core):  # 造成甘肃105人遇难: 甘肃 suffered it
        pre = core[verbs[-1].end() :]
    if (kind is _DATE or (kind is _PERCENT and not raw)) and metric is None:
        metric = _counted_after(right, p)  # 77.7%确诊病例已治愈出院: the share of the noun
    if metric and not r.metric:  # (5到5.9级的余震2次: 的 joined the magnitude to the noun)
        metric = _trim(_unbracket(metric), p).removeprefix("的")
        if "、" in metric:  # 中央部委、地方机构等账号 -> 账号 (but 高等院校 stays whole)
            metric = metric.rpartition("等")[2] or metric
        if metric.startswith(_HAVE_WORDS):  # a cheap test before the pattern
            metric = _HAVE.sub("", metric) or metric
        # 4个月前上涨, 50公里范围内约22万; 与（第六次全国人口普查数据）的133972万人: a lone
        # preposition is no metric either
        metric = "" if metric in w.not_subjects or metric in w.prepositions else metric
        r.metric = metric if 0 < len(metric) <= 16 else None
        r.time_only = not metric  # 上年同期为12亿元: the sentence's metric, at another time
    if rates and pre:  # 每百户拥有家用汽车: the denominator is the per, not the subject
        pre = p.rates.sub("", pre)
    pre, _ = _strip(pre, p)
    pre = _trim(_unbracket(pre.removesuffix("的")), p)
    tags = list(_HASHTAG.finditer(pre)) if "#" in pre else []
    if tags:
        r.subject = tags[-1].group()
    elif (
        (
            1 <= len(pre) <= 12
            or (metric_m is not None and _LONG_NOUN.fullmatch(pre) and not p.verbs.search(pre))
        )
        and _HAN.search(pre)
        and not pre.startswith(w.share_leads)
        and pre not in w.not_subjects  # 平台一周内回复…: 内 is no subject
    ):
        r.subject = pre
    if r.quantified:
        r.counted = counted
        r.self_subject = r.subject is None and (after_prep or not core)
        if r.self_subject:
            r.subject = counted
        owned = r.metric is None and r.subject is not None and not r.self_subject
        # 开通微博的200余个政府机构: a relative clause (not 最高气温由今天的18℃)
        owned = owned or (raw.endswith("的") and metric_m is None)
        # 至少20间民房被泥石流冲毁: nothing before the figure, so its noun is what it measures
        owned = owned or (r.self_subject and not after_prep and not raw and r.metric is None)
        if counted and (listed or owned or right.startswith("的")):
            # (and 全国有2.3亿国内游客旅行: what a subject has so many of)
            # 4℃的最低气温, 104万左右的座位, …等10个工作组: the figure is the noun's value
            r.metric, r.self_subject, r.time_only = counted, False, False
            r.subject = None if r.subject == counted else r.subject
    elif r.counted is None and kind in _COUNTLIKE and r.metric:
        r.counted = _counted_from_metric(r.metric, r.subject, p)
    if r.counted is None and kind in _COUNTLIKE and unit:
        # the measure word's own noun, as measure_words.toml gives it: 十几个县 -> 县
        word = measure_words().get(unit)
        r.counted = word.counted if word is not None else None
    return r


def _region(s: str, p: _Patterns) -> str:
    """The longest region word starting ``s`` (全市注册志愿者 -> 全市), or ``""``."""
    m = p.region_lead.match(s)
    return m.group() if m else ""


def _total(core: str, p: _Patterns) -> tuple[int, int] | None:
    """Where a word of totalling (共, 累计) parts a clause inside it, or ``None``."""
    if "共" not in core and "计" not in core:  # a cheap test before the pattern
        return None
    m = next((m for m in p.total.finditer(core) if m.group("end")), None)
    return m.span() if m and m.start() > 0 and m.end() < len(core) else None


def _unbracket(s: str) -> str:
    """``s`` without bracketed asides (县（市、区） -> 县); after an unclosed bracket only what
    follows it (西昌市(北纬 -> 北纬: the figure stands inside the aside)."""
    if "（" not in s and "(" not in s and "）" not in s and ")" not in s:
        return s
    parts = [x for x in _BRACKET.split(_ASIDE.sub("", s)) if x]
    return parts[-1] if parts else ""  # 有大暴雨(100~120毫米): the noun before the bracket


def _counted_from_metric(metric: str, subject: str | None, p: _Patterns) -> str | None:
    """What a metric counts: 粉丝数 -> 粉丝; 回复咨询类问题 -> 咨询类问题.

    For metrics of selling or producing, the subject's head: 网络销售 of 尉犁羊肉 -> 羊肉.
    """
    w = p.words
    bare = p.rates.sub("", metric) or metric
    if bare.endswith(w.object_metrics):
        return None if subject is None else _head(subject)
    verbs = list(p.verbs.finditer(bare))
    if verbs:  # 回复的咨询类问题 -> 咨询类问题
        return bare[verbs[-1].end() :].removeprefix("的") or None
    for suffix in w.count_suffixes:
        if bare.endswith(suffix) and len(bare) > len(suffix):
            return bare[: -len(suffix)]
    return bare


def _head(noun: str) -> str:
    """The head of a compound noun: its last two characters (尉犁羊肉 -> 羊肉)."""
    noun = _KEY_TRIM.sub("", noun)
    return noun[-2:] if len(noun) >= 4 else noun
