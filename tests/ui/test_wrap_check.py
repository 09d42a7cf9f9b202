"""The wrapping check box: narrow enough for a 200 %, 40 %-longer page, still a check box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.ui.widgets.wrap_check import WrapCheckBox

LONG = "Keep running in the notification area when the window is closed, so reminders still come"


def test_a_long_text_wraps_in_a_narrow_column_and_the_whole_box_is_clickable(
    qtbot: QtBot,
) -> None:
    column = QWidget()
    layout = QVBoxLayout(column)
    box = WrapCheckBox(LONG)
    plain = QCheckBox(LONG)
    layout.addWidget(box)
    qtbot.addWidget(column)
    # A plain check box needs its whole text on one line; this one only its longest word.
    assert box.minimumSizeHint().width() < plain.minimumSizeHint().width() // 3
    assert box.sizeHint().width() >= plain.sizeHint().width() - 2
    column.resize(box.minimumSizeHint().width() * 2, 400)
    column.show()
    qtbot.waitExposed(column)
    one_line = plain.sizeHint().height()
    assert box.height() >= box.heightForWidth(box.width()) > 2 * one_line  # several lines
    assert column.minimumSizeHint().width() < plain.sizeHint().width()
    # A click on the last line of the text ticks it, as a click on a one-line text would.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=QPoint(box.width() // 2, box.height() - 4))
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert isinstance(box, QCheckBox) and box.text() == LONG  # same role and name to AT
    # Drawn without trouble, focused or not (the text underlined when focused).
    assert not box.grab().isNull()
