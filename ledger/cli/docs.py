"""docs/cli.md, generated from the argparse parser of ``hecha``.

Takes the parser that ``ledger.cli.build_parser`` builds and returns Markdown: the exit
codes, a table of the subcommands, and each subcommand's full ``--help`` text. The file is
never edited by hand: ``tests/test_cli_docs.py`` compares it with ``cli_reference()`` and
``pytest --update-golden`` rewrites it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["cli_reference", "subcommands"]

# argparse wraps help text to the terminal's width; the file must not depend on who ran it
_WIDTH = "100"

_HEADER = """\
# CLI reference

<!-- Generated from the argparse parser by ledger/cli/docs.py: do not edit by hand.
     Run `pytest --update-golden` after changing a command, and review the diff. -->

`hecha` is a thin shell over the library: each command parses its arguments, makes one
library call and prints the result (a table for people, JSON with `--json`). The
[tutorial](tutorial.md) shows the commands beside the library calls they stand for.

Exit codes:

| code | meaning |
|---|---|
| 0 | done; for `check`, no finding reached `--fail-on` |
| 1 | `check` found a finding at or above `--fail-on`; `verify-history` found a broken chain |
| 2 | usage or input error: unknown option, missing or unreadable file, binary or invalid \
UTF-8 input, input over `--max-chars`, not a ledger, bad export document |
| 130 | interrupted (Ctrl-C) |

Errors are one line on stderr, starting `hecha: error:`; a ledger is never left half-written.
"""


@contextmanager
def _fixed_width() -> Iterator[None]:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = _WIDTH
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommand parsers of ``parser``, by name, in the order ``--help`` lists them."""
    for action in parser._actions:  # argparse keeps subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _summaries(parser: argparse.ArgumentParser) -> dict[str, str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: a.help or "" for a in action._choices_actions}
    return {}


def cli_reference(parser: argparse.ArgumentParser | None = None) -> str:
    """The Markdown of docs/cli.md for ``parser`` (default: the ``hecha`` parser).

    >>> text = cli_reference()
    >>> "## hecha extract" in text and "## hecha verify-history" in text
    True
    """
    if parser is None:
        from ledger.cli import build_parser

        parser = build_parser()
    with _fixed_width():
        top = parser.format_help()
        commands = subcommands(parser)
        helps = {name: p.format_help() for name, p in commands.items()}
    summaries = _summaries(parser)
    lines = [_HEADER, "## Commands", "", "| command | what it does |", "|---|---|"]
    for name in commands:
        anchor = f"hecha-{name}"
        lines.append(f"| [`hecha {name}`](#{anchor}) | {summaries.get(name, '')} |")
    lines += ["", "```text", top.rstrip(), "```", ""]
    for name, text in helps.items():
        lines += [f"## hecha {name}", "", "```text", text.rstrip(), "```", ""]
    return "\n".join(lines)
