"""The crisis part of My plan as a safety plan: reasons for living, then six short lists.

Each step is a list the person fills in: add, edit (F2), remove (Delete), and reorder with
Alt+Up / Alt+Down or the buttons. Steps 4 and 5 can take a name or number from the person's own
People (never those marked "don't contact") and their own numbers and helplines; nothing is sent
or dialled. Each step's tip can be hidden, and stays hidden (kept in the vault's settings).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.insights.safety_plan import (
    STEP_COUNT,
    SafetyPlan,
    clean_items,
    is_step_plan,
    parse_plan,
)
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.heading import heading

CITATION = ("Built on the steps of the Safety Planning Intervention (Stanley & Brown, 2012), "
            "in our own words.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyPlan", text)


def step_title(index: int) -> str:
    """The calm, translatable heading of step `index` (0 is reasons for living).

    Written out for the translation tools; the English equals STEP_HEADINGS (tested).
    """
    titles = (
        QT_TRANSLATE_NOOP("SafetyPlan", "What I live for"),
        QT_TRANSLATE_NOOP("SafetyPlan", "Signs that things are getting hard"),
        QT_TRANSLATE_NOOP("SafetyPlan", "Things I can do on my own"),
        QT_TRANSLATE_NOOP("SafetyPlan", "People and places that take my mind off things"),
        QT_TRANSLATE_NOOP("SafetyPlan", "People I can ask for help"),
        QT_TRANSLATE_NOOP("SafetyPlan", "Professionals and services I can contact"),
        QT_TRANSLATE_NOOP("SafetyPlan", "Making my surroundings safer"),
    )
    return _tr(str(titles[index]))


def numbered_title(index: int) -> str:
    """"What I live for" for reasons, "1. Signs that …" for the steps."""
    if index == 0:
        return step_title(0)
    return _tr("%1. %2").replace("%1", str(index)).replace("%2", step_title(index))


def step_tip(index: int) -> str:
    """A short prompt for step `index`; the person may hide it."""
    tips = (
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "The people, hopes, plans and small things that matter to "
                          "you. Keep them close."),
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "Thoughts, feelings or situations that tell you a hard time "
                          "may be starting."),
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "Things you can do by yourself to feel a little calmer or to "
                          "get through a moment."),
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "People to be with, or places to go, that help you think "
                          "about something else."),
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "People you trust to ask for help. You can pick from your "
                          "People."),
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "Your doctor, a crisis team or a helpline. You can pick from "
                          "your own numbers and the helplines for your region."),
        QT_TRANSLATE_NOOP("SafetyPlan",
                          "Ways to make where you are safer, perhaps with someone's "
                          "help."),
    )
    return _tr(str(tips[index]))


def readable_plan_text(body: str) -> str:
    """A stored safety plan as plain reading text (earlier versions); free text unchanged."""
    if not is_step_plan(body):
        return body
    plan = parse_plan(body)
    blocks = [numbered_title(index) + "".join(f"\n• {item}" for item in items)
              for index, items in enumerate(plan.steps)]
    if plan.notes.strip():
        blocks.append(_tr("Notes from before") + "\n" + plan.notes.strip("\n"))
    return "\n\n".join(blocks)


class StepList(QListWidget):
    """A step's items: F2 edits, Delete removes, Alt+Up / Alt+Down move the current one."""

    move_requested = Signal(int)
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class StepEditor(QWidget):
    """One step: heading, a tip that can be hidden, the list, and a line to add to it."""

    changed = Signal()
    tip_hidden = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        title = numbered_title(index)
        self.title = heading(title, scale=tokens.HEADING)
        self.tip = QLabel(step_tip(index))
        self.tip.setWordWrap(True)
        self.tip.setTextFormat(Qt.TextFormat.PlainText)
        self.hide_tip = QPushButton(self.tr("Hide tip"))
        self.hide_tip.setAccessibleName(self.tr("Hide the tip for: %1").replace("%1", title))
        self.hide_tip.setFlat(True)
        self.hide_tip.clicked.connect(self._hide_tip)
        self.items = StepList()
        self.items.setSpacing(2)  # a little air between items, at any text size
        self.items.setAccessibleName(title)
        self.items.setAccessibleDescription(self.tr(
            "F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it."))
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.items.itemChanged.connect(lambda _item: self.changed.emit())
        self.items.move_requested.connect(self.move_current)
        self.items.remove_requested.connect(self.remove_current)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("Add to: %1").replace("%1", title))
        self.entry.setPlaceholderText(self.tr("Type and press Enter to add"))
        self.entry.returnPressed.connect(self.add_entry)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to: %1").replace("%1", title))
        self.add_button.clicked.connect(self.add_entry)
        self.pick_button = QPushButton(self.tr("Choose from mine…"))
        self.pick_button.setAccessibleName(
            self.tr("Choose from your own people and numbers for: %1").replace("%1", title))
        self.pick_button.setVisible(False)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button, name in ((self.up_button, self.tr("Move the chosen item up")),
                             (self.down_button, self.tr("Move the chosen item down")),
                             (self.remove_button, self.tr("Remove the chosen item"))):
            button.setAccessibleName(name)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        tip_row = QHBoxLayout()
        tip_row.addWidget(self.tip, 1)
        tip_row.addWidget(self.hide_tip, 0, Qt.AlignmentFlag.AlignTop)
        add_row = QHBoxLayout()
        add_row.addWidget(self.entry, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.pick_button)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addWidget(self.remove_button)
        move_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.title)
        layout.addLayout(tip_row)
        layout.addWidget(self.items)
        layout.addLayout(add_row)
        layout.addLayout(move_row)
        self._fit()

    def _fit(self) -> None:
        # Tall enough for what is there (at any text size), short when empty.
        rows = max(1, self.items.count())
        line = (max(self.items.sizeHintForRow(0), self.items.fontMetrics().height() + 8)
                + 2 * self.items.spacing())
        self.items.setFixedHeight(min(rows, 8) * line + 2 * self.items.frameWidth() + 4)
        has = self.items.count() > 0
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has)

    def _hide_tip(self) -> None:
        self.set_tip_visible(False)
        self.tip_hidden.emit(self.index)
        self.entry.setFocus()

    def set_tip_visible(self, visible: bool) -> None:
        self.tip.setVisible(visible)
        self.hide_tip.setVisible(visible)

    def set_items(self, items: tuple[str, ...]) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for text in items:
            self.add_item(text, emit=False)
        self.items.blockSignals(False)
        self._fit()

    def add_item(self, text: str, *, emit: bool = True) -> None:
        """Add `text` at the end of the list (cleaned to one line)."""
        cleaned = clean_items([text])
        if not cleaned:
            return
        item = QListWidgetItem(cleaned[0])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        # Not made current: a strong highlight on every list would shout; Tab into a list
        # makes its first item current, and Alt+Up / Alt+Down move that one.
        self.items.addItem(item)
        self._fit()
        if emit:
            self.changed.emit()

    def add_entry(self) -> None:
        self.add_item(self.entry.text())
        self.entry.clear()

    def move_current(self, step: int) -> None:
        """Move the chosen item up (-1) or down (+1), keeping it chosen."""
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)
        announce(self, self.tr("Moved to place %1 of %2").replace("%1", str(target + 1))
                 .replace("%2", str(self.items.count())))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
            self._fit()
            # Once saved, the earlier version (under "Earlier versions…") still holds it.
            announce(self, self.tr("Removed from the list."))
            self.changed.emit()

    def values(self) -> tuple[str, ...]:
        return clean_items([self.items.item(row).text() for row in range(self.items.count())])


