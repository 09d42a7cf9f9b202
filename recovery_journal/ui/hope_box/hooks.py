"""One action to keep a journal entry or a check-in in the hope box as a good memory."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_journal.model import CheckIn, JournalEntry
from recovery_journal.storage.hope_box import HopeBox, HopeItem, HopeKind, HopeLink

# The memory keeps the person's own words (never changed) and points back at where they were.
_MAX_WORDS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopeBox", text)


def keep_journal_entry(box: HopeBox, entry: JournalEntry) -> HopeItem:
    """Add a journal entry to the hope box as a memory linked to it."""
    words = "\n".join(part for part in (entry.title.strip(), entry.body.strip()) if part)
    return box.add(HopeKind.MEMORY, words[:_MAX_WORDS] or _tr("A journal entry"),
                   link=(HopeLink.JOURNAL, entry.id, entry.local_date))


def keep_checkin(box: HopeBox, checkin: CheckIn) -> HopeItem:
    """Add a check-in to the hope box as a memory linked to it."""
    words = checkin.note.strip()[:_MAX_WORDS] or _tr("A good day's check-in")
    return box.add(HopeKind.MEMORY, words, link=(HopeLink.CHECKIN, checkin.id, checkin.local_date))
