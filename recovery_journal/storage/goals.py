"""Goals the person chooses, with their steps, reviews and the strengths that help."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from datetime import date, datetime
from types import EllipsisType
from typing import Any

from recovery_journal.model import Goal, GoalReview, GoalStatus, GoalStep
from recovery_journal.storage import convert, errors
from recovery_journal.storage.vault import Vault, Writer

_GOAL = (
    "SELECT id, title, why, life_domain_id, status, target_date, created_at, closed_at FROM goal"
)
_STEP = "SELECT s.id, s.goal_id, s.title, s.position, s.due_on, s.done_at FROM goal_step s"
_REVIEW = "SELECT r.id, r.goal_id, r.reviewed_on, r.progress, r.note FROM goal_review r"
_LIVE_GOAL = "JOIN goal g ON g.id = {}.goal_id AND g.deleted_at IS NULL"
_CLOSED = frozenset({GoalStatus.ACHIEVED, GoalStatus.LET_GO})
# Ids reach SQL as one JSON array, so a list of any length is a single bound parameter.
_IN_IDS = "IN (SELECT value FROM json_each(?))"


def _text(value: str) -> str:
    """Text SQLite can store: split surrogate pairs are joined; a lone surrogate is refused."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        try:
            return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        except UnicodeDecodeError:
            raise ValueError("This text contains a broken character that can't be saved.") from None


def _title(value: str, what: str) -> str:
    title = _text(value).strip()
    if not title:
        raise ValueError(f"Please give the {what} a title.")
    return title


def _step(row: tuple[Any, ...]) -> GoalStep:
    return GoalStep(
        id=int(row[0]), goal_id=int(row[1]), title=str(row[2]), position=int(row[3]),
        due_on=convert.opt_from_day(row[4]), done_at=convert.opt_from_iso(row[5]),
    )


def _review(row: tuple[Any, ...]) -> GoalReview:
    return GoalReview(
        id=int(row[0]), goal_id=int(row[1]), reviewed_on=convert.from_day(row[2]),
        progress=int(row[3]), note=str(row[4]),
    )


