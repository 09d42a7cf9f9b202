"""Names for the controls Qt would otherwise name by their value, or not at all.

A combo box without a name is heard by its current value ("Last 30 days"), not by what it
chooses ("When"); the text field inside an editable combo box and a field's clear button have
no name. One application-wide filter names each such control the first time it is shown: a
combo box by the label that is its buddy (or its form row's label), its inner field by the
combo box, a clear button by its field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from recovery_journal.ui.combo_voice import speak_combo_boxes_by_label


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def label_for(widget: QWidget) -> str:
    """The visible label that names `widget` (its buddy label or form row label), or ""."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and label.text():
                return _plain(label.text())
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return _plain(label.text())
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return ""


def name_control(widget: QWidget) -> None:
    """Give `widget` a name if it has none and one can be found."""
    if widget.accessibleName():
        return
    if isinstance(widget, QComboBox):
        name = label_for(widget) or widget.toolTip() or widget.placeholderText()
        if name:
            widget.setAccessibleName(name)
    elif isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
        combo = widget.parentWidget()
        assert isinstance(combo, QComboBox)
        name_control(combo)
        if combo.accessibleName():
            widget.setAccessibleName(combo.accessibleName())
    elif isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit):
        field = widget.parentWidget()
        assert isinstance(field, QLineEdit)
        if field.isClearButtonEnabled():
            widget.setAccessibleName(
                QCoreApplication.translate("ControlNames", "Clear %1").replace(
                    "%1", field.accessibleName() or label_for(field))
                if field.accessibleName() or label_for(field)
                else QCoreApplication.translate("ControlNames", "Clear the text"))


class _Namer(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(
                watched, (QComboBox, QLineEdit, QToolButton)):
            name_control(watched)
        return False


def name_controls(app: QApplication) -> None:
    """Name combo boxes, their fields and clear buttons as they are shown, app-wide."""
    if app.findChild(_Namer) is None:
        app.installEventFilter(_Namer(app))
    speak_combo_boxes_by_label()
