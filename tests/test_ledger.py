"""The Ledger API: documents and claims, links, verification history, derived status, findings.

Claims are made by hand (tests/ledger_factory.py) so these tests do not depend on the
extractor; one end-to-end test runs the seed through ``claims.extract``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

import claims
from claims.errors import InputError, InputTooLargeError, SourceError
from claims.models import Source, Value
from claims.sources import Document
from ledger import Assessment, Evidence, Ledger, Status, assess
from ledger.errors import (
    InvalidClaimError,
    SourceConflictError,
    UnknownClaimError,
    UnknownSourceError,
    UnknownStatusError,
)
from ledger.models import ClaimRef, Finding, Verdict
from tests.ledger_factory import T0, Figure, document, over, weibo_like


@pytest.fixture
def book() -> Ledger:
    """An in-memory ledger holding the three hand-made weibo claims."""
    ledger = Ledger.open(":memory:")
    text, source, found = weibo_like()
    ledger.add_document(text, source, found)
    return ledger


# -- documents and claims ------------------------------------------------------------------


def test_add_document_stores_source_text_and_claims(book: Ledger) -> None:
    """The source, its full text and its claims come back as stored, with spans into the text."""
    text, source, found = weibo_like()
    assert book.sources() == [source]
    assert book.text("doc-1") == text
    stored = book.claims()
    assert stored == found
    assert all(book.text("doc-1")[c.span.start : c.span.end] == c.text for c in stored)


def test_add_document_twice_adds_nothing(book: Ledger) -> None:
    """Adding the same text again returns the stored claims and adds no source or claim."""
    text, source, found = weibo_like()
    again = book.add_document(text, source, found)
    assert again == found
    assert len(book.sources()) == 1
    assert len(book.claims()) == 3


def test_add_document_runs_extract_when_no_claims_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a claims list the ledger stores what claims.extract returns for the text."""
    text, source, found = weibo_like()
    seen: list[str] = []

    def fake_extract(t: str, source: Source | None = None) -> list[claims.Claim]:
        seen.append(t)
        return found

    monkeypatch.setattr(claims, "extract", fake_extract)
    with Ledger.open(":memory:") as ledger:
        assert ledger.add_document(text, source) == found
    assert seen == [text]


def test_add_document_of_the_seed_through_extract(seed: Document) -> None:
    """The seed goes in via extract; 94,000 lies inside 超9万个, 120,000 only literally."""
    with Ledger.open(":memory:") as ledger:
        stored = ledger.add_document(seed.text, seed.source)
        assert len(stored) >= 10
        assert all(seed.text[c.span.start : c.span.end] == c.text for c in stored)
        assert {c.source_id for c in stored} == {seed.source.id}
        assert ledger.add_document(seed.text, seed.source) == stored
        accounts = ledger.claims(text="超9万个")[0]
        inside = ledger.verify(accounts.id, "supported", evidence=[{"value": Value.exactly(94000)}])
        assert inside.assessment is Assessment.INSIDE
        wide = ledger.verify(accounts.id, "disputed", evidence=[{"value": Value.exactly(120000)}])
        assert wide.assessment is Assessment.LITERAL_ONLY
        assert ledger.status(accounts.id) is Status.DISPUTED


def test_claim_whose_span_misses_its_text_is_refused() -> None:
    """A claim whose span does not cover its surface is refused and nothing is stored."""
    text, source, found = weibo_like()
    bad = found[0].model_copy(update={"text": "超8万个"})
    with Ledger.open(":memory:") as ledger:
        with pytest.raises(InvalidClaimError, match="covers '超9万个'"):
            ledger.add_document(text, source, [bad, *found[1:]])
        assert ledger.sources() == []
        assert ledger.claims() == []


def test_claim_of_another_source_is_refused() -> None:
    """A claim naming another source id is refused."""
    text, source, found = weibo_like()
    bad = found[0].model_copy(update={"source_id": "elsewhere"})
    with Ledger.open(":memory:") as ledger, pytest.raises(InvalidClaimError, match="elsewhere"):
        ledger.add_document(text, source, [bad])


def test_duplicate_claim_ids_are_refused() -> None:
    """Two claims with one id in one document are refused."""
    text, source, found = weibo_like()
    with Ledger.open(":memory:") as ledger, pytest.raises(InvalidClaimError, match="twice"):
        ledger.add_document(text, source, [found[0], found[0]])


