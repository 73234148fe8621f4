"""The ledger commands: ``add``, ``verify``, ``link``, ``show``, ``export``, ``import``,
``schema``, ``verify-history``.

Each parses its arguments, makes one library call on the ledger named by ``--ledger``
(default ``hecha.db`` in the current folder) and prints the result: a table for people,
JSON with ``--json``. Library errors become a one-line message and exit code 2 in
``ledger.cli.main``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import unicodedata
from datetime import datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claims.errors import InputError
from claims.models import Source, Value, exact
from ledger.book import Ledger
from ledger.claimreview import claimreview_json
from ledger.cli.extract_cmd import PROGRESS_MIN_FILES, add_max_chars, load_input, progress
from ledger.export import export_csv, export_schema, import_json, write_json
from ledger.models import Evidence, Status

__all__ = ["parse_value", "register"]

_SCALES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}


def parse_value(text: str) -> Value:
    """An evidence value, exactly: "94000", "94,000", "9.4万", "九万四千" (via claims.numbers).

    >>> parse_value("9.4万").stated, parse_value("94,000").stated
    (Decimal('94000'), Decimal('94000'))
    """
    try:
        numbers = importlib.import_module("claims.numbers")
        parsed = numbers.parse_number(text)
    except (ImportError, AttributeError, TypeError, ValueError):
        parsed = None
    if isinstance(parsed, Value):
        return parsed
    if isinstance(parsed, Decimal | Fraction):
        return Value.exactly(parsed)
    carried = getattr(parsed, "value", None)  # a match record carrying a Value
    if isinstance(carried, Value):
        return carried
    s = text.strip().replace(",", "")
    scale = Decimal(1)
    for word in sorted(_SCALES, key=len, reverse=True):
        if s.endswith(word):
            s, scale = s[: -len(word)], _SCALES[word]
            break
    try:
        number = Decimal(s) * scale
        if number == number.to_integral_value():
            number = number.to_integral_value()  # 9.4万 is 94000, not 94000.0
        return Value.exactly(exact(number))
    except (InvalidOperation, ValueError, TypeError):
        raise InputError(f"--value {text!r} is not a number (try 94000 or 9.4万)") from None


def _ledger_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ledger", default="hecha.db", metavar="PATH", help="ledger file (default: hecha.db)"
    )


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    for line in [header, *rows]:
        cells = [cell + " " * (w - _width(cell)) for cell, w in zip(line, widths, strict=True)]
        print("  ".join(cells).rstrip())


def register(sub: Any) -> None:
    """Add the ledger subcommands."""
    p = sub.add_parser(
        "add",
        help="add documents and their claims to the ledger",
        description="Extract the claims of each FILE and store them with the text and its "
        "source. A seed file brings its metadata from seeds/index.toml; for other files give "
        "--title/--publisher/--published/--url. Adding the same text again adds nothing.",
        epilog="example: hecha add seeds/weibo_li_zhengrong_2024-09-03.txt --ledger desk.db",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file, or - for stdin")
    p.add_argument("--id", help="source id (default: the seed id, else the text's hash)")
    p.add_argument("--title")
    p.add_argument("--publisher")
    p.add_argument("--published", help="publication time, ISO 8601 with offset")
    p.add_argument("--url")
    p.add_argument("--json", action="store_true", help="print the stored claims as JSON")
    add_max_chars(p)
    _ledger_arg(p)
    p.set_defaults(handler=run_add)

    p = sub.add_parser(
        "verify",
        help="record a verification of one claim",
        description="Append an event to CLAIM's history: its new STATUS "
        f"({', '.join(s.value for s in Status)}), with evidence and reviewer.",
        epilog="example: hecha verify c-1a2b3c4d5e6f7a8b supported --evidence "
        "https://example.org/report --value 94000 --reviewer 王五",
    )
    p.add_argument("claim", metavar="CLAIM", help="claim id (see hecha show)")
    p.add_argument("status", metavar="STATUS", help="new status")
    p.add_argument("--evidence", metavar="URL", help="where the evidence is")
    p.add_argument("--title", help="title of the evidence document")
    p.add_argument("--value", metavar="V", help="the figure the evidence gives (94000, 9.4万)")
    p.add_argument("--quote", metavar="Q", help="the evidence's own words")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--reviewer", metavar="NAME")
    _ledger_arg(p)
    p.set_defaults(handler=run_verify)

    p = sub.add_parser(
        "link",
        help="say that two claims measure the same metric (or, --different, not)",
        description="Record the reviewer's word that claims A and B state the same metric, "
        "overriding their automatic metric keys; with --different, that they do not. The "
        "latest link of a pair wins; `hecha check --ledger` groups claims by it. Links are "
        "entries of the ledger's hash chain, like verifications.",
        epilog="example: hecha link c-1a2b3c4d5e6f7a8b c-8b7a6f5e4d3c2b1a --reviewer 王五 "
        "--note 同一统计口径",
    )
    p.add_argument("a", metavar="A", help="claim id (see hecha show)")
    p.add_argument("b", metavar="B", help="claim id")
    p.add_argument("--different", action="store_true", help="they are NOT the same metric")
    p.add_argument("--reviewer", metavar="NAME")
    p.add_argument("--note", metavar="TEXT")
    _ledger_arg(p)
    p.set_defaults(handler=run_link)

    p = sub.add_parser(
        "show",
        help="list claims with their status, or one claim with its history",
        description="Without CLAIM: every claim and its current status. With CLAIM: the "
        "claim, its full verification history and the reviewers' links that name it.",
        epilog="example: hecha show --ledger desk.db --status supported",
    )
    p.add_argument("claim", metavar="CLAIM", nargs="?")
    p.add_argument("--status", help="only claims with this current status")
    p.add_argument("--source", help="only claims of this source id")
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    _ledger_arg(p)
    p.set_defaults(handler=run_show)

    p = sub.add_parser(
        "export",
        help="export the ledger as JSON, ClaimReview JSON-LD or CSV",
        description="json: the whole ledger, importable; claimreview: schema.org ClaimReview "
        "for reviewed claims; csv: one row per claim.",
        epilog="example: hecha export --format claimreview --author 核查组 -o reviews.json",
    )
    p.add_argument("--format", choices=("json", "claimreview", "csv"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--author", help="claimreview: the publishing organisation")
    p.add_argument("--url-base", help="claimreview: page the reviews are published on")
    _ledger_arg(p)
    p.set_defaults(handler=run_export)

    p = sub.add_parser(
        "import",
        help="import a JSON export into an empty ledger",
        description="Validate FILE (a `hecha export --format json` document) completely, "
        "then load it into the ledger in one transaction; the ledger must be empty.",
        epilog="example: hecha import backup.json --ledger restored.db",
    )
    p.add_argument("file", metavar="FILE.json", help="export document, or - for stdin")
    _ledger_arg(p)
    p.set_defaults(handler=run_import)

    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of the ledger export",
        description="Print the JSON Schema of the document `hecha export --format json` writes.",
        epilog="example: hecha schema > ledger-export.schema.json",
    )
    p.set_defaults(handler=run_schema)

    p = sub.add_parser(
        "verify-history",
        help="check the hash chain of the history, and every document against its seal",
        description="Recompute the hash of every chain entry (verification events, links "
        "and the seals of documents) and every stored source and claim against its "
        "document's seal; exit 1 and name the first bad entry (and the source or claim) if "
        "any was edited, inserted or deleted.",
        epilog="example: hecha verify-history --ledger desk.db",
    )
    p.add_argument("--json", action="store_true")
    _ledger_arg(p)
    p.set_defaults(handler=run_verify_history)


def _source_for(args: argparse.Namespace, name: str, text: str) -> Source | None:
    meta = {k: getattr(args, k) for k in ("id", "title", "publisher", "url")}
    meta = {k: v for k, v in meta.items() if v is not None}
    if args.published:
        try:
            meta["published"] = datetime.fromisoformat(args.published)
        except ValueError:
            raise InputError(f"--published {args.published!r} is not an ISO 8601 time") from None
    if not meta:
        return None
    try:
        return Source.from_text(text, **meta)
    except ValidationError as exc:
        raise InputError(f"{name}: bad source metadata: {exc.errors()[0]['msg']}") from None


def _input(args: argparse.Namespace, name: str, stdin: str | None) -> tuple[str, Source | None]:
    """One FILE's text and source (a seed's, else from the metadata options)."""
    if name == "-" and stdin is not None:
        return stdin, _source_for(args, name, stdin)
    text, seed_source = load_input(name, args.max_chars)
    return text, seed_source or _source_for(args, name, text)


def run_add(args: argparse.Namespace) -> int:
    """Add each file; print how many claims each brought (or them all as JSON).

    Every input is read and checked (readable, UTF-8, within --max-chars, metadata valid)
    before the ledger file is opened, so a bad input never leaves a new, empty ledger
    behind; then each file is read again and added in its own transaction.
    """
    stdin: str | None = None
    for name in args.files:
        text, _ = _input(args, name, stdin)
        if name == "-":
            stdin = text  # standard input can be read only once: keep it
    out: list[dict[str, Any]] = []
    show_bar = len(args.files) > PROGRESS_MIN_FILES and sys.stderr.isatty()
    with Ledger.open(args.ledger) as ledger:
        for i, name in enumerate(args.files):
            if show_bar:
                progress(sys.stderr, i, len(args.files), name)
            text, source = _input(args, name, stdin)
            found = ledger.add_document(text, source, max_chars=args.max_chars)
            sid = found[0].source_id if found else (source.id if source else None)
            out.append({"file": name, "source": sid, "claims": len(found)})
            if args.json:
                out[-1]["claims"] = [c.model_dump(mode="json") for c in found]
    if show_bar:
        progress(sys.stderr, len(args.files), len(args.files), "")
        sys.stderr.write("\n")
    if args.json:
        _print_json(out)
    else:
        for item in out:
            print(f"{item['file']}: {item['claims']} claims (source {item['source']})")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Record one verification event and print it as JSON."""
    evidence: list[Evidence] = []
    if any(x is not None for x in (args.evidence, args.value, args.quote, args.title)):
        value = None if args.value is None else parse_value(args.value)
        evidence.append(
            Evidence(url=args.evidence, title=args.title, quote=args.quote, value=value)
        )
    with Ledger.open(args.ledger) as ledger:
        event = ledger.verify(
            args.claim, args.status, evidence=evidence, reviewer=args.reviewer, note=args.note
        )
    _print_json(event.model_dump(mode="json"))
    return 0


