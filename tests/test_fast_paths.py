"""The fast paths of extraction give the same records as the plain ones, and floods stay bounded.

``extract`` builds records without re-validation, finds the date mentions once and hands them to
attribution, and hands its set-asides to ``inventory``. These tests check that each shortcut
gives what the plain call gives, that every record still validates, and that floods of digits or
numerals (which were quadratic in ``set_asides``) give the expected result. No test times anything:
bench/throughput.py prints the figures.

GENRES are short texts written for these tests, one per genre the seed does not cover.
"""

from __future__ import annotations

from collections import Counter

import pytest

from claims import Claim, extract, inventory
from claims.context import attribute
from claims.inventory import set_asides
from claims.numerals import MAX_FIGURE_CHARS
from claims.timex import find_dates

GENRES = [
    pytest.param(
        "全年国内生产总值1260582亿元，比上年增长5.2%。年末全国人口140967万人，比上年末减少"
        "208万人。全年粮食产量69541万吨，比上年增加888万吨，增产1.3%。",
        id="own-statistics-bulletin",
    ),
    pytest.param(
        "截至8月1日12时，此次强降雨已造成11人遇难、27人失踪，紧急转移安置群众5.2万人。"
        "农作物受灾面积约450万亩，倒塌房屋2000余间。中央财政下达救灾资金4.4亿元。",
        id="own-disaster-report",
    ),
    pytest.param(
        "2024年春节假期8天，全国国内旅游出游4.74亿人次，同比增长34.3%；日均发送旅客超过"
        "1300万人次，较去年同期增长1.3倍。故宫每日限流4万人次。",
        id="own-travel-figures",
    ),
    pytest.param(
        "中央气象台2024年7月15日06时发布暴雨橙色预警：局地有大暴雨（250～300毫米）。\n"
        "今天最高气温35℃，相对湿度在60%左右，气温下降6～10℃。",
        id="own-weather",
    ),
    pytest.param(
        "#国庆出游# 今天接待游客超80万人次，排队两个多小时才坐上船，船票55元一位。"
        "物业费从每平米2.5元涨到3.2元，涨了28%，业主群里三百多人都炸了锅。",
        id="own-microblog",
    ),
]


@pytest.mark.parametrize("text", GENRES)
def test_claims_revalidate(text: str) -> None:
    """Every claim built on the fast path validates again to an equal record, via JSON too."""
    found = extract(text)
    assert found
    for c in found:
        assert Claim.model_validate(c.model_dump()) == c
        assert Claim.model_validate_json(c.model_dump_json()) == c
        assert text[c.span.start : c.span.end] == c.text


@pytest.mark.parametrize("text", GENRES)
def test_shared_dates_change_nothing(text: str) -> None:
    """Attribution given the date mentions returns what it returns when it finds them itself."""
    bare = [c.model_copy(update={"time": None, "sentence": None}) for c in extract(text)]
    assert attribute(text, bare, None, mentions=find_dates(text)) == attribute(text, bare, None)


@pytest.mark.parametrize("text", GENRES)
def test_inventory_reuses_set_asides(text: str) -> None:
    """inventory(text) equals inventory(text, found=extract(text)), which recomputes set-asides."""
    assert inventory(text) == inventory(text, found=extract(text))


def test_seed_inventory_reuses_set_asides(seed) -> None:  # type: ignore[no-untyped-def]
    """On the seed, the inventory with set-asides reused equals the one computed afresh."""
    fresh = inventory(seed.text, seed.source, found=extract(seed.text, seed.source))
    assert inventory(seed.text, seed.source) == fresh


def test_numeral_flood_before_plenum_is_one_name() -> None:
    """20,000 一 then 届三中全会 is one name set-aside (the plenum pattern starts once per run)."""
    text = "一" * 20_000 + "届三中全会"
    assert [(a.span.start, a.span.end, a.reason) for a in set_asides(text)] == [(0, 20_005, "name")]


def test_digit_flood_sets_nothing_aside() -> None:
    """20,000 digits are no name, code or phone: one unclaimed numeral in the inventory."""
    text = "1" * 20_000
    assert set_asides(text) == []
    inv = inventory(text)
    assert [(n.span.start, n.span.end, n.reason) for n in inv.numerals] == [
        (0, 20_000, "unclaimed")
    ]


def test_email_branch_runs_when_a_domain_is_present() -> None:
    """With an e-mail domain present the e-mail is set aside, and a digit flood after it is not."""
    text = "邮箱：a.b@stats.cn，" + "1" * 20_000
    asides = set_asides(text)
    assert [(text[a.span.start : a.span.end], a.reason) for a in asides] == [
        ("a.b@stats.cn", "url")
    ]


def test_numeral_flood_is_one_numeral() -> None:
    """20,000 一 in a row are one numeral run, accounted for once, by a claim or a reason."""
    inv = inventory("一" * 20_000)
    assert [(n.span.start, n.span.end) for n in inv.numerals] == [(0, 20_000)]
    assert sum(inv.counts().values()) == 1


# Floods of numeral shapes at 20,000 characters: each gives the claims its pieces give, read
# piece by piece (a run longer than MAX_FIGURE_CHARS is never one figure), in linear time
# (bench/numeral_runs.py prints the times). Rows: (repeated unit, expected claim texts).
FLOODS = [
    pytest.param("一二三四五六七八九十", None, id="mixed-chinese-numerals"),
    pytest.param("十", {"十": 20_000}, id="shi-shi-shi"),
    pytest.param("十一", {"十一": 10_000}, id="shiyi-shiyi"),
    pytest.param("万", {}, id="wan-wan-wan"),
    pytest.param("一", {}, id="yi-yi-yi-a-digit-string-too-long"),
    pytest.param("1,", {"1": 10_000}, id="comma-separated-ones"),
    pytest.param("1.1.", {}, id="dotted-ones"),
    pytest.param("一、二、三、", {"一": 3_333, "二": 3_333, "三": 3_333}, id="list-markers"),
    pytest.param("超", {}, id="chao-chao"),
    pytest.param("余", {}, id="yu-yu"),
    pytest.param("百分之", {}, id="baifenzhi-repeated"),
    pytest.param("三分之", {"三分之三": 3_333, "三分": 1}, id="sanfenzhi-repeated"),
    pytest.param("第", {}, id="di-di"),
    pytest.param("负", {}, id="fu-fu"),
    pytest.param("5个", {"5个": 10_000}, id="figure-measure-word-alternating"),
    pytest.param("1-2-3-4-5-", {"1": 1}, id="dash-chain-is-a-code"),
    pytest.param("1至2至", {"1至2": 5_000}, id="zhi-chain-pairs-into-ranges"),
    pytest.param("一又", {}, id="you-chain-is-no-mixed-number"),
    pytest.param("1.5万亿3千万", {"1.5万亿3千万": 2_500}, id="glued-compounds-split"),
]


@pytest.mark.parametrize(("unit", "expected"), FLOODS)
def test_numeral_flood_reads_piece_by_piece(unit: str, expected: dict[str, int] | None) -> None:
    """A 20,000-character flood of one shape gives exactly the claims of its pieces, none long."""
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    found = extract(text)
    assert all(text[c.span.start : c.span.end] == c.text for c in found)
    assert all(len(c.text) <= MAX_FIGURE_CHARS for c in found)
    if expected is not None:
        assert Counter(c.text for c in found) == expected
    else:  # 二 … 八 each, 九十一 for the 九十 before the next 一
        counts = Counter(c.text for c in found)
        assert counts["二"] == counts["七"] == 2_000
        assert counts["九十一"] == 1_999
