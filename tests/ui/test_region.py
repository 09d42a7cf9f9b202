"""The region: a default from the locale, chosen at first run, in Settings and in Get help now
(kept outside the vault); Get help now and the crisis card follow it; own numbers are edited in
Settings and kept."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from recovery_journal.report.crisis_card import CardContent, card_html, write_card
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app_settings import REGION_KEY, AppSettings
from recovery_journal.ui.help.dialog import HelpDialog
from recovery_journal.ui.locked.create import CreateScreen
from recovery_journal.ui.plan.crisis_card import CrisisCardDialog
from recovery_journal.ui.region import default_region, help_for
from recovery_journal.ui.settings.page import SettingsPage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import settings_in, start_app, type_text


def _texts(widget: HelpDialog) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def _blank_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "blank.ini"), QSettings.Format.IniFormat))


def test_the_default_region_comes_from_the_locale(qtbot: QtBot, tmp_path: Path) -> None:
    english = QLocale.Language.English
    assert default_region(QLocale(english, QLocale.Country.NewZealand)) == "NZ"
    assert default_region(QLocale(english, QLocale.Country.Ireland)) == "IE"
    assert default_region(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "DE"
    assert default_region(QLocale.c()) == "GB"  # a locale naming no place: where the app began
    settings = _blank_settings(tmp_path)
    assert settings.region() == default_region()  # nothing chosen: the system's
    settings.store.setValue(REGION_KEY, "not a region")
    assert settings.region() == default_region()
    with qtbot.waitSignal(settings.region_changed) as changed:
        settings.set_region("au")
    assert changed.args == ["AU"] and settings.region() == "AU"


def test_first_run_offers_the_region_preset_and_keeps_a_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = _blank_settings(tmp_path)
    screen = CreateScreen(settings=settings)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.region is not None
    assert screen.region.code() == default_region()
    assert screen.region.isEnabled()  # never in the way: the passphrase is what's asked for
    assert screen.problem() == "Please choose a passphrase first."
    screen.region.choose("CA")
    assert settings.region() == "CA"
    assert settings.store.value(REGION_KEY) == "CA"
    assert screen.choose.nextInFocusChain() is screen.region  # Tab reads it where it stands
    first_items = [screen.region.itemData(i) for i in range(6)]
    assert first_items == ["GB", "IE", "US", "CA", "AU", "NZ"]  # bundled regions first


def test_own_numbers_are_edited_in_settings_and_kept(
    qtbot: QtBot, make_vault: Callable[..., Vault], undo_stack: QUndoStack, tmp_path: Path
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    page = SettingsPage(repos, undo_stack, settings=AppSettings(settings_in(tmp_path)))
    qtbot.addWidget(page)
    page.show()
    said: list[str] = []
    page.announce.connect(said.append)
    own = page.region.own_numbers
    editor = own.editor
    for name, number in (("My GP", "01234 567890"), ("Crisis team", "0800 000 000")):
        own.add_button.click()
        type_text(editor.name, name)
        type_text(editor.contact, number)
        editor.save.click()
    assert [h.name for h in repos.helplines.list()] == ["My GP", "Crisis team"]

    def button(name: str) -> QPushButton:
        found = [b for b in own.findChildren(QPushButton)
                 if b.accessibleName() == name and b.isVisibleTo(own)]
        assert found, name
        return found[-1]

    qtbot.waitUntil(lambda: bool([b for b in own.findChildren(QPushButton)
                                  if b.accessibleName() == "Move My GP down"
                                  and b.isVisible()]))
    button("Move My GP down").click()
    assert [h.name for h in repos.helplines.list()] == ["Crisis team", "My GP"]
    qtbot.waitUntil(lambda: bool([b for b in own.findChildren(QPushButton)
                                  if b.accessibleName() == "Change My GP" and b.isVisible()]))
    button("Change My GP").click()
    assert editor.name.text() == "My GP"
    editor.details.setText("Weekdays 8 to 6")
    editor.save.click()
    qtbot.waitUntil(lambda: bool([b for b in own.findChildren(QPushButton)
                                  if b.accessibleName() == "Remove Crisis team"
                                  and b.isVisible()]))
    button("Remove Crisis team").click()
    assert [h.name for h in repos.helplines.list()] == ["My GP"]
    editor.put_back.click()
    own.add_button.click()
    editor.save.click()  # a number without a name is explained, not saved
    assert len(repos.helplines.list()) == 2
    assert "give the number a name" in said[-1] and "Saved." in said
    editor.cancel.click()
    page.close()
    vault.close()

    again = Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF)
    try:
        kept = Repositories.from_vault(again).helplines.list()
    finally:
        again.close()
    assert [(h.name, h.contact, h.details) for h in kept] == [
        ("Crisis team", "0800 000 000", ""), ("My GP", "01234 567890", "Weekdays 8 to 6")]


def test_changing_region_in_settings_changes_help_and_the_crisis_card(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.helplines.add("My GP", "01234 567890")
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    window = controller.window
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    window.go_to("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    page.region.region.choose("NZ")
    assert controller.settings.region() == "NZ"
    assert settings_in(tmp_path).value(REGION_KEY) == "NZ"  # kept outside the vault
    assert "New Zealand are included" in page.region.about.text()

    window.show_help()
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    shown = " ".join(_texts(dialog))
    assert "Helplines (New Zealand)" in shown and "Call or text 1737" in shown
    assert "116 123" not in shown and "01234 567890" in shown
    dialog.reject()

    window.show_crisis_card()
    cards = window.findChildren(CrisisCardDialog)
    assert cards
    preview = cards[-1].preview.toPlainText()
    assert "Helplines (New Zealand)" in preview and "0800 543 354" in preview
    assert "116 123" not in preview
    cards[-1].reject()

    page.region.region.choose("FR")  # no bundled lines: the card names the emergency number
    assert "112" in page.region.about.text()
    window.show_crisis_card()
    card = window.findChildren(CrisisCardDialog)[-1]
    preview = card.preview.toPlainText()
    assert "Help in France" in preview and "In an emergency call 112." in preview
    assert "Helplines (" not in preview
    card.reject()


def test_get_help_now_goes_to_settings_to_add_numbers(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    settings_in(tmp_path).setValue(REGION_KEY, "DE")
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    window = controller.window
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    window.show_help()
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "Help in Germany" in _texts(dialog)
    invite = [b for b in dialog.findChildren(QPushButton)
              if b.accessibleName() == "Add your own numbers in Settings"]
    assert len(invite) == 1
    invite[0].click()
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(page.region.region.hasFocus)
    assert page.region.region.code() == "DE"


def test_copy_from_help_puts_only_the_number_and_says_copied(qtbot: QtBot) -> None:
    dialog = HelpDialog(help_for("AU"))
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    copy = next(b for b in dialog.findChildren(QPushButton)
                if b.accessibleName() == "Copy Beyond Blue: 1300 22 4636")
    copy.click()
    assert QGuiApplication.clipboard().text() == "1300 22 4636"
    assert dialog.status.text() == "Copied"


def test_the_crisis_card_pdf_carries_each_kind_of_region(qtbot: QtBot, tmp_path: Path) -> None:
    def content(code: str) -> CardContent:
        return CardContent("Call Tom.", (), (), help_for(code), date(2026, 12, 1))

    assert "Helplines (United States)" in card_html(content("US"))
    assert "741741" in card_html(content("US"))
    assert "Help in Japan" in card_html(content("JP"))
    assert "119 for an ambulance" in card_html(content("JP"))
    assert "your local emergency number" in card_html(content("AQ"))
    path = tmp_path / "card.pdf"
    write_card(content("NZ"), path)
    if shutil.which("pdftotext") is not None:
        text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
        assert "1737" in text and "0800 543 354" in text and "116 123" not in text
