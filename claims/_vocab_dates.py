"""The words of dates and time references (time_words.toml): digits and zero variants of dates,
relative days, weeks and years, holidays and their periods, parts of the year, weekdays, and the
leads of durations, windows and as-of phrases (claims/timex.py and the date modules).

Part of claims/vocab.py (the only reader of ``claims/data/``), which re-exports every name here.
"""

from __future__ import annotations

from datetime import date as _date
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from claims._vocab_base import validated

__all__ = ["TimeWords", "time_words"]


class _Table(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeWords(_Table):
    """``time_words.toml``: the words of dates and of time references."""

    chinese_digits: str
    zero_variants: tuple[str, ...]
    duration_lead: tuple[str, ...]
    duration_lead_blocked: tuple[str, ...] = ()
    year_follow: tuple[str, ...] = ()
    duration_follow: tuple[str, ...]
    since_markers: tuple[str, ...]
    since_leads: tuple[str, ...]
    back_reference: tuple[str, ...]
    present_words: tuple[str, ...]
    ago_durations: tuple[str, ...]
    pm_day_parts: tuple[str, ...]
    noon_day_parts: tuple[str, ...]
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    comparison_leads: tuple[str, ...]
    as_of_leads: tuple[str, ...]
    year_parts: dict[str, tuple[int, int, str]]
    xun: dict[str, tuple[int, int]]
    holidays: dict[str, str]
    holiday_suffixes: tuple[str, ...]
    holiday_periods: dict[int, dict[str, tuple[_date, _date]]]
    month_blocked_next: tuple[str, ...] = ()
    month_part_blocked_next: tuple[str, ...] = ()
    relative_days: dict[str, int] = {}
    relative_weeks: dict[str, int] = {}
    relative_day_blocked_next: tuple[str, ...] = ()
    relative_day_blocked_before: tuple[str, ...] = ()
    year_part_blocked_next: dict[str, tuple[str, ...]] = {}
    day_of_month_next: tuple[str, ...] = ()
    day_of_month_leads: tuple[str, ...] = ()
    day_of_month_blocked_before: tuple[str, ...] = ()
    year_in_force_words: tuple[str, ...] = ()
    comparison_change_words: tuple[str, ...] = ()
    future_words: tuple[str, ...] = ()
    holiday_day_suffixes: tuple[str, ...] = ()
    since_day_parts: tuple[str, ...] = ()
    topic_leads: tuple[str, ...] = ()
    holiday_days: dict[int, dict[str, _date]] = {}
    offset_units: dict[str, Literal["year", "month", "week", "day"]] = {}
    offset_directions: dict[str, Literal[-1, 1]] = {}
    offset_leads: tuple[str, ...] = ()
    day_of_month_noun_leads: tuple[str, ...] = ()
    day_of_month_noun_blocked_before: tuple[str, ...] = ()
    day_of_month_noun_blocked_next: tuple[str, ...] = ()
    period_words: tuple[str, ...] = ()
    report_date_next: tuple[str, ...] = ()
    report_date_leads: tuple[str, ...] = ()
    continuation_leads: tuple[str, ...] = ()
    base_year_next: tuple[str, ...] = ()
    day_hao_blocked_next: tuple[str, ...] = ()
    window_units: tuple[str, ...] = ()
    window_metric_next: tuple[str, ...] = ()
    window_during_next: tuple[str, ...] = ()
    window_blocked_before: tuple[str, ...] = ()
    date_fold: dict[str, str] = {}
    weekday_words: tuple[str, ...] = ()
    weekdays: dict[str, int] = {}
    weekday_blocked_before: tuple[str, ...] = ()
    weekday_blocked_next: tuple[str, ...] = ()
    weekday_range_words: tuple[str, ...] = ()
    lunar_eves: tuple[str, ...] = ()
    lunar_first_month: tuple[str, ...] = ()
    month_range_next: tuple[str, ...] = ()
    day_hao_next: tuple[str, ...] = ()
    weekend_words: tuple[str, ...] = ()
    weekend_weeks: dict[str, int] = {}
    story_days: dict[str, int] = {}
    lunar_leads: tuple[str, ...] = ()
    lunar_other_months: tuple[str, ...] = ()
    plan_next: tuple[str, ...] = ()
    year_span_words: tuple[str, ...] = ()
    year_words: tuple[str, ...] = ()
    year_label_words: tuple[str, ...] = ()
    weekday_name_next: tuple[str, ...] = ()
    relative_day_spans: dict[str, tuple[int, int]] = {}
    lunar_named_days: dict[str, int] = {}
    ahead_leads: tuple[str, ...] = ()
    ahead_hours: dict[str, int] = {}
    behind_leads: tuple[str, ...] = ()
    holiday_back_words: tuple[str, ...] = ()
    roc_leads: tuple[str, ...] = ()

    @field_validator("date_fold")
    @classmethod
    def _one_to_one(cls, v: dict[str, str]) -> dict[str, str]:
        for src, dst in v.items():
            if len(src) != 1 or len(dst) != 1:
                raise ValueError(f"date_fold: {src!r} = {dst!r} must be one character each")
        return v

    @field_validator("chinese_digits")
    @classmethod
    def _ten_digits(cls, v: str) -> str:
        if len(v) != 10 or len(set(v)) != 10:
            raise ValueError("must be the ten distinct characters for 0..9")
        return v

    @field_validator("year_parts")
    @classmethod
    def _months(cls, v: dict[str, tuple[int, int, str]]) -> dict[str, tuple[int, int, str]]:
        for word, (first, last, _) in v.items():
            if not 1 <= first <= last <= 12:
                raise ValueError(f"{word}: months must satisfy 1 <= first <= last <= 12")
        return v

    @model_validator(mode="after")
    def _holiday_periods(self) -> TimeWords:
        ids = set(self.holidays.values())
        for year, periods in self.holiday_periods.items():
            for hid, (first, last) in periods.items():
                if hid not in ids:
                    raise ValueError(f"holiday_periods.{year}.{hid}: not an id of [holidays]")
                if not (first <= last and year - 1 <= first.year <= year == last.year):
                    raise ValueError(f"holiday_periods.{year}.{hid}: days must lie in {year}")
        for year, days in self.holiday_days.items():
            for hid, day in days.items():
                if hid not in ids:
                    raise ValueError(f"holiday_days.{year}.{hid}: not an id of [holidays]")
                if day.year != year:
                    raise ValueError(f"holiday_days.{year}.{hid}: the day must lie in {year}")
        return self


@cache
def time_words() -> TimeWords:
    """The validated ``time_words.toml`` (cached)."""
    return validated("time_words.toml", TimeWords)  # type: ignore[no-any-return]
