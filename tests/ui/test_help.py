"""Get help now: bundled, dated helplines; the person's own numbers; Copy; works locked."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.help.dialog import (
    HelpDialog,
    HelpSection,
    helplines_path,
    load_bundled_helplines,
)
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, start_app, type_text


def _texts(dialog: HelpDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def _in_order(dialog: HelpDialog, *texts: str) -> bool:
    shown = _texts(dialog)
    if not all(text in shown for text in texts):
        return False
    positions = [shown.index(text) for text in texts]
    return positions == sorted(positions)


def _button(qtbot: QtBot, dialog: HelpDialog, name: str) -> QPushButton:
    """The visible button with accessible name `name` (rows are rebuilt after each change)."""
    def find() -> QPushButton | None:
        return next((b for b in dialog.findChildren(QPushButton)
                     if b.accessibleName() == name and b.isVisible()), None)
    qtbot.waitUntil(lambda: find() is not None)
    button = find()
    assert button is not None
    return button


def _copy_button(dialog: HelpDialog, name: str) -> QPushButton:
    for button in dialog.findChildren(QPushButton):
        if button.text() == "Copy" and button.accessibleName().startswith(f"Copy {name}:"):
            return button
    raise AssertionError(f"no Copy button for {name}")


def test_bundled_file_is_dated_and_complete() -> None:
    bundled = load_bundled_helplines()
    assert bundled is not None
    assert bundled.region == "United Kingdom"
    assert bundled.checked == "2026-11"
    assert bundled.checked_words == "November 2026"
    by_name = {line.name: line for line in bundled.lines}
    assert by_name["Samaritans"].copy == "116 123"
    assert "24/7" in by_name["Samaritans"].details or "day or night" in by_name[
        "Samaritans"].details
    assert by_name["Shout"].copy == "85258" and "SHOUT" in by_name["Shout"].contact
    assert "mental health" in by_name["NHS 111"].details
    assert "999" in by_name["Emergency"].contact and "A&E" in by_name["Emergency"].contact
    assert helplines_path().name == "helplines.json"


def test_unreadable_file_still_points_to_emergency_help(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "helplines.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_bundled_helplines(broken) is None
    assert load_bundled_helplines(tmp_path / "absent.json") is None
    broken.write_text(json.dumps({"region": "X"}), encoding="utf-8")
    assert load_bundled_helplines(broken) is None
    dialog = HelpDialog(None)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert any("999" in text for text in _texts(dialog))


@pytest.mark.parametrize("screen", ["welcome", "unlock"])
def test_f1_opens_help_on_the_locked_screens(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault], screen: str
) -> None:
    path = tmp_path / "journal.vault"
    if screen == "unlock":
        make_vault().close()
    controller = start_app(qtbot, tmp_path, path)
    window = controller.window
    assert window.locked_area.currentWidget() is getattr(controller, screen)
    assert window.help_button.isVisible()
    press(Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    texts = " ".join(_texts(dialog))
    assert "Helplines (United Kingdom)" in texts
    assert "November 2026" in texts
    assert "116 123" in texts
    assert "Your own numbers" not in texts  # locked: nothing personal
    assert dialog.editor is None


def test_copy_puts_the_number_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = HelpDialog(load_bundled_helplines())
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    _copy_button(dialog, "Samaritans").click()
    assert QGuiApplication.clipboard().text() == "116 123"
    assert "Copied 116 123" in dialog.status.text()
    _copy_button(dialog, "Shout").click()
    assert QGuiApplication.clipboard().text() == "85258"


def test_help_never_opens_links(qtbot: QtBot) -> None:
    dialog = HelpDialog(load_bundled_helplines())
    qtbot.addWidget(dialog)
    dialog.reload()
    for label in dialog.findChildren(QLabel):
        if label.buddy() is None:  # form labels name a field; the rest show helpline text
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert not label.openExternalLinks()


def test_extra_sections_come_first(qtbot: QtBot) -> None:
    dialog = HelpDialog(
        load_bundled_helplines(), sections=[HelpSection("My crisis plan", "Call my sister.")]
    )
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert _in_order(dialog, "My crisis plan", "Helplines (United Kingdom)")


def test_own_numbers_add_change_move_remove(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    dialog = HelpDialog(load_bundled_helplines(), repos.helplines)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    editor = dialog.editor
    assert editor is not None
    assert "Your own numbers" in _texts(dialog)

    for name, number in (("My GP", "01234 567890"), ("Crisis team", "0800 000 000")):
        editor.start_adding()
        qtbot.waitUntil(editor.name.hasFocus)
        type_text(editor.name, name)
        type_text(editor.contact, number)
        editor.save.click()
    assert [h.name for h in repos.helplines.list()] == ["My GP", "Crisis team"]
    qtbot.waitUntil(lambda: _in_order(
        dialog, "My GP", "Crisis team", "Helplines (United Kingdom)"))

    _copy_button(dialog, "My GP").click()
    assert QGuiApplication.clipboard().text() == "01234 567890"

    move_down = _button(qtbot, dialog, "Move My GP down")
    move_down.click()
    qtbot.waitUntil(lambda: _in_order(dialog, "Crisis team", "My GP"))
    assert [h.name for h in repos.helplines.list()] == ["Crisis team", "My GP"]

    change = _button(qtbot, dialog, "Change My GP")
    change.click()
    assert editor.name.text() == "My GP"
    editor.details.setText("Weekdays 8 to 6")
    editor.save.click()
    assert repos.helplines.list()[1].details == "Weekdays 8 to 6"

    remove = _button(qtbot, dialog, "Remove Crisis team")
    remove.click()
    assert [h.name for h in repos.helplines.list()] == ["My GP"]
    assert editor.put_back.isVisible()
    editor.put_back.click()
    assert [h.name for h in repos.helplines.list()] == ["Crisis team", "My GP"]


def test_a_nameless_number_is_explained(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    dialog = HelpDialog(load_bundled_helplines(), repos.helplines)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert dialog.editor is not None
    dialog.editor.start_adding()
    dialog.editor.save.click()
    assert "give the number a name" in dialog.status.text()
    assert repos.helplines.list() == []


def test_unlocked_help_shows_own_numbers(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    Repositories.from_vault(vault).helplines.add("My GP", "01234 567890")
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)
    controller.window.help_button.click()
    dialog = controller.window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "01234 567890" in _texts(dialog)
    with qtbot.waitSignal(controller.window.locked):
        controller.window.lock()
    assert controller.window.help_dialog is None
    # Locking closes the dialog that showed the person's own numbers, or destroys it outright.
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
