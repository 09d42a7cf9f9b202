"""Goals over a period: the steps marked done, day by day, and each goal's review history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from recovery_journal.model import Goal, GoalStatus, GoalStep


@dataclass(frozen=True, slots=True)
class GoalHistory:
    """One goal's reviews in the period: (day, progress 0-100), oldest first."""

    title: str
    status: GoalStatus
    reviews: tuple[tuple[date, int], ...]


@dataclass(frozen=True, slots=True)
class GoalProgress:
    start: date
    end: date
    steps_done: tuple[tuple[date, int], ...]
    goals: tuple[GoalHistory, ...]

    @property
    def total_steps(self) -> int:
        return sum(n for _, n in self.steps_done)

    @property
    def total_reviews(self) -> int:
        return sum(len(g.reviews) for g in self.goals)


def step_done_day(step: GoalStep) -> date | None:
    """The day a step was marked done.

    `done_at` is a UTC bookkeeping stamp and the person's offset at that moment isn't kept, so
    the UTC day is used; it can differ from the local day only late at night or early morning.
    """
    return step.done_at.date() if step.done_at is not None else None


def goal_progress(goals: Iterable[Goal], start: date, end: date) -> GoalProgress:
    """Steps done per day (days with none left out) and the goals reviewed, in `start`..`end`."""
    done: Counter[date] = Counter()
    histories: list[GoalHistory] = []
    for goal in goals:
        for step in goal.steps:
            day = step_done_day(step)
            if day is not None and start <= day <= end:
                done[day] += 1
        reviews = tuple(
            (r.reviewed_on, r.progress)
            for r in sorted(goal.reviews, key=lambda r: (r.reviewed_on, r.id))
            if start <= r.reviewed_on <= end
        )
        if reviews:
            histories.append(GoalHistory(title=goal.title, status=goal.status, reviews=reviews))
    return GoalProgress(
        start=start, end=end, steps_done=tuple(sorted(done.items())), goals=tuple(histories)
    )
