"""Undoable removal of a person from "My people" (Ctrl+Z, also after a restart).

The text on the undo stack names no one: "Remove person".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.supporters import Supporters

# Called with a text to announce and the id of the person concerned.
Notify = Callable[[str, int], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


class RemovePersonCommand(QUndoCommand):
    """Removing someone; undo brings them back at their place. `already_done` is for a
    removal from an earlier session: the first redo (run by QUndoStack.push) does nothing."""

    def __init__(self, people: Supporters, person_id: int, notify: Notify,
                 already_done: bool = False) -> None:
        super().__init__(_tr("Remove person"))
        self._people = people
        self._id = person_id
        self._notify = notify
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._people.delete(self._id)
        except NotFoundError:
            return
        self._notify(_tr("Removed from My people. Ctrl+Z brings them back."), self._id)

    def undo(self) -> None:
        try:
            self._people.restore(self._id)
        except NotFoundError:
            self._notify(_tr("That person can no longer be brought back."), self._id)
            return
        self._notify(_tr("Back in My people"), self._id)


def restart_commands(people: Supporters, notify: Notify, limit: int) -> list[RemovePersonCommand]:
    """Commands for removals from earlier sessions, oldest first, to push on the stack."""
    return [RemovePersonCommand(people, person.id, notify, already_done=True)
            for person in reversed(people.recently_deleted(limit))]
