"""Rule ``share``: a stated share (占25%) against its part and total, and shares of one
whole against 100%.

Takes the source texts and claims. A percentage (or fraction) right after 占/占比/比重 is a
share; the text between the cue and the figure names its whole (占全国的 -> 全国), and a
list 分别占45%、38% shares one whole. Returns, for a share whose part is listed under a
total (see ``sum.part_groups``), the check of part / total x 100 against the stated share
(widened by half its printed step); and for two or more shares of one whole in one
sentence, whether they can sum to 100% or less. Shares over 100% on their own are the
``plausibility`` rule's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

import regex

from claims.models import Claim, Interval, Kind
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    cap,
    change_cue,
    clause_before,
    comparison_base,
    cue_regex,
    dimension,
    div,
    fmt,
    fmt_iv,
    is_amount,
    judge,
    make,
    printed,
    quote,
    rounded,
    same_count_unit,
    skey,
    value,
)
from ledger.rules._guards import part_list
from ledger.rules._match import group_words, is_weak_subject, noun_core, now_or_time, strip_region
from ledger.rules._physical import folded_per
from ledger.rules.sum import part_groups

__all__ = ["share", "share_cue", "shares"]

RULE = "share"
SHARE_REACH = 24
"""How far back in its clause (characters) a share's cue and whole are read: 占全省高新技术
产业增加值的比重分别达43.0% (a whole of 11 characters between 占 and 比重)."""
WHOLE_REACH = 60
"""How many figures before a share's part are searched for the whole its 占 names."""
_LIST_GAP = frozenset("、和及与以,， \u3000")
_WHOLE_SUFFIXES = ("的", "总数", "总量", "总额", "总和", "总计")
_AFTER_WHOLE = frozenset({"比重", "比例", "比重为", "比重达", "占比", "占比为", "占比达"})
# Punctuation and spaces: dropped before a whole is compared with a total's noun.
_NOT_WORD = regex.compile(
    r"""
    [^\p{Han}A-Za-z0-9]+   # anything but Chinese characters, letters and digits
    """,
    regex.VERBOSE,
)
# Anything up to the last digit or percent sign of a clause: the figures before a share.
_AFTER_LAST_FIGURE = regex.compile(
    r"""
    [\s\S]*[0-9０-９%％]   # greedy: everything up to the last digit or percent sign
    """,
    regex.VERBOSE,
)


def share(inp: CheckInput) -> list[Finding]:
    """Check shares against part / total and shares of one whole against 100%."""
    groups = {p.id: g for g in part_groups(inp) for p in g.parts}
    totals = {pid: g.total for pid, g in groups.items()}
    runs = _with_wholes(inp)
    # The whole each amount is a share of (60岁及以上人口95.3万人，占19.6%: 常住人口).
    share_of = {
        part.id: whole
        for run, whole in runs
        for _, part in _parts_for(inp, inp.texts[skey(run[0])], run)
        if part is not None and whole
    }
    out: list[Finding] = []
    for run, whole in runs:
        text = inp.texts[skey(run[0])]
        for p, part in _parts_for(inp, text, run):
            total = totals.get(part.id) if part is not None else None
            if part is None or total is None:
                named = _named_whole(inp, text, p, part, whole)
                if named is not None:
                    out.append(_part_total(*named, certain=False, whole=whole))
                continue
            other = _other_whole(total, whole, share_of.get(total.id))
            if other:
                out.append(
                    make(
                        RULE, Verdict.NOT_CHECKED, [p, part, total],
                        f"「{p.text}」 is a share of {whole}, not of 「{total.text}」: {other}.",
                        reason=other,
                    )
                )
            else:
                out.append(_part_total(p, part, total, groups[part.id].certain))
        if len(run) > 1:
            out.append(_sum_of_shares(run, whole))
    return out


def _with_wholes(inp: CheckInput) -> list[tuple[list[Claim], str]]:
    """Share runs in text order, each with its whole; a run that names none takes the
    whole last named in its paragraph (占常住人口的16.1%；…占64.3%)."""
    found = sorted(shares(inp).items(), key=lambda kv: (kv[0][0], kv[1][0].span.start))
    out: list[tuple[list[Claim], str]] = []
    last: tuple[str, int, str] | None = None
    for (key, _, whole), run in found:
        para = inp.block_at(key, run[0].span.start, paragraph=True)[0]
        if whole:
            last = (key, para, whole)
        elif last is not None and last[:2] == (key, para):
            whole = last[2]
        out.append((run, whole))
    return out


def _bare_noun(s: str) -> str:
    """A noun without 的 and total words at its end: 员工总数 -> 员工, 利润总额 -> 利润."""
    for suffix in _WHOLE_SUFFIXES:
        s = s.removesuffix(suffix)
    return s


