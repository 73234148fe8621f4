"""Stage: attribution. Takes the text and its claims; returns them with context fields filled in.

For every claim it fills ``sentence``, ``counted``, ``metric``, ``subject``, ``per`` (a claim
with a rate denominator becomes kind ``rate``), ``metric_key`` and ``time``; it never changes a
value, span or surface. The heuristics read only the claim's clause (bounded to a few dozen
characters on each side) and a little state per sentence, so the stage is linear in the text:

- the clause left of a figure, with fillers (目前, 就, 超) dropped, ends in a metric word
  (粉丝数超35亿, 尉犁羊肉网络销售突破10万只) or in a verb phrase (回复咨询类问题16812件); what
  stands before it is the clause's subject (政务微博有…账号超9万个 -> 政务微博);
- a noun right after the figure is what it counts (十余万政务微博, 30多个项目合作);
- a clause without a subject inherits the sentence's latest subject or hashtag (#丰收的尉犁#).

The word lists are data: ``claims/data/context.toml``. The key grammar is in docs/records.md.
"""

from __future__ import annotations

import bisect

import regex

from claims import _parts, timex
from claims._carry import (
    _CAUSES,
    Topics,
    amend,
    carries,
    duration_per,
    read_after,
)
from claims._clause import _HASHTAG, _read_context
from claims._clause_words import _patterns
from claims._keys import _dimension, _key, metric_key
from claims._parted import restated, unfilled, widened
from claims._people import _People
from claims._reach import _LEFT_CAP, _RIGHT_CAP, _across_duration, _clause, _distributed, _label
from claims._sentences import (
    _CLAUSE_JOINERS,
    _CLAUSE_SEP_FAST,
    _paragraph_bounds,
    _Sentences,
    paragraph_spans,
    sentence_spans,
)
from claims.bounds import construct
from claims.models import Claim, Kind, Source, Span
from claims.vocab import ContextWords

__all__ = ["attribute", "metric_key", "paragraph_spans", "sentence_spans"]


# Kinds, looked up once (an Enum member costs ~80 ns a lookup in Python 3.11; the loop below
# asks several per figure)
_COUNT, _DURATION, _RATE, _DATE = Kind.COUNT, Kind.DURATION, Kind.RATE, Kind.DATE
_PERCENT = Kind.PERCENT
_COUNTS = (Kind.COUNT, Kind.ORDINAL)  # figures that count something
_TIMEISH = (Kind.DATE, Kind.DURATION)
_RATED = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)  # kinds a per makes a rate

_SEP_OR_SPACE = regex.compile(r"[\s\p{P}]")  # what may stand between two figures' noun phrases
_HAN = regex.compile(r"\p{Han}")  # a counted noun that names a metric is Chinese (not 2024 is)
# A sentence opening a breakdown of the indicator the sentence before named: 分季度看，一季度…;
# 分地区看，东部地区…; 从行业看，… (its figures measure that indicator).
_BREAKDOWN_OPENER = regex.compile(
    r"""
    [\s\u3000]* (?: 分 | 按 | 从 | 從 ) \p{Han}{1,6} (?: 来看 | 來看 | 看 ) [，,：:]
    """,
    regex.VERBOSE,
)


