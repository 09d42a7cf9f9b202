"""Drafts: unsaved text kept encrypted in the vault, so a lock or a crash loses nothing."""

from __future__ import annotations

import builtins
from typing import Any

from recovery_journal.model import Draft
from recovery_journal.storage.convert import from_iso, stamp
from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Vault


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(key=str(row[0]), body=str(row[1]), updated_at=from_iso(row[2]))


class Drafts:
    """One draft per key (a page chooses its keys, e.g. "journal:new" or "journal:12")."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, key: str, body: str) -> Draft:
        """Keep `body` as the draft for `key`, replacing an earlier one."""
        if not key:
            raise ValueError("A draft needs a key.")
        body, saved = storable(body), stamp(self._vault.now())
        with self._vault.write() as w:
            w.execute(
                "INSERT INTO draft (key, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                (key, body, saved),
            )
        return Draft(key=key, body=body, updated_at=from_iso(saved))

    def get(self, key: str) -> Draft | None:
        row = self._vault.query_one("SELECT key, body, updated_at FROM draft WHERE key = ?", (key,))
        return None if row is None else _draft(row)

    def discard(self, key: str) -> None:
        """Forget the draft for `key`; nothing happens when there is none."""
        with self._vault.write() as w:
            w.execute("DELETE FROM draft WHERE key = ?", (key,))

    def all(self) -> builtins.list[Draft]:
        """Every draft, the most recently saved first."""
        rows = self._vault.query(
            "SELECT key, body, updated_at FROM draft ORDER BY updated_at DESC, key"
        )
        return [_draft(r) for r in rows]
