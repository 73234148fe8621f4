"""Export and import: the JSON document, its schema, round trip, bad documents, ClaimReview, CSV.

Every refused import checks that the target ledger is exactly as it was.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from claims.models import Interval, Kind, Value
from ledger import Evidence, Ledger
from ledger.claimreview import claimreviews
from ledger.errors import ExportDocumentError, ExportVersionError, LedgerNotEmptyError
from ledger.export import (
    CSV_COLUMNS,
    EXPORT_VERSION,
    LedgerExport,
    export_csv,
    export_json,
    export_schema,
    import_json,
)
from ledger.history import next_event
from ledger.models import ClaimRef, Finding, Link, Verdict, VerificationEvent
from tests.conftest import ROOT, check_generated
from tests.ledger_factory import T0, Figure, document, weibo_like


@pytest.fixture
def full() -> Ledger:
    """A ledger with two sources, links, evidence with values (one a fraction), findings."""
    ledger = Ledger.open(":memory:")
    text, source, found = weibo_like()
    ledger.add_document(text, source, found)
    third = Value(stated="1/3", literal=Interval.point("1/3"), conventional=Interval.point("1/3"))
    text2, source2, found2 = document(
        [Figure("占", "三分之一", third, kind=Kind.FRACTION)], "doc-2"
    )
    ledger.add_document(text2, source2, found2)
    a, b, c = found
    ledger.link(a.id, c.id, same=True, reviewer="张三", at=T0)
    ledger.verify(a.id, "supported", reviewer="张三", note="官方数据", at=T0,
                  evidence=[Evidence(url="https://example.org/r", title="报告", quote="94,000个",
                                     value=Value.exactly(94000))])  # fmt: skip
    ledger.verify(b.id, "disputed", reviewer="李四", at=T0 + timedelta(hours=1))
    ledger.verify(found2[0].id, "partly_supported", at=T0 + timedelta(hours=2),
                  evidence=[{"value": Value.exactly(Fraction(1, 3))}])  # fmt: skip
    ledger.verify(c.id, "refuted", reviewer="王五", at=T0 + timedelta(hours=3))
    ledger.verify(c.id, "unverified", reviewer="王五", note="撤回", at=T0 + timedelta(hours=4))
    ledger.store_findings(
        [Finding(rule="same_metric", verdict=Verdict.TENSION,
                 claims=(ClaimRef(id=a.id, text=a.text), ClaimRef(id=c.id, text=c.text)),
                 message="超9万个 vs 十余万: conventional readings disjoint")],
        T0 + timedelta(days=1),
    )  # fmt: skip
    return ledger


# -- the JSON document --------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(full: Ledger) -> None:
    """A ledger exported, imported into a new ledger and exported again gives the same bytes."""
    first = export_json(full)
    with Ledger.open(":memory:") as copy:
        import_json(copy, first)
        assert export_json(copy) == first
        assert copy.verify_history().ok
        assert copy.statuses() == full.statuses()
        assert copy.effective_metric_groups() == full.effective_metric_groups()


def test_round_trip_through_a_file_ledger(full: Ledger, tmp_path: Path) -> None:
    """The round trip also holds through a ledger file reopened from disk."""
    first = export_json(full)
    with Ledger.open(tmp_path / "copy.db") as copy:
        import_json(copy, first.encode("utf-8"))
    with Ledger.open(tmp_path / "copy.db") as copy:
        assert export_json(copy) == first


def test_export_has_everything_with_a_schema_version(full: Ledger) -> None:
    """The document holds sources with text, claims, links, history, statuses and findings."""
    doc = json.loads(export_json(full))
    assert (doc["format"], doc["schema_version"]) == ("hecha.ledger", EXPORT_VERSION)
    assert [s["source"]["id"] for s in doc["sources"]] == ["doc-1", "doc-2"]
    assert doc["sources"][0]["text"].startswith("政务微博有账号超9万个")
    assert len(doc["claims"]) == 4
    # the two documents' seals are entries 1 and 2 of the chain, then the link, then events
    assert [(s["seq"], s["source_id"]) for s in doc["seals"]] == [(1, "doc-1"), (2, "doc-2")]
    assert doc["seals"][0]["prev_hash"] == "0" * 64
    assert len(doc["seals"][0]["claims"]) == 3
    assert [lk["seq"] for lk in doc["links"]] == [3]
    assert doc["links"][0]["prev_hash"] == doc["seals"][1]["hash"]
    assert [e["seq"] for e in doc["history"]] == [4, 5, 6, 7, 8]
    assert doc["history"][0]["prev_hash"] == doc["links"][0]["hash"]
    assert doc["head"] == doc["history"][-1]["hash"]
    assert sorted(doc["status"].values()) == [
        "disputed", "partly_supported", "supported", "unverified",
    ]  # fmt: skip
    assert doc["history"][0]["assessment"] == "inside"
    assert doc["history"][2]["evidence"][0]["value"]["stated"] == "1/3"
    assert doc["findings"]["findings"][0]["verdict"] == "tension"


def test_export_is_sorted_with_one_record_per_line(full: Ledger) -> None:
    """Top-level keys come sorted and every claim, event and source sits on its own line."""
    text = export_json(full)
    assert list(json.loads(text)) == sorted(LedgerExport.model_fields)
    lines = text.splitlines()
    assert sum(line.startswith('{"counted"') for line in lines) == 4
    assert sum(line.startswith('{"assessment"') for line in lines) == 5


def test_export_of_an_empty_ledger_round_trips() -> None:
    """An empty ledger exports a valid document that imports into another empty ledger."""
    with Ledger.open(":memory:") as a, Ledger.open(":memory:") as b:
        text = export_json(a)
        import_json(b, text)
        assert export_json(b) == text


def test_json_schema_is_current(update_golden: bool) -> None:
    """docs/schema/ledger-export.json is the schema generated from the export models."""
    check_generated(ROOT / "docs" / "schema" / "ledger-export.json", export_schema(), update_golden)


def test_schema_names_the_parts_of_the_document() -> None:
    """The schema requires nothing the importer can default and lists every part."""
    schema = json.loads(export_schema())
    assert set(schema["properties"]) == {
        "format", "schema_version", "sources", "claims", "links", "seals", "history", "head",
        "status", "findings",
    }  # fmt: skip


# -- bad documents --------------------------------------------------------------------------------


def _mutate(text: str, change: Any) -> str:
    doc = json.loads(text)
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


BAD_DOCUMENTS = [
    pytest.param(lambda t: t[: len(t) // 2], ExportDocumentError, "not valid JSON",
                 id="truncated"),
    pytest.param(lambda t: "", ExportDocumentError, "not valid JSON", id="empty"),
    pytest.param(lambda t: "[1, 2]", ExportDocumentError, "not a hecha ledger export",
                 id="not-an-export"),
    pytest.param(lambda t: _mutate(t, lambda d: d.update(schema_version=4)), ExportVersionError,
                 "is 4, this hecha reads 3", id="newer-version"),
    pytest.param(lambda t: _mutate(t, lambda d: d.update(schema_version=True)),
                 ExportVersionError, "is True", id="boolean-version"),
    pytest.param(lambda t: _mutate(t, lambda d: d["claims"][0].update(kind="weight")),
                 ExportDocumentError, "claims.0.kind", id="bad-record"),
    pytest.param(lambda t: _mutate(t, lambda d: d["history"][1].update(note="改过")),
                 ExportDocumentError, r"chain entry 5 \(event\): .*the event was edited",
                 id="edited-event"),
    pytest.param(lambda t: _mutate(t, lambda d: d["history"].pop(1)),
                 ExportDocumentError, "entry 5 is missing", id="deleted-event"),
    pytest.param(lambda t: _mutate(t, lambda d: d["links"][0].update(same=False)),
                 ExportDocumentError, "the link was edited", id="edited-link"),
    pytest.param(lambda t: _mutate(t, lambda d: d["links"].pop()),
                 ExportDocumentError, r"entry 3 is missing \(the next is event 4\)",
                 id="deleted-link"),
    pytest.param(lambda t: _mutate(t, lambda d: d["claims"][0]["value"].update(stated="1")),
                 ExportDocumentError, r"chain entry 1 \(document\): claim 'c-.*sealed digest",
                 id="edited-claim"),
    pytest.param(lambda t: _mutate(t, lambda d: d["claims"].insert(1, d["claims"][0] | {
                     "id": "c-forged"})),
                 ExportDocumentError, "'c-forged' is stored under source 'doc-1' but its seal",
                 id="inserted-claim"),
    pytest.param(lambda t: _mutate(t, lambda d: d["sources"][0]["source"].update(title="改")),
                 ExportDocumentError, "the source record was edited", id="edited-source"),
    pytest.param(lambda t: _mutate(t, lambda d: d["seals"][1].update(at=None)),
                 ExportDocumentError, "the document was edited", id="edited-seal"),
    pytest.param(lambda t: _mutate(t, lambda d: d["seals"][1].update(source_id="doc-1")),
                 ExportDocumentError, "chain entry 2", id="seal-moved-to-another-source"),
    pytest.param(lambda t: _mutate(t, lambda d: d["history"].pop()),
                 ExportDocumentError, "stored head", id="deleted-last-event"),
    pytest.param(lambda t: _mutate(t, lambda d: d["history"][0].update(claim_id="c-nope")),
                 ExportDocumentError, "unknown claim 'c-nope'", id="unknown-claim-in-history"),
    pytest.param(lambda t: _mutate(t, lambda d: d["links"][0].update(b="c-nope")),
                 ExportDocumentError, "links.0", id="unknown-claim-in-link"),
    pytest.param(lambda t: _mutate(t, lambda d: d["claims"][0].update(source_id="nope")),
                 ExportDocumentError, "unknown source", id="unknown-source"),
    pytest.param(lambda t: _mutate(t, lambda d: d["sources"][0].update(text="改")),
                 ExportDocumentError, "sha256", id="edited-source-text"),
    pytest.param(lambda t: _mutate(t, lambda d: d["status"].update(dict.fromkeys(d["status"],
                 "supported"))), ExportDocumentError, "derived from the history",
                 id="status-not-derived"),
]  # fmt: skip


@pytest.mark.parametrize(("spoil", "error", "message"), BAD_DOCUMENTS)
def test_bad_document_is_refused_and_the_target_untouched(
    full: Ledger, spoil: Any, error: type[Exception], message: str
) -> None:
    """A malformed, truncated, tampered or inconsistent document is refused, importing nothing."""
    bad = spoil(export_json(full))
    with Ledger.open(":memory:") as target:
        before = export_json(target)
        with pytest.raises(error, match=message) as info:
            import_json(target, bad)
        assert isinstance(info.value, ValueError)
        assert "nothing was imported" in str(info.value)
        assert export_json(target) == before


def test_invalid_utf8_is_refused() -> None:
    """Bytes that are not UTF-8 are an ExportDocumentError naming the byte."""
    with Ledger.open(":memory:") as target, pytest.raises(ExportDocumentError, match="byte 1"):
        import_json(target, b"{\xff}")


def test_import_into_a_ledger_with_content_is_refused(full: Ledger) -> None:
    """Importing into a ledger that already has sources raises and changes nothing."""
    text = export_json(full)
    with pytest.raises(LedgerNotEmptyError, match="already has sources"):
        import_json(full, text)
    assert export_json(full) == text


# -- ClaimReview ----------------------------------------------------------------------------------


def test_claimreview_covers_reviewed_claims_only(full: Ledger) -> None:
    """Only claims whose current status is not unverified get a ClaimReview."""
    reviews = claimreviews(full, author="核查组", url_base="https://example.org/checks")
    statuses = full.statuses()
    assert sorted(statuses[r["identifier"]].value for r in reviews) == [
        "disputed", "partly_supported", "supported",
    ]  # fmt: skip


def test_claimreview_has_the_schema_org_shape(full: Ledger) -> None:
    """A supported claim's review carries the rating 5/True, author, dates and where it appeared."""
    reviews = claimreviews(full, author="核查组", url_base="https://example.org/checks")
    first = reviews[0]
    assert first["@context"] == "https://schema.org"
    assert first["@type"] == "ClaimReview"
    assert first["claimReviewed"].startswith("政务微博有账号超9万个")
    assert first["reviewRating"] == {
        "@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1,
        "alternateName": "True",
    }  # fmt: skip
    assert first["author"] == {"@type": "Organization", "name": "核查组"}
    assert first["datePublished"] == "2024-09-03"
    assert first["url"] == f"https://example.org/checks#{first['identifier']}"
    assert first["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "测试报"},
        "datePublished": "2024-09-03",
        "appearance": {"@type": "CreativeWork", "url": "https://example.org/doc-1",
                       "headline": "测试"},
    }  # fmt: skip


