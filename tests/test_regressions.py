"""Bugs found by property tests and review, each pinned by the input that showed it."""

from __future__ import annotations

import pytest

import claims


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1/0", id="hypothesis-slash-zero-denominator"),
        pytest.param("0/0", id="zero-over-zero"),
        pytest.param("零分之一", id="chinese-zero-denominator"),
        pytest.param("0^-1", id="zero-to-negative-power"),
        pytest.param("9^99999999", id="huge-exponent-would-hang"),
    ],
)
def test_degenerate_figures_give_no_claim(text: str) -> None:
    """Figures with no finite value are not claims, and never raise."""
    assert claims.extract(text) == []


def test_three_quarters_still_a_fraction() -> None:
    """The zero-denominator guard leaves ordinary slash fractions alone."""
    (c,) = claims.extract("3/4")
    assert str(c.value.stated) == "0.75"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("。0美元0", [("0美元", 1, 4), ("0", 4, 5)], id="fuzz-currency-between"),
        pytest.param("5美元3", [("5美元", 0, 3), ("3", 3, 4)], id="hostile-currency-shared"),
        pytest.param("售价$20，300美圆", [("$20", 2, 5), ("300美圆", 6, 11)], id="prefix-taken"),
    ],
)
def test_currency_word_belongs_to_one_figure(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    """A currency word after one figure is not taken again as the prefix of the next one."""
    assert [(c.text, c.span.start, c.span.end) for c in claims.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1.2亿3千万", ("150000000", "10000000"), id="hostile-decimal-compound"),
        pytest.param("1.2亿三千万", ("150000000", "10000000"), id="decimal-then-chinese-compound"),
        pytest.param("1.5万亿", ("1500000000000", "100000000000"), id="decimal-two-magnitudes"),
        pytest.param("两千三点一万", ("23001000", "1000"), id="chinese-decimal-magnitude"),
    ],
)
def test_decimal_compound_granularity(text: str, expected: tuple[str, str]) -> None:
    """A decimal's granularity is scaled by its own magnitudes only, not by a later part's."""
    (c,) = claims.extract(text)
    assert (str(c.value.stated), str(c.value.granularity)) == expected


def test_decimal_after_a_magnitude_starts_a_new_figure() -> None:
    """1.5万亿3千万1.5万亿3千万 is two figures: a decimal does not continue a finished compound."""
    assert [c.text for c in claims.extract("1.5万亿3千万1.5万亿3千万")] == ["1.5万亿3千万"] * 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1e1000000", id="hostile-exponent-overflow"),
        pytest.param("万" * 250_001, id="hostile-wan-run-overflow"),
        pytest.param("一" * 29, id="chinese-digit-string-past-28-digits"),
        pytest.param("一又" * 30, id="you-chain-was-a-recursion-error"),
    ],
)
def test_floods_and_huge_figures_give_no_claim(text: str) -> None:
    """Figures beyond Decimal's precision or chains of joiners give no claim, and never raise."""
    assert claims.extract(text) == []


def test_mixed_number_needs_a_fraction() -> None:
    """又 joins a whole number and a fraction (三又三分之一); 两又万 is no mixed number."""
    assert [str(c.value.stated) for c in claims.extract("三又三分之一")] == ["10/3"]
    assert [c.text for c in claims.extract("两又万")] == ["两"]


def test_parse_number_refuses_a_run_too_long_for_one_figure() -> None:
    """parse_number reads at most MAX_FIGURE_CHARS characters; a longer run is no numeral."""
    from claims.numbers import parse_number
    from claims.numerals import MAX_FIGURE_CHARS

    assert parse_number("一又" * 1000) is None
    assert parse_number("1" + "0" * (MAX_FIGURE_CHARS - 1) + "0") is None


def test_range_joiner_before_a_word_figure() -> None:
    """到 before a word (半) is no range and no crash (5到半 was a TypeError in the range rule)."""
    assert [c.text for c in claims.extract("5到半")] == ["5"]
    assert [c.text for c in claims.extract("增长2倍到半")] == ["2倍"]


def test_two_calendar_years_apart_by_a_pause_mark_are_no_range() -> None:
    """2018、2019年同期 names two years, not a rough range of 2018 to 2019 years; 3、4年 still
    is a rough range of years."""
    found = claims.extract("比如2018、2019年同期，恢复需要3、4年时间。")
    assert not [c for c in found if c.text == "2018、2019年"]
    assert [(c.text, c.kind.value) for c in found if "年" in c.text][-1] == ("3、4年", "duration")