class Goals:
    """Goals, their ordered steps and progress reviews; every read returns whole `Goal`s.

    `Goal.steps` are in position order; `Goal.reviews` are oldest first, so the history reads
    forward like a timeline (take `reviews[-1]` for the latest).
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- goals -------------------------------------------------------------------------------

    def add(
        self, title: str, why: str = "", life_domain_id: int | None = None,
        target_date: date | None = None, strength_ids: Iterable[int] = (),
    ) -> Goal:
        """Add an active goal."""
        values = (_title(title, "goal"), _text(why))
        with self._vault.write() as w:
            _check_domain(w, life_domain_id)
            cursor = w.execute(
                "INSERT INTO goal (title, why, life_domain_id, target_date, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (*values, life_domain_id, convert.opt_to_day(target_date),
                 convert.to_iso(self._vault.now())),
            )
            goal_id = int(cursor.lastrowid)
            _set_strengths(w, goal_id, strength_ids)
        return self.get(goal_id)

    def update(
        self, goal_id: int, *, title: str | None = None, why: str | None = None,
        life_domain_id: int | None | EllipsisType = ...,
        target_date: date | None | EllipsisType = ...,
        strength_ids: Iterable[int] | None = None,
    ) -> Goal:
        """Change the given fields; `None` clears the domain or target date."""
        current = self.get(goal_id)
        new_title = current.title if title is None else _title(title, "goal")
        new_why = current.why if why is None else _text(why)
        domain = current.life_domain_id if isinstance(life_domain_id, EllipsisType) else (
            life_domain_id
        )
        target = current.target_date if isinstance(target_date, EllipsisType) else target_date
        with self._vault.write() as w:
            _check_domain(w, domain)
            w.execute(
                "UPDATE goal SET title = ?, why = ?, life_domain_id = ?, target_date = ? "
                "WHERE id = ?",
                (new_title, new_why, domain, convert.opt_to_day(target), goal_id),
            )
            if strength_ids is not None:
                _set_strengths(w, goal_id, strength_ids)
        return self.get(goal_id)

    def set_status(self, goal_id: int, status: GoalStatus) -> Goal:
        """Move a goal to a status; achieved and let go record when, active and paused clear it."""
        new = GoalStatus(status)
        current = self.get(goal_id)
        closed_at: str | None = None
        if new in _CLOSED:
            kept = current.closed_at if current.status == new else None
            closed_at = convert.to_iso(kept or self._vault.now())
        with self._vault.write() as w:
            w.execute(
                "UPDATE goal SET status = ?, closed_at = ? WHERE id = ?",
                (new.value, closed_at, goal_id),
            )
        return self.get(goal_id)

    def get(self, goal_id: int) -> Goal:
        goals = self._load("id = ? AND deleted_at IS NULL", [goal_id])
        if not goals:
            raise errors.NotFoundError()
        return goals[0]

    def list(
        self, status: GoalStatus | None = None, life_domain_id: int | None = None,
    ) -> builtins.list[Goal]:
        """Goals in the order they were added, optionally of one status or life area."""
        where = ["deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if status is not None:
            where.append("status = ?")
            params.append(GoalStatus(status).value)
        if life_domain_id is not None:
            where.append("life_domain_id = ?")
            params.append(life_domain_id)
        return self._load(" AND ".join(where), params)

    def delete(self, goal_id: int) -> None:
        """Soft-delete a goal; its steps and reviews go and come back with it."""
        _set_deleted(self._vault, "goal", goal_id, True)

    def restore(self, goal_id: int) -> Goal:
        _set_deleted(self._vault, "goal", goal_id, False)
        return self.get(goal_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[Goal]:
        """Deleted goals, the most recently deleted first."""
        return self._load(
            "deleted_at IS NOT NULL", [], order="julianday(deleted_at) DESC, id DESC", limit=limit
        )

    def purge_deleted(self, before: datetime) -> int:
        """Remove goals, steps and reviews deleted before `before`; return how many rows went.

        A purged goal takes its steps and reviews with it; those are not counted.
        """
        cutoff = convert.to_iso(before)
        removed = 0
        with self._vault.write() as w:
            for table in ("goal_review", "goal_step", "goal"):
                removed += int(w.execute(
                    f"DELETE FROM {table} WHERE deleted_at IS NOT NULL "
                    "AND julianday(deleted_at) < julianday(?)", (cutoff,),
                ).rowcount)
        return removed

    # -- steps -------------------------------------------------------------------------------

    def add_step(self, goal_id: int, title: str, due_on: date | None = None) -> GoalStep:
        """Add a step after the goal's other steps."""
        clean = _title(title, "step")
        self.get(goal_id)
        with self._vault.write() as w:
            count = w.query(
                "SELECT count(*) FROM goal_step WHERE goal_id = ? AND deleted_at IS NULL",
                (goal_id,),
            )[0][0]
            cursor = w.execute(
                "INSERT INTO goal_step (goal_id, title, position, due_on) VALUES (?, ?, ?, ?)",
                (goal_id, clean, int(count), convert.opt_to_day(due_on)),
            )
        return self.get_step(int(cursor.lastrowid))

    def get_step(self, step_id: int) -> GoalStep:
        row = self._vault.query_one(
            f"{_STEP} {_LIVE_GOAL.format('s')} WHERE s.id = ? AND s.deleted_at IS NULL",
            (step_id,),
        )
        if row is None:
            raise errors.NotFoundError()
        return _step(row)

    def update_step(
        self, step_id: int, *, title: str | None = None, due_on: date | None | EllipsisType = ...,
    ) -> GoalStep:
        """Change a step's title or due day; `due_on=None` clears the day."""
        current = self.get_step(step_id)
        new_title = current.title if title is None else _title(title, "step")
        due = current.due_on if isinstance(due_on, EllipsisType) else due_on
        with self._vault.write() as w:
            w.execute(
                "UPDATE goal_step SET title = ?, due_on = ? WHERE id = ?",
                (new_title, convert.opt_to_day(due), step_id),
            )
        return self.get_step(step_id)

    def set_step_done(self, step_id: int, done: bool) -> GoalStep:
        """Tick a step off (keeping the first time it was ticked) or un-tick it."""
        current = self.get_step(step_id)
        done_at: str | None = None
        if done:
            done_at = convert.to_iso(current.done_at or self._vault.now())
        with self._vault.write() as w:
            w.execute("UPDATE goal_step SET done_at = ? WHERE id = ?", (done_at, step_id))
        return self.get_step(step_id)

    def move_step(self, step_id: int, new_position: int) -> GoalStep:
        """Move a step to `new_position` (clamped to the list) and renumber the others."""
        step = self.get_step(step_id)
        with self._vault.write() as w:
            order = [i for i in _live_steps(w, step.goal_id) if i != step_id]
            order.insert(max(0, min(new_position, len(order))), step_id)
            _renumber(w, order)
        return self.get_step(step_id)

    def delete_step(self, step_id: int) -> None:
        """Soft-delete a step; the steps after it move up."""
        step = self.get_step(step_id)
        with self._vault.write() as w:
            w.execute(
                "UPDATE goal_step SET deleted_at = ? WHERE id = ?",
                (convert.to_iso(self._vault.now()), step_id),
            )
            _renumber(w, _live_steps(w, step.goal_id))

    def restore_step(self, step_id: int) -> GoalStep:
        """Bring a deleted step back at the place it had."""
        row = self._vault.query_one(
            f"{_STEP} {_LIVE_GOAL.format('s')} WHERE s.id = ?", (step_id,)
        )
        if row is None:
            raise errors.NotFoundError()
        step = _step(row)
        with self._vault.write() as w:
            order = [i for i in _live_steps(w, step.goal_id) if i != step_id]
            order.insert(min(step.position, len(order)), step_id)
            w.execute("UPDATE goal_step SET deleted_at = NULL WHERE id = ?", (step_id,))
            _renumber(w, order)
        return self.get_step(step_id)

    def next_step(self, goal_id: int) -> GoalStep | None:
        """The first step, by position, that is not done yet."""
        self.get(goal_id)
        row = self._vault.query_one(
            f"{_STEP} WHERE s.goal_id = ? AND s.deleted_at IS NULL AND s.done_at IS NULL "
            "ORDER BY s.position, s.id LIMIT 1",
            (goal_id,),
        )
        return None if row is None else _step(row)

    def recently_deleted_steps(self, limit: int = 10) -> builtins.list[GoalStep]:
        """Deleted steps of goals that still exist, the most recently deleted first."""
        return [_step(row) for row in self._recently_deleted(_STEP, "s", limit)]

    # -- reviews -----------------------------------------------------------------------------

    def add_review(
        self, goal_id: int, reviewed_on: date, progress: int, note: str = "",
    ) -> GoalReview:
        """Record how far along a goal feels, from 0 to 100."""
        if isinstance(progress, bool) or not isinstance(progress, int) or not (
            0 <= progress <= 100
        ):
            raise ValueError("Progress is a whole number from 0 to 100.")
        clean = _text(note)
        self.get(goal_id)
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO goal_review (goal_id, reviewed_on, progress, note) "
                "VALUES (?, ?, ?, ?)",
                (goal_id, convert.to_day(reviewed_on), progress, clean),
            )
        return self.get_review(int(cursor.lastrowid))

    def get_review(self, review_id: int) -> GoalReview:
        row = self._vault.query_one(
            f"{_REVIEW} {_LIVE_GOAL.format('r')} WHERE r.id = ? AND r.deleted_at IS NULL",
            (review_id,),
        )
        if row is None:
            raise errors.NotFoundError()
        return _review(row)

    def delete_review(self, review_id: int) -> None:
        _set_deleted(self._vault, "goal_review", review_id, True)

    def restore_review(self, review_id: int) -> GoalReview:
        _set_deleted(self._vault, "goal_review", review_id, False)
        return self.get_review(review_id)

    def recently_deleted_reviews(self, limit: int = 10) -> builtins.list[GoalReview]:
        """Deleted reviews of goals that still exist, the most recently deleted first."""
        return [_review(row) for row in self._recently_deleted(_REVIEW, "r", limit)]

    def _recently_deleted(self, select: str, alias: str, limit: int) -> builtins.list[Any]:
        return self._vault.query(
            f"{select} {_LIVE_GOAL.format(alias)} WHERE {alias}.deleted_at IS NOT NULL "
            f"ORDER BY julianday({alias}.deleted_at) DESC, {alias}.id DESC LIMIT ?",
            (limit,),
        )

    # -- loading -----------------------------------------------------------------------------

    def _load(
        self, condition: str, params: builtins.list[Any], *, order: str = "id",
        limit: int = -1,
    ) -> builtins.list[Goal]:
        """Goals matching `condition` with steps, reviews and strengths: four queries in all."""
        rows = self._vault.query(
            f"{_GOAL} WHERE {condition} ORDER BY {order} LIMIT ?", [*params, limit]
        )
        ids = json.dumps([int(row[0]) for row in rows])
        steps: dict[int, builtins.list[GoalStep]] = {int(row[0]): [] for row in rows}
        reviews: dict[int, builtins.list[GoalReview]] = {int(row[0]): [] for row in rows}
        strengths: dict[int, builtins.list[int]] = {int(row[0]): [] for row in rows}
        for row in self._vault.query(
            f"{_STEP} WHERE s.deleted_at IS NULL AND s.goal_id {_IN_IDS} "
            "ORDER BY s.position, s.id", (ids,),
        ):
            steps[int(row[1])].append(_step(row))
        for row in self._vault.query(
            f"{_REVIEW} WHERE r.deleted_at IS NULL AND r.goal_id {_IN_IDS} "
            "ORDER BY r.reviewed_on, r.id", (ids,),
        ):
            reviews[int(row[1])].append(_review(row))
        for goal_id, strength_id in self._vault.query(
            "SELECT gs.goal_id, gs.strength_id FROM goal_strength gs "
            "JOIN strength st ON st.id = gs.strength_id AND st.deleted_at IS NULL "
            f"WHERE gs.goal_id {_IN_IDS} ORDER BY gs.strength_id", (ids,),
        ):
            strengths[int(goal_id)].append(int(strength_id))
        return [
            Goal(
                id=int(row[0]), title=str(row[1]), why=str(row[2]),
                life_domain_id=None if row[3] is None else int(row[3]),
                status=GoalStatus(row[4]), target_date=convert.opt_from_day(row[5]),
                created_at=convert.from_iso(row[6]), closed_at=convert.opt_from_iso(row[7]),
                strength_ids=tuple(strengths[int(row[0])]), steps=tuple(steps[int(row[0])]),
                reviews=tuple(reviews[int(row[0])]),
            )
            for row in rows
        ]


