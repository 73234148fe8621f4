"""Rule ``growth``: a stated change (同比增长20%, 增长2倍, 提高了5元) against the two values
it links.

Takes the source texts and claims. A figure right after a change word (增长, 下降了, see
``cues.toml``) is a change. Its two values are found in its sentence: 从A增至B, or a base
marked 上年为A / 比上年的A with the new value beside it; failing that, for 同比/比上年, the
same metric key for the same period one year earlier in the ledger (2023年 -> 2022年,
2023年末 -> 2022年末; for percentage points, two rates: 城镇化率…比上年末提高0.52个百分点)
(a guess, at most a tension, unless both keys name a real subject). A percentage right
after a new value and its change in amount (130万人，比上年增加30万人，增长30%) is checked
against them: the base is their difference
(or the value itself when it is marked as the base: 与…的A相比,增加D,增长X%). Returns, per
change: the check of (B - A) / A x 100 for a percentage, B - A for an amount or percentage
points, and both readings of 增长X倍 (B = (X + 1) A strictly, B = X A as often meant: tension); or
not_checked saying which value is missing.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import regex

from claims.models import Claim, Interval, Kind, exact
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    cap,
    change_cue,
    clause_before,
    comparison_base,
    compatible,
    cue_at_end,
    div,
    fmt,
    fmt_iv,
    is_amount,
    judge,
    make,
    numeric,
    printed,
    printed_step,
    rounded,
    skey,
    sub,
    value,
)
from ledger.rules._match import strong_key
from ledger.rules.share import plan_figure

__all__ = ["growth"]

RULE = "growth"
_GUESSED = (
    "The earlier value is matched by metric key in another sentence, so a reviewer should "
    "confirm it."
)
_YEAR_BASES = ("同比", "上年", "去年", "上一年")
# 比/较 and what a change is measured from, right before the change word: 比一季度增加.
_BASE = regex.compile(
    r"""
    [比较] ([^，,。；;比较]{1,6}?)                        # 比 and the base: 一季度, 上月
    (?:增|减|提高|下降|上升|降低|回落|扩大|缩小|多|少)   # the change word
    """,
    regex.VERBOSE,
)
_STEP_AFTER = 8
"""How far after a percentage (characters) its amount of change may follow: ,增收25457万元."""
_YEAR_ON_YEAR = ("同比", "比上年", "比去年", "较上年", "较去年")
# A time phrase (and 的) right before a value: 从2023年的250亿元, 增至2024年9月末的320亿元.
_TIME_OF_VALUE = regex.compile(
    r"""
    (?:
        (?:1[89]|20)\d\d \s* 年               # a year: 2023年
        (?:\s*\d{1,2} \s* 月份?)?              # and a month: 2024年9月
        (?:底|末|初|上半年|下半年)?            # its end, start or half
      | [上去前今本]年 (?:同期|年末|年底|末|底)?  # 上年, 去年同期, 上年末
    )
    \s* 的? \s* $                           # 的, then the value
    """,
    regex.VERBOSE,
)


def growth(inp: CheckInput) -> list[Finding]:
    """Check every stated change against the values it links, or say what is missing."""
    out: list[Finding] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        for g in group:
            if not numeric(g):
                continue
            cue = change_cue(text, g)
            if cue is None or _sort(g) is None:
                continue
            link = _linked(inp, text, g)
            if link is None:
                step = _increment(inp, text, g, cue[1]) if _sort(g) == "percent" else None
                out.append(
                    _missing(g, cue[0]) if step is None else _check_step(text, g, cue, *step)
                )
                continue
            f = _check(g, cue, *link)
            if not _certain(inp, g, *link) and cap(f.verdict) is not f.verdict:
                guess = f"{f.message} {_GUESSED}"  # a guessed base is never 'wrong'
                f = f.model_copy(update={"verdict": cap(f.verdict), "message": guess})
            out.append(f)
    return out


def _sort(g: Claim) -> str | None:
    if g.kind is Kind.MULTIPLE or g.text.endswith("倍"):
        return "multiple"
    if g.kind is Kind.PERCENT:
        return "percent"
    if g.kind is Kind.PERCENTAGE_POINT:
        return "points"
    if is_amount(g):
        return "amount"
    return None


def _fits(a: Claim, b: Claim) -> bool:
    if a.kind is Kind.PERCENT and b.kind is Kind.PERCENT:
        return True
    return is_amount(a) and compatible(a, b)


def _linked(inp: CheckInput, text: str, g: Claim) -> tuple[Claim, Claim] | None:
    sentence = [c for c in inp.sentence_claims(g) if c.id != g.id and numeric(c)]
    # 从A增至B, 从2023年的A增至2024年的B
    for i, a in enumerate(sentence):
        if cue_at_end("change", "from", _lead_in(text, a.span.start)):
            for b in sentence[i + 1 :]:
                if _fits(a, b) and cue_at_end("change", "to", _lead_in(text, b.span.start)):
                    return a, b
    # 上年为A / 比上年的A, and the new value beside the change
    plain = [c for c in sentence if change_cue(text, c) is None]
    for a in plain:
        if cue_at_end("change", "base", clause_before(text, a.span.start, 8)):
            near = [b for b in plain if b.id != a.id and _fits(a, b)]
            before = [b for b in near if b.span.start < g.span.start]
            if before or near:
                return a, (before[-1] if before else near[0])
    # the same metric one year earlier, elsewhere in the ledger
    if any(w in clause_before(text, g.span.start, 12) for w in _YEAR_ON_YEAR):
        # a change in percentage points links two rates (城镇化率80.08%，比上年末提高0.52个百分点)
        level = _is_rate if _sort(g) == "points" else is_amount
        before = [c for c in plain if c.span.end <= g.span.start and level(c)]
        if before:
            return _previous_year(inp, before[-1])
    return None


def _is_rate(c: Claim) -> bool:
    return c.kind is Kind.PERCENT


def _increment(inp: CheckInput, text: str, g: Claim, sign: int) -> tuple[Claim, Claim] | None:
    """The new value and the amount of change a percentage follows, side by side in its
    sentence (常住人口130万人，比上年增加30万人，增长30%), or the new value before it and the
    amount right after it (完成191347万元,较上年同期增长15.35%,增收25457万元): (B, D), the base
    being B - D (B + D for a fall). Only a plan met may stand between them (累计完成24627万元,
    完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%: the 60999 and 40.4% are the
    budget's, not the revenue's)."""
    sentence = _unbracketed(text, [c for c in inp.sentence_claims(g) if numeric(c)])
    i = next((k for k, c in enumerate(sentence) if c.id == g.id), 0)
    before = [c for c in sentence[:i] if not plan_figure(text, c)]
    if len(before) >= 2 and _step(text, before[-1], sign):
        b, d = before[-2], before[-1]
    elif before and i + 1 < len(sentence) and _step(text, sentence[i + 1], sign):
        b, d = before[-1], sentence[i + 1]
        if len(text[g.span.end : d.span.start]) > _STEP_AFTER:
            return None
    else:
        return None
    if change_cue(text, b) is not None or not compatible(b, d) or not is_amount(b):
        return None
    bd, bg = _base_of(text, d), _base_of(text, g)
    if bd is not None and bg is not None and bd != bg:
        return None  # 比年初增加1639亿元,同比增长7.23%: two bases, two changes
    return b, d


def _base_of(text: str, c: Claim) -> str | None:
    """What a change is measured from, as its clause says: "year" for 同比, 比上年, 较去年同期,
    比上年末; 年初 for 比年初; the words after 比/较 otherwise (比一季度 -> 一季度); ``None``
    when the clause names none (增长30%)."""
    before = clause_before(text, c.span.start, 16)
    if "年初" in before:
        return "年初"
    if any(w in before for w in _YEAR_BASES):
        return "year"
    m = _BASE.search(before)
    return m.group(1) if m else None


def _unbracketed(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims without those that open a bracket right after a figure, restating it in
    another unit (13659.6万吨(2731.9亿斤),比上年增产474.8万吨(94.9亿斤),增长3.6%)."""
    kept: list[Claim] = []
    for c in claims:
        if kept and kept[-1].span.end == c.span.start - 1 and text[c.span.start - 1] in "(（":
            continue
        kept.append(c)
    return kept


