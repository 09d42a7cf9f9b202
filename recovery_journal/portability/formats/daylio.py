"""Daylio's CSV export, in every header seen in the wild (docs/export-format.md).

Current:   full_date,date,weekday,time,mood,activities,note_title,note
With scales: full_date,date,weekday,time,mood,activities,scales,note_title,note
7 columns: full_date,date,weekday,time,mood,activities,note
Older:     year,date,weekday,time,mood,activities,note  ("18 May", or "18 maja" in Polish...)
Columns are found by name, so a file with `full_date` but no `date` reads too. Rows come
newest first, several a day; activities are split by "|" (with stray spaces); times are 12- or
24-hour; notes may hold basic HTML. A note title becomes the first line of the check-in's note.
Scales ("Sleep Quality: 8/10 points | Sleep Time: 7:30") become measures only with the
person's consent (`with_scales`); the plan names them so the UI and CLI can ask.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from datetime import date, tzinfo

from recovery_journal.insights.language import MARK
from recovery_journal.portability.formats import daylio_scales
from recovery_journal.portability.formats.calendar_words import Calendar, calendar, read_calendar
from recovery_journal.portability.formats.common import (
    cell,
    header_index,
    local_moment,
    parse_clock,
    read_rows,
)
from recovery_journal.portability.formats.html_text import to_text
from recovery_journal.portability.records import (
    CheckInRecord,
    ImportPlan,
    ImportProblem,
    VaultRecords,
)

DAYLIO_DEFAULT_MOODS: dict[str, float] = {"rad": 10, "good": 7.5, "meh": 5, "bad": 2.5, "awful": 0}
_MISSING = MARK.translate("ImportProblems",
                          "This doesn't look like a Daylio export: a column is missing.")


def _columns(rows: list[list[str]]) -> dict[str, int]:
    if not rows:
        raise ImportProblem("The file is empty.")
    columns = header_index(rows[0])
    for needed in ("time", "mood"):
        if needed not in columns:
            raise ImportProblem(_MISSING, row=1, column=needed)
    if "full_date" not in columns:
        for needed in ("year", "date"):
            if needed not in columns:
                raise ImportProblem(_MISSING, row=1, column="full_date")
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
            # Quoted, since a label of the person's own may hold a comma ("ok, tired").
            "Choose a number from 0 to 10 for these moods: %1.",
            ", ".join(f'"{label}"' for label in unknown),
            column="mood",
        )
    return scale


def parse(
    text: str, mood_map: dict[str, float] | None, zone: tzinfo | None, *,
    with_scales: bool = False,
) -> ImportPlan:
    """Read a Daylio CSV export into check-ins (oldest first)."""
    rows = read_rows(text)
    columns = _columns(rows)
    labels = _labels(rows, columns["mood"])
    scale = mood_scale(mood_map, labels)
    width = len(rows[0])
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > width:
            raise ImportProblem("This row has more cells than the header.", row=number)
    words = None if "full_date" in columns else _calendar(rows, columns)
    scales = daylio_scales.read(rows, columns.get("scales"))
    records = [
        _record(row, number, columns, scale, zone, words, scales if with_scales else None)
        for number, row in enumerate(rows[1:], start=2)
    ]
    records.sort(key=lambda r: (r.recorded_at, r.row or 0))
    measures = scales.measures() if with_scales else ()
    return ImportPlan(
        "daylio", checkins=tuple(records), mood_labels=labels,
        value_columns=(("mood", "mood"), *((m.key, "scales") for m in measures)),
        rest=VaultRecords(measures=measures), scales=scales.names(), with_scales=with_scales,
    )


def _record(
    row: list[str], number: int, columns: dict[str, int], scale: dict[str, float],
    zone: tzinfo | None, words: Calendar | None, scales: daylio_scales.Scales | None,
) -> CheckInRecord:
    def get(name: str) -> str:
        return cell(row, columns.get(name), number=number, column=name)

    day = _day(get, number, words)
    moment = local_moment(day, parse_clock(get("time"), row=number, column="time"), zone,
                          row=number, column="date" if words else "full_date")
    label = get("mood").strip()
    values: tuple[tuple[str, float], ...] = (
        (("mood", scale[label.casefold()]),) if label else ())
    if scales is not None:
        values += scales.values(get("scales"), number)
    tags = tuple(dict.fromkeys(a.strip() for a in get("activities").split("|") if a.strip()))
    title = to_text(get("note_title"))
    note = to_text(get("note"))
    full_note = f"{title}\n{note}" if title and note else title or note
    return CheckInRecord(row=number, recorded_at=moment, values=values, tags=tags,
                         note=full_note, source="\x1f".join(row))


def _calendar(rows: list[list[str]], columns: dict[str, int]) -> Calendar:
    """The language of the older header's "18 May" dates (English when no row is readable)."""
    found: list[tuple[int, str, str]] = []
    for number, row in enumerate(rows[1:], start=2):
        year = cell(row, columns["year"], number=number, column="year").strip()
        if not year.isdigit():
            raise ImportProblem("This isn't a year.", row=number, column="year")
        weekday = cell(row, columns.get("weekday"), number=number, column="weekday")
        found.append((int(year), cell(row, columns["date"], number=number, column="date"),
                      weekday))
    return read_calendar(found) or calendar("en")


def _day(get: Callable[[str], str], number: int, words: Calendar | None) -> date:
    if words is None:
        try:
            return date.fromisoformat(get("full_date").strip())
        except ValueError:
            raise ImportProblem("This isn't a date (YYYY-MM-DD).", row=number,
                                column="full_date") from None
    found = words.day(int(get("year").strip()), get("date"))
    if found is None:
        raise ImportProblem("This isn't a date like \"18 May\".", row=number, column="date")
    return found
