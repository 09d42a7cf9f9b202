"""Undoable deletes: a row is set aside with a `deleted_at` stamp, restored, or purged later.

Table names reach SQL, so only the tables below are allowed. `deleted_at` is always a
`convert.stamp`, so stamps compare and sort as plain text.
"""

from __future__ import annotations

from datetime import datetime

from recovery_journal.storage import convert
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.vault import Writer

_GOAL_ALIVE = (
    "EXISTS (SELECT 1 FROM goal g WHERE g.id = {}.goal_id AND g.deleted_at IS NULL)"
)
# Each table with the condition its row needs to be deleted or restored: a goal's steps and
# reviews go and come back only while their goal is there.
_TABLES = {
    "checkin": "1",
    "journal_entry": "1",
    "strength": "1",
    "strength_use": "1",
    "supporter": "1",
    "goal": "1",
    "questionnaire_response": "1",
    "life_check": "1",
    "hope_item": "1",
    "goal_step": _GOAL_ALIVE.format("goal_step"),
    "goal_review": _GOAL_ALIVE.format("goal_review"),
    "support": "1",
    "support_event": (
        "EXISTS (SELECT 1 FROM support s WHERE s.id = support_event.support_id "
        "AND s.deleted_at IS NULL)"
    ),
}


def _condition(table: str) -> str:
    if table not in _TABLES:
        raise ValueError("that table has no undoable delete")
    return _TABLES[table]


def set_aside(writer: Writer, table: str, row_id: int, when: datetime) -> None:
    """Mark a live row deleted at `when`; NotFoundError when there is no such live row."""
    changed = writer.execute(
        f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL "
        f"AND {_condition(table)}",
        (convert.stamp(when), row_id),
    ).rowcount
    if not changed:
        raise NotFoundError()


def restore(writer: Writer, table: str, row_id: int) -> None:
    """Bring a row back (a no-op for a live one); NotFoundError when there is no such row."""
    changed = writer.execute(
        f"UPDATE {table} SET deleted_at = NULL WHERE id = ? AND {_condition(table)}", (row_id,)
    ).rowcount
    if not changed:
        raise NotFoundError()


def purge(writer: Writer, table: str, before: datetime) -> int:
    """Remove for good the rows deleted before `before`; returns how many."""
    _condition(table)
    return int(writer.execute(
        f"DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at < ?",
        (convert.stamp(before),),
    ).rowcount)
