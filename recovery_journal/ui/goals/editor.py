"""The goal form (title, why, life area, target date, helping strengths) and its status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Goal, GoalStatus, LifeDomain, Strength
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.goals import Goals
from recovery_journal.ui.goals.layout import FlowLayout, RowsList, style_item_view
from recovery_journal.ui.goals.words import standing, status_name
from recovery_journal.ui.widgets.life_areas import area_name
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox


class DateEdit(QDateEdit):
    """A date field that is one Tab stop; arrow keys move between its parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setDate(QDate.currentDate())

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        # QDateEdit would otherwise spend three Tab presses on its own sections.
        return QWidget.focusNextPrevChild(self, next)


class OptionalDate(QWidget):
    """A check box ("Target date") that turns on a date field beside it."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: QCheckBox = WrapCheckBox(label, self)  # wraps beside the date at 200 %
        self.check.setAccessibleName(label)
        self.edit = DateEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen: date = self.edit.date().toPython()  # type: ignore[assignment]
        return chosen

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())


class GoalForm(QWidget):
    """Title, why it matters, life area, target date and strengths; Save adds or changes."""

    saved = Signal(int, str)  # goal id, a short status to announce
    problem = Signal(str)

    def __init__(self, goals: Goals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self._goal: Goal | None = None
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Goal title"))
        self.title.setPlaceholderText(self.tr("e.g. Walk by the river on Saturdays"))
        self.why = QPlainTextEdit(self)
        self.why.setTabChangesFocus(True)
        self.why.setAccessibleName(self.tr("Why it matters to me"))
        self.why.setPlaceholderText(self.tr("What moving towards this would mean to you"))
        lines = self.fontMetrics().lineSpacing()
        self.why.setMinimumHeight(lines * 3)
        self.why.setMaximumHeight(lines * 5)
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Life area"))
        self.target = OptionalDate(self.tr("Target date"), self.tr("Target date"), self)
        self.strengths = RowsList(self)
        self.strengths.setAccessibleName(self.tr("Strengths that help"))
        self.strengths.setAccessibleDescription(self.tr("Space ticks or unticks a strength"))
        self.strengths.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Ticks say what helps; a highlighted row would look chosen when it is only current.
        self.strengths.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # Long names wrap instead of being cut (review item 29).
        self.strengths.setWordWrap(True)
        self.strengths.setTextElideMode(Qt.TextElideMode.ElideNone)
        style_item_view(self.strengths)
        self.no_strengths = QLabel(
            self.tr("No strengths yet. You can add some on the Strengths page."), self)
        self.no_strengths.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Add goal"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Why it matters to me"), self.why)
        form.addRow(self.tr("Life &area"), self.area)
        form.addRow("", self.target)
        strengths_box = QVBoxLayout()
        strengths_box.addWidget(self.no_strengths)
        strengths_box.addWidget(self.strengths)
        form.addRow(self.tr("&Strengths that help"), strengths_box)
        label = form.labelForField(strengths_box)
        if isinstance(label, QLabel):
            label.setBuddy(self.strengths)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        # The hint wraps beside Save: on one line it held the page wider than the screen at
        # 200 % in a longer language.
        saves = QLabel(self.tr("Ctrl+Enter saves"), self)
        saves.setWordWrap(True)
        buttons.addWidget(saves, 1)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    # -- loading ------------------------------------------------------------------------------

    def goal(self) -> Goal | None:
        """The goal being changed, or None for a new one."""
        return self._goal

    def load(self, goal: Goal | None, domains: list[LifeDomain], strengths: list[Strength]) -> None:
        """Show `goal` (None: an empty form for a new goal) with these choices."""
        self._goal = goal
        self.message.hide()
        self.title.setText(goal.title if goal else "")
        self.why.setPlainText(goal.why if goal else "")
        chosen_area = goal.life_domain_id if goal else None
        self.area.clear()
        self.area.addItem(self.tr("No particular life area"), None)
        for domain in domains:
            if not domain.archived or domain.id == chosen_area:
                self.area.addItem(area_name(domain.name), domain.id)
        self.area.setCurrentIndex(max(self.area.findData(chosen_area), 0))
        self.target.set_value(goal.target_date if goal else None)
        helping = set(goal.strength_ids) if goal else set()
        self.strengths.clear()
        for strength in strengths:
            if strength.archived and strength.id not in helping:
                continue
            item = QListWidgetItem(strength.name, self.strengths)
            item.setData(Qt.ItemDataRole.UserRole, strength.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if strength.id in helping else Qt.CheckState.Unchecked)
        if self.strengths.count():
            self.strengths.setCurrentRow(0)
        self.strengths.setVisible(self.strengths.count() > 0)
        self.strengths.updateGeometry()
        self.no_strengths.setVisible(self.strengths.count() == 0)
        self.save_button.setText(self.tr("Save changes") if goal else self.tr("Add goal"))
        self.save_button.setAccessibleName(
            self.tr("Save the changes to this goal") if goal else self.tr("Add this goal"))

    def texts(self) -> tuple[str, str]:
        """The title and why as typed."""
        return self.title.text(), self.why.toPlainText()

    def set_texts(self, title: str, why: str) -> None:
        self.title.setText(title)
        self.why.setPlainText(why)

    def is_dirty(self) -> bool:
        """True when the form differs from the saved goal (or a new goal has text typed)."""
        title, why = self.texts()
        if self._goal is None:
            return bool(title.strip() or why.strip())
        goal = self._goal
        return (title, why, self.area.currentData(), self.target.value(),
                sorted(self.strength_ids())) != (
            goal.title, goal.why, goal.life_domain_id, goal.target_date,
            sorted(goal.strength_ids))

    def strength_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.strengths.item(i) for i in range(self.strengths.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Add the new goal, or save the changes to this one."""
        try:
            goal = self._write()
        except (ValueError, NotFoundError) as problem:
            self.message.setText(str(problem) or self.tr("That goal is no longer here."))
            self.message.show()
            self.problem.emit(self.message.text())
            return
        text = self.tr("Goal saved") if self._goal is not None else self.tr("Goal added")
        self._goal = goal
        self.message.hide()
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes to this goal"))
        self.saved.emit(goal.id, text)

    def save_quietly(self) -> Goal | None:
        """Keep the changes to the goal shown (when moving to another); None if nothing was."""
        if self._goal is None or not self.is_dirty():
            return None
        try:
            self._goal = self._write()
        except (ValueError, NotFoundError):
            return None  # an emptied title or a goal deleted meanwhile: leave it as it was
        return self._goal

    def _write(self) -> Goal:
        title, why = self.texts()
        area = self.area.currentData()
        if self._goal is None:
            return self._goals.add(title, why, area, self.target.value(), self.strength_ids())
        return self._goals.update(
            self._goal.id, title=title, why=why, life_domain_id=area,
            target_date=self.target.value(), strength_ids=self.strength_ids(),
        )


