"""The one shape every soft delete takes on the shared undo stack (Ctrl+Z, also after a restart).

Deleted rows stay in the vault, set aside, until they are purged, so redo deletes and undo
restores. The texts on the stack name only the kind of thing, never what the person wrote.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from recovery_journal.storage.errors import NotFoundError

# How many deletes from earlier sessions each page puts back on the stack when it is built.
RESTART_UNDO_LIMIT = 10

Record = TypeVar("Record")


class Change(enum.Enum):
    """What a command just did, for the page to announce."""

    DELETED = "deleted"
    RESTORED = "restored"
    GONE = "gone"  # undo found nothing left to bring back (purged meanwhile)


@dataclass(frozen=True)
class Announcements:
    """What to say after each Change: source texts in one translation context (marked with
    QT_TRANSLATE_NOOP where they are written), translated only when said."""

    context: str
    deleted: object
    restored: object
    gone: object

    def text(self, change: Change) -> str:
        source = {Change.DELETED: self.deleted, Change.RESTORED: self.restored,
                  Change.GONE: self.gone}[change]
        return QCoreApplication.translate(self.context, str(source))


class SoftDeleteCommand(QUndoCommand):
    """Redo deletes, undo restores. `already_done` is for a delete from an earlier session: the
    first redo (run by QUndoStack.push) then does nothing."""

    def __init__(
        self, text: str, delete: Callable[[], object], restore: Callable[[], object], *,
        on_change: Callable[[Change], None], already_done: bool = False,
    ) -> None:
        super().__init__(text)
        self._delete = delete
        self._restore = restore
        self._on_change = on_change
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._delete()
        except NotFoundError:
            return
        self._on_change(Change.DELETED)

    def undo(self) -> None:
        try:
            self._restore()
        except NotFoundError:
            self._on_change(Change.GONE)
            return
        self._on_change(Change.RESTORED)


def push_restart_undos(
    stack: QUndoStack, records: Sequence[Record],
    make_command: Callable[[Record], QUndoCommand],
) -> None:
    """Push already-done commands for `records` (most recently deleted first, as the
    repositories list them) oldest first, so the first Ctrl+Z brings back the latest."""
    for record in reversed(records):
        stack.push(make_command(record))
