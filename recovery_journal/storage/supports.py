"""Treatments and supports: the person's own log of what supports their recovery, each with its
dated events. Dose and how often are free text; nothing is checked for adherence.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from datetime import date, datetime
from itertools import groupby
from typing import Any

from recovery_journal.model import Support, SupportEvent, SupportEventKind, SupportKind
from recovery_journal.storage import convert, softdelete
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.text import clean_name, storable
from recovery_journal.storage.vault import Params, Vault, Writer

_SUPPORT = "SELECT id, kind, kind_name, name, dose, how_often, note FROM support"
_EVENTS = (
    "SELECT id, support_id, local_date, kind, dose, how_often, note FROM support_event "
    "WHERE deleted_at IS NULL AND support_id IN (SELECT value FROM json_each(?)) "
    "ORDER BY support_id, local_date, id"
)


def _text(value: str) -> str:
    return storable(value).strip()


def _opt_text(value: str | None) -> str | None:
    return None if value is None else _text(value)


def _kind(kind: SupportKind | str) -> SupportKind:
    try:
        return SupportKind(kind)
    except ValueError:
        raise ValueError("A support is a medicine, a talking therapy, a group or other.") from None


def _event_kind(kind: SupportEventKind | str) -> SupportEventKind:
    try:
        return SupportEventKind(kind)
    except ValueError:
        raise ValueError("That is not a kind of change this log knows.") from None


class Supports:
    """Add, read, change and (undoably) delete supports and their events."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(
        self, kind: SupportKind | str, name: str, *, kind_name: str = "", dose: str = "",
        how_often: str = "", note: str = "", started: date | None = None,
    ) -> Support:
        """Save a support; with `started`, its 'started' event of that day in the same write."""
        values = (_kind(kind).value, _text(kind_name), clean_name(name), _text(dose),
                  _text(how_often), _text(note))
        now = convert.stamp(self._vault.now())
        with self._vault.write() as w:
            support_id = int(w.execute(
                "INSERT INTO support (kind, kind_name, name, dose, how_often, note, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (*values, now),
            ).lastrowid)
            if started is not None:
                _insert_event(w, support_id, started, SupportEventKind.STARTED, None, None, "",
                              now)
        return self.get(support_id)

    def update(
        self, support_id: int, kind: SupportKind | str, name: str, *, kind_name: str = "",
        dose: str = "", how_often: str = "", note: str = "",
    ) -> Support:
        """Rewrite a support's own fields; its events stay as they are."""
        values = (_kind(kind).value, _text(kind_name), clean_name(name), _text(dose),
                  _text(how_often), _text(note))
        with self._vault.write() as w:
            changed = w.execute(
                "UPDATE support SET kind = ?, kind_name = ?, name = ?, dose = ?, how_often = ?, "
                "note = ? WHERE id = ? AND deleted_at IS NULL", (*values, support_id),
            ).rowcount
            if not changed:
                raise NotFoundError()
        return self.get(support_id)

    def record(
        self, support_id: int, day: date, kind: SupportEventKind | str, *,
        dose: str | None = None, how_often: str | None = None, note: str = "",
    ) -> SupportEvent:
        """Record a dated change (a blank new dose or how often counts as unchanged)."""
        event_kind = _event_kind(kind)
        dose, how_often = _opt_text(dose) or None, _opt_text(how_often) or None
        with self._vault.write() as w:
            if w.execute("SELECT 1 FROM support WHERE id = ? AND deleted_at IS NULL",
                         (support_id,)).fetchone() is None:
                raise NotFoundError()
            event_id = _insert_event(w, support_id, day, event_kind, dose, how_often,
                                     _text(note), convert.stamp(self._vault.now()))
        return self.event(event_id)

    def update_event(
        self, event_id: int, day: date, kind: SupportEventKind | str, *,
        dose: str | None = None, how_often: str | None = None, note: str = "",
    ) -> SupportEvent:
        """Rewrite one event."""
        event_kind = _event_kind(kind)
        with self._vault.write() as w:
            changed = w.execute(
                "UPDATE support_event SET local_date = ?, kind = ?, dose = ?, how_often = ?, "
                "note = ? WHERE id = ? AND deleted_at IS NULL",
                (convert.to_day(day), event_kind.value, _opt_text(dose) or None,
                 _opt_text(how_often) or None, _text(note), event_id),
            ).rowcount
            if not changed:
                raise NotFoundError()
        return self.event(event_id)

    def event(self, event_id: int) -> SupportEvent:
        row = self._vault.query_one(
            "SELECT e.id, e.support_id, e.local_date, e.kind, e.dose, e.how_often, e.note "
            "FROM support_event e JOIN support s ON s.id = e.support_id "
            "WHERE e.id = ? AND e.deleted_at IS NULL AND s.deleted_at IS NULL", (event_id,),
        )
        if row is None:
            raise NotFoundError()
        return _event(row)

    def get(self, support_id: int) -> Support:
        found = self._load("id = ? AND deleted_at IS NULL", (support_id,))
        if not found:
            raise NotFoundError()
        return found[0]

    def list(self) -> builtins.list[Support]:
        """Every support, by kind then name (a log holds tens, so it is read whole)."""
        return self._load("deleted_at IS NULL", ())

    def events_between(self, start: date, end: date) -> builtins.list[SupportEvent]:
        """The events of live supports whose day is in `start`..`end`, oldest first."""
        rows = self._vault.query(
            "SELECT e.id, e.support_id, e.local_date, e.kind, e.dose, e.how_often, e.note "
            "FROM support_event e JOIN support s ON s.id = e.support_id "
            "WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL "
            "AND e.local_date BETWEEN ? AND ? ORDER BY e.local_date, e.id",
            (convert.to_day(start), convert.to_day(end)),
        )
        return [_event(row) for row in rows]

    def delete(self, support_id: int) -> None:
        """Set a support aside with its events (undoable with `restore`)."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "support", support_id, self._vault.now())

    def restore(self, support_id: int) -> Support:
        with self._vault.write() as w:
            softdelete.restore(w, "support", support_id)
        return self.get(support_id)

    def delete_event(self, event_id: int) -> None:
        """Set one event aside (undoable with `restore_event`)."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "support_event", event_id, self._vault.now())

    def restore_event(self, event_id: int) -> SupportEvent:
        with self._vault.write() as w:
            softdelete.restore(w, "support_event", event_id)
        return self.event(event_id)

    def purge_deleted(self, before: datetime) -> int:
        """Remove for good the supports and events deleted before `before`; returns how many."""
        with self._vault.write() as w:
            return (softdelete.purge(w, "support_event", before)
                    + softdelete.purge(w, "support", before))

    def _load(self, where: str, params: Params) -> builtins.list[Support]:
        rows = self._vault.query(
            f"{_SUPPORT} WHERE {where} ORDER BY kind, name COLLATE NOCASE, id", params
        )
        if not rows:
            return []
        ids = [int(row[0]) for row in rows]
        events = self._vault.query(_EVENTS, (json.dumps(ids),))
        by_support = {
            int(key): tuple(_event(row) for row in group)
            for key, group in groupby(events, key=lambda row: row[1])
        }
        return [
            Support(
                id=int(row[0]), kind=SupportKind(str(row[1])), kind_name=str(row[2]),
                name=str(row[3]), dose=str(row[4]), how_often=str(row[5]), note=str(row[6]),
                events=by_support.get(int(row[0]), ()),
            )
            for row in rows
        ]


def all_events(supports: Iterable[Support]) -> builtins.list[SupportEvent]:
    """Every event of `supports`, oldest first."""
    return sorted((e for s in supports for e in s.events), key=lambda e: (e.day, e.id))


def _insert_event(
    writer: Writer, support_id: int, day: date, kind: SupportEventKind, dose: str | None,
    how_often: str | None, note: str, now: str,
) -> int:
    return int(writer.execute(
        "INSERT INTO support_event (support_id, local_date, kind, dose, how_often, note, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (support_id, convert.to_day(day), kind.value, dose, how_often, note, now),
    ).lastrowid)


def _event(row: tuple[Any, ...]) -> SupportEvent:
    return SupportEvent(
        id=int(row[0]), support_id=int(row[1]), day=convert.from_day(str(row[2])),
        kind=SupportEventKind(str(row[3])),
        dose=None if row[4] is None else str(row[4]),
        how_often=None if row[5] is None else str(row[5]), note=str(row[6]),
    )
