"""The only reader of ``claims/data/``: loads word tables, validates them, caches the result.

Each table has a small loader below that validates it and raises ``VocabularyError`` naming
the file and the entry when something is wrong. Other modules never open data files.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from claims.errors import VocabularyError

__all__ = ["data_text", "load_toml"]


def data_text(name: str) -> str:
    """The text of ``claims/data/<name>``."""
    try:
        return resources.files("claims").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise VocabularyError(name, "<file>", "data file is missing from the package") from None


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``claims/data/<name>`` as TOML (cached)."""
    try:
        return tomllib.loads(data_text(name))
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(name, "<file>", f"not valid TOML: {exc}") from None


# Table loaders (validated, cached) follow, one section per data file.
