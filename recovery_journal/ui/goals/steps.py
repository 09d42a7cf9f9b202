"""A goal's steps: add (with an optional due day), reorder, tick off, delete (undoable)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Goal, GoalStep
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.goals import Goals
from recovery_journal.ui.goals.deletable_list import DeletableListView
from recovery_journal.ui.goals.editor import OptionalDate
from recovery_journal.ui.goals.layout import FlowLayout, style_item_view
from recovery_journal.ui.goals.words import day_text

Index = QModelIndex | QPersistentModelIndex


class StepsModel(QAbstractListModel):
    """Steps in order; the check box is "done". Ticking emits `toggled(step_id, done)`."""

    toggled = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[GoalStep] = []

    def set_steps(self, steps: list[GoalStep] | tuple[GoalStep, ...]) -> None:
        """Show these steps; the same steps in the same order only change, never reset."""
        steps = list(steps)
        if [s.id for s in steps] == [s.id for s in self._steps]:
            # A tick arrives here while the view is still inside setData: no reset then.
            self._steps = steps
            if steps:
                self.dataChanged.emit(self.index(0), self.index(len(steps) - 1))
            return
        self.beginResetModel()
        self._steps = steps
        self.endResetModel()

    def step(self, row: int) -> GoalStep | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def row_of(self, step_id: int) -> int | None:
        return next((row for row, s in enumerate(self._steps) if s.id == step_id), None)

    def describe(self, step: GoalStep) -> str:
        text = step.title
        if step.due_on is not None:
            text += self.tr(" — by %1").replace("%1", day_text(step.due_on))
        if step.done_at is not None:
            text += self.tr(" — done")
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        step = self.step(index.row()) if index.isValid() else None
        if step is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.describe(step)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.done_at else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        step = self.step(index.row()) if index.isValid() else None
        if step is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.toggled.emit(step.id, checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)




class StepsEditor(QWidget):
    """The steps of one goal. Writes go straight to the vault; deleting asks the page."""

    changed = Signal(str)  # a short status to announce
    delete_requested = Signal(int)

    def __init__(self, goals: Goals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self._goal_id: int | None = None
        self.model = StepsModel(self)
        self.view = DeletableListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Steps"))
        self.view.setAccessibleDescription(self.tr(
            "Space ticks a step off; Alt+Up and Alt+Down change the order; Delete removes it"))
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        style_item_view(self.view)
        self.empty = QLabel(self.tr("No steps yet. What's one small thing you could do first?"),
                            self)
        self.empty.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Tick off"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.delete_button = QPushButton(self.tr("Delete step"), self)
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setAccessibleName(button.text())
        self.new_title = QLineEdit(self)
        self.new_title.setAccessibleName(self.tr("New step"))
        self.new_title.setPlaceholderText(self.tr("A small next step"))
        self.due = OptionalDate(self.tr("Due date"), self.tr("Due date of the new step"), self)
        self.add_button = QPushButton(self.tr("Add step"), self)
        self.add_button.setAccessibleName(self.tr("Add the new step"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        new_label = QLabel(self.tr("New ste&p"), self)
        new_label.setBuddy(self.new_title)
        adding = QHBoxLayout()
        adding.addWidget(new_label)
        adding.addWidget(self.new_title, 1)
        adding_more = FlowLayout()
        adding_more.addWidget(self.due)
        adding_more.addWidget(self.add_button)
        buttons = FlowLayout()
        for button in (self.done_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(adding)
        layout.addLayout(adding_more)
        layout.addWidget(self.message)

        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.move_selected(s))
            self.view.addAction(action)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.done_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self._delete)
        self.view.delete_pressed.connect(self._delete)
        self.add_button.clicked.connect(self.add_step)
        self.new_title.returnPressed.connect(self.add_step)
        self.model.toggled.connect(self.set_done)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._refresh())
        self.model.modelReset.connect(self._refresh)
        self._refresh()

    def show_goal(self, goal: Goal) -> None:
        """Show this goal's steps, keeping the chosen step where it is still there."""
        if goal.id != self._goal_id:
            self.new_title.clear()
            self.due.set_value(None)
            self.message.hide()
        current = self.current_step()
        self._goal_id = goal.id
        self.model.set_steps(goal.steps)
        self._choose(current.id if current else None)

    def _choose(self, step_id: int | None, fallback_row: int = 0) -> None:
        row = self.model.row_of(step_id) if step_id is not None else None
        if row is None:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self._refresh()

    def current_step(self) -> GoalStep | None:
        index = self.view.currentIndex()
        return self.model.step(index.row()) if index.isValid() else None

    def _reload(self, select: int | None, text: str, fallback_row: int = 0) -> None:
        if self._goal_id is None:
            return
        try:
            goal = self._goals.get(self._goal_id)
        except NotFoundError:
            return
        self.model.set_steps(goal.steps)
        self._choose(select, fallback_row)
        self.changed.emit(text)

    # -- actions ------------------------------------------------------------------------------

    def add_step(self) -> None:
        if self._goal_id is None:
            return
        try:
            step = self._goals.add_step(self._goal_id, self.new_title.text(), self.due.value())
        except (ValueError, NotFoundError) as problem:
            self.message.setText(str(problem) or self.tr("That goal is no longer here."))
            self.message.show()
            return
        self.message.hide()
        self.new_title.clear()
        self.due.set_value(None)
        self._reload(step.id, self.tr("Step added"))

    def move_selected(self, offset: int) -> None:
        step = self.current_step()
        if step is None:
            return
        target = step.position + offset
        if not 0 <= target < self.model.rowCount():
            return
        self._goals.move_step(step.id, target)
        self._reload(step.id, self.tr("Step moved to place %1").replace("%1", str(target + 1)))

    def toggle_selected(self) -> None:
        step = self.current_step()
        if step is not None:
            self.set_done(step.id, step.done_at is None)

    def set_done(self, step_id: int, done: bool) -> None:
        try:
            self._goals.set_step_done(step_id, done)
        except NotFoundError:
            return
        self._reload(step_id, self.tr("Step ticked off") if done else self.tr("Step not done yet"))

    def _delete(self) -> None:
        step = self.current_step()
        if step is not None:
            self.delete_requested.emit(step.id)

    def after_delete(self, row: int) -> None:
        """Keep the selection near where a deleted step was."""
        self._choose(None, row)

    def _refresh(self) -> None:
        has_steps = self.model.rowCount() > 0
        self.empty.setVisible(not has_steps)
        self.view.setVisible(has_steps)
        step = self.current_step()
        row = self.view.currentIndex().row()
        for button in (self.done_button, self.up_button, self.down_button, self.delete_button):
            button.setVisible(has_steps)
        self.done_button.setEnabled(step is not None)
        self.delete_button.setEnabled(step is not None)
        self.up_button.setEnabled(step is not None and row > 0)
        self.down_button.setEnabled(step is not None and row < self.model.rowCount() - 1)
        done = step is not None and step.done_at is not None
        self.done_button.setText(self.tr("Not done yet") if done else self.tr("Tick off"))
        self.done_button.setAccessibleName(
            self.tr("Mark the selected step as not done yet") if done
            else self.tr("Tick off the selected step"))
