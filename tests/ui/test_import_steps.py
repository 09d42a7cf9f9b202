"""The import dialog's mapping steps, presets, progress and Cancel, driven by the keyboard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.data.importing import ImportDialog
from tests.ui.audit import assert_accessible, assert_tab_cycles, press, show_active

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


@pytest.fixture
def pool() -> QThreadPool:
    return QThreadPool()


def _dialog(qtbot: QtBot, repos: Repositories, source: Path,
            pool: QThreadPool) -> ImportDialog:
    dialog = ImportDialog(repos, lambda *_args: source, pool=pool)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog, 700, 700)
    return dialog


def _choose(combo: QComboBox, data: str) -> None:
    """Pick an entry by keyboard: focus the box, then arrow keys until it is chosen."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        press(key)


def _everything(repos: Repositories) -> list[tuple[object, ...]]:
    from datetime import date

    return sorted((c.recorded_at.isoformat(), tuple(sorted(c.values.items())), c.tags, c.note)
                  for c in repos.checkins.between(date(1, 1, 2), date(9999, 12, 30)))


def test_a_preset_chosen_by_keyboard_previews_then_imports(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "howwefeel.csv"
    shutil.copy(FIXTURES / "howwefeel.csv", source)
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "csv")
    assert dialog.preset.isVisible()
    dialog.choose_button.setFocus()
    press(Qt.Key.Key_Space)
    _choose(dialog.preset, "howwefeel")
    assert dialog.columns is not None
    assert str(dialog.columns.boxes["Mood"].currentData()) == "m:mood"
    assert str(dialog.columns.boxes["Reflections"].currentData()) == "note"
    assert [box.column for box in dialog.words] == ["Mood"]
    words = dialog.words[0].boxes
    assert set(words) == {"Mellow", "Hopeful", "Tired", "Anxious"}
    words["Anxious"].setValue(4)
    assert_accessible(dialog)
    assert_tab_cycles(dialog)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    text = dialog.preview_label.text()
    assert "3 check-ins" in text
    assert "Not brought in, as nothing here holds it: Temperature (F) (3), Weather (3)." in text
    assert repos.checkins.count() == 0
    assert QApplication.focusWidget() is dialog.import_button
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as said:
        press(Qt.Key.Key_Return)
    assert said.args == ["Added from howwefeel.csv: 3 check-ins, 1 feeling word."]
    moods = sorted(dict(row[1])["mood"] for row in _everything(repos))
    assert moods == [4.0, 5.0, 7.0]


def test_bearable_categories_and_new_measures_in_the_preview(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "bearable.csv"
    shutil.copy(FIXTURES / "bearable.csv", source)
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "bearable")
    assert not dialog.preset.isVisible()
    dialog.choose_button.setFocus()
    press(Qt.Key.Key_Space)
    assert dialog.categories is not None
    uses = dialog.categories.uses()
    assert uses["Mood"] == "m:mood" and uses["Energy"] == "m:energy"
    assert uses["Bowel movements"] == "skip"
    assert_accessible(dialog)
    assert_tab_cycles(dialog)
    _choose(dialog.categories.boxes["Bowel movements"], "note")
    press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    text = dialog.preview_label.text()
    assert "6 check-ins" in text
    assert "It adds these measures to your journal: Energy, Sleep." in text
    assert "Not brought in" not in text
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert {"energy", "sleep"} <= {m.key for m in repos.measures.list()}
    assert any("Bowel movements: Normal 1" in row[3] for row in _everything(repos))


def test_cancel_mid_import_writes_nothing(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "bearable.csv"
    shutil.copy(FIXTURES / "bearable.csv", source)
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "bearable")
    dialog.set_file(source)
    dialog.show_preview()
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    before = _everything(repos)
    measures = [m.key for m in repos.measures.list(include_archived=True)]
    steps: list[int] = []

    def cancel_at_three(done: int, total: int) -> None:
        steps.append(done)
        if done == 3:
            assert dialog.run is not None
            dialog.run.cancel()  # as the Cancel button does, at a known record

    dialog.on_step = cancel_at_three
    dialog.import_button.click()
    pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: "Stopped" in dialog.message.text(), timeout=10_000)
    assert steps == [1, 2, 3]
    assert _everything(repos) == before
    assert [m.key for m in repos.measures.list(include_archived=True)] == measures
    assert dialog.isVisible() and dialog.import_button.isEnabled()


def test_the_progress_cancel_button_stops_the_run(qtbot: QtBot, repos: Repositories,
                                                  pool: QThreadPool) -> None:
    from recovery_journal.portability.progress import ImportCancelled
    from recovery_journal.ui.data.import_run import ImportRun

    parent = QWidget()
    qtbot.addWidget(parent)
    run = ImportRun(parent, "Importing…")
    run.progress.canceled.emit()
    assert run.cancelled
    with pytest.raises(ImportCancelled):
        run.step(1, 2)


