"""What a screen reader hears from a scale: its name and, in words, its value or "Not set".

Qt's own slider interface always reports the handle's position as a number, so an unset scale
(whose handle rests in the middle) was heard as 5.0. A scale answers instead with no numeric
value: its value is said in words, in the value text and in the description ("6 — okay",
"Not set"), which are updated as it moves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from recovery_journal.ui.accessible_factory import add_factory, ensure_installed

_scale_types: list[type[QWidget]] = []


class _ScaleAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget, value_text: Callable[[], str]) -> None:
        super().__init__(widget, QAccessible.Role.Slider)
        self._value_text = value_text

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self._value_text()
        return super().text(kind)


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    if not isinstance(target, QWidget) or not isinstance(target, tuple(_scale_types)):
        return None
    value_text = getattr(target, "value_text", None)
    if not callable(value_text):
        return None
    interface = _ScaleAccessible(target, value_text)
    # Qt's accessibility cache owns and deletes it with the widget; until then the widget
    # keeps the Python side alive.
    target._scale_voice = interface  # type: ignore[attr-defined]
    return interface


def speak_scales_as(widget_type: type[QWidget]) -> None:
    """Answer for every `widget_type` (a slider with `value_text()`) with a worded value."""
    add_factory(_factory)
    ensure_installed()
    if widget_type not in _scale_types:
        _scale_types.append(widget_type)
