"""What a screen reader meets inside Qt: combo boxes by their label, Today in reading order.

The same interfaces Qt's AT-SPI bridge reads (tests/ui/test_screen_reader_walk.py walks them on
the real bus); here they are read directly, fast.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface, QUndoStack
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QComboBox, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.control_names import name_controls
from recovery_journal.ui.today.page import TodayPage
from tests.ui.audit import show_active


def _interface(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def test_a_combo_box_is_named_by_its_label_and_says_its_choice(
    qtbot: QtBot, qapp: QApplication
) -> None:
    name_controls(qapp)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    when, strength = QComboBox(form), QComboBox(form)
    when.addItems(["Any time", "The last 30 days"])
    strength.setEditable(True)
    strength.addItems(["Asking for help"])
    strength.setToolTip("Type or pick one")
    layout.addRow("&When:", when)
    layout.addRow("Strength", strength)
    show_active(qtbot, form)

    voice = _interface(when)
    assert voice.role() == QAccessible.Role.ComboBox
    assert voice.text(QAccessible.Text.Name) == "When"
    assert voice.text(QAccessible.Text.Value) == "Any time"
    assert voice.text(QAccessible.Text.Description) == "Any time"
    when.setCurrentIndex(1)
    assert voice.text(QAccessible.Text.Name) == "When"
    assert voice.text(QAccessible.Text.Value) == "The last 30 days"
    # Its list stays its child, and it still opens by its actions.
    assert voice.childCount() == 1
    child = voice.child(0)
    assert child is not None and child.object() is when.view()
    assert voice.indexOfChild(child) == 0
    actions = voice.actionInterface()
    assert actions is not None
    assert QAccessibleWidget.showMenuAction() in actions.actionNames()
    assert voice.state().expandable and not voice.state().expanded
    actions.doAction(QAccessibleWidget.showMenuAction())
    qtbot.waitUntil(when.view().isVisible)
    assert voice.state().expanded
    actions.doAction(QAccessibleWidget.showMenuAction())
    qtbot.waitUntil(lambda: not when.view().isVisible())

    typed = _interface(strength)
    assert typed.text(QAccessible.Text.Name) == "Strength"
    assert typed.text(QAccessible.Text.Value) == "Asking for help"
    assert typed.text(QAccessible.Text.Description) == "Asking for help. Type or pick one"
    assert typed.childCount() == 2
    field = typed.child(1)
    assert field is not None and field.object() is strength.lineEdit()


def _reading(interface: QAccessibleInterface, out: list[str], depth: int = 0) -> list[str]:
    if depth > 30:
        return out
    state = interface.state()
    if not state.invisible:
        out.append(f"{interface.role().name}:{interface.text(QAccessible.Text.Name)}")
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            _reading(child, out, depth + 1)
    return out


def test_today_is_read_in_the_order_it_is_seen(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = TodayPage(repos, undo_stack)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    heard = _reading(_interface(page), [])
    order = ["Heading:How are you right now?", "StaticText:Mood", "Slider:Mood", "Slider:Hope",
             "Heading:Feelings", "Heading:Tags", "EditableText:Tags", "Heading:Note",
             "EditableText:Note", "Heading:When", "Button:Set the time to now",
             "Heading:Recent check-ins", "Button:Save check-in"]
    missing = [item for item in order if item not in heard]
    assert not missing, "|".join(heard)
    positions = [heard.index(item) for item in order]
    assert positions == sorted(positions), [heard[p] for p in sorted(positions)]
