"""ClaimReview: the reviewed claims of a ledger as schema.org ClaimReview JSON-LD.

Takes a ledger (and who publishes the reviews) and returns one ClaimReview object per
claim whose current status is not ``unverified``, the form search engines and fact-check
aggregators read. ``datePublished`` is the date of the review: the event that set the
claim's current status. Ratings come from ``ledger.models.CLAIMREVIEW_RATINGS``: 1 (False) to 5
(True); statuses that are not degrees of truth (unverifiable, disputed) carry only an
``alternateName``.
"""

from __future__ import annotations

import json
from typing import Any, Literal
from urllib.parse import urldefrag

from claims.models import Claim, Source
from ledger.book import Ledger
from ledger.models import CLAIMREVIEW_RATINGS, Status, VerificationEvent

__all__ = ["BEST_RATING", "WORST_RATING", "claimreview_json", "claimreviews"]

BEST_RATING, WORST_RATING = 5, 1


def _rating(status: Status) -> dict[str, Any]:
    value, name = CLAIMREVIEW_RATINGS[status]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    return rating


def _review(
    claim: Claim,
    source: Source,
    text: str,
    last: VerificationEvent,
    author: dict[str, str],
    url_base: str | None,
) -> dict[str, Any]:
    sentence = claim.sentence.slice(text).strip() if claim.sentence else claim.text
    appearance = {"@type": "CreativeWork", "url": source.url, "headline": source.title}
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": {k: v for k, v in appearance.items() if v is not None},
    }
    if source.publisher:
        item["author"] = {"@type": "Organization", "name": source.publisher}
    if source.published:
        item["datePublished"] = source.published.date().isoformat()
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": sentence,
        "reviewRating": _rating(last.status),
        "author": author,
        "datePublished": last.timestamp.date().isoformat(),
        "itemReviewed": item,
        "identifier": claim.id,
    }
    page = url_base or (urldefrag(source.url).url if source.url else None)
    if page:
        review["url"] = f"{page}#{claim.id}"
    return review


def claimreviews(
    ledger: Ledger,
    *,
    author: str | None = None,
    author_type: Literal["Organization", "Person"] = "Organization",
    url_base: str | None = None,
) -> list[dict[str, Any]]:
    """One ClaimReview JSON-LD object per reviewed claim, in claim order.

    Args:
        author: who publishes the review; by default the last reviewer, as a Person.
        url_base: the page the reviews are published on; each review's ``url`` is
            ``url_base#<claim id>``. Without it, the claim's source url with the claim id
            as fragment (schema.org and Google require a ``url``); a claim whose source
            has no url gets none, so give ``url_base`` when publishing.
    """
    last = ledger.last_events()
    out: list[dict[str, Any]] = []
    sources: dict[str, tuple[Source, str]] = {}
    for claim in ledger.claims():
        event = last.get(claim.id)
        if event is None or event.status is Status.UNVERIFIED:
            continue
        sid = str(claim.source_id)
        if sid not in sources:
            sources[sid] = (ledger.source(sid), ledger.text(sid))
        if author is not None:
            who = {"@type": author_type, "name": author}
        else:
            who = {"@type": "Person", "name": event.reviewer or "unknown reviewer"}
        out.append(_review(claim, *sources[sid], event, who, url_base))
    return out


def claimreview_json(ledger: Ledger, **options: Any) -> str:
    """``claimreviews`` as deterministic JSON text."""
    return json.dumps(claimreviews(ledger, **options), ensure_ascii=False, indent=2) + "\n"