def _step(text: str, d: Claim, sign: int) -> bool:
    """Whether the claim is an amount of change in the direction ``sign`` (增收1284万元)."""
    cue = change_cue(text, d)
    return cue is not None and cue[1] == sign and _sort(d) == "amount"


def _check_step(text: str, g: Claim, cue: tuple[str, int], b: Claim, d: Claim) -> Finding:
    """A percentage against the amount of change and the value it follows: D / (B - D) x 100
    for a rise to B, D / (B + D) x 100 for a fall to B, D / B x 100 when B is the base."""
    word, sign = cue
    vb, vd = value(b), value(d)
    is_base = comparison_base(text, b)  # 与2010年的133972万人相比,增加5407万人,增长5.38%

    def pct(new: Interval, step: Interval) -> Interval | None:
        base = new if is_base else sub(new, step) if sign > 0 else new + step
        r = div(step, base)
        return None if r is None else r.scale(100)

    e_lit = pct(vb.literal, vd.literal)
    e_conv = pct(vb.conventional, vd.conventional)
    e_pr = pct(printed(b), printed(d))
    lead = "the base " if is_base else ""
    said = f"「{word}{g.text}」 after {lead}「{b.text}」 and a change of 「{d.text}」"
    if e_lit is None or e_conv is None:
        return make(
            RULE,
            Verdict.NOT_CHECKED,
            [g, b, d],
            f"{said}: cannot divide by the base.",
            reason="the base is zero, negative or unbounded",
        )
    how = (
        f"{fmt(vd.stated)} / {fmt(vb.stated)} x 100"
        if is_base
        else f"{fmt(vd.stated)} / ({fmt(vb.stated)} {'-+'[sign < 0]} {fmt(vd.stated)}) x 100"
    )
    return _judged(g, [g, b, d], said, how, (e_lit, e_conv, e_pr), ("them", "they give"))


