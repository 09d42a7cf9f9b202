"""What a screen reader hears from a combo box: its label as its name, its choice as its value.

On Linux Qt's own combo box interface reports the current text as the name whatever name is
set ("Any time", not "When"). An accessibility factory answers instead for every QComboBox with
an interface that keeps the combo box's role, children (the list, and the field when editable),
actions (Press, ShowMenu) and expandable state, but is named by its accessible name (set from
its label by ui/control_names.py) and gives the current text as its value and, since AT-SPI
has no text value, first in its description (a description change is sent when it changes).
The factory is installed through ui/accessible_factory.py, after the QApplication exists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox

from recovery_journal.ui.accessible_factory import add_factory, ensure_installed


class _ComboAccessible(QAccessibleWidget):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        combo = self._combo
        if kind == QAccessible.Text.Value:
            return current_choice(combo)
        if kind == QAccessible.Text.Name:
            return combo.accessibleName() or current_choice(combo)
        if kind == QAccessible.Text.Description:
            # AT-SPI has no text value: the choice is also said as the description, first.
            own, choice = super().text(kind), current_choice(combo)
            if own and choice and combo.accessibleName():
                return QCoreApplication.translate("ComboVoice", "%1. %2").replace(
                    "%1", choice).replace("%2", own)
            return choice if combo.accessibleName() and choice else own
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = combo_view_shown(self._combo)
        return state

    def childCount(self) -> int:  # noqa: N802 (Qt override)
        return 2 if self._combo.isEditable() and self._combo.lineEdit() is not None else 1

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if index == 0:
            return QAccessible.queryAccessibleInterface(self._combo.view())
        field = self._combo.lineEdit()
        if index == 1 and self._combo.isEditable() and field is not None:
            return QAccessible.queryAccessibleInterface(field)
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt override)
        target = child.object() if child is not None else None
        if target is not None and target is self._combo.view():
            return 0
        if target is not None and self._combo.isEditable() and target is self._combo.lineEdit():
            return 1
        return -1

    def actionNames(self) -> list[str]:  # noqa: N802 (Qt override)
        return [self.showMenuAction(), self.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 (Qt override)
        if name in (self.showMenuAction(), self.pressAction()):
            if combo_view_shown(self._combo):
                self._combo.hidePopup()
            else:
                self._combo.showPopup()
            return
        super().doAction(name)


def current_choice(combo: QComboBox) -> str:
    """What `combo` holds now: its text field's text when editable, else the chosen item."""
    field = combo.lineEdit()
    return field.text() if combo.isEditable() and field is not None else combo.currentText()


def _choice_changed(combo: QComboBox) -> None:
    # The name stays the label; the new choice is heard as the new description.
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(combo, QAccessible.Event.DescriptionChanged))


def combo_view_shown(combo: QComboBox) -> bool:
    """Whether `combo`'s list of choices is open."""
    return combo.view().isVisible()


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    if not isinstance(target, QComboBox):
        return None
    interface = _ComboAccessible(target)
    # Qt's accessibility cache owns and deletes it with the widget; until then the widget
    # keeps the Python side alive.
    target._combo_voice = interface  # type: ignore[attr-defined]
    target.currentTextChanged.connect(lambda _text: _choice_changed(target))
    return interface


def speak_combo_boxes_by_label() -> None:
    """Answer for every combo box by its name (label) and value; call after QApplication."""
    add_factory(_factory)
    ensure_installed()
