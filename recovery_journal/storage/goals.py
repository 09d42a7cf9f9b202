"""Goals the person chooses, with their steps, reviews and the strengths that help."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from datetime import date, datetime
from types import EllipsisType
from typing import Any

from recovery_journal.model import Goal, GoalReview, GoalStatus, GoalStep
from recovery_journal.storage import convert, errors, softdelete
from recovery_journal.storage.goal_steps import (
    REVIEW,
    STEP,
    GoalStepsAndReviews,
    review_from_row,
    step_from_row,
)
from recovery_journal.storage.life_domains import check_life_domain
from recovery_journal.storage.text import required, storable
from recovery_journal.storage.vault import Vault, Writer

_GOAL = (
    "SELECT id, title, why, life_domain_id, status, target_date, created_at, closed_at FROM goal"
)
_CLOSED = frozenset({GoalStatus.ACHIEVED, GoalStatus.LET_GO})
# Ids reach SQL as one JSON array, so a list of any length is a single bound parameter.
_IN_IDS = "IN (SELECT value FROM json_each(?))"


def _title(value: str) -> str:
    return required(value, "Please give the goal a title.")


class Goals(GoalStepsAndReviews):
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
        values = (_title(title), storable(why))
        with self._vault.write() as w:
            check_life_domain(w, life_domain_id)
            cursor = w.execute(
                "INSERT INTO goal (title, why, life_domain_id, target_date, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (*values, life_domain_id, convert.opt_to_day(target_date),
                 convert.stamp(self._vault.now())),
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
        new_title = current.title if title is None else _title(title)
        new_why = current.why if why is None else storable(why)
        domain = current.life_domain_id if isinstance(life_domain_id, EllipsisType) else (
            life_domain_id
        )
        target = current.target_date if isinstance(target_date, EllipsisType) else target_date
        with self._vault.write() as w:
            check_life_domain(w, domain)
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
            closed_at = convert.stamp(kept or self._vault.now())
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
        with self._vault.write() as w:
            softdelete.set_aside(w, "goal", goal_id, self._vault.now())

    def restore(self, goal_id: int) -> Goal:
        with self._vault.write() as w:
            softdelete.restore(w, "goal", goal_id)
        return self.get(goal_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[Goal]:
        """Deleted goals, the most recently deleted first."""
        return self._load(
            "deleted_at IS NOT NULL", [], order="deleted_at DESC, id DESC", limit=limit
        )

    def purge_deleted(self, before: datetime) -> int:
        """Remove goals, steps and reviews deleted before `before`; return how many rows went.

        A purged goal takes its steps and reviews with it; those are not counted.
        """
        with self._vault.write() as w:
            return sum(
                softdelete.purge(w, table, before) for table in ("goal_review", "goal_step", "goal")
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
            f"{STEP} WHERE s.deleted_at IS NULL AND s.goal_id {_IN_IDS} "
            "ORDER BY s.position, s.id", (ids,),
        ):
            steps[int(row[1])].append(step_from_row(row))
        for row in self._vault.query(
            f"{REVIEW} WHERE r.deleted_at IS NULL AND r.goal_id {_IN_IDS} "
            "ORDER BY r.reviewed_on, r.id", (ids,),
        ):
            reviews[int(row[1])].append(review_from_row(row))
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