def _goal_alive(table: str) -> str:
    return f"EXISTS (SELECT 1 FROM goal g WHERE g.id = {table}.goal_id AND g.deleted_at IS NULL)"


def _live_steps(writer: Writer, goal_id: int) -> builtins.list[int]:
    rows = writer.query(
        "SELECT id FROM goal_step WHERE goal_id = ? AND deleted_at IS NULL ORDER BY position, id",
        (goal_id,),
    )
    return [int(row[0]) for row in rows]


def _renumber(writer: Writer, step_ids: builtins.list[int]) -> None:
    writer.executemany(
        "UPDATE goal_step SET position = ? WHERE id = ?",
        [(position, step_id) for position, step_id in enumerate(step_ids)],
    )


def _set_strengths(writer: Writer, goal_id: int, strength_ids: Iterable[int]) -> None:
    wanted = list(dict.fromkeys(int(i) for i in strength_ids))
    found = writer.query(
        f"SELECT count(*) FROM strength WHERE deleted_at IS NULL AND id {_IN_IDS}",
        (json.dumps(wanted),),
    )[0][0]
    if found != len(wanted):
        raise errors.NotFoundError("One of those strengths no longer exists in the journal.")
    writer.execute("DELETE FROM goal_strength WHERE goal_id = ?", (goal_id,))
    writer.executemany(
        "INSERT INTO goal_strength (goal_id, strength_id) VALUES (?, ?)",
        [(goal_id, strength_id) for strength_id in wanted],
    )


def _check_domain(writer: Writer, domain_id: int | None) -> None:
    if domain_id is not None and not writer.query(
        "SELECT 1 FROM life_domain WHERE id = ?", (domain_id,)
    ):
        raise errors.NotFoundError("That life area no longer exists in the journal.")


def _set_deleted(vault: Vault, table: str, row_id: int, deleted: bool) -> None:
    """Soft-delete (or restore) one row of a goal that still exists; NotFoundError otherwise."""
    # `table` is always one of this module's literal table names, never input.
    alive = "1" if table == "goal" else _goal_alive(table)
    live_only = "AND deleted_at IS NULL" if deleted else ""
    with vault.write() as w:
        changed = w.execute(
            f"UPDATE {table} SET deleted_at = ? WHERE id = ? {live_only} AND {alive}",
            (convert.to_iso(vault.now()) if deleted else None, row_id),
        ).rowcount
    if not changed:
        raise errors.NotFoundError()
