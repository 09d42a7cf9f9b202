"""Small views for the strengths page: a sortable read-only table (one Tab stop, Enter edits,
Delete deletes), and helpers for headings and buttons."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QPushButton,
    QTableView,
    QWidget,
)

from recovery_journal.ui.strengths.models import ID_ROLE, SORT_ROLE


class RecordTableView(QTableView):
    """Rows are records shown through a sorting proxy; `current_id()` is the chosen record."""

    edit_pressed = Signal()
    delete_pressed = Signal()

    def __init__(
        self, source: QAbstractItemModel, stretch: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(source)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        # Tab leaves the table instead of walking its cells (otherwise a keyboard trap).
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # One column takes the room that is left; the others fit their text.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def current_id(self) -> int | None:
        """The id of the record in the current row, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(index.siblingAtColumn(0), ID_ROLE)
        return value if isinstance(value, int) else None

    def select_id(self, record_id: int | None) -> bool:
        """Make the row of `record_id` current; False if it is not shown."""
        if record_id is None:
            return False
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), ID_ROLE) == record_id:
                self.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.setCurrentIndex(self.proxy.index(0, 0))




def make_button(text: str, name: str, parent: QWidget, tip: str = "") -> QPushButton:
    """A push button with its accessible name and an optional tooltip."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


def set_layout_visible(layout: QLayout, visible: bool) -> None:
    """Show or hide every widget directly in `layout`."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setVisible(visible)
