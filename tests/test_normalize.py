"""Stage 1 (claims/normalize.py): the fold keeps length and offsets; variants become simplified."""

from __future__ import annotations

import pytest

from claims.normalize import fold, normalize

FOLDS = [
    # DESIGN.md section 4 and the issue
    pytest.param("１６８１２", "16812", id="fullwidth-digits"),
    pytest.param("１６．５％", "16.5%", id="fullwidth-point-percent"),
    pytest.param("壹萬零貳", "壹万零贰", id="traditional-financial"),
    pytest.param("兩千點五億", "两千点五亿", id="traditional-liang-dian-yi"),
    pytest.param("〇零", "〇零", id="zeros-kept"),
    # own: the full-width comma
    pytest.param("４，５６５", "4,565", id="comma-between-fullwidth-digits"),
    pytest.param("20，300美圆", "20，300美圆", id="comma-after-ascii-digits-kept"),
    pytest.param("超9万个，粉丝", "超9万个，粉丝", id="clause-comma-kept"),
    pytest.param("\u300010亿", " 10亿", id="ideographic-space"),
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_fold(text: str, expected: str) -> None:
    """The fold maps each listed character to its ASCII or simplified form."""
    assert fold(text) == expected


def test_same_length_and_identity_map(seed) -> None:  # type: ignore[no-untyped-def]
    """Folding the seed keeps its length, and to_source maps every offset to itself."""
    n = normalize(seed.text)
    assert len(n.text) == len(seed.text)
    assert all(n.to_source(i) == i for i in range(0, len(n.text) + 1, 97))


def test_to_source_refuses_outside_offsets() -> None:
    """An offset beyond the text is an IndexError, not a silent clamp."""
    with pytest.raises(IndexError, match="outside"):
        normalize("abc").to_source(4)
