"""Settings for feelings: rename, regroup, hide and add, reaching Today's picker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recovery_journal.model import FeelingGroup
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.today.page import TodayPage
from tests.ui.audit import show_active


def test_feelings_rename_regroup_hide_and_add(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    saved = repos.checkins.add(recorded_at=datetime.now().astimezone(), feelings=["restless"])
    appearance = QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(repos, undo_stack, settings=AppSettings(appearance))
    qtbot.addWidget(page)
    show_active(qtbot, page)
    editor = page.feelings
    names = [f.name for f in editor.model.records()]
    assert names[0] == "hopeful" and "restless" in names
    editor.view.setCurrentIndex(editor.model.index(names.index("restless")))
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "fidgety")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert repos.checkins.get(saved.id).feelings == ("fidgety",)
    editor.group.setCurrentIndex(editor.group.findData(FeelingGroup.OTHER.value))
    editor.group.activated.emit(editor.group.currentIndex())
    editor.shown.setChecked(False)
    fidgety = repos.feelings.by_name("fidgety")
    assert fidgety is not None and fidgety.group == FeelingGroup.OTHER and fidgety.archived
    # A taken name is explained, not saved.
    editor.name_edit.setText("calm")
    editor.name_edit.editingFinished.emit()
    assert editor.message.isVisible() and repos.feelings.get(fidgety.id).name == "fidgety"
    editor.new_name.setText("wistful")
    editor.new_group.setCurrentIndex(editor.new_group.findData(FeelingGroup.PLEASANT_LOW.value))
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    wistful = repos.feelings.by_name("wistful")
    assert wistful is not None and wistful.group == FeelingGroup.PLEASANT_LOW
    assert editor.selected() == wistful
    today = TodayPage(repos, undo_stack)
    qtbot.addWidget(today)
    offered = [today.feelings.list.item(i).text() for i in range(today.feelings.list.count())]
    assert "wistful" in offered and "fidgety" not in offered
