"""The main window: navigation, the page contract, undo/redo, settings and the daily reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from pytestqt.qtbot import QtBot

from recovery_journal.helplines import load_catalogue
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.main_window import APP_TITLE, REMINDER_TEXT, MainWindow
from recovery_journal.ui.page import Page
from recovery_journal.ui.pages import PAGE_BUILDERS
from recovery_journal.ui.reminder import DailyReminder
from recovery_journal.ui.sections import SECTIONS, SectionKey
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.unavailable import UnavailablePage
from tests.ui.audit import press, start_app, unlock


@pytest.fixture
def unlocked(qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]) -> AppController:
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    unlock(qtbot, controller)
    return controller


def test_navigation_by_keyboard_reaches_every_page(unlocked: AppController) -> None:
    window = unlocked.window
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Today", "Journal", "Strengths", "Goals", "My plan", "People",
                      "Insights", "Settings"]
    for number, section in enumerate(SECTIONS, start=1):
        press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == number - 1
        assert window.pages.currentWidget() is window.page(section.key)
    assert window.windowTitle() == APP_TITLE


@pytest.mark.parametrize("key", list(SectionKey), ids=str)
def test_each_section_builds_its_real_page(unlocked: AppController, key: SectionKey) -> None:
    unlocked.window.go_to(key)
    page = unlocked.window.page(key)
    assert isinstance(page, Page)
    assert not isinstance(page, UnavailablePage), "a page failed to build"
    page.save_draft()


def test_every_section_has_a_page_and_every_page_a_section() -> None:
    assert set(PAGE_BUILDERS) == {section.key for section in SECTIONS} == set(SectionKey)


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


class _Probe(Page):
    """A page that counts what the window asks of it."""

    def __init__(self) -> None:
        super().__init__()
        self.drafts = 0
        self.restyles = 0

    def save_draft(self) -> None:
        self.drafts += 1

    def appearance_changed(self) -> None:
        self.restyles += 1


def test_pages_announce_keep_drafts_and_follow_the_look(
    unlocked: AppController, qtbot: QtBot
) -> None:
    window = unlocked.window
    probe = _Probe()
    window._pages[SectionKey.JOURNAL] = probe  # noqa: SLF001 - stands in for a built page
    probe.announce.connect(window.show_status)
    probe.announce.emit("Saved")
    assert window.live_status.text() == "Saved"
    unlocked.settings.set_theme("dark")
    unlocked.settings.set_text_scale(100)
    assert probe.restyles == 2
    window.lock()
    assert probe.drafts == 1


def test_settings_page_reaches_the_window_and_the_app(
    unlocked: AppController, qtbot: QtBot
) -> None:
    window = unlocked.window
    window.go_to(SectionKey.SETTINGS)
    page = window.page(SectionKey.SETTINGS)
    assert isinstance(page, SettingsPage)
    page.autolock.setValue(5)
    assert window.idle.timeout_ms == 5 * 60_000
    with qtbot.waitSignal(unlocked.settings.theme_changed):
        page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert unlocked.settings.store.value("appearance/theme") == "dark"
    assert unlocked.settings.theme() == "dark"
    with qtbot.waitSignal(unlocked.settings.text_scale_changed):
        page.text_scale.setValue(150)
    page.text_scale.setValue(100)
    page.theme.setCurrentIndex(page.theme.findData("light"))


def test_app_settings_read_safely_what_is_stored(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    assert (settings.theme(), settings.text_scale(), settings.last_vault()) == (
        "system", 100, None)
    store.setValue("appearance/theme", "neon")
    store.setValue("appearance/text_scale", "huge")
    assert (settings.theme(), settings.text_scale()) == ("system", 100)
    store.setValue("appearance/text_scale", 900)
    assert settings.text_scale() == 200
    settings.set_last_vault(tmp_path / "j.vault")
    assert settings.last_vault() == tmp_path / "j.vault"
    settings.forget_last_vault()
    assert settings.last_vault() is None


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
    from PySide6.QtCore import QSettings

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_catalogue(), AppSettings(store), idle_timeout_ms=0)
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
