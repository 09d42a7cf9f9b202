"""Tags shared by check-ins, journal entries and strength uses: resolve names, set links."""

from __future__ import annotations

from collections.abc import Iterable

from recovery_journal.storage.vault import Vault, Writer

# Link tables and their owner column; names go into SQL, so only these are allowed.
_LINKS = {
    "checkin_tag": "checkin_id",
    "journal_entry_tag": "entry_id",
    "strength_use_tag": "strength_use_id",
}


def clean_names(names: Iterable[str]) -> list[str]:
    """Trim names, drop empty ones and case-insensitive repeats, keep the first spelling."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in names:
        name = " ".join(raw.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def resolve_tags(writer: Writer, names: Iterable[str]) -> list[int]:
    """Return tag ids for `names`, creating tags that don't exist yet (case-insensitive)."""
    ids: list[int] = []
    for name in clean_names(names):
        row = writer.query("SELECT id FROM tag WHERE name = ? COLLATE NOCASE", (name,))
        if row:
            ids.append(int(row[0][0]))
        else:
            ids.append(int(writer.execute("INSERT INTO tag (name) VALUES (?)", (name,)).lastrowid))
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
