"""The supports log in My plan: add, record a change, find, set aside with undo, keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.plan.page import SUPPORTS_ROW, PlanPage
from recovery_journal.ui.supports.words import event_sentence, support_line
from tests.ui.audit import assert_accessible, assert_tab_cycles


def test_the_log_adds_records_finds_and_sets_aside_with_undo(
    qtbot: QtBot, vault: Vault
) -> None:
    repos = Repositories.from_vault(vault)
    undo = QUndoStack()
    page = PlanPage(repos, undo)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.sections.setCurrentRow(SUPPORTS_ROW)
    log = page.supports
    assert page.stack.currentWidget() is log
    assert log.empty.isVisible() and not log.timeline.isVisible()
    assert not log.change_button.isEnabled()
    # Add a medicine, started on a chosen day.
    dialog = log.add_support()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SupportKind.MEDICINE.value))
    assert not dialog.kind_name.isEnabled()
    dialog.name.setText("Sertraline")
    dialog.dose.setText("50 mg")
    dialog.how_often.setText("each morning")
    dialog.started.setChecked(True)
    dialog.start_day.setDate(QDate(2026, 3, 3))
    dialog.accept()
    med = repos.supports.list()[0]
    assert med.since == date(2026, 3, 3) and not log.empty.isVisible()
    # The kind is a heading row; the support is chosen and its timeline shows.
    assert log.list.item(0).text() == "Medicines"
    assert log.list.currentItem().text() == support_line(med)
    assert "since" in support_line(med) and "50 mg, each morning" in support_line(med)
    assert log.timeline.count() == 1 and "Started" in log.timeline.item(0).text()
    # Record a dose change with a note; the day defaults to today.
    change = log.record_change()
    assert change is not None and change.day.date() == QDate.currentDate()
    change.day.setDate(QDate(2026, 4, 2))
    change.dose.setText("100 mg")
    change.note.setPlainText("Less foggy")
    change.accept()
    med = repos.supports.get(med.id)
    assert med.current_dose == "100 mg" and med.events[-1].kind is SupportEventKind.CHANGED
    assert log.timeline.count() == 2 and "Less foggy" in log.timeline.item(1).text()
    assert event_sentence(med, med.events[0]) == "Started Sertraline on Tue 3 Mar 2026"
    # A change recorded by mistake is set aside, and Ctrl+Z (the undo stack) brings it back.
    assert not log.remove_change_button.isEnabled()
    log.timeline.setCurrentRow(1)
    log.set_change_aside()
    assert repos.supports.get(med.id).events == med.events[:1]
    assert log.timeline.count() == 1 and log.current_id() == med.id
    undo.undo()
    assert repos.supports.get(med.id).events == med.events
    # A group, found by its note; a name without a match shows the calm line.
    repos.supports.add(SupportKind.GROUP, "Peer group", note="Thursdays at the library")
    log.reload()
    log.filter.setText("library")
    texts = [log.list.item(i).text() for i in range(log.list.count())]
    assert texts[0] == "Peer and self-help groups" and len(texts) == 2
    log.filter.setText("foggy")  # an event's note finds its support
    assert log.list.count() == 2 and log.current_id() == med.id
    log.filter.setText("zzz")
    assert log.list.count() == 0 and log.empty.isVisible()
    log.filter.clear()
    assert_accessible(page)
    assert_tab_cycles(page)
    # Set aside, then undo brings it back whole.
    log.list.setCurrentRow(1)
    log.set_aside()
    assert [s.name for s in repos.supports.list()] == ["Peer group"]
    undo.undo()
    assert repos.supports.get(med.id).events == med.events


def test_an_empty_name_is_refused_plainly(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = PlanPage(repos, QUndoStack())
    qtbot.addWidget(page)
    dialog = page.supports.add_support()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SupportKind.OTHER.value))
    assert dialog.kind_name.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() == "Please give it a name."
    assert repos.supports.list() == []
    dialog.reject()


def test_chart_controls_offer_the_toggle_and_a_change_as_pivot(
    qtbot: QtBot, vault: Vault
) -> None:
    from PySide6.QtWidgets import QGridLayout, QWidget

    from recovery_journal.charts.registry import BEFORE_AFTER, MOOD_HOPE
    from recovery_journal.ui.insights.controls import ChartControls

    repos = Repositories.from_vault(vault)
    med = repos.supports.add(SupportKind.MEDICINE, "Sertraline", started=date(2026, 3, 3))
    note = repos.supports.record(med.id, date(2026, 3, 4), "note", note="Tired")
    changed = repos.supports.record(med.id, date(2026, 4, 2), "changed", dose="100 mg")
    parent = QWidget()
    qtbot.addWidget(parent)
    controls = ChartControls(date(2026, 5, 1))
    controls.build_mood_hope(QGridLayout(), parent)
    pivot_grid = QGridLayout(parent)
    controls.build_pivot(pivot_grid, parent)
    assert controls.options(MOOD_HOPE.name) == {"show_supports": True}
    with qtbot.waitSignal(controls.changed) as said:
        controls._support_toggles[MOOD_HOPE.name].setChecked(False)
    assert said.args == [MOOD_HOPE.name]
    assert controls.options(MOOD_HOPE.name) == {"show_supports": False}
    # Before no supports are offered, choosing "a change in my supports" compares around none.
    controls.set_supports([])
    controls.pivot_kind.setCurrentIndex(controls.pivot_kind.findData("support"))
    assert controls.options(BEFORE_AFTER.name)["pivot_support_event"] == -1
    controls.set_supports(repos.supports.list())
    offered = [controls.pivot_support.itemData(i) for i in range(controls.pivot_support.count())]
    assert offered == [changed.id, med.events[0].id] and note.id not in offered  # newest first
    assert controls.pivot_support.itemText(0) == "Changed Sertraline 100 mg on Thu 2 Apr 2026"
    chosen = controls.options(BEFORE_AFTER.name)
    assert chosen["pivot_support_event"] == changed.id and chosen["pivot_date"] is None
    controls.pivot_kind.setCurrentIndex(controls.pivot_kind.findData("date"))
    assert controls.options(BEFORE_AFTER.name)["pivot_support_event"] is None
