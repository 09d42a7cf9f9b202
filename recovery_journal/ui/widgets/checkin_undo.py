"""Undoable deletion of a check-in, for the shared undo stack (Ctrl+Z, also after a restart)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.errors import NotFoundError


class DeleteCheckInCommand(QUndoCommand):
    """Deleting a check-in; undo restores it. `already_done` is for deletes from an earlier
    session: the first redo (run by QUndoStack.push) then does nothing."""

    def __init__(
        self, checkins: CheckIns, checkin_id: int, notify: Callable[[str], None],
        already_done: bool = False,
    ) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "Delete check-in"))
        self._checkins = checkins
        self._id = checkin_id
        self._notify = notify
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._checkins.delete(self._id)
        except NotFoundError:
            return
        self._notify(QCoreApplication.translate(
            "TodayPage", "Check-in deleted. Ctrl+Z brings it back."))

    def undo(self) -> None:
        try:
            self._checkins.restore(self._id)
        except NotFoundError:
            self._notify(QCoreApplication.translate(
                "TodayPage", "That check-in can no longer be brought back."))
            return
        self._notify(QCoreApplication.translate("TodayPage", "Check-in restored"))
