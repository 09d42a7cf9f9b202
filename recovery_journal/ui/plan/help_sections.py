"""What the plan adds to the main window: crisis sections in Get help now, the note on Today."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from recovery_journal.insights.safety_plan import is_step_plan, parse_plan
from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.help.dialog import HelpSection
from recovery_journal.ui.plan.warning_note import PlanWarningNote
from recovery_journal.ui.today.page import TodayPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanHelp", text)


def crisis_help_sections(repos: Repositories) -> list[HelpSection]:
    """The crisis plan for Get help now; nothing when it is empty."""
    sections: list[HelpSection] = []
    try:
        plan = repos.plan.get(PlanSectionKey.CRISIS).body.strip()
    except VaultError:
        return sections
    if is_step_plan(plan):
        sections.extend(safety_plan_sections(plan))
    elif plan:  # free text written before the steps, as it always was shown
        sections.append(HelpSection(_tr("My crisis plan"), plan))
    # The chosen people follow in Get help now itself, each number with a Copy button.
    return sections


def safety_plan_sections(body: str) -> list[HelpSection]:
    """The safety plan step by step (numbered, empty steps left out), then notes from before."""
    # Imported here: the page's widgets are not needed to open Get help now.
    from recovery_journal.ui.plan.safety_plan import numbered_title

    plan = parse_plan(body)
    sections = [HelpSection(numbered_title(index), "\n".join(f"• {item}" for item in items))
                for index, items in enumerate(plan.steps) if items]
    if plan.notes.strip():
        sections.append(HelpSection(_tr("My notes"), plan.notes.strip()))
    return sections


def add_warning_note(
    today_page: TodayPage, repos: Repositories, open_section: Callable[[str], None]
) -> PlanWarningNote:
    """Put the early-warning note on Today; it looks again after every saved check-in."""
    note = PlanWarningNote(repos, today_page)
    note.setObjectName("planWarningNote")
    today_page.add_note(note)
    note.open_section.connect(open_section)
    today_page.checkin_saved.connect(lambda _id: note.refresh())
    note.refresh()
    return note
