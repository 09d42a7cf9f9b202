"""Any CSV (eMoods, Bearable, a spreadsheet) with the columns the person chose.

Each row becomes one check-in. Tag cells are split on "|" and ","; a row without a time is
taken at noon. Dates are ISO (2024-03-05, or a full ISO date and time) unless a
`date_format` in `datetime.strptime` form is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo

from recovery_journal.portability.formats.common import (
    cell,
    header_index,
    local_moment,
    parse_clock,
    parse_number,
    read_rows,
)
from recovery_journal.portability.records import CheckInRecord, ImportPlan, ImportProblem

_NOON = time(12, 0)
_TAG_SPLIT = re.compile(r"[|,]")


@dataclass(frozen=True)
class CsvMapping:
    """Which columns hold what; `measures` maps a column name to a measure key."""

    date: str
    time: str | None = None
    measures: dict[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    note: str | None = None
    date_format: str | None = None


def parse(text: str, mapping: CsvMapping, zone: tzinfo | None) -> ImportPlan:
    """Read a CSV through `mapping` into check-ins (oldest first)."""
    rows = read_rows(text)
    if not rows:
        raise ImportProblem("The file is empty.")
    columns = header_index(rows[0])
    wanted = [mapping.date, *([mapping.time] if mapping.time else []), *mapping.measures,
              *mapping.tags, *([mapping.note] if mapping.note else [])]
    for name in wanted:
        if name.strip().lower() not in columns:
            raise ImportProblem("The file has no column with this name.", row=1, column=name)
    records = [
        _record(row, number, columns, mapping, zone)
        for number, row in enumerate(rows[1:], start=2)
    ]
    records.sort(key=lambda r: (r.recorded_at, r.row or 0))
    return ImportPlan(
        "csv", checkins=tuple(records),
        value_columns=tuple((key, column) for column, key in mapping.measures.items()),
    )


def _record(
    row: list[str], number: int, columns: dict[str, int], mapping: CsvMapping,
    zone: tzinfo | None,
) -> CheckInRecord:
    def get(name: str) -> str:
        return cell(row, columns[name.strip().lower()], number=number, column=name)

    day, clock = _when(get(mapping.date), number, mapping)
    if mapping.time and get(mapping.time).strip():
        clock = parse_clock(get(mapping.time), row=number, column=mapping.time)
    values = []
    for column, key in mapping.measures.items():
        text = get(column)
        if text.strip():
            values.append((key, parse_number(text, row=number, column=column)))
    tags = [t.strip() for column in mapping.tags for t in _TAG_SPLIT.split(get(column))]
    return CheckInRecord(
        row=number, recorded_at=local_moment(day, clock or _NOON, zone, row=number,
                                             column=mapping.date), values=tuple(values),
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        note=get(mapping.note).strip() if mapping.note else "", source="\x1f".join(row),
    )


def _when(text: str, number: int, mapping: CsvMapping) -> tuple[date, time | None]:
    text = text.strip()
    try:
        if mapping.date_format:
            moment = datetime.strptime(text, mapping.date_format)
            has_clock = any(code in mapping.date_format for code in ("%H", "%I", "%M"))
            return moment.date(), moment.time() if has_clock else None
        if len(text) == 10:
            return date.fromisoformat(text), None
        moment = datetime.fromisoformat(text)
        return moment.date(), moment.time().replace(tzinfo=None)
    except ValueError:
        raise ImportProblem(
            "This isn't a date in the expected form.", row=number, column=mapping.date
        ) from None
