"""Stage 2: numerals. Takes normalised text, returns ``Figure`` records (where a figure stands,
its exact value, granularity and qualifiers); ``make_value`` (claims/bounds.py) turns one into
a ``Value``.

One compiled pattern (``claims._runs.RUN``) finds candidate numeral runs in linear time; each
run is then parsed exactly from its tokens by ``claims.numerals`` (which wraps cn2an for plain
Chinese integers). A figure uses at most ``MAX_FIGURE_CHARS`` (40) characters of a run: a longer run
(一二三四五…, 十十十…, 1.5万亿3千万1.5万亿…) is read piece by piece, each figure from the next
40 characters and each search for the next one within a window of the run, so a flood costs
time linear in its length and gives the claims of its pieces (none when its head is no figure).
Parses are cached per run (``numerals.parse_run``): news repeats its numerals.

This module adds the grammar around a numeral: ranges (3至5, 3-5万), signs (负, 零下)
and the words that contain numerals but state no figure (一起, 十分); ``claims.frames`` reads
the suffixes (%, 成, 折, 倍, 个百分点), ordinals (第) and qualifiers before and after (超, 约,
以上, 左右, 比…大, 大于…小于), and ``claims.figures`` the figures stated by words (一半, 翻一番,
半年) and the numerals that are no figure (clock times, 3·15, 每万人). Words come from
``claims/data/numerals.toml`` and ``claims/data/qualifiers.toml`` through ``claims.vocab``.

What counts as a *round* figure (its bare reading is the rounding interval [v-g/2, v+g/2)):
a count, amount or measure (not a percent, fraction, multiple, range or ordinal) written with
a magnitude character 千/万/亿/兆 (or k) after its last significant digit: 9万, 35亿, 1.5万,
3千万, 三千, 两万. Figures whose trailing zeros are Arabic digits or 十/百 are exact points as
written: 400, 70, 2000, 两百, 三十 (their granularity still bounds 超400 or 约400).

>>> [(f.start, f.end, str(make_value(f).literal)) for f in scan("超9万个，400场")]
[(0, 3, '(90000, +inf)'), (5, 8, '[400, 400]')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from claims import figures, vocab
from claims._few import few_figure
from claims._ranges import JOIN_STARTS, pair_follows, range_after, range_follows
from claims._runs import G_BODY, G_DBL, G_NEG, G_PCT, G_PWORD, G_WFIG, RUN, Jumps, search_run
from claims._tails import TAIL_FIRST, unit_tail
from claims._tally import TALLY_NEXT, tally_digit
from claims.bounds import make_value
from claims.figures import Figure, UnitAt
from claims.frames import (
    ABOUT_FIRST,
    LONE_DIGITS,
    about_link,
    after_figure,
    after_qualifier,
    before_figure,
    compare_frame,
    join_pair,
    lone_digit,
    qualifier_before,
    suffix_at,
)
from claims.models import Kind, exact
from claims.numerals import (
    ARABIC,
    BIG_CHARS,
    CN_CHARS,
    DECIMAL_DIGIT_CHARS,
    MAX_FIGURE_CHARS,
    SMALL_CHARS,
    Num,
    canon,
    parse_number,
    parse_run,
    parse_run_prefix,
)

__all__ = ["Figure", "UnitAt", "after_qualifier", "make_value", "parse_number", "scan"]

_NUM = vocab.numerals()
_FEW_WORD = _NUM.few_word or "\0"  # 一连几天 (claims/_few.py)
_PAIR_MARK = _NUM.pair_mark or "\0"  # 两、三天 (claims/_ranges.py pair_follows)
_QUAL = vocab.qualifiers()
_DIGITS = _NUM.digits
_SMALL = _NUM.small_scales
_BIG = _NUM.big_scales
_AR, _CN, _S, _B, _D_DEC = ARABIC, CN_CHARS, SMALL_CHARS, BIG_CHARS, DECIMAL_DIGIT_CHARS
# A decimal number followed by another ".digit": a dotted code or version (2.5.1, 192.168.0.1)
_DOTTED = re.compile(r"(?:\.\d+)+", re.ASCII)


# --- scanning -------------------------------------------------------------------------------

# How far a search for the next figure looks inside a long run: the longest figure and a few
# characters for the lookaheads at its end (a figure of MAX_FIGURE_CHARS is never cut short).
_WINDOW = MAX_FIGURE_CHARS + 8

# numeral character -> (its offset k in a word, the word's length n) -> the words: a run that
# starts at position p sits in such a word when text[p - k : p - k + n] is one of them.
_NOT_NUMBER_WORDS: dict[str, dict[tuple[int, int], set[str]]] = {}
for _w in _NUM.not_numbers:
    for _k, _c in enumerate(_w):
        if _c in _CN or _c == _NUM.half_word:
            _NOT_NUMBER_WORDS.setdefault(_c, {}).setdefault((_k, len(_w)), set()).add(_w)
_NOT_NUMBERS = {c: tuple(by_place.items()) for c, by_place in _NOT_NUMBER_WORDS.items()}
# The same places, indexed by a neighbour of the numeral character (every word has two or more
# characters, so each place has one): (c, the character before c) -> the places whose word has
# that character before c; (c, None, the character after c) likewise. A run is tested only
# against the places its neighbours allow, not against all of them (一 has some 90).
_NOT_NUMBER_NEAR: dict[tuple[str, str | None, str | None], list[tuple[tuple[int, int], set[str]]]]
_NOT_NUMBER_NEAR = {}
_NOT_NUMBERS_WHOLE: dict[str, tuple[tuple[tuple[int, int], set[str]], ...]] = {}
for _c, _places in _NOT_NUMBERS.items():
    for (_k, _n), _ws in _places:
        _keys = {(_c, w[_k - 1], None) for w in _ws if _k > 0} | {
            (_c, None, w[_k + 1]) for w in _ws if _k + 1 < _n
        }
        if _n < 2:  # (a one-character word has no neighbour: always tried)
            _NOT_NUMBERS_WHOLE[_c] = (*_NOT_NUMBERS_WHOLE.get(_c, ()), ((_k, _n), _ws))
        for _key in _keys:
            _NOT_NUMBER_NEAR.setdefault(_key, []).append(((_k, _n), _ws))
_ASCII_DIGIT = re.compile(r"[0-9]")
_LINKS = ABOUT_FIRST | TAIL_FIRST  # the first characters after a figure that about_link or
# unit_tail read (来, 米, 块): a cheap test before either is called
_CIRCLE_ZERO = "〇 "  # a run of these alone is a placeholder (〇〇公司; ○ folds to 〇)
_ONLY_SCALES = " 百千万亿兆佰仟"  # a run of these alone (千万) needs a unit or 上/成 before it


def _excluded(text: str, start: int, end: int, unit_at: UnitAt | None) -> bool:
    """Whether the run [start, end) sits inside a word that is not a figure (一起, 十分, 四川)."""
    c = text[start]
    if c not in _NOT_NUMBERS:
        return False
    before = _NOT_NUMBER_NEAR.get((c, text[start - 1], None), ()) if start else ()
    after = _NOT_NUMBER_NEAR.get((c, None, text[start + 1 : start + 2] or None), ())
    for (k, n), words in (*_NOT_NUMBERS_WHOLE.get(c, ()), *before, *after):
        s = start - k
        if s >= 0 and s + n >= end and text[s : s + n] in words:
            u = unit_at(end) if unit_at is not None else None
            if u is None or u.end <= s + n:
                return True
    return False


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# 千分之 (with any spaces): a permille prefix, kept per thousand rather than turned into percent
_PERMILLE_PREFIX = re.compile(r"[千仟][ ]*分[ ]*之[ ]*")
_PCT_UNIT = {"permille_words": "permille"}


def _percent_factor(prefix: str) -> Fraction:
    """How many percent one unit after the prefix is: 百分之 1, 千分之 1/10, 百万分之 1/10000."""
    den = Fraction(1)
    for ch in prefix:
        if ch in _SMALL:
            den *= _SMALL[ch]
        elif ch in _BIG:
            den *= Fraction(_BIG[ch])
    return Fraction(100) / den


# A figure over a power of ten written with a magnitude: a rate per so many people, as health
# statistics write incidence and death rates (报告发病率为733.57/10万, 死亡率为1.81/10万).
_PER_MAGNITUDE = re.compile(r"(?P<n>[0-9]+(?:\.[0-9]+)?)/(?P<d>[0-9]*[十百千万亿])")


def _per_magnitude(fig: Figure, body: str) -> None:
    """733.57/10万 is a rate of 733.57 per 100000 persons, not the fraction 0.0073357."""
    m = _PER_MAGNITUDE.fullmatch(body)
    den = parse_number(m.group("d")) if m is not None else None
    if m is None or den is None or str(canon(den)).strip("0") != "1":
        return
    n = Decimal(m.group("n"))
    exp = n.as_tuple().exponent
    fig.num.v = n
    fig.num.g = Decimal(1).scaleb(exp) if isinstance(exp, int) and exp < 0 else Decimal(1)
    fig.kind, fig.rule, fig.per = Kind.RATE, "per_magnitude", f"{canon(den)} person"


def _figure_at(
    m: re.Match[str], text: str, unit_at: UnitAt | None
) -> tuple[Num | None, int, str, Kind | None]:
    b0, b1 = m.span(G_BODY)
    # a run too long to be one figure: the figure at its start, from its first characters only
    body = text[b0 : min(b1, b0 + MAX_FIGURE_CHARS)]
    parsed = parse_run(body)
    if parsed is None:
        return None, m.end(), "", None
    fields, used, end, before_last, scale_last, fraction = parsed
    num, end = Num(*fields), b0 + end
    if scale_last and used >= 2 and unit_at is not None:
        # 12千米, 五十兆字节, 100 千米: the scale belongs to a unit (kilometre, megabyte)
        at = b0 + before_last
        u = unit_at(at + 1 if text.startswith(" ", at) else at)
        if u is not None and u.end > end and u.factor == 1:
            shorter = parse_run_prefix(body, used - 1)
            if shorter is not None:
                num, end = Num(*shorter), b0 + before_last
    rule = "numeral"
    kind: Kind | None = None
    pct, neg = m.group(G_PCT, G_NEG)
    if pct and _PERMILLE_PREFIX.fullmatch(pct):
        # 千分之五 = 5 ‰, stated as written: birth and death rates are quoted per thousand
        rule, kind = "permille_words", Kind.PERCENT
    elif pct:
        k = _percent_factor(pct)
        num.v = exact(Fraction(num.v) * k)
        num.g = Decimal(num.g) * Decimal(k.numerator) / k.denominator
        if num.lo is not None and num.hi is not None:
            num.lo, num.hi = exact(Fraction(num.lo) * k), exact(Fraction(num.hi) * k)
        rule, kind = "percent_words", Kind.PERCENT
    elif fraction:
        rule, kind = "fraction", Kind.FRACTION
    if neg:
        num.v = -num.v
        if num.lo is not None and num.hi is not None:
            num.lo, num.hi = -num.hi, -num.lo
    return num, end, rule, kind


def scan(
    text: str, skip: Sequence[tuple[int, int]] = (), unit_at: UnitAt | None = None
) -> list[Figure]:
    """Every figure of the normalised ``text``, in order, avoiding the ``skip`` spans (dates).

    ``unit_at(pos)`` (e.g. ``units.match_unit`` bound to the text) says whether a unit or
    measure word starts at ``pos``; it decides lone 一, words like 十分钟 vs 十分, 半年 and
    rate denominators (每万人).
    """
    out: list[Figure] = []
    skip_i = 0
    pos = 0
    n = len(text)
    long_end = 0  # end of the run too long to be one figure that ``pos`` is inside of
    jumps = Jumps(text, skip) if skip else None  # the dates no run reads on out of
    while True:
        if pos < long_end:
            # Inside a long run the next figure is looked for in a window of the run only, so
            # that each figure costs O(MAX_FIGURE_CHARS), never the rest of the run.
            stop = min(long_end, pos + _WINDOW)
            m = search_run(text, pos, stop)
            if m is None:
                pos = stop
                continue
        else:
            m = search_run(text, pos, n, jumps)
            if m is None:
                return out
            if m.end() - m.start() > MAX_FIGURE_CHARS:
                long_end = m.end()
        start = m.start()
        pos = m.end()
        while skip_i < len(skip) and skip[skip_i][1] <= start:
            skip_i += 1
        if skip_i < len(skip) and skip[skip_i][0] < m.end():
            cut = skip[skip_i][0]
            if cut <= start:
                continue
            # 三千万8时: the run reads on into the clock time; the figure ends where it starts
            m = RUN.match(text, start, cut)
            if m is None or m.end() <= start:
                continue
            pos = m.end()
        neg, body = m.group(G_NEG, G_BODY)
        if body is None:  # a word, not a numeral: 对折, 一半, 翻一番, 半年
            fig, pos = _word_run(m, text, unit_at)
            if fig is not None:
                _add(out, fig, text)
            continue
        prev = text[start - 1] if start else ""
        if prev and prev.isascii() and (prev.isalnum() or prev in "_@#/:.") and not (
            (prev == "M" and figures.magnitude_mark(text, start))  # M4.1
            or (prev == ":" and figures.label_colon(text, start))  # 震级：4.4
            or (prev == ":" and start >= 2 and _is_han(text[start - 2]))  # 震源深度:70千米
        ):
            if not (prev == "." and text[start - 2 : start - 1] == "."):  # ...9: an ellipsis
                continue  # part of a code, version, handle or time: V5, @北京12345, 16:23
            if text[start] == ".":
                pos = start + 1  # ....9: the last dot too belongs to the ellipsis
                continue
        no_figure = figures.no_figure_end(text, start)
        if no_figure is not None:
            pos = no_figure  # 9时30分, 3·15: the date stage's, or a name
            continue
        num, end, rule, kind = _figure_at(m, text, unit_at)
        if num is None:
            continue
        dotted = _DOTTED.match(text, end) if text[end - 1 : end].isdigit() else None
        if dotted is not None and "." in text[start:end]:
            pos = dotted.end()
            continue  # 2.5.1, 192.168.0.1: a version or address, not a decimal figure
        pos = max(pos, end) if end > m.end() else end
        if not neg and figures.rate_denominator(text, start, num, end, unit_at):
            continue  # 每万人: the denominator of a rate
        body = text[start:end]
        chinese_only = _ASCII_DIGIT.search(body) is None
        if chinese_only and not body.strip(_CIRCLE_ZERO):
            continue  # 〇〇公司, 王〇〇, a ○ bullet: a placeholder, not a zero
        if chinese_only and len(body) <= 4 and _excluded(text, start, end, unit_at):
            continue
        if figures.class_word(text, body, end) or figures.label(text, start, end, unit_at):
            continue  # 百万级粉丝 (a class by order of magnitude); 图 1, [1] (labels)
        unit = _PCT_UNIT.get(rule, "percent") if kind is Kind.PERCENT else None
        fig = Figure(start, end, num, rule, kind, unit)
        if kind is Kind.FRACTION and "/" in body:
            _per_magnitude(fig, body)  # 733.57/10万: a rate per 100000 persons
        if fig.kind is Kind.FRACTION and 0 < num.v <= 1:
            fig.cap = Decimal(1)  # a share of a whole: 超三分之一 = (1/3, 1]
            one_part = exact(Fraction(1, Fraction(num.v).denominator))  # 约三分之一: 1/3
            num.g = one_part  # type: ignore[assignment]  # (a Fraction, as for 一半)
        if num.rem_g is not None:
            fig.rem_word = "余" if "余" in body else "多"
        half = figures.half_after(text, end, unit_at) if kind is None else None
        more = None if half is not None or kind is not None or num.rem_g is not None else (
            figures.more_after(text, end, unit_at))
        if half is not None:  # 一个半小时: 1.5, the unit follows
            num.v, num.g, fig.end = exact(Fraction(num.v) + Fraction(1, 2)), Decimal("0.5"), half
        elif more is not None:  # 两个多小时: (2, 3), less than one more unit
            num.rem_g, fig.rem_word, fig.end = Decimal(1), "多", more
        elif chinese_only and len(body) == 1:
            if body in _NUM.ambiguous:
                continue
            nxt = text[end] if end < n else ""
            if nxt in TALLY_NEXT and tally_digit(text, start, end):
                pass  # 一死三伤: a casualty tally's numbers are figures
            elif (
                body in _NUM.lone_one
                and prev != _NUM.ordinal
                and (unit_at is None or unit_at(end) is None)
                and not suffix_at(text, end)
                and not _range_follows(text, end)  # 一到五, 一至三个月
                and (_is_han(prev) or _is_han(nxt) or nxt.isalnum())
                and not figures.copula_one(text, start, end)  # 数量不是一却是五
            ) or (
                body in LONE_DIGITS
                and prev != _NUM.ordinal  # 第三季
                and lone_digit(text, end, unit_at, _LINKS)
                and not _range_follows(text, end)  # 三至五天
            ):
                continue  # 两岸三地, 三公经费: a lone digit before a word is no figure
        if kind is None and half is None and more is None and text[end : end + 1] in _LINKS:
            about_link(fig, text, unit_at)  # 十来天, 三百来人: about
            unit_tail(fig, text, unit_at)  # 1米8, 13块5: the unit in the middle
        if chinese_only and not body.strip(_ONLY_SCALES) and not body.startswith("十"):
            q, _ = qualifier_before(text, start)
            bare_unit = unit_at is not None and unit_at(fig.end) is not None  # 千万元, 千把人
            if not bare_unit and q is None:
                continue  # 千万不要; but 超过百万粉丝, 上千 are figures
        if text.startswith(":", end) and end + 1 < n and text[end + 1].isdigit():
            pos = max(pos, end + 1)
            continue  # a clock time 16:23
        after_figure(fig, text, unit_at)
        _range(fig, text, unit_at, neg or "")
        before_figure(fig, text)
        if fig.unit is not None and fig.kind is None and not (unit_at and unit_at(fig.end)):
            fig.kind = Kind.MONEY  # 约人民币3亿: the currency the bound crossed, no unit after
        figures.recent(fig, text, unit_at)  # 近5年来: the last 5 years, not nearly 5
        if neg and fig.kind is None:
            figures.below_zero(fig, neg, unit_at)
        pos = max(pos, fig.end)
        _add(out, fig, text)


def _add(out: list[Figure], fig: Figure, text: str) -> None:
    """Append ``fig`` unless it overlaps the last figure; join it to a bound before it."""
    if out and out[-1].end > fig.start:
        return
    if out and join_pair(out[-1], fig, text):
        return  # 大于10小于20: one range
    out.append(fig)


def _word_run(
    m: re.Match[str], text: str, unit_at: UnitAt | None
) -> tuple[Figure | None, int]:
    """The figure of a run that is a word, not a numeral (对折, 一半, 翻一番, 半年), or none,
    and the offset to scan on from."""
    start, end = m.start(), m.end()
    pword, dbl, wfig = m.group(G_PWORD, G_DBL, G_WFIG)
    if pword:
        return figures.percent_word(m), end
    if dbl:
        return figures.doubling(m), end
    fig: Figure | None
    if _excluded(text, start, end, unit_at):
        return None, end  # 半年报, 一半一半
    if wfig:
        fig = figures.word_figure(text, start, wfig, unit_at)
        if fig is None:
            return None, end - 1  # 再过半年: 过半 is no word here; its 半 is read again
        if fig.before is None:
            before_figure(fig, text)
        compare_frame(fig, text)
        return fig, max(end, fig.end)
    if text[start] == _FEW_WORD:
        fig = few_figure(text, start, unit_at)  # 一连几天: a few days
    else:
        fig = figures.half_figure(text, start, unit_at)
    if fig is not None:
        after_figure(fig, text, unit_at)  # 半个百分点
        before_figure(fig, text)
        return fig, max(end, fig.end)
    return fig, end


def _range(fig: Figure, text: str, unit_at: UnitAt | None, sign: str = "") -> None:
    """A second figure joined by 至/到/-/~ makes a range (claims/_ranges.py)."""
    nxt = text[fig.end : fig.end + 1]
    if nxt not in JOIN_STARTS and not (nxt == _PAIR_MARK and pair_follows(fig, text)):
        return  # no joiner (nor a space, nor 、 in 两、三天) right after the figure: no range
    range_after(fig, text, unit_at, RUN, _figure_at, _WINDOW, sign)


def _range_follows(text: str, end: int) -> bool:
    """Whether a range joiner and a numeral follow ``end`` (一到五: lone 一 opens a range)."""
    return range_follows(text, end, RUN, _WINDOW)
