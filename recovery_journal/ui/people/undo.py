"""Undoable removal of a person from "My people" (Ctrl+Z, also after a restart).

The text on the undo stack names no one: "Remove person".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_journal.storage.supporters import Supporters
from recovery_journal.ui.widgets.undo import Announcements, SoftDeleteCommand

# Called with a text to announce and the id of the person concerned.
Notify = Callable[[str, int], None]

_SAID = Announcements(
    "PeoplePage",
    deleted=QT_TRANSLATE_NOOP("PeoplePage", "Removed from My people. Ctrl+Z brings them back."),
    restored=QT_TRANSLATE_NOOP("PeoplePage", "Back in My people"),
    gone=QT_TRANSLATE_NOOP("PeoplePage", "That person can no longer be brought back."),
)


def remove_person_command(
    people: Supporters, person_id: int, notify: Notify, already_done: bool = False,
) -> SoftDeleteCommand:
    """Removing someone; undo brings them back at their place."""
    return SoftDeleteCommand(
        QCoreApplication.translate("PeoplePage", "Remove person"),
        lambda: people.delete(person_id), lambda: people.restore(person_id),
        on_change=lambda change: notify(_SAID.text(change), person_id),
        already_done=already_done,
    )
