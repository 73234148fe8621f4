"""Documentation: every rule of RULES has a section in docs/rules.md, and every section names
a rule."""

from __future__ import annotations

import regex

from ledger.rules import RULES, rule_id
from tests.conftest import ROOT

# A second-level heading: "## rule_id".
_SECTION = regex.compile(r"^\#\#\s+(\S+)\s*$", regex.MULTILINE)


def _sections() -> list[str]:
    return _SECTION.findall((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))


def test_every_rule_is_documented() -> None:
    """Each rule id in RULES has a '## <id>' section in docs/rules.md."""
    missing = {rule_id(r) for r in RULES} - set(_sections())
    assert not missing, f"rules without a section in docs/rules.md: {sorted(missing)}"


def test_every_rule_section_names_a_rule() -> None:
    """Each section of docs/rules.md is a rule of RULES, in the order RULES runs them."""
    assert _sections() == [rule_id(r) for r in RULES]
