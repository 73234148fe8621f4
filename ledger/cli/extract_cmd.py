"""``hecha extract FILE...``: print the claims of text files (``-`` reads stdin).

Takes file names; prints a table per file (surface, kind, value as an interval, unit, subject
and metric, time), or with ``--json`` one JSON array with an object per file. ``--inventory``
adds every numeral's account (claim or set-aside reason). The output is a table unless
``--json`` is given, whether or not stdout is a terminal: pipe ``--json`` to other tools.
With more than five files and stderr on a terminal, a progress bar is drawn on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

import claims
from claims.inventory import Inventory
from claims.models import Claim, DateValue, Source
from claims.sources import decode_text, find_seed_for, read_text

__all__ = ["register", "run"]

_PROGRESS_MIN_FILES = 5
_COLUMNS = ("#", "surface", "kind", "value", "unit", "subject · metric", "time")
_MAX_CELL = 30


def register(sub: Any) -> None:
    """Add the ``extract`` subcommand."""
    p = sub.add_parser(
        "extract",
        help="extract the quantitative claims of text files",
        description=(
            "Extract every quantitative claim of each FILE (UTF-8 text; - reads stdin). "
            "Prints a table, or JSON with --json."
        ),
        epilog="example: hecha extract --json seeds/weibo_li_zhengrong_2024-09-03.txt",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for stdin")
    p.add_argument("--json", action="store_true", help="print JSON (one object per file)")
    p.add_argument(
        "--inventory",
        action="store_true",
        help="also account for every numeral: the claim covering it or why it is set aside",
    )
    p.set_defaults(handler=run)


def _load(name: str) -> tuple[str, Source | None]:
    if name == "-":
        return decode_text(sys.stdin.buffer.read(), "<stdin>"), None
    seed = find_seed_for(name)
    if seed is not None:
        return seed.text, seed.source
    return read_text(name), None


def run(args: argparse.Namespace) -> int:
    """Extract and print the claims of every file; 0 on success (errors raise HechaError)."""
    results: list[tuple[str, Source | None, list[Claim], Inventory | None]] = []
    show_bar = len(args.files) > _PROGRESS_MIN_FILES and sys.stderr.isatty()
    for i, name in enumerate(args.files):
        if show_bar:
            _progress(sys.stderr, i, len(args.files), name)
        text, source = _load(name)
        found = claims.extract(text, source=source)
        inv = claims.inventory(text, source, found=found) if args.inventory else None
        results.append((name, source, found, inv))
    if show_bar:
        _progress(sys.stderr, len(args.files), len(args.files), "")
        sys.stderr.write("\n")
    if args.json:
        _print_json(results, sys.stdout)
    else:
        for name, source, found, inv in results:
            _print_table(name, source, found, inv, sys.stdout)
    return 0


def _progress(out: TextIO, done: int, total: int, name: str) -> None:
    """A one-line bar redrawn in place: [#####.....] 3/10 file.txt"""
    width = 30
    filled = width * done // max(total, 1)
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[-30:]:<30}")
    out.flush()


def _print_json(
    results: list[tuple[str, Source | None, list[Claim], Inventory | None]], out: TextIO
) -> None:
    doc = []
    for name, source, found, inv in results:
        entry: dict[str, Any] = {
            "file": name,
            "source": source.model_dump(mode="json") if source else None,
            "claims": [c.model_dump(mode="json") for c in found],
        }
        if inv is not None:
            entry["inventory"] = inv.model_dump(mode="json")
        doc.append(entry)
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _width(s: str) -> int:
    """Display width on a terminal: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _cell(s: str | None) -> str:
    s = (s or "").replace("\n", " ")
    if _width(s) <= _MAX_CELL:
        return s
    out = ""
    for ch in s:
        if _width(out + ch) > _MAX_CELL - 1:
            break
        out += ch
    return out + "…"


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def _row(c: Claim, n: int) -> tuple[str, ...]:
    v = c.value
    if isinstance(v, DateValue):
        value = str(v.start) if v.start == v.end else f"{v.start}..{v.end}"
    else:
        value = str(v.literal)
    unit = (c.unit or "") + (f"/{c.per}" if c.per else "")
    about = " · ".join(x for x in (c.subject, c.metric) if x)
    t = c.time
    when = ""
    if t is not None:
        if t.end is not None:
            when = str(t.start) if t.start == t.end else f"{t.start}..{t.end}"
        elif t.start is not None:
            when = f"{t.start} → {t.as_of or '?'}"
        else:
            when = str(t.as_of or "?")
        when += f" ({t.basis})"
    return (str(n), c.text, c.kind.value, value, unit, about, when)


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    # the last column (time) is never cut: it is the one a reviewer reads in full
    cells = [(*(_cell(x) for x in r[:-1]), r[-1]) for r in [header, *rows]]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]
    for k, r in enumerate(cells):
        out.write("  ".join(_pad(x, w) for x, w in zip(r, widths, strict=True)).rstrip() + "\n")
        if k == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _print_table(
    name: str, source: Source | None, found: list[Claim], inv: Inventory | None, out: TextIO
) -> None:
    title = f" ({source.title})" if source and source.title else ""
    out.write(f"{name}{title}: {len(found)} claims\n")
    if found:
        _table(_COLUMNS, [_row(c, i + 1) for i, c in enumerate(found)], out)
    if inv is not None:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(inv.counts().items()))
        out.write(f"\ninventory: {len(inv.numerals)} numerals: {counts}\n")
        rows = [(str(a.span.start), a.text, a.reason) for a in inv.set_asides] + [
            (str(n.span.start), n.text, str(n.reason))
            for n in inv.numerals
            if n.reason in ("not_a_figure", "unclaimed")
        ]
        rows.sort(key=lambda r: int(r[0]))
        if rows:
            _table(("at", "text", "reason"), rows, out)
    out.write("\n")
