"""A goal's ordered steps and its progress reviews; `Goals` offers these methods."""

from __future__ import annotations

import builtins
from datetime import date
from types import EllipsisType
from typing import Any

from recovery_journal.model import GoalReview, GoalStep
from recovery_journal.storage import convert, errors, ordering, softdelete
from recovery_journal.storage.text import required, storable
from recovery_journal.storage.vault import Vault

STEP = "SELECT s.id, s.goal_id, s.title, s.position, s.due_on, s.done_at FROM goal_step s"
REVIEW = "SELECT r.id, r.goal_id, r.reviewed_on, r.progress, r.note FROM goal_review r"
_LIVE_GOAL = "JOIN goal g ON g.id = {}.goal_id AND g.deleted_at IS NULL"


def step_from_row(row: tuple[Any, ...]) -> GoalStep:
    return GoalStep(
        id=int(row[0]), goal_id=int(row[1]), title=str(row[2]), position=int(row[3]),
        due_on=convert.opt_from_day(row[4]), done_at=convert.opt_from_iso(row[5]),
    )


def review_from_row(row: tuple[Any, ...]) -> GoalReview:
    return GoalReview(
        id=int(row[0]), goal_id=int(row[1]), reviewed_on=convert.from_day(row[2]),
        progress=int(row[3]), note=str(row[4]),
    )


def _step_title(value: str) -> str:
    return required(value, "Please give the step a title.")


class GoalStepsAndReviews:
    """The step and review half of `Goals`; a step or review of a deleted goal is not found."""

    _vault: Vault

    # -- steps -------------------------------------------------------------------------------

    def add_step(self, goal_id: int, title: str, due_on: date | None = None) -> GoalStep:
        """Add a step after the goal's other steps."""
        clean = _step_title(title)
        self._require_goal(goal_id)
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO goal_step (goal_id, title, position, due_on) VALUES (?, ?, ?, ?)",
                (goal_id, clean, ordering.next_position(w, "goal_step", goal_id),
                 convert.opt_to_day(due_on)),
            )
        return self.get_step(int(cursor.lastrowid))

    def get_step(self, step_id: int) -> GoalStep:
        row = self._vault.query_one(
            f"{STEP} {_LIVE_GOAL.format('s')} WHERE s.id = ? AND s.deleted_at IS NULL",
            (step_id,),
        )
        if row is None:
            raise errors.NotFoundError()
        return step_from_row(row)

    def update_step(
        self, step_id: int, *, title: str | None = None, due_on: date | None | EllipsisType = ...,
    ) -> GoalStep:
        """Change a step's title or due day; `due_on=None` clears the day."""
        current = self.get_step(step_id)
        new_title = current.title if title is None else _step_title(title)
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
            done_at = convert.stamp(current.done_at or self._vault.now())
        with self._vault.write() as w:
            w.execute("UPDATE goal_step SET done_at = ? WHERE id = ?", (done_at, step_id))
        return self.get_step(step_id)

    def move_step(self, step_id: int, new_position: int) -> GoalStep:
        """Move a step to `new_position` (clamped to the list) and renumber the others."""
        step = self.get_step(step_id)
        with self._vault.write() as w:
            ordering.move(w, "goal_step", step_id, new_position, step.goal_id)
        return self.get_step(step_id)

    def delete_step(self, step_id: int) -> None:
        """Soft-delete a step; the steps after it move up."""
        step = self.get_step(step_id)
        with self._vault.write() as w:
            softdelete.set_aside(w, "goal_step", step_id, self._vault.now())
            ordering.renumber(w, "goal_step", step.goal_id)

    def restore_step(self, step_id: int) -> GoalStep:
        """Bring a deleted step back at the place it had."""
        row = self._vault.query_one(f"{STEP} {_LIVE_GOAL.format('s')} WHERE s.id = ?", (step_id,))
        if row is None:
            raise errors.NotFoundError()
        step = step_from_row(row)
        with self._vault.write() as w:
            softdelete.restore(w, "goal_step", step_id)
            ordering.move(w, "goal_step", step_id, step.position, step.goal_id)
        return self.get_step(step_id)

    def next_step(self, goal_id: int) -> GoalStep | None:
        """The first step, by position, that is not done yet."""
        self._require_goal(goal_id)
        row = self._vault.query_one(
            f"{STEP} WHERE s.goal_id = ? AND s.deleted_at IS NULL AND s.done_at IS NULL "
            "ORDER BY s.position, s.id LIMIT 1",
            (goal_id,),
        )
        return None if row is None else step_from_row(row)

    def recently_deleted_steps(self, limit: int = 10) -> builtins.list[GoalStep]:
        """Deleted steps of goals that still exist, the most recently deleted first."""
        return [step_from_row(row) for row in self._recently_deleted(STEP, "s", limit)]

    # -- reviews -----------------------------------------------------------------------------

    def add_review(
        self, goal_id: int, reviewed_on: date, progress: int, note: str = "",
    ) -> GoalReview:
        """Record how far along a goal feels, from 0 to 100."""
        if isinstance(progress, bool) or not isinstance(progress, int) or not (
            0 <= progress <= 100
        ):
            raise ValueError("Progress is a whole number from 0 to 100.")
        self._require_goal(goal_id)
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO goal_review (goal_id, reviewed_on, progress, note) "
                "VALUES (?, ?, ?, ?)",
                (goal_id, convert.to_day(reviewed_on), progress, storable(note)),
            )
        return self.get_review(int(cursor.lastrowid))

    def get_review(self, review_id: int) -> GoalReview:
        row = self._vault.query_one(
            f"{REVIEW} {_LIVE_GOAL.format('r')} WHERE r.id = ? AND r.deleted_at IS NULL",
            (review_id,),
        )
        if row is None:
            raise errors.NotFoundError()
        return review_from_row(row)

    def delete_review(self, review_id: int) -> None:
        with self._vault.write() as w:
            softdelete.set_aside(w, "goal_review", review_id, self._vault.now())

    def restore_review(self, review_id: int) -> GoalReview:
        with self._vault.write() as w:
            softdelete.restore(w, "goal_review", review_id)
        return self.get_review(review_id)

    def recently_deleted_reviews(self, limit: int = 10) -> builtins.list[GoalReview]:
        """Deleted reviews of goals that still exist, the most recently deleted first."""
        return [review_from_row(row) for row in self._recently_deleted(REVIEW, "r", limit)]

    def _recently_deleted(self, select: str, alias: str, limit: int) -> builtins.list[Any]:
        return self._vault.query(
            f"{select} {_LIVE_GOAL.format(alias)} WHERE {alias}.deleted_at IS NOT NULL "
            f"ORDER BY {alias}.deleted_at DESC, {alias}.id DESC LIMIT ?",
            (limit,),
        )

    def _require_goal(self, goal_id: int) -> None:
        if self._vault.query_one(
            "SELECT 1 FROM goal WHERE id = ? AND deleted_at IS NULL", (goal_id,)
        ) is None:
            raise errors.NotFoundError()
