"""The main window: navigation, placeholders, undo/redo, page signals and the daily reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import THEME_KEY, AppController
from recovery_journal.ui.help.dialog import load_bundled_helplines
from recovery_journal.ui.main_window import (
    APP_TITLE,
    PAGES,
    REMINDER_TEXT,
    MainWindow,
    PageSpec,
    load_page_class,
)
from recovery_journal.ui.pages.placeholder import PlaceholderPage
from recovery_journal.ui.reminder import DailyReminder
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, start_app, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def unlocked(qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]) -> AppController:
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)
    return controller


def test_navigation_by_keyboard_reaches_every_page(unlocked: AppController) -> None:
    window = unlocked.window
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Today", "Journal", "Strengths", "Goals", "My plan", "People",
                      "Insights", "Settings"]
    for number, spec in enumerate(PAGES, start=1):
        press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == number - 1
        assert window.pages.currentWidget() is window.page(spec.key)
    assert window.windowTitle() == APP_TITLE


@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.key)
def test_each_page_is_real_or_a_calm_placeholder(unlocked: AppController, spec: PageSpec) -> None:
    unlocked.window.go_to(spec.key)
    page = unlocked.window.page(spec.key)
    if load_page_class(spec) is None:
        assert isinstance(page, PlaceholderPage)
        assert "coming soon" in page.message.text() or "on their way" in page.message.text()
    else:
        assert not isinstance(page, PlaceholderPage), "a page that exists failed to build"
    save_draft = getattr(page, "save_draft", None)
    assert callable(save_draft)
    save_draft()


def test_a_missing_page_module_falls_back_to_none() -> None:
    assert load_page_class(PageSpec("x", "X", "soon")) is None
    assert load_page_class(PageSpec("x", "X", "soon", "recovery_journal.ui.pages.nowhere",
                                    "Nowhere")) is None
    assert load_page_class(PageSpec("x", "X", "soon", "recovery_journal.ui.pages.placeholder",
                                    "NoSuchClass")) is None
    found = load_page_class(PageSpec("x", "X", "soon", "recovery_journal.ui.pages.placeholder",
                                     "PlaceholderPage"))
    assert found is PlaceholderPage


def test_undo_and_redo_share_one_stack(unlocked: AppController, qtbot: QtBot) -> None:
    window = unlocked.window
    done: list[str] = []

    class Note(QUndoCommand):
        def redo(self) -> None:
            done.append("do")

        def undo(self) -> None:
            done.append("undo")

    window.undo_stack.push(Note("Add a note"))
    window.nav.setFocus()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done == ["do", "undo"]
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert done == ["do", "undo", "do"]
    assert window.menus.undo_action.shortcut().toString() == "Ctrl+Z"


class _SettingsLike(QWidget):
    """A page with the Settings page's signals, to prove the window listens to each."""

    announce = Signal(str)
    theme_changed = Signal(str)
    text_scale_changed = Signal(int)
    autolock_changed = Signal(int)

    def __init__(self, repos: Repositories, undo: QUndoStack, parent: QWidget | None) -> None:
        super().__init__(parent)

    def save_draft(self) -> None:
        pass


def test_page_signals_reach_the_window_and_the_app(
    unlocked: AppController, qtbot: QtBot
) -> None:
    window = unlocked.window
    page = _SettingsLike(Repositories.from_vault(window._repos.vault), window.undo_stack, None)  # type: ignore[union-attr]  # noqa: SLF001
    qtbot.addWidget(page)
    window._connect_page(page)  # noqa: SLF001
    page.announce.emit("Settings saved")
    assert window.live_status.text() == "Settings saved"
    page.autolock_changed.emit(5)
    assert window.idle.timeout_ms == 5 * 60_000
    with qtbot.waitSignal(window.theme_changed):
        page.theme_changed.emit("dark")
    assert unlocked.settings.value(THEME_KEY) == "dark"
    with qtbot.waitSignal(window.text_scale_changed):
        page.text_scale_changed.emit(150)
    assert unlocked.text_scale() == 150
    page.text_scale_changed.emit(100)
    page.theme_changed.emit("light")


def test_reminder_shows_once_a_day_after_its_time(vault: Vault) -> None:
    settings = Repositories.from_vault(vault).settings
    clock = [datetime(2026, 11, 3, 19, 0)]
    reminder = DailyReminder(settings, lambda: clock[0])
    shown: list[bool] = []
    reminder.due.connect(lambda: shown.append(True))
    assert not reminder.check()  # off by default
    settings.set("reminder_enabled", True)
    assert not reminder.check()  # before 20:00
    clock[0] = datetime(2026, 11, 3, 20, 5)
    assert reminder.check()
    assert settings.get("reminder_last_shown") == "2026-11-03"
    clock[0] = datetime(2026, 11, 3, 22, 0)
    assert not reminder.check()  # once a day
    clock[0] = datetime(2026, 11, 4, 20, 0)
    assert reminder.check()
    assert shown == [True, True]


def test_reminder_banner_is_generic_and_gentle(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.settings.set("reminder_enabled", True)
    repos.settings.set("reminder_time", "00:00")
    window = MainWindow(load_bundled_helplines(), idle_timeout_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.open_journal(repos)
    assert window.banner.isVisible()
    assert window.banner_text.text() == REMINDER_TEXT
    assert window.live_status.text() == REMINDER_TEXT
    assert repos.settings.get("reminder_last_shown") == datetime.now().date().isoformat()
    window.lock()
    assert not window.banner.isVisible()
    assert window.live_status.text() == ""
