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
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

import claims
from claims.errors import InputError
from claims.extract import MAX_CHARS
from claims.inventory import Inventory
from claims.models import Claim, DateValue, Source, TimeRef
from claims.sources import decode_text, find_seed_for, read_text

__all__ = [
    "PROGRESS_MIN_FILES",
    "add_max_chars",
    "load_input",
    "progress",
    "register",
    "run",
    "time_cell",
]

PROGRESS_MIN_FILES = 5
_COLUMNS = ("#", "surface", "kind", "value", "usual reading", "unit", "subject · metric", "time")
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
    add_max_chars(p)
    p.set_defaults(handler=run)


def add_max_chars(p: argparse.ArgumentParser) -> None:
    """Add ``--max-chars N`` (the inputs' size limit) to a subcommand that reads FILEs."""
    p.add_argument(
        "--max-chars",
        type=_positive,
        default=MAX_CHARS,
        metavar="N",
        help=f"refuse a file longer than N characters (default: {MAX_CHARS:,})",
    )


def _positive(text: str) -> int:
    """argparse type: a positive integer (1_000_000 and 1,000,000 are accepted)."""
    try:
        n = int(text.replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not positive")
    return n


def load_input(name: str, max_chars: int) -> tuple[str, Source | None]:
    """The text of FILE (``-``: stdin) and, for a seed, its source record.

    Raises:
        InputError: the file cannot be read, is not UTF-8 text, or is longer than
            ``max_chars`` characters (the message names ``--max-chars``).
    """
    text, source = _load(name, max_chars)
    if len(text) > max_chars:
        raise _too_large(name if name != "-" else "<stdin>", f"{len(text):,} characters",
                         max_chars)  # fmt: skip
    return text, source


def _load(name: str, max_chars: int) -> tuple[str, Source | None]:
    # UTF-8 takes at most 4 bytes a character: a longer file is refused before it is read
    max_bytes = 4 * max_chars
    if name == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise _too_large("<stdin>", f"over {max_bytes:,} bytes", max_chars)
        return decode_text(raw, "<stdin>"), None
    seed = find_seed_for(name)
    if seed is not None:
        return seed.text, seed.source
    size = _size(name)
    if size is not None and size > max_bytes:
        raise _too_large(name, f"{size:,} bytes", max_chars)
    return read_text(name), None


def _too_large(name: str, size: str, max_chars: int) -> InputError:
    """The one-line refusal of an input over ``--max-chars``."""
    return InputError(
        f"{name}: {size}, over the limit of {max_chars:,} characters; "
        "split it, or raise --max-chars"
    )


def _size(name: str) -> int | None:
    """The file's size in bytes, or None when it cannot be stat'ed (read_text says why)."""
    try:
        return os.stat(name).st_size
    except OSError:
        return None


def run(args: argparse.Namespace) -> int:
    """Extract and print the claims of every file; 0 on success (errors raise HechaError).

    Each file is printed as soon as it is done, so memory does not grow with the number
    of files; an error stops the run after the files already printed.
    """
    total = len(args.files)
    show_bar = total > PROGRESS_MIN_FILES and sys.stderr.isatty()
    if args.json:
        sys.stdout.write("[")
    for i, name in enumerate(args.files):
        if show_bar:
            progress(sys.stderr, i, total, name)
        text, source = load_input(name, args.max_chars)
        found = claims.extract(text, source=source, max_chars=args.max_chars)
        inv = claims.inventory(text, source, found=found) if args.inventory else None
        if show_bar:  # clear the bar so a table on the same terminal does not mix with it
            sys.stderr.write("\r" + " " * 72 + "\r")
        if args.json:
            sys.stdout.write(("\n" if i == 0 else ",\n") + _json_entry(name, source, found, inv))
        else:
            _print_table(name, source, found, inv, sys.stdout)
        sys.stdout.flush()
    if args.json:
        sys.stdout.write("\n]\n")
    if show_bar:
        progress(sys.stderr, total, total, "")
        sys.stderr.write("\n")
    return 0


def progress(out: TextIO, done: int, total: int, name: str) -> None:
    """A one-line bar redrawn in place: [#####.....] 3/10 file.txt"""
    width = 30
    filled = width * done // max(total, 1)
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[-30:]:<30}")
    out.flush()


def _json_entry(name: str, source: Source | None, found: list[Claim], inv: Inventory | None) -> str:
    """One file's object of the JSON array, indented as ``json.dump(..., indent=2)`` would."""
    entry: dict[str, Any] = {
        "file": name,
        "source": source.model_dump(mode="json") if source else None,
        "claims": [c.model_dump(mode="json") for c in found],
    }
    if inv is not None:
        entry["inventory"] = inv.model_dump(mode="json")
    text = json.dumps(entry, ensure_ascii=False, indent=2)
    return "\n".join("  " + line for line in text.splitlines())


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
    usual = ""  # the conventional interval, shown only where it narrows the literal one
    if isinstance(v, DateValue):
        value = str(v.start) if v.start == v.end else f"{v.start}..{v.end}"
    else:
        value = str(v.literal)
        if v.conventional != v.literal:
            usual = str(v.conventional)
    unit = (c.unit or "") + (f"/{c.per}" if c.per else "")
    about = " · ".join(x for x in (c.subject, c.metric) if x)
    when = "" if c.time is None else time_cell(c.time)
    return (str(n), c.text, c.kind.value, value, usual, unit, about, when)


def time_cell(t: TimeRef) -> str:
    """A claim's time for the table: a period as ``start → end`` (one date when they
    agree), an open one as ``start → as_of`` or ``since start``; with no start, the as-of
    date alone (or the end, where a partial date such as 截至8月2日 is kept); the basis in
    parentheses.

    >>> from datetime import date
    >>> time_cell(TimeRef(as_of=date(2024, 9, 3), basis="publication"))
    '2024-09-03 (publication)'
    >>> time_cell(TimeRef(end="--08-02", basis="explicit"))
    '--08-02 (explicit)'
    >>> time_cell(TimeRef(start="2019-01-01", end="2024-09-03", basis="explicit"))
    '2019-01-01 → 2024-09-03 (explicit)'
    >>> time_cell(TimeRef(start="2019-01-01", end="2019-01-01", basis="inherited"))
    '2019-01-01 (inherited)'
    >>> time_cell(TimeRef(start="2019-01-01", basis="unknown"))
    'since 2019-01-01 (unknown)'
    >>> time_cell(TimeRef(start="2019", as_of=date(2024, 9, 3), basis="explicit"))
    '2019 → 2024-09-03 (explicit)'
    >>> time_cell(TimeRef())
    '? (unknown)'
    """
    if t.start is not None and t.end is not None:
        core = str(t.start) if t.start == t.end else f"{t.start} → {t.end}"
    elif t.start is not None:
        core = f"{t.start} → {t.as_of}" if t.as_of is not None else f"since {t.start}"
    else:
        core = str(next((x for x in (t.as_of, t.end) if x is not None), "?"))
    return f"{core} ({t.basis})"


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
