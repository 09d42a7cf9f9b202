"""Help > About: version, licence, where the data lives, nothing sent; and the app's own names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal import __version__
from recovery_journal.resources import APP_ID
from recovery_journal.ui.about import AboutDialog
from recovery_journal.ui.app import APP_NAME, WM_CLASS, name_application
from tests.ui.audit import start_app

pytestmark = pytest.mark.gui


def test_about_says_version_licence_places_and_that_nothing_is_sent(
    qtbot: QtBot, tmp_path: Path,
) -> None:
    journal = tmp_path / "my journal.vault"
    dialog = AboutDialog(journal, str(tmp_path / "settings.conf"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = " ".join(dialog.plain_text().split())
    assert f"Version {__version__}" in text
    assert "GNU General Public License, version 3 or later (GPL-3.0-or-later)" in text
    assert "Nothing is sent anywhere" in text and "no network code" in text
    assert str(journal) in text
    assert str(tmp_path / "backups-my journal") in text
    assert str(tmp_path / "settings.conf") in text
    for field in (dialog.journal_field, dialog.backups_field):
        assert field.isReadOnly() and field.accessibleName()
    assert dialog.windowTitle() == "About Recovery Journal"


def test_help_menu_opens_about_for_the_journal_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    journal = tmp_path / "elsewhere.vault"
    controller = start_app(qtbot, tmp_path, journal)
    window = controller.window
    action = window.menus.about_action
    assert action.isEnabled()  # also while locked: it shows nothing personal
    action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.journal_field.text() == str(journal)
    assert dialog.settings_field is not None
    assert dialog.settings_field.text() == controller.settings.store.fileName()
    dialog.close_button.click()


@pytest.fixture
def names_restored(qapp: QApplication) -> Iterator[QApplication]:
    before = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.desktopFileName())
    yield qapp
    qapp.setApplicationName(before[0])
    qapp.setApplicationDisplayName(before[1])
    qapp.setDesktopFileName(before[2])


def test_the_desktop_sees_the_right_names_and_icon(names_restored: QApplication) -> None:
    app = names_restored
    name_application(app)
    assert app.applicationName() == WM_CLASS == "recovery-journal"
    assert app.applicationDisplayName() == APP_NAME
    assert app.desktopFileName() == APP_ID
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {16, 32, 48, 256} <= {size.width() for size in icon.availableSizes()}
    desktop = Path(__file__).parents[2] / "recovery_journal" / "resources" / "desktop"
    entry = (desktop / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"StartupWMClass={WM_CLASS}\n" in entry and f"Icon={APP_ID}\n" in entry
