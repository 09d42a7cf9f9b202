"""The journal list: short rows (never whole bodies or tags), newest first, paged by keyset.

Each page starts just after the last row shown (its time and id), read from the partial index
`journal_entry_live_newest` (migration 0012), so the page reaching an entry from the first year
costs what the first page does. `Journal.summaries` (journal.py) supplies the filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from recovery_journal.storage import convert
from recovery_journal.storage.vault import Vault

# Enough of the body to find its first line with words without reading a 5 MB body into Python.
OPENING_CHARS = 1000
# Blank lines and light Markdown marks before the first words are left out in SQL first (the
# list shows the first line with words), so the opening starts with what it shows.
_LEADING = "' ' || char(9, 10, 13) || '#>*-+'"

_NEWEST_FIRST = "ORDER BY julianday(e.written_at) DESC, e.id DESC"
_OLDEST_FIRST = "ORDER BY julianday(e.written_at) ASC, e.id ASC"
# "<= key" is what lets SQLite seek in the index; the OR then drops the rows already shown.
_AFTER = "julianday(e.written_at) <= ? AND (julianday(e.written_at) < ? OR e.id < ?)"
# The rows listed before a row (newer than it), the same way round.
_BEFORE = "julianday(e.written_at) >= ? AND (julianday(e.written_at) > ? OR e.id > ?)"
_LIVE_NEWEST = "journal_entry e INDEXED BY journal_entry_live_newest"


@dataclass(frozen=True, slots=True)
class EntryLine:
    """One row of the journal list: its day, title and the opening of its body (from its first
    words); `key` (the moment written, as a Julian day) and `id` place it for the next page."""

    id: int
    local_date: date
    title: str
    opening: str
    key: float


def page(
    vault: Vault, where: str, params: list[Any], *, after: EntryLine | None, limit: int,
    start: date | None = None, end: date | None = None, before: EntryLine | None = None,
    offset: int = 0,
) -> list[EntryLine]:
    """Up to `limit` live rows matching `where` (over alias `e`), newest first, after `after`
    (or the `limit` rows just before `before`, or from row `offset` of the list).

    `start` and `end` (already in `where` as days) also bound the walk along the index: a
    day's moments lie within a day either side of its UTC midnight, whatever the offset.
    An `offset` walks the index only (no row is read until the page), for a jump far away.
    """
    if limit <= 0:
        return []
    conditions, bounds = _bounded(where, params, start, end)
    order = _NEWEST_FIRST
    if after is not None:
        conditions.append(_AFTER)
        bounds += [after.key, after.key, after.id]
    elif before is not None:
        conditions.append(_BEFORE)
        bounds += [before.key, before.key, before.id]
        order = _OLDEST_FIRST
    rows = vault.query(
        "SELECT e.id, e.local_date, e.title, "
        f"substr(ltrim(e.body, {_LEADING}), 1, {OPENING_CHARS}), "
        f"julianday(e.written_at) FROM {_LIVE_NEWEST} "
        f"WHERE {' AND '.join(conditions)} {order} LIMIT ? OFFSET ?",
        [*bounds, limit, max(0, offset) if before is None and after is None else 0],
    )
    lines = [
        EntryLine(int(row[0]), convert.from_day(row[1]), str(row[2]), str(row[3] or ""),
                  float(row[4]))
        for row in rows
    ]
    return lines[::-1] if before is not None else lines


def position(
    vault: Vault, entry_id: int, where: str, params: list[Any], *,
    start: date | None = None, end: date | None = None,
) -> tuple[int, EntryLine] | None:
    """Where entry `entry_id` stands in the list filtered by `where`: (how many rows come
    before it, its row), or None when it isn't listed (set aside, or filtered out).

    The rows before it are counted along the index from its own key, so an entry from the
    first year is placed as quickly as one from this week.
    """
    conditions, bounds = _bounded(where, params, start, end)
    found = vault.query(
        "SELECT e.id, e.local_date, e.title, "
        f"substr(ltrim(e.body, {_LEADING}), 1, {OPENING_CHARS}), "
        "julianday(e.written_at) FROM journal_entry e "
        f"WHERE e.id = ? AND {' AND '.join(conditions)}",
        [entry_id, *bounds],
    )
    if not found:
        return None
    row = found[0]
    line = EntryLine(int(row[0]), convert.from_day(row[1]), str(row[2]), str(row[3] or ""),
                     float(row[4]))
    counted = vault.query_one(
        f"SELECT count(*) FROM {_LIVE_NEWEST} WHERE {' AND '.join([*conditions, _BEFORE])}",
        [*bounds, line.key, line.key, line.id],
    )
    return (int(counted[0]) if counted else 0), line


def _bounded(
    where: str, params: list[Any], start: date | None, end: date | None
) -> tuple[list[str], list[Any]]:
    conditions, bounds = [where], list(params)
    if start is not None:
        conditions.append("julianday(e.written_at) >= julianday(?) - 1")
        bounds.append(convert.to_day(start))
    if end is not None:
        conditions.append("julianday(e.written_at) < julianday(?) + 2")
        bounds.append(convert.to_day(end))
    return conditions, bounds
