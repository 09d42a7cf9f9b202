"""From a life check to a goal step: for an area the person picks, the smallest next step,
written as a step of a new goal in that area or of one of its goals already there.

Nothing is written unless the person presses Add; each step can be changed later in Goals.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from recovery_journal.model import GoalStatus, GoalStep, LifeDomain
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.goals import Goals
from recovery_journal.ui.announce import announce_saved
from recovery_journal.ui.widgets.labels import message_box_label, paragraph
from recovery_journal.ui.widgets.life_areas import area_name

NEW_GOAL = -1


def add_next_step(
    goals: Goals, domain: LifeDomain, goal_id: int | None, step: str, new_goal_title: str = "",
) -> GoalStep:
    """Write `step` under goal `goal_id`, or under a new goal in `domain` (titled
    `new_goal_title`, or the area's name) when `goal_id` is None. One write each."""
    if not step.strip():
        raise ValueError("Write the step first; a few words are enough.")
    if goal_id is None:
        title = new_goal_title.strip() or domain.name
        goal_id = goals.add(title, life_domain_id=domain.id).id
    return goals.add_step(goal_id, step)


class NextStepBox(QWidget):
    """Pick an area, a goal (or a new one) and write the step; `added` says what was written."""

    added = Signal(str)

    def __init__(self, goals: Goals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self._domains: list[LifeDomain] = []
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        intro = paragraph(self.tr(
            "If you like, pick one or two areas and write the smallest next step for each: "
            "something small enough to do this week. It goes into Goals."
        ))
        intro.setParent(self)
        form.addRow(intro)
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Life area for the next step"))
        form.addRow(self.tr("&Area"), self.area)
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Goal the step belongs to"))
        form.addRow(self.tr("&Goal"), self.goal)
        self.goal_title = QLineEdit(self)
        self.goal_title.setAccessibleName(self.tr("Name of the new goal"))
        self.goal_title_label = QLabel(self.tr("New goal's &name"), self)
        self.goal_title_label.setBuddy(self.goal_title)
        form.addRow(self.goal_title_label, self.goal_title)
        self.step = QLineEdit(self)
        self.step.setPlaceholderText(self.tr("For example: text Sam about a walk on Saturday"))
        self.step.setAccessibleName(self.tr("The smallest next step"))
        form.addRow(self.tr("Smallest next &step"), self.step)
        self.add_button = QPushButton(self.tr("Add to Goals"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(self.tr("Add the step to Goals"))
        form.addRow(self.add_button)
        self.message = message_box_label()
        self.message.setParent(self)
        form.addRow(self.message)
        self.area.currentIndexChanged.connect(self._fill_goals)
        self.goal.currentIndexChanged.connect(self._match_title)
        self.add_button.clicked.connect(self.add)

    def set_domains(self, domains: list[LifeDomain], first: int | None = None) -> None:
        """The areas to choose from; `first` (an area id) is chosen at the start."""
        self._domains = domains
        self.area.blockSignals(True)
        self.area.clear()
        for domain in domains:
            self.area.addItem(area_name(domain.name), domain.id)
        self.area.setCurrentIndex(max(0, self.area.findData(first)))
        self.area.blockSignals(False)
        self._fill_goals()

    def _domain(self) -> LifeDomain | None:
        index = self.area.currentIndex()
        return self._domains[index] if 0 <= index < len(self._domains) else None

    def _fill_goals(self) -> None:
        domain = self._domain()
        self.goal.clear()
        if domain is None:
            return
        self.goal.addItem(self.tr("A new goal in %1").replace("%1", area_name(domain.name)),
                          NEW_GOAL)
        try:
            found = [g for g in self._goals.list(life_domain_id=domain.id)
                     if g.status in (GoalStatus.ACTIVE, GoalStatus.PAUSED)]
        except VaultError:
            found = []
        for goal in found:
            self.goal.addItem(goal.title, goal.id)
        # A goal already there comes first when there is one: a step is smaller than a goal.
        self.goal.setCurrentIndex(1 if found else 0)
        self.goal_title.setText(area_name(domain.name))
        self._match_title()

    def _match_title(self) -> None:
        new = self.goal.currentData() == NEW_GOAL
        self.goal_title.setVisible(new)
        self.goal_title_label.setVisible(new)

    def add(self) -> None:
        domain = self._domain()
        if domain is None:
            return
        chosen = self.goal.currentData()
        goal_id = None if chosen in (None, NEW_GOAL) else int(chosen)
        try:
            add_next_step(self._goals, domain, goal_id, self.step.text(),
                          self.goal_title.text())
        except ValueError as exc:
            self._say(str(exc))
            return
        except VaultError as exc:
            self._say(str(exc))
            return
        text = self.tr("Added to Goals under %1.").replace(
            "%1", self.goal_title.text().strip() or domain.name if goal_id is None
            else self.goal.currentText())
        self.step.clear()
        self._fill_goals()
        self._say(text)
        # The shown sentence names the goal; the announced one must not (privacy).
        announce_saved(self, self.tr("Step added to Goals"))
        self.added.emit(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