def test_claimreview_url_falls_back_to_the_source_url_and_dates_the_review() -> None:
    """Without url_base a review's url is the source url with the claim id as fragment (none
    when the source has no url); datePublished is the review event's date, not the source's."""
    ledger = Ledger.open(":memory:")
    text, source, found = weibo_like()
    source = source.model_copy(update={"url": "https://example.org/doc-1#top"})
    ledger.add_document(text, source, found)
    bare_text, bare, bare_found = document([Figure("有", "5个", Value.exactly(5))], "doc-2")
    ledger.add_document(bare_text, bare.model_copy(update={"url": None}), bare_found)
    ledger.verify(found[0].id, "supported", at=T0 + timedelta(days=30))
    ledger.verify(bare_found[0].id, "refuted", at=T0)
    first, second = claimreviews(ledger)
    assert first["url"] == f"https://example.org/doc-1#{found[0].id}"
    assert (first["datePublished"], first["itemReviewed"]["datePublished"]) == (
        "2024-10-03", "2024-09-03",
    )  # fmt: skip
    assert second["identifier"] == bare_found[0].id
    assert "url" not in second


def test_claimreview_textual_rating_and_default_author(full: Ledger) -> None:
    """Disputed has no numeric rating; without --author the last reviewer is the Person author."""
    reviews = {r["reviewRating"]["alternateName"]: r for r in claimreviews(full)}
    disputed = reviews["Disputed"]
    assert "ratingValue" not in disputed["reviewRating"]
    assert disputed["author"] == {"@type": "Person", "name": "李四"}
    assert disputed["url"] == f"https://example.org/doc-1#{disputed['identifier']}"


