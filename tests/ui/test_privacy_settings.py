"""Settings → Privacy: locking when the person walks away, and the tray, kept outside the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.settings.privacy import PrivacyCard
from tests.ui.audit import assert_accessible, settings_in


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _card(host: QWidget, tmp_path: Path, *, tray: bool) -> tuple[PrivacyCard, AppSettings]:
    settings = AppSettings(settings_in(tmp_path), host)
    card = PrivacyCard(settings, host, tray_available=tray)
    host.show()
    return card, settings


def test_defaults_lock_on_screen_lock_only(host: QWidget, tmp_path: Path) -> None:
    card, settings = _card(host, tmp_path, tray=True)
    assert card.screen_lock.isChecked() and settings.lock_on_screen_lock()
    assert not card.minimise.isChecked() and not settings.lock_on_minimise()
    assert card.tray_icon.isChecked() and settings.tray_icon()
    assert not card.keep_running.isChecked() and not settings.keep_running_in_tray()
    assert card.keep_running.isEnabled()
    assert_accessible(card)


def test_each_choice_is_saved_at_once_outside_the_vault(
    qtbot: QtBot, host: QWidget, tmp_path: Path,
) -> None:
    card, settings = _card(host, tmp_path, tray=True)
    said: list[str] = []
    card.saved.connect(said.append)
    for box in (card.screen_lock, card.minimise, card.keep_running):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not settings.lock_on_screen_lock()
    assert settings.lock_on_minimise() and settings.keep_running_in_tray()
    assert said == ["Saved"] * 3
    # A fresh reader of the same file sees the same choices (they survive a restart).
    again = AppSettings(settings_in(tmp_path))
    assert (again.lock_on_screen_lock(), again.lock_on_minimise(),
            again.keep_running_in_tray()) == (False, True, True)
    card.tray_icon.setChecked(False)  # no icon: nothing to keep running in
    assert not card.keep_running.isEnabled() and not settings.tray_icon()


def test_without_a_notification_area_it_says_so(host: QWidget, tmp_path: Path) -> None:
    card, _settings = _card(host, tmp_path, tray=False)
    assert not card.tray_icon.isEnabled() and not card.keep_running.isEnabled()
    assert "no notification area" in card.about_tray.text()
    assert "inside the window only" in card.about_tray.text()


def test_the_settings_page_has_the_privacy_card(
    qtbot: QtBot, tmp_path: Path, repos: Repositories,
) -> None:
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    page = SettingsPage(repos, stack, settings=AppSettings(settings_in(tmp_path)))
    qtbot.addWidget(page)
    assert page.privacy.title() == "Privacy"
    said: list[str] = []
    page.announce.connect(said.append)
    page.privacy.minimise.setChecked(True)
    assert said == ["Saved"]
