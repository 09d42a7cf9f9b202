"""A check box whose text wraps onto more lines when the column is narrow (200 % text, or a
language longer than English), instead of holding the whole page wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class WrapCheckBox(QCheckBox):
    """A QCheckBox (same role, name, keys and signals) that draws its text word-wrapped."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _text_left(self) -> int:
        """Where the text starts: after the indicator and its spacing, as the style puts it."""
        option = self._option()
        option.rect = QRect(0, 0, 10_000, 100)
        return self.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxContents, option, self).left()

    def _text_height(self, width: int) -> int:
        bounds = QRect(0, 0, max(width, 1), 100_000)
        return self.fontMetrics().boundingRect(bounds, int(_FLAGS), self.text()).height()

    def _longest_word(self) -> int:
        metrics = self.fontMetrics()
        words = self.text().replace("&", "").split()
        return max((metrics.horizontalAdvance(word) for word in words), default=0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        one_line = super().sizeHint().height()
        # The few pixels a one-line box has above and below its text, kept for every line.
        padding = max(one_line - self.fontMetrics().height(), 0)
        return max(one_line, self._text_height(width - self._text_left() - 2) + padding)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # As narrow as the longest word; one line tall, the layout asks heightForWidth for more.
        return QSize(self._text_left() + self._longest_word() + 4, super().sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        return self.rect().contains(pos)  # the wrapped text is clickable, as a one-line one is

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        option = self._option()
        text = option.text
        option.text = ""
        # The indicator (and its focus ring when the text is empty) drawn by the style, at the
        # first line; the text beside it, wrapped within the width the layout gave.
        line = QRect(0, 0, self.width(), super().sizeHint().height())
        option.rect = line
        self.style().drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        left = self._text_left()
        # From the top, the first line level with the indicator, however tall the layout
        # made the box.
        top = max((line.height() - self.fontMetrics().height()) // 2, 0)
        area = QRect(left, top, self.width() - left, self.height() - top)
        font = self.font()
        font.setUnderline(self.hasFocus())  # as the style sheet marks a focused check box
        painter.setFont(font)
        self.style().drawItemText(painter, area, int(_FLAGS | _ALIGN), option.palette,
                                  self.isEnabled(), text, QPalette.ColorRole.WindowText)
        painter.end()
