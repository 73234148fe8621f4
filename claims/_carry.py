"""A sentence's topic carried to later sentences, and amends to one clause's reading (private to
``claims.context``). Takes the text (or one figure's reading); returns a subject, metric or per.

Split from context.py so that each module stays readable. Three jobs:

- ``Topics``: the place, body or storm a sentence opens with (安徽省遭遇强降雨, 台风“杜苏芮”于
  7月28日登陆, 我市上空…) is the subject of the figures of that sentence and of the paragraph's
  later sentences that name none (…。累计造成16市95县受灾 -> 安徽省; …。登陆时中心附近最大风力
  14级 -> 杜苏芮); so is a place or body a clause named (``carries``). Only the opening of a
  sentence is read (``_OPENING`` characters), and only for figures left without a subject, so
  the work stays proportional to the claims.
- ``amend``: repairs of a clause's reading where a rate word or a compound was cut apart
  (年平均增长率 -> not subject 年; 地铁日客流 -> per day; 两年平均增长 -> per year), or where
  the subject holds metric material (全市实现农林牧渔业|总产值, 为群众挽回|经济损失).
- ``read_after``: the reading again with what follows the figure (397条公交线路停运,
  共出现5次大范围强降雨过程, 造成16市95县受灾).

The word lists are data: ``topic_*``, ``place_suffixes`` and ``cause_words`` in
``claims/data/context.toml``. 分别 lists are mended in ``claims._parted``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Protocol

import regex

from claims._clause import _RESULTS, _Reading
from claims._clause_words import _alt, _Patterns, _patterns
from claims._prefilter import _any_word
from claims.models import Claim, Kind, Span
from claims.vocab import measure_words

_OPENING = 48  # a sentence's topic stands within its first characters
_BACK = 4  # sentences looked back over for a topic (within the paragraph)
# day words before which 日 is no per: 生日客流 is no daily flow (今日/昨日 are time words)
_NOT_DAILY = frozenset("生节假今昨明当每前次翌本同单首周元忌纪當節週")
_CAUSES = ("造成", "导致", "致使", "導致", "使")  # verbs whose object is counted, then befallen
_PEAKS = ("", "最高", "最大", "高峰", "峰值")  # before 日: a day's figure, no subject
# A province, city or county name opening a subject (海南省, 合肥市): the shortest such run.
_PLACE_HEAD = regex.compile(r"\p{Han}{1,6}?(?:自治区|自治州|省|市|县|区|州)")
# Endings of a noun that measures what owns it (水路旅客的客运量, 党政部门的微博账户数量).
_MEASURE_ENDS = ("量", "数", "率", "额", "值", "比重")
# 对 opening a word of its own (对外贸易, 对口支援) is no preposition before a metric's object
_NOT_TOWARD = ("对外", "對外", "对口", "對口", "对象", "對象", "对方", "對方")
_DURATION_PER = {"year": "year", "month": "month", "day": "day", "week": "week"}


@cache
def _topic_pattern() -> regex.Pattern[str]:
    """A storm's name or a place at a boundary, followed by what the place does (built once)."""
    w = _patterns().words
    follows = _alt(w.topic_follows)
    storms = _alt(w.topic_storms)
    suffixes = _alt(w.place_suffixes)
    regions = _alt(w.region_leads)
    heads = _alt(w.topic_heads)
    return regex.compile(
        rf"""
        (?:{storms}) \s* [“"「『] (?P<name> \p{{Han}}{{2,5}}) [”"」』]   # 台风“杜苏芮”
        | [“"「『] (?P<name> \p{{Han}}{{2,5}}) [”"」』] \s* 号? (?:{storms})   # “杜苏芮”台风
        | (?:{storms}) (?P<name> \p{{Han}}{{2,3}}?)                   # 超强台风摩羯在…登陆
          (?= 在 | 于 | 於 | 已 | 将 | 將 | 登陆 | 登陸 | 的中心 | 中心 )
        | (?: ^ | (?<= [\s\p{{P}}] | 以来 | 期间 | 日 | 月 | 今年 | 今天 | 近日 | 日前 | 目前 ) )
          (?: (?P<place> \p{{Han}}{{1,8}} (?:{suffixes})      # 安徽省, 安徽省合肥市
                (?: \p{{Han}}{{0,4}} (?:{heads}) )? )          # 石泉县公安机关
              (?= {follows} )                                # …受到强降雨影响, …遭遇
            | (?P<region> {regions} ) (?! \p{{Han}}{{0,2}} (?:{suffixes}) ) )   # 我市上空…
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=4096)
def topic_of(opening: str) -> str | None:
    """The topic a sentence opens with: 安徽省受到强降雨影响 -> 安徽省, or ``None``.

    >>> topic_of("今年入梅以来,安徽省受到强降雨影响,累计造成")
    '安徽省'
    >>> topic_of('今年第17号台风"鲇鱼"(强台风级)的中心已于今天')
    '鲇鱼'
    >>> topic_of("今年以来，石泉县公安机关全力开展")
    '石泉县公安机关'
    >>> topic_of("受灾地区出现") is None
    True
    """
    w = _patterns().words
    for m in _topic_pattern().finditer(opening):
        if m.group("region"):
            return m.group("region")
        name = m.group("name") or m.group("place")
        if not m.group("place") and name.startswith(w.topic_not_places):
            continue  # 台风中心已…: no name
        # (a two-character name is a place only with 县 or 某: 礼县, 某区; 楼市, 上市 are none)
        short = len(name) < 3 and not (name.endswith(("县", "縣")) or name.startswith("某"))
        cut = short or name.endswith(w.topic_not_places)
        if m.group("place") and cut and name not in w.region_leads:
            continue  # 全省 and 我市 are topics; 地区, 城市 are not
        return name
    return None


def carries(subject: str) -> bool:
    """Whether a clause's subject goes on to the paragraph's later sentences: a place or a body
    (安徽省, 全市, 该公司, 全市公安机关), not a part or a phrase (女性, 震级最大的地震为…)."""
    w = _patterns().words
    if len(subject) > 8 or "的" in subject:
        return False
    if subject.startswith(w.region_leads) or subject.endswith(w.topic_heads):
        return True
    return topic_of(subject + "的") == subject  # a place name: 安徽省, 合肥市


def _pronoun_search(pronouns: tuple[str, ...]) -> Callable[..., re.Match[str] | None]:
    """A search for any of ``pronouns`` (a literal alternation: the same in a slice or in
    place; ``_prefilter``'s, compiled once), or one that finds nothing when there are none (an
    empty word matches every opening)."""
    return _any_word(pronouns).search


class SentenceBounds(Protocol):
    """The sentences of a text: their starts and their (start, end) bounds, in order."""

    @property
    def starts(self) -> Sequence[int]: ...

    @property
    def bounds(self) -> Sequence[tuple[int, int]]: ...


class Topics:
    """The topics of a text's sentences, found on demand (a sentence's opening read once;
    the sentences' bounds are asked for only when a figure has no subject of its own)."""

    def __init__(self, text: str, sentences: SentenceBounds) -> None:
        self.text, self.sentences = text, sentences
        self.seen: dict[tuple[int, int], str | None] = {}
        self.pronouns = _patterns().words.pronouns
        self.pronoun_in = _pronoun_search(self.pronouns)  # (any of them, searched in place)

    @property
    def starts(self) -> Sequence[int]:
        return self.sentences.starts

    @property
    def bounds(self) -> Sequence[tuple[int, int]]:
        return self.sentences.bounds

    def _topic(self, i: int, end: int) -> str | None:
        """The topic of sentence ``i``, read up to ``end``."""
        start = self.bounds[i][0]
        key = (start, min(end, start + _OPENING))
        if key not in self.seen:
            self.seen[key] = topic_of(self.text[key[0] : key[1]])
        return self.seen[key]

    def before(
        self, pos: int, sentence: int, floor: int, named: tuple[int, str] | None
    ) -> str | None:
        """The subject a figure at ``pos`` with none inherits: a pronoun opening its sentence
        (which starts at ``sentence``; the caller resolves it), else the nearest topic a
        sentence of the paragraph (from ``floor``) opens with, or the subject a clause
        ``named`` last there, whichever stands later."""
        if self.pronoun_in(self.text, sentence, min(pos, sentence + _OPENING)):
            opening = self.text[sentence : min(pos, sentence + _OPENING)]
            return next(x for x in self.pronouns if x in opening)
        named = named if named is not None and named[0] >= floor else None
        bounds = self.bounds
        i = bisect.bisect_right(self.starts, pos) - 1
        for k in range(i, max(i - _BACK, -1), -1):
            start = bounds[k][0]
            if start < floor or (named is not None and start < named[0]):
                break
            topic = self._topic(k, pos if k == i else bounds[k][1])
            if topic:
                return topic
        return named[1] if named is not None else None


@lru_cache(maxsize=8192)
def amend(
    left: str, subject: str | None, metric: str | None, kind: Kind
) -> tuple[str | None, str | None, str | None]:
    """``subject``, ``metric`` and a per read anew where the clause cut a word apart.

    >>> amend("全市常住人口年平均增长率为", "全市常住人口年", "平均增长率", Kind.PERCENT)
    ('全市', '常住人口年平均增长率', None)
    >>> amend("地铁日客流达", "地铁日", "客流", Kind.COUNT)
    ('地铁', '日客流', 'day')
    >>> amend("最高日客流达", "最高日", "客流", Kind.COUNT)
    (None, '最高日客流', 'day')
    >>> amend("地震造成全州伤亡", "地震", "造成全州伤亡", Kind.COUNT)
    ('全州', '伤亡', None)
    >>> amend("全县因灾害造成房屋倒塌", "全县因灾害", "造成房屋倒塌", Kind.COUNT)
    ('全县', '造成房屋倒塌', None)
    >>> amend("来", None, "来", Kind.DURATION)
    (None, None, None)
    >>> amend("全市实现农林牧渔业总产值", "全市实现农林牧渔业", "总产值", Kind.MONEY)
    ('全市', '农林牧渔业总产值', None)
    >>> amend("海南省接待游客总人数", "海南省接待游客", "总人数", Kind.COUNT)
    ('海南省', '接待游客总人数', None)
    >>> amend("按美元对人民币的平均汇率", "按美元对人民币的平均汇率", "折算", Kind.COUNT)
    (None, '美元对人民币的平均汇率', None)
    >>> amend("水路旅客的客运量将达到", None, "水路旅客的客运量", Kind.COUNT)
    ('水路旅客', '客运量', None)
    >>> amend("常住人口城镇化率为", "常住人口", "城镇化率", Kind.PERCENT)
    (None, '常住人口城镇化率', None)
    """
    p = _patterns()
    w = p.words
    per = None
    if (
        kind is Kind.DURATION
        and metric
        and (metric in w.locatives or metric[0] in "间来" or len(metric) == 1)
    ):
        return subject, None, None  # 二十年来, 两年平均, 十年间年平均增长率: no metric
    if metric and metric[-1] in "平年日月周季" and metric + "均" in left:
        metric += "均"  # 年平均增长 -> the trailing filler 均 was dropped from 年平均 / 年均
        rate = p.rates.search(metric)
        base = (subject or "") + metric[: rate.start()] if rate else ""
        head = p.metric_end.search(base) if base else None
        if rate and head and rate.end() == len(metric):  # 全市地区生产总值年均: the metric
            subject, metric = base[: head.start()] or None, head.group() + rate.group()
    k = left.rfind(metric) if metric else -1
    cut = left[k + len(metric) : k + len(metric) + 1] if metric and k >= 0 else ""
    if metric and cut and (metric + cut).endswith(p.metric_words):
        metric += cut  # 查处交通违法行为: the trim took 为 from 违法行为
    if metric and metric.endswith("最") and metric + "高" in left:
        metric = metric[:-1] or None  # 日客流最高达: 高达 went as a filler, 最 stays behind
    counts = kind in (Kind.COUNT, Kind.MONEY)  # (日最高气温超过35℃ is no daily total)
    if counts and subject and metric and subject.endswith("日") and subject[:-1] in _PEAKS:
        metric, per = subject + metric, "day"  # 日发送旅客, 最高日客流: a day's figure
        subject = None
    if counts and metric and metric.startswith("日") and p.metric_end.fullmatch(metric[1:]):
        per = "day"  # 日客流达1000万人以上: per day
    if subject and metric:
        joined = subject + metric
        for m in p.rates.finditer(joined):
            if m.start() < len(subject) < m.end():  # 人口年|平均增长率: 年平均 cut apart
                subject, metric = subject[: m.start()] or None, joined[m.start() :]
                break
        if (
            counts
            and subject
            and len(subject) >= 3  # 地铁日; 当日 and 每日 are time words
            and subject.endswith("日")
            and subject[-2] not in _NOT_DAILY
            and not p.rates.match(metric)
        ):  # 地铁日客流: a daily figure of the metric
            subject, metric, per = subject[:-1], "日" + metric, "day"
    if metric and (metric == "平均" or p.rates.fullmatch(metric)) and metric not in w.metric_words:
        metric = None  # 年均增长: only the per; the change is of the sentence's metric
    if subject and metric:
        subject, metric = _regroup(subject, metric, p)
    cause = next((c for c in _CAUSES if metric.startswith(c)), "") if metric else ""
    rest = metric[len(cause) :] if metric and cause else ""
    region = max((x for x in w.region_leads if rest.startswith(x)), key=len, default="")
    if region:  # 地震造成全州伤亡35人: 全州 suffered 伤亡 (造成全省12个市…: the places in 全省)
        subject, metric = region, rest[len(region) :] or None
    owner, _, owned = metric.rpartition("的") if metric and not subject else ("", "", "")
    if 2 <= len(owner) <= 8 and owned.endswith(_MEASURE_ENDS) and not p.verbs.search(owner):
        subject, metric = owner, owned  # 水路旅客的客运量将达到94万人次: 水路旅客 / 客运量
        k = max(owner.find("对"), owner.find("對"))
        if k > 0 and not owner.startswith(_NOT_TOWARD, k):  # 消费对经济增长的贡献率: 消费 /
            subject, metric = owner[:k], owner[k:] + owned  # 对经济增长贡献率
    if subject and subject.startswith("按") and len(subject) > 2:  # 按…平均汇率6.8985折算
        framed = metric in w.framing_ends or metric is None
        metric, subject = subject[1:] + ("" if framed or metric is None else metric), None
    if subject and metric and subject.startswith(("为", "為")) and len(subject) > 1:
        metric = subject[1:] + metric  # 为群众挽回经济损失: no subject 为群众挽回
        subject = None
    if subject and metric and subject[:1] in "对對" and not subject.startswith(_NOT_TOWARD):
        if metric.endswith(_MEASURE_ENDS):  # 对全国经济增长的贡献率: what the share goes to
            metric = subject + metric
            subject = None
        else:  # 对全国31个省的抽样调查: the place, without the preposition
            subject = subject[1:] or None
    if subject and subject.endswith(w.cause_words):  # 全县因灾害造成…, 因灾造成1人死亡
        subject = subject[: -max(len(x) for x in w.cause_words if subject.endswith(x))] or None
    return subject, metric, per


def _regroup(subject: str, metric: str, p: _Patterns) -> tuple[str | None, str]:
    """A subject holding metric material handed to the metric: 全市实现农林牧渔业|总产值 ->
    全市 / 农林牧渔业总产值 (a verb after the region); 常住人口|城镇化率 -> the rate of the
    metric word (常住人口城镇化率), whose subject is the sentence's or the paragraph's."""
    w = p.words
    region = max((x for x in w.region_leads if subject.startswith(x)), key=len, default="")
    if not region and (place := _PLACE_HEAD.match(subject)):
        region = place.group()  # 海南省接待游客|总人数 -> 海南省 / 接待游客总人数
    rest = subject[len(region) :]
    verb = p.verbs.match(rest) if region and rest else None
    if verb and len(verb.group()) >= 2 and verb.end() < len(rest):
        kept = verb.group() not in w.subject_trims  # 实现, 完成 go; 接待 stays
        return region, rest[0 if kept else verb.end() :] + metric
    if metric.endswith(("率", "比重")) and p.metric_end.fullmatch(rest):
        return region or None, rest + metric
    return subject, metric


def duration_per(left: str, unit: str | None) -> str | None:
    """The per of 平均 right after a duration: 两年平均增长6.5% -> year, else ``None``."""
    if left.lstrip().startswith(("平均", "年均")) and unit in _DURATION_PER:
        return _DURATION_PER[unit]
    return None


def noun_outcome(right: str, counted: str | None, outcome: str | None, unit: str | None) -> bool:
    """Whether an object counted right after its figure met the outcome after it (397条公交线路
    停运, 至少20间民房倒塌: the metric is the noun with it); people doing something (2.74亿人次
    国内出游) keep the outcome alone."""
    if (
        not counted
        or not outcome
        or not right.removeprefix("的").lstrip().startswith(counted + outcome)
    ):
        return False
    if counted.endswith((*_patterns().words.place_suffixes, "村", "乡镇", "街道")):
        return False  # 3个县受灾: places are struck, the outcome alone is the metric
    word = measure_words().get(unit or "")
    return word is None or word.counts != "people"


def glued_outcome(
    text: str,
    metric: str | None,
    end: int,
    after: tuple[int, int] | None,
    outcomes: tuple[str, ...],
) -> str | None:
    """The outcome a causing verb's count shares with the count glued after it (造成16市95县
    受灾: 16市 受灾 too), or ``None``; ``after`` is that count's span when it starts at ``end``."""
    if metric not in _CAUSES or after is None or after[0] != end:
        return None
    rest = text[after[1] : after[1] + 12]
    hits = [o for o in outcomes if rest.startswith(o)]
    return max(hits, key=len) if hits else None


def found_noun(metric: str | None, counted: str | None, p: _Patterns) -> str | None:
    """The noun after the figure when the clause before it ends in a verb of finding or
    happening alone (全省共出现5次大范围强降雨过程 -> 大范围强降雨过程, as 搜救出一个小孩), else
    ``None``."""
    if not metric or not counted:
        return None
    bare = metric.removesuffix("了")
    if bare.endswith(_RESULTS) and (p.verbs.fullmatch(bare) or p.verbs.fullmatch(bare[:-1])):
        return counted
    return None


def verb_noun(metric: str | None, counted: str | None, p: _Patterns) -> str | None:
    """A verb ending the clause before the figure joined by the noun after it: 抓获18名盗窃犯罪
    嫌疑人 -> 抓获盗窃犯罪嫌疑人 (the verb alone says not what was counted), else ``None``."""
    if not metric or not counted or counted in metric:
        return None
    bare = metric.removesuffix("了")
    if bare[-1:] not in p.verb_lasts or not p.verb_end.search(bare):
        return None
    joined = bare + counted
    return joined if len(joined) <= 16 else None


def read_after(
    text: str,
    right: str,
    r: _Reading,
    claim: Claim,
    after: Span | None,
    subject: str | None,
    metric: str | None,
    implied: bool,
) -> tuple[str | None, str | None]:
    """``subject`` and ``metric`` read again with what follows the figure: the noun after it
    when a verb of happening stands before (共出现5次大范围强降雨过程), an object and its
    outcome (397条公交线路停运), the outcome of the count glued after it (造成16市95县受灾);
    ``after`` is the next figure's span and ``implied`` whether the unit names the metric."""
    p = _patterns()
    if r.quantified and not r.self_subject and not implied:
        metric = found_noun(metric, r.counted, p) or verb_noun(metric, r.counted, p) or metric
    if (
        r.quantified
        and r.counted
        and r.metric
        and noun_outcome(right, r.counted, r.metric, claim.unit)
    ):
        metric = r.counted + r.metric  # the noun after the figure is what it measures
        subject = None if subject == r.counted else subject
    if after is not None and claim.kind is Kind.COUNT:
        span = (after.start, after.end)
        metric = glued_outcome(text, metric, claim.span.end, span, p.words.outcome_words) or metric
    return subject, metric
