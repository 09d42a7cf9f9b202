"""Layout helpers for the Goals page: a row of buttons that wraps, and readable list items."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QLayout, QLayoutItem, QListWidget, QWidget

# Roomier rows; the check boxes' look comes from the application stylesheet (ui/stylesheet.py).
_ITEM_VIEW_STYLE = "QAbstractItemView::item { padding: 3px 2px; }"


def style_item_view(view: QAbstractItemView) -> None:
    """Give a list roomier rows and check boxes that are easy to see in every palette."""
    view.setStyleSheet(_ITEM_VIEW_STYLE)


class RowsList(QListWidget):
    """A list as tall as its rows (three to `max_rows`) at any text size, so names show whole."""

    def __init__(self, parent: QWidget | None = None, max_rows: int = 8) -> None:
        super().__init__(parent)
        self._max_rows = max_rows

    def _height_for(self, rows: int) -> int:
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().lineSpacing() + 6
        return max(row, 1) * rows + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        rows = min(max(self.count(), 3), self._max_rows)
        return QSize(super().sizeHint().width(), self._height_for(rows))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().minimumSizeHint().width(), self._height_for(min(self.count(), 3)))


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps onto a new line when the row is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()
