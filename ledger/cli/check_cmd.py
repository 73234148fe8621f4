"""``hecha check FILE...`` or ``hecha check --ledger PATH``: run the consistency rules.

Parses the arguments, makes one call to ``ledger.check.check`` (claims of all FILEs
together, so a metric stated in two files is compared too; or a whole ledger, whose
findings are stored as its latest run) and prints the findings grouped by verdict with
their arithmetic, or as JSON with ``--json``. Exit 0 when no finding reaches the
``--fail-on`` verdict, 1 when one does, 2 on a usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import claims
from claims.errors import InputError
from claims.models import Claim, Source
from ledger.check import as_date, check
from ledger.cli.extract_cmd import add_max_chars, load_input
from ledger.models import Finding, Verdict

__all__ = ["register", "render"]

_ORDER = (Verdict.CONTRADICTION, Verdict.TENSION, Verdict.CONSISTENT, Verdict.NOT_CHECKED)


def register(sub: Any) -> None:
    """Add the ``check`` subcommand."""
    p = sub.add_parser(
        "check",
        help="check the figures of texts (or a ledger) against each other",
        description=(
            "Run the consistency rules over the claims of each FILE (UTF-8 text; - reads "
            "stdin) or of a whole ledger, and print which figures cannot all be true "
            "(contradiction), sit uneasily together (tension), agree (consistent) or "
            "could not be checked (not_checked). A seed file's publication date comes from "
            "seeds/index.toml; give --published for other texts."
        ),
        epilog=(
            "example: hecha check seeds/weibo_li_zhengrong_2024-09-03.txt --fail-on tension\n"
            "example: hecha check --ledger hecha.db --json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text file, or - for stdin")
    p.add_argument("--ledger", metavar="PATH", help="check every claim of this ledger file")
    p.add_argument(
        "--published", metavar="DATE", help="publication (as-of) date of the texts, YYYY-MM-DD"
    )
    p.add_argument("--json", action="store_true", help="print the findings as a JSON array")
    add_max_chars(p)
    p.add_argument(
        "--fail-on",
        choices=("contradiction", "tension"),
        default="contradiction",
        help="exit 1 when a finding is at least this bad (default: contradiction)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check, print, and return the exit code for ``--fail-on``."""
    if bool(args.files) == bool(args.ledger):
        print("hecha: error: check needs one or more FILEs, or --ledger PATH", file=sys.stderr)
        return 2
    if args.ledger:
        findings = _check_ledger(args.ledger)
    else:
        findings = _check_files(args.files, args.published, args.max_chars)
    if args.json:
        json.dump([f.model_dump(mode="json") for f in findings], sys.stdout,
                  ensure_ascii=False, indent=2)  # fmt: skip
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(findings))
    threshold = Verdict(args.fail_on).severity
    return 1 if any(f.verdict.severity >= threshold for f in findings) else 0


def _check_ledger(path: str) -> list[Finding]:
    from ledger.book import Ledger

    if not Path(path).is_file():
        raise InputError(f"{path}: no such ledger file")
    book = Ledger.open(path)
    try:
        return check(book)
    finally:
        book.close()


def _check_files(names: Sequence[str], published: str | None, max_chars: int) -> list[Finding]:
    day = as_date(published) if published else None
    found: list[Claim] = []
    texts: dict[str, str] = {}
    days: dict[str, Any] = {}
    for i, name in enumerate(names):
        text, source = load_input(name, max_chars)
        if source is None:
            source = Source.from_text(text)
        if source.id in texts:  # the same text twice: check it once
            continue
        key = source.id if source.id not in texts else f"{source.id}#{i}"
        extracted = claims.extract(text, source=source, max_chars=max_chars)
        found.extend(c if c.source_id == key else c.model_copy(update={"source_id": key})
                     for c in extracted)  # fmt: skip
        texts[key] = text
        when = day or (source.published.date() if source.published else None)
        if when is not None:
            days[key] = when
    return check(found, texts=texts, published=days)


def render(findings: Sequence[Finding]) -> str:
    """Findings as text for people: grouped by verdict, worst first, with the arithmetic."""
    lines: list[str] = []
    for verdict in _ORDER:
        group = [f for f in findings if f.verdict is verdict]
        if not group:
            continue
        lines.append(f"{verdict.value} ({len(group)})")
        for f in group:
            lines.append(f"  [{f.rule}] {f.message}")
            if f.arithmetic:
                lines.append(f"      {f.arithmetic}")
            if f.reason and verdict is Verdict.NOT_CHECKED:
                lines.append(f"      reason: {f.reason}")
            shown = ", ".join(f"{c.id} 「{c.text}」" for c in f.claims[:6])
            more = f" and {len(f.claims) - 6} more" if len(f.claims) > 6 else ""
            if shown:
                lines.append(f"      claims: {shown}{more}")
        lines.append("")
    counts = ", ".join(f"{sum(f.verdict is v for f in findings)} {v.value}" for v in _ORDER)
    lines.append(f"{len(findings)} findings: {counts}")
    return "\n".join(lines) + "\n"
