""""My wellness plan": eight sections in a fixed order, each with a history of saved versions."""

from __future__ import annotations

from typing import Any

from recovery_journal.model import PlanRevision, PlanSection, PlanSectionKey
from recovery_journal.storage import convert, errors
from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Vault

# Plain titles for the sections the first migration creates, in their order.
PLAN_SECTION_TITLES: dict[PlanSectionKey, str] = {
    PlanSectionKey.WELL: "What I'm like when I'm well",
    PlanSectionKey.TOOLBOX: "My wellness toolbox",
    PlanSectionKey.DAILY: "Daily maintenance",
    PlanSectionKey.TRIGGERS: "Triggers and what I'll do",
    PlanSectionKey.EARLY_WARNING: "Early warning signs and what I'll do",
    PlanSectionKey.BREAKING_DOWN: "When things are breaking down",
    PlanSectionKey.CRISIS: "Crisis plan",
    PlanSectionKey.AFTER_CRISIS: "After a crisis",
}

_SECTION = "SELECT key, body, updated_at, last_viewed_at FROM plan_section"
_REVISION = "SELECT id, section_key, body, saved_at FROM plan_revision"


def _section(row: tuple[Any, ...]) -> PlanSection:
    return PlanSection(
        key=PlanSectionKey(row[0]), body=str(row[1]), updated_at=convert.opt_from_iso(row[2]),
        last_viewed_at=convert.opt_from_iso(row[3]),
    )


def _revision(row: tuple[Any, ...]) -> PlanRevision:
    return PlanRevision(
        id=int(row[0]), key=PlanSectionKey(row[1]), body=str(row[2]),
        saved_at=convert.from_iso(row[3]),
    )


class Plan:
    """The person's wellness plan. Every saved change is kept as a revision to look back on."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def sections(self) -> list[PlanSection]:
        """Every section, in the plan's order."""
        return [_section(row) for row in self._vault.query(f"{_SECTION} ORDER BY position")]

    def get(self, key: PlanSectionKey) -> PlanSection:
        row = self._vault.query_one(f"{_SECTION} WHERE key = ?", (PlanSectionKey(key).value,))
        if row is None:
            raise errors.NotFoundError()
        return _section(row)

    def save(self, key: PlanSectionKey, body: str) -> PlanSection:
        """Store a section's text; a revision is kept only when the text changed."""
        current = self.get(key)
        text = storable(body)
        if text == current.body:
            return current
        now = convert.stamp(self._vault.now())
        with self._vault.write() as w:
            w.execute(
                "UPDATE plan_section SET body = ?, updated_at = ? WHERE key = ?",
                (text, now, current.key.value),
            )
            w.execute(
                "INSERT INTO plan_revision (section_key, body, saved_at) VALUES (?, ?, ?)",
                (current.key.value, text, now),
            )
        return self.get(current.key)

    def revisions(self, key: PlanSectionKey) -> list[PlanRevision]:
        """Every saved version of a section, newest first (the first is the current text)."""
        # In the order they were saved: a clock put back must not make an older text look current.
        rows = self._vault.query(
            f"{_REVISION} WHERE section_key = ? ORDER BY id DESC",
            (self.get(key).key.value,),
        )
        return [_revision(row) for row in rows]

    def restore_revision(self, revision_id: int) -> PlanSection:
        """Bring back an earlier version; it is saved as a new revision, so nothing is lost.

        Restoring the text the section already holds changes nothing.
        """
        row = self._vault.query_one(f"{_REVISION} WHERE id = ?", (revision_id,))
        if row is None:
            raise errors.NotFoundError()
        revision = _revision(row)
        return self.save(revision.key, revision.body)

    def mark_viewed(self, key: PlanSectionKey) -> None:
        """Note that the person looked at a section just now."""
        with self._vault.write() as w:
            changed = w.execute(
                "UPDATE plan_section SET last_viewed_at = ? WHERE key = ?",
                (convert.stamp(self._vault.now()), PlanSectionKey(key).value),
            ).rowcount
        if not changed:
            raise errors.NotFoundError()
