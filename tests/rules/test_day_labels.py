"""Forecast items opened by two day labels (周一,…;周二,…) hold on two days: their figures are
never restatements of one figure, whatever key the extractor gives them."""

from __future__ import annotations

import pytest

from ledger.check import check

FORECAST = (
    "具体预报如下:周一,多云到阴天,东北风逐渐加大至4~5级;周二,多云间晴天,东北风3级左右;"
    "周三,阴天有小雨,东北风2~3级。"
)


def _alarms(text: str) -> list[str]:
    found = check(text, published="2024-10-13")
    compared = ("same_metric", "rounding")
    return [
        f"{f.rule}:{f.verdict.value}"
        for f in found
        if f.rule in compared and f.verdict.value != "consistent"
    ]


def test_days_of_a_forecast_are_not_compared() -> None:
    """Wind forces of 周一, 周二 and 周三 differ without any alarm."""
    assert _alarms(FORECAST) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [("今天", "明天"), ("13日", "14日"), ("今天白天", "今天夜间"), ("星期六、星期日", "星期一")],
)
def test_other_day_labels(first: str, second: str) -> None:
    """Relative days, days of the month and parts of a day label items too."""
    text = f"预报如下:{first},东北风逐渐加大至4~5级;{second},东北风2~3级。"
    assert _alarms(text) == []


def test_one_day_label_still_compared() -> None:
    """Two items under the same day label are still compared (a real contradiction stays)."""
    text = "预报如下:周一,东北风逐渐加大至4~5级;周一,东北风2~3级。"
    assert _alarms(text) != []


def test_counts_of_several_posts_are_not_one_figure() -> None:
    """转发4140次;…转发1861次: reposts of two posts in a row are two figures, not a restatement
    (cues.toml match.per_item: matched only by a metric key, never by noun)."""
    text = "“成都发布”亮点纷呈:重建三周年发布会信息,转发4140次;熊猫宝宝视频,转发1861次。"
    assert _alarms(text) == []


def test_paragraphs_opening_with_two_days_are_not_compared() -> None:
    """今天… and 明天起… paragraphs of a forecast hold on two days: their highs never meet."""
    text = (
        "今天我市阴雨持续，市区最高气温在24℃左右。\n"
        "明天起到周末，晴好天气回归，市区最高气温将升到28℃附近。"
    )
    assert _alarms(text) == []
