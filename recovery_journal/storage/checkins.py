"""Check-ins: the values, tags and note a person records, several a day, past days allowed."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from itertools import groupby
from typing import Any

from recovery_journal.model import CheckIn, FeelingTallies, MeasureDays, TagDays
from recovery_journal.storage import softdelete
from recovery_journal.storage.convert import from_day, from_iso, stamp, to_day, to_iso
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.feelings import (
    checkin_feelings,
    feeling_tallies,
    set_checkin_feelings,
)
from recovery_journal.storage.measures import plain_number
from recovery_journal.storage.tagging import set_tags
from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Params, Vault, Writer

_LIVE = "c.deleted_at IS NULL"
_BY_ID = f"c.id = ? AND {_LIVE}"
_BETWEEN = f"{_LIVE} AND c.local_date BETWEEN ? AND ?"
# Every check-in on or after the day of the limit-th newest one, so the day is complete
# and can be sorted by instant (clock text alone misorders mixed UTC offsets).
_RECENT = (
    f"{_LIVE} AND c.local_date >= COALESCE((SELECT local_date FROM checkin "
    "WHERE deleted_at IS NULL ORDER BY local_date DESC LIMIT 1 OFFSET ?), '')"
)


def _tag_names(tags: Iterable[str]) -> list[str]:
    if isinstance(tags, str):
        raise TypeError("tags must be a collection of names, not a single string")
    return list(tags)


def _write_values(writer: Writer, checkin_id: int, values: Mapping[str, float]) -> None:
    """Replace a check-in's values, each checked against its measure's range.

    A value the check-in already holds is kept even outside the range (saved before the range
    changed, or by an older version): editing never changes or refuses what was not touched.
    """
    measures = {
        str(key): (int(mid), float(low), float(high))
        for key, mid, low, high in writer.query(
            "SELECT key, id, min_value, max_value FROM measure"
        )
    }
    held = {
        (int(mid), float(value)) for mid, value in writer.query(
            "SELECT measure_id, value FROM checkin_value WHERE checkin_id = ?", (checkin_id,))
    }
    rows: list[tuple[int, int, float]] = []
    for key, value in values.items():
        if key not in measures:
            raise ValueError("One of the values is for a measure this journal doesn't have.")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("Each value must be a number.")
        measure_id, low, high = measures[key]
        # NaN and infinities fail this comparison too.
        if not low <= value <= high and (measure_id, float(value)) not in held:
            raise ValueError(
                f"A value is outside its measure's range ({plain_number(low)} to "
                f"{plain_number(high)})."
            )
        rows.append((checkin_id, measure_id, float(value)))
    writer.execute("DELETE FROM checkin_value WHERE checkin_id = ?", (checkin_id,))
    writer.executemany(
        "INSERT INTO checkin_value (checkin_id, measure_id, value) VALUES (?, ?, ?)", rows
    )


class CheckIns:
    """Record, change, find and (undoably) delete check-ins."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(
        self, *, recorded_at: datetime, values: Mapping[str, float] | None = None,
        tags: Iterable[str] = (), note: str = "", feelings: Iterable[str] = (),
    ) -> CheckIn:
        """Save a check-in; its day is `recorded_at`'s date in its own UTC offset."""
        recorded = to_iso(recorded_at)
        names = _tag_names(tags)
        now = stamp(self._vault.now())
        with self._vault.write() as w:
            new_id = int(w.execute(
                "INSERT INTO checkin (recorded_at, local_date, note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (recorded, to_day(recorded_at.date()), storable(note), now, now),
            ).lastrowid)
            set_tags(w, "checkin_tag", new_id, names)
            set_checkin_feelings(w, new_id, feelings, now)
            _write_values(w, new_id, values or {})
        return self.get(new_id)

    def update(
        self, id: int, *, recorded_at: datetime | None = None,
        values: Mapping[str, float] | None = None, tags: Iterable[str] | None = None,
        note: str | None = None, feelings: Iterable[str] | None = None,
    ) -> CheckIn:
        """Change what is given; `values`, `tags` and `feelings` replace the old ones entirely."""
        current = self.get(id)
        moment = current.recorded_at if recorded_at is None else recorded_at
        recorded = to_iso(moment)
        names = None if tags is None else _tag_names(tags)
        with self._vault.write() as w:
            w.execute(
                "UPDATE checkin SET recorded_at = ?, local_date = ?, note = ?, updated_at = ? "
                "WHERE id = ?",
                (
                    recorded, to_day(moment.date()),
                    current.note if note is None else storable(note),
                    stamp(self._vault.now()), id,
                ),
            )
            if names is not None:
                set_tags(w, "checkin_tag", id, names)
            if feelings is not None:
                set_checkin_feelings(w, id, feelings, stamp(self._vault.now()))
            if values is not None:
                _write_values(w, id, values)
        return self.get(id)

    def get(self, id: int) -> CheckIn:
        found = self._load(_BY_ID, (id,))
        if not found:
            raise NotFoundError()
        return found[0]

    def recent(self, limit: int = 20) -> builtins.list[CheckIn]:
        """The newest check-ins, newest first."""
        if limit <= 0:
            return []
        found = self._load(_RECENT, (limit - 1,))
        found.reverse()
        return found[:limit]

    def between(self, start: date, end: date) -> builtins.list[CheckIn]:
        """Check-ins whose day is from `start` to `end` inclusive, oldest first."""
        if start > end:
            return []
        return self._load(_BETWEEN, (to_day(start), to_day(end)))

    def count(self) -> int:
        row = self._vault.query_one("SELECT count(*) FROM checkin WHERE deleted_at IS NULL")
        return int(row[0]) if row else 0

    def date_range(self) -> tuple[date, date] | None:
        """The first and last day with a check-in, or None when there is none."""
        # Two index walks that stop at the first live row; min()/max() with a WHERE would scan.
        first = self._vault.query_one(
            "SELECT local_date FROM checkin WHERE deleted_at IS NULL ORDER BY local_date LIMIT 1"
        )
        last = self._vault.query_one(
            "SELECT local_date FROM checkin WHERE deleted_at IS NULL "
            "ORDER BY local_date DESC LIMIT 1"
        )
        if first is None or last is None:
            return None
        return from_day(first[0]), from_day(last[0])

    # -- per day, for charts ------------------------------------------------------------------

    def feeling_tallies(self, start: date, end: date) -> FeelingTallies:
        """The feelings named on check-ins from `start` to `end`, each with the mood and hope
        of those check-ins added up, and the period's check-ins the same way."""
        return feeling_tallies(self._vault, _BETWEEN, (to_day(start), to_day(end)))

    def daily_values(
        self, start: date, end: date, measure_keys: Sequence[str] | None = None
    ) -> dict[str, MeasureDays]:
        """Per measure, each day from `start` to `end` with its count, mean, lowest and highest.

        `measure_keys` limits the measures (None: all); every known key asked for is in the
        result, unknown keys are left out. No note or tag is read.
        """
        keys = self._measure_keys(measure_keys)
        if start > end or not keys:
            return {key: MeasureDays(key) for key in keys.values()}
        marks = ",".join("?" * len(keys))
        rows = self._vault.query(
            "SELECT v.measure_id, c.local_date, count(*), avg(v.value), min(v.value), "
            "max(v.value) FROM checkin c CROSS JOIN checkin_value v ON v.checkin_id = c.id "
            f"WHERE {_BETWEEN} AND v.measure_id IN ({marks}) "
            "GROUP BY v.measure_id, c.local_date ORDER BY v.measure_id, c.local_date",
            (to_day(start), to_day(end), *keys),
        )
        found = {key: MeasureDays(key) for key in keys.values()}
        if not rows:
            return found
        # One transposition in C, then each measure is a slice: rows come by measure, then day.
        ids, days, counts, means, lows, highs = zip(*rows, strict=True)
        parsed = _Days()
        dates = [parsed[d] for d in days]
        first = 0
        for measure_id, group in groupby(ids):
            last = first + sum(1 for _ in group)
            key = keys[int(measure_id)]
            found[key] = MeasureDays(
                key=key, days=tuple(dates[first:last]), count=counts[first:last],
                mean=means[first:last], low=lows[first:last], high=highs[first:last],
            )
            first = last
        return found

    def daily_tags(self, start: date, end: date) -> builtins.list[TagDays]:
        """Each tag used on a check-in from `start` to `end`, its days and check-ins per day.

        Tags come in name order (any case); no note or value is read.
        """
        if start > end:
            return []
        rows = self._vault.query(
            "SELECT l.tag_id, c.local_date, count(*) FROM checkin c "
            "CROSS JOIN checkin_tag l ON l.checkin_id = c.id "
            f"WHERE {_BETWEEN} GROUP BY l.tag_id, c.local_date ORDER BY l.tag_id, c.local_date",
            (to_day(start), to_day(end)),
        )
        names = {int(tid): str(name) for tid, name in self._vault.query("SELECT id, name FROM tag")}
        days = _Days()
        found: builtins.list[TagDays] = []
        for tag_id, group in groupby(rows, key=lambda row: int(row[0])):
            _, day, count = zip(*group, strict=True)
            found.append(TagDays(name=names[tag_id], days=tuple(days[d] for d in day),
                                 checkins=count))
        found.sort(key=lambda tag: tag.name.casefold())
        return found

    def first_day_with_tag(self, name: str) -> date | None:
        """The first day a check-in carries the tag `name` (any case), or None."""
        row = self._vault.query_one(
            "SELECT min(c.local_date) FROM tag t JOIN checkin_tag l ON l.tag_id = t.id "
            f"JOIN checkin c ON c.id = l.checkin_id WHERE t.name = ? AND {_LIVE}",
            (name.strip(),),
        )
        return from_day(row[0]) if row and row[0] is not None else None

    def _measure_keys(self, keys: Sequence[str] | None) -> dict[int, str]:
        """Measure id -> key for `keys` (every measure for None)."""
        found = {int(mid): str(key) for mid, key in self._vault.query(
            "SELECT id, key FROM measure")}
        if keys is None:
            return found
        if isinstance(keys, str):
            raise TypeError("measure_keys must be a collection of keys, not a single string")
        wanted = set(keys)
        return {mid: key for mid, key in found.items() if key in wanted}

    # -- undoable delete --------------------------------------------------------------------

    def delete(self, id: int) -> None:
        """Set a check-in aside; `restore` brings it back, even after a restart."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "checkin", id, self._vault.now())

    def restore(self, id: int) -> CheckIn:
        """Bring back a deleted check-in (a no-op for one that isn't deleted)."""
        with self._vault.write() as w:
            softdelete.restore(w, "checkin", id)
        return self.get(id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[CheckIn]:
        """Deleted check-ins, the most recently deleted first."""
        ids = [int(r[0]) for r in self._vault.query(
            "SELECT id FROM checkin WHERE deleted_at IS NOT NULL "
            "ORDER BY deleted_at DESC, id DESC LIMIT ?",
            (max(0, limit),),
        )]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        by_id = {c.id: c for c in self._load(f"c.id IN ({marks})", ids)}
        return [by_id[i] for i in ids]

    def purge_deleted(self, before: datetime) -> int:
        """Remove for good the check-ins deleted before `before`; returns how many."""
        with self._vault.write() as w:
            return softdelete.purge(w, "checkin", before)

    # -- loading ----------------------------------------------------------------------------

    def _load(self, where: str, params: Params) -> builtins.list[CheckIn]:
        """Check-ins matching `where` (one of the constants above), oldest first.

        Three queries whatever the number of rows: check-ins, then all their values, then all
        their tags, each joined on the same indexed condition. CROSS JOIN keeps SQLite walking
        the day index first; left to guess, it may scan every value ever saved.
        """
        rows = self._vault.query(
            "SELECT c.id, c.recorded_at, c.local_date, c.note, c.created_at, c.updated_at "
            f"FROM checkin c WHERE {where}",
            params,
        )
        if not rows:
            return []
        values: dict[int, dict[str, float]] = {int(r[0]): {} for r in rows}
        for checkin_id, key, value in self._vault.query(
            "SELECT v.checkin_id, m.key, v.value FROM checkin c "
            "CROSS JOIN checkin_value v ON v.checkin_id = c.id "
            "JOIN measure m ON m.id = v.measure_id "
            f"WHERE {where} ORDER BY m.position, m.id",
            params,
        ):
            values[int(checkin_id)][str(key)] = float(value)
        tags: dict[int, builtins.list[str]] = {checkin_id: [] for checkin_id in values}
        for checkin_id, name in self._vault.query(
            "SELECT l.checkin_id, t.name FROM checkin c "
            "CROSS JOIN checkin_tag l ON l.checkin_id = c.id JOIN tag t ON t.id = l.tag_id "
            f"WHERE {where} ORDER BY t.name COLLATE NOCASE",
            params,
        ):
            tags[int(checkin_id)].append(str(name))
        feelings = checkin_feelings(self._vault, where, params)
        found = [
            _checkin(r, values[int(r[0])], tags[int(r[0])], feelings.get(int(r[0]), ()))
            for r in rows
        ]
        found.sort(key=lambda c: (c.local_date, c.recorded_at, c.id))
        return found


class _Days(dict[str, date]):
    """Day text -> date, each day parsed once (a day has a row per measure or tag)."""

    def __missing__(self, text: str) -> date:
        day = self[text] = from_day(text)
        return day


def _checkin(
    row: Sequence[Any], values: dict[str, float], tags: Sequence[str],
    feelings: Sequence[str] = (),
) -> CheckIn:
    return CheckIn(
        id=int(row[0]), recorded_at=from_iso(row[1]), local_date=from_day(row[2]),
        note=str(row[3]), values=values, tags=tuple(tags), created_at=from_iso(row[4]),
        updated_at=from_iso(row[5]), feelings=tuple(feelings),
    )
