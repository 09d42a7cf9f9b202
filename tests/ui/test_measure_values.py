"""Values on Today are shown and saved exactly; steps are chosen in Settings; odd vaults build."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.charts import (
    CHART_NAMES,
    ChartOptions,
    ChartTheme,
    build_figure,
    load_chart_data,
)
from recovery_journal.portability.export import write_csv_zip, write_json
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.today.page import TodayPage
from recovery_journal.ui.today.scale import ScaleInput
from tests.ui.audit import show_active

pytestmark = pytest.mark.gui

NOW = datetime.now().astimezone()


def _today(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> TodayPage:
    page = TodayPage(repos, undo_stack)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _raw(repos: Repositories, sql: str, params: tuple[object, ...] = ()) -> None:
    """What an older version or another tool may have left, written past the checks."""
    with repos.vault.write() as w:
        w.execute(sql, params)


def test_sleep_in_halves_shows_and_saves_7_5_exactly(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    repos.measures.add("Sleep hours")
    page = _today(qtbot, repos, undo_stack)
    sleep = page.scales["sleep_hours"]
    sleep.set_value(7.5)
    assert sleep.slider.value() == 15
    assert sleep.value_label.text() == "7.5 h"
    assert sleep.high_label.text() == "16"
    page.save()
    saved = repos.checkins.recent()[0]
    assert saved.values == {"sleep_hours": 7.5}

    page.edit(saved.id)
    sleep = page.scales["sleep_hours"]
    assert sleep.value() == 7.5
    sleep.slider.setFocus()
    qtbot.keyClick(sleep.slider, Qt.Key.Key_Right)
    assert sleep.value() == 8.0
    qtbot.keyClick(sleep.slider, Qt.Key.Key_Left)
    qtbot.keyClick(sleep.slider, Qt.Key.Key_Left)
    assert sleep.value() == 7.0
    page.save()
    assert repos.checkins.get(saved.id).values == {"sleep_hours": 7.0}


def test_editing_the_note_keeps_untouched_off_step_and_outside_values_exactly(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    sleep = repos.measures.add("Sleep hours")
    focus = repos.measures.add("Focus", 0, 5, step=0.1)
    saved = repos.checkins.add(recorded_at=NOW - timedelta(hours=1),
                               values={"mood": 6.37, sleep.key: 7.25, focus.key: 3.33})
    # Since then the mood range moved past the saved value (as an older version allowed).
    _raw(repos, "UPDATE measure SET min_value = 7 WHERE key = 'mood'")
    page = _today(qtbot, repos, undo_stack)
    page.edit(saved.id)
    mood = page.scales["mood"]
    assert mood.value() == 6.37
    assert mood.value_label.text().startswith("6.37 — ")  # shown, not clamped to 7
    assert mood.slider.value() == mood.slider.minimum()
    assert page.scales[sleep.key].value_label.text() == "7.25 h"
    page.note.setPlainText("only the note changes")
    page.save()
    assert repos.checkins.get(saved.id).values == {"mood": 6.37, sleep.key: 7.25,
                                                    focus.key: 3.33}
    assert not page.message.isVisible()

    # Moving the slider is the person's choice: then its position is the value, also when
    # the handle already rests at the end the key moves it to.
    page.edit(saved.id)
    mood = page.scales["mood"]
    mood.slider.setFocus()
    qtbot.keyClick(mood.slider, Qt.Key.Key_Home)
    assert mood.value() == 7.0
    assert mood.value_label.text().startswith("7 — ")
    qtbot.keyClick(mood.slider, Qt.Key.Key_Right)
    assert mood.value() == 8.0
    page.save()
    assert repos.checkins.get(saved.id).values["mood"] == 8.0


def test_a_value_survives_measures_changing_while_it_is_on_the_form(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    saved = repos.checkins.add(recorded_at=NOW - timedelta(hours=1), values={"mood": 9.5})
    _raw(repos, "UPDATE measure SET max_value = 9 WHERE key = 'mood'")
    page = _today(qtbot, repos, undo_stack)
    page.edit(saved.id)
    repos.measures.update(repos.measures.by_key("mood").id, name="Mood now")
    page.reload_measures()  # what showing the page again after Settings does
    assert page.scales["mood"].value() == 9.5
    page.save()
    assert repos.checkins.get(saved.id).values == {"mood": 9.5}


def test_clearing_and_setting_again_starts_from_the_slider(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = _today(qtbot, repos, undo_stack)
    mood = page.scales["mood"]
    mood.set_value(6.37)
    mood.clear()
    assert mood.value() is None
    mood.slider.setFocus()
    qtbot.keyClick(mood.slider, Qt.Key.Key_Right)  # shows where the handle rests
    assert mood.value() == float(mood.slider.value())


def test_settings_adds_a_measure_in_the_chosen_steps_and_sleep_in_halves(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(repos, undo_stack, settings=AppSettings(store))
    qtbot.addWidget(page)
    show_active(qtbot, page)
    editor = page.measures
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, "Sleep")
    assert editor.new_step.currentData() == 0.5
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    sleep = repos.measures.by_key("sleep")
    assert (sleep.min_value, sleep.max_value, sleep.step) == (0, 16, 0.5)
    assert "in steps of 0.5" in editor.model.data(editor.view.currentIndex())
    assert editor.new_step.currentData() == 1.0

    qtbot.keyClicks(editor.new_name, "Focus")
    editor.new_step.setCurrentIndex(editor.new_step.findData(0.1))
    editor.new_step.activated.emit(editor.new_step.currentIndex())
    qtbot.keyClicks(editor.new_name, " level")  # a picked step stays picked
    assert editor.new_step.currentData() == 0.1
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert repos.measures.by_key("focus_level").step == 0.1

    editor.step_edit.setCurrentIndex(editor.step_edit.findData(1.0))
    editor.step_edit.activated.emit(editor.step_edit.currentIndex())
    assert repos.measures.by_key("focus_level").step == 1.0
    editor.min_spin.setValue(0.25)
    editor.max_spin.setValue(999_999.99)
    focus = repos.measures.by_key("focus_level")
    assert (focus.min_value, focus.max_value) == (0.25, 999_999.99)
    assert editor.max_spin.maximum() == 1_000_000


def _odd_vault(repos: Repositories) -> None:
    """Ranges and values no current version would write, put there with raw SQL."""
    for name in ("Endless", "Huge", "Far", "Fine"):
        repos.measures.add(name)
    for key, low, high in (("endless", -math.inf, math.inf), ("huge", 0, 1e300),
                           ("far", 2e6, 3e6), ("fine", 0.123456, 0.1234567)):
        _raw(repos, "UPDATE measure SET min_value = ?, max_value = ? WHERE key = ?",
             (key, low, high)[1:] + (key,))
    _raw(repos, "UPDATE measure SET max_value = 1e300 WHERE key = 'mood'")
    today = date.today()
    for days, values in enumerate(({"mood": 1e299, "endless": -1e300, "huge": 1e300},
                                   {"mood": 4, "far": 2.5e6, "fine": 0.1234561},
                                   {"mood": math.inf, "endless": math.inf})):
        saved = repos.checkins.add(recorded_at=NOW - timedelta(days=days), note=f"{days}")
        for key, value in values.items():
            _raw(repos, "INSERT INTO checkin_value (checkin_id, measure_id, value) "
                        "SELECT ?, id, ? FROM measure WHERE key = ?", (saved.id, value, key))
    assert repos.checkins.between(today - timedelta(days=3), today)


def test_a_vault_with_odd_ranges_still_builds_every_page_and_chart(
    qtbot: QtBot, qapp: QApplication, repos: Repositories, undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings

    _odd_vault(repos)
    today = _today(qtbot, repos, undo_stack)
    assert set(today.scales) >= {"endless", "huge", "far", "fine"}
    shown = []
    for checkin in repos.checkins.recent():
        today.edit(checkin.id)
        shown.append(today.scales["mood"].value_label.text().split(" — ")[0])
        today.save()  # untouched values go back unchanged, infinity included
        assert repos.checkins.get(checkin.id).values == checkin.values
    assert shown == ["1e+299", "4", "∞"]
    for scale in today.scales.values():
        assert scale.slider.minimum() < scale.slider.maximum()

    settings = SettingsPage(
        repos, undo_stack,
        settings=AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(settings)
    show_active(qtbot, settings)
    for row in range(settings.measures.model.rowCount()):
        settings.measures.view.setCurrentIndex(settings.measures.model.index(row))
    assert not settings.measures.message.isVisible()
    assert repos.measures.by_key("endless").min_value == -math.inf  # nothing saved by showing

    end = date.today()
    options = ChartOptions(start=end - timedelta(days=30), end=end,
                           measure_keys=("mood", "endless", "huge", "far", "fine"),
                           calendar_measure="huge", pivot_date=end - timedelta(days=1),
                           pivot_measure="endless")
    for name in CHART_NAMES:
        data = load_chart_data(repos, name, options)
        figure = build_figure(data, ChartTheme.named("light"), width_in=6, height_in=3.5)
        figure.canvas.draw()
    write_json(repos, tmp_path / "all.json")
    write_csv_zip(repos, tmp_path / "all.zip")


def test_a_scale_on_an_odd_range_keeps_the_slider_drawable(qtbot: QtBot,
                                                          repos: Repositories) -> None:
    _odd_vault(repos)
    for measure in repos.measures.list():
        scale = ScaleInput(measure)
        qtbot.addWidget(scale)
        assert -10_000_001 <= scale.slider.minimum() < scale.slider.maximum() <= 10_000_001
        scale.set_value(measure.max_value)
        assert scale.value() == measure.max_value


def test_a_vault_with_odd_ranges_still_builds_plan_rules_and_insights(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings, QThreadPool

    from recovery_journal.ui.insights.page import InsightsPage
    from recovery_journal.ui.plan.page import PlanPage

    _odd_vault(repos)
    plan = PlanPage(repos, undo_stack)
    qtbot.addWidget(plan)
    show_active(qtbot, plan)
    combo = plan.rules.measure
    for index in range(combo.count()):
        combo.setCurrentIndex(index)  # each measure's range reaches the threshold field
    insights = InsightsPage(
        repos, undo_stack, today=date.today,
        settings=AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(insights)
    insights.resize(1100, 750)
    insights.show()
    try:
        for card in insights.cards.values():
            def shown(card: object = card) -> bool:
                insights.scroll_area.ensureWidgetVisible(card)  # type: ignore[arg-type]
                return getattr(card, "state", "") == "ready"

            qtbot.waitUntil(shown, timeout=20_000)
    finally:
        insights.close()
        QThreadPool.globalInstance().waitForDone()
