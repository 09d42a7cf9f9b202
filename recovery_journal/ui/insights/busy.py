""""Drawing the chart…" with a busy bar, in room of a fixed size beside a card's buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyNote(QWidget):
    """Says a chart is being drawn; `show_busy(True/False)` shows or hides what it says.

    Its size never changes while it shows and hides: a widget whose size is fixed does not
    ask the widgets around it to lay themselves out again, and a note coming and going in a
    card otherwise laid out the whole page of cards (10-20 ms on the GUI thread each time).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Drawing the chart…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Drawing the chart"))
        for widget in (self.label, self.bar):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # counted in the fixed size while hidden
            widget.setSizePolicy(policy)
            layout.addWidget(widget)
        self._fit()
        self.show_busy(False)

    def show_busy(self, busy: bool) -> None:
        """Show (True) or hide (False) the words and the bar; the room stays."""
        self.label.setVisible(busy)
        self.bar.setVisible(busy)

    def _fit(self) -> None:
        self.bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self._layout.invalidate()
        self.setFixedSize(self._layout.sizeHint())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        # Larger text or another style needs more room for the same words.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
