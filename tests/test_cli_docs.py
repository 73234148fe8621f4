"""docs/cli.md is generated from the parser, complete, and current; docs/ links every page."""

from __future__ import annotations

import re

import pytest

from ledger.cli import build_parser
from ledger.cli.docs import cli_reference, subcommands
from tests.conftest import ROOT, check_generated

DOCS = ROOT / "docs"


def test_cli_reference_is_current(update_golden: bool) -> None:
    """docs/cli.md equals what the parser generates (pytest --update-golden rewrites it)."""
    check_generated(DOCS / "cli.md", cli_reference(), update_golden)


@pytest.mark.parametrize("name", sorted(subcommands(build_parser())))
def test_every_subcommand_is_documented_with_its_options(name: str) -> None:
    """Each subcommand has a section in docs/cli.md listing every one of its options."""
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"## hecha {name}\n" in text
    section = text.split(f"## hecha {name}\n", 1)[1].split("\n## ", 1)[0]
    parser = subcommands(build_parser())[name]
    for action in parser._actions:
        for flag in action.option_strings:
            assert flag in section, f"{flag} of hecha {name} is missing from docs/cli.md"


@pytest.mark.parametrize("name", sorted(subcommands(build_parser())))
def test_every_subcommand_help_has_an_example(name: str) -> None:
    """Every command's help ends with an example line, as a newcomer copies one first."""
    parser = subcommands(build_parser())[name]
    assert parser.epilog is not None
    assert parser.epilog.startswith("example: hecha ")


def test_subcommand_list_is_found() -> None:
    """The generator sees every command the design names (a broken lookup would document none)."""
    assert set(subcommands(build_parser())) >= {
        "extract", "check", "add", "verify", "show", "export", "import", "schema",
        "verify-history",
    }  # fmt: skip


def test_docs_index_links_every_page() -> None:
    """docs/index.md links every Markdown page of docs/, and every link in docs/ resolves."""
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in sorted(DOCS.glob("*.md")):
        if page.name != "index.md":
            assert f"({page.name}" in index, f"docs/index.md does not link {page.name}"
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", text):
            assert (page.parent / target).exists(), f"{page.name} links missing {target}"
