"""Records: exact numbers, interval arithmetic, validation and JSON round trips."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from pydantic import ValidationError

from claims.models import Claim, DateValue, Interval, Kind, Span, Value, exact


def test_exact_refuses_floats() -> None:
    """A float is never accepted as a figure."""
    with pytest.raises(TypeError, match="floats are not exact"):
        exact(0.5)


def test_exact_keeps_nonterminating_fractions() -> None:
    """1/3 stays a Fraction; 1/5 becomes the Decimal 0.2."""
    assert exact("1/3") == Fraction(1, 3)
    assert isinstance(exact("1/3"), Fraction)
    assert exact(Fraction(1, 5)) == Decimal("0.2")
    assert isinstance(exact(Fraction(1, 5)), Decimal)


def test_interval_open_lower_bound() -> None:
    """超9万: (90000, +inf) excludes 90000 and includes 90001."""
    iv = Interval(lower="90000", lower_closed=False)
    assert not iv.contains(90000)
    assert iv.contains(90001)
    assert iv.upper is None
    assert not iv.upper_closed


def test_interval_rejects_empty_and_reversed() -> None:
    """A reversed interval or an open point is an error, not an empty set."""
    with pytest.raises(ValidationError, match="above upper"):
        Interval.make(5, 3)
    with pytest.raises(ValidationError, match="must be closed"):
        Interval.make(5, 5, lower_closed=False)


def test_interval_intersection_respects_closedness() -> None:
    """[0, 5) and [5, 9] are disjoint; [0, 5] and [5, 9] meet at 5."""
    assert Interval.make(0, 5, upper_closed=False).intersect(Interval.make(5, 9)) is None
    meet = Interval.make(0, 5).intersect(Interval.make(5, 9))
    assert meet == Interval.point(5)


def test_interval_sum_and_scale() -> None:
    """Interval addition adds bounds; scaling by a negative number swaps them."""
    s = Interval.make(1, 2, upper_closed=False) + Interval.make(10, 20)
    assert (s.lower, s.upper, s.lower_closed, s.upper_closed) == (11, 22, True, False)
    neg = Interval.make(1, 2, upper_closed=False).scale(-1)
    assert (neg.lower, neg.upper, neg.lower_closed, neg.upper_closed) == (-2, -1, False, True)


def test_interval_str() -> None:
    """Intervals print in the usual bracket notation with infinities named."""
    assert str(Interval(lower="90000", lower_closed=False)) == "(90000, +inf)"


def _claim(**kw: object) -> Claim:
    base: dict[str, object] = {
        "id": "c-1",
        "kind": Kind.COUNT,
        "text": "超9万个",
        "span": Span(start=10, end=14),
        "value": Value(
            stated="90000",
            granularity="10000",
            qualifier="超",
            literal=Interval(lower="90000", lower_closed=False),
            conventional=Interval.make("90000", "100000", False, False),
        ),
        "unit": "个",
    }
    base.update(kw)
    return Claim.model_validate(base)


def test_claim_json_round_trip_is_identity() -> None:
    """A claim dumped to JSON and read back is equal to the original."""
    c = _claim()
    assert Claim.model_validate_json(c.model_dump_json()) == c


def test_claim_fraction_round_trip() -> None:
    """Fractions survive JSON as numerator/denominator strings."""
    v = Value(stated="1/3", literal=Interval.point("1/3"), conventional=Interval.point("1/3"))
    c = _claim(kind=Kind.FRACTION, text="三分之一", span=Span(start=0, end=4), value=v, unit=None)
    back = Claim.model_validate_json(c.model_dump_json())
    assert back == c
    assert back.value.stated == Fraction(1, 3)  # type: ignore[union-attr]


def test_date_claim_round_trip() -> None:
    """A date value with a partial ISO date round-trips through JSON."""
    dv = DateValue(start="--09-03", end="--09-03", precision="day")
    c = _claim(kind=Kind.DATE, text="9月3日", span=Span(start=0, end=4), value=dv, unit=None)
    assert Claim.model_validate_json(c.model_dump_json()) == c


def test_claim_text_must_fit_span() -> None:
    """A claim whose text length differs from its span is rejected."""
    with pytest.raises(ValidationError, match="has 4 characters"):
        _claim(span=Span(start=0, end=3))


def test_claim_is_frozen_and_forbids_extra() -> None:
    """Records cannot be changed after creation and refuse unknown fields."""
    c = _claim()
    with pytest.raises(ValidationError):
        c.unit = "条"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs"):
        _claim(colour="red")


def test_schema_is_generated() -> None:
    """JSON Schema is generated from the model and names exact numbers as strings."""
    schema = Claim.model_json_schema()
    assert "span" in schema["properties"]
    assert "Interval" in schema["$defs"]
