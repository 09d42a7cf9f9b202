"""Lists the person orders by hand: rows numbered 0..n-1 by a `position` column.

Table and column names reach SQL, so only the tables below are allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.vault import Writer


@dataclass(frozen=True, slots=True)
class _Ordered:
    scope: str | None  # the column a list is kept within (a goal's steps), or None for one list
    soft_deleted: bool  # set-aside rows hold no place until restored


_TABLES = {
    "measure": _Ordered(None, False),
    "life_domain": _Ordered(None, False),
    "helpline": _Ordered(None, False),
    "supporter": _Ordered(None, True),
    "goal_step": _Ordered("goal_id", True),
    "hope_item": _Ordered(None, True),
}


def _where(table: str, scope: int | None) -> tuple[str, tuple[int, ...]]:
    spec = _TABLES.get(table)
    if spec is None:
        raise ValueError("that table has no order")
    if (spec.scope is None) != (scope is None):
        raise ValueError("a scoped list needs its scope, and only a scoped list takes one")
    parts = ["deleted_at IS NULL"] if spec.soft_deleted else []
    if spec.scope is not None and scope is not None:
        parts.append(f"{spec.scope} = ?")
    return " AND ".join(parts) or "1", () if scope is None else (scope,)


def ids_in_order(writer: Writer, table: str, scope: int | None = None) -> list[int]:
    """The ids of the list's (live) rows in their current order."""
    where, params = _where(table, scope)
    rows = writer.query(f"SELECT id FROM {table} WHERE {where} ORDER BY position, id", params)
    return [int(row[0]) for row in rows]


def next_position(writer: Writer, table: str, scope: int | None = None) -> int:
    """The position a row added at the end of the list takes."""
    where, params = _where(table, scope)
    return int(writer.query(f"SELECT count(*) FROM {table} WHERE {where}", params)[0][0])


def renumber(writer: Writer, table: str, scope: int | None = None) -> None:
    """Close the gaps: give the list's rows positions 0..n-1 in their current order."""
    _number(writer, table, ids_in_order(writer, table, scope))


def move(
    writer: Writer, table: str, row_id: int, new_position: int, scope: int | None = None,
) -> None:
    """Put one row at `new_position` (clamped to the list) and renumber the rest.

    Also puts a just-restored row back at the place it had. NotFoundError when the row is not
    in the list.
    """
    ids = ids_in_order(writer, table, scope)
    if row_id not in ids:
        raise NotFoundError()
    ids.remove(row_id)
    ids.insert(max(0, min(new_position, len(ids))), row_id)
    _number(writer, table, ids)


def _number(writer: Writer, table: str, ids: list[int]) -> None:
    writer.executemany(
        f"UPDATE {table} SET position = ? WHERE id = ?",
        [(position, row_id) for position, row_id in enumerate(ids)],
    )
