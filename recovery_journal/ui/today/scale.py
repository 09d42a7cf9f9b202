"""A 0-10 (or the measure's own range) input that shows number, word and position.

A value starts "not set": nothing is required, and the person can always go back to "not set"
with the Clear button or the Delete key.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from recovery_journal.model import Measure
from recovery_journal.storage.measures import RANGE_LIMIT, STEPS
from recovery_journal.ui import tokens
from recovery_journal.ui.accessible_factory import ensure_installed
from recovery_journal.ui.today.scale_voice import speak_scales_as
from recovery_journal.ui.widgets.measure_words import (
    describe_value,
    format_number,
    high_label,
    low_label,
    measure_name,
)

_MOVE_KEYS = frozenset(
    {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
     Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
)
_CLEAR_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace})


def _slider_range(measure: Measure, step: float) -> tuple[int, int]:
    """Slider positions (value / step) for the steps inside the range, within what it can draw.

    A range an older vault holds (infinite, or beyond a million) is cut to the drawable part;
    values outside it are still shown and kept, never clamped.
    """
    low = max(measure.min_value, -RANGE_LIMIT) if math.isfinite(measure.min_value) else (
        -RANGE_LIMIT)
    high = min(measure.max_value, RANGE_LIMIT) if math.isfinite(measure.max_value) else (
        RANGE_LIMIT)
    if not low < high:
        low, high = 0.0, 10.0
    first = math.ceil(round(low / step, 6))
    last = math.floor(round(high / step, 6))
    return first, max(last, first + 1)


class UnsetSlider(QSlider):
    """A horizontal slider that can hold no value; it then draws its groove without a handle."""

    set_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        ensure_installed()  # the worded value (scale_voice), once a QApplication exists
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._is_set = False
        self._value_text = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def value_text(self) -> str:
        """The value in words, as shown ("6 — okay", "Not set"): what a screen reader says."""
        return self._value_text

    def set_value_text(self, text: str) -> None:
        self._value_text = text

    def is_set(self) -> bool:
        return self._is_set

    def set_is_set(self, is_set: bool) -> None:
        """Mark the slider as holding a value (or not) without moving it."""
        if is_set != self._is_set:
            self._is_set = is_set
            self.update()
            self.set_changed.emit(is_set)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in _CLEAR_KEYS and self._is_set:
            self.set_is_set(False)
            event.accept()
            return
        if not self._is_set and key in _MOVE_KEYS:
            # The first arrow press shows where the handle rests (the middle) rather than
            # jumping past it, so the person sees the value they are starting from.
            self.set_is_set(True)
            event.accept()
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.set_is_set(True)
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            # A click puts the value where the person clicked, not one page step nearer.
            self.setValue(self._value_at(event.position().toPoint()))
            self.set_is_set(True)
        super().mousePressEvent(event)

    def _value_at(self, point: QPoint) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = max(1, groove.width() - handle.width())
        offset = point.x() - groove.x() - handle.width() // 2
        return QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), offset, span, option.upsideDown
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self._is_set:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = (
            QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
        )
        # Fusion fills the groove up to the handle; with no value there is nothing to fill.
        option.sliderPosition = option.minimum
        option.sliderValue = option.minimum
        self.style().drawComplexControl(QStyle.ComplexControl.CC_Slider, option, painter, self)
        # Dark palettes draw an empty groove faintly; outline it so the control can be seen.
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        outline = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        outline.setAlpha(150)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(groove).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        if self.hasFocus():
            # Without a handle the style draws no focus mark, so draw one around the slider.
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


speak_scales_as(UnsetSlider)


class ScaleInput(QWidget):
    """One measure: its name, a slider, the value as "6 — okay", its end labels and Clear."""

    value_changed = Signal(object)  # float | None

    def __init__(
        self, measure: Measure, parent: QWidget | None = None, *, large: bool = False
    ) -> None:
        super().__init__(parent)
        self.measure = measure
        # The slider counts in steps (7.5 h of sleep in halves is position 15); a value that
        # is off-step or outside the slider is kept exactly until the person moves it.
        self.step = measure.step if measure.step in STEPS else 1.0
        self._exact: float | None = None
        low, high = _slider_range(measure, self.step)
        self.slider = UnsetSlider(self)
        self.slider.setRange(low, high)
        self.slider.setValue((low + high) // 2)
        self.slider.setPageStep(max(1, (high - low) // 5))
        per_unit = round(1 / self.step)
        if (high - low) // per_unit <= 20:
            self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            self.slider.setTickInterval(per_unit)
        name = measure_name(measure)
        self.slider.setAccessibleName(name)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.title = QLabel(name, self)
        self.title.setBuddy(self.slider)
        font = self.title.font()
        font.setBold(True)
        if large:  # mood and hope lead the check-in: a heading step larger
            font.setPointSizeF(font.pointSizeF() * tokens.HEADING)
        self.title.setFont(font)
        self.value_label = QLabel(self)
        if large:  # the number and word lead: readable at a glance
            font = QFont(font)
            font.setPointSizeF(font.pointSizeF() * tokens.TITLE / tokens.HEADING)
        self._value_font = font
        self.value_label.setFont(font)
        # "Not set" is said quietly; the row keeps the height a value needs, so nothing jumps.
        self.value_label.setMinimumHeight(QFontMetrics(font).height())
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear %1").replace("%1", name))
        self.clear_button.setToolTip(self.tr("Set back to “not set” (Delete on the scale)"))
        # Not a Tab stop: Tab goes from one scale to the next (mood, then hope); Delete on
        # the scale clears it, and the slider's description says so.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Shown only when there is something to clear; its room is kept, so nothing moves.
        policy = self.clear_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(policy)
        lowest, highest = format_number(measure.min_value), format_number(measure.max_value)
        low_words, high_words = low_label(measure), high_label(measure)
        low_text = f"{lowest} · {low_words}" if low_words else lowest
        high_text = f"{high_words} · {highest}" if high_words else highest
        self.low_label = QLabel(low_text, self)
        self.high_label = QLabel(high_text, self)
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.low_label, self.high_label):
            label.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.value_label, 0, 1)
        grid.addWidget(self.slider, 1, 0, 1, 2)
        grid.addWidget(self.clear_button, 1, 2)
        grid.addWidget(self.low_label, 2, 0)
        grid.addWidget(self.high_label, 2, 1)
        # Screen readers meet children in the order they were made: the name and the value
        # above the slider come before it, as on screen.
        self.title.stackUnder(self.slider)
        self.value_label.stackUnder(self.slider)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.slider.valueChanged.connect(self._moved)
        self.slider.set_changed.connect(self._set_changed)
        # A key, wheel or press at the end already reached moves nothing, yet it is the
        # person's choice: the handle's position becomes the value.
        self.slider.actionTriggered.connect(self._touched)
        self.slider.sliderPressed.connect(self._touched)
        self.clear_button.clicked.connect(self.clear)
        self._show()

    def value(self) -> float | None:
        """The chosen value, or None while "not set"; a loaded value exactly as loaded."""
        if not self.slider.is_set():
            return None
        if self._exact is not None:
            return self._exact
        return round(self.slider.value() * self.step, 2)

    def set_value(self, value: float | None) -> None:
        """Show `value` (None for "not set"); the handle goes to the nearest step on the slider."""
        if value is None:
            self.slider.set_is_set(False)
            return
        position = round(value / self.step) if math.isfinite(value) else (
            self.slider.maximum() if value > 0 else self.slider.minimum())
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(max(self.slider.minimum(), min(self.slider.maximum(), position)))
        self.slider.blockSignals(blocked)
        self._exact = float(value)
        self.slider.set_is_set(True)
        self._changed()

    def _moved(self, _position: int) -> None:
        self._exact = None  # the person moved the slider: its position is the value now
        self._changed()

    def _touched(self, *_args: object) -> None:
        if self._exact is not None:
            self._exact = None
            self._changed()

    def _set_changed(self, is_set: bool) -> None:
        if not is_set:
            self._exact = None
        self._changed()

    def clear(self) -> None:
        """Go back to "not set"."""
        had_focus = self.clear_button.hasFocus()
        self.slider.set_is_set(False)
        if had_focus:
            # The button disables itself; keep the person on this measure, not the next one.
            self.slider.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, *_args: object) -> None:
        self._show()
        self.value_changed.emit(self.value())

    def _show(self) -> None:
        text = describe_value(self.measure, self.value())
        self.value_label.setText(text)
        self.slider.set_value_text(text)
        self.value_label.setFont(
            self._value_font if self.slider.is_set() else self.low_label.font())
        self.slider.setAccessibleDescription(
            self.tr("%1. Arrow keys change it; Delete clears it.").replace("%1", text))
        self.clear_button.setEnabled(self.slider.is_set())
        self.clear_button.setVisible(self.slider.is_set())
