"""Life domains: the areas of a whole life that goals, strengths and tags belong to."""

from __future__ import annotations

import builtins
from typing import Any

from recovery_journal.model import LifeDomain
from recovery_journal.storage import ordering
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.text import clean_name
from recovery_journal.storage.vault import Vault, Writer

_COLUMNS = "id, name, position, archived"


def _domain(row: tuple[Any, ...]) -> LifeDomain:
    return LifeDomain(
        id=int(row[0]), name=str(row[1]), position=int(row[2]), archived=bool(row[3])
    )


def _refuse_taken(writer: Writer, name: str, own_id: int | None) -> None:
    # casefold catches non-ASCII case pairs ("Ä"/"ä") that the column's NOCASE does not.
    for other_id, other in writer.query("SELECT id, name FROM life_domain"):
        if other_id != own_id and str(other).casefold() == name.casefold():
            raise ValueError("There is already a life area with that name.")


def check_life_domain(writer: Writer, domain_id: int | None) -> None:
    """NotFoundError when `domain_id` names no life area (None, for no area, is fine)."""
    if domain_id is not None and not writer.query(
        "SELECT 1 FROM life_domain WHERE id = ?", (domain_id,)
    ):
        raise NotFoundError("That life area no longer exists in the journal.")


class LifeDomains:
    """Read, add, rename, hide and reorder life domains."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, include_archived: bool = False) -> builtins.list[LifeDomain]:
        """Domains in the person's order; hidden ones only when asked for."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = self._vault.query(
            f"SELECT {_COLUMNS} FROM life_domain {where} ORDER BY position, id"
        )
        return [_domain(r) for r in rows]

    def get(self, id: int) -> LifeDomain:
        row = self._vault.query_one(f"SELECT {_COLUMNS} FROM life_domain WHERE id = ?", (id,))
        if row is None:
            raise NotFoundError()
        return _domain(row)

    def add(self, name: str) -> LifeDomain:
        """Add a domain at the end; names are unique, ignoring case."""
        name = clean_name(name, "name for the life area")
        with self._vault.write() as w:
            _refuse_taken(w, name, None)
            new_id = int(w.execute(
                "INSERT INTO life_domain (name, position) VALUES (?, ?)",
                (name, ordering.next_position(w, "life_domain")),
            ).lastrowid)
        return self.get(new_id)

    def rename(self, id: int, name: str) -> LifeDomain:
        """Rename a domain; a name another domain has (ignoring case) is refused."""
        name = clean_name(name, "name for the life area")
        with self._vault.write() as w:
            _refuse_taken(w, name, id)
            cursor = w.execute("UPDATE life_domain SET name = ? WHERE id = ?", (name, id))
            if cursor.rowcount == 0:
                raise NotFoundError()
        return self.get(id)

    def set_archived(self, id: int, archived: bool) -> LifeDomain:
        """Hide a domain (what belongs to it keeps it), or show it again."""
        with self._vault.write() as w:
            cursor = w.execute(
                "UPDATE life_domain SET archived = ? WHERE id = ?", (int(archived), id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError()
        return self.get(id)

    def move(self, id: int, new_position: int) -> None:
        """Put a domain at `new_position` among all domains, hidden ones included."""
        with self._vault.write() as w:
            ordering.move(w, "life_domain", id, new_position)