def test_source_hash_must_match_text() -> None:
    """A source whose sha256 is not that of the text is a SourceError."""
    text, source, found = weibo_like()
    with Ledger.open(":memory:") as ledger, pytest.raises(SourceError):
        ledger.add_document(text + "。", source, found)


def test_source_id_taken_by_another_text_is_a_conflict(book: Ledger) -> None:
    """A new text under an id already used raises SourceConflictError naming the id."""
    text, _, _ = document([Figure("共", "3个", Value.exactly(3))], "other")
    with pytest.raises(SourceConflictError, match="'doc-1'"):
        book.add_document(text, Source.from_text(text, id="doc-1"), [])


def test_claims_query_filters(book: Ledger) -> None:
    """claims() filters by source, kind, metric key, surface text and derived status."""
    accounts = book.claims(metric="政务微博/账号")
    assert [c.text for c in accounts] == ["超9万个"]
    assert [c.text for c in book.claims(text="万")] == ["超9万个", "十余万"]
    assert book.claims(kind="money") == []
    assert len(book.claims(source="doc-1", kind="count")) == 3
    book.verify(accounts[0].id, "supported", at=T0)
    assert book.claims(status="supported") == accounts
    assert len(book.claims(status=Status.UNVERIFIED)) == 2


def test_claims_text_filter_is_a_parameter_not_sql(book: Ledger) -> None:
    """Quotes and SQL in a query value are matched literally, never executed."""
    assert book.claims(text="'; DROP TABLE claims; --") == []
    assert len(book.claims()) == 3


def test_unknown_ids_raise_typed_errors(book: Ledger) -> None:
    """Unknown claim and source ids raise errors that are also KeyError, with a clear message."""
    with pytest.raises(UnknownClaimError) as info:
        book.claim("c-nope")
    assert isinstance(info.value, KeyError)
    assert str(info.value) == "no claim with id 'c-nope' in the ledger (see `hecha show` for ids)"
    with pytest.raises(UnknownSourceError):
        book.text("nope")


# -- verification --------------------------------------------------------------------------


def test_status_is_derived_from_the_last_event(book: Ledger) -> None:
    """A claim starts unverified and its status is always that of its latest event."""
    cid = book.claims()[0].id
    assert book.status(cid) is Status.UNVERIFIED
    book.verify(cid, "disputed", reviewer="张三", at=T0)
    book.verify(cid, Status.SUPPORTED, reviewer="李四", note="官方数据", at=T0 + timedelta(1))
    assert book.status(cid) is Status.SUPPORTED
    assert [e.status for e in book.history(cid)] == [Status.DISPUTED, Status.SUPPORTED]
    assert book.statuses()[cid] is Status.SUPPORTED


def test_unknown_status_is_refused_and_nothing_is_written(book: Ledger) -> None:
    """An unknown status raises UnknownStatusError (a ValueError) and appends no event."""
    cid = book.claims()[0].id
    with pytest.raises(UnknownStatusError, match="expected one of: unverified, supported"):
        book.verify(cid, "true")
    with pytest.raises(UnknownClaimError):
        book.verify("c-nope", "supported")
    assert book.history() == []


def test_naive_time_is_refused(book: Ledger) -> None:
    """A verification time without a time zone is refused."""
    with pytest.raises(InputError, match="time zone"):
        book.verify(book.claims()[0].id, "supported", at=datetime(2024, 9, 3))


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        pytest.param("94000", Assessment.INSIDE, id="94000-inside-both"),
        pytest.param("120000", Assessment.LITERAL_ONLY, id="120000-literal-only"),
        pytest.param("90000", Assessment.OUTSIDE, id="90000-outside-超-is-exclusive"),
        pytest.param("85000", Assessment.OUTSIDE, id="85000-outside"),
    ],
)
def test_evidence_value_is_assessed_against_the_claim(
    book: Ledger, evidence: str, expected: Assessment
) -> None:
    """Evidence for 超9万个 is inside both readings, literally inside only, or outside."""
    claim = book.claims(metric="政务微博/账号")[0]
    assert assess(claim, evidence) is expected
    ev = book.verify(claim.id, "supported", evidence=[Evidence(value=Value.exactly(evidence))])
    assert ev.assessment is expected