class StatusBox(QWidget):
    """Where the goal stands, and buttons to move it: pause, achieved, let go, active again."""

    status_chosen = Signal(object)  # GoalStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.active_button = QPushButton(self.tr("Make active again"), self)
        self.pause_button = QPushButton(self.tr("Pause for now"), self)
        self.achieved_button = QPushButton(self.tr("Mark as achieved"), self)
        self.let_go_button = QPushButton(self.tr("Let it go"), self)
        self.let_go_note = QLabel(
            self.tr("Letting go of a goal is a choice, and it's yours to make."), self)
        self.let_go_note.setWordWrap(True)
        self._buttons = {
            GoalStatus.ACTIVE: self.active_button, GoalStatus.PAUSED: self.pause_button,
            GoalStatus.ACHIEVED: self.achieved_button, GoalStatus.LET_GO: self.let_go_button,
        }
        row = FlowLayout()
        for status, button in self._buttons.items():
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _checked=False, s=status: self.status_chosen.emit(s))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.let_go_note)

    def show_goal(self, goal: Goal) -> None:
        """Say where `goal` stands and offer only the moves that change it."""
        self.label.setText(standing(goal))
        for status, button in self._buttons.items():
            button.setVisible(status != goal.status)
        self.let_go_note.setVisible(goal.status != GoalStatus.LET_GO)

    def first_button(self) -> QPushButton:
        return next(b for b in self._buttons.values() if not b.isHidden())

    @staticmethod
    def announcement(goal: Goal) -> str:
        return standing(goal) if goal.closed_at else status_name(goal.status)
