"""Every page of the unlocked journal, built from what it needs.

The main window imports this module only after unlock: the pages load storage, and the first
window must come up without it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack

from recovery_journal.model import BundledHelplines
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.goals.page import GoalsPage
from recovery_journal.ui.insights.page import InsightsPage
from recovery_journal.ui.journal.page import JournalPage
from recovery_journal.ui.life_check.hooks import add_life_check_action, add_life_check_offer
from recovery_journal.ui.page import Page
from recovery_journal.ui.people.page import PeoplePage
from recovery_journal.ui.plan.help_sections import add_warning_note
from recovery_journal.ui.plan.page import PlanPage
from recovery_journal.ui.questionnaires.offer import add_questionnaire_offer
from recovery_journal.ui.sections import SectionKey
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.strengths.page import StrengthsPage
from recovery_journal.ui.today.page import TodayPage


@dataclass(frozen=True, slots=True)
class PageContext:
    """What pages are built from: the open journal, the shared undo stack, the app's settings,
    and the two ways a page reaches beyond itself."""

    repos: Repositories
    undo_stack: QUndoStack
    settings: AppSettings
    open_plan_section: Callable[[str], None]
    set_autolock_minutes: Callable[[int], None]
    today: Callable[[], date] = date.today
    region_help: Callable[[], BundledHelplines | None] = lambda: None


def _today(c: PageContext) -> Page:
    page = TodayPage(c.repos, c.undo_stack)
    add_warning_note(page, c.repos, c.open_plan_section)
    add_questionnaire_offer(page, c.repos, c.region_help)
    add_life_check_offer(page, c.repos, today=c.today, settings=c.settings)
    return page


def _insights(c: PageContext) -> Page:
    page = InsightsPage(c.repos, c.undo_stack, settings=c.settings, today=c.today)
    add_life_check_action(page, c.repos, c.settings)
    return page


def _settings(c: PageContext) -> Page:
    page = SettingsPage(c.repos, c.undo_stack, settings=c.settings)
    page.autolock_changed.connect(c.set_autolock_minutes)
    return page


PAGE_BUILDERS: dict[SectionKey, Callable[[PageContext], Page]] = {
    SectionKey.TODAY: _today,
    SectionKey.JOURNAL: lambda c: JournalPage(c.repos, c.undo_stack),
    SectionKey.STRENGTHS: lambda c: StrengthsPage(c.repos, c.undo_stack, today=c.today),
    SectionKey.GOALS: lambda c: GoalsPage(c.repos, c.undo_stack),
    SectionKey.PLAN: lambda c: PlanPage(c.repos, c.undo_stack, region_help=c.region_help),
    SectionKey.PEOPLE: lambda c: PeoplePage(c.repos, c.undo_stack),
    SectionKey.INSIGHTS: _insights,
    SectionKey.SETTINGS: _settings,
}


def build_page(key: SectionKey, context: PageContext) -> Page:
    """Build the page for section `key`."""
    return PAGE_BUILDERS[key](context)
