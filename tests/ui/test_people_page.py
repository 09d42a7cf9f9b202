"""My people: added, reordered, removed and brought back by keyboard, on a real vault."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.people.page import DRAFT_KEY, PeoplePage
from tests.ui.audit import (
    add_undo_shortcut,
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    focused,
    show_active,
)

PageMaker = Callable[..., PeoplePage]
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_page(qtbot: QtBot, repos: Repositories) -> PageMaker:
    """The page in a window with Ctrl+Z on the given stack, as the main window has it."""
    hosts: list[QWidget] = []  # Python owns the windows; keep them alive for the test

    def make(stack: QUndoStack) -> PeoplePage:
        host = QWidget()
        hosts.append(host)
        page = PeoplePage(repos, stack, host)
        QVBoxLayout(host).addWidget(page)
        add_undo_shortcut(host, stack)
        qtbot.addWidget(host)
        show_active(qtbot, host)
        return page

    return make


def _add(qtbot: QtBot, page: PeoplePage, name: str, relationship: str, phone: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert focused() is page.form.name
    qtbot.keyClicks(page.form.name, name)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), relationship)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), phone)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)


def test_empty_page_invites_and_a_person_is_added_by_keyboard(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, make_page: PageMaker
) -> None:
    page = make_page(undo_stack)
    assert page.empty.isVisible() and not page.view.isVisible()
    assert "No one here yet" in page.empty.text()
    page.form.name.setFocus()
    _add(qtbot, page, "Priya", "Friend", "07700 900412")
    page.form.stages[PlanSectionKey.CRISIS].setChecked(True)
    page.form.in_crisis_plan.setChecked(True)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    [priya] = repos.supporters.list()
    assert (priya.name, priya.relationship, priya.phone) == ("Priya", "Friend", "07700 900412")
    assert priya.plan_stages == (PlanSectionKey.CRISIS,) and priya.in_crisis_plan
    assert repos.supporters.crisis_contacts() == [priya]
    assert page.view.isVisible() and not page.empty.isVisible()
    assert page.status.text() == "Saved"


def test_a_name_is_needed(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, make_page: PageMaker
) -> None:
    page = make_page(undo_stack)
    page.save()
    assert repos.supporters.list() == []
    assert "name" in page.status.text()


def test_reorder_with_alt_arrows_remove_and_undo_after_a_restart(
    qtbot: QtBot, repos: Repositories, make_page: PageMaker, qapp: QApplication
) -> None:
    for name in ("Ann", "Bea", "Cal"):
        repos.supporters.add(name)
    first_stack = QUndoStack()
    page = make_page(first_stack)
    ModelTester(None).check(page.model)  # type: ignore[arg-type]
    page.select(repos.supporters.list()[2].id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, ALT)
    assert [p.name for p in repos.supporters.list()] == ["Ann", "Cal", "Bea"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert [p.name for p in repos.supporters.list()] == ["Cal", "Ann", "Bea"]
    assert not page.up_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Down, ALT)
    assert [p.name for p in repos.supporters.list()] == ["Ann", "Cal", "Bea"]

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [p.name for p in repos.supporters.list()] == ["Ann", "Bea"]
    assert first_stack.text(0) == "Remove person"  # names no one
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert [p.name for p in repos.supporters.list()] == ["Ann", "Cal", "Bea"]
    assert page.form.name.text() == "Cal"

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    page.window().close()
    first_stack.clear()
    # After a restart: a new page on a new stack still brings Cal back with Ctrl+Z.
    second = make_page(QUndoStack())
    assert [p.name for p in repos.supporters.list()] == ["Ann", "Bea"]
    second.view.setFocus()
    qtbot.keyClick(second.view, Qt.Key.Key_Z, CTRL)
    assert [p.name for p in repos.supporters.list()] == ["Ann", "Cal", "Bea"]


def test_unsaved_changes_are_kept_as_a_draft(
    repos: Repositories, undo_stack: QUndoStack, make_page: PageMaker
) -> None:
    person = repos.supporters.add("Dee")
    page = make_page(undo_stack)
    page.form.helps_with.setPlainText("Lifts to appointments")
    page.save_draft()
    assert repos.drafts.get(DRAFT_KEY) is not None
    again = make_page(QUndoStack())
    assert again.form.name.text() == "Dee"
    assert again.form.helps_with.toPlainText() == "Lifts to appointments"
    again.save()
    assert repos.supporters.get(person.id).helps_with == "Lifts to appointments"
    assert repos.drafts.get(DRAFT_KEY) is None


def test_accessible_and_no_keyboard_trap(
    repos: Repositories, undo_stack: QUndoStack, make_page: PageMaker
) -> None:
    repos.supporters.add("Eve", "Sister", do_not_contact=True)
    page = make_page(undo_stack)
    assert "please don't contact" in page.model.data(page.model.index(0))  # type: ignore[operator]
    assert_accessible(page)
    assert_tab_cycles(page)
    assert_not_clipped(page)


def test_the_stages_group_has_no_empty_title_band(
    qapp: QApplication, repos: Repositories, undo_stack: QUndoStack, make_page: PageMaker
) -> None:
    """Bug: the group whose title is a label inside it kept a title's worth of space above it."""
    from PySide6.QtWidgets import QGroupBox

    from recovery_journal.ui.theme import stylesheet

    repos.supporters.add("Eve", "Sister")
    before = qapp.styleSheet()
    qapp.setStyleSheet(stylesheet("light"))
    try:
        page = make_page(undo_stack)
        titled = QGroupBox("A title", page)
        titled.show()
        inside = page.form.stages_box.contentsRect().top()
        assert inside < titled.contentsRect().top() - 10
        assert inside <= 16
    finally:
        qapp.setStyleSheet(before)
