"""The people the person chooses to involve, in their own order, and who to call in a crisis."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from recovery_journal.model import PlanSectionKey, Supporter
from recovery_journal.storage import errors, ordering, softdelete
from recovery_journal.storage.text import required, storable
from recovery_journal.storage.vault import Vault

_SUPPORTER = (
    "SELECT id, name, relationship, phone, email, helps_with, plan_stages, in_crisis_plan, "
    "do_not_contact, position FROM supporter"
)
_PLAN_ORDER = list(PlanSectionKey)


def _name(value: str) -> str:
    return required(value, "Please give the person's name.")


def _stages_text(stages: Iterable[PlanSectionKey | str]) -> str:
    """Plan stages as stored: comma-separated keys in plan order (unknown keys refused)."""
    chosen = {PlanSectionKey(stage) for stage in stages}
    return ",".join(key.value for key in _PLAN_ORDER if key in chosen)


def _stages(text: str) -> tuple[PlanSectionKey, ...]:
    known = {key.value for key in _PLAN_ORDER}
    return tuple(PlanSectionKey(part) for part in text.split(",") if part in known)


def _supporter(row: tuple[Any, ...]) -> Supporter:
    return Supporter(
        id=int(row[0]), name=str(row[1]), relationship=str(row[2]), phone=str(row[3]),
        email=str(row[4]), helps_with=str(row[5]), plan_stages=_stages(str(row[6])),
        in_crisis_plan=bool(row[7]), do_not_contact=bool(row[8]), position=int(row[9]),
    )


class Supporters:
    """The person's support network, ordered as they like."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self) -> builtins.list[Supporter]:
        """Everyone, in the person's order."""
        rows = self._vault.query(f"{_SUPPORTER} WHERE deleted_at IS NULL ORDER BY position, id")
        return [_supporter(row) for row in rows]

    def get(self, supporter_id: int) -> Supporter:
        row = self._vault.query_one(
            f"{_SUPPORTER} WHERE id = ? AND deleted_at IS NULL", (supporter_id,)
        )
        if row is None:
            raise errors.NotFoundError()
        return _supporter(row)

    def add(
        self, name: str, relationship: str = "", phone: str = "", email: str = "",
        helps_with: str = "", plan_stages: Iterable[PlanSectionKey | str] = (),
        in_crisis_plan: bool = False, do_not_contact: bool = False,
    ) -> Supporter:
        """Add someone at the end of the list."""
        values = (
            _name(name), storable(relationship), storable(phone), storable(email),
            storable(helps_with), _stages_text(plan_stages), int(bool(in_crisis_plan)),
            int(bool(do_not_contact)),
        )
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO supporter (name, relationship, phone, email, helps_with, "
                "plan_stages, in_crisis_plan, do_not_contact, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, ordering.next_position(w, "supporter")),
            )
        return self.get(int(cursor.lastrowid))

    def update(
        self, supporter_id: int, *, name: str | None = None, relationship: str | None = None,
        phone: str | None = None, email: str | None = None, helps_with: str | None = None,
        plan_stages: Iterable[PlanSectionKey | str] | None = None,
        in_crisis_plan: bool | None = None, do_not_contact: bool | None = None,
    ) -> Supporter:
        """Change the given fields; the others stay as they are."""
        old = self.get(supporter_id)
        values = (
            old.name if name is None else _name(name),
            old.relationship if relationship is None else storable(relationship),
            old.phone if phone is None else storable(phone),
            old.email if email is None else storable(email),
            old.helps_with if helps_with is None else storable(helps_with),
            _stages_text(old.plan_stages if plan_stages is None else plan_stages),
            int(old.in_crisis_plan if in_crisis_plan is None else bool(in_crisis_plan)),
            int(old.do_not_contact if do_not_contact is None else bool(do_not_contact)),
        )
        with self._vault.write() as w:
            w.execute(
                "UPDATE supporter SET name = ?, relationship = ?, phone = ?, email = ?, "
                "helps_with = ?, plan_stages = ?, in_crisis_plan = ?, do_not_contact = ? "
                "WHERE id = ?",
                (*values, supporter_id),
            )
        return self.get(supporter_id)

    def move(self, supporter_id: int, new_position: int) -> Supporter:
        """Move someone to `new_position` (clamped to the list) and renumber the others."""
        with self._vault.write() as w:
            ordering.move(w, "supporter", supporter_id, new_position)
        return self.get(supporter_id)

    def crisis_contacts(self) -> builtins.list[Supporter]:
        """The people in the crisis plan who may be contacted, in the person's order."""
        return [s for s in self.list() if s.in_crisis_plan and not s.do_not_contact]

    def delete(self, supporter_id: int) -> None:
        """Soft-delete someone; the people after them move up."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "supporter", supporter_id, self._vault.now())
            ordering.renumber(w, "supporter")

    def restore(self, supporter_id: int) -> Supporter:
        """Bring someone back at the place they had."""
        row = self._vault.query_one("SELECT position FROM supporter WHERE id = ?", (supporter_id,))
        if row is None:
            raise errors.NotFoundError()
        with self._vault.write() as w:
            softdelete.restore(w, "supporter", supporter_id)
            ordering.move(w, "supporter", supporter_id, int(row[0]))
        return self.get(supporter_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[Supporter]:
        """Deleted people, the most recently deleted first."""
        rows = self._vault.query(
            f"{_SUPPORTER} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [_supporter(row) for row in rows]

    def purge_deleted(self, before: datetime) -> int:
        """Remove people deleted before `before` for good; return how many."""
        with self._vault.write() as w:
            return softdelete.purge(w, "supporter", before)
