"""A clear focus ring for the controls the style sheet cannot ring well.

Buttons, text fields and lists get a thick ring from the application style sheet. Sliders
(set ones too, whose handle Fusion tints only faintly), spin boxes, date fields, choice lists
and scrolling previews keep their native drawing, so a ring is drawn over them instead: one
frame that follows the focus inside the main window and its dialogs.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)

RING_WIDTH = 3
_RINGED = (QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollArea, QTabBar)


def ringed_control(widget: QWidget | None) -> QWidget | None:
    """The control whose ring the focus on `widget` shows (a spin box for its line edit)."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    if isinstance(widget, _RINGED) and not isinstance(widget, QScrollBar):
        return widget
    return None


class _Ring(QFocusFrame):
    """The drawn ring: the highlight colour, RING_WIDTH px, just outside the control."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class FocusRings(QObject):
    """Follows the application's focus and rings it when it rests on a control of `window`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._ring: _Ring | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    @property
    def ringed(self) -> QWidget | None:
        """The control the ring is on now, if any."""
        ring = self._live_ring()
        return ring.widget() if ring is not None and ring.isVisible() else None

    def _live_ring(self) -> _Ring | None:
        # The ring lives beside the control it rings, so it goes when that page or dialog does.
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def _belongs(self, widget: QWidget) -> bool:
        current: QWidget | None = widget
        while current is not None:
            if current is self._window:
                return True
            current = current.parentWidget()
        return False

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        target = ringed_control(new)
        ring = self._live_ring()
        if target is None or not self._belongs(target):
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type] # None detaches; stubs say no
            return
        if ring is None:
            ring = self._ring = _Ring(target.window())
        ring.setWidget(target)
        ring.show()
