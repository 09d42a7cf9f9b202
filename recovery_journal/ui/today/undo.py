"""Undoable deletion of a check-in, for the shared undo stack (Ctrl+Z, also after a restart)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_journal.storage.checkins import CheckIns
from recovery_journal.ui.widgets.undo import Announcements, SoftDeleteCommand

_SAID = Announcements(
    "TodayPage",
    deleted=QT_TRANSLATE_NOOP("TodayPage", "Check-in deleted. Ctrl+Z brings it back."),
    restored=QT_TRANSLATE_NOOP("TodayPage", "Check-in restored"),
    gone=QT_TRANSLATE_NOOP("TodayPage", "That check-in can no longer be brought back."),
)


def delete_checkin_command(
    checkins: CheckIns, checkin_id: int, notify: Callable[[str], None],
    already_done: bool = False,
) -> SoftDeleteCommand:
    """Deleting a check-in; undo restores it."""
    return SoftDeleteCommand(
        QCoreApplication.translate("TodayPage", "Delete check-in"),
        lambda: checkins.delete(checkin_id), lambda: checkins.restore(checkin_id),
        on_change=lambda change: notify(_SAID.text(change)), already_done=already_done,
    )
