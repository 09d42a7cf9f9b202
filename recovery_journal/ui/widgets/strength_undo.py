"""Undoable deletion of a strength or of one use, for the shared undo stack (Ctrl+Z, also after
a restart: deleted rows stay in the vault, set aside, until they are purged)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.strengths import Strengths

Notify = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("StrengthsPage", text)


class _SoftDeleteCommand(QUndoCommand):
    """Delete on redo, restore on undo. `already_done` is for deletes from an earlier session:
    the first redo (run by QUndoStack.push) then does nothing."""

    # The command texts name no strength: the stack's text shows in menus and must stay private.
    undo_text: str = ""
    deleted_text: str = ""
    restored_text: str = ""
    gone_text: str = ""

    def __init__(
        self, strengths: Strengths, record_id: int, notify: Notify, already_done: bool = False,
    ) -> None:
        super().__init__(_tr(self.undo_text))
        self._strengths = strengths
        self._id = record_id
        self._notify = notify
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._delete()
        except NotFoundError:
            return
        self._notify(_tr(self.deleted_text))

    def undo(self) -> None:
        try:
            self._restore()
        except NotFoundError:
            self._notify(_tr(self.gone_text))
            return
        self._notify(_tr(self.restored_text))

    def _delete(self) -> None:
        raise NotImplementedError

    def _restore(self) -> None:
        raise NotImplementedError


class DeleteStrengthCommand(_SoftDeleteCommand):
    """Deleting a strength (its uses are hidden with it); undo brings both back."""

    undo_text = str(QT_TRANSLATE_NOOP("StrengthsPage", "Delete strength"))
    deleted_text = str(QT_TRANSLATE_NOOP(
        "StrengthsPage", "Strength deleted. Ctrl+Z brings it back."))
    restored_text = str(QT_TRANSLATE_NOOP("StrengthsPage", "Strength brought back"))
    gone_text = str(QT_TRANSLATE_NOOP(
        "StrengthsPage", "That strength can no longer be brought back."))

    def _delete(self) -> None:
        self._strengths.delete(self._id)

    def _restore(self) -> None:
        self._strengths.restore(self._id)


class DeleteUseCommand(_SoftDeleteCommand):
    """Deleting one logged use of a strength; undo brings it back."""

    undo_text = str(QT_TRANSLATE_NOOP("StrengthsPage", "Delete a logged use"))
    deleted_text = str(QT_TRANSLATE_NOOP("StrengthsPage", "Use deleted. Ctrl+Z brings it back."))
    restored_text = str(QT_TRANSLATE_NOOP("StrengthsPage", "Use brought back"))
    gone_text = str(QT_TRANSLATE_NOOP("StrengthsPage", "That use can no longer be brought back."))

    def _delete(self) -> None:
        self._strengths.delete_use(self._id)

    def _restore(self) -> None:
        self._strengths.restore_use(self._id)


class LogUseCommand(QUndoCommand):
    """A use just logged (pushed after the fact); undo sets it aside, redo brings it back."""

    def __init__(self, strengths: Strengths, use_id: int, notify: Notify) -> None:
        super().__init__(_tr("Log a strength used today"))
        self._strengths = strengths
        self._id = use_id
        self._notify = notify
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._strengths.restore_use(self._id)
        except NotFoundError:
            return
        self._notify(_tr("Use logged again"))

    def undo(self) -> None:
        try:
            self._strengths.delete_use(self._id)
        except NotFoundError:
            return
        self._notify(_tr("Taken back: that use is no longer logged."))
