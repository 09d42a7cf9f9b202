"""The main window's section list: roomy rows, exactly as wide as its longest title."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListWidget, QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem


class _RoomyRows(QStyledItemDelegate):
    """Taller rows (half a line of space) that grow with the text size."""

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        return QSize(hint.width() + line, hint.height() + line // 2)


class NavigationList(QListWidget):
    """The section list: exactly as wide as its longest title, at any text size."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(_RoomyRows(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8
        return QSize(max(width, 120), hint.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
