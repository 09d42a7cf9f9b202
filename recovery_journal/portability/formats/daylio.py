"""Daylio's CSV export, current and older headers.

Current: full_date,date,weekday,time,mood,activities,note_title,note
Older:   year,date,weekday,time,mood,activities,note
Rows come newest first, several a day; activities are split by " | " (with stray spaces);
times are 12- or 24-hour; notes may hold basic HTML. A note title becomes the first line of
the check-in's note.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from datetime import date, tzinfo

from recovery_journal.portability.formats.common import (
    cell,
    header_index,
    local_moment,
    parse_clock,
    read_rows,
)
from recovery_journal.portability.formats.html_text import to_text
from recovery_journal.portability.records import CheckInRecord, ImportPlan, ImportProblem

DAYLIO_DEFAULT_MOODS: dict[str, float] = {"rad": 10, "good": 7.5, "meh": 5, "bad": 2.5, "awful": 0}
_MONTHS = {
    name: number
    for number, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december"), start=1)
    for name in names.split()
}
_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _columns(rows: list[list[str]]) -> dict[str, int]:
    if not rows:
        raise ImportProblem("The file is empty.")
    columns = header_index(rows[0])
    for needed in ("date", "time", "mood"):
        if needed not in columns:
            raise ImportProblem("This doesn't look like a Daylio export: a column is missing.",
                                row=1, column=needed)
    if "full_date" not in columns and "year" not in columns:
        raise ImportProblem("This doesn't look like a Daylio export: a column is missing.",
                            row=1, column="full_date")
    return columns


def mood_labels(text: str) -> tuple[str, ...]:
    """The mood labels used in the file, most used first."""
    rows = read_rows(text)
    return _labels(rows, _columns(rows)["mood"])


def _labels(rows: list[list[str]], position: int) -> tuple[str, ...]:
    found: Counter[str] = Counter()
    for number, row in enumerate(rows[1:], start=2):
        label = cell(row, position, number=number, column="mood").strip()
        if label:
            found[label] += 1
    return tuple(label for label, _ in found.most_common())


def mood_scale(mood_map: dict[str, float] | None, labels: tuple[str, ...]) -> dict[str, float]:
    """Label (casefolded) -> 0-10 value: the defaults, then the person's own choices."""
    scale = {k.casefold(): float(v) for k, v in DAYLIO_DEFAULT_MOODS.items()}
    for label, value in (mood_map or {}).items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
            math.isfinite(value) and 0 <= value <= 10
        ):
            raise ImportProblem("Each mood must be given a number from 0 to 10.", column="mood")
        scale[label.strip().casefold()] = float(value)
    unknown = [label for label in labels if label.casefold() not in scale]
    if unknown:
        raise ImportProblem(
            "Choose a number from 0 to 10 for these moods: " + ", ".join(unknown) + ".",
            column="mood",
        )
    return scale


def parse(text: str, mood_map: dict[str, float] | None, zone: tzinfo | None) -> ImportPlan:
    """Read a Daylio CSV export into check-ins (oldest first)."""
    rows = read_rows(text)
    columns = _columns(rows)
    labels = _labels(rows, columns["mood"])
    scale = mood_scale(mood_map, labels)
    width = len(rows[0])
    records: list[CheckInRecord] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > width:
            raise ImportProblem("This row has more cells than the header.", row=number)
        records.append(_record(row, number, columns, scale, zone))
    records.sort(key=lambda r: (r.recorded_at, r.row or 0))
    return ImportPlan(
        "daylio", checkins=tuple(records), mood_labels=labels,
        value_columns=(("mood", "mood"),),
    )


def _record(
    row: list[str], number: int, columns: dict[str, int], scale: dict[str, float],
    zone: tzinfo | None,
) -> CheckInRecord:
    def get(name: str) -> str:
        return cell(row, columns.get(name), number=number, column=name)

    day = _day(get, number, "full_date" in columns)
    moment = local_moment(day, parse_clock(get("time"), row=number, column="time"), zone,
                          row=number, column="full_date" if "full_date" in columns else "date")
    label = get("mood").strip()
    values = (("mood", scale[label.casefold()]),) if label else ()
    tags = tuple(dict.fromkeys(a.strip() for a in get("activities").split("|") if a.strip()))
    title = to_text(get("note_title"))
    note = to_text(get("note"))
    full_note = f"{title}\n{note}" if title and note else title or note
    return CheckInRecord(row=number, recorded_at=moment, values=values, tags=tags,
                         note=full_note)


def _day(get: Callable[[str], str], number: int, has_full_date: bool) -> date:
    if has_full_date:
        try:
            return date.fromisoformat(get("full_date").strip())
        except ValueError:
            raise ImportProblem("This isn't a date (YYYY-MM-DD).", row=number,
                                column="full_date") from None
    year_text = get("year").strip()
    words = _WORDS.findall(get("date").casefold())
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    days = [int(w) for w in words if w.isdigit()]
    if not year_text.isdigit() or len(months) != 1 or len(days) != 1:
        raise ImportProblem("This isn't a date like \"18 May\".", row=number, column="date")
    try:
        return date(int(year_text), months[0], days[0])
    except ValueError:
        raise ImportProblem("This date doesn't exist.", row=number, column="date") from None
