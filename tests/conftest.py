"""Shared fixtures: the seed loader and the ``--update-golden`` option for generated files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.sources import Document, load_seed

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "weibo_li_zhengrong_2024-09-03"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden files and generated docs instead of comparing them",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite generated files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed() -> Document:
    """The first seed article with its metadata (hash checked)."""
    return load_seed(SEED_ID, ROOT / "seeds")


def check_generated(path: Path, content: str, update: bool) -> None:
    """Compare ``content`` with the file at ``path``, or rewrite it under --update-golden."""
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing; run pytest --update-golden and review it"
    assert path.read_text(encoding="utf-8") == content, (
        f"{path} is out of date; run pytest --update-golden and review the diff"
    )
