"""Settings: measures, tags, life areas, auto-lock, appearance and the reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from recovery_journal.model import TagKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.today.page import TodayPage
from tests.ui.audit import (
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    show_active,
)

PageMaker = Callable[[], SettingsPage]


@pytest.fixture
def appearance(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "appearance.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_page(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, appearance: QSettings
) -> PageMaker:
    def make() -> SettingsPage:
        page = SettingsPage(repos, undo_stack, settings=AppSettings(appearance))
        qtbot.addWidget(page)
        show_active(qtbot, page)
        return page

    return make


def today_measures(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> list[str]:
    """The measures a freshly built Today page shows, by key, in order."""
    today = TodayPage(repos, undo_stack)
    qtbot.addWidget(today)
    return list(today.scales)


def select(page: SettingsPage, key: str) -> None:
    editor = page.measures
    row = [m.key for m in editor.model.records()].index(key)
    editor.view.setCurrentIndex(editor.model.index(row))


# -- measures -------------------------------------------------------------------------------


def test_add_a_measure_and_it_shows_in_today(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = make_page()
    page.measures.new_name.setFocus()
    qtbot.keyClicks(page.measures.new_name, "Energy")
    with qtbot.waitSignals([page.announce, page.measures_changed]):
        qtbot.keyClick(page.measures.new_name, Qt.Key.Key_Return)
    energy = repos.measures.by_key("energy")
    assert (energy.min_value, energy.max_value) == (0, 10)
    assert page.measures.selected() == energy
    page.measures.low_edit.setFocus()
    qtbot.keyClicks(page.measures.low_edit, "Drained")
    qtbot.keyClick(page.measures.low_edit, Qt.Key.Key_Return)
    page.measures.max_spin.setValue(5)
    energy = repos.measures.by_key("energy")
    assert (energy.low_label, energy.max_value) == ("Drained", 5)
    assert today_measures(qtbot, repos, undo_stack) == ["mood", "hope", "energy"]


def test_rename_reorder_and_hide_reach_today(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = make_page()
    select(page, "hope")
    page.measures.name_edit.setFocus()
    page.measures.name_edit.selectAll()
    qtbot.keyClicks(page.measures.name_edit, "Hopefulness")
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.measures.name_edit, Qt.Key.Key_Return)
    assert announced.args == ["Saved"]
    assert repos.measures.by_key("hope").name == "Hopefulness"

    page.measures.view.setFocus()
    qtbot.keyClick(page.measures.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [m.key for m in repos.measures.list()] == ["hope", "mood"]
    assert page.measures.selected() is not None and page.measures.selected().key == "hope"
    today = TodayPage(repos, undo_stack)
    qtbot.addWidget(today)
    assert list(today.scales) == ["hope", "mood"]
    assert today.scales["hope"].title.text() == "Hopefulness"

    qtbot.keyClick(page.measures.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    select(page, "mood")
    qtbot.mouseClick(page.measures.hide_button, Qt.MouseButton.LeftButton)
    assert repos.measures.by_key("mood").archived
    assert page.measures.hide_button.text() == "Show"
    assert today_measures(qtbot, repos, undo_stack) == ["hope"]
    qtbot.mouseClick(page.measures.hide_button, Qt.MouseButton.LeftButton)
    assert today_measures(qtbot, repos, undo_stack) == ["mood", "hope"]


def test_mood_and_hope_cannot_be_deleted(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    for key in ("mood", "hope"):
        select(page, key)
        assert not page.measures.delete_button.isEnabled()
        assert "can be hidden, but not deleted" in page.measures.delete_button.toolTip()
        assert page.measures.built_in_note.isVisible()
        page.measures.delete_selected()
        assert repos.measures.by_key(key) is not None
    # Their 0-10 range stays, so charts read them the same way over the years.
    assert not page.measures.min_spin.isEnabled()


def test_deleting_a_measure_with_values_offers_to_hide_it(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    repos.measures.add("Sleep", 0, 12)
    repos.checkins.add(recorded_at=datetime.now().astimezone(), values={"sleep": 7})
    repos.measures.add("Unused")
    page = make_page()
    select(page, "unused")
    qtbot.mouseClick(page.measures.delete_button, Qt.MouseButton.LeftButton)
    assert [m.key for m in repos.measures.list(include_archived=True)] == [
        "mood", "hope", "sleep"
    ]
    select(page, "sleep")
    qtbot.mouseClick(page.measures.delete_button, Qt.MouseButton.LeftButton)
    assert page.measures.offer.isVisible()
    assert QApplication.focusWidget() is page.measures.offer_hide
    qtbot.keyClick(page.measures.offer_hide, Qt.Key.Key_Space)
    assert repos.measures.by_key("sleep").archived
    assert not page.measures.offer.isVisible()
    assert repos.checkins.recent()[0].values == {"sleep": 7.0}


def test_a_refused_change_is_explained_not_saved(
    make_page: PageMaker, repos: Repositories
) -> None:
    repos.measures.add("Steps", 0, 20)
    repos.checkins.add(recorded_at=datetime.now().astimezone(), values={"steps": 15})
    page = make_page()
    select(page, "steps")
    page.measures.max_spin.setValue(10)
    assert page.measures.message.isVisible()
    assert "outside that range" in page.measures.message.text()
    assert repos.measures.by_key("steps").max_value == 20
    assert page.measures.max_spin.value() == 20


# -- tags and life areas --------------------------------------------------------------------


def test_tags_rename_kind_area_and_hide(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    repos.checkins.add(recorded_at=datetime.now().astimezone(), tags=["swim", "Sam"])
    page = make_page()
    tags = page.tags
    row = [t.name for t in tags.model.records()].index("swim")
    tags.view.setCurrentIndex(tags.model.index(row))
    tags.name_edit.setFocus()
    tags.name_edit.selectAll()
    qtbot.keyClicks(tags.name_edit, "Swimming")
    qtbot.keyClick(tags.name_edit, Qt.Key.Key_Return)
    assert repos.checkins.recent()[0].tags == ("Sam", "Swimming")
    tags.kind.setCurrentIndex(tags.kind.findData(TagKind.PLACE.value))
    tags.kind.activated.emit(tags.kind.currentIndex())
    health = next(d for d in repos.life_domains.list() if d.name == "Physical health")
    tags.domain.setCurrentIndex(tags.domain.findData(health.id))
    tags.domain.activated.emit(tags.domain.currentIndex())
    tags.shown.setChecked(False)
    swimming = repos.tags.by_name("swimming")
    assert swimming is not None
    assert (swimming.kind, swimming.life_domain_id, swimming.archived) == (
        TagKind.PLACE, health.id, True
    )
    assert [t.name for t in repos.tags.complete("sw")] == []


def test_renaming_to_a_taken_tag_name_is_explained(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    repos.checkins.add(recorded_at=datetime.now().astimezone(), tags=["swim", "Sam"])
    page = make_page()
    page.tags.name_edit.setFocus()
    page.tags.name_edit.setText("swim" if page.tags.selected().name == "Sam" else "sam")
    qtbot.keyClick(page.tags.name_edit, Qt.Key.Key_Return)
    assert page.tags.message.isVisible()
    assert {t.name for t in repos.tags.list()} == {"swim", "Sam"}


def test_life_areas_rename_hide_and_add(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    domains = page.domains
    domains.view.setCurrentIndex(domains.model.index(0))
    first = domains.selected()
    assert first is not None
    domains.name_edit.setText("Work, volunteering & purpose")
    domains.name_edit.editingFinished.emit()
    domains.shown.setChecked(False)
    renamed = repos.life_domains.get(first.id)
    assert (renamed.name, renamed.archived) == ("Work, volunteering & purpose", True)
    domains.new_name.setText("Creativity")
    qtbot.keyClick(domains.new_name, Qt.Key.Key_Return)
    assert "Creativity" in [d.name for d in repos.life_domains.list()]
    # A new life area can be chosen for a tag straight away.
    assert page.tags.domain.findText("Creativity") >= 0


# -- the other settings ---------------------------------------------------------------------


def test_autolock_minutes_are_saved_in_the_vault(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    assert page.autolock.value() == 10
    with qtbot.waitSignal(page.autolock_changed) as changed:
        page.autolock.setValue(25)
    assert changed.args == [25]
    assert repos.settings.get("autolock_minutes") == 25
    page.autolock.setValue(0)
    assert page.autolock.text() == "Off"
    assert repos.settings.get("autolock_minutes") == 0
    again = make_page()
    assert again.autolock.value() == 0


def test_autolock_by_keyboard(qtbot: QtBot, make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    page.autolock.setFocus()
    qtbot.keyClick(page.autolock, Qt.Key.Key_Up)
    assert repos.settings.get("autolock_minutes") == 11


def test_theme_and_text_size_live_outside_the_vault(
    qtbot: QtBot, make_page: PageMaker, appearance: QSettings, repos: Repositories
) -> None:
    page = make_page()
    assert page.theme.currentData() == "system"
    owner = page._app_settings  # noqa: SLF001 - the one AppSettings the page was given
    with qtbot.waitSignal(owner.theme_changed) as theme:
        page.theme.setCurrentIndex(page.theme.findData("high_contrast"))
    assert theme.args == ["high_contrast"]
    with qtbot.waitSignal(owner.text_scale_changed) as scale:
        page.text_scale.setValue(150)
    assert scale.args == [150]
    assert appearance.value("appearance/theme") == "high_contrast"
    assert int(str(appearance.value("appearance/text_scale"))) == 150
    assert "theme" not in repos.settings.all()
    again = make_page()
    assert again.theme.currentData() == "high_contrast"
    assert again.text_scale.value() == 150


def test_the_reminder_is_off_by_default_and_saved(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    assert not page.reminder.isChecked()
    assert not page.reminder_time.isEnabled()
    with qtbot.waitSignal(page.announce) as announced:
        page.reminder.setFocus()
        qtbot.keyClick(page.reminder, Qt.Key.Key_Space)
    assert announced.args == ["Saved"]
    assert repos.settings.get("reminder_enabled") is True
    page.reminder_time.setTime(QTime(8, 30))
    assert repos.settings.get("reminder_time") == "08:30"
    about = " ".join(label.text() for label in page.findChildren(QLabel))
    # Offscreen Qt has no notification area: the words say where the reminder does show.
    assert not page.privacy.tray_available
    assert "inside the window, while Recovery Journal is open" in about
    assert "desktop notification" not in about
    assert "never shows anything you have written" in about


def test_a_name_typed_but_not_confirmed_is_saved_before_locking(
    make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    select(page, "mood")
    page.measures.name_edit.setText("How I feel")
    page.save_draft()
    assert repos.measures.by_key("mood").name == "How I feel"


# -- reaching everything, at any text size --------------------------------------------------


def test_accessible_names_and_no_tab_trap(make_page: PageMaker, repos: Repositories) -> None:
    repos.checkins.add(recorded_at=datetime.now().astimezone(), tags=["walk"])
    page = make_page()
    assert_accessible(page)
    assert_tab_cycles(page)


def test_nothing_is_clipped_at_200_percent_text(
    qapp: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack,
    appearance: QSettings,
) -> None:
    repos.checkins.add(recorded_at=datetime.now().astimezone(), tags=["walk", "Sam"])
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        page = SettingsPage(repos, undo_stack, settings=AppSettings(appearance))
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        needed = page.content.minimumSizeHint()
        assert needed.width() <= 1100, f"the page needs {needed.width()} px across"
        assert page.minimumSizeHint().height() <= 750
        assert_not_clipped(page)
    finally:
        qapp.setFont(font)


def test_check_my_journal_file_says_whole_then_damaged(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    with repos.vault.write() as w:
        for i in range(200):  # enough pages that damage can land in the middle
            w.execute("INSERT INTO tag (name) VALUES (?)", (f"tag number {i} " + "x" * 200,))
    repos.vault.query("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
    page = make_page()
    card = page.file_check
    assert card.check_button.accessibleName() == "Check my journal file"
    assert not card.result.isVisible()
    qtbot.mouseClick(card.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "every page is whole" in card.result.text(), timeout=10_000)
    assert card.check_button.isEnabled()
    size = repos.vault.path.stat().st_size
    with repos.vault.path.open("r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096 + 500)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0x5A]))
    qtbot.mouseClick(card.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "damaged" in card.result.text(), timeout=10_000)
    assert "Restore your latest backup" in card.result.text()
    assert card.result.accessibleName() == card.result.text()
