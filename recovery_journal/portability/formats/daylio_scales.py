"""Daylio's `scales` column: the person's own measures, e.g.
"Sleep Quality: 8/10 points | Sleep Time: 7:30 | Awake mid-sleep: 1:00".

A value "N/M ..." is N on a measure from 0 to M (the largest M seen); "H:MM" is hours on a
measure from 0 to 24 (7:30 is 7.5); a plain number is kept as it is, on a measure from 0 (or
the lowest value seen) to at least 10. Each scale becomes a measure named as in Daylio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recovery_journal.portability.formats.common import cell, measure_number
from recovery_journal.portability.records import ImportProblem, MeasureRecord
from recovery_journal.storage.measures import key_from_name

_POINTS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)(?:\s+\S.*)?$")
_HOURS = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_NUMBER = re.compile(r"^(-?\d+(?:[.,]\d+)?)(?:\s+\S.*)?$")


@dataclass
class _Scale:
    name: str
    key: str
    kind: str
    low: float = 0.0
    high: float = 0.0


@dataclass
class Scales:
    """The scales a file holds, in the order first seen."""

    found: dict[str, _Scale] = field(default_factory=dict)

    def names(self) -> tuple[str, ...]:
        """The scales' names as the file spells them."""
        return tuple(s.name for s in self.found.values())

    def measures(self) -> tuple[MeasureRecord, ...]:
        """One measure per scale, for the person to agree to."""
        return tuple(
            MeasureRecord(key=s.key, name=s.name, min_value=s.low, max_value=s.high,
                          low_label="", high_label="", archived=False,
                          step=0.1 if s.kind == "hours" else 1.0)
            for s in self.found.values()
        )

    def values(self, text: str, row: int) -> tuple[tuple[str, float], ...]:
        """One row's scale values keyed by measure key."""
        found: dict[str, float] = {}
        for name, value in _parts(text, row):
            scale = self.found[name.casefold()]
            found[scale.key] = _value(value, row)[0]
        return tuple(found.items())

    def _see(self, name: str, value: str, row: int) -> None:
        number, kind, high = _value(value, row)
        scale = self.found.get(name.casefold())
        if scale is None:
            keys = {s.key for s in self.found.values()}
            key = base = key_from_name(name)
            suffix = 2
            while key in keys:
                key, suffix = f"{base}_{suffix}", suffix + 1
            scale = self.found[name.casefold()] = _Scale(name, key, kind)
        if scale.kind != kind:
            raise ImportProblem("This scale's value is of another kind than in earlier rows.",
                                row=row, column="scales")
        scale.low = min(scale.low, number)
        scale.high = max(scale.high, high)


def read(rows: list[list[str]], position: int | None) -> Scales:
    """Every scale named in the file's `scales` column (none when there is no such column)."""
    scales = Scales()
    if position is None:
        return scales
    for number, row in enumerate(rows[1:], start=2):
        for name, value in _parts(cell(row, position, number=number, column="scales"), number):
            scales._see(name, value, number)
    return scales


def _parts(text: str, row: int) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for part in filter(None, (p.strip() for p in text.split("|"))):
        # The first colon ends the name: a time value ("7:30") holds one of its own.
        name, sep, value = part.partition(":")
        if not sep or not name.strip() or not value.strip():
            raise ImportProblem("This isn't a scale like \"Sleep Quality: 8/10 points\".",
                                row=row, column="scales")
        parts.append((name.strip(), value.strip()))
    return parts


def _value(text: str, row: int) -> tuple[float, str, float]:
    """(value, kind, highest the measure must reach) for one scale value."""
    hours = _HOURS.match(text)
    if hours:
        return round(int(hours[1]) + int(hours[2]) / 60, 2), "hours", 24.0
    points = _POINTS.match(text)
    if points:
        value = _number(points[1], row)
        return value, "points", max(value, _number(points[2], row))
    plain = _NUMBER.match(text)
    if plain:
        value = _number(plain[1], row)
        return value, "number", max(value, 10.0)
    raise ImportProblem("This scale's value isn't a number.", row=row, column="scales")


def _number(text: str, row: int) -> float:
    return measure_number(float(text.replace(",", ".")), row=row, column="scales")