def test_assessment_takes_the_worst_evidence_and_ignores_valueless_items(book: Ledger) -> None:
    """With several evidence items the event reports the worst assessment of those with values."""
    claim = book.claims(metric="政务微博/账号")[0]
    ev = book.verify(
        claim.id,
        "partly_supported",
        evidence=[
            {"url": "https://example.org/a", "value": Value.exactly(94000)},
            {"url": "https://example.org/b"},
            {"url": "https://example.org/c", "value": Value.exactly(120000)},
        ],
    )
    assert ev.assessment is Assessment.LITERAL_ONLY
    assert book.verify(claim.id, "supported", evidence=[{"quote": "超9万"}]).assessment is None


def test_evidence_interval_must_lie_wholly_inside() -> None:
    """An evidence interval reaching past the conventional reading is only literal."""
    _, _, found = weibo_like()
    assert assess(found[0], over("95000", "10000")) is Assessment.LITERAL_ONLY


def test_history_chain_is_valid_and_names_its_head(book: Ledger) -> None:
    """Events chain by hash after the document's seal; verify_history reports ok and the head."""
    ids = [c.id for c in book.claims()]
    sealed = book.head()
    assert sealed is not None
    events = [book.verify(cid, "supported", at=T0) for cid in ids]
    assert (events[0].seq, events[0].prev_hash) == (2, sealed[1])
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    report = book.verify_history()
    assert report.ok
    assert (report.events_checked, report.claims_checked) == (4, 3)
    assert report.head == events[-1].hash
    assert book.head() == (4, events[-1].hash)


def test_empty_ledger_has_a_valid_empty_history() -> None:
    """A ledger with nothing in it has a valid, empty chain and no head."""
    with Ledger.open(":memory:") as ledger:
        report = ledger.verify_history()
    assert (report.ok, report.events_checked, report.head) == (True, 0, None)


def test_verify_bulk_appends_like_verify_many_and_returns_a_count(book: Ledger) -> None:
    """verify_bulk appends one event per request in one transaction and returns how many."""
    from ledger import VerificationRequest

    ids = [c.id for c in book.claims()]
    reqs = (VerificationRequest(claim_id=cid, status="refuted", at=T0) for cid in ids)
    assert book.verify_bulk(reqs) == 3
    assert [e.seq for e in book.history()] == [2, 3, 4]
    assert book.verify_history().ok
    assert book.verify_bulk([]) == 0


def test_verify_bulk_is_all_or_nothing(book: Ledger) -> None:
    """An unknown claim in the middle of a bulk batch rolls the whole batch back."""
    from ledger import VerificationRequest

    ids = [c.id for c in book.claims()]
    reqs = [VerificationRequest(claim_id=cid, status="supported") for cid in ids]
    reqs.insert(1, VerificationRequest(claim_id="c-nope", status="supported"))
    with pytest.raises(UnknownClaimError):
        book.verify_bulk(reqs)
    assert book.history() == []


def test_add_document_passes_max_chars_to_extract() -> None:
    """add_document(max_chars=N) refuses a longer text with the library's InputTooLargeError."""
    with Ledger.open(":memory:") as ledger:
        with pytest.raises(InputTooLargeError, match="max_chars="):
            ledger.add_document("账号超9万个。" * 3, max_chars=10)
        assert ledger.sources() == []


# -- links ------------------------------------------------------------------------------------


def test_links_override_the_automatic_metric_key(book: Ledger) -> None:
    """Linking two claims as the same metric merges their groups; the latest link of a pair wins."""
    accounts, _, weibos = book.claims()
    three = ["政务微博/数量", "政务微博/粉丝", "政务微博/账号"]
    assert sorted(book.effective_metric_groups()) == three
    book.link(accounts.id, weibos.id, same=True, reviewer="张三", note="账号即政务微博")
    groups = book.effective_metric_groups()
    assert [c.id for c in groups["政务微博/数量"]] == [accounts.id, weibos.id]
    assert "政务微博/账号" not in groups
    book.link(weibos.id, accounts.id, same=False, reviewer="李四")
    assert sorted(book.effective_metric_groups()) == three
    assert [lk.reviewer for lk in book.links()] == ["张三", "李四"]


