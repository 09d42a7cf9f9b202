"""Above the search results: how many entries match, and how they are sorted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from recovery_journal.model import SearchOrder


class ResultsHeader(QWidget):
    """The true number of matches and the sort choice (kept while the journal is open)."""

    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Best match"), SearchOrder.BEST.value)
        self.sort.addItem(self.tr("Newest first"), SearchOrder.NEWEST.value)
        self.sort.addItem(self.tr("Oldest first"), SearchOrder.OLDEST.value)
        self.sort.setAccessibleName(self.tr("Sort results"))
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_label = QLabel(self.tr("Sort"), self)
        self.sort_label.setBuddy(self.sort)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.sort_label)
        layout.addWidget(self.sort)
        self.sort.currentIndexChanged.connect(self.order_changed)

    def order(self) -> SearchOrder:
        """The chosen order of the results."""
        return SearchOrder(self.sort.currentData())

    def set_count(self, total: int) -> None:
        """Say how many entries match in all."""
        self.note.setText(self.tr("%n entries match", "", total))

    def describe_order(self) -> str:
        """How the results are sorted, for screen readers."""
        return {
            SearchOrder.BEST: self.tr("Best match first."),
            SearchOrder.NEWEST: self.tr("Newest first."),
            SearchOrder.OLDEST: self.tr("Oldest first."),
        }[self.order()]
