"""``hecha extract FILE...``: print the claims of text files (``-`` reads stdin)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import claims
from claims.sources import decode_text, find_seed_for, read_text

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``extract`` subcommand."""
    p = sub.add_parser(
        "extract",
        help="extract the quantitative claims of text files",
        description="Extract every quantitative claim of each FILE (UTF-8 text; - reads stdin).",
        epilog="example: hecha extract seeds/weibo_li_zhengrong_2024-09-03.txt",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for stdin")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Extract and print claims as a JSON array (one object per file)."""
    out: list[dict[str, Any]] = []
    for name in args.files:
        if name == "-":
            text = decode_text(sys.stdin.buffer.read(), "<stdin>")
            source = None
        else:
            seed = find_seed_for(name)
            if seed is not None:
                text, source = seed.text, seed.source
            else:
                text, source = read_text(name), None
        found = claims.extract(text, source=source)
        out.append(
            {
                "file": name,
                "source": source.model_dump(mode="json") if source else None,
                "claims": [c.model_dump(mode="json") for c in found],
            }
        )
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
