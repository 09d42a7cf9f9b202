"""The safety plan in My plan: steps by keyboard, old crisis text carried over, People with
"don't contact" respected, tips that stay hidden, and the plan in Get help now, card and report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from recovery_journal.insights.safety_plan import SafetyPlan, format_plan, parse_plan
from recovery_journal.model import PlanSectionKey
from recovery_journal.report.content import safety_plan_section
from recovery_journal.report.crisis_card import card_html
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.help.dialog import HelpDialog
from recovery_journal.ui.plan.crisis_card import card_content
from recovery_journal.ui.plan.help_sections import crisis_help_sections
from recovery_journal.ui.plan.page import PlanPage
from recovery_journal.ui.region import help_for
from tests.ui.audit import assert_accessible

OLD = "Call Tom first, then Priya.\nQuiet helps."


def _page(qtbot: QtBot, repos: Repositories) -> PlanPage:
    page = PlanPage(repos, QUndoStack(), region_help=lambda: help_for("GB"))
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.open_section(PlanSectionKey.CRISIS)
    return page


def test_old_crisis_text_is_carried_over_and_steps_are_kept_as_versions(
    qtbot: QtBot, vault: Vault,
) -> None:
    repos = Repositories.from_vault(vault)
    repos.plan.save(PlanSectionKey.CRISIS, OLD)
    page = _page(qtbot, repos)
    safety = page.editor.safety
    assert safety.notes.isVisible() and safety.notes.toPlainText() == OLD
    assert not page.editor.is_changed()
    page.open_section(PlanSectionKey.WELL)  # looking is not changing
    assert repos.plan.get(PlanSectionKey.CRISIS).body == OLD
    page.open_section(PlanSectionKey.CRISIS)
    signs = safety.steps[1]
    QTest.keyClicks(signs.entry, "Not sleeping")
    QTest.keyClick(signs.entry, Qt.Key.Key_Return)
    assert signs.entry.text() == "" and page.editor.is_changed()
    page.save()
    saved = parse_plan(repos.plan.get(PlanSectionKey.CRISIS).body)
    assert saved.steps[1] == ("Not sleeping",) and saved.notes == OLD  # nothing lost
    versions = repos.plan.revisions(PlanSectionKey.CRISIS)
    assert [v.body for v in versions][1] == OLD  # the earlier version is kept, comparable
    dialog = page.show_history()
    assert dialog is not None
    shown = dialog.text.toPlainText()  # read as steps, not as the stored marks
    assert "1. Signs that things are getting hard\n• Not sleeping" in shown and "##" not in shown
    dialog.compare_button.setChecked(True)
    assert "##" not in dialog.text.toPlainText()
    dialog.close()
    restored = repos.plan.restore_revision(versions[1].id)
    assert restored.body == OLD
    assert_accessible(page)


def test_keyboard_add_reorder_edit_and_remove(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    step = page.editor.safety.steps[2]
    for text in ("Walk", "Music", "Cold water"):
        QTest.keyClicks(step.entry, text)
        QTest.keyClick(step.entry, Qt.Key.Key_Return)
    step.items.setFocus()
    step.items.setCurrentRow(2)
    QTest.keyClick(step.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(step.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert step.values() == ("Cold water", "Walk", "Music")
    assert step.items.currentRow() == 0
    QTest.keyClick(step.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    QTest.keyClick(step.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert step.values() == ("Walk", "Cold water", "Music")
    step.items.setCurrentRow(2)
    QTest.keyClick(step.items, Qt.Key.Key_Delete)
    assert step.values() == ("Walk", "Cold water")
    assert step.items.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed
    step.items.item(0).setText("  A long   walk ")
    page.save_draft()  # before a lock: kept in the vault, back on the next visit
    assert repos.plan.get(PlanSectionKey.CRISIS).body == ""
    draft = repos.drafts.get("plan.crisis")
    assert draft is not None
    page = _page(qtbot, repos)
    page.open_section(PlanSectionKey.CRISIS, draft.body)
    assert page.editor.safety.steps[2].values() == ("A long walk", "Cold water")
    page.save()
    assert parse_plan(repos.plan.get(PlanSectionKey.CRISIS).body).steps[2] == (
        "A long walk", "Cold water")


def test_people_respect_dont_contact_and_numbers_are_offered(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    repos.supporters.add("Tom Ellery", "Brother", phone="07700 900783")
    repos.supporters.add("Sam Quist", phone="07700 900111", do_not_contact=True)
    repos.helplines.add("My GP", "01632 960214")
    page = _page(qtbot, repos)
    people, services = page.editor.safety.steps[4], page.editor.safety.steps[5]
    assert people.pick_button.isVisible()
    assert not page.editor.safety.steps[1].pick_button.isVisible()
    names = [a.text() for a in page.editor.safety.choice_menu(people).actions()]
    assert names == ["Tom Ellery: 07700 900783"]  # Sam asked not to be contacted
    numbers = [a.text() for a in page.editor.safety.choice_menu(services).actions()]
    assert numbers[0] == "My GP: 01632 960214" and any("Samaritans" in n for n in numbers)
    page.editor.safety.choice_menu(people).actions()[0].trigger()
    assert people.values() == ("Tom Ellery: 07700 900783",)


def test_a_hidden_tip_stays_hidden(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    page.activateWindow()
    page.focus_section(PlanSectionKey.CRISIS)  # as the note on Today opens it
    qtbot.waitUntil(lambda: page.editor.safety.steps[0].items.hasFocus())
    step = page.editor.safety.steps[3]
    assert step.tip.isVisible()
    step.hide_tip.click()
    assert not step.tip.isVisible() and page.editor.safety.steps[2].tip.isVisible()
    again = _page(qtbot, repos)
    assert not again.editor.safety.steps[3].tip.isVisible()
    assert again.editor.safety.steps[0].tip.isVisible()


PLAN = SafetyPlan(notes="From before").with_step(0, ("My dog",)).with_step(
    4, ("Tom: 07700 900783",))


def test_help_card_and_report_show_the_steps_numbered_without_empty_ones(
    qtbot: QtBot, vault: Vault,
) -> None:
    repos = Repositories.from_vault(vault)
    repos.plan.save(PlanSectionKey.CRISIS, format_plan(PLAN))
    dialog = HelpDialog(help_for("GB"), repos.helplines, crisis_help_sections(repos))
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    order = [shown.index(t) for t in ("What I live for", "• My dog",
                                      "4. People I can ask for help", "My notes")]
    assert order == sorted(order)
    assert not any(t.startswith(("1.", "2.", "3.", "5.", "6.")) for t in shown)  # empty steps
    assert not [e for e in dialog.findChildren(QLineEdit) if e.isVisible()]  # nothing to edit
    assert not dialog.findChildren(QPlainTextEdit)
    repos.supporters.add("Tom Ellery", phone="07700 900783", in_crisis_plan=True)
    repos.supporters.add("Sam Quist", in_crisis_plan=True, do_not_contact=True)
    repos.supporters.add("Priya Shah", phone="07700 900412")
    card = card_html(card_content(repos, date(2026, 3, 1), help_for("GB")))
    people = card[card.index("People I'd like contacted"):]
    assert "Tom Ellery" in people and "Quist" not in card and "Priya" not in card  # consent kept
    assert "My safety plan" in card and "<b>4. People I can ask for help</b>" in card
    assert "2. " not in card and "# My safety plan" not in card and "My dog" in card
    section = safety_plan_section("plan:crisis", repos.plan.get(PlanSectionKey.CRISIS).body)
    assert [e.heading for e in section.entries] == [
        "What I live for", "4. People I can ask for help", "My notes"]


def test_step_titles_are_the_stored_headings_in_the_persons_language() -> None:
    """The titles are written out for translation; in English they are the stored headings."""
    from recovery_journal.insights.safety_plan import STEP_HEADINGS
    from recovery_journal.ui.plan.safety_plan import step_title

    assert [step_title(i) for i in range(len(STEP_HEADINGS))] == list(STEP_HEADINGS)