def _other_whole(total: Claim, whole: str, total_share_of: str | None) -> str | None:
    """Why a share of ``whole`` is not a share of ``total`` (None when it may be)."""
    if not whole:
        return None
    if total_share_of == whole:
        return f"the total is itself a share of {whole}"
    w = _bare_noun(_NOT_WORD.sub("", whole))
    said = _NOT_WORD.sub("", "".join(x or "" for x in (total.subject, total.metric, total.counted)))
    core = _bare_noun(noun_core(total) or "") or None
    if not w or w in said or (core is not None and core in w):
        return None
    return f"the total counts {total.metric or total.counted or '?'}, not {whole}"


def share_cue(text: str, claim: Claim) -> tuple[str, str] | None:
    """(cue, whole) when the claim is a share: 占全国的30% -> ('占', '全国')."""
    if claim.kind not in (Kind.PERCENT, Kind.FRACTION):
        return None
    before = clause_before(text, claim.span.start, SHARE_REACH)
    # Only the words after the previous figure can make this one a share (分别占45%、38%).
    before = _AFTER_LAST_FIGURE.split(before)[-1]
    cues_found = list(cue_regex("share", "part").finditer(before))
    last = cues_found[-1] if cues_found else None
    if last is None:
        return None
    whole = before[last.end() :].strip(" \u3000").rstrip("的为达了到是约近超")
    if last.group() in _AFTER_WHOLE:
        # 占地区生产总值的比重分别为8.2%: the whole stands between 占 and 比重
        opened = before.rfind("占", 0, last.start())
        whole = before[opened + 1 : last.start()].rstrip("的") if opened >= 0 else ""
    return last.group(), whole


def shares(inp: CheckInput) -> dict[tuple[str, int, str], list[Claim]]:
    """Shares grouped by (source, sentence number, whole), in text order."""
    found: dict[tuple[str, int, str], list[Claim]] = inp.memo("share.shares", _find_shares)
    return found


def _find_shares(inp: CheckInput) -> dict[tuple[str, int, str], list[Claim]]:
    out: dict[tuple[str, int, str], list[Claim]] = defaultdict(list)
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        prev: tuple[Claim, str, int] | None = None
        for c in group:
            if c.kind not in (Kind.PERCENT, Kind.FRACTION) or change_cue(text, c):
                continue
            sentence, _, _ = inp.block_at(key, c.span.start)
            cue = share_cue(text, c)
            if cue is not None:
                whole = cue[1]
            elif (
                prev is not None
                and prev[2] == sentence
                and set(text[prev[0].span.end : c.span.start]) <= _LIST_GAP
            ):
                whole = prev[1]
            else:
                continue
            out[(key, sentence, whole)].append(c)
            prev = (c, whole, sentence)
    return dict(out)


def _parts_for(
    inp: CheckInput, text: str, run: list[Claim]
) -> list[tuple[Claim, Claim | None]]:
    """Pair each share with the amount it is the share of (the nearest one before it; for a
    list after 分别, the same number of amounts before the list, in order)."""
    sentence = inp.sentence_claims(run[0])
    amounts = [c for c in sentence if is_amount(c) and change_cue(text, c) is None]
    said = clause_before(text, run[0].span.start, SHARE_REACH)
    listed = ("分别" in said or "分別" in said) and len(run) > 1
    if listed:
        before = [c for c in amounts if c.span.end <= run[0].span.start][-len(run) :]
        if not before:
            before = _items_before(inp, text, run)
        if len(before) == len(run):
            return list(zip(run, before, strict=True))
        return [(p, None) for p in run]
    pairs: list[tuple[Claim, Claim | None]] = []
    for p in run:
        before = [c for c in amounts if c.span.end <= p.span.start]
        pairs.append((p, before[-1] if before else None))
    return pairs


def _items_before(inp: CheckInput, text: str, run: list[Claim]) -> list[Claim]:
    """For a list of shares whose sentence states no amount (第一、二、三产业增加值占地区生产
    总值的比重分别为6.8%、40.1%、53.1%), the items the sentences before it in its paragraph
    list: the last ``len(run)`` amounts there, each leading its own sentence (第一产业增加值
    217.3亿元…;第二产业增加值1288.7亿元…;第三产业增加值1710.1亿元…), of one noun and no
    change; none when they are fewer or name two nouns."""
    para = inp.paragraph(run[0])
    group = inp.by_source.get(skey(run[0]), [])
    key = ("match.starts", skey(run[0]))
    starts: list[int] = inp.memo(key, lambda _: [o.span.start for o in group])
    if para is None:
        return []
    found: list[Claim] = []
    i = bisect_left(starts, run[0].span.start) - 1
    while i >= 0 and starts[i] >= para[1] and len(found) < len(run):
        c = group[i]
        i -= 1
        if not is_amount(c) or change_cue(text, c) is not None:
            continue
        if inp.sentence_claims(c)[0] is not c:
            continue  # 增长4.7%;…: only the amount a sentence opens with is an item
        found.append(c)
    nouns = {noun_core(c) for c in found}
    if len(found) < len(run) or len(nouns) != 1 or None in nouns:
        return []
    return found[::-1]


