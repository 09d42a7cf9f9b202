"""A read-only list model over frozen dataclasses, shown through a formatter function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordListModel(QAbstractListModel, Generic[T]):
    """Rows are records; the view shows `text(record)`; RECORD_ROLE returns the record itself."""

    def __init__(
        self, text: Callable[[T], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        """Replace every row (a reset keeps selection logic simple for short lists)."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self._text(record)
            # Screen readers read one line better than several.
            return text.replace("\n", ". ") if role != Qt.ItemDataRole.DisplayRole else text
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
