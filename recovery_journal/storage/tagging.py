"""Tags shared by check-ins, journal entries and strength uses: resolve names, set links."""

from __future__ import annotations

from collections.abc import Iterable

from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Vault, Writer

# Link tables and their owner column; names go into SQL, so only these are allowed.
_LINKS = {
    "checkin_tag": "checkin_id",
    "journal_entry_tag": "entry_id",
    "strength_use_tag": "strength_use_id",
}


def clean_names(names: Iterable[str]) -> list[str]:
    """Storable names, trimmed, without empty ones or case-insensitive repeats (first kept)."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in names:
        name = " ".join(storable(raw).split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def _ids_by_folded_name(reader: Vault | Writer) -> dict[str, list[int]]:
    # Compared in Python with casefold(): SQLite's NOCASE folds ASCII only, so "Ärger" and
    # "ärger" would otherwise be two tags. A journal holds hundreds of tags, not millions.
    found: dict[str, list[int]] = {}
    for tag_id, name in reader.query("SELECT id, name FROM tag ORDER BY id"):
        found.setdefault(str(name).casefold(), []).append(int(tag_id))
    return found


def tag_ids_named(reader: Vault | Writer, name: str) -> list[int]:
    """Ids of the tags called `name`, ignoring case (any language) and extra spaces.

    Usually one id or none; a vault from before this rule may hold a pair that differ only
    in non-ASCII case, and both are returned.
    """
    cleaned = clean_names([name])
    if not cleaned:
        return []
    return _ids_by_folded_name(reader).get(cleaned[0].casefold(), [])


def resolve_tags(writer: Writer, names: Iterable[str]) -> list[int]:
    """Return tag ids for `names`, creating tags that don't exist yet (case-insensitive)."""
    existing = _ids_by_folded_name(writer)
    ids: list[int] = []
    for name in clean_names(names):
        found = existing.get(name.casefold())
        if found:
            ids.append(found[0])
        else:
            new_id = int(writer.execute("INSERT INTO tag (name) VALUES (?)", (name,)).lastrowid)
            existing[name.casefold()] = [new_id]
            ids.append(new_id)
    return ids


def set_tags(writer: Writer, table: str, owner_id: int, names: Iterable[str]) -> None:
    """Replace the tags linked to one check-in, entry or strength use."""
    column = _LINKS[table]
    writer.execute(f"DELETE FROM {table} WHERE {column} = ?", (owner_id,))
    writer.executemany(
        f"INSERT INTO {table} ({column}, tag_id) VALUES (?, ?)",
        [(owner_id, tag_id) for tag_id in resolve_tags(writer, names)],
    )


def tags_of(vault: Vault, table: str, owner_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Map each owner id to its tag names, sorted case-insensitively."""
    column = _LINKS[table]
    ids = list(owner_ids)
    result: dict[int, list[str]] = {owner: [] for owner in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = vault.query(
            f"SELECT l.{column}, t.name FROM {table} l JOIN tag t ON t.id = l.tag_id "
            f"WHERE l.{column} IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        )
        for owner, name in rows:
            result[int(owner)].append(str(name))
    return {owner: tuple(names) for owner, names in result.items()}
