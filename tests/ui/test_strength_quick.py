""""A strength I used today" on the Today page: a couple of keystrokes log a use."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.strengths.quick import QuickStrengthLog
from recovery_journal.ui.today.page import TodayPage
from tests.ui.audit import show_active


@pytest.fixture
def today_page(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> TodayPage:
    repos.strengths.add("Walking")
    repos.strengths.add("Patience")
    page = TodayPage(repos, undo_stack)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def test_the_quick_log_on_today_creates_a_use(
    qtbot: QtBot, today_page: TodayPage, repos: Repositories, undo_stack: QUndoStack
) -> None:
    quick = today_page.strength_log
    # From Skip, one Tab reaches it: it sits just below the check-in form.
    today_page.skip_button.setFocus()
    qtbot.keyClick(today_page.skip_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is quick.strength
    qtbot.keyClicks(quick.strength.lineEdit(), "walking")
    with qtbot.waitSignal(today_page.announce) as announced:
        qtbot.keyClick(quick.strength.lineEdit(), Qt.Key.Key_Return)
    assert announced.args[0].startswith("Strength logged for today")
    [use] = repos.strengths.uses()
    walking = next(s for s in repos.strengths.list() if s.name == "Walking")
    assert (use.strength_id, use.occurred_on) == (walking.id, date.today())
    assert quick.strength.currentText() == ""
    assert repos.checkins.count() == 0  # the check-in form is left alone
    # Ctrl+Z takes it back; redo logs it again.
    undo_stack.undo()
    assert repos.strengths.uses() == []
    undo_stack.redo()
    assert [u.id for u in repos.strengths.uses()] == [use.id]


def test_a_new_name_is_added_to_the_strengths(
    qtbot: QtBot, today_page: TodayPage, repos: Repositories
) -> None:
    quick = today_page.strength_log
    quick.strength.setEditText("  Calling  my sister ")
    with qtbot.waitSignal(quick.logged) as announced:
        qtbot.mouseClick(quick.log_button, Qt.MouseButton.LeftButton)
    assert announced.args[0].startswith("Added to your strengths")
    assert "sister" not in announced.args[0]  # the status bar outlives the journal
    added = next(s for s in repos.strengths.list() if s.name == "Calling my sister")
    assert [u.strength_id for u in repos.strengths.uses()] == [added.id]
    assert quick.strength.findText("Calling my sister") >= 0


def test_nothing_typed_logs_nothing(
    qtbot: QtBot, today_page: TodayPage, repos: Repositories
) -> None:
    with qtbot.waitSignal(today_page.strength_log.logged) as announced:
        today_page.strength_log.log()
    assert announced.args == ["Type or pick a strength first."]
    assert repos.strengths.uses() == []


def test_strengths_added_elsewhere_are_offered_when_shown_again(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    quick = QuickStrengthLog(repos.strengths, undo_stack, today=lambda: date(2026, 1, 5))
    qtbot.addWidget(quick)
    assert quick.strength.count() == 0
    repos.strengths.add("Music")
    quick.show()
    assert quick.strength.findText("Music") == 0
    quick.strength.setEditText("music")
    quick.log()
    assert [u.occurred_on for u in repos.strengths.uses()] == [date(2026, 1, 5)]
    assert len(repos.strengths.list()) == 1  # matched by name, case aside
