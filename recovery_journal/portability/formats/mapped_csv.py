"""Any CSV (eMoods, How We Feel, iMoodJournal, Bearable, a spreadsheet) through a mapping.

Wide form: each row is one check-in. Long form (`LongForm`, as Bearable writes): each row is
one reading (a category, a number, a detail), and the readings of one moment become one
check-in. Dates are read by `csv_dates`; a row without a time is taken at noon. Tag cells are
split on any of `tag_separators`. A measure given as words (`labels`) is mapped to numbers the
way Daylio's mood labels are. Measures the journal lacks can be created (`new_measures`).
Whatever the file holds that the mapping gives no place is counted in `ImportPlan.left_out`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo

from recovery_journal.portability.formats.common import (
    cell,
    header_index,
    local_moment,
    parse_number,
    read_rows,
)
from recovery_journal.portability.formats.csv_dates import (
    clock_or_part,
    parse_when,
    split_clock,
)
from recovery_journal.portability.problems import NO_CATEGORY, NO_NUMBER
from recovery_journal.portability.records import (
    CheckInRecord,
    ImportPlan,
    ImportProblem,
    MeasureRecord,
    VaultRecords,
)

_NOON = time(12, 0)
_HASHTAG = re.compile(r"#(\w[\w-]*)")


@dataclass(frozen=True)
class NewMeasure:
    """A measure to create when the journal has none with this key."""

    key: str
    name: str
    min_value: float
    max_value: float
    step: float | None = None
    low_label: str = ""
    high_label: str = ""


@dataclass(frozen=True)
class LongForm:
    """One row per reading; `uses` maps a category (any case) to "m:KEY", "tags" or "note".

    A category without a use is not brought in (and is counted in the preview).
    """

    category: str
    value: str
    detail: str | None = None
    uses: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CsvMapping:
    """Which columns hold what; `measures` maps a column name to a measure key."""

    date: str
    time: str | None = None
    measures: dict[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    note: str | None = None
    date_format: str | None = None
    hour: str | None = None
    minute: str | None = None
    labels: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    tag_separators: str = "|,;"
    parts_of_day: dict[str, str] = field(default_factory=dict)
    new_measures: tuple[NewMeasure, ...] = ()
    long: LongForm | None = None
    # Columns of feeling words (split like tags), and the group of known words (casefolded).
    feelings: tuple[str, ...] = ()
    feeling_groups: dict[str, str] = field(default_factory=dict)

    def used_columns(self) -> list[str]:
        """Every column the mapping reads."""
        found = [self.date, self.time, self.hour, self.minute, self.note, *self.measures,
                 *self.tags, *self.notes, *self.hashtags, *self.feelings]
        if self.long is not None:
            found += [self.long.category, self.long.value, self.long.detail]
        return list(dict.fromkeys(c for c in found if c))


def parse(text: str, mapping: CsvMapping, zone: tzinfo | None) -> ImportPlan:
    """Read a CSV through `mapping` into check-ins (oldest first)."""
    reader = _Reader(text, mapping, zone)
    records = reader.long_records() if mapping.long else reader.wide_records()
    records.sort(key=lambda r: (r.recorded_at, r.row or 0))
    if mapping.long is not None:
        keys = {u[2:] for u in mapping.long.uses.values() if u.startswith("m:")}
        columns = [(key, mapping.long.value) for key in sorted(keys)]
    else:
        keys = set(mapping.measures.values())
        columns = [(key, column) for column, key in mapping.measures.items()]
    return ImportPlan(
        "csv", checkins=tuple(records), value_columns=tuple(columns),
        rest=VaultRecords(measures=tuple(
            MeasureRecord(m.key, m.name, m.min_value, m.max_value, m.low_label,
                          m.high_label, False, m.step)
            for m in mapping.new_measures if m.key in keys)),
        left_out=tuple(sorted(reader.left_out.items())),
    )


def columns_of(text: str) -> list[str]:
    """The header (trimmed)."""
    rows = read_rows(text)
    if not rows:
        raise ImportProblem("The file is empty.")
    return [name.strip() for name in rows[0]]


def label_words(text: str, mapping: CsvMapping) -> dict[str, tuple[str, ...]]:
    """For each column of words mapped to a measure, the words it holds, most used first."""
    rows = read_rows(text)
    if not rows:
        raise ImportProblem("The file is empty.")
    columns = header_index(rows[0])
    found: dict[str, tuple[str, ...]] = {}
    for column in mapping.labels:
        position = columns.get(column.strip().lower())
        counts: Counter[str] = Counter()
        for number, row in enumerate(rows[1:], start=2):
            counts.update(_words(cell(row, position, number=number, column=column),
                                 mapping.tag_separators))
        found[column] = tuple(word for word, _ in counts.most_common())
    return found


def categories_of(text: str, long: LongForm) -> dict[str, int]:
    """The categories of a long-form file (as written first) and how many rows each has."""
    rows = read_rows(text)
    if not rows:
        raise ImportProblem("The file is empty.")
    columns = header_index(rows[0])
    if long.category.strip().lower() not in columns:
        raise ImportProblem("The file has no column with this name.", row=1,
                            column=long.category)
    position = columns[long.category.strip().lower()]
    names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for number, row in enumerate(rows[1:], start=2):
        name = cell(row, position, number=number, column=long.category).strip()
        if name:
            names.setdefault(name.casefold(), name)
            counts[name.casefold()] += 1
    return {names[key]: counts[key] for key in names}


def new_measure_for(text: str, column: str) -> NewMeasure:
    """A measure for a column of numbers the journal has no measure for.

    Named after the column; its range holds 0 to 10 and every number in the column, so each
    value comes in as written.
    """
    rows = read_rows(text)
    position = header_index(rows[0]).get(column.strip().lower()) if rows else None
    numbers = []
    for number, row in enumerate(rows[1:], start=2):
        cell_text = cell(row, position, number=number, column=column)
        if cell_text.strip():
            numbers.append(parse_number(cell_text, row=number, column=column))
    key = re.sub(r"\W+", "_", column.strip().casefold()).strip("_") or "measure"
    return NewMeasure(key, column.strip() or key, min([0.0, *numbers]) // 1,
                      -(-max([10.0, *numbers]) // 1))


def _words(text: str, separators: str) -> list[str]:
    if not separators:
        return [text.strip()] if text.strip() else []
    parts = re.split("[" + re.escape(separators) + "]", text)
    return [p.strip() for p in parts if p.strip()]


class _Reader:
    """Reads rows through one mapping; remembers what had no place."""

    def __init__(self, text: str, mapping: CsvMapping, zone: tzinfo | None) -> None:
        rows = read_rows(text)
        if not rows:
            raise ImportProblem("The file is empty.")
        self.header = [name.strip() for name in rows[0]]
        self.columns = header_index(rows[0])
        self.rows = rows[1:]
        for number, row in enumerate(self.rows, start=2):
            # A cell past the header (an unquoted comma in a note) would be lost unseen.
            if any(extra.strip() for extra in row[len(self.header):]):
                raise ImportProblem("This row has more cells than the header.", row=number)
        self.mapping = mapping
        self.zone = zone
        self.left_out: Counter[str] = Counter()
        for name in mapping.used_columns():
            if name.strip().lower() not in self.columns:
                raise ImportProblem("The file has no column with this name.", row=1,
                                    column=name)
        self.parts = {word.casefold(): _clock(value) for word, value in
                      mapping.parts_of_day.items()}
        self.scales = {column: {w.strip().casefold(): float(v) for w, v in words.items()}
                       for column, words in mapping.labels.items()}
        self._check_labels()

    def _check_labels(self) -> None:
        for column, scale in self.scales.items():
            unknown = dict.fromkeys(
                word for number, row in enumerate(self.rows, start=2)
                for word in _words(self.get(row, number, column), self.mapping.tag_separators)
                if word.casefold() not in scale)
            if unknown:
                raise ImportProblem("Choose a number for each of these words: %1.",
                                    ", ".join(unknown), column=column)

    def get(self, row: list[str], number: int, name: str | None) -> str:
        if not name:
            return ""
        return cell(row, self.columns[name.strip().lower()], number=number, column=name)

    def moment_of(self, row: list[str], number: int) -> tuple[date, time]:
        mapping = self.mapping
        day, clock = parse_when(self.get(row, number, mapping.date), mapping.date_format,
                                row=number, column=mapping.date)
        if mapping.time:
            clock = clock_or_part(self.get(row, number, mapping.time), self.parts,
                                  row=number, column=mapping.time) or clock
        if mapping.hour:
            clock = split_clock(
                self.get(row, number, mapping.hour), self.get(row, number, mapping.minute),
                row=number, hour_column=mapping.hour,
                minute_column=mapping.minute or mapping.hour) or clock
        return day, clock or _NOON

    def value(self, text: str, number: int, column: str) -> float | None:
        if column in self.scales:
            words = _words(text, self.mapping.tag_separators)
            if not words:
                return None
            # Several words in one cell (How We Feel allows more than one feeling): their mean.
            return sum(self.scales[column][w.casefold()] for w in words) / len(words)
        if not text.strip():
            return None
        return parse_number(text, row=number, column=column)

    def wide_records(self) -> list[CheckInRecord]:
        mapping = self.mapping
        used = {c.strip().lower() for c in mapping.used_columns()}
        records = []
        for number, row in enumerate(self.rows, start=2):
            day, clock = self.moment_of(row, number)
            values = []
            for column, key in mapping.measures.items():
                value = self.value(self.get(row, number, column), number, column)
                if value is not None:
                    values.append((key, value))
            tags = [t for column in mapping.tags
                    for t in _words(self.get(row, number, column), mapping.tag_separators)]
            tags += [t for column in mapping.hashtags
                     for t in _HASHTAG.findall(self.get(row, number, column))]
            notes = [self.get(row, number, c).strip() for c in (mapping.note, *mapping.notes)]
            felt = tuple(dict.fromkeys(
                w for column in mapping.feelings
                for w in _words(self.get(row, number, column), mapping.tag_separators)))
            records.append(CheckInRecord(
                row=number, recorded_at=self.local(day, clock, number), values=tuple(values),
                tags=tuple(dict.fromkeys(tags)), note="\n\n".join(n for n in notes if n),
                # The row's own cells: rows alike only in the mapped columns are both kept.
                source="\x1f".join(row), feelings=felt,
                feeling_groups=tuple((w, g) for w in felt
                                     if (g := mapping.feeling_groups.get(w.casefold())))))
            for position, name in enumerate(self.header):
                if name.lower() not in used and position < len(row) and row[position].strip():
                    self.left_out[name] += 1
        return records

    def local(self, day: date, clock: time, number: int) -> datetime:
        return local_moment(day, clock, self.zone, row=number, column=self.mapping.date)

    def long_records(self) -> list[CheckInRecord]:
        long = self.mapping.long
        assert long is not None
        uses = {name.strip().casefold(): use for name, use in long.uses.items()}
        groups: dict[datetime, list[_Group]] = {}
        for number, row in enumerate(self.rows, start=2):
            day, clock = self.moment_of(row, number)
            moment = self.local(day, clock, number)
            category = self.get(row, number, long.category).strip()
            use = uses.get(category.casefold(), "skip")
            if use == "skip":
                self.left_out[category or NO_CATEGORY] += 1
                continue
            reading = _Reading(category, self.get(row, number, long.value).strip(),
                               self.get(row, number, long.detail).strip(), number,
                               "\x1f".join(row))
            bucket = groups.setdefault(moment, [])
            if use.startswith("m:"):
                value = self.value(reading.value, number, long.value)
                if value is None:
                    self.left_out[category + NO_NUMBER] += 1
                    continue
                group = _free_for(bucket, use[2:], number)
                group.values.append((use[2:], value, number))
                group.sources.append(reading.source)
            else:
                if not bucket:
                    bucket.append(_Group(number))
                group = bucket[0]
                group.add(reading, use, self.mapping.tag_separators)
            note = self.get(row, number, self.mapping.note).strip()
            if note:
                group.add_note(note)
        return [group.record(moment) for moment, bucket in groups.items() for group in bucket]


def _clock(text: str) -> time:
    hour, _, minute = text.partition(":")
    return time(int(hour), int(minute or 0))


@dataclass
class _Reading:
    category: str
    value: str
    detail: str
    row: int
    source: str = ""

    def line(self) -> str:
        return f"{self.category}: " + " ".join(p for p in (self.detail, self.value) if p)


@dataclass
class _Group:
    """The readings of one moment that become one check-in."""

    row: int
    values: list[tuple[str, float, int]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def add(self, reading: _Reading, use: str, separators: str) -> None:
        self.row = min(self.row, reading.row)
        self.sources.append(reading.source)
        if use == "tags":
            self.tags += _words(reading.detail or reading.category, separators)
            if reading.value:
                self.lines.append(reading.line())
        else:
            self.lines.append(reading.line())

    def add_note(self, note: str) -> None:
        if note not in self.lines:
            self.lines.append(note)

    def record(self, moment: datetime) -> CheckInRecord:
        return CheckInRecord(
            row=self.row, recorded_at=moment,
            values=tuple((k, v) for k, v, _ in self.values),
            tags=tuple(dict.fromkeys(self.tags)), note="\n".join(self.lines),
            value_rows=tuple((k, r) for k, _, r in self.values),
            source="\n".join(self.sources))


def _free_for(bucket: list[_Group], key: str, row: int) -> _Group:
    """The first check-in of this moment without a value for `key` (a new one if none)."""
    for group in bucket:
        if all(k != key for k, _, _ in group.values):
            group.row = min(group.row, row)
            return group
    bucket.append(_Group(row))
    return bucket[-1]
