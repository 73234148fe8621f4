"""Claim records made by hand for the ledger tests, independent of the extractor.

``document(figures, ...)`` builds a text from clauses, a ``Source`` for it and one ``Claim``
per clause whose span covers the figure's surface, so every ledger test can run before
(and regardless of) what ``claims.extract`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from claims.models import Claim, Interval, Kind, Source, Span, Value, claim_id

CST = timezone(timedelta(hours=8))
T0 = datetime(2024, 9, 3, 16, 23, 48, tzinfo=CST)


def over(stated: str, granularity: str) -> Value:
    """超 v: literal (v, +inf), conventional (v, v + g)."""
    v, g = int(stated), int(granularity)
    return Value(
        stated=stated,
        granularity=granularity,
        qualifier="超",
        literal=Interval.make(stated, None, False, False),
        conventional=Interval.make(stated, str(v + g), False, False),
    )


def some_more(stated: str, granularity: str) -> Value:
    """十余万-style v余: (v, v + g) both ways."""
    iv = Interval.make(stated, str(int(stated) + int(granularity)), False, False)
    return Value(
        stated=stated, granularity=granularity, qualifier="余", literal=iv, conventional=iv
    )


@dataclass(frozen=True)
class Figure:
    """One clause of a made-up document: the words before, the claim surface, its value."""

    before: str
    surface: str
    value: Value
    kind: Kind = Kind.COUNT
    metric_key: str | None = None


def document(
    figures: list[Figure], source_id: str = "doc-1", title: str = "测试"
) -> tuple[str, Source, list[Claim]]:
    """A text made of the figures' clauses, its source record and its claims."""
    text, out = "", []
    spans = []
    for f in figures:
        text += f.before
        spans.append(Span(start=len(text), end=len(text) + len(f.surface)))
        text += f.surface + "，"
    source = Source.from_text(
        text, id=source_id, title=title, publisher="测试报", url=f"https://example.org/{source_id}",
        published=T0,
    )  # fmt: skip
    for f, span in zip(figures, spans, strict=True):
        out.append(
            Claim(
                id=claim_id(source.sha256, span),
                kind=f.kind,
                text=f.surface,
                span=span,
                value=f.value,
                metric_key=f.metric_key,
                sentence=Span(start=0, end=len(text)),
                source_id=source_id,
            )
        )
    return text, source, out


def weibo_like(source_id: str = "doc-1") -> tuple[str, Source, list[Claim]]:
    """Three figures from the seed's first paragraph, rebuilt by hand."""
    return document(
        [
            Figure("政务微博有账号", "超9万个", over("90000", "10000"), metric_key="政务微博/账号"),
            Figure("粉丝数", "超35亿", over("3500000000", "100000000"), metric_key="政务微博/粉丝"),
            Figure("与", "十余万", some_more("100000", "100000"), metric_key="政务微博/数量"),
        ],
        source_id,
    )


def many(n: int, source_id: str) -> tuple[str, Source, list[Claim]]:
    """A document with ``n`` exact count claims; its text names ``source_id``, so it is unique."""
    return document(
        [Figure(f"{source_id}第{i}项" if i == 0 else f"第{i}项", f"{i + 1}个",
                Value.exactly(i + 1), metric_key=f"m{i % 7}")
         for i in range(n)],
        source_id,
    )  # fmt: skip
