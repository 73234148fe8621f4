"""The relative time word record (private to ``claims.timex``): found by ``claims._relative``
and ``claims._daywords``, resolved by ``claims._resolve``. Its own module so that the finders
share it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Relative"]


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative time word: its offsets in the text, unit (year/month/week/day/holiday),
    offset and year part."""

    start: int
    end: int
    text: str
    unit: str
    offset: int
    part: tuple[int, int] | None = None  # months of a year part: 去年底 -> (10, 12)
    holiday: str | None = None  # the holiday's id (unit "holiday"): 国庆假期 -> national_day
    day: bool = False  # the festival day itself, not its days off: 中秋节当天
    until: int | None = None  # the end's day offset of 昨天8时至今天8时 (0), else None
    days: tuple[int, int] | None = None  # days of a holiday from 1 (假期第三天: (3, 3); 前一天: 0)
    # unit "weekday": days from the Monday of the publication's week (下周二到下周三: (8, 9));
    # offset 0 keeps them, -1 / 1 moves a bare weekday to the latest / next such day
    weekdays: tuple[int, int] | None = None
    anchor: int | None = None  # a bare weekday's list: the first's day (周一…；周二…: 0)
    years: tuple[int, int] | None = None  # unit "years": a named span (“十四五”: 2021..2025)
    # unit "day": the end's (year or 0, month, day) of 今天起至12月6日 (the first such day on)
    upto: tuple[int, int, int] | None = None
    story: bool = False  # counted from the story's last day before it (次日, 3天后), if any