def test_link_marking_different_splits_a_shared_key() -> None:
    """Two claims with one automatic key that a reviewer marks different end in two groups."""
    text, source, found = document(
        [Figure("账号", "超9万个", over("90000", "10000"), metric_key="k"),
         Figure("账号", "超8万个", over("80000", "10000"), metric_key="k")]
    )  # fmt: skip
    with Ledger.open(":memory:") as ledger:
        ledger.add_document(text, source, found)
        assert [len(v) for v in ledger.effective_metric_groups().values()] == [2]
        ledger.link(found[0].id, found[1].id, same=False)
        groups = ledger.effective_metric_groups()
        assert [c.id for c in groups["k"]] == [found[0].id]
        assert [c.id for c in groups[f"claim:{found[1].id}"]] == [found[1].id]


def test_link_needs_known_claims(book: Ledger) -> None:
    """Linking an unknown claim raises UnknownClaimError and stores no link."""
    with pytest.raises(UnknownClaimError):
        book.link(book.claims()[0].id, "c-nope")
    assert book.links() == []


# -- findings ---------------------------------------------------------------------------------


def _finding(book: Ledger, verdict: Verdict, message: str) -> Finding:
    c = book.claims()[0]
    return Finding(
        rule="same_metric",
        verdict=verdict,
        claims=(ClaimRef(id=c.id, text=c.text, source_id=c.source_id),),
        message=message,
        reason="no partner" if verdict is Verdict.NOT_CHECKED else None,
    )


def test_a_new_findings_run_supersedes_the_previous(book: Ledger) -> None:
    """findings() returns the latest run only; earlier runs stay in their table."""
    assert book.findings() == []
    first = [_finding(book, Verdict.TENSION, "超9万个 vs 十余万")]
    second = [_finding(book, Verdict.CONSISTENT, "ok"), _finding(book, Verdict.NOT_CHECKED, "?")]
    assert book.store_findings(first, T0) == 1
    assert book.store_findings(second, T0 + timedelta(hours=1)) == 2
    assert book.findings() == second
    assert book.findings_run() == (T0 + timedelta(hours=1), second)
    assert book.store.one("SELECT count(*) FROM findings")[0] == 3


# -- property: random operations keep the derived status and the chain -------------------------


class LedgerMachine(RuleBasedStateMachine):
    """Random add / verify / link sequences against a model of the last status per claim."""

    def __init__(self) -> None:
        super().__init__()
        self.ledger = Ledger.open(":memory:")
        self.expected: dict[str, Status] = {}
        self.docs = 0

    @initialize()
    def first_document(self) -> None:
        self.add_document()

    @rule()
    def add_document(self) -> None:
        self.docs += 1
        n = self.docs
        text, source, found = document(
            [Figure(f"第{n}篇账号", "超9万个", over("90000", "10000"), metric_key="k"),
             Figure(f"第{n}篇粉丝", "超35亿", over("3500000000", "100000000"))],
            f"doc-{n}",
        )  # fmt: skip
        self.ledger.add_document(text, source, found)
        for c in found:
            self.expected.setdefault(c.id, Status.UNVERIFIED)

    @rule(data=st.data(), status=st.sampled_from(list(Status)), reviewer=st.text(max_size=5))
    def verify(self, data: st.DataObject, status: Status, reviewer: str) -> None:
        cid = data.draw(st.sampled_from(sorted(self.expected)))
        self.ledger.verify(cid, status, reviewer=reviewer or None)
        self.expected[cid] = status

    @rule(data=st.data(), same=st.booleans())
    def link(self, data: st.DataObject, same: bool) -> None:
        ids = sorted(self.expected)
        self.ledger.link(data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids)), same)

    @rule()
    def re_add_is_a_no_op(self) -> None:
        before = self.docs
        self.docs = 0
        self.add_document()
        self.docs = before

    @invariant()
    def status_is_the_last_event(self) -> None:
        assert self.ledger.statuses() == dict(sorted(self.expected.items()))

    @invariant()
    def chain_is_valid(self) -> None:
        assert self.ledger.verify_history().ok

    def teardown(self) -> None:
        self.ledger.close()


LedgerMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=15, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
TestLedgerOperations = LedgerMachine.TestCase
TestLedgerOperations.__doc__ = "Random add/verify/link keep the derived status and the hash chain."
