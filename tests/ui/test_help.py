"""Get help now: the region's dated helplines, the person's own numbers and chosen people,
read-only with Copy; works locked."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from recovery_journal.helplines import load_catalogue
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.help.dialog import (
    HelpDialog,
    HelpSection,
    helplines_path,
)
from recovery_journal.ui.region import help_for
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, settings_in, start_app, type_text


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
    bundled = help_for("GB")
    assert bundled is not None
    assert (bundled.region, bundled.code, bundled.emergency) == ("United Kingdom", "GB", "999")
    assert bundled.checked == "2026-12-01"
    assert bundled.checked_words == "December 2026"
    by_name = {line.name: line for line in bundled.lines}
    assert by_name["Samaritans"].copy == "116 123"
    assert "day or night" in by_name["Samaritans"].details
    assert by_name["Shout"].copy == "85258" and "SHOUT" in by_name["Shout"].contact
    assert "mental health" in by_name["NHS 111"].details
    assert "999" in by_name["Emergency"].contact and "A&E" in by_name["Emergency"].contact
    assert all(line.source.startswith("https://") for line in bundled.lines)
    assert helplines_path().name == "helplines.json"


def test_unreadable_file_still_points_to_emergency_help(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "helplines.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_catalogue(broken) is None
    assert load_catalogue(tmp_path / "absent.json") is None
    broken.write_text(json.dumps({"region": "X"}), encoding="utf-8")
    assert load_catalogue(broken) is None
    dialog = HelpDialog(None)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert any("local emergency number" in text for text in _texts(dialog))


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
    assert "December 2026" in texts
    assert "116 123" in texts
    assert "Your own numbers" not in texts  # locked: nothing personal
    # The region can be changed while locked: it lives outside the vault.
    assert dialog.region is not None
    dialog.region.choose("US")
    qtbot.waitUntil(lambda: "Helplines (United States)" in _texts(dialog))
    texts = " ".join(_texts(dialog))
    assert "Call or text 988" in texts
    assert "116 123" not in texts
    assert controller.settings.region() == "US"
    assert settings_in(tmp_path).value("help/region") == "US"


def test_copy_puts_exactly_the_number_on_the_clipboard_and_says_copied(qtbot: QtBot) -> None:
    dialog = HelpDialog(help_for("GB"))
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    _copy_button(dialog, "Samaritans").click()
    assert QGuiApplication.clipboard().text() == "116 123"
    assert dialog.status.text() == "Copied"
    _copy_button(dialog, "Shout").click()
    assert QGuiApplication.clipboard().text() == "85258"
    assert "phone" not in dialog.status.text().lower()


def test_help_never_opens_links(qtbot: QtBot) -> None:
    dialog = HelpDialog(help_for("GB"))
    qtbot.addWidget(dialog)
    dialog.reload()
    for label in dialog.findChildren(QLabel):
        if label.buddy() is None:  # form labels name a field; the rest show helpline text
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert not label.openExternalLinks()


def test_extra_sections_come_first(qtbot: QtBot) -> None:
    dialog = HelpDialog(
        help_for("GB"), sections=[HelpSection("My crisis plan", "Call my sister.")]
    )
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert _in_order(dialog, "My crisis plan", "Helplines (United Kingdom)")


def test_own_numbers_and_chosen_people_are_read_only_with_copy(
    qtbot: QtBot, vault: Vault
) -> None:
    repos = Repositories.from_vault(vault)
    repos.helplines.add("My GP", "01234 567890", "Weekdays 8 to 6")
    tom = repos.supporters.add("Tom Ellery", "Brother", phone="07700 900783",
                               in_crisis_plan=True)
    sam = repos.supporters.add("Sam Quist", phone="07700 900111", in_crisis_plan=True,
                               do_not_contact=True)
    opened: list[bool] = []
    dialog = HelpDialog(help_for("GB"), repos.helplines, people=[tom, sam],
                        open_settings=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert _in_order(dialog, "Your own numbers", "My GP", "People I'd like contacted",
                     "Tom Ellery (Brother)", "Helplines (United Kingdom)")
    assert "Sam Quist" not in " ".join(_texts(dialog))  # their wish not to be contacted holds
    assert not any(isinstance(w, QLineEdit) for w in dialog.findChildren(QLineEdit))
    assert not any(b.accessibleName().startswith(("Change", "Remove", "Move"))
                   for b in dialog.findChildren(QPushButton))
    _copy_button(dialog, "My GP").click()
    assert QGuiApplication.clipboard().text() == "01234 567890"
    _copy_button(dialog, "Tom Ellery (Brother)").click()
    assert QGuiApplication.clipboard().text() == "07700 900783"
    assert dialog.status.text() == "Copied"
    _button(qtbot, dialog, "Add or change your numbers in Settings").click()
    assert opened == [True]
    assert not dialog.isVisible()


def test_other_region_names_its_emergency_number_and_invites_own_numbers(
    qtbot: QtBot, vault: Vault
) -> None:
    germany = help_for("DE")
    assert germany is not None and germany.lines == () and germany.emergency == "112"
    repos = Repositories.from_vault(vault)
    opened: list[bool] = []
    dialog = HelpDialog(germany, repos.helplines, open_settings=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    shown = " ".join(_texts(dialog))
    assert "Help in Germany" in shown and "Call 112" in shown
    assert "Helplines (" not in shown and "116 123" not in shown
    _copy_button(dialog, "Emergency").click()
    assert QGuiApplication.clipboard().text() == "112"
    buttons = [b for b in dialog.findChildren(QPushButton)
               if b.accessibleName() == "Add your own numbers in Settings"]
    assert len(buttons) == 1  # one invitation, in the region's panel
    buttons[0].click()
    assert opened == [True]


def test_other_region_without_a_known_number_and_locked(qtbot: QtBot) -> None:
    nowhere = help_for("AQ")  # Antarctica: no number in the table
    assert nowhere is not None and nowhere.emergency == ""
    dialog = HelpDialog(nowhere)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    shown = " ".join(_texts(dialog))
    assert "local emergency number" in shown
    assert "Once your journal is open" in shown  # locked: Settings isn't there to go to
    assert not [b for b in dialog.findChildren(QPushButton) if "Settings" in b.text()]


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


def test_help_opens_on_the_first_number_not_on_the_region(
    qtbot: QtBot, tmp_path: Path
) -> None:
    controller = start_app(qtbot, tmp_path, tmp_path / "journal.vault")
    press(Qt.Key.Key_F1)
    dialog = controller.window.help_dialog
    assert dialog is not None and dialog.region is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    focus = dialog.focusWidget()
    assert isinstance(focus, QPushButton)
    assert focus.accessibleName() == "Copy Samaritans: 116 123"  # arrows never move the region
