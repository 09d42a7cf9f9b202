"""Tags with completion and create-as-you-type: type a name, press Enter, it becomes a chip."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui.widgets.record_list import RecordListModel

_PAD_X = 10
_Index = QModelIndex | QPersistentModelIndex
_PAD_Y = 4
_MAX_ROWS = 4


def _clean(name: str) -> str:
    return " ".join(name.split())


class ChipDelegate(QStyledItemDelegate):
    """Draws a tag as a rounded chip in palette colours (selected chips use the highlight)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance(text) + 2 * _PAD_X, metrics.height() + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.highlight().color() if selected else palette.mid().color())
        painter.setBrush(palette.highlight() if selected else palette.button())
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        text_colour = palette.highlightedText() if selected else palette.buttonText()
        painter.setPen(text_colour.color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ChipView(QListView):
    """The chosen tags in a wrapping row; Delete or Backspace removes the current one."""

    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setItemDelegate(ChipDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        removing = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if removing and self.currentIndex().isValid():
            self.remove_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def rows_needed(self, width: int) -> int:
        """How many rows the chips take when wrapped into `width` pixels."""
        rows, used = 1, 0
        for row in range(self.model().rowCount() if self.model() else 0):
            chip = self.sizeHintForIndex(self.model().index(row, 0)).width() + 2 * self.spacing()
            if used and used + chip > width:
                rows, used = rows + 1, 0
            used += chip
        return rows

    def fit_height(self) -> None:
        """Be exactly as tall as the wrapped chips (up to four rows; more scroll)."""
        rows = min(_MAX_ROWS, self.rows_needed(max(1, self.viewport().width())))
        self.setFixedHeight(rows * self._row_height() + 2 * self.frameWidth() + 2)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 2 * _PAD_Y + 2 * self.spacing()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance("M" * 8), self.height())


class TagInput(QWidget):
    """A line edit with completion from `complete(prefix)` and the chosen tags as chips."""

    tags_changed = Signal()

    def __init__(
        self, complete: Callable[[str], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._complete = complete
        self.model: RecordListModel[str] = RecordListModel(lambda name: name, self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a tag and press Enter"))
        self.edit.setAccessibleName(self.tr("Add a tag"))
        self.edit.setAccessibleDescription(
            self.tr("Activities, people or places. Enter adds the tag; a new name is created.")
        )
        self.edit.setClearButtonEnabled(False)
        self._suggestions = QStringListModel(self)
        self.completer = QCompleter(self._suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Add tag"), self)
        self.add_button.setAccessibleName(self.tr("Add tag"))

        self.chips = ChipView(self)
        self.chips.setModel(self.model)
        self.chips.setAccessibleName(self.tr("Chosen tags"))
        self.chips.setAccessibleDescription(self.tr("Delete or Backspace removes the selected tag"))
        self.remove_button = QPushButton(self.tr("Remove tag"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected tag"))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.edit, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.chips, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.edit.textEdited.connect(self._suggest)
        self.edit.returnPressed.connect(self.commit_pending)
        self.completer.activated.connect(self._completed)
        self.add_button.clicked.connect(self.commit_pending)
        self.chips.remove_requested.connect(self.remove_at)
        self.remove_button.clicked.connect(self._remove_current)
        self._refresh()

    def tags(self) -> list[str]:
        """The chosen tag names, in the order they were added."""
        return self.model.records()

    def set_tags(self, names: Iterable[str]) -> None:
        """Show exactly these tags (repeats ignored, case-insensitively)."""
        chosen: list[str] = []
        for name in map(_clean, names):
            if name and name.casefold() not in {c.casefold() for c in chosen}:
                chosen.append(name)
        self.model.set_records(chosen)
        self._refresh()
        self.tags_changed.emit()

    def add(self, name: str) -> bool:
        """Add one tag; False if it was empty or already chosen."""
        name = _clean(name)
        current = self.tags()
        if not name or name.casefold() in {c.casefold() for c in current}:
            return False
        self.set_tags([*current, name])
        return True

    def commit_pending(self) -> None:
        """Turn whatever is typed into a tag (Enter, the Add button, or before saving)."""
        text = self.edit.text()
        self.edit.clear()
        self.add(text)

    def pending_text(self) -> str:
        return self.edit.text()

    def set_pending_text(self, text: str) -> None:
        self.edit.setText(text)

    def remove_at(self, row: int) -> None:
        """Remove the tag in `row`; focus stays in the tags, or returns to the typing field."""
        current = self.tags()
        if not 0 <= row < len(current):
            return
        del current[row]
        self.set_tags(current)
        if current:
            self.chips.setCurrentIndex(self.model.index(min(row, len(current) - 1)))
        else:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.edit.clear()
        self.set_tags([])

    def _remove_current(self) -> None:
        index = self.chips.currentIndex()
        if index.isValid():
            self.remove_at(index.row())

    def _completed(self, text: str) -> None:
        # The line edit has just taken the completion; make it a chip and empty the field.
        self.edit.clear()
        self.add(text)

    def _suggest(self, text: str) -> None:
        prefix = _clean(text)
        chosen = {c.casefold() for c in self.tags()}
        names = [n for n in self._complete(prefix) if n.casefold() not in chosen] if prefix else []
        self._suggestions.setStringList(names)

    def _refresh(self) -> None:
        has_tags = self.model.rowCount() > 0
        self.chips.fit_height()
        self.chips.setVisible(has_tags)
        self.remove_button.setVisible(has_tags)
        if has_tags and not self.chips.currentIndex().isValid():
            self.chips.setCurrentIndex(self.model.index(0))
