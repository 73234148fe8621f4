"""The ``hecha`` command: a thin shell over the library.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``handler`` (a function ``(args) -> int``). ``main`` parses, calls the
handler, and turns any ``HechaError`` into a one-line message on stderr and exit code 2.
Exit codes: 0 ok, 1 findings at or above the threshold (check), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from claims.errors import HechaError
from ledger.cli import check_cmd, extract_cmd, ledger_cmd

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

# Modules whose register() adds subcommands, in the order --help lists them.
COMMAND_MODULES = (extract_cmd, check_cmd, ledger_cmd)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a one-line message (it already does; keep it explicit)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"hecha: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used to generate docs/cli.md)."""
    parser = _Parser(
        prog="hecha",
        description="核查: extract quantitative claims from Chinese text, check and verify them.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except HechaError as exc:
        print(f"hecha: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("hecha: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except ValidationError as exc:  # a record read back from a hand-edited ledger file
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "record"
        print(f"hecha: error: malformed {exc.title} record in the input ({where}: "
              f"{err['msg']}); was the file edited by hand?", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    except OSError as exc:  # an output file or folder the handler could not write
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"hecha: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return code