def _as_percent(c: Claim, conventional: bool = False) -> Interval:
    iv = rounded(value(c), conventional)
    return iv.scale(100) if c.kind is Kind.FRACTION else iv


def _named_whole(
    inp: CheckInput, text: str, p: Claim, part: Claim | None, whole: str
) -> tuple[Claim, Claim, Claim] | None:
    """(share, part, whole's figure) for a share listed under no total whose 占 names its
    whole (人均工资性收入19629元，占可支配收入的比重为55.9%): the nearest figure before the
    part, within ``WHOLE_REACH`` claims of its source, of the part's dimension and rate
    denominator, at its time, with its group words (城镇, 农村), larger than the part, in an
    earlier sentence and in no 其中 list, whose noun ends with the whole's (人均可支配收入
    35128元) or is its tail (生产总值 for 地区生产总值). A figure of another named subject on
    the way (甲市地区生产总值… for 乙市's part) ends the search: the whole is not stated.
    A whole that is a region word alone (鼓楼区接待游客128.4万人次，占全市的24.7%) is the
    part's own noun for the region: a figure of no subject but the region's (全市共接待游客
    520.6万人次), when the part names a place of its own."""
    raw = _NOT_WORD.sub("", whole).removesuffix("的")
    region = bool(raw) and not strip_region(raw)  # 占全市的, 占全省
    if p.kind is not Kind.PERCENT:
        return None
    if part is None:
        part = _rate_part(inp, text, p)
    if part is None or (region and is_weak_subject(part.subject)):
        return None
    w = _bare_noun(noun_core(part) or "") if region else _bare_noun(strip_region(raw))
    if len(w) < 2:
        return None
    group = inp.by_source.get(skey(part), [])
    key = ("match.starts", skey(part))
    starts: list[int] = inp.memo(key, lambda _: [o.span.start for o in group])
    i = bisect_left(starts, part.span.start)
    while i < len(group) and group[i] is not part and starts[i] == part.span.start:
        i += 1
    if i >= len(group) or group[i] is not part:
        return None
    pv = value(part).literal
    sentence = inp.sentence(part)
    for t in reversed(group[max(0, i - WHOLE_REACH) : i]):
        if inp.sentence(t) == sentence or part_list(inp, t) is not None:
            continue  # 分别实现增加值931.6亿元、576.1亿元: items of one list, no whole
        noun = _bare_noun(noun_core(t) or "")
        if len(noun) < 2 or not (noun.endswith(w) or (len(noun) >= 3 and w.endswith(noun))):
            continue
        if not _whole_like(inp, text, part, t):
            continue
        if region and not is_weak_subject(t.subject):
            continue  # 江宁区接待游客… is another place's figure, not the region's
        if not region and not _subjects_agree(part, t, whole):
            return None  # another place's whole: this part's is not stated
        tv = value(t).literal
        if tv.lower is None or pv.upper is None or tv.lower < pv.upper:
            return None
        return p, part, t
    return None


def _rate_part(inp: CheckInput, text: str, p: Claim) -> Claim | None:
    """The per-capita figure right before a share in its sentence (人均工资性收入19629元，
    增长9.6%，占可支配收入的比重为55.9%), which ``_parts_for`` (amounts only) skips."""
    before = [
        c for c in inp.sentence_claims(p)
        if c.span.end <= p.span.start and (is_amount(c) or c.kind is Kind.RATE)
        and c.kind is not Kind.PERCENT and change_cue(text, c) is None
    ]  # fmt: skip
    return before[-1] if before else None


def _whole_like(inp: CheckInput, text: str, part: Claim, t: Claim) -> bool:
    """Whether ``t`` can be the whole of ``part``: one dimension and denominator, counts in
    alike units, not a change or a comparison's base, the same group words, the same time
    (or no time words on one side)."""
    if t.kind is not part.kind or dimension(t) != dimension(part):
        return False
    if folded_per(t) != folded_per(part) or (t.kind is Kind.COUNT and not same_count_unit(t, part)):
        return False
    if change_cue(text, t) is not None or comparison_base(text, t):
        return False
    if group_words(t) != group_words(part):
        return False  # 城镇居民人均可支配收入 is no whole of 全体居民's parts
    if _untimed(t) or _untimed(part):
        return True  # 分别实现增加值931.6亿元 after 上半年…增加值2166.9亿元: one period
    return now_or_time(inp, t) == now_or_time(inp, part)


