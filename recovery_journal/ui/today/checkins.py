"""The recent check-ins: a list with Edit and Delete, and a warm empty state."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from recovery_journal.model import CheckIn, Measure
from recovery_journal.ui.widgets.measure_words import describe_value
from recovery_journal.ui.widgets.record_list import RecordListModel

_NOTE_PREVIEW = 90


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckInList", text)


def describe_when(checkin: CheckIn, today: date) -> str:
    """"Today, 14:05", "Yesterday, 09:30" or "Mon 2 Mar, 14:05" in the check-in's own time."""
    moment = checkin.recorded_at
    locale = QLocale()
    clock = locale.toString(QTime(moment.hour, moment.minute), "HH:mm")
    day = checkin.local_date
    if day == today:
        return _tr("Today, %1").replace("%1", clock)
    if day == today - timedelta(days=1):
        return _tr("Yesterday, %1").replace("%1", clock)
    pattern = "ddd d MMM" if day.year == today.year else "ddd d MMM yyyy"
    return f"{locale.toString(QDate(day.year, day.month, day.day), pattern)}, {clock}"


def describe_checkin(checkin: CheckIn, measures: Mapping[str, Measure], today: date) -> str:
    """Several lines: when, the values with their words, the tags, the start of the note."""
    lines = [describe_when(checkin, today)]
    values = []
    for key, value in checkin.values.items():
        measure = measures.get(key)
        if measure is not None:
            values.append(f"{measure.name} {describe_value(measure, value)}")
    if values:
        lines.append(" · ".join(values))
    if checkin.tags:
        lines.append(", ".join(checkin.tags))
    note = " ".join(checkin.note.split())
    if note:
        lines.append(note if len(note) <= _NOTE_PREVIEW else note[: _NOTE_PREVIEW - 1] + "…")
    if len(lines) == 1:
        lines.append(_tr("Checked in"))
    return "\n".join(lines)


class CheckInListModel(RecordListModel[CheckIn]):
    """Recent check-ins, newest first, described in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._describe, parent)
        self._measures: dict[str, Measure] = {}
        self._today = date.today()

    def set_checkins(self, checkins: list[CheckIn], measures: list[Measure], today: date) -> None:
        self._measures = {m.key: m for m in measures}
        self._today = today
        self.set_records(checkins)

    def row_of(self, checkin_id: int) -> int | None:
        for row, checkin in enumerate(self.records()):
            if checkin.id == checkin_id:
                return row
        return None

    def _describe(self, checkin: CheckIn) -> str:
        return describe_checkin(checkin, self._measures, self._today)


class _CheckInView(QListView):
    edit_pressed = Signal()
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class CheckInList(QWidget):
    """The list view with its buttons; emits the id of the check-in to edit or delete."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckInListModel(self)
        self.view = _CheckInView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setAccessibleName(self.tr("Recent check-ins"))
        self.view.setAccessibleDescription(
            self.tr("Enter edits the selected check-in; Delete removes it")
        )
        self.view.setMinimumHeight(self.fontMetrics().height() * 10)
        self.empty = QLabel(self.tr("No check-ins yet. How are you today?"), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected check-in"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected check-in"))
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.view.edit_pressed.connect(self._edit)
        self.view.doubleClicked.connect(self._edit)
        self.view.delete_pressed.connect(self._delete)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.model.modelReset.connect(self._refresh)
        self._refresh()

    def set_checkins(self, checkins: list[CheckIn], measures: list[Measure], today: date) -> None:
        """Show these check-ins, keeping the same one selected where it is still there."""
        current = self.current_id()
        self.model.set_checkins(checkins, measures, today)
        row = self.model.row_of(current) if current is not None else None
        if row is None and checkins:
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))
        self._refresh()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    def select(self, checkin_id: int) -> None:
        row = self.model.row_of(checkin_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    def _edit(self, *_args: object) -> None:
        current = self.current_id()
        if current is not None:
            self.edit_requested.emit(current)

    def _delete(self) -> None:
        current = self.current_id()
        if current is not None:
            self.delete_requested.emit(current)

    def _refresh(self) -> None:
        has_rows = self.model.rowCount(QModelIndex()) > 0
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        self.edit_button.setVisible(has_rows)
        self.delete_button.setVisible(has_rows)
