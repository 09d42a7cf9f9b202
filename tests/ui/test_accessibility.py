"""Every screen of the shell: named controls, Tab with no trap, nothing clipped at 200 % text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.errors import WrongPassphraseError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui import theme
from recovery_journal.ui.app import AppController
from tests.conftest import PASSPHRASE
from tests.ui.audit import (
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    focusable_widgets,
    start_app,
    tab_order,
    type_text,
    unlock,
)


@pytest.fixture(params=[100, 200], ids=["100%", "200%"])
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    font = qapp.font()
    theme.apply_text_scale(qapp, request.param)
    yield int(request.param)
    theme.apply_text_scale(qapp, 100)
    qapp.setFont(font)


def _audit(qtbot: QtBot, root: QWidget) -> None:
    qtbot.waitUntil(lambda: root.isVisible())
    QApplication.processEvents()  # let layouts settle before measuring
    assert_accessible(root)
    assert_tab_cycles(root)
    assert_not_clipped(root)


def test_welcome(qtbot: QtBot, tmp_path: Path, text_scale: int) -> None:
    controller = start_app(qtbot, tmp_path, tmp_path / "journal.vault")
    _audit(qtbot, controller.window)
    order = tab_order(controller.window)
    # reading order: the main choice first, then the other, then help in the header
    assert order.index(controller.welcome.create_button) < order.index(
        controller.welcome.open_button)


def test_create(qtbot: QtBot, tmp_path: Path, text_scale: int) -> None:
    controller = start_app(qtbot, tmp_path, tmp_path / "journal.vault")
    controller.show_create()
    type_text(controller.create.passphrase, "short")
    controller.create.show_error("The two passphrases aren't the same yet.")
    _audit(qtbot, controller.window)
    create = controller.create
    order = tab_order(controller.window)
    sequence = [create.passphrase, create.repeat, create.show_text, create.choose,
                create.create_button, create.back]
    assert [order.index(w) for w in sequence] == sorted(order.index(w) for w in sequence)


def test_unlock_with_a_message(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault], text_scale: int
) -> None:
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    controller.unlock.show_error(WrongPassphraseError())
    controller.unlock.set_notice("Your journal locked itself after a quiet while.")
    _audit(qtbot, controller.window)
    unlock = controller.unlock
    order = tab_order(controller.window)
    assert order.index(unlock.passphrase) < order.index(unlock.show_text) < order.index(
        unlock.unlock_button) < order.index(unlock.open_other)


def _unlock(qtbot: QtBot, tmp_path: Path, path: Path) -> AppController:
    controller = start_app(qtbot, tmp_path, path)
    unlock(qtbot, controller)
    return controller


def test_help_dialog_locked_and_unlocked(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault], text_scale: int
) -> None:
    vault = make_vault()
    Repositories.from_vault(vault).helplines.add("My GP", "01234 567890", "Weekdays")
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    controller.window.show_help()
    dialog = controller.window.help_dialog
    assert dialog is not None
    _audit(qtbot, dialog)
    dialog.close()

    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)
    controller.window.show_help()
    dialog = controller.window.help_dialog
    assert dialog is not None
    _audit(qtbot, dialog)


def test_main_window_shell(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault], text_scale: int
) -> None:
    vault = make_vault()
    vault.close()
    controller = _unlock(qtbot, tmp_path, vault.path)
    window = controller.window
    window.go_to("journal")  # the shell around a page is audited here
    _audit(qtbot, window)
    order = tab_order(window)
    assert window.nav in order and window.help_button in order and window.lock_button in order


def test_multi_line_fields_let_tab_move_on(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    vault.close()
    controller = _unlock(qtbot, tmp_path, vault.path)
    for key in ("today", "settings"):
        controller.window.go_to(key)
    # Only this window's fields: allWidgets() can reach widgets other tests left mid-deletion,
    # which crashed the whole run once.
    for widget in controller.window.findChildren(QPlainTextEdit):
        if widget.isVisible():
            assert widget.tabChangesFocus(), widget.accessibleName()
    assert focusable_widgets(controller.window)


def test_the_audit_itself_catches_problems(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named = QPushButton("Fine")
    nameless = QLineEdit()
    trap = QPlainTextEdit()  # Tab would type a tab character here: a keyboard trap
    trap.setAccessibleName("Note")
    for widget in (named, nameless, trap):
        layout.addWidget(widget)
    root.show()
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    with pytest.raises(AssertionError, match="QLineEdit"):
        assert_accessible(root)
    with pytest.raises(AssertionError, match="trap|loop|stuck"):
        assert_tab_cycles(root)
    trap.setTabChangesFocus(True)
    assert [type(w).__name__ for w in tab_order(root)] == ["QPushButton", "QLineEdit",
                                                          "QPlainTextEdit"]
    named.setFixedWidth(5)
    with pytest.raises(AssertionError, match="clipped"):
        assert_not_clipped(root)
