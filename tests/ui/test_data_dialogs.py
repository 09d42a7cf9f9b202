"""File menu data dialogs: daily backup on lock, restore, delete everything, export, import."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.backups import (
    DAMAGED_BACKUP,
    back_up,
    backup_day,
    backup_folder,
    list_backups,
)
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from recovery_journal.ui.data.backups import DeleteEverythingDialog, RestoreDialog
from recovery_journal.ui.data.export import ExportDialog
from recovery_journal.ui.data.importing import ImportDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import assert_accessible, assert_tab_cycles, press, start_app, type_text, unlock

WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def vault_path(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    Journal(vault).add(written_at=WHEN, title="from the start", body="")
    vault.close()
    return vault.path


def _unlocked(qtbot: QtBot, tmp_path: Path, path: Path) -> AppController:
    controller = start_app(qtbot, tmp_path, path)
    unlock(qtbot, controller)
    return controller


def _lock(qtbot: QtBot, controller: AppController) -> None:
    with qtbot.waitSignal(controller.window.locked, timeout=10_000):
        controller.window.lock()


def _titles(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        return sorted(entry.title for entry in Journal(vault).list())


def _audit(dialog: QWidget) -> None:
    assert_accessible(dialog)
    assert_tab_cycles(dialog)


def test_locking_makes_one_backup_a_day(qtbot: QtBot, tmp_path: Path, vault_path: Path) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.today = lambda: date(2024, 3, 1)
    _lock(qtbot, controller)
    assert [backup_day(p) for p in list_backups(vault_path)] == [date(2024, 3, 1)]
    unlock(qtbot, controller)
    _lock(qtbot, controller)
    assert len(list_backups(vault_path)) == 1
    assert _titles(list_backups(vault_path)[0]) == ["from the start"]


def test_delete_everything_needs_the_typed_word(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.today = lambda: date(2024, 3, 1)
    _lock(qtbot, controller)
    unlock(qtbot, controller)
    controller.window.menus.delete_action.trigger()
    dialog = controller.data.dialog
    assert isinstance(dialog, DeleteEverythingDialog)
    qtbot.waitExposed(dialog)
    _audit(dialog)
    assert not dialog.delete_button.isEnabled()
    type_text(dialog.confirmation, "delet")
    press(Qt.Key.Key_Return)  # Enter can't get round the word
    assert dialog.isVisible() and vault_path.exists()
    type_text(dialog.confirmation, "e")
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window.locked_area.currentWidget() is controller.welcome,
                    timeout=10_000)
    assert not vault_path.exists()
    assert not backup_folder(vault_path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]


def test_restore_puts_a_backup_back_and_keeps_the_journal_aside(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.today = lambda: date(2024, 3, 1)
    _lock(qtbot, controller)
    unlock(qtbot, controller)
    repos = controller.window.repos
    assert repos is not None
    Journal(repos.vault).add(written_at=WHEN, title="written later", body="")
    controller.window.menus.restore_action.trigger()
    dialog = controller.data.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitExposed(dialog)
    _audit(dialog)
    assert dialog.backups.count() == 1
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was restored" in controller.unlock.notice.text(), timeout=10_000)
    assert not controller.window.is_unlocked
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].name in controller.unlock.notice.text()
    assert _titles(vault_path) == ["from the start"]
    assert _titles(kept[0]) == ["from the start", "written later"]


def test_restore_refuses_a_tampered_backup_in_the_dialog(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    with Vault.open(vault_path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        for n in range(40):
            Journal(vault).add(written_at=WHEN, title=f"entry {n}", body="words " * 200)
        tampered = back_up(vault, tmp_path / "tampered.vault")
    data = bytearray(tampered.read_bytes())
    data[len(data) // 2 + 100] ^= 0x01
    tampered.write_bytes(bytes(data))
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.data.choose_open = lambda *_args: tampered
    controller.window.menus.restore_action.trigger()
    dialog = controller.data.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_backup() == tampered
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert DAMAGED_BACKUP in dialog.message.text()
    assert dialog.isVisible() and controller.window.is_unlocked
    dialog.reject()
    _lock(qtbot, controller)
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert len(_titles(vault_path)) == 41  # the journal is as it was


def test_export_writes_json_through_the_chooser(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filters: str) -> Path:
        asked.append(suggested)
        return target

    controller.data.choose_save = choose
    controller.window.menus.export_action.trigger()
    dialog = controller.data.dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    _audit(dialog)
    assert "not encrypted" in dialog.warning.text()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".json")
    written = target.with_name("mine.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["format"] == "recovery-journal"
    assert [e["title"] for e in document["journal_entries"]] == ["from the start"]
    assert oct(written.stat().st_mode & 0o777) == "0o600"


DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-03-02,March 2,Saturday,21:15,content,walk | friends,Good day,<p>Saw Sam</p>\n"
    "2024-03-01,March 1,Friday,8:05 am,rad,walk,,\n"
)


def test_import_previews_counts_then_imports(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO, encoding="utf-8")
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.data.choose_open = lambda *_args: source
    controller.window.menus.import_action.trigger()
    dialog = controller.data.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData("daylio"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(dialog)
    _audit(dialog)
    assert not dialog.import_button.isEnabled()
    assert set(dialog.mood_map()) == {"content", "rad"}
    assert dialog.mood_map()["rad"] == 10
    dialog._mood_boxes["content"].setValue(8)  # noqa: SLF001 - the person's own label
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    assert "2 check-ins" in dialog.preview_label.text()
    assert "Fri 1 Mar 2024" in dialog.preview_label.text()
    repos = controller.window.repos
    assert repos is not None and repos.checkins.count() == 0
    # The whole summary has room: the label is at least as tall as its wrapped text.
    label = dialog.preview_label
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().top() > dialog.mapping_area.geometry().bottom()  # no overlap
    # Cancel · Preview · Import: the main action last.
    row = sorted((dialog.cancel_button, dialog.preview_button, dialog.import_button),
                 key=lambda b: b.mapTo(dialog, b.rect().topLeft()).x())
    assert row == [dialog.cancel_button, dialog.preview_button, dialog.import_button]
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as said:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert repos.checkins.count() == 2
    assert said.args == ["Added from daylio.csv: 2 check-ins."]


def test_an_import_that_adds_nothing_says_so_in_the_dialog(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    """Bug: "Imported: nothing." flashed in the status bar after an import that added nothing."""
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO, encoding="utf-8")
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.data.choose_open = lambda *_args: source
    said: list[str] = []
    for _round in range(2):
        controller.window.menus.import_action.trigger()
        dialog = controller.data.dialog
        assert isinstance(dialog, ImportDialog)
        dialog.imported.connect(said.append)
        dialog.format.setCurrentIndex(dialog.format.findData("daylio"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    nothing_new = "Nothing new — everything in that file is already in your journal"
    assert said == ["Added from daylio.csv: 2 check-ins.", nothing_new]
    # The second time the dialog stays, saying so where the person is looking.
    assert dialog.isVisible() and dialog.message.text() == nothing_new
    assert dialog.message.accessibleName() == nothing_new
    assert not dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert dialog.cancel_button.hasFocus() or not dialog.isActiveWindow()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    repos = controller.window.repos
    assert repos is not None and repos.checkins.count() == 2


def test_import_words_count_and_say_when_nothing_is_new() -> None:
    """Bug: "1 helplines", and "Imported: nothing." after an import that added nothing."""
    from recovery_journal.ui.data.import_preview import imported_words, preview_text

    assert imported_words({"checkins": 0}, "old.json") == (
        "Nothing new — everything in that file is already in your journal")
    assert imported_words({"helplines": 1, "checkins": 3}, "a.json") == (
        "Added from a.json: 1 helpline, 3 check-ins.")
    from recovery_journal.portability.records import ImportPreview

    shown = ImportPreview(counts={"helplines": 1, "supporters": 1}, first_day=None,
                          last_day=None, already_there={})
    assert "This file holds: 1 helpline, 1 person." in preview_text(shown)
    felt = ImportPreview(counts={"checkins": 2, "feelings": 3}, first_day=None, last_day=None,
                         already_there={}, new_feelings=("wobbly", "giddy"))
    text = preview_text(felt)
    assert "This file holds: 2 check-ins, 3 feeling words." in text
    assert "New feeling words for your list: wobbly, giddy." in text


def test_every_kind_an_import_counts_has_plain_words() -> None:
    """Bug: early-warning rules showed in the preview as the raw key "warning_rules"."""
    from recovery_journal.portability.records import ImportPlan
    from recovery_journal.ui.data.import_preview import KIND_WORDS

    kinds = set(ImportPlan(format="json").counts())
    assert kinds and kinds <= set(KIND_WORDS)


FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _preview_in_dialog(qtbot: QtBot, tmp_path: Path, vault_path: Path,
                       name: str) -> tuple[AppController, ImportDialog]:
    source = tmp_path / name
    source.write_bytes((FIXTURES / name).read_bytes())
    controller = _unlocked(qtbot, tmp_path, vault_path)
    controller.data.choose_open = lambda *_args: source
    controller.window.menus.import_action.trigger()
    dialog = controller.data.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData("daylio"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    return controller, dialog


def test_the_preview_counts_new_and_skipped_rows_and_names_them(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller, dialog = _preview_in_dialog(qtbot, tmp_path, vault_path,
                                            "daylio_distinct_rows.csv")
    text = dialog.preview_label.text()
    assert "New, to be added: 4 check-ins." in text
    assert "Skipped, as the same as an earlier row of the file: 1 check-in." in text
    assert "Row 4: skipped, the same as row 2." in text
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    repos = controller.window.repos
    assert repos is not None and repos.checkins.count() == 4


def test_daylio_scales_are_added_only_when_the_person_says_so(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller, dialog = _preview_in_dialog(qtbot, tmp_path, vault_path, "daylio_scales.csv")
    repos = controller.window.repos
    assert repos is not None
    before = {m.key for m in repos.measures.list(include_archived=True)}
    assert dialog.with_scales.isVisible() and not dialog.with_scales.isChecked()
    assert "Daylio scales (" in dialog.preview_label.text()
    dialog.with_scales.setFocus()
    qtbot.keyClick(dialog.with_scales, Qt.Key.Key_Space)  # asks again, with the scales
    qtbot.waitUntil(lambda: "Daylio scales (" not in dialog.preview_label.text()
                    and dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    added = {m.key for m in repos.measures.list(include_archived=True)} - before
    assert added, "the scales became measures"
