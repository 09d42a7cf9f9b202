"""Undoable deletion of a journal entry on the shared undo stack (Ctrl+Z, also after a restart)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_journal.storage.journal import Journal
from recovery_journal.ui.widgets.undo import Announcements, Change, SoftDeleteCommand

# (announcement, entry id to show or None)
Notify = Callable[[str, int | None], None]

_SAID = Announcements(
    "JournalPage",
    deleted=QT_TRANSLATE_NOOP(
        "JournalPage", "Entry deleted. Undo, just below the list, or Ctrl+Z brings it back."),
    restored=QT_TRANSLATE_NOOP("JournalPage", "Entry brought back"),
    gone=QT_TRANSLATE_NOOP("JournalPage", "That entry can no longer be brought back."),
)


def delete_entry_command(
    journal: Journal, entry_id: int, notify: Notify, already_done: bool = False,
) -> SoftDeleteCommand:
    """Deleting an entry; undo restores it and shows it again."""

    def on_change(change: Change) -> None:
        notify(_SAID.text(change), entry_id if change is Change.RESTORED else None)

    # The undo text names no title: the stack's text is shown in menus and must stay private.
    return SoftDeleteCommand(
        QCoreApplication.translate("JournalPage", "Delete journal entry"),
        lambda: journal.delete(entry_id), lambda: journal.restore(entry_id),
        on_change=on_change, already_done=already_done,
    )
