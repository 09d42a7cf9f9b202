"""Calm words for goals: statuses, days and the one line that says where a goal stands."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from recovery_journal.model import Goal, GoalStatus

# The order the list groups by: what the person is working on comes first.
STATUS_ORDER = (GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.ACHIEVED, GoalStatus.LET_GO)

_STATUS_NAMES = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("GoalWords", "Active"),
    GoalStatus.PAUSED: QT_TRANSLATE_NOOP("GoalWords", "Paused"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("GoalWords", "Achieved"),
    GoalStatus.LET_GO: QT_TRANSLATE_NOOP("GoalWords", "Let go"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalWords", text)


def status_name(status: GoalStatus) -> str:
    """"Active", "Paused", "Achieved" or "Let go"."""
    return _tr(str(_STATUS_NAMES[GoalStatus(status)]))


def day_text(day: date | datetime) -> str:
    """A day as the person's locale writes it short ("3 Mar 2026")."""
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo is not None else day.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def standing(goal: Goal) -> str:
    """Where a goal stands in one line: its status, and the day it was closed if it was."""
    name = status_name(goal.status)
    if goal.closed_at is not None and goal.status in (GoalStatus.ACHIEVED, GoalStatus.LET_GO):
        return _tr("%1 on %2").replace("%1", name).replace("%2", day_text(goal.closed_at))
    return name


def next_step_line(goal: Goal) -> str:
    """For an active goal, the smallest next step (the first not yet done), in words."""
    for step in goal.steps:
        if step.done_at is None:
            return _tr("Next step: %1").replace("%1", step.title)
    if goal.steps:
        return _tr("Every step is done")
    return _tr("No steps yet")


def progress_line(goal: Goal) -> str:
    """The latest review's progress ("progress 65 %"), or "" if there is no review yet."""
    if not goal.reviews:
        return ""
    return _tr("progress %1 %").replace("%1", str(goal.reviews[-1].progress))