def _lead_in(text: str, pos: int) -> str:
    """The clause before ``pos`` without the time phrase that may stand between a change
    word and its value: 从2023年的 -> 从, 增至2024年底的 -> 增至."""
    return _TIME_OF_VALUE.sub("", clause_before(text, pos, 16))


def _certain(inp: CheckInput, g: Claim, a: Claim, b: Claim) -> bool:
    """Values from the change's own sentence are certain; the year before found by metric
    key is certain only when both keys name a real subject."""
    s = inp.sentence(g)
    if s is not None and skey(a) == skey(g) and s[1] <= a.span.start < s[2]:
        return True
    return strong_key(a) and strong_key(b)


def _previous_year(inp: CheckInput, b: Claim) -> tuple[Claim, Claim] | None:
    span = _period_of(b)
    if span is None or not b.metric_key:
        return None
    for a in inp.by_metric.get(b.metric_key, ()):
        if _period_of(a) == _year_back(span) and compatible(a, b):
            return a, b
    return None


def _period_of(c: Claim) -> tuple[date, date] | None:
    """The claim's time as a (start, end) pair of days, if it has one: a year (2023年), a
    year's end (2023年末) or any other stated period."""
    t = c.time
    if t is None or not isinstance(t.start, date) or not isinstance(t.end, date):
        return None
    return t.start, t.end


def _year_back(span: tuple[date, date]) -> tuple[date, date] | None:
    """The same period one year earlier (2023年末 -> 2022年末), or ``None`` on 29 February."""
    try:
        return span[0].replace(year=span[0].year - 1), span[1].replace(year=span[1].year - 1)
    except ValueError:
        return None


def _missing(g: Claim, word: str) -> Finding:
    if _sort(g) == "multiple":
        reason = (
            f"{word}{g.text} is ambiguous (x{fmt(value(g).stated)} or "
            f"x{fmt(value(g).stated + 1)}) and the values it links are not stated"
        )
    else:
        reason = f"the values before and after {word}{g.text} are not both stated"
    return make(
        RULE,
        Verdict.NOT_CHECKED,
        [g],
        f"「{word}{g.text}」 could not be checked: {reason}.",
        reason=reason,
    )