def attribute(
    text: str,
    found: list[Claim],
    source: Source | None,
    *,
    mentions: list[timex.DateMention] | None = None,
    offsets: list[timex.Relative] | None = None,
) -> list[Claim]:
    """Return ``found`` with context fields filled in; values and spans never change.

    ``mentions`` are ``timex.find_dates(text)`` and ``offsets`` the relative offsets
    (``timex.find_offsets(text)``) when the caller has them already (``extract`` does);
    otherwise they are found here.

    >>> from claims.models import Value
    >>> t = "目前政务微博有账号超9万个,粉丝数超35亿。"
    >>> def figure(s):
    ...     i = t.index(s)
    ...     return Claim(id=s, kind=Kind.COUNT, text=s, span=Span(start=i, end=i + len(s)),
    ...                  value=Value.exactly(1))
    >>> accounts, fans = attribute(t, [figure("超9万个"), figure("超35亿")], None)
    >>> accounts.subject, accounts.metric_key
    ('政务微博', '政务微博|*|-|count')
    >>> fans.subject, fans.metric, fans.counted, fans.metric_key
    ('政务微博', '粉丝数', '粉丝', '政务微博|粉丝|-|count')
    """
    if not found:
        return list(found)
    p = _patterns()
    w = p.words
    outcomes = w.outcome_words
    sentences = _Sentences(text, max(c.span.start for c in found))
    if mentions is None:
        mentions = timex.find_dates(text)
    timeline = timex.Timeline(text, mentions, source, _paragraph_bounds(text), offsets)
    people: _People | None = None  # built at the first pronoun subject (few texts have one)
    tags = [(m.start(), m.group()) for m in _HASHTAG.finditer(text)] if "#" in text else []
    seps: list[int] = []  # the clause separators of the current sentence
    tag_starts = [t[0] for t in tags]
    # a figure's context stops at the figures and dates next to it
    # ends of counts whose noun may run on into the next figure's clause (12个市46个县)
    count_ends = {c.span.end for c in found if c.kind in _COUNTS}
    # ends of figures an outcome word may follow (3人死亡、2人失联): the word is that figure's
    # predicate, not the next figure's subject
    ends = [c.span.end for c in found]
    claim_ends = set(ends)
    counted_at: dict[int, str] = {}  # what each count counts, by its end (filled as we go)
    date_starts = {m.span.end: m.span.start for m in mentions}
    # durations a clause may read across: 平台一周内回复…, 60岁及以上人口…
    durations = {c.span.end: c for c in found if c.kind is _DURATION}
    starts = [c.span.start for c in found]
    barriers = sorted(
        {*starts, *ends, *(m.span.start for m in mentions), *(m.span.end for m in mentions)}
    )
    out: list[Claim] = []
    # per sentence: its span, its subjects so far, its latest metric and its lead noun
    current: tuple[Span, list[tuple[int, str]], str | None, str | None] | None = None
    shared: list[tuple[str | None, ...] | None] = [None, None]  # a sentence's 分别 parts
    earlier: list[str] = []  # the metrics of the sentence's levels so far
    pers: dict[str, str] = {}  # the per of each of the sentence's rated levels, by metric
    own_lists: dict[int, str] = {}  # a 分别 list's own metric (比重分别为…), by its distributor
    whole: str | None = None  # the sentence's latest metric outside a breakdown (其中…)
    own = False  # whether a clause of the current sentence named a subject of its own
    timed = (Kind.DATE, Kind.DURATION)
    topics = Topics(text, sentences)  # opening topics, read on demand
    last_subject: tuple[int, str] | None = None  # the latest subject a clause named
    for index, claim in enumerate(found):
        span = claim.span
        pos, pos_end = span.start, span.end
        claim_kind, unit = claim.kind, claim.unit
        if current is not None and current[0].start <= pos < current[0].end:
            sentence = current[0]  # (what containing gives: the figure before's sentence)
        else:
            sentence = sentences.containing(pos)
        if current is None or current[0] is not sentence:  # one Span object per sentence
            # clauses joined by ；/; are one sentence for the subject; a change or restatement
            # after ； still takes the figure's metric (…47654元；按年均汇率折算为6908美元)
            if current is not None and text[current[0].end - 1] in _CLAUSE_JOINERS:
                kept = _parts.carried_subjects(text, current[0], current[1])  # (not a breakdown's)
                current = (sentence, kept, current[2], None)
            else:
                # 分季度看，一季度2801.2亿元: a breakdown opener carries the metric named before
                opened = _BREAKDOWN_OPENER.match(text, sentence.start, sentence.start + 12)
                current = (sentence, [], current[2] if opened and current else None, None)
                shared[:] = [None, None]
                earlier.clear()
                pers.clear()
                whole = None
                own = False  # whether a clause of the sentence named a subject of its own
            seps = [
                m.start() for m in _CLAUSE_SEP_FAST.finditer(text, sentence.start, sentence.end)
            ]
        _, subjects, _, lead = current
        clause_start, clause_end = _clause(seps, sentence, span)
        i = bisect.bisect_left(barriers, pos) - 1
        prev_end = max(clause_start, barriers[i]) if i >= 0 else clause_start
        if pos in claim_ends:  # 19支386人: the figure before ends right here
            prev_end = pos
        j = bisect.bisect_right(barriers, pos_end)
        next_start = min(clause_end, barriers[j]) if j < len(barriers) else clause_end
        left = text[max(prev_end, pos - _LEFT_CAP) : pos]
        if prev_end in claim_ends and left.startswith(outcomes) and prev_end >= pos - _LEFT_CAP:
            # 3人死亡、2人失联: 死亡 is the predicate of 3人, not the subject of 2人
            left = left[max(len(o) for o in outcomes if left.startswith(o)) :]
        if not left.strip() and clause_start > sentence.start and text[clause_start - 1] in ":：":
            left = _label(text, seps, sentence.start, clause_start - 1)  # 深度：10千米
        near = prev_end > clause_start  # a figure or date ends inside the clause before it
        # a noun glued to the figure before (12个市46个县): the noun phrase is cut; weak key
        glued = near and prev_end in count_ends and not _SEP_OR_SPACE.search(left)
        if near and prev_end in date_starts:
            # 公司2024年实现营业收入: the subject stands before the date; read across it
            ds = date_starts[prev_end]
            k = bisect.bisect_left(barriers, ds) - 1
            lo = max(clause_start, barriers[k]) if k >= 0 else clause_start
            left = text[max(lo, ds - _LEFT_CAP // 2) : ds] + left
        elif near and prev_end in durations:
            left = _across_duration(text, durations[prev_end], left, clause_start, barriers, p)
        right = text[pos_end : min(next_start, pos_end + _RIGHT_CAP)]
        if right[:1] == "次" and unit and not unit.endswith("次"):
            right = right[1:]  # 800处次, 3.2万起次: 次 ends the measure word, it is no noun
        if "/" in claim.text and not (unit and "/" in unit):
            # 132500元/人 read as yuan: its written denominator reads as if it followed
            tail = claim.text[claim.text.rfind("/") :]
            right = tail + right if tail in w.per_suffixes else right
        r = _read_context(left, right, claim_kind, unit)
        # 人口年|平均增长率, 地铁日|客流, 二十年来: a word the clause cut apart, mended
        subject, metric, per_cut = amend(left, r.subject, r.metric, claim_kind)
        if subject in w.topic_storms:  # 台风登陆时…16级: the storm the paragraph names
            floor = timeline.paragraph(pos).start
            name = topics.before(pos, sentence.start, floor, None)
            subject = name if name and not carries(name) else subject
        if claim_kind is _DURATION and _parts.averaged_over(right, metric):
            metric = None  # 近五年全市地区生产总值年均增长: the period, no measure
        # 各区普遍在15-17℃, 其中甲县4100人: the place, not a metric (and a part, kept to itself)
        part = _parts.breakdown_place(metric, claim_kind, unit) if subject is None else None
        if part and current[2]:  # (其中矿山企业1041人，山洪危险区1436人: the total's metric)
            subject, metric = part, whole or current[2]
        elif subject is None and metric and len(metric) <= 8 and out:
            # 死亡病例11例(湖北10例,陕西1例): a bracket opened right after a figure parts it by
            # place; each name is a subject of its own (kept to itself), the figure's metric
            # goes on
            parted = _parts.bracket_part(text, sentence.start, pos, metric, out)
            if parted:
                (part, metric), subject = parted, parted[0]
        shown = None  # the metric as written for the record, when it differs from the key's
        if subject is None and metric and current[2] and subjects and r.subject is None:
            # 东部地区生产总值65.2万亿元，中部地区26.9万亿元; 制造业增加值…，采矿业增长2.3%: a
            # name shaped like the clause before's subject is the next subject of its metric
            # (the record's metric names both: 采矿业增加值, 中部地区生产总值)
            subject, metric, shown = _parallel(metric, subjects[-1][1], current[2], w)
        own = own or subject is not None
        if near and prev_end in durations:  # 两年平均增长6.5%: per year
            d = durations[prev_end]
            averaged = duration_per(text[prev_end:pos], d.unit)
            per_cut = per_cut or averaged
            if averaged and metric is None:  # 地区生产总值两年平均增长5.1%: of 地区生产总值
                lo = max(clause_start, d.span.start - _LEFT_CAP)
                metric = next(reversed(p.metric_any.findall(text, lo, d.span.start)), None)
        implied = w.unit_metrics.get(unit or "")
        after = found[index + 1].span if index + 1 < len(found) else None
        if r.quantified or (after is not None and claim_kind is _COUNT and metric in _CAUSES):
            # (read_after changes nothing else: a noun after the figure, or a causing verb)
            subject, metric = read_after(
                text, right, r, claim, after, subject, metric, bool(implied)
            )
        # 东北风4级阵风5~6级: the noun after 4级 names the next figure, not this one
        named = None if r.quantified and metric == r.counted else metric
        if implied and not (named and any(x in named for x in implied)):
            # 发生5.8级地震: a magnitude measures 震级 whatever the verb; 西北风3—4级: 风力 (the
            # direction standing alone before the figure is no subject)
            subject = None if r.quantified and metric in (None, r.counted) else subject
            metric = implied[0]
        got = None
        dist = -1  # where the clause's distributor (分别) stands
        if p.distributor.search(text, clause_start, pos):  # (any distributor word before it)
            head = text[clause_start:pos]
            dist = clause_start + max(head.rfind(x) for x in w.distributors)
            # 产销分别完成45.7万辆和45万辆: the i-th figure after 分别 is the i-th part
            got = _distributed(head, clause_start, index, starts, shared, p)
            bare = unfilled(head, p) if got is None else None
            if bare is not None:  # 零售总额和网上零售额同比分别增长: 同比 ends no list item
                got = _distributed(bare, clause_start, index, starts, shared, p)
            if got is None and (r.change or metric is None or restated(head, p)):
                # 接待游客…，旅游总收入…，分别增长11.9%和18.86%: the figures before, in order
                at = clause_start + max(head.rfind(x) for x in w.distributors)
                first = bisect.bisect_left(starts, at)
                n = bisect.bisect_left(starts, clause_end) - first
                # (比过去5年均值分别增加…: a duration or date among them is no list item)
                items = [k for k in range(first, first + min(n, 12)) if found[k].kind not in timed]
                if own_lists.get(dist) and index in items:  # 比重分别为43.0%、26.6%: the list's
                    got = (own_lists[dist], None)
                elif 2 <= len(items) <= len(earlier) and index in items:
                    got = (earlier[items.index(index) - len(items)], None)
            elif got is None and metric and metric.startswith(w.share_leads):
                own_lists[dist] = ""  # (filled below, once the metric is whole)
            if got is not None:
                metric = widened(head, got[0], p) if got[0] else current[2]  # ("": no metric)
                subject = got[1] or (None if got[1] == "" else subject)
        if (
            claim_kind not in _COUNTS
            and subject is None
            and metric is not None
            and counted_at.get(prev_end) == metric
        ):
            # 5个县（市、区）超过100毫米: the counted 县 passed 100毫米 of the sentence's metric
            subject, metric = metric, current[2]
        if subject in w.pronouns:
            if people is None:
                people = _People(text, p.words)
            if people:
                para = timeline.paragraph(pos)
                subject = people.resolve(pos, para.start) or r.subject
        cut = glued and subject is not None and not r.self_subject and len(subject) <= 2
        noun_before = counted_at.get(prev_end)  # 46个县（市、区）38.6万人受灾: 县 is the count's
        if not cut and subject is not None and subject == noun_before and r.metric in outcomes:
            subject = None  # noun, not the subject of the outcome after it
        if cut:
            subject = None  # 12个市46个县: 市 is the last figure's noun, too cut to key on
        elif subject is not None and not r.self_subject and not part:
            subjects.append((pos, subject))
            if carries(subject):  # a place or a body goes on to the paragraph's sentences
                last_subject = (pos, subject)
        if subject is None and lead and r.metric in w.member_nouns:
            subject = lead  # 全省共有普通小学3865所，在校生412.5万人: the pupils of 普通小学
        if subject is None and not cut:
            tag = None
            if tags:  # (most texts have no hashtag)
                k = bisect.bisect_left(tag_starts, pos) - 1
                tag = tags[k] if k >= 0 and tags[k][0] >= sentence.start else None
                if r.metric and "话题" in r.metric and tag is None and k >= 0:
                    tag = tags[k] if tags[k][0] >= timeline.paragraph(pos).start else None
            last = subjects[-1] if subjects else None
            if tag and (not last or tag[0] > last[0] or (r.metric and "话题" in r.metric)):
                subject = tag[1]
            elif last:
                subject = last[1]
            else:  # 安徽省遭遇强降雨。累计造成16市95县受灾: the paragraph's topic goes on
                floor = timeline.paragraph(pos).start
                if claim_kind is _DATE or own:  # (not into a sentence with its own nouns:
                    floor = max(floor, sentence.start)  # 共有106个台风登陆海南…仅有9个)
                subject = topics.before(pos, sentence.start, floor, last_subject)
                if subject in w.pronouns:  # 她总是…，24小时坚守岗位: the person named last
                    people = people or _People(text, p.words)
                    subject = people.resolve(pos, floor) if people else None
        if claim_kind is _COUNT and r.counted:
            counted_at[pos_end] = r.counted
        inherited = metric is None and (r.change or r.time_only) and current[2] is not None
        inherited = inherited or (got is not None and r.per is None)  # 城镇、农村居民人均…
        inherited = inherited or shown is not None  # 城镇居民人均可支配收入…，农村居民1.9万元
        if r.relative and metric and current[2] and not current[2].startswith(w.share_leads):
            # 经费支出…与国内生产总值之比; 工资性收入…占可支配收入的比重
            metric = current[2] + metric
        if own_lists.get(dist) == "":
            own_lists[dist] = metric or ""
        if metric is None and r.time_only and claim_kind is _DURATION and out:
            # 人均预期寿命由2022年的78.1岁提高到2023年的78.4岁: the duration before is the level
            # this one changed from (durations set no sentence metric)
            metric = _parts.prior_duration_metric(out, sentence.start, unit)
        if metric is None and (r.change or r.time_only) and current[2]:
            metric = current[2]
        elif metric is None and (r.change or r.time_only) and clause_start > sentence.start:
            # 预订量甚至创下新高，增长超过20%: the clause before names what changed
            metric = _parts.clause_metric(text, seps, sentence.start, clause_start, p)
        if claim_kind is _COUNT and r.subject and r.metric and r.counted == r.metric:
            lead = r.counted  # 全省共有普通小学3865所: the sentence counts 普通小学
        # a date's or duration's reading is no metric a later change could take
        # (nor is an aside's: 最高气温（昨日最高32℃）各区普遍在15-17℃)
        timeish = claim_kind in _TIMEISH or right.lstrip()[:1] in ("）", ")")
        latest = current[2] if timeish else r.keeps or metric or current[2]
        whole = whole if part or left.lstrip().startswith("其中") else latest
        if not timeish and metric and not r.change and got is None:
            earlier.append(metric)  # the sentence's levels, for a 分别 list of their changes
        current = (sentence, subjects, latest, lead)
        dim = _dimension(claim_kind, unit)
        # a unit that is a rate already (5720公斤/公顷): a rate word before it adds no per
        written = " / " in dim and claim_kind is not _PERCENT
        per = claim.per or (None if written else r.per or per_cut)
        if metric is None and pos in claim_ends and current[2]:
            metric = current[2]  # 倒塌房屋81户244间: 244间 counts what 81户 did
            metric = metric if implied else _parts.counted_event(metric, earlier)  # 其中4级以上3次
        # …人均生产总值…，按年均汇率折算为6908美元: the inherited metric's rate word
        if inherited and per is None and metric and not written:
            rate = p.rates.search(metric)
            per = w.rate_words[rate.group()] if rate else None
            # 发送量日均完成375.1万人次，同比增长2.1%: the change of a daily figure is per day
            per = per or (pers.get(metric) if r.change and pers else None)
        elif (
            per and r.metric and metric and not (r.change or r.quantified or claim_kind in _TIMEISH)
        ):
            # (not a clause naming only the per, 日均约为2.72亿人次, nor a noun after the figure)
            pers[metric] = per
        kind = claim_kind
        if per and kind in _RATED:
            kind = _RATE
        if claim_kind is _DATE:
            per = None  # 每千人口床位数由2018年6.03张…: a date is no rate (the per is its figure's)
        key = _key(subject, metric, per, dim, r.counted if r.quantified else None, r.change)
        if (
            metric is None
            and r.quantified
            and claim_kind in _COUNTS
            and _HAN.search(r.counted or "")
        ):
            # 50条河流发生超警洪水: the noun after the count is what it measures (the key, built
            # above, already holds it as the counted noun)
            metric = r.counted
        flags = claim.flags
        time, time_flags = timeline.time_for(claim, sentence, left)
        if dist >= 0 and claim_kind not in _TIMEISH:  # 一季度、二季度分别为5.3%和4.7%
            k = index - bisect.bisect_left(starts, dist)
            time = _parts.listed_time(text, mentions, clause_start, dist, k, timeline) or time
        if time_flags:
            flags = flags + tuple(f for f in time_flags if f not in flags)
        # the claim's fields are valid already; the update holds valid values: no re-validation
        fields = {
            **claim.__dict__,
            "sentence": sentence,
            "counted": claim.counted or r.counted,
            "metric": claim.metric or shown or metric,
            "subject": claim.subject or subject,
            "per": per,
            "kind": kind,
            "metric_key": key,
            "time": time,
            "flags": flags,
        }
        out.append(construct(Claim, fields))
    return out


def _parallel(
    name: str, before: str, metric: str, w: ContextWords
) -> tuple[str | None, str | None, str | None]:
    """(subject, metric, metric as written) of a clause whose only noun is ``name``, after a
    clause whose subject was ``before`` and whose metric was ``metric``: when ``name`` ends like
    ``before`` (采矿业 after 制造业, 中部地区 after 东部地区, 农村居民 after 城镇居民) or starts
    with a word that does and goes on with the start of ``metric`` (中部地区 after 东部 of
    地区生产总值), it names the next subject of ``metric``; otherwise ``name`` is the metric.
    """
    n = len(before)
    if n < 2 or before[-1] not in w.parallel_ends or name in (before, metric):
        return None, name, None
    if name in w.metric_words:  # (a tuple: tested only once the cheap tests pass)
        return None, name, None
    if len(name) >= 2 and name[-1] == before[-1] and not metric.endswith(name):
        return name, metric, name + metric
    rest = name[n:]
    if len(name) > n and name[n - 1] == before[-1] and metric.startswith(rest):
        return name[:n], metric, name + metric[len(rest) :]
    return None, name, None
