"""The error classes of hecha.

Every error is a ``HechaError`` and also the builtin it stands for.
"""

from __future__ import annotations

__all__ = [
    "HechaError",
    "InputError",
    "InputTooLargeError",
    "SourceError",
    "VocabularyError",
]


class HechaError(Exception):
    """Base class of every error hecha raises on purpose."""


class VocabularyError(ValueError, HechaError):
    """A word table under ``claims/data/`` is malformed: names the file and the entry."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        self.file, self.entry, self.problem = file, entry, problem
        super().__init__(f"{file}: entry {entry!r}: {problem}")


class SourceError(ValueError, HechaError):
    """A source document or its metadata cannot be used (missing, bad hash, bad metadata)."""

    def __init__(self, source: str, problem: str) -> None:
        self.source, self.problem = source, problem
        super().__init__(f"source {source!r}: {problem}")


class InputError(ValueError, HechaError):
    """Input text cannot be processed (not text, not decodable)."""


class InputTooLargeError(InputError):
    """Input is larger than the configured limit.

    It is refused rather than processed for minutes.
    """

    def __init__(self, size: int, limit: int) -> None:
        self.size, self.limit = size, limit
        super().__init__(
            f"input has {size:,} characters, over the limit of {limit:,}; "
            "split it, or raise the limit (max_chars=...)"
        )
