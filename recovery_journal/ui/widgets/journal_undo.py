"""Undoable deletion of a journal entry on the shared undo stack (Ctrl+Z, also after a restart)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.journal import Journal

# (announcement, entry id to show or None)
Notify = Callable[[str, int | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalPage", text)


class DeleteEntryCommand(QUndoCommand):
    """Deleting an entry; undo restores it. `already_done` is for deletes from an earlier
    session: the first redo (run by QUndoStack.push) then does nothing."""

    def __init__(
        self, journal: Journal, entry_id: int, notify: Notify, already_done: bool = False,
    ) -> None:
        # The undo text names no title: the stack's text is shown in menus and must stay private.
        super().__init__(_tr("Delete journal entry"))
        self._journal = journal
        self._id = entry_id
        self._notify = notify
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._journal.delete(self._id)
        except NotFoundError:
            return
        self._notify(_tr("Entry deleted. Ctrl+Z brings it back."), None)

    def undo(self) -> None:
        try:
            self._journal.restore(self._id)
        except NotFoundError:
            self._notify(_tr("That entry can no longer be brought back."), None)
            return
        self._notify(_tr("Entry brought back"), self._id)
