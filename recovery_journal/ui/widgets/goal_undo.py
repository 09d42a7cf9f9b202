"""Undoable deletion of a goal, a step or a review, for the shared undo stack.

The texts on the stack name only the kind of thing ("Delete step"), never what the person wrote.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.goals import Goals


class Kind(enum.Enum):
    GOAL = "goal"
    STEP = "step"
    REVIEW = "review"


# kind -> (command text, deleted, restored, can't be restored)
_TEXTS = {
    Kind.GOAL: (
        QT_TRANSLATE_NOOP("GoalsPage", "Delete goal"),
        QT_TRANSLATE_NOOP("GoalsPage", "Goal deleted. Ctrl+Z brings it back."),
        QT_TRANSLATE_NOOP("GoalsPage", "Goal restored"),
        QT_TRANSLATE_NOOP("GoalsPage", "That goal can no longer be brought back."),
    ),
    Kind.STEP: (
        QT_TRANSLATE_NOOP("GoalsPage", "Delete step"),
        QT_TRANSLATE_NOOP("GoalsPage", "Step deleted. Ctrl+Z brings it back."),
        QT_TRANSLATE_NOOP("GoalsPage", "Step restored"),
        QT_TRANSLATE_NOOP("GoalsPage", "That step can no longer be brought back."),
    ),
    Kind.REVIEW: (
        QT_TRANSLATE_NOOP("GoalsPage", "Delete review"),
        QT_TRANSLATE_NOOP("GoalsPage", "Review deleted. Ctrl+Z brings it back."),
        QT_TRANSLATE_NOOP("GoalsPage", "Review restored"),
        QT_TRANSLATE_NOOP("GoalsPage", "That review can no longer be brought back."),
    ),
}

# Called with a text to announce and the id of the goal concerned.
Notify = Callable[[str, int], None]


def _tr(text: object) -> str:
    return QCoreApplication.translate("GoalsPage", str(text))


class DeleteCommand(QUndoCommand):
    """Deleting a goal, step or review; undo restores it. `already_done` is for deletes from an
    earlier session: the first redo (run by QUndoStack.push) then does nothing."""

    def __init__(
        self, goals: Goals, kind: Kind, item_id: int, goal_id: int, notify: Notify,
        already_done: bool = False,
    ) -> None:
        super().__init__(_tr(_TEXTS[kind][0]))
        self._goals = goals
        self._kind = kind
        self._id = item_id
        self._goal_id = goal_id
        self._notify = notify
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        delete = {Kind.GOAL: self._goals.delete, Kind.STEP: self._goals.delete_step,
                  Kind.REVIEW: self._goals.delete_review}[self._kind]
        try:
            delete(self._id)
        except NotFoundError:
            return
        self._notify(_tr(_TEXTS[self._kind][1]), self._goal_id)

    def undo(self) -> None:
        restore: Callable[[int], object] = {
            Kind.GOAL: self._goals.restore, Kind.STEP: self._goals.restore_step,
            Kind.REVIEW: self._goals.restore_review,
        }[self._kind]
        try:
            restore(self._id)
        except NotFoundError:
            self._notify(_tr(_TEXTS[self._kind][3]), self._goal_id)
            return
        self._notify(_tr(_TEXTS[self._kind][2]), self._goal_id)


def restart_commands(goals: Goals, notify: Notify, limit: int) -> list[DeleteCommand]:
    """Commands for what was deleted in earlier sessions, to push oldest first.

    Goals, steps and reviews come back most recent first within each kind; the kinds are
    ordered goals last, so the first Ctrl+Z after a restart brings back a whole goal.
    """
    commands: list[DeleteCommand] = []
    for review in reversed(goals.recently_deleted_reviews(limit)):
        commands.append(DeleteCommand(goals, Kind.REVIEW, review.id, review.goal_id, notify,
                                      already_done=True))
    for step in reversed(goals.recently_deleted_steps(limit)):
        commands.append(DeleteCommand(goals, Kind.STEP, step.id, step.goal_id, notify,
                                      already_done=True))
    for goal in reversed(goals.recently_deleted(limit)):
        commands.append(DeleteCommand(goals, Kind.GOAL, goal.id, goal.id, notify,
                                      already_done=True))
    return commands
