"""Month and weekday names, Dutch and English: one table (``models/calendar.json``) for every date reader."""

from __future__ import annotations

from pipeline.resources import load_json

_CAL = load_json("calendar.json")

MONTHS_NL: tuple[str, ...] = tuple(_CAL["months_nl"])
MONTHS_EN: tuple[str, ...] = tuple(_CAL["months_en"])
ABBREVIATIONS_NL: dict[str, int] = dict(_CAL["abbreviations_nl"])
ABBREVIATIONS_EN: dict[str, int] = dict(_CAL["abbreviations_en"])
WEEKDAYS_NL: tuple[str, ...] = tuple(_CAL["weekdays_nl"])
WEEKDAYS_EN: tuple[str, ...] = tuple(_CAL["weekdays_en"])

# Every name and abbreviation -> its month number.
MONTH_NUMBER: dict[str, int] = {**{m: i + 1 for i, m in enumerate(MONTHS_NL)},
                                **{m: i + 1 for i, m in enumerate(MONTHS_EN)}, **ABBREVIATIONS_NL, **ABBREVIATIONS_EN}
# Monday is 0, as datetime.weekday() counts.
WEEKDAY_NUMBER: dict[str, int] = {d: i for i, d in enumerate(WEEKDAYS_NL)}
