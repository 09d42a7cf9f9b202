"""Undoable deletion of a strength or of one use, for the shared undo stack (Ctrl+Z, also after
a restart: deleted rows stay in the vault, set aside, until they are purged)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.strengths import Strengths
from recovery_journal.ui.widgets.undo import Announcements, SoftDeleteCommand

Notify = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("StrengthsPage", text)


# The command texts name no strength: the stack's text shows in menus and must stay private.
_STRENGTH_SAID = Announcements(
    "StrengthsPage",
    deleted=QT_TRANSLATE_NOOP("StrengthsPage", "Strength deleted. Ctrl+Z brings it back."),
    restored=QT_TRANSLATE_NOOP("StrengthsPage", "Strength brought back"),
    gone=QT_TRANSLATE_NOOP("StrengthsPage", "That strength can no longer be brought back."),
)
_USE_SAID = Announcements(
    "StrengthsPage",
    deleted=QT_TRANSLATE_NOOP("StrengthsPage", "Use deleted. Ctrl+Z brings it back."),
    restored=QT_TRANSLATE_NOOP("StrengthsPage", "Use brought back"),
    gone=QT_TRANSLATE_NOOP("StrengthsPage", "That use can no longer be brought back."),
)


def delete_strength_command(
    strengths: Strengths, strength_id: int, notify: Notify, already_done: bool = False,
) -> SoftDeleteCommand:
    """Deleting a strength (its uses are hidden with it); undo brings both back."""
    return SoftDeleteCommand(
        _tr("Delete strength"),
        lambda: strengths.delete(strength_id), lambda: strengths.restore(strength_id),
        on_change=lambda change: notify(_STRENGTH_SAID.text(change)), already_done=already_done,
    )


def delete_use_command(
    strengths: Strengths, use_id: int, notify: Notify, already_done: bool = False,
) -> SoftDeleteCommand:
    """Deleting one logged use of a strength; undo brings it back."""
    return SoftDeleteCommand(
        _tr("Delete a logged use"),
        lambda: strengths.delete_use(use_id), lambda: strengths.restore_use(use_id),
        on_change=lambda change: notify(_USE_SAID.text(change)), already_done=already_done,
    )


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
