"""The sections of the unlocked journal, in the order of the section list and of Ctrl+1…8.

Only keys and titles live here, so the first window can list them without loading any page
(the pages load storage, which waits for the unlock worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class SectionKey(StrEnum):
    TODAY = "today"
    JOURNAL = "journal"
    STRENGTHS = "strengths"
    GOALS = "goals"
    PLAN = "plan"
    PEOPLE = "people"
    INSIGHTS = "insights"
    SETTINGS = "settings"


@dataclass(frozen=True, slots=True)
class Section:
    """One entry of the section list."""

    key: SectionKey
    source_title: str

    @property
    def title(self) -> str:
        """The title in the person's language."""
        return QCoreApplication.translate("MainWindow", self.source_title)


def _section(key: SectionKey, title: object) -> Section:
    # QT_TRANSLATE_NOOP only marks the text for translation; it is typed as returning object.
    return Section(key, str(title))


SECTIONS: tuple[Section, ...] = (
    _section(SectionKey.TODAY, QT_TRANSLATE_NOOP("MainWindow", "Today")),
    _section(SectionKey.JOURNAL, QT_TRANSLATE_NOOP("MainWindow", "Journal")),
    _section(SectionKey.STRENGTHS, QT_TRANSLATE_NOOP("MainWindow", "Strengths")),
    _section(SectionKey.GOALS, QT_TRANSLATE_NOOP("MainWindow", "Goals")),
    _section(SectionKey.PLAN, QT_TRANSLATE_NOOP("MainWindow", "My plan")),
    _section(SectionKey.PEOPLE, QT_TRANSLATE_NOOP("MainWindow", "People")),
    _section(SectionKey.INSIGHTS, QT_TRANSLATE_NOOP("MainWindow", "Insights")),
    _section(SectionKey.SETTINGS, QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)
