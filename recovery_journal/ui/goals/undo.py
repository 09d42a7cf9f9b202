"""Undoable deletion of a goal, a step or a review, for the shared undo stack.

The texts on the stack name only the kind of thing ("Delete step"), never what the person wrote.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack

from recovery_journal.storage.goals import Goals
from recovery_journal.ui.widgets.undo import Announcements, SoftDeleteCommand, push_restart_undos


class Kind(enum.Enum):
    GOAL = "goal"
    STEP = "step"
    REVIEW = "review"


# kind -> (command text, what to say after a delete, a restore, or when it can't be restored)
_TEXTS = {
    Kind.GOAL: (
        QT_TRANSLATE_NOOP("GoalsPage", "Delete goal"),
        Announcements(
            "GoalsPage",
            deleted=QT_TRANSLATE_NOOP("GoalsPage", "Goal deleted. Ctrl+Z brings it back."),
            restored=QT_TRANSLATE_NOOP("GoalsPage", "Goal restored"),
            gone=QT_TRANSLATE_NOOP("GoalsPage", "That goal can no longer be brought back."),
        ),
    ),
    Kind.STEP: (
        QT_TRANSLATE_NOOP("GoalsPage", "Delete step"),
        Announcements(
            "GoalsPage",
            deleted=QT_TRANSLATE_NOOP("GoalsPage", "Step deleted. Ctrl+Z brings it back."),
            restored=QT_TRANSLATE_NOOP("GoalsPage", "Step restored"),
            gone=QT_TRANSLATE_NOOP("GoalsPage", "That step can no longer be brought back."),
        ),
    ),
    Kind.REVIEW: (
        QT_TRANSLATE_NOOP("GoalsPage", "Delete review"),
        Announcements(
            "GoalsPage",
            deleted=QT_TRANSLATE_NOOP("GoalsPage", "Review deleted. Ctrl+Z brings it back."),
            restored=QT_TRANSLATE_NOOP("GoalsPage", "Review restored"),
            gone=QT_TRANSLATE_NOOP("GoalsPage", "That review can no longer be brought back."),
        ),
    ),
}

# Called with a text to announce and the id of the goal concerned.
Notify = Callable[[str, int], None]


def delete_command(
    goals: Goals, kind: Kind, item_id: int, goal_id: int, notify: Notify,
    already_done: bool = False,
) -> SoftDeleteCommand:
    """Deleting a goal, step or review; undo restores it."""
    delete: Callable[[int], object] = {
        Kind.GOAL: goals.delete, Kind.STEP: goals.delete_step, Kind.REVIEW: goals.delete_review,
    }[kind]
    restore: Callable[[int], object] = {
        Kind.GOAL: goals.restore, Kind.STEP: goals.restore_step,
        Kind.REVIEW: goals.restore_review,
    }[kind]
    text, said = _TEXTS[kind]
    return SoftDeleteCommand(
        QCoreApplication.translate("GoalsPage", str(text)),
        lambda: delete(item_id), lambda: restore(item_id),
        on_change=lambda change: notify(said.text(change), goal_id), already_done=already_done,
    )


def push_restart_commands(stack: QUndoStack, goals: Goals, notify: Notify, limit: int) -> None:
    """Put back on the stack what was deleted in earlier sessions.

    Goals, steps and reviews come back most recent first within each kind; the kinds are
    ordered goals last, so the first Ctrl+Z after a restart brings back a whole goal.
    """
    push_restart_undos(stack, goals.recently_deleted_reviews(limit), lambda review: delete_command(
        goals, Kind.REVIEW, review.id, review.goal_id, notify, already_done=True))
    push_restart_undos(stack, goals.recently_deleted_steps(limit), lambda step: delete_command(
        goals, Kind.STEP, step.id, step.goal_id, notify, already_done=True))
    push_restart_undos(stack, goals.recently_deleted(limit), lambda goal: delete_command(
        goals, Kind.GOAL, goal.id, goal.id, notify, already_done=True))
