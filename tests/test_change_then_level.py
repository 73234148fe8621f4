"""A change word before two unit-bearing figures joined by 至/到: the change, then the new level
(增加5万人至120万人), unless the two figures are close enough to be a range of the change
(预计增加5万人至8万人). Our own sentences, in the style of statistics bulletins."""

from __future__ import annotations

import pytest

import claims


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.text, str(c.value.literal)) for c in claims.extract(text)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "全市常住人口增加5万人至120万人。",
            [("5万人", "[45000, 55000)"), ("120万人", "[1150000, 1250000)")],
            id="rise-then-level",
        ),
        pytest.param(
            "登记失业人数减少2 700人至115 700人。",
            [("2 700人", "[2700, 2700]"), ("115 700人", "[115700, 115700]")],
            id="fall-then-level-spaced-digits",
        ),
        pytest.param(
            "预计增加5万人至8万人。", [("5万人至8万人", "[50000, 80000]")], id="range-of-a-change"
        ),
        pytest.param("营收预计增长5%至8%。", [("5%至8%", "[5, 8]")], id="range-of-a-rate"),
        pytest.param(
            "降雨量50毫米至100毫米。", [("50毫米至100毫米", "[50, 100]")], id="no-change-word"
        ),
    ],
)
def test_change_then_level(text: str, expected: list[tuple[str, str]]) -> None:
    """Two figures after a change word are a change and a level when the second is at least
    four times the first; otherwise (or with no change word) they are one range."""
    assert _read(text) == expected
