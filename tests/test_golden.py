"""The seed end to end: the reviewed golden file, and assertions on the claims it must hold.

``tests/golden/<seed-id>.claims.json`` holds every claim of the seed and its inventory. It is
rewritten by ``pytest --update-golden`` and must be read line by line before it is committed.
The explicit tests below restate what a fact-checker needs from the seed, so that a golden
file regenerated without review cannot silently lose it.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import claims
from claims.models import Claim, DateValue, Kind, Value
from claims.sources import Document
from tests.conftest import ROOT, SEED_ID, check_generated

GOLDEN = ROOT / "tests" / "golden" / f"{SEED_ID}.claims.json"


def render(doc: Document) -> str:
    """The golden document: the seed's claims and its numeral inventory."""
    found = claims.extract(doc.text, doc.source)
    inv = claims.inventory(doc.text, doc.source, found=found)
    body = {
        "source": doc.source.model_dump(mode="json"),
        "claims": [c.model_dump(mode="json") for c in found],
        "inventory": {
            "counts": dict(sorted(inv.counts().items())),
            "set_asides": [a.model_dump(mode="json") for a in inv.set_asides],
            "numerals": [
                {
                    "at": n.span.start,
                    "text": n.text,
                    "claims": list(n.claim_ids),
                    "reason": n.reason,
                }
                for n in inv.numerals
            ],
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def test_golden_is_current(seed: Document, update_golden: bool) -> None:
    """The seed's claims and inventory match the reviewed golden file."""
    check_generated(Path(GOLDEN), render(seed), update_golden)


@pytest.fixture(scope="module")
def found(seed: Document) -> dict[str, Claim]:
    """The seed's claims by surface (surfaces are unique in the seed except 2023年)."""
    return {c.text: c for c in claims.extract(seed.text, seed.source)}


def _lit(c: Claim) -> str:
    assert isinstance(c.value, Value)
    return str(c.value.literal)


def test_accounts(found: dict[str, Claim]) -> None:
    """超9万个 counts 账号 of 政务微博: more than 90,000, as of publication."""
    c = found["超9万个"]
    assert (c.kind, _lit(c), c.counted, c.subject) == (
        Kind.COUNT,
        "(90000, +inf)",
        "账号",
        "政务微博",
    )
    assert c.time is not None
    assert (c.time.basis, c.time.as_of) == ("publication", date(2024, 9, 3))


def test_fans(found: dict[str, Claim]) -> None:
    """超35亿 is the 粉丝数 of 政务微博."""
    c = found["超35亿"]
    assert (c.metric, c.subject, c.metric_key) == ("粉丝数", "政务微博", "政务微博|粉丝|-|count")


def test_daily_rates(found: dict[str, Claim]) -> None:
    """超30万条 and 超13亿次 are per-day rates of 政务微博."""
    for surface, unit in (("超30万条", "条"), ("超13亿次", "次")):
        c = found[surface]
        assert (c.kind, c.per, c.unit, c.subject) == (Kind.RATE, "day", unit, "政务微博")


def test_one_week_of_henan_service(found: dict[str, Claim]) -> None:
    """16812件 / 70件 / 62件 are exact counts of #河南城市服务台# in 2022年初."""
    for surface, n in (("16812件", "16812"), ("70件", "70"), ("62件", "62")):
        c = found[surface]
        assert isinstance(c.value, Value)
        assert c.value.literal.lower == Decimal(n)
        assert c.subject == "#河南城市服务台#"
        assert c.time is not None
        assert (c.time.text, c.time.start) == ("2022年初", date(2022, 1, 1))
    assert found["一周"].kind is Kind.DURATION


def test_shiyuwan_shares_key_with_accounts(found: dict[str, Claim]) -> None:
    """十余万政务微博 is (100000, 200000) with the same key as 超9万个 accounts."""
    c = found["十余万"]
    assert (_lit(c), c.counted) == ("(100000, 200000)", "政务微博")
    assert c.metric_key == found["超9万个"].metric_key == "政务微博|*|-|count"


def test_editions_since_2015(found: dict[str, Claim]) -> None:
    """十一届 counts editions of the 峰会 since 2015, as of publication."""
    c = found["十一届"]
    assert c.counted == "微博政务V影响力峰会"
    assert c.time is not None
    assert (c.time.start, c.time.as_of) == (
        date(2015, 1, 1),
        date(2024, 9, 3),
    )


def test_five_years_anchor_2019(found: dict[str, Claim]) -> None:
    """5年多 is a duration (5, 6) years anchored at 2019, flagged as a nearby guess."""
    c = found["5年多"]
    assert (c.kind, _lit(c), c.unit) == (Kind.DURATION, "(5, 6)", "year")
    assert c.time is not None
    assert c.time.start == date(2019, 1, 1)
    assert "time:anchor_nearby" in c.flags


def test_mutton_and_price_in_2019(found: dict[str, Claim]) -> None:
    """10万只 (羊肉 of 尉犁羊肉) and 5元 (a price change) both hold in 2019 (当年)."""
    sheep, price = found["突破10万只"], found["5元"]
    assert (sheep.counted, sheep.subject, sheep.metric) == ("羊肉", "尉犁羊肉", "网络销售")
    assert (price.kind, price.unit, price.metric) == (Kind.MONEY, "CNY", "价格")
    for c in (sheep, price):
        assert c.time is not None
        assert c.time.as_of == date(2019, 12, 31)


def test_2001_is_a_date_claim(found: dict[str, Claim]) -> None:
    """2001年 (加入新浪集团) is a date claim for the whole year."""
    c = found["2001年"]
    assert c.kind is Kind.DATE
    assert isinstance(c.value, DateValue)
    assert (c.value.start, c.value.end, c.value.precision) == (
        date(2001, 1, 1),
        date(2001, 12, 31),
        "year",
    )


def test_nothing_from_chrome_or_dateline(found: dict[str, Claim]) -> None:
    """No claim comes from the dateline, names, idioms, list markers or the 为您推荐 list."""
    for surface in ("2024-09-03 16:23:48", "12345", "二十", "百年", "第四集", "一", "百县"):
        assert surface not in found
