"""The reading of ``claims/data/`` that every word-table loader shares: a data file's text, its
parsed TOML (cached), and the validator of the tables checked as whole TOML documents
(time_words.toml, context.toml).

Part of claims/vocab.py (the only reader of ``claims/data/``), which re-exports ``data_text``
and ``load_toml``; other modules read tables through claims/vocab.py.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ValidationError

from claims.errors import VocabularyError

__all__ = ["data_text", "load_toml", "validated"]


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


def validated(name: str, model: type[BaseModel]) -> Any:
    """``name`` validated as ``model``, every word list free of empty words and repeats;
    raises ``VocabularyError`` naming the file and the entry."""
    data = load_toml(name)
    try:
        table = model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        entry = ".".join(str(p) for p in err["loc"]) or "<file>"
        raise VocabularyError(name, entry, err["msg"]) from None
    fields = [(k, v) for k, v in data.items()]
    fields += [
        (f"{k}.{k2}", v2) for k, v in data.items() if isinstance(v, dict) for k2, v2 in v.items()
    ]
    for field, value in fields:
        words = value if isinstance(value, list) and field not in ("year_parts", "xun") else []
        if "." in field and field.split(".")[0] in (
            "year_parts", "xun", "rate_words", "relative_day_spans"
        ):  # fmt: skip
            words = []
        seen: set[str] = set()
        for word in words:
            if not isinstance(word, str) or not word:
                raise VocabularyError(name, field, f"empty or non-text word {word!r}")
            if word in seen:
                raise VocabularyError(name, f"{field}.{word}", "listed twice")
            seen.add(word)
    return table