class SafetyPlanEditor(QWidget):
    """Reasons for living, the six steps, and any notes kept from before the steps."""

    changed = Signal()
    tip_hidden = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: Callable[[int], list[str]] = lambda _index: []
        self.citation = QLabel(_tr(CITATION))
        self.citation.setWordWrap(True)
        self.citation.setEnabled(False)  # a quiet line
        self.steps = [StepEditor(index) for index in range(STEP_COUNT)]
        self.notes_title = heading(self.tr("Notes from before"), scale=tokens.HEADING)
        self.notes_hint = QLabel(self.tr(
            "What you wrote here before the steps. It stays until you move it into a step or "
            "remove it yourself."))
        self.notes_hint.setWordWrap(True)
        from recovery_journal.ui.plan.section_editor import PlanTextEdit  # avoids a cycle
        self.notes = PlanTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes from before"))
        self.notes.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.SPACE_S)
        layout.addWidget(self.citation)
        layout.addSpacing(tokens.SPACE_S)
        for step in self.steps:
            step.changed.connect(self.changed)
            step.tip_hidden.connect(self.tip_hidden)
            layout.addWidget(step)
            if step.index in (4, 5):
                step.pick_button.setVisible(True)
                step.pick_button.clicked.connect(
                    lambda _checked=False, s=step: self._show_choices(s))
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes_hint)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def set_choices(self, choices: Callable[[int], list[str]]) -> None:
        """Where steps 4 and 5 find the person's own people and numbers to pick from."""
        self._choices = choices

    def choice_menu(self, step: StepEditor) -> QMenu:
        """The menu of names and numbers for `step` (built fresh each time)."""
        menu = QMenu(step.pick_button)
        menu.setAccessibleName(step.pick_button.accessibleName())
        options = self._choices(step.index)
        for text in options:
            menu.addAction(text).triggered.connect(lambda _c=False, t=text: step.add_item(t))
        if not options:
            empty = menu.addAction(self.tr("Nothing to choose yet: add people in People, and "
                                           "numbers in Settings"))
            empty.setEnabled(False)
        return menu

    def _show_choices(self, step: StepEditor) -> None:
        menu = self.choice_menu(step)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(step.pick_button.mapToGlobal(step.pick_button.rect().bottomLeft()))

    def set_hidden_tips(self, hidden: set[int]) -> None:
        for step in self.steps:
            step.set_tip_visible(step.index not in hidden)

    def show_plan(self, plan: SafetyPlan) -> None:
        self.blockSignals(True)
        for step, items in zip(self.steps, plan.steps, strict=True):
            step.set_items(items)
        self.notes.setPlainText(plan.notes)
        self.blockSignals(False)
        self._show_notes(bool(plan.notes.strip()))

    def _show_notes(self, visible: bool) -> None:
        for widget in (self.notes_title, self.notes_hint, self.notes):
            widget.setVisible(visible)

    def plan(self) -> SafetyPlan:
        steps = tuple(step.values() for step in self.steps)
        return SafetyPlan(steps, self.notes.toPlainText())
