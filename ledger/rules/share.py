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

from collections import defaultdict

import regex

from claims.models import Claim, Interval, Kind
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    cap,
    change_cue,
    clause_before,
    cue_regex,
    cues,
    div,
    fmt,
    fmt_iv,
    is_amount,
    judge,
    make,
    printed,
    quote,
    rounded,
    skey,
    value,
)
from ledger.rules._nouns import NOT_WORD, group_words, noun_core
from ledger.rules._wholes import bare_noun, items_before, named_whole
from ledger.rules.sum import part_groups

__all__ = ["plan_figure", "share", "share_cue", "shares"]

RULE = "share"
SHARE_REACH = 24
"""How far back in its clause (characters) a share's cue and whole are read: 占全省高新技术
产业增加值的比重分别达43.0% (a whole of 11 characters between 占 and 比重)."""
_LIST_GAP = frozenset("、和及与以,， \u3000")
_AFTER_WHOLE = frozenset({"比重", "比例", "比重为", "比重达", "占比", "占比为", "占比达"})
# 完成 and what it is measured against, before the target figure of a progress ratio:
# 完成年初预算数60999万元的40.4%, 完成全年计划12亿元的65%.
_PROGRESS = regex.compile(
    r"""
    完成 [^,，。;；]{0,10} $   # 完成年初预算数 / 完成全年计划 right before the target
    """,
    regex.VERBOSE,
)
# 完成, what is measured against, its amount and 的, right before a percentage of it:
# 完成年初预算数60999万元的 (40.4%).
_PROGRESS_RATIO = regex.compile(
    r"""
    完成 [^,，。;；]{0,10} [0-9０-９] [^,，。;；]{0,4} 的 $   # 完成…60999万元的
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
                named = named_whole(inp, text, p, part, whole)
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
    out.extend(_progress(inp))
    return out


def _progress(inp: CheckInput) -> list[Finding]:
    """A percentage right after 完成…A的 (累计完成24627万元,完成年初预算数60999万元的40.4%) is
    the amount before A in its sentence out of A: checked like a share."""
    out: list[Finding] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        for i, p in enumerate(group):
            if p.kind is not Kind.PERCENT or i == 0 or not text.startswith("的", p.span.start - 1):
                continue
            target = group[i - 1]
            if target.span.end != p.span.start - 1 or not is_amount(target):
                continue
            if not _PROGRESS.search(clause_before(text, target.span.start, SHARE_REACH)):
                continue
            before = [
                c for c in inp.sentence_claims(p)
                if c.span.end <= target.span.start and is_amount(c) and c.unit == target.unit
                and change_cue(text, c) is None
            ]  # fmt: skip
            if before:
                out.append(_part_total(p, before[-1], target))
    return out


def plan_figure(text: str, c: Claim) -> bool:
    """Whether the claim states a plan or its part met, no value of the indicator: the
    target after 完成 (完成年初预算数60999万元), the percentage of it (…60999万元的40.4%),
    or a percentage of a plan (占调整预算105.47%)."""
    before = clause_before(text, c.span.start, SHARE_REACH)
    if is_amount(c):  # the target: 完成…A的 (a percentage follows)
        return text.startswith("的", c.span.end) and _PROGRESS.search(before) is not None
    if c.kind is not Kind.PERCENT:
        return False
    if before.endswith("的") and _PROGRESS_RATIO.search(before):
        return True
    tail = _AFTER_LAST_FIGURE.split(before)[-1].rstrip("的为达了到是约近超")
    return "占" in tail and tail.endswith(tuple(cues("share", "target")))


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


def _other_whole(total: Claim, whole: str, total_share_of: str | None) -> str | None:
    """Why a share of ``whole`` is not a share of ``total`` (None when it may be)."""
    if not whole:
        return None
    if total_share_of == whole:
        return f"the total is itself a share of {whole}"
    w = bare_noun(NOT_WORD.sub("", whole))
    if len(w) > 2 and w.startswith("总") and not group_words(total):
        w = w[1:]  # 占总流量的84.91% of 收费公路交通流量: the whole of the total's own noun
    said = NOT_WORD.sub("", "".join(x or "" for x in (total.subject, total.metric, total.counted)))
    core = bare_noun(noun_core(total) or "") or None
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
    if whole.endswith(tuple(cues("share", "target"))):
        return None  # 占调整预算105.47%: the part of a plan met, which may pass 100%
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
            before = items_before(inp, text, run)
        if len(before) == len(run):
            return list(zip(run, before, strict=True))
        return [(p, None) for p in run]
    pairs: list[tuple[Claim, Claim | None]] = []
    for p in run:
        before = [c for c in amounts if c.span.end <= p.span.start]
        pairs.append((p, before[-1] if before else None))
    return pairs


def _as_percent(c: Claim, conventional: bool = False) -> Interval:
    iv = rounded(value(c), conventional)
    return iv.scale(100) if c.kind is Kind.FRACTION else iv


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

