"""The strengths inventory and the log of times a strength was used."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import date, datetime
from types import EllipsisType
from typing import Any

from recovery_journal.model import Strength, StrengthKind, StrengthUse
from recovery_journal.storage import convert, errors, softdelete
from recovery_journal.storage.life_domains import check_life_domain
from recovery_journal.storage.tagging import set_tags, tags_of
from recovery_journal.storage.text import required, storable
from recovery_journal.storage.vault import Vault

# Suggestions offered when the inventory is empty; nothing is stored unless the person picks one.
STARTER_STRENGTHS: tuple[tuple[str, StrengthKind, str], ...] = (
    ("Kindness", StrengthKind.QUALITY, "I look out for other people, and I can for me too."),
    ("Humour", StrengthKind.QUALITY, "I can find something to smile about, even on a grey day."),
    ("Persistence", StrengthKind.QUALITY, "I keep going, a little at a time."),
    ("Honesty", StrengthKind.QUALITY, "I say how things really are for me."),
    ("Curiosity", StrengthKind.QUALITY, "I like finding out how things work and why."),
    ("Patience", StrengthKind.QUALITY, "I can wait and let things take the time they need."),
    ("Courage", StrengthKind.QUALITY, "I do things that feel hard when they matter to me."),
    ("Creativity", StrengthKind.QUALITY, "I make things and come up with my own ideas."),
    ("Hope", StrengthKind.QUALITY, "I can picture days that are better than this one."),
    ("Gentleness with myself", StrengthKind.QUALITY, "I can go easy on myself when I need to."),
    ("Cooking", StrengthKind.SKILL, "I can make a meal that feeds me and others."),
    ("Listening", StrengthKind.SKILL, "People feel heard when they talk to me."),
    ("Walking", StrengthKind.SKILL, "A walk clears my head."),
    ("Music", StrengthKind.SKILL, "Playing or listening to music helps me settle."),
    ("Writing", StrengthKind.SKILL, "Putting things into words helps me sort them out."),
    ("Gardening", StrengthKind.SKILL, "Looking after plants steadies me."),
    ("Fixing things", StrengthKind.SKILL, "I like working out how to mend something."),
    ("Asking for help", StrengthKind.SKILL, "I can tell someone when I need a hand."),
    ("Breathing slowly", StrengthKind.SKILL, "A few slow breaths help me through a hard moment."),
    ("A good friend", StrengthKind.PERSON, "Someone I can call who is glad to hear from me."),
    ("Family", StrengthKind.PERSON, "People at home who are on my side."),
    ("My pet", StrengthKind.PERSON, "An animal who is always pleased to see me."),
    ("My support worker", StrengthKind.PERSON, "Someone who helps me plan and keeps me company."),
    ("The park", StrengthKind.PLACE, "Trees, air and space to think."),
    ("By the water", StrengthKind.PLACE, "A river, lake or the sea, where things feel calmer."),
    ("A quiet corner at home", StrengthKind.PLACE, "A spot that is mine, where I can rest."),
    ("A place of worship", StrengthKind.PLACE, "Somewhere I feel part of something bigger."),
    ("My library card", StrengthKind.RESOURCE, "Books, films and a warm place to sit, for free."),
    ("A favourite playlist", StrengthKind.RESOURCE, "Songs that lift me or keep me company."),
    ("A community group", StrengthKind.RESOURCE, "People who meet to share something they enjoy."),
    ("My wellness plan", StrengthKind.RESOURCE, "What I wrote down about staying well."),
)

_STRENGTH = "SELECT id, name, description, kind, life_domain_id, archived FROM strength"
_USE = (
    "SELECT u.id, u.strength_id, u.occurred_on, u.note FROM strength_use u "
    "JOIN strength s ON s.id = u.strength_id"
)
_USE_TAGS = "strength_use_tag"


def _name(value: str) -> str:
    return required(value, "Please give the strength a name.")


def _strength(row: tuple[Any, ...]) -> Strength:
    return Strength(
        id=int(row[0]), name=str(row[1]), description=str(row[2]), kind=StrengthKind(row[3]),
        life_domain_id=None if row[4] is None else int(row[4]), archived=bool(row[5]),
    )


class Strengths:
    """The person's strengths (qualities, skills, people, places, resources) and their uses."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- the inventory -----------------------------------------------------------------------

    def list(self, include_archived: bool = False) -> builtins.list[Strength]:
        """Strengths by name; archived ones only when asked for."""
        where = "" if include_archived else " AND archived = 0"
        rows = self._vault.query(
            f"{_STRENGTH} WHERE deleted_at IS NULL{where} ORDER BY name COLLATE NOCASE, id"
        )
        return [_strength(row) for row in rows]

    def get(self, strength_id: int) -> Strength:
        row = self._vault.query_one(
            f"{_STRENGTH} WHERE id = ? AND deleted_at IS NULL", (strength_id,)
        )
        if row is None:
            raise errors.NotFoundError()
        return _strength(row)

    def add(
        self, name: str, description: str = "", kind: StrengthKind = StrengthKind.QUALITY,
        life_domain_id: int | None = None,
    ) -> Strength:
        """Add a strength to the inventory."""
        values = (_name(name), storable(description), StrengthKind(kind).value)
        with self._vault.write() as w:
            check_life_domain(w, life_domain_id)
            cursor = w.execute(
                "INSERT INTO strength (name, description, kind, life_domain_id, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (*values, life_domain_id, convert.stamp(self._vault.now())),
            )
        return self.get(int(cursor.lastrowid))

    def update(
        self, strength_id: int, *, name: str | None = None, description: str | None = None,
        kind: StrengthKind | None = None, life_domain_id: int | None | EllipsisType = ...,
    ) -> Strength:
        """Change the given fields; `life_domain_id=None` clears the domain."""
        current = self.get(strength_id)
        new_name = current.name if name is None else _name(name)
        new_description = current.description if description is None else storable(description)
        new_kind = current.kind if kind is None else StrengthKind(kind)
        domain = current.life_domain_id if isinstance(life_domain_id, EllipsisType) else (
            life_domain_id
        )
        with self._vault.write() as w:
            check_life_domain(w, domain)
            w.execute(
                "UPDATE strength SET name = ?, description = ?, kind = ?, life_domain_id = ? "
                "WHERE id = ?",
                (new_name, new_description, new_kind.value, domain, strength_id),
            )
        return self.get(strength_id)

    def set_archived(self, strength_id: int, archived: bool) -> Strength:
        """Hide a strength from pickers (or show it again); its history stays."""
        self.get(strength_id)
        with self._vault.write() as w:
            w.execute(
                "UPDATE strength SET archived = ? WHERE id = ?", (int(archived), strength_id)
            )
        return self.get(strength_id)

    def delete(self, strength_id: int) -> None:
        """Soft-delete a strength; its uses are hidden with it until it is restored."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "strength", strength_id, self._vault.now())

    def restore(self, strength_id: int) -> Strength:
        with self._vault.write() as w:
            softdelete.restore(w, "strength", strength_id)
        return self.get(strength_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[Strength]:
        """Deleted strengths, the most recently deleted first."""
        rows = self._vault.query(
            f"{_STRENGTH} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [_strength(row) for row in rows]

    def purge_deleted(self, before: datetime) -> int:
        """Remove strengths and uses deleted before `before`; return how many rows went."""
        with self._vault.write() as w:
            return sum(softdelete.purge(w, table, before) for table in ("strength_use", "strength"))

    # -- uses --------------------------------------------------------------------------------

    def log_use(
        self, strength_id: int, occurred_on: date, note: str = "", tags: Iterable[str] = (),
    ) -> StrengthUse:
        """Record that a strength was used on a day."""
        self.get(strength_id)
        names = list(tags)
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO strength_use (strength_id, occurred_on, note, created_at) "
                "VALUES (?, ?, ?, ?)",
                (strength_id, convert.to_day(occurred_on), storable(note),
                 convert.stamp(self._vault.now())),
            )
            use_id = int(cursor.lastrowid)
            set_tags(w, _USE_TAGS, use_id, names)
        return self.get_use(use_id)

    def get_use(self, use_id: int) -> StrengthUse:
        rows = self._uses_where("u.id = ?", [use_id])
        if not rows:
            raise errors.NotFoundError()
        return rows[0]

    def update_use(
        self, use_id: int, *, strength_id: int | None = None, occurred_on: date | None = None,
        note: str | None = None, tags: Iterable[str] | None = None,
    ) -> StrengthUse:
        """Change the given fields of a use; `tags` replaces all of its tags."""
        current = self.get_use(use_id)
        new_strength = current.strength_id if strength_id is None else self.get(strength_id).id
        day = current.occurred_on if occurred_on is None else occurred_on
        new_note = current.note if note is None else storable(note)
        names = None if tags is None else list(tags)
        with self._vault.write() as w:
            w.execute(
                "UPDATE strength_use SET strength_id = ?, occurred_on = ?, note = ? WHERE id = ?",
                (new_strength, convert.to_day(day), new_note, use_id),
            )
            if names is not None:
                set_tags(w, _USE_TAGS, use_id, names)
        return self.get_use(use_id)

    def uses(
        self, start: date | None = None, end: date | None = None, strength_id: int | None = None,
    ) -> builtins.list[StrengthUse]:
        """Uses between `start` and `end` (inclusive, either open), newest first."""
        where, params = _day_range("u.occurred_on", start, end)
        if strength_id is not None:
            where.append("u.strength_id = ?")
            params.append(strength_id)
        return self._uses_where(" AND ".join(where) or "1", params)

    def use_counts(self, start: date | None, end: date | None) -> dict[int, int]:
        """Strength id → number of uses in the range (inclusive); unused strengths are left out."""
        where, params = _day_range("u.occurred_on", start, end)
        condition = " AND ".join(["u.deleted_at IS NULL", "s.deleted_at IS NULL", *where])
        rows = self._vault.query(
            "SELECT u.strength_id, count(*) FROM strength_use u "
            f"JOIN strength s ON s.id = u.strength_id WHERE {condition} GROUP BY u.strength_id",
            params,
        )
        return {int(strength): int(count) for strength, count in rows}

    def delete_use(self, use_id: int) -> None:
        self.get_use(use_id)
        with self._vault.write() as w:
            softdelete.set_aside(w, "strength_use", use_id, self._vault.now())

    def restore_use(self, use_id: int) -> StrengthUse:
        with self._vault.write() as w:
            softdelete.restore(w, "strength_use", use_id)
        return self.get_use(use_id)

    def recently_deleted_uses(self, limit: int = 10) -> builtins.list[StrengthUse]:
        """Deleted uses of strengths that still exist, the most recently deleted first."""
        rows = self._vault.query(
            f"{_USE} WHERE u.deleted_at IS NOT NULL AND s.deleted_at IS NULL "
            "ORDER BY u.deleted_at DESC, u.id DESC LIMIT ?",
            (limit,),
        )
        return self._to_uses(rows)

    def _uses_where(self, condition: str, params: builtins.list[Any]) -> builtins.list[StrengthUse]:
        rows = self._vault.query(
            f"{_USE} WHERE u.deleted_at IS NULL AND s.deleted_at IS NULL AND ({condition}) "
            "ORDER BY u.occurred_on DESC, u.id DESC",
            params,
        )
        return self._to_uses(rows)

    def _to_uses(self, rows: builtins.list[tuple[Any, ...]]) -> builtins.list[StrengthUse]:
        tags = tags_of(self._vault, _USE_TAGS, (int(row[0]) for row in rows))
        return [
            StrengthUse(
                id=int(row[0]), strength_id=int(row[1]), occurred_on=convert.from_day(row[2]),
                note=str(row[3]), tags=tags[int(row[0])],
            )
            for row in rows
        ]


def _day_range(
    column: str, start: date | None, end: date | None
) -> tuple[builtins.list[str], builtins.list[Any]]:
    where: builtins.list[str] = []
    params: builtins.list[Any] = []
    if start is not None:
        where.append(f"{column} >= ?")
        params.append(convert.to_day(start))
    if end is not None:
        where.append(f"{column} <= ?")
        params.append(convert.to_day(end))
    return where, params
