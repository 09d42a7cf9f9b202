"""The goals list: a tree grouped by status (Active, Paused, Achieved, Let go), by life area.

Top-level rows are the status groups that have goals; their children are the goals, each with
its life area, the smallest next step (active goals) and the latest progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Goal, GoalStatus, LifeDomain
from recovery_journal.ui.goals.layout import style_item_view
from recovery_journal.ui.goals.words import (
    STATUS_ORDER,
    next_step_line,
    progress_line,
    standing,
    status_name,
)
from recovery_journal.ui.widgets.life_areas import area_name

Index = QModelIndex | QPersistentModelIndex
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
# internalId of a group row; a goal row stores its group's row + 1, so parent() is cheap.
_GROUP = 0


class GoalTreeModel(QAbstractItemModel):
    """Goals grouped by status; `set_filter(domain_id)` shows one life area (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._goals: list[Goal] = []
        self._domains: dict[int, str] = {}
        self._domain_filter: int | None = None
        self._groups: list[tuple[GoalStatus, list[Goal]]] = []

    # -- filling ------------------------------------------------------------------------------

    def set_goals(self, goals: Iterable[Goal], domains: Mapping[int, str]) -> None:
        """Show these goals; `domains` maps life-area id to its name."""
        self.beginResetModel()
        self._goals = list(goals)
        self._domains = dict(domains)
        self._regroup()
        self.endResetModel()

    def set_filter(self, domain_id: int | None) -> None:
        """Show only goals of this life area (None shows every goal)."""
        if domain_id == self._domain_filter:
            return
        self.beginResetModel()
        self._domain_filter = domain_id
        self._regroup()
        self.endResetModel()

    def update_goal(self, goal: Goal) -> None:
        """Show a goal's new title or details in place (its group stays until the next fill)."""
        self._goals = [goal if g.id == goal.id else g for g in self._goals]
        for group_row, (_status, members) in enumerate(self._groups):
            for row, shown in enumerate(members):
                if shown.id == goal.id:
                    members[row] = goal
                    index = self.createIndex(row, 0, group_row + 1)
                    self.dataChanged.emit(index, index)

    def domain_filter(self) -> int | None:
        return self._domain_filter

    def _regroup(self) -> None:
        shown = [g for g in self._goals
                 if self._domain_filter is None or g.life_domain_id == self._domain_filter]
        self._groups = []
        for status in STATUS_ORDER:
            members = [g for g in shown if g.status == status]
            if members:
                self._groups.append((status, members))

    # -- finding ------------------------------------------------------------------------------

    def goal_count(self) -> int:
        """How many goals are shown (after the filter)."""
        return sum(len(members) for _status, members in self._groups)

    def all_goal_count(self) -> int:
        """How many goals there are, whatever the filter."""
        return len(self._goals)

    def goal_at(self, index: Index) -> Goal | None:
        value = self.data(index, GOAL_ROLE)
        return value if isinstance(value, Goal) else None

    def index_of(self, goal_id: int) -> QModelIndex:
        """The index of a shown goal, or an invalid index if it is not shown."""
        for group_row, (_status, members) in enumerate(self._groups):
            for row, goal in enumerate(members):
                if goal.id == goal_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def first_goal(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # -- the model ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or not 0 <= parent.row() < len(self._groups):
            return QModelIndex()
        members = self._groups[parent.row()][1]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(members) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _GROUP:
            return 0
        return len(self._groups[parent.row()][1]) if parent.row() < len(self._groups) else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() != 0:
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index.row(), role)
        group_row = index.internalId() - 1
        if not 0 <= group_row < len(self._groups):
            return None
        members = self._groups[group_row][1]
        if not 0 <= index.row() < len(members):
            return None
        goal = members[index.row()]
        if role == GOAL_ROLE:
            return goal
        if role == GOAL_ID_ROLE:
            return goal.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(goal)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(goal).replace("\n", ". ")
        return None

    def _group_data(self, row: int, role: int) -> object:
        if not 0 <= row < len(self._groups):
            return None
        status, members = self._groups[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("%1 (%2)").replace("%1", status_name(status)).replace(
                "%2", str(len(members)))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def describe(self, goal: Goal) -> str:
        """The lines a goal shows: title; next step or where it stands; area and progress."""
        lines = [goal.title]
        if goal.status == GoalStatus.ACTIVE:
            lines.append(next_step_line(goal))
        elif goal.status != GoalStatus.PAUSED:
            lines.append(standing(goal))
        details = []
        area = self._domains.get(goal.life_domain_id) if goal.life_domain_id is not None else None
        if area:
            details.append(area)
        progress = progress_line(goal)
        if progress:
            details.append(progress)
        if details:
            lines.append(" · ".join(details))
        return "\n".join(lines)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text (a tree view otherwise sizes rows for one width)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        # Room lost to indentation, item padding and the style's text margins.
        width = self._view.viewport().width() - self._view.indentation() * depth - 20
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = metrics.boundingRect(
            QRect(0, 0, max(width, 40), 1_000_000), Qt.TextFlag.TextWordWrap, text).height()
        return QSize(hint.width(), max(hint.height(), needed + 10))


class _GoalTree(QTreeView):
    delete_pressed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # a new width wraps the text differently

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class GoalList(QWidget):
    """The filter, the grouped goals and their buttons; emits the chosen goal's id (or None)."""

    current_changed = Signal(object)  # int | None
    new_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GoalTreeModel(self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show goals of a life area"))
        filter_label = QLabel(self.tr("&Life area"), self)
        filter_label.setBuddy(self.filter)
        self.new_button = QPushButton(self.tr("New goal"), self)
        self.new_button.setAccessibleName(self.tr("New goal"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.view = _GoalTree(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setItemDelegate(_WrappingDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style_item_view(self.view)
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.setAccessibleDescription(
            self.tr("Grouped by where each goal stands. Delete removes the selected goal."))
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.delete_button = QPushButton(self.tr("Delete goal"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected goal"))
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))

        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        # The label above its choice: side by side they held the list's column (and the page)
        # wider than the screen at 200 % in a longer language.
        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(new_row)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(delete_row)
        QWidget.setTabOrder(self.new_button, self.filter)
        QWidget.setTabOrder(self.filter, self.view)
        QWidget.setTabOrder(self.view, self.delete_button)

        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self._delete)
        self.view.delete_pressed.connect(self._delete)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self.view.expandAll)
        self._refresh()

    def set_goals(self, goals: list[Goal], domains: list[LifeDomain], select: int | None) -> None:
        """Show these goals and the life areas to filter by; keep `select` chosen if shown."""
        used = {g.life_domain_id for g in goals}
        shown = [d for d in domains if not d.archived or d.id in used]
        self._set_filter_choices(shown)
        self.model.set_goals(goals, {d.id: area_name(d.name) for d in domains})
        self._select(select)

    def _set_filter_choices(self, domains: list[LifeDomain]) -> None:
        wanted = self.model.domain_filter()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All life areas"), None)
        for domain in domains:
            self.filter.addItem(area_name(domain.name), domain.id)
        position = self.filter.findData(wanted) if wanted is not None else 0
        self.filter.setCurrentIndex(max(position, 0))
        self.filter.blockSignals(False)
        if position < 0:  # the area it showed is gone: show everything again
            self.model.set_filter(None)

    def first_id(self) -> int | None:
        """The goal shown first (the first active one, if any)."""
        goal = self.model.goal_at(self.model.first_goal())
        return goal.id if goal is not None else None

    def current_id(self) -> int | None:
        goal = self.model.goal_at(self.view.currentIndex())
        return goal.id if goal is not None else None

    def select(self, goal_id: int | None) -> None:
        """Choose this goal (if shown), or the first goal, or nothing when there are none."""
        self._select(goal_id)

    def _select(self, goal_id: int | None) -> None:
        index = self.model.index_of(goal_id) if goal_id is not None else QModelIndex()
        if not index.isValid() and goal_id is not None:
            index = self.model.first_goal()
        if index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self.view.selectionModel().clearCurrentIndex()
        self._refresh()
        self.current_changed.emit(self.current_id())

    def _filter_changed(self, _position: int) -> None:
        current = self.current_id()
        self.model.set_filter(self.filter.currentData())
        self._select(current)

    def _current_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        self._refresh()
        self.current_changed.emit(self.current_id())

    def _delete(self) -> None:
        current = self.current_id()
        if current is not None:
            self.delete_requested.emit(current)

    def _refresh(self) -> None:
        if self.model.all_goal_count() == 0:
            self.empty.setText(
                self.tr("A goal can be small. What would you like to move towards?"))
        else:
            self.empty.setText(self.tr(
                "No goals in this life area yet. Choose \"All life areas\" to see the others."))
        shown = self.model.goal_count() > 0
        self.empty.setVisible(not shown)
        self.view.setVisible(shown)
        self.delete_button.setVisible(self.current_id() is not None)
