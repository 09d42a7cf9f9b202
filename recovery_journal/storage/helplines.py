"""The person's own helplines (GP, local crisis team, a friend), beside the bundled ones."""

from __future__ import annotations

import builtins
from typing import Any

from recovery_journal.model import Helpline
from recovery_journal.storage import ordering
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.text import clean_name, storable
from recovery_journal.storage.vault import Vault

_COLUMNS = "id, name, contact, details, position"


def _helpline(row: tuple[Any, ...]) -> Helpline:
    return Helpline(
        id=int(row[0]), name=str(row[1]), contact=str(row[2]), details=str(row[3]),
        position=int(row[4]),
    )


class Helplines:
    """Add, change, reorder and remove the person's own helplines."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self) -> builtins.list[Helpline]:
        """The person's helplines in their chosen order."""
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM helpline ORDER BY position, id")
        return [_helpline(r) for r in rows]

    def get(self, id: int) -> Helpline:
        row = self._vault.query_one(f"SELECT {_COLUMNS} FROM helpline WHERE id = ?", (id,))
        if row is None:
            raise NotFoundError()
        return _helpline(row)

    def add(self, name: str, contact: str = "", details: str = "") -> Helpline:
        """Add a helpline at the end of the list."""
        name = clean_name(name, "name for the helpline")
        with self._vault.write() as w:
            new_id = int(w.execute(
                "INSERT INTO helpline (name, contact, details, position) VALUES (?, ?, ?, ?)",
                (name, storable(contact).strip(), storable(details),
                 ordering.next_position(w, "helpline")),
            ).lastrowid)
        return self.get(new_id)

    def update(
        self, id: int, *, name: str | None = None, contact: str | None = None,
        details: str | None = None,
    ) -> Helpline:
        """Change what is given."""
        current = self.get(id)
        with self._vault.write() as w:
            w.execute(
                "UPDATE helpline SET name = ?, contact = ?, details = ? WHERE id = ?",
                (
                    current.name if name is None else clean_name(name, "name for the helpline"),
                    current.contact if contact is None else storable(contact).strip(),
                    current.details if details is None else storable(details),
                    id,
                ),
            )
        return self.get(id)

    def delete(self, id: int) -> None:
        """Remove a helpline for good (the list is short and easily re-typed)."""
        with self._vault.write() as w:
            if w.execute("DELETE FROM helpline WHERE id = ?", (id,)).rowcount == 0:
                raise NotFoundError()
            ordering.renumber(w, "helpline")

    def move(self, id: int, new_position: int) -> None:
        """Put a helpline at `new_position` (clamped to the list)."""
        with self._vault.write() as w:
            ordering.move(w, "helpline", id, new_position)
