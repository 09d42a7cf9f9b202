"""The recent check-ins: short columns (when, mood, hope, the rest, tags), Edit and Delete.

The table is as tall as its rows and never scrolls itself: the page is the one scroll area.
Nothing is selected until the person picks a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import CheckIn, Measure
from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.measure_words import (
    describe_value,
    measure_name,
    number_with_unit,
    short_value,
)

_NOTE_PREVIEW = 90
_TAGS_SHOWN = 3
_Index = QModelIndex | QPersistentModelIndex
_LEADING = ("mood", "hope")


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
    """Several lines: when, the values with their words or units, the tags, the note's start."""
    lines = [describe_when(checkin, today)]
    values = []
    for key, value in checkin.values.items():
        measure = measures.get(key)
        if measure is not None:
            values.append(f"{measure_name(measure)} {describe_value(measure, value)}")
    if values:
        lines.append(" · ".join(values))
    if checkin.feelings:
        lines.append(_tr("Feeling %1").replace("%1", ", ".join(checkin.feelings)))
    if checkin.tags:
        lines.append(", ".join(checkin.tags))
    note = " ".join(checkin.note.split())
    if note:
        lines.append(note if len(note) <= _NOTE_PREVIEW else note[: _NOTE_PREVIEW - 1] + "…")
    if len(lines) == 1:
        lines.append(_tr("Checked in"))
    return "\n".join(lines)


class CheckInListModel(QAbstractTableModel):
    """Recent check-ins, newest first, in short columns; the whole description as tool tip."""

    HEADERS = ("When", "Mood", "Hope", "Also", "Tags")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[CheckIn] = []
        # Each row's words, made once: the view asks for every cell at every layout and paint
        # (about 10,000 times as Today first shows), and words with units take a while to make.
        self._cells: list[tuple[str, ...]] = []
        self._measures: dict[str, Measure] = {}
        self._today = date.today()

    def set_checkins(self, checkins: list[CheckIn], measures: list[Measure], today: date) -> None:
        self.beginResetModel()
        self._records = list(checkins)
        self._measures = {m.key: m for m in measures}
        self._today = today
        self._cells = [tuple(self._cell(checkin, column) for column in range(len(self.HEADERS)))
                       for checkin in self._records]
        self.endResetModel()

    def records(self) -> list[CheckIn]:
        return list(self._records)

    def record(self, row: int) -> CheckIn:
        return self._records[row]

    def row_of(self, checkin_id: int) -> int | None:
        for row, checkin in enumerate(self._records):
            if checkin.id == checkin_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            checkin = self._records[index.row()]
            return describe_checkin(checkin, self._measures, self._today).replace("\n", ". ")
        return None

    def _value(self, checkin: CheckIn, key: str) -> str:
        value = checkin.values.get(key)
        if value is None:
            return ""
        measure = self._measures.get(key)
        return short_value(measure, value) if measure is not None else str(value)

    def _cell(self, checkin: CheckIn, column: int) -> str:
        if column == 0:
            return describe_when(checkin, self._today)
        if column in (1, 2):
            return self._value(checkin, _LEADING[column - 1])
        if column == 3:
            # Short: name and number (with its unit); the words are in the tool tip.
            others = [f"{measure_name(self._measures[k])} {number_with_unit(self._measures[k], v)}"
                      for k, v in checkin.values.items()
                      if k not in _LEADING and k in self._measures]
            note = "✎" if checkin.note.strip() else ""  # a note is there; the tool tip shows it
            felt = [", ".join(checkin.feelings)] if checkin.feelings else []
            return " · ".join([*felt, *others, note] if note else [*felt, *others])
        shown = list(checkin.tags[:_TAGS_SHOWN])
        more = len(checkin.tags) - len(shown)
        return ", ".join(shown) + (f" +{more}" if more > 0 else "")


class _CheckInView(QTableView):
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

    def fit_height(self) -> None:
        """Be exactly as tall as every row: the page scrolls, never this table."""
        rows = self.model().rowCount() if self.model() is not None else 0
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(rows))
        self.setFixedHeight(height + 2)


class CheckInList(QWidget):
    """The table with its buttons; emits the id of the check-in to edit or delete."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    hope_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckInListModel(self)
        self.view = _CheckInView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Recent check-ins"))
        self.view.setAccessibleDescription(
            self.tr("Enter edits the selected check-in; Delete removes it")
        )
        self.empty = QLabel(self.tr("No check-ins yet. How are you today?"), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected check-in"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected check-in"))
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))

        self.hope_button = QPushButton(self.tr("Add to my hope box"), self)
        self.hope_button.setAccessibleName(self.tr("Add the selected check-in to my hope box"))
        self.hope_button.clicked.connect(self._keep)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(tokens.SPACE_S)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.hope_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.SPACE_S)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.view.edit_pressed.connect(self._edit)
        self.view.doubleClicked.connect(self._edit)
        self.view.delete_pressed.connect(self._delete)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.model.modelReset.connect(self._refresh)
        self.view.selectionModel().selectionChanged.connect(self._refresh_buttons)
        self._refresh()

    def set_checkins(self, checkins: list[CheckIn], measures: list[Measure], today: date) -> None:
        """Show these check-ins, keeping the chosen one chosen where it is still there."""
        current = self.current_id()
        # The model's reset lays the list out (_refresh); choosing a row again updates the
        # buttons. Laying it out once more here measured every cell twice.
        self.model.set_checkins(checkins, measures, today)
        if current is not None:
            self.select(current)

    def current_id(self) -> int | None:
        """The check-in the person picked, or None while no row is selected."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).id if rows else None

    def select(self, checkin_id: int) -> None:
        row = self.model.row_of(checkin_id)
        if row is not None:
            self.view.selectRow(row)

    def _edit(self, *_args: object) -> None:
        current = self.current_id() if self.view.selectionModel().hasSelection() else None
        if current is None and self.view.currentIndex().isValid():
            current = self.model.record(self.view.currentIndex().row()).id
        if current is not None:
            self.edit_requested.emit(current)

    def _delete(self) -> None:
        current = self.current_id()
        if current is None and self.view.currentIndex().isValid():
            current = self.model.record(self.view.currentIndex().row()).id
        if current is not None:
            self.delete_requested.emit(current)

    def _keep(self) -> None:
        current = self.current_id()
        if current is not None:
            self.hope_requested.emit(current)

    def _refresh(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        self.edit_button.setVisible(has_rows)
        self.delete_button.setVisible(has_rows)
        self.hope_button.setVisible(has_rows)
        self.view.resizeRowsToContents()
        self.view.fit_height()
        self._refresh_buttons()

    def _refresh_buttons(self, *_args: object) -> None:
        chosen = self.view.selectionModel().hasSelection()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.hope_button.setEnabled(chosen)
