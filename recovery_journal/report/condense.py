"""Long day-by-day chart tables made short enough for paper (by week or by month).

A chart's table may come in English or in the report's language; numbers may use a decimal
comma. The averages are written in the report's `Language`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.report.dates import friendly_day, friendly_month, parse_friendly_day

# A table longer than this is shown by week or by month, so a year fits on a page or two.
MAX_DAY_ROWS = 31

Table = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def _value(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        pass
    try:
        return float(cell.replace(",", "."))  # a table in a language with a decimal comma
    except ValueError:
        return math.nan


def _mean(cells: Sequence[str], lang: Language) -> str:
    values = [v for v in (_value(c) for c in cells) if not math.isnan(v)]
    return lang.number(sum(values) / len(values)) if values else "—"


def _parse_day(cell: str) -> date | None:
    # Chart tables may give days as ISO text or already in the friendly style.
    try:
        return date.fromisoformat(cell)
    except ValueError:
        return parse_friendly_day(cell)


def _group_start(day: date, monthly: bool) -> date:
    return day.replace(day=1) if monthly else day - timedelta(days=day.weekday())


def condense_table(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
                   lang: Language = ENGLISH) -> Table:
    """A day-by-day table short enough for paper: the day's own values only (no ranges or
    running averages), and by week or by month when there are more than MAX_DAY_ROWS days."""
    # A chart's table may be in English or in `lang` ("Day" is one word in every context).
    if not headers or headers[0] not in ("Day", lang.translate("Report", "Day"),
                                         lang.translate("ChartTable", "Day")):
        return headers, rows
    keep = [0] + [i for i, name in enumerate(headers) if i and ":" not in name]
    headers = tuple(headers[i] for i in keep)
    rows = tuple(tuple(row[i] for i in keep) for row in rows)
    days = [d for d in (_parse_day(row[0]) for row in rows) if d is not None]
    if len(days) != len(rows):
        return headers, rows  # days this module cannot read: leave them as they are
    if len(rows) <= MAX_DAY_ROWS:
        return headers, tuple((friendly_day(d), *row[1:]) for d, row in zip(days, rows,
                                                                             strict=True))
    monthly = (days[-1] - days[0]).days > 26 * 7
    groups: dict[date, list[tuple[str, ...]]] = {}
    for day, row in zip(days, rows, strict=True):
        groups.setdefault(_group_start(day, monthly), []).append(row)
    first = lang.translate("Report", "Month") if monthly else lang.translate("Report",
                                                                             "Week from")
    new_headers = (first, lang.translate("Report", "Days with a value"),
                   *(lang.translate("Report", "%1 (average)", name) for name in headers[1:]))
    new_rows = tuple(
        (friendly_month(start) if monthly else friendly_day(start),
         str(len(group)),
         *(_mean([row[i] for row in group], lang) for i in range(1, len(headers))))
        for start, group in groups.items()
    )
    return new_headers, new_rows
