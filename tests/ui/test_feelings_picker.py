"""The feelings picker on Today, by keyboard, against a real vault."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recovery_journal.model import FeelingGroup
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.today.page import TodayPage
from tests.ui.audit import assert_accessible, assert_tab_cycles, focused, show_active, tab_to


def make(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> TodayPage:
    page = TodayPage(repos, undo_stack)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def test_type_to_find_enter_arrows_space_and_chips(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = make(qtbot, repos, undo_stack)
    picker = page.feelings
    assert not picker.list.isVisible()  # compact until asked
    tab_to(qtbot, picker.finder)
    qtbot.keyClicks(picker.finder, "anx")
    assert picker.list.isVisible() and picker.first_match() == "anxious"
    qtbot.keyClick(picker.finder, Qt.Key.Key_Return)
    assert picker.feelings() == ["anxious"] and picker.finder.text() == ""
    # A word inside a name matches too; Down moves into the list, Space toggles.
    qtbot.keyClicks(picker.finder, "hope")
    qtbot.keyClick(picker.finder, Qt.Key.Key_Down)
    assert focused() is picker.list
    assert picker.list.currentItem().text() == "hopeful"
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    # Shown and saved in vocabulary order: pleasant before unpleasant.
    assert picker.feelings() == ["hopeful", "anxious"]
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.feelings() == ["anxious"]
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)  # Enter toggles like Space
    assert picker.feelings() == ["hopeful", "anxious"]
    qtbot.keyClick(picker.list, Qt.Key.Key_Up)  # from the first match, back to typing
    assert focused() is picker.finder
    # Nothing found: Enter picks nothing and adds nothing.
    picker.finder.setFocus()
    picker.finder.setText("zzz")
    assert picker.first_match() is None
    qtbot.keyClick(picker.finder, Qt.Key.Key_Return)
    assert picker.feelings() == ["hopeful", "anxious"]
    picker.finder.clear()
    # Chips follow the find box and the toggle in Tab order; Space on a chip removes it.
    chain = picker.focus_chain()
    assert chain[:2] == [picker.finder, picker.toggle]
    chips = chain[3:]
    assert [c.accessibleName() for c in chips] == [
        "Feeling hopeful, press to remove", "Feeling anxious, press to remove"]
    chips[0].setFocus()
    qtbot.keyClick(chips[0], Qt.Key.Key_Space)
    assert picker.feelings() == ["anxious"]
    page.note.setPlainText("windy day")
    page.save()
    [saved] = repos.checkins.recent()
    assert saved.feelings == ("anxious",)
    assert picker.feelings() == []  # the form is ready for the next one


def test_editing_keeps_hidden_feelings_and_delete_undo_brings_them_back(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    saved = repos.checkins.add(recorded_at=datetime.now().astimezone(),
                               feelings=["calm", "tired"])
    tired = repos.feelings.by_name("tired")
    assert tired is not None
    repos.feelings.set_archived(tired.id, True)
    repos.feelings.add("at ease", FeelingGroup.PLEASANT_LOW)
    page = make(qtbot, repos, undo_stack)
    page.edit(saved.id)
    assert page.feelings.feelings() == ["calm", "tired"]
    names = [page.feelings.list.item(i).text() for i in range(page.feelings.list.count())]
    assert "tired" not in names and "at ease" in names
    assert "Pleasant, less energy" in names  # group headings in the list
    page.feelings.choose("at ease")
    page.save()
    assert repos.checkins.get(saved.id).feelings == ("calm", "at ease", "tired")
    # The recent list shows them, and says them to a screen reader.
    model = page.recent.model
    assert model.data(model.index(0, 3)).startswith("calm, at ease, tired")
    said = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Feeling calm, at ease, tired" in said
    page.delete(saved.id)
    assert repos.checkins.count() == 0
    undo_stack.undo()
    assert repos.checkins.get(saved.id).feelings == ("calm", "at ease", "tired")


def test_the_picker_is_accessible_and_in_the_tab_cycle(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = make(qtbot, repos, undo_stack)
    page.feelings.choose("calm")
    page.feelings.toggle.setChecked(True)
    assert page.feelings.list.isVisible()
    assert_accessible(page)
    assert_tab_cycles(page)
    # The draft keeps chosen feelings.
    page.save_draft()
    again = make(qtbot, repos, undo_stack)
    assert again.feelings.feelings() == ["calm"]
