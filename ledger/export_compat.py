"""Older export documents: what versions 1 and 2 kept outside the hash chain, sealed into it.

``links_into_chain`` takes the raw JSON data of a version-1 document and returns it as
version 2: its links (outside the chain in version 1) sealed at the end of the chain, in
their order, as the store's migration 2 -> 3 does. ``documents_into_chain`` takes the
sources and claims of a version-1 or -2 document (validated) and returns the document
seals that version 3 adds, by source id and undated, as the store's migration 3 -> 4 does.
Both are deterministic, so importing the same old document twice gives the same chain.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from claims.models import Claim, Source
from ledger.errors import ExportDocumentError
from ledger.history import next_link, next_seal
from ledger.models import GENESIS_HASH, DocumentSeal, record_digest

__all__ = ["documents_into_chain", "links_into_chain"]


def links_into_chain(raw: dict[str, Any]) -> dict[str, Any]:
    """A version-1 document as version 2: its links, kept outside the chain, are sealed at
    the end of the chain in their order.

    Raises:
        ExportDocumentError: a link is not a version-1 link.
    """
    history, links = raw.get("history"), raw.get("links")
    if not isinstance(history, list) or not isinstance(links, list) or not links:
        return raw | {"schema_version": 2}
    seq, prev = len(history), raw.get("head") or GENESIS_HASH
    sealed = []
    for i, old in enumerate(links):
        try:
            at = datetime.fromisoformat(old["at"])
            lk = next_link(prev, seq + 1, old["a"], old["b"], bool(old["same"]),
                           old.get("reviewer"), old.get("note"), at)  # fmt: skip
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            raise ExportDocumentError(f"links.{i}", f"not a version-1 link ({exc})") from None
        sealed.append(lk.model_dump(mode="json"))
        seq, prev = lk.seq, lk.hash
    return raw | {"schema_version": 2, "links": sealed, "head": prev}


def documents_into_chain(
    sources: Iterable[Source], claims: Iterable[Claim], seq: int, head: str | None
) -> tuple[tuple[DocumentSeal, ...], str | None]:
    """The seals of a version-1 or -2 document's sources, appended after entry ``seq``
    (whose hash is ``head``), by source id; and the new head."""
    by_source: dict[str | None, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source_id, []).append(c)
    prev = head or GENESIS_HASH
    seals = []
    for source in sorted(sources, key=lambda s: s.id):
        digests = {
            c.id: record_digest(c.model_dump(mode="json")) for c in by_source.get(source.id, ())
        }
        seq += 1
        seal = next_seal(prev, seq, source.id, record_digest(source.model_dump(mode="json")),
                         digests, None)  # fmt: skip
        seals.append(seal)
        prev = seal.hash
    return tuple(seals), (prev if seals else head)
