"""Attribution in bulletin breakdowns: a sentence opening with 分季度看/分地区看/分行业看 goes on
about the indicator the sentence before named, and a clause naming only a group shaped like the
clause before's subject (中部地区 after 东部地区, 采矿业 after 制造业) is that group's figure of
the same indicator. All sentences are our own, in the style of statistics bulletins."""

from __future__ import annotations

import pytest

import claims


def _figure(text: str, surface: str) -> claims.Claim:
    return next(c for c in claims.extract(text) if c.text == surface)


@pytest.mark.parametrize(
    ("text", "surface", "subject", "metric", "key"),
    [
        pytest.param(
            "2023年，全省规模以上工业增加值12003.6亿元。分季度看，一季度2801.2亿元，二季度3000.5亿元。",
            "3000.5亿元",
            "全省",
            "规模以上工业增加值",
            "全省|规模以上工业增加值|-|money:CNY",
            id="quarters-after-opener",
        ),
        pytest.param(
            "全年社会消费品零售总额5200亿元。按季度看，一季度1200亿元，二季度1300亿元。",
            "1200亿元",
            None,
            "社会消费品零售总额",
            None,
            id="an-opener-with-an",
        ),
        pytest.param(
            "分地区看，东部地区生产总值65.2万亿元，中部地区26.9万亿元。",
            "26.9万亿元",
            "中部",
            "中部地区生产总值",
            "中部|地区生产总值|-|money:CNY",
            id="region-after-region",
        ),
        pytest.param(
            "分行业看，制造业增加值增长5.0%，采矿业增长2.3%。",
            "2.3%",
            "采矿业",
            "采矿业增加值",
            "采矿业|增加值~change|-|percent",
            id="industry-after-industry",
        ),
        pytest.param(
            "城镇居民人均可支配收入4.1万元，农村居民1.9万元。",
            "1.9万元",
            "农村居民",
            "农村居民人均可支配收入",
            "农村居民|可支配收入|person|money:CNY",
            id="residents-after-residents",
        ),
    ],
)
def test_breakdown_figures_measure_the_named_indicator(
    text: str, surface: str, subject: str | None, metric: str, key: str | None
) -> None:
    """Each figure of the breakdown takes the indicator named before it, and its own group."""
    c = _figure(text, surface)
    assert (c.subject, c.metric) == (subject, metric)
    if key is not None:
        assert c.metric_key == key


def test_no_opener_no_carried_metric() -> None:
    """Without an opener, a new sentence's quarter figure takes no metric from the sentence before
    (一季度 after a full stop may start another topic)."""
    c = _figure("全年社会消费品零售总额5200亿元。一季度1200亿元。", "1200亿元")
    assert c.metric is None


def test_a_name_of_another_shape_stays_the_metric() -> None:
    """出口 does not end like 工业 (the subject before): it is the clause's own metric."""
    c = _figure("全市工业增加值增长5.0%，出口增长2.3%。", "2.3%")
    assert c.metric == "出口"


@pytest.mark.parametrize(
    ("text", "surface", "subject", "metric"),
    [
        pytest.param(
            "总资产、净资产分别为120.5亿元、80.3亿元。",
            "80.3亿元",
            None,
            "净资产",
            id="assets-simplified",
        ),
        pytest.param(
            "總資產、淨資產分別為120.5億元、80.3億元。",
            "120.5億元",
            None,
            "總資產",
            id="assets-traditional",
        ),
        pytest.param(
            "全市豬、牛、羊出欄分別為70.2萬頭、6.3萬頭、18.1萬只。",
            "6.3萬頭",
            "牛",
            "出欄",
            id="livestock-traditional",
        ),
    ],
)
def test_listed_indicators_and_traditional_object_metrics(
    text: str, surface: str, subject: str | None, metric: str
) -> None:
    """Items of a 分别 list that are indicators (总资产、净资产) are metrics, not subjects; the
    traditional 出欄 is a shared metric like 出栏."""
    c = _figure(text, surface)
    assert (c.subject, c.metric) == (subject, metric)


@pytest.mark.parametrize(
    ("text", "surface", "subject", "metric"),
    [
        pytest.param(
            "年末全市常住人口城镇化率为80.08%，上年末城镇化率为79.56%。",
            "79.56%",
            "全市",
            "城镇化率",
            id="last-year-end-is-a-time",
        ),
        pytest.param(
            "全市汽车保有量达到320万辆。", "320万辆", "全市汽车", "保有量", id="stock-of-cars"
        ),
        pytest.param("生猪存栏量120万头。", "120万头", "生猪", "存栏量", id="stock-of-pigs"),
    ],
)
def test_time_words_and_stock_nouns(
    text: str, surface: str, subject: str | None, metric: str
) -> None:
    """上年末 before a metric is its time, no subject 末; 保有量/存栏量 are whole indicators
    (有 inside them is no verb)."""
    c = _figure(text, surface)
    assert (c.subject, c.metric) == (subject, metric)
