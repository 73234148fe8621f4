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
from collections import Counter
from functools import cache

import regex

from claims._datelines import _chrome_and_datelines
from claims._name_asides import extra_asides
from claims._prefilter import DIGIT, Prefilter, finditer
from claims._word_asides import CN_NUM, ONE_TO_TEN, word_pattern, word_prefilters
from claims.bounds import construct
from claims.models import Claim, Record, Source, Span
from claims.vocab import context_words

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

_CN_NUM = CN_NUM

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
_ONE_TO_TEN = ONE_TO_TEN
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
_word_pattern, _word_prefilters = word_pattern, word_prefilters  # (tests walk them as before)
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