def _check(g: Claim, cue: tuple[str, int], a: Claim, b: Claim) -> Finding:
    word, sign = cue
    va, vb = value(a), value(b)
    sort = _sort(g)
    said = f"「{word}{g.text}」 from 「{a.text}」 to 「{b.text}」"
    if sort in ("amount", "points"):
        e_lit = sub(vb.literal, va.literal).scale(sign)
        e_conv = sub(vb.conventional, va.conventional).scale(sign)
        e_pr: Interval | None = sub(printed(b), printed(a)).scale(sign)
        how = f"{'' if sign > 0 else '-'}({fmt(vb.stated)} - {fmt(va.stated)})"
    else:
        r_lit, r_conv = div(vb.literal, va.literal), div(vb.conventional, va.conventional)
        if r_lit is None or r_conv is None:
            return make(
                RULE,
                Verdict.NOT_CHECKED,
                [g, a, b],
                f"{said}: cannot divide by the base.",
                reason="the base is zero, negative or unbounded",
            )
        if sort == "multiple":
            m_pr = div(printed(b), printed(a)) or r_lit
            return _multiple(g, word, sign, a, b, (r_lit, m_pr), said)
        e_lit = _percent_change(r_lit, sign)
        e_conv = _percent_change(r_conv, sign)
        r_pr = div(printed(b), printed(a))
        e_pr = None if r_pr is None else _percent_change(r_pr, sign)
        how = f"({fmt(vb.stated)} / {fmt(va.stated)} - 1) x 100"
        if sign < 0:
            how = f"(1 - {fmt(vb.stated)} / {fmt(va.stated)}) x 100"
    words = ("the two values", "the values give")
    return _judged(g, [g, a, b], said, how, (e_lit, e_conv, e_pr), words)


def _judged(
    g: Claim,
    claims: list[Claim],
    said: str,
    how: str,
    expected: tuple[Interval, Interval, Interval | None],
    words: tuple[str, str],
) -> Finding:
    """The verdict on a change against what its values give (literal, conventional, as
    printed), with its message and arithmetic; ``words`` name the values in the message."""
    e_lit, e_conv, e_pr = expected
    s_lit, s_conv = rounded(value(g)), rounded(value(g), True)
    verdict = judge(s_lit, e_lit, s_conv, e_conv, (s_conv, e_pr))
    shown = "" if e_pr is None else f" (as printed {fmt_iv(e_pr)})"
    message = {
        Verdict.CONSISTENT: f"{said} agrees with {words[0]}.",
        Verdict.TENSION: (
            f"{said}: the figures as printed give {fmt_iv(e_pr) if e_pr else '?'}; only a "
            "loose reading of the round figures makes it fit."
        ),
        Verdict.CONTRADICTION: f"{said} is wrong: {words[1]} {fmt_iv(e_lit)}.",
    }[verdict]
    return make(
        RULE,
        verdict,
        claims,
        message,
        arithmetic=f"{how} = {fmt_iv(e_lit)}{shown} vs stated {fmt_iv(s_lit)}",
        stated=s_lit,
        expected=e_lit,
        tolerance="half the change's printed step",
    )


def _percent_change(ratio: Interval, sign: int) -> Interval:
    if sign > 0:
        return ratio.scale(100) + Interval.point(-100)
    return ratio.scale(-100) + Interval.point(100)


def _multiple(
    g: Claim,
    word: str,
    sign: int,
    a: Claim,
    b: Claim,
    ratios: tuple[Interval, Interval],
    said: str,
) -> Finding:
    ratio, as_printed = ratios
    stated = Fraction(value(g).stated)
    half = printed_step(value(g)) / 2
    x = Interval.make(exact(stated - half), exact(stated + half))
    strict, loose = x + Interval.point(1), x
    arithmetic = (
        f"{fmt(value(b).stated)} / {fmt(value(a).stated)} = {fmt_iv(ratio)} "
        f"(as printed {fmt_iv(as_printed)}); "
        f"strict x{fmt_iv(strict)}, loose x{fmt_iv(loose)}"
    )
    if sign < 0:
        verdict, message = Verdict.NOT_CHECKED, f"{said}: a fall by a multiple has no reading."
    elif as_printed.overlaps(strict):
        verdict = Verdict.CONSISTENT
        message = f"{said} fits the strict reading (x{fmt(stated + 1)})."
    elif as_printed.overlaps(loose) or ratio.overlaps(strict) or ratio.overlaps(loose):
        verdict = Verdict.TENSION
        message = (
            f"{said} fits only the loose reading (x{fmt(stated)}) or a loose reading of "
            f"the round figures; strictly {word}{g.text} means x{fmt(stated + 1)}."
        )
    else:
        verdict, message = Verdict.CONTRADICTION, f"{said} fits neither reading of {word}{g.text}."
    return make(
        RULE,
        verdict,
        [g, a, b],
        message,
        arithmetic=arithmetic,
        stated=x,
        expected=ratio,
        tolerance="half the multiple's printed step; both readings of 倍",
        reason="a fall by a multiple" if verdict is Verdict.NOT_CHECKED else None,
    )
