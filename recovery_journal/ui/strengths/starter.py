"""A few ideas for strengths, with checkboxes; only the ones the person ticks are added.

Ideas the person already has (same name, any case) are marked and cannot be ticked twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import StrengthKind
from recovery_journal.ui import tokens
from recovery_journal.ui.strengths.models import kind_name
from recovery_journal.ui.widgets.buttons import mark_main_action

Idea = tuple[str, StrengthKind, str]
_Index = QModelIndex | QPersistentModelIndex


class StarterModel(QAbstractListModel):
    """The ideas as checkable rows: "Name — kind" with the description as a second line."""

    def __init__(
        self, ideas: Sequence[Idea], existing: Iterable[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ideas = list(ideas)
        have = {name.casefold() for name in existing}
        self._had = [name.casefold() in have for name, _kind, _text in self._ideas]
        self._ticked = [False] * len(self._ideas)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._ideas)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ideas):
            return None
        row = index.row()
        name, kind, description = self._ideas[row]
        heading = f"{name} — {kind_name(kind)}"
        if self._had[row]:
            heading = self.tr("%1 (already yours)").replace("%1", heading)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{heading}\n{description}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{heading}. {description}"
        if role == Qt.ItemDataRole.CheckStateRole:
            on = self._had[row] or self._ticked[row]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(  # noqa: N802 (Qt API)
        self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if self._had[index.row()]:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(str(value)))
        self._ticked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        base = flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
        return base if self._had[index.row()] else base | flag.ItemIsUserCheckable

    def ticked(self) -> list[Idea]:
        """The ideas the person ticked (never the ones they already had)."""
        return [idea for idea, on in zip(self._ideas, self._ticked, strict=True) if on]


class StarterDialog(QDialog):
    """Space ticks the current idea; "Add the ones I ticked" adds them, Close adds nothing."""

    def __init__(
        self, ideas: Sequence[Idea], existing: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ideas for strengths"))
        intro = QLabel(self.tr(
            "Tick any that feel like yours. Nothing is added until you choose; you can change "
            "or archive them later."), self)
        intro.setWordWrap(True)
        self.model = StarterModel(ideas, existing, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(tokens.UNIT // 2)
        self.view.setAccessibleName(self.tr("Ideas for strengths"))
        self.view.setAccessibleDescription(self.tr("Space ticks or unticks the selected idea"))
        self.view.setCurrentIndex(self.model.index(0))
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.add_button: QPushButton = buttons.addButton(
            self.tr("Add the ones I ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add the ones I ticked"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        mark_main_action(buttons)
        self.close_button.setAccessibleName(self.tr("Close without adding"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._update_count)
        self._update_count()
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 40, metrics.lineSpacing() * 30)

    def ticked(self) -> list[Idea]:
        return self.model.ticked()

    def _update_count(self) -> None:
        ticked = len(self.model.ticked())
        self.add_button.setEnabled(ticked > 0)
        self.count.setText(
            self.tr("Nothing ticked yet.") if ticked == 0
            else self.tr("%n ticked.", "", ticked)
        )
