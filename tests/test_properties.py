"""Round trips and invariants of the value engine, by hypothesis (tests/strategies.py)."""

from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from claims import Claim, extract
from claims.numbers import parse_number
from tests import strategies as s

FAST = settings(max_examples=200, deadline=None)


@FAST
@given(s.integers, s.numeral_forms)
def test_numeral_round_trip(n: int, form) -> None:  # type: ignore[no-untyped-def]
    """Every integer up to 10^16, in cn2an, separated, full-width or 万/亿 form, parses back."""
    assert parse_number(form(n)) == Decimal(n)


@FAST
@given(s.integers)
def test_own_parser_agrees_with_cn2an(n: int) -> None:
    """Without cn2an, our own parser reads every an2cn numeral to the same integer."""
    from claims import numerals

    text = s.chinese(n)
    toks, _ = numerals.tokens(text, 0)
    saved = numerals._cn2an_int
    numerals._cn2an_int = lambda _s: None  # type: ignore[assignment]
    try:
        num, used = numerals._plain(toks)
    finally:
        numerals._cn2an_int = saved
    assert num is not None
    assert used == len(toks)
    assert num.v == n


@FAST
@given(s.decimal_wan)
def test_decimal_wan(pair: tuple[str, int]) -> None:
    """A decimal before 万 (12.5万) parses to the exact scaled value."""
    text, value = pair
    assert parse_number(text) == Decimal(value)


@FAST
@given(st.text(max_size=80))
def test_any_text_spans_slice(text: str) -> None:
    """For any text, extract returns and every span slices to its claim's text."""
    for c in extract(text):
        assert text[c.span.start : c.span.end] == c.text


# fmt: off
_PIECES = st.sampled_from(
    ["超", "近", "约", "9万", "十余万", "30多个", "16812件", "35亿", "百分之三十", "三成",
     "三分之一", "增长2倍", "3-5万", "，", "人", "元", "左右", "以上", "第三", "一起", "两三百",
     " ", "万", "负"]
)
# fmt: on


@FAST
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_claims_json_round_trip(text: str) -> None:
    """Every claim of generated figure-rich text validates and survives a JSON round trip."""
    for c in extract(text):
        assert Claim.model_validate(c.model_dump()) == c
        assert Claim.model_validate_json(c.model_dump_json()) == c
        assert text[c.span.start : c.span.end] == c.text


@FAST
@given(st.integers(min_value=1, max_value=10**6))
def test_below_zero_is_negative_celsius(n: int) -> None:
    """零下N度 (N as cn2an writes it) is one measure claim, -N degree_Celsius, over all the text."""
    text = f"零下{s.chinese(n)}度"
    (c,) = extract(text)
    assert (c.text, c.unit, c.value.stated) == (text, "degree_Celsius", -n)


@FAST
@given(
    st.integers(min_value=1, max_value=10**4),
    st.sampled_from(["{n}多度", "超{n}度", "近{n}度", "不到{n}度", "至少{n}度", "约{n}度"]),
)
def test_negative_bound_mirrors_the_positive(n: int, form: str) -> None:
    """A bound of 零下N (多, 超, 近, 不到, 至少, 约) is the bound of N reflected through zero."""
    (pos,) = extract("气温" + form.format(n=n))
    (neg,) = extract("气温" + form.replace("{n}", "零下{n}").format(n=n))
    assert neg.value.literal == pos.value.literal.scale(-1)
    assert neg.value.conventional == pos.value.conventional.scale(-1)


@FAST
@given(st.integers(min_value=1, max_value=9))
def test_doubling_is_a_power_of_two(k: int) -> None:
    """翻N番 is the multiple 2^N, with no ambiguity flag."""
    (c,) = extract(f"翻了{s.chinese(k)}番")
    assert (c.kind.value, c.value.stated, c.flags) == ("multiple", 2**k, ())


@FAST
@given(s.clock_times)
def test_clock_times_are_no_figures(text: str) -> None:
    """A clock time (9时30分, 十八时五分) gives no count, duration or other figure claim."""
    assert [c.text for c in extract(f"会议于{text}开始") if c.kind.value != "date"] == []


@FAST
@given(s.bound_pairs)
def test_bound_pairs_join_when_they_overlap(pair: tuple[str, int, str, str, int]) -> None:
    """A lower and an upper bound in a row are one range claim if some number is both, else two."""
    from claims.numbers import make_value, scan

    low_word, a, joiner, high_word, b = pair
    text = f"{low_word}{a}{joiner}{high_word}{b}"
    found = scan(text)  # (the value engine alone: set-asides such as 618 are not its business)
    if a < b:
        (f,) = found
        lit = make_value(f).literal
        assert (text[f.start : f.end], lit.lower, lit.upper) == (text, a, b)
    else:
        assert len(found) == 2


# fmt: off
_MONEY_PIECES = st.sampled_from(
    ["0", "5", "3", "9万", "美元", "人民币", "$", "¥", "元", "。", "，", " ", "超", "约", "个",
     "3-5", "至"]
)
# fmt: on


@FAST
@given(st.lists(st.one_of(_PIECES, _MONEY_PIECES), max_size=14).map("".join))
def test_claims_never_overlap_and_are_sorted(text: str) -> None:
    """Claims come in text order and no two share a character (a currency word is one claim's)."""
    spans = [(c.span.start, c.span.end) for c in extract(text)]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