def run_link(args: argparse.Namespace) -> int:
    """Record one link and print it as JSON."""
    with Ledger.open(args.ledger) as ledger:
        lk = ledger.link(
            args.a, args.b, same=not args.different, reviewer=args.reviewer, note=args.note
        )
    _print_json(lk.model_dump(mode="json"))
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print claims and statuses, or one claim with its history."""
    with Ledger.open(args.ledger) as ledger:
        if args.claim:
            claim = ledger.claim(args.claim)
            history = ledger.history(args.claim)
            status = ledger.status(args.claim)
            links = ledger.links_of(args.claim)
            if args.json:
                _print_json({"claim": claim.model_dump(mode="json"), "status": status.value,
                             "history": [e.model_dump(mode="json") for e in history],
                             "links": [lk.model_dump(mode="json") for lk in links]})  # fmt: skip
                return 0
            print(f"{claim.id}  {claim.text}  [{claim.kind.value}]  source {claim.source_id}")
            print(f"status: {status.value}")
            rows = [[str(e.seq), e.timestamp.isoformat(timespec="seconds"), e.status.value,
                     e.reviewer or "", e.assessment.value if e.assessment else "", e.note or ""]
                    for e in history]  # fmt: skip
            _table(["seq", "at", "status", "reviewer", "evidence", "note"], rows)
            if links:
                print("links:")
                rows = [[str(lk.seq), lk.at.isoformat(timespec="seconds"),
                         "same metric" if lk.same else "different",
                         lk.b if lk.a == claim.id else lk.a, lk.reviewer or "", lk.note or ""]
                        for lk in links]  # fmt: skip
                _table(["seq", "at", "link", "other claim", "reviewer", "note"], rows)
            return 0
        found = ledger.claims(status=args.status, source=args.source)
        statuses = ledger.statuses()
    if args.json:
        _print_json([{"claim": c.model_dump(mode="json"), "status": statuses[c.id].value}
                     for c in found])  # fmt: skip
        return 0
    rows = [[c.id, statuses[c.id].value, c.kind.value, c.text, c.source_id or ""] for c in found]
    _table(["id", "status", "kind", "text", "source"], rows)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the ledger in the chosen format."""
    with Ledger.open(args.ledger) as ledger:
        if args.format == "json":  # streamed: a large ledger is never held whole
            if args.output:
                with Path(args.output).open("w", encoding="utf-8", newline="") as fh:
                    write_json(ledger, fh)
            else:
                write_json(ledger, sys.stdout)
            return 0
        if args.format == "claimreview":
            text = claimreview_json(ledger, author=args.author, url_base=args.url_base)
        else:
            text = export_csv(ledger)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Validate and import an export document."""
    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise InputError(f"{args.file}: cannot read: {exc.strerror or exc}") from None
    with Ledger.open(args.ledger) as ledger:
        doc = import_json(ledger, data)
    print(
        f"imported {len(doc.sources)} sources, {len(doc.claims)} claims, "
        f"{len(doc.history)} events into {args.ledger}"
    )
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Print the export document's JSON Schema."""
    sys.stdout.write(export_schema())
    return 0


def run_verify_history(args: argparse.Namespace) -> int:
    """Check the hash chain; exit 1 if it is broken."""
    with Ledger.open(args.ledger) as ledger:
        report = ledger.verify_history()
    if args.json:
        _print_json(report.model_dump(mode="json"))
    elif report.ok:
        print(f"ok: {report.events_checked} chain entries (events, links and document seals), "
              f"{report.claims_checked} claims checked against their seals, "
              f"head {report.head}")  # fmt: skip
    elif report.first_bad_seq is None:
        print(f"BROKEN: {report.problem}")
    else:
        print(f"BROKEN at {report.first_bad_kind or 'entry'} {report.first_bad_seq}: "
              f"{report.problem}")  # fmt: skip
    return 0 if report.ok else 1
