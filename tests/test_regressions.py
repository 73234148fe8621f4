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