# -- CSV ------------------------------------------------------------------------------------------


def test_csv_has_one_row_per_claim_with_bounds_and_review(full: Ledger) -> None:
    """The CSV lists every claim with its intervals, status and last reviewer and note."""
    rows = list(csv.DictReader(io.StringIO(export_csv(full))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    first = rows[0]
    assert (first["text"], first["stated"], first["literal"], first["conventional"]) == (
        "超9万个", "90000", "(90000, +inf)", "(90000, 100000)",
    )  # fmt: skip
    assert (first["literal_lower"], first["literal_upper"]) == ("90000", "")
    assert (first["status"], first["last_reviewer"], first["last_note"]) == (
        "supported", "张三", "官方数据",
    )  # fmt: skip
    withdrawn = next(r for r in rows if r["text"] == "十余万")
    assert (withdrawn["status"], withdrawn["last_note"]) == ("unverified", "撤回")
    assert next(r for r in rows if r["kind"] == "fraction")["stated"] == "1/3"


def test_version_1_document_imports_with_its_links_sealed_into_the_chain(full: Ledger) -> None:
    """A version-1 export (links outside the hash chain) imports: its links are appended to
    the chain after the last event, and the chain verifies."""
    doc = json.loads(export_json(full))
    events = doc["history"]
    # rebuild the version-1 form: events numbered 1..n on their own, links unhashed
    v1_history, prev = [], "0" * 64
    for i, raw in enumerate(events, start=1):
        ev = VerificationEvent.model_validate(raw)
        ev = next_event(prev, i, ev.claim_id, ev.status, ev.evidence, ev.assessment,
                        ev.reviewer, ev.note, ev.timestamp)  # fmt: skip
        v1_history.append(ev.model_dump(mode="json"))
        prev = ev.hash
    v1_links = [{k: v for k, v in lk.items() if k not in ("prev_hash", "hash")} | {"seq": 1}
                for lk in doc["links"]]  # fmt: skip
    del doc["seals"]
    v1 = doc | {"schema_version": 1, "history": v1_history, "links": v1_links, "head": prev}
    with Ledger.open(":memory:") as target:
        import_json(target, json.dumps(v1, ensure_ascii=False))
        [link] = target.links()
        assert (link.seq, link.prev_hash) == (len(v1_history) + 1, prev)
        assert (link.a, link.b, link.same, link.reviewer) == (
            v1_links[0]["a"], v1_links[0]["b"], True, "张三",
        )  # fmt: skip
        seals = json.loads(export_json(target))["seals"]
        assert [(s["seq"], s["source_id"], s["at"]) for s in seals] == [
            (7, "doc-1", None), (8, "doc-2", None),
        ]  # fmt: skip
        assert seals[0]["prev_hash"] == link.hash
        report = target.verify_history()
        assert (report.ok, report.events_checked, report.head) == (True, 8, seals[1]["hash"])


def _version_2(doc: dict[str, Any]) -> dict[str, Any]:
    """A version-3 export as version 2 wrote it: no seals; events and links chained alone."""
    entries = sorted([*doc["history"], *doc["links"]], key=lambda e: e["seq"])
    prev = "0" * 64
    history: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for seq, raw in enumerate(entries, start=1):
        model = VerificationEvent if "claim_id" in raw else Link
        entry = model.model_validate(raw | {"seq": seq, "prev_hash": prev})
        entry = entry.model_copy(update={"hash": entry.compute_hash()})
        (history if model is VerificationEvent else links).append(entry.model_dump(mode="json"))
        prev = entry.hash
    rest = {k: v for k, v in doc.items() if k != "seals"}
    return rest | {"schema_version": 2, "history": history, "links": links, "head": prev}


def test_version_2_document_imports_with_its_documents_sealed_and_round_trips(
    full: Ledger,
) -> None:
    """A version-2 export (documents outside the chain) imports: each source gets an undated
    seal after the last entry, by source id; the result exports and re-imports identically."""
    v2 = _version_2(json.loads(export_json(full)))
    with Ledger.open(":memory:") as target:
        import_json(target, json.dumps(v2, ensure_ascii=False))
        report = target.verify_history()
        assert (report.ok, report.events_checked, report.claims_checked) == (True, 8, 4)
        doc = json.loads(export_json(target))
        assert [(s["seq"], s["source_id"], s["at"]) for s in doc["seals"]] == [
            (7, "doc-1", None), (8, "doc-2", None),
        ]  # fmt: skip
        assert doc["seals"][0]["prev_hash"] == v2["head"]
        assert target.statuses() == full.statuses()
        first = export_json(target)
    with Ledger.open(":memory:") as again:
        import_json(again, first)
        assert export_json(again) == first


def test_version_2_document_with_seals_is_refused(full: Ledger) -> None:
    """A document that says version 2 but carries seals is refused, not half-trusted."""
    v2 = _version_2(json.loads(export_json(full))) | {"seals": []}
    with Ledger.open(":memory:") as target, pytest.raises(ExportDocumentError, match="seals"):
        import_json(target, json.dumps(v2, ensure_ascii=False))
