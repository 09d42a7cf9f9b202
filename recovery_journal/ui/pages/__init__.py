"""The pages of the unlocked journal, one per module, and the registry the main window reads.

A page named here by module and class is used once that module exists; until then the main
window shows a calm placeholder in its place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from recovery_journal.storage.repositories import Repositories



@dataclass(frozen=True, slots=True)
class PageSpec:
    """One entry in the navigation; `module`/`class_name` name the real page once it exists."""

    key: str
    title: str
    coming_soon: str
    module: str | None = None
    class_name: str | None = None


def _spec(key: str, title: object, coming_soon: object, module: str | None = None,
          class_name: str | None = None) -> PageSpec:
    # QT_TRANSLATE_NOOP only marks the text for translation; it is typed as returning object.
    return PageSpec(key, str(title), str(coming_soon), module, class_name)


PAGES: tuple[PageSpec, ...] = (
    _spec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"),
          QT_TRANSLATE_NOOP("MainWindow", "The daily check-in is on its way."),
          "recovery_journal.ui.today.page", "TodayPage"),
    _spec("journal", QT_TRANSLATE_NOOP("MainWindow", "Journal"), QT_TRANSLATE_NOOP(
        "MainWindow", "Your journal is coming soon: a place to write whenever you like."),
          "recovery_journal.ui.journal.page", "JournalPage"),
    _spec("strengths", QT_TRANSLATE_NOOP("MainWindow", "Strengths"), QT_TRANSLATE_NOOP(
        "MainWindow", "Strengths is coming soon: a place to notice what you're good at and "
        "what helps you."), "recovery_journal.ui.strengths.page", "StrengthsPage"),
    _spec("goals", QT_TRANSLATE_NOOP("MainWindow", "Goals"), QT_TRANSLATE_NOOP(
        "MainWindow", "Goals is coming soon: small steps towards what matters to you, at your "
        "own pace."), "recovery_journal.ui.goals.page", "GoalsPage"),
    _spec("plan", QT_TRANSLATE_NOOP("MainWindow", "My plan"), QT_TRANSLATE_NOOP(
        "MainWindow", "My wellness plan is coming soon: what keeps you well, and what helps "
        "when things get hard."), "recovery_journal.ui.plan.page", "PlanPage"),
    _spec("people", QT_TRANSLATE_NOOP("MainWindow", "People"), QT_TRANSLATE_NOOP(
        "MainWindow", "People is coming soon: the people you choose to have on your side."),
          "recovery_journal.ui.people.page", "PeoplePage"),
    _spec("insights", QT_TRANSLATE_NOOP("MainWindow", "Insights"), QT_TRANSLATE_NOOP(
        "MainWindow", "Insights is coming soon: gentle charts of how life is going over time."),
          "recovery_journal.ui.insights.page", "InsightsPage"),
    _spec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
          QT_TRANSLATE_NOOP("MainWindow", "Settings are on their way."),
          "recovery_journal.ui.settings.page", "SettingsPage"),
)


PageFactory = Callable[["Repositories", QUndoStack, QWidget | None], QWidget]


def load_page_class(spec: PageSpec) -> PageFactory | None:
    """The page class for `spec`, or None while its module doesn't exist yet."""
    if spec.module is None or spec.class_name is None:
        return None
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name != spec.module:
            raise  # the page exists but is broken: that must be seen, not hidden
        return None
    page_class = getattr(module, spec.class_name, None)
    return cast(PageFactory, page_class) if isinstance(page_class, type) else None
