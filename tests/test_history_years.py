"""Years before 1900 in history prose, holiday names with 节 and vehicles named by their wheels:
our own sentences, in the style
of science news and holiday travel reports."""

from __future__ import annotations

import pytest

import claims


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind.value, c.text) for c in claims.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "霍尔于1879年发现霍尔效应，次年发表论文。",
            [("date", "1879年")],
            id="year-of-a-discovery",
        ),
        pytest.param("1644年清军入关。", [("date", "1644年")], id="year-opening-a-sentence"),
        pytest.param("这座古寺已有1600年历史。", [("duration", "1600年")], id="history-length"),
        pytest.param(
            "运河历时1800年才全线贯通。", [("duration", "1800年")], id="length-after-a-lead"
        ),
        pytest.param("1500多年前，这里是一片湖泊。", [("duration", "1500多年")], id="years-ago"),
        pytest.param("此次五一节客流量大增20%。", [("percent", "20%")], id="may-day-is-no-count"),
        pytest.param("全书共十一节。", [("count", "十一节")], id="sections-stay-a-count"),
        pytest.param(
            "一辆三轮车与货车相撞，三轮车上5人受伤。",
            [("count", "一辆"), ("count", "5人")],
            id="tricycle-is-no-count-of-wheels",
        ),
        pytest.param("谈判进行了三轮。", [("count", "三轮")], id="rounds-stay-a-count"),
    ],
)
def test_history_years_and_holiday_names(text: str, expected: list[tuple[str, str]]) -> None:
    """A year 1500-1899 before 年 is a date unless a length of time leads or follows it; 五一节
    names the holiday, no count of 51; 三轮车 is a vehicle, no count of wheels."""
    assert _kinds(text) == expected