def _untimed(c: Claim) -> bool:
    """No time words of its own: the figure holds at its source's publication."""
    return c.time is None or c.time.basis in ("publication", "unknown")


def _subjects_agree(part: Claim, t: Claim, whole: str) -> bool:
    """Whether the whole's figure may be of the part's entity: a subject unknown on either
    side, one opening the other (全国居民 and 全国居民工资性, as the extractor cuts them), or
    the figure's subject named in the whole (汽车产业's share of 全省高新技术产业增加值, the
    figure of 全省高新技术产业); not 甲市's 地区生产总值 for 乙市's part."""
    a, b = (_NOT_WORD.sub("", x or "").removeprefix("分别").removeprefix("分別")
            for x in (part.subject, t.subject))  # fmt: skip
    if is_weak_subject(a) or is_weak_subject(b):
        return True  # the extractor's 分别 (分别实现增加值…) names no entity
    entity = strip_region(b)
    return a.startswith(b) or b.startswith(a) or (len(entity) >= 2 and entity in whole)


def _part_total(
    p: Claim, part: Claim, total: Claim, certain: bool = True, whole: str | None = None
) -> Finding:
    vp, vt = value(part), value(total)
    e_lit = div(vp.literal, vt.literal)
    e_conv = div(vp.conventional, vt.conventional)
    if e_lit is None or e_conv is None:
        return make(
            RULE, Verdict.NOT_CHECKED, [p, part, total],
            f"Cannot divide 「{part.text}」 by 「{total.text}」 to check 「{p.text}」.",
            reason="part or total is unbounded, zero or negative",
        )
    e_lit, e_conv = e_lit.scale(100), e_conv.scale(100)
    e_pr = div(printed(part), printed(total))
    s_lit, s_conv = _as_percent(p), _as_percent(p, True)
    verdict = judge(s_lit, e_lit, s_conv, e_conv, (s_conv, e_pr and e_pr.scale(100)))
    if not certain:
        verdict = cap(verdict)  # the total came from the sentence before 其中, or by noun
    found = "" if whole is None else f" ({whole} found by its noun, not under a total)"
    arithmetic = (
        f"{fmt(vp.stated)} / {fmt(vt.stated)} x 100 = {fmt_iv(e_lit)}"
        f"{'' if e_pr is None else f' (as printed {fmt_iv(e_pr.scale(100))})'} vs stated "
        f"{fmt_iv(s_lit)}{found}"
    )
    message = {
        Verdict.CONSISTENT: f"「{p.text}」 is 「{part.text}」 out of 「{total.text}」, as stated.",
        Verdict.TENSION: (
            f"「{part.text}」 out of 「{total.text}」 is not 「{p.text}」 as printed; only a "
            "loose reading of the round figures makes them fit."
        ),
        Verdict.CONTRADICTION: (
            f"「{part.text}」 out of 「{total.text}」 is {fmt_iv(e_lit)}%, not 「{p.text}」."
        ),
    }[verdict]
    return make(
        RULE, verdict, [p, part, total], message, arithmetic=arithmetic,
        stated=s_lit, expected=e_lit, tolerance="half the share's printed step",
    )


def _sum_of_shares(run: list[Claim], whole: str) -> Finding:
    s_lit = _as_percent(run[0])
    s_conv = _as_percent(run[0], True)
    for c in run[1:]:
        s_lit, s_conv = s_lit + _as_percent(c), s_conv + _as_percent(c, True)
    cap = Interval.make(0, 100)
    verdict = judge(s_lit, cap, s_conv, cap)
    of = f"of {whole}" if whole else "of one whole"
    terms = " + ".join(fmt(value(c).stated) for c in run)
    if verdict is Verdict.CONSISTENT:
        message = f"The shares {quote(run)} {of} add up to no more than 100%."
    else:
        low = s_lit.lower if verdict is Verdict.CONTRADICTION else s_conv.lower
        message = (
            f"The shares {quote(run)} {of} add up to at least {fmt(low)}%, past the whole."
        )
    return make(
        RULE, verdict, run, message,
        arithmetic=f"{terms} = {fmt_iv(s_lit)} vs at most 100",
        stated=s_lit, expected=cap, tolerance="half of each share's printed step",
    )