def test_a_bad_value_names_its_row_in_the_dialog(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("date,time of day,category,rating/amount,detail,notes\n"
                      "1st Oct 2020,am,Mood,3,,\n1st Oct 2020,am,Mood,lots,,\n",
                      encoding="utf-8")
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "bearable")
    dialog.set_file(source)
    dialog.show_preview()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.message.text() == 'Row 3, column "rating/amount": This isn\'t a number.'


def test_a_column_of_words_given_a_measure_asks_a_number_for_each_word(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "moods.csv"
    source.write_text("day,feel,steps\n2024-01-02,great,100\n2024-01-03,Okay,50\n"
                      "2024-01-04,great,70\n", encoding="utf-8")
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "csv")
    dialog.set_file(source)
    assert dialog.columns is not None and dialog.words == []
    _choose(dialog.columns.boxes["feel"], "m:mood")
    _choose(dialog.columns.boxes["steps"], "m:hope")
    assert [box.column for box in dialog.words] == ["feel"]  # numbers need no step
    boxes = dialog.words[0].boxes
    assert list(boxes) == ["great", "Okay"]
    boxes["great"].setValue(9)
    boxes["Okay"].setValue(6)
    _choose(dialog.columns.boxes["steps"], "skip")  # another change keeps the numbers
    assert dialog.words[0].boxes["great"].value() == 9
    assert_accessible(dialog)
    dialog.show_preview()
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    assert "Not brought in, as nothing here holds it: steps (3)." in dialog.preview_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert sorted(dict(row[1])["mood"] for row in _everything(repos)) == [6.0, 9.0, 9.0]


def test_a_column_can_become_a_new_measure(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "walks.csv"
    source.write_text("day,Steps walked\n2024-01-02,12000\n2024-01-03,-2.5\n",
                      encoding="utf-8")
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "csv")
    dialog.set_file(source)
    assert dialog.columns is not None
    _choose(dialog.columns.boxes["Steps walked"], "new:Steps walked")
    dialog.show_preview()
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    assert "It adds these measures to your journal: Steps walked." in (
        dialog.preview_label.text())
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    made = {m.key: m for m in repos.measures.list()}["steps_walked"]
    assert (made.name, made.min_value, made.max_value) == ("Steps walked", -3, 12000)
    assert sorted(dict(row[1])["steps_walked"] for row in _everything(repos)) == [-2.5, 12000]


def test_closing_while_importing_stops_it_and_writes_nothing(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    source = tmp_path / "bearable.csv"
    shutil.copy(FIXTURES / "bearable.csv", source)
    dialog = _dialog(qtbot, repos, source, pool)
    _choose(dialog.format, "bearable")
    dialog.set_file(source)
    dialog.show_preview()
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible(), timeout=10_000)
    before = _everything(repos)

    def close_at_two(done: int, total: int) -> None:
        if done == 2:
            # The person closes the window mid-import (the GUI thread runs reject).
            assert dialog.busy and not dialog.import_button.isEnabled()
            assert dialog.run is not None
            dialog.run.cancel()

    dialog.on_step = close_at_two
    dialog.import_button.click()
    assert dialog.busy and not dialog.buttons.isEnabled()
    dialog.reject()  # while busy: asks the work to stop, keeps the dialog open
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "Stopped" in dialog.message.text()
    assert _everything(repos) == before
    assert dialog.buttons.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_at_200_percent_the_steps_fit_the_screen_and_scroll(
    qtbot: QtBot, qapp: QApplication, repos: Repositories, tmp_path: Path, pool: QThreadPool
) -> None:
    from recovery_journal.ui import theme

    theme.apply_text_scale(qapp, 200)
    try:
        source = tmp_path / "howwefeel.csv"
        shutil.copy(FIXTURES / "howwefeel.csv", source)
        dialog = _dialog(qtbot, repos, source, pool)
        _choose(dialog.format, "csv")
        dialog.choose_button.click()
        _choose(dialog.preset, "howwefeel")
        qtbot.wait(50)
        screen = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().height() <= screen.height()
        # Every row of the steps sits inside the scrolled area's width: nothing cut at the edge.
        viewport = dialog.mapping_area.viewport()
        holder = dialog.mapping_area.widget()
        assert holder is not None and holder.width() <= viewport.width()
        for box in holder.findChildren(QComboBox):
            right = box.mapTo(holder, box.rect().topRight()).x()
            assert right <= viewport.width(), box.accessibleName()
    finally:
        theme.apply_text_scale(qapp, 100)
