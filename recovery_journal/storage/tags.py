"""Tags: activities, people, places and topics shared by check-ins, entries and strength uses.

Tags are usually created as the person types (see `tagging.py`); this repository names,
groups, hides and suggests them.
"""

from __future__ import annotations

import builtins
import re
from typing import Any

from recovery_journal.model import Tag, TagKind
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.life_domains import check_life_domain
from recovery_journal.storage.tagging import tag_ids_named
from recovery_journal.storage.text import clean_name
from recovery_journal.storage.vault import Vault, Writer

_COLUMNS = "id, name, kind, life_domain_id, archived"

# Every place a tag is used, skipping soft-deleted owners (they would be restored as they were).
_USAGE = """
SELECT tag_id, count(*) FROM (
    SELECT l.tag_id FROM checkin_tag l JOIN checkin o ON o.id = l.checkin_id
     WHERE o.deleted_at IS NULL
    UNION ALL
    SELECT l.tag_id FROM journal_entry_tag l JOIN journal_entry o ON o.id = l.entry_id
     WHERE o.deleted_at IS NULL
    UNION ALL
    SELECT l.tag_id FROM strength_use_tag l JOIN strength_use o ON o.id = l.strength_use_id
     WHERE o.deleted_at IS NULL
) GROUP BY tag_id
"""


def _tag(row: tuple[Any, ...]) -> Tag:
    return Tag(
        id=int(row[0]), name=str(row[1]), kind=TagKind(row[2]),
        life_domain_id=None if row[3] is None else int(row[3]), archived=bool(row[4]),
    )


def _refuse_taken(writer: Writer, name: str, own_id: int | None) -> None:
    # casefold also catches non-ASCII case pairs ("Ä"/"ä") that the column's NOCASE misses.
    for other_id, other in writer.query("SELECT id, name FROM tag"):
        if other_id != own_id and str(other).casefold() == name.casefold():
            raise ValueError("There is already a tag with that name.")


class Tags:
    """Read, add, rename, group, hide and suggest tags."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, include_archived: bool = False) -> builtins.list[Tag]:
        """Tags by name, ignoring case; hidden ones only when asked for."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = self._vault.query(
            f"SELECT {_COLUMNS} FROM tag {where} ORDER BY name COLLATE NOCASE, id"
        )
        return [_tag(r) for r in rows]

    def get(self, id: int) -> Tag:
        row = self._vault.query_one(f"SELECT {_COLUMNS} FROM tag WHERE id = ?", (id,))
        if row is None:
            raise NotFoundError()
        return _tag(row)

    def by_name(self, name: str) -> Tag | None:
        """The tag with this name, ignoring case (any language) and extra spaces, or None."""
        found = tag_ids_named(self._vault, name)
        return self.get(found[0]) if found else None

    def add(
        self, name: str, kind: TagKind = TagKind.ACTIVITY, life_domain_id: int | None = None
    ) -> Tag:
        """Add a tag; a name that exists already (ignoring case) is refused."""
        name = clean_name(name, "name for the tag")
        kind = TagKind(kind)
        with self._vault.write() as w:
            _refuse_taken(w, name, None)
            check_life_domain(w, life_domain_id)
            new_id = int(w.execute(
                "INSERT INTO tag (name, kind, life_domain_id) VALUES (?, ?, ?)",
                (name, kind.value, life_domain_id),
            ).lastrowid)
        return self.get(new_id)

    def rename(self, id: int, name: str) -> Tag:
        """Rename a tag everywhere it is used; another tag's name (ignoring case) is refused."""
        name = clean_name(name, "name for the tag")
        with self._vault.write() as w:
            _refuse_taken(w, name, id)
            _update(w, "UPDATE tag SET name = ? WHERE id = ?", (name, id))
        return self.get(id)

    def set_kind(self, id: int, kind: TagKind) -> Tag:
        kind = TagKind(kind)
        with self._vault.write() as w:
            _update(w, "UPDATE tag SET kind = ? WHERE id = ?", (kind.value, id))
        return self.get(id)

    def set_domain(self, id: int, life_domain_id: int | None) -> Tag:
        """Put a tag in a life domain, or in none."""
        with self._vault.write() as w:
            check_life_domain(w, life_domain_id)
            _update(w, "UPDATE tag SET life_domain_id = ? WHERE id = ?", (life_domain_id, id))
        return self.get(id)

    def set_archived(self, id: int, archived: bool) -> Tag:
        """Hide a tag from suggestions and pickers (past links stay), or show it again."""
        with self._vault.write() as w:
            _update(w, "UPDATE tag SET archived = ? WHERE id = ?", (int(archived), id))
        return self.get(id)

    def usage_counts(self) -> dict[int, int]:
        """How often each tag is used (tags never used are left out)."""
        return {int(tag_id): int(count) for tag_id, count in self._vault.query(_USAGE)}

    def complete(self, prefix: str, limit: int = 10) -> builtins.list[Tag]:
        """Visible tags starting with `prefix` (ignoring case), most used first."""
        needle = re.sub(r"\s+", " ", prefix.lstrip()).casefold()
        counts = self.usage_counts()
        found = [t for t in self.list() if t.name.casefold().startswith(needle)]
        found.sort(key=lambda t: (-counts.get(t.id, 0), t.name.casefold(), t.id))
        return found[: max(0, limit)]


def _update(writer: Writer, sql: str, params: tuple[Any, ...]) -> None:
    if writer.execute(sql, params).rowcount == 0:
        raise NotFoundError()
