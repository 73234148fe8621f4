"""hecha's claims: every quantitative claim in Chinese text as a typed, bounded record."""

from claims.errors import HechaError, InputError, InputTooLargeError, SourceError, VocabularyError
from claims.extract import extract, iter_extract
from claims.inventory import Inventory, inventory
from claims.models import Claim, DateValue, Interval, Kind, Source, SourceDocument, Span, Value

__all__ = [
    "Claim",
    "DateValue",
    "HechaError",
    "InputError",
    "InputTooLargeError",
    "Interval",
    "Inventory",
    "Kind",
    "Source",
    "SourceDocument",
    "SourceError",
    "Span",
    "Value",
    "VocabularyError",
    "extract",
    "inventory",
    "iter_extract",
]
