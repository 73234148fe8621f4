"""Source documents: the seed index (``seeds/index.toml``) and text files, as ``Source`` records.

A seed is loaded with its metadata and its sha256 is checked against the index, so a
claim's span always points into the exact text it was extracted from.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claims.errors import InputError, SourceError
from claims.models import Source, sha256_text

__all__ = ["Document", "default_seeds_dir", "find_seed_for", "load_seed", "read_text", "seed_ids"]


@dataclass(frozen=True)
class Document:
    """A source record with the exact text its claims' spans point into."""

    source: Source
    text: str


def default_seeds_dir() -> Path:
    """``$HECHA_SEEDS``, else ``seeds/`` of the source checkout, else ``./seeds``."""
    env = os.environ.get("HECHA_SEEDS")
    if env:
        return Path(env)
    beside = Path(__file__).resolve().parent.parent / "seeds"
    if (beside / "index.toml").is_file():
        return beside
    return Path.cwd() / "seeds"


def _index(seeds_dir: Path) -> dict[str, dict[str, Any]]:
    path = seeds_dir / "index.toml"
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise SourceError(str(path), "no seed index here") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(str(path), f"index is not valid TOML: {exc}") from None
    seeds = data.get("seeds")
    if not isinstance(seeds, dict):
        raise SourceError(str(path), "index has no [seeds.<id>] tables")
    return seeds


def seed_ids(seeds_dir: Path | None = None) -> list[str]:
    """The ids of all seeds in the index, sorted."""
    return sorted(_index(seeds_dir or default_seeds_dir()))


def read_text(path: str | os.PathLike[str], max_bytes: int | None = None) -> str:
    """Read a UTF-8 text file (a BOM is dropped), refusing binary data and invalid UTF-8.

    Raises:
        InputError: the file is missing, binary, not UTF-8, or larger than ``max_bytes``.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{p}: {size:,} bytes, over the limit of {max_bytes:,}")
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return decode_text(raw, str(p))


def decode_text(raw: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 bytes to text, with a clear error for binary or undecodable data."""
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name}: looks binary (NUL bytes); expected UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start}; convert it to UTF-8 first"
        ) from None
    return text.removeprefix("\ufeff")


def load_seed(seed_id: str, seeds_dir: Path | None = None) -> Document:
    """Load a seed's text and metadata, checking its sha256 against the index.

    Raises:
        SourceError: unknown id, missing file, hash mismatch or bad metadata.
    """
    base = seeds_dir or default_seeds_dir()
    index = _index(base)
    if seed_id not in index:
        raise SourceError(seed_id, f"not in {base / 'index.toml'} (known: {', '.join(index)})")
    meta = dict(index[seed_id])
    path = base / f"{seed_id}.txt"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(seed_id, f"cannot read {path}: {exc.strerror or exc}") from None
    text = decode_text(raw, str(path))
    digest = sha256_text(text)
    expected = meta.pop("sha256", None)
    if digest != expected:
        raise SourceError(seed_id, f"sha256 of {path} is {digest}, the index says {expected}")
    try:
        source = Source(id=seed_id, sha256=digest, **meta)
    except ValidationError as exc:
        raise SourceError(seed_id, f"bad metadata in index: {exc}") from None
    return Document(source=source, text=text)


def find_seed_for(path: str | os.PathLike[str], seeds_dir: Path | None = None) -> Document | None:
    """If ``path`` is a seed file (by name and hash), return it with its metadata."""
    p = Path(path)
    base = seeds_dir or default_seeds_dir()
    try:
        index = _index(base)
    except SourceError:
        return None
    if p.suffix != ".txt" or p.stem not in index:
        return None
    try:
        doc = load_seed(p.stem, base)
        if doc.text != read_text(p):
            return None
    except (SourceError, InputError):
        return None
    return doc
