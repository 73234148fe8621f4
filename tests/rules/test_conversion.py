"""Rule conversion: a figure restated in another unit right after it (in brackets, or after
折合/约合) must convert to it, each bare figure read as what rounds to it."""

from __future__ import annotations

import pytest

from ledger.check import check
from ledger.rules.conversion import conversion
from tests.rules.conftest import verdicts

# http://m.ytjhdl.cn/xw/tjsj/681580.html (国家统计局, 2019年全国粮食产量公告; simplified here)
GRAIN = (
    "一、全国粮食播种面积116064千公顷（174095万亩），比2018年减少975千公顷（1462万亩），"
    "下降0.8%。\n二、全国粮食单位面积产量5720公斤/公顷（381公斤/亩），比2018年增加98.4公斤/公顷"
    "（6.6公斤/亩），增长1.8%。\n三、全国粮食总产量66384万吨（13277亿斤），比2018年增加594万吨"
    "（119亿斤），增长0.9%。"
)


def _conversion(text: str) -> list[str]:
    return [f.verdict.value for f in check(text, published="2020-01-01") if f.rule == "conversion"]


def test_a_bulletin_that_converts_right_is_consistent() -> None:
    """Six areas, yields and weights restated in 万亩 / 公斤/亩 / 亿斤 all convert: one summary."""
    [f] = [f for f in check(GRAIN, published="2020-01-01") if f.rule == "conversion"]
    assert f.verdict.value == "consistent"
    assert f.arithmetic.startswith("6 pairs")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param("播种面积116064千公顷（184095万亩）。", "contradiction", id="wrong-digit"),
        pytest.param("平均产量5721公斤/公顷（382公斤/亩）。", "tension", id="off-by-one"),
        pytest.param("平均产量5720公斤/公顷（381公斤/亩）。", "consistent", id="rounded"),
        pytest.param("面积1.5万平方公里,折合2250万亩。", "consistent", id="zhehe"),
        pytest.param("面积1.5万平方公里,折合3000万亩。", "contradiction", id="zhehe-wrong"),
        pytest.param("总产量66384万吨（约13277亿斤）。", "consistent", id="yue-inside-bracket"),
    ],
)
def test_one_pair(text: str, verdict: str) -> None:
    """A figure and its bracketed or 折合 restatement: exact conversion, printed precision."""
    assert _conversion(text) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("收入100万元（约14万美元）。", id="money-two-currencies"),
        pytest.param("气温30℃（86℉）。", id="temperature-offset-scale"),
        pytest.param("面积100公顷,产量500吨（下同）。", id="two-dimensions"),
        pytest.param("面积100公顷,另有1500亩。", id="not-bracketed"),
    ],
)
def test_not_compared(text: str) -> None:
    """Currencies, temperatures, two dimensions and figures not restating each other."""
    assert _conversion(text) == []


def test_rule_on_hand_made_claims(doc) -> None:
    """Hand-made claims in two units of one dimension, bracketed: converted and compared."""
    d = doc("面积150万公顷（3000万亩）。")
    d.add("150万公顷", 1500000, kind="measure", unit="hectare", g=10000)
    d.add("3000万亩", 30000000, kind="measure", unit="mu", g=10000)
    assert verdicts(d.run(conversion)) == ["contradiction"]
