"""The largest tables read lean for the JSON export: plain tuples in export order, no models.

Each function reads what the repository's own listing reads, with the same queries and the
same order, and converts stored text exactly as the models and `portability/export.py` do, so
the export is the same byte for byte; only the objects in between are left out.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any, NamedTuple

from recovery_journal.storage import journal
from recovery_journal.storage.convert import from_day, from_iso, iso_text, stamp_text, to_day
from recovery_journal.storage.feelings import checkin_feelings
from recovery_journal.storage.vault import Vault


class CheckinRow(NamedTuple):
    """A check-in as the export writes it: times and day as text, values in measure order."""

    recorded_at: str
    local_date: str
    values: tuple[tuple[str, float], ...]
    tags: tuple[str, ...]
    note: str
    created_at: str
    updated_at: str
    feelings: tuple[str, ...]


class EntryRow(NamedTuple):
    """A journal entry as the export writes it."""

    written_at: str
    local_date: str
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: str
    updated_at: str


# What `CheckIns.between(date.min, date.max)` reads: every live check-in.
_CHECKINS = "c.deleted_at IS NULL AND c.local_date BETWEEN ? AND ?"
_ALL_DAYS = (to_day(date.min), to_day(date.max))
# SQLite's NOCASE folds only A-Z; tag names are unique under it, so this key orders them alike.
_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def checkin_rows(vault: Vault) -> list[CheckinRow]:
    """Every live check-in, oldest first, as `CheckIns.between` reads and orders them.

    Values and tags are read unsorted and put in order here (measure position, tag name):
    sorting some twenty thousand joined rows took SQLite longer than the rest of the read.
    """
    rows = vault.query(
        "SELECT c.id, c.recorded_at, c.local_date, c.note, c.created_at, c.updated_at "
        f"FROM checkin c WHERE {_CHECKINS}", _ALL_DAYS,
    )
    measures = {int(m[0]): (m[1], int(m[0]), str(m[2]))
                for m in vault.query("SELECT id, position, key FROM measure")}
    values: dict[int, list[tuple[Any, int, str, float]]] = {}
    for checkin_id, measure_id, value in vault.query(
        "SELECT v.checkin_id, v.measure_id, v.value FROM checkin c "
        f"CROSS JOIN checkin_value v ON v.checkin_id = c.id WHERE {_CHECKINS}", _ALL_DAYS,
    ):
        values.setdefault(int(checkin_id), []).append((*measures[int(measure_id)], float(value)))
    names = {int(t[0]): (str(t[1]).translate(_NOCASE), str(t[1]))
             for t in vault.query("SELECT id, name FROM tag")}
    tags: dict[int, list[tuple[str, str]]] = {}
    for checkin_id, tag_id in vault.query(
        "SELECT l.checkin_id, l.tag_id FROM checkin c "
        f"CROSS JOIN checkin_tag l ON l.checkin_id = c.id WHERE {_CHECKINS}", _ALL_DAYS,
    ):
        tags.setdefault(int(checkin_id), []).append(names[int(tag_id)])
    feelings = checkin_feelings(vault, _CHECKINS, _ALL_DAYS)
    keyed = []
    for row in rows:
        ident = int(row[0])
        day = from_day(row[2])
        keyed.append(((day, from_iso(row[1]), ident), CheckinRow(
            iso_text(row[1]), day.isoformat(),
            tuple((key, value) for _p, _i, key, value in sorted(values.get(ident, ()))),
            tuple(name for _k, name in sorted(tags.get(ident, ()))), str(row[3]),
            stamp_text(row[4]), stamp_text(row[5]), tuple(feelings.get(ident, ())),
        )))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _key, row in keyed]


def entry_rows(vault: Vault) -> list[EntryRow]:
    """Every live journal entry, oldest first (`Journal.list()` reversed)."""
    # Sorted here, not by SQL: SQLite would carry every body through its sorter. The key is
    # the one `list()` sorts by, julianday and id (a time it can't read, NULL, first).
    rows = vault.query(
        f"{journal.ENTRY_SQL.replace('SELECT ', 'SELECT julianday(e.written_at), ', 1)} "
        "WHERE e.deleted_at IS NULL", [],
    )
    rows.sort(key=lambda row: (row[0] is not None, row[0] or 0.0, row[1]))
    tags: dict[int, list[str]] = {}
    # One query for every entry's tags (`tags_of` asks 500 entries at a time); tag names are
    # unique whatever their case, so the order within an entry is the same.
    for entry_id, name in vault.query(
        f"SELECT l.entry_id, t.name FROM journal_entry e CROSS JOIN {journal.TAG_TABLE} l "
        "ON l.entry_id = e.id JOIN tag t ON t.id = l.tag_id WHERE e.deleted_at IS NULL "
        "ORDER BY t.name COLLATE NOCASE", [],
    ):
        tags.setdefault(int(entry_id), []).append(str(name))
    return [
        EntryRow(iso_text(row[2]), from_day(row[3]).isoformat(), str(row[4]), str(row[5]),
                 tuple(tags.get(int(row[1]), ())), stamp_text(row[6]), stamp_text(row[7]))
        for row in rows
    ]
