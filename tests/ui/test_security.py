"""Settings → Security: changing the passphrase by keyboard, on a real vault with real backups."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage import errors
from recovery_journal.storage.backups import automatic_backup, list_backups, verify_backup
from recovery_journal.storage.passphrase import PassphraseChanged, change_passphrase
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.upkeep import copies_may_need_earlier_passphrase
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.data.backups import RestoreDialog
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.settings.security import (
    ChangePassphrase,
    ChangePassphraseDialog,
    SecurityCard,
    outcome_words,
)
from recovery_journal.ui.widgets.passphrase import strength_words
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import (
    assert_accessible,
    assert_tab_cycles,
    focused,
    press,
    show_active,
    start_app,
    type_text,
    unlock,
)

NEW = "river stones and warm bread"


def _page(qtbot: QtBot, repos: Repositories, tmp_path: Path) -> SettingsPage:
    settings = AppSettings(QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat))
    page = SettingsPage(repos, QUndoStack(), settings=settings)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _open_dialog(qtbot: QtBot, page: SettingsPage) -> ChangePassphraseDialog:
    card = page.findChild(SecurityCard)
    assert card is not None and card.title() == "Security"
    card.change_button.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(),
                                       ChangePassphraseDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.waitUntil(lambda: focused() is dialog.current)
    return dialog


def _dialog_on_a_window(
    qtbot: QtBot, holder: QWidget, change: ChangePassphrase
) -> ChangePassphraseDialog:
    qtbot.addWidget(holder)
    show_active(qtbot, holder, 600, 400)
    dialog = ChangePassphraseDialog(change, holder)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _fill(dialog: ChangePassphraseDialog, current: str, new: str, repeat: str) -> None:
    """Type the three passphrases as a person would: Enter moves on, the last Enter submits."""
    for field, text in zip((dialog.current, dialog.new, dialog.repeat), (current, new, repeat),
                           strict=True):
        field.setFocus()
        field.selectAll()
        press(Qt.Key.Key_Backspace)
        type_text(field, text)
    press(Qt.Key.Key_Return)


def test_change_by_keyboard_wrong_current_mismatch_then_success(
    qtbot: QtBot, vault: Vault, repos: Repositories, tmp_path: Path
) -> None:
    automatic_backup(vault, today=date(2026, 11, 30))
    page = _page(qtbot, repos, tmp_path)
    dialog = _open_dialog(qtbot, page)
    assert_accessible(dialog)
    assert_tab_cycles(dialog)

    _fill(dialog, "not my passphrase", NEW, NEW)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.is_busy, timeout=10_000)
    assert "isn't the passphrase your journal has now" in dialog.message.text()
    assert dialog.current.text() == "" and focused() is dialog.current

    _fill(dialog, PASSPHRASE, NEW, NEW + " again")
    assert "aren't the same" in dialog.message.text() and focused() is dialog.repeat
    assert not dialog.is_busy  # a mismatch never reaches the vault

    _fill(dialog, PASSPHRASE, PASSPHRASE, PASSPHRASE)
    assert "same as the one you have now" in dialog.message.text()

    _fill(dialog, PASSPHRASE, NEW, NEW)
    qtbot.waitUntil(lambda: "Your passphrase is changed" in dialog.message.text(),
                    timeout=10_000)
    assert dialog.strength.text() == ""  # cleared with the fields once it's done
    assert "Your backup was changed with it" in dialog.message.text()
    assert all(field.text() == "" for field in (dialog.current, dialog.new, dialog.repeat))
    assert focused() is dialog.cancel_button and not dialog.change_button.isVisible()
    repos.settings.set("autolock_minutes", 7)  # the reopened journal is in use at once
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    path = vault.path
    vault.close()
    with Vault.open(path, NEW, kdf_iter=FAST_KDF) as again:
        assert Repositories.from_vault(again).settings.get("autolock_minutes") == 7
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    verify_backup(path, list_backups(path)[0], NEW, kdf_iter=FAST_KDF)
    with pytest.raises(errors.WrongPassphraseError):
        verify_backup(path, list_backups(path)[0], PASSPHRASE, kdf_iter=FAST_KDF)


def test_the_dialog_shows_busy_and_cannot_be_closed_while_the_change_runs(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    gate = threading.Event()
    started = threading.Event()

    def held_change(current: str, new: str) -> object:
        started.set()
        gate.wait(timeout=20)  # released by the test; bounded so nothing waits forever
        return change_passphrase(vault, current, new)

    holder = QWidget()
    dialog = _dialog_on_a_window(qtbot, holder, held_change)
    _fill(dialog, PASSPHRASE, NEW, NEW)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    # The GUI thread keeps running: the dialog paints its busy row and refuses to close.
    qtbot.waitUntil(dialog.busy.isVisible)
    assert dialog.is_busy and not dialog.form.isEnabled()
    assert not dialog.change_button.isEnabled() and not dialog.cancel_button.isEnabled()
    press(Qt.Key.Key_Escape)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    assert not dialog.busy.isVisible()
    assert "Your passphrase is changed" in dialog.message.text()


def test_closing_the_dialog_forgets_what_was_typed(qtbot: QtBot, tmp_path: Path) -> None:
    holder = QWidget()
    dialog = _dialog_on_a_window(qtbot, holder, lambda _c, _n: None)
    for field in (dialog.current, dialog.new, dialog.repeat):
        type_text(field, "something secret")
    dialog.show_text.setChecked(True)
    assert dialog.strength.text() == strength_words("something secret")  # the create screen's
    dialog.current.setFocus()
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert all(field.text() == "" for field in (dialog.current, dialog.new, dialog.repeat))
    assert not dialog.show_text.isChecked()


def test_outcome_names_each_copy_left_under_an_earlier_passphrase(tmp_path: Path) -> None:
    backup = tmp_path / "backups-journal" / "journal-2026-11-28.vault"
    kept = tmp_path / "journal.before-update-3-to-4.vault"
    words = outcome_words(PassphraseChanged(changed=(tmp_path / "a", tmp_path / "b"),
                                            left=(backup, kept)))
    assert "Your 2 backups were changed with it" in words
    assert "Sat 28 Nov 2026" in words and kept.name in words
    assert "previous one" in words


def test_locking_in_the_middle_of_a_change_waits_for_it(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    """An auto-lock (or a screen lock) while the change runs: the vault closes only after it,
    and the new passphrase opens the journal afterwards."""
    path = vault.path
    vault.close()
    controller = start_app(qtbot, tmp_path, path)
    unlock(qtbot, controller)
    controller.today = lambda: date(2026, 12, 1)
    repos = controller.window.repos
    assert repos is not None
    gate, started = threading.Event(), threading.Event()

    def held_change(current: str, new: str) -> object:
        with repos.vault.changing():  # the change has begun when the lock comes
            started.set()
            gate.wait(timeout=20)
            return change_passphrase(repos.vault, current, new)

    dialog = ChangePassphraseDialog(held_change, controller.window)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    _fill(dialog, PASSPHRASE, NEW, NEW)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(controller.window.locked, timeout=20_000):
        controller.window.lock()
        gate.set()
    assert not repos.vault.is_open
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # the lock took the dialog away
    controller.window.activateWindow()  # the desktop does this when a dialog goes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.unlock.passphrase)
    type_text(controller.unlock.passphrase, NEW)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)
    # The backup made on locking waited for the change, so it has the new passphrase too.
    backup = list_backups(path)[0]
    assert backup.name == "journal-2026-12-01.vault"
    verify_backup(path, backup, NEW, kdf_iter=FAST_KDF)


def test_the_restore_dialog_says_when_a_backup_needs_an_earlier_passphrase(
    qtbot: QtBot, vault: Vault
) -> None:
    backups = [automatic_backup(vault, today=date(2026, 11, n)) for n in (28, 29)]
    earlier = backups[0]
    assert earlier is not None
    with Vault.open(earlier, PASSPHRASE, kdf_iter=FAST_KDF) as old:
        old.change_passphrase("a passphrase from long ago")
    change_passphrase(vault, PASSPHRASE, NEW)
    holder = QWidget()
    qtbot.addWidget(holder)
    show_active(qtbot, holder, 600, 400)
    dialog = RestoreDialog(
        [(p, None) for p in list_backups(vault.path)],
        lambda backup, phrase: verify_backup(vault.path, backup, phrase, kdf_iter=FAST_KDF),
        lambda *_args: None, holder,
        earlier_passphrase=copies_may_need_earlier_passphrase(vault.path),
    )
    assert any("still open with an earlier passphrase" in label.text()
               for label in dialog.findChildren(QLabel))
