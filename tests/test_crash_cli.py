"""Crash safety of the CLI: ``hecha add`` and ``hecha verify`` killed with SIGKILL at random.

A few runs of ``bench/crash_kill.py``'s campaign (the bench does 200): real processes on one
ledger file, killed after a random delay. Every ledger check must pass (opens, SQLite
integrity, hash chain, no event twice) and every command that reported success before
the kill must have its write in the ledger.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_kill", ROOT / "bench" / "crash_kill.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


CRASH = _bench()


def test_killed_commands_never_damage_the_ledger_or_lose_a_reported_write(
    tmp_path: Path,
) -> None:
    """Six add/verify commands, three at a time, SIGKILLed at random: the ledger stays whole."""
    tally = CRASH.campaign(runs=6, parallel=3, seed=7, work=tmp_path)
    assert tally.runs == 6
    assert tally.failed == 0, tally.problems
    assert tally.problems == []
    assert tally.lost == []
    assert tally.ledgers_intact == tally.checks == 2


def test_commands_left_to_finish_all_report_and_all_persist(tmp_path: Path) -> None:
    """With a delay far beyond a command's run time nothing is killed and every write is kept."""
    tally = CRASH.campaign(
        runs=3, parallel=3, seed=5, work=tmp_path, min_delay=600.0, max_delay=600.0
    )
    assert tally.completed == 3
    assert tally.killed_mid_command == 0
    assert tally.ok, tally.problems
