"""The passphrase field edits like any line edit, while the line edit inside holds only masks.

What the line edit holds is what Qt sends to the accessibility bus, so masks there mean nothing
of the passphrase is heard (tests/ui/test_passphrase_bus.py listens on the real bus).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from recovery_journal.ui.widgets.masked_field import MASK, PassphraseField
from recovery_journal.ui.widgets.passphrase import passphrase_field

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[PassphraseField]:
    widget = passphrase_field("Passphrase")
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    yield widget
    QGuiApplication.clipboard().clear()


def held(field: PassphraseField) -> str:
    """What Qt's line edit itself holds (and tells the accessibility bus about)."""
    return QLineEdit.text(field)


def assert_holds(field: PassphraseField, passphrase: str) -> None:
    assert field.text() == passphrase
    assert held(field) == MASK * len(passphrase)


def test_typing_keeps_the_passphrase_and_shows_only_masks(field: PassphraseField) -> None:
    QTest.keyClicks(field, "open sesame")
    assert_holds(field, "open sesame")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.accessibleName() == "Passphrase"
    assert not set(field.displayText()) & set("open sesame")


def test_letters_beyond_ascii(field: PassphraseField, qtbot: QtBot) -> None:
    for char in "ζЖ é":
        QTest.sendKeyEvent(QTest.KeyAction.Click, field, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)
    assert_holds(field, "ζЖ é")


def test_cursor_backspace_delete_and_selection(field: PassphraseField) -> None:
    QTest.keyClicks(field, "abcdef")
    QTest.keyClick(field, Qt.Key.Key_Backspace)  # abcde
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_Delete)  # bcde
    QTest.keyClick(field, Qt.Key.Key_Right)
    QTest.keyClicks(field, "X")  # bXcde
    assert_holds(field, "bXcde")
    QTest.keyClick(field, Qt.Key.Key_Right, SHIFT)
    QTest.keyClick(field, Qt.Key.Key_Right, SHIFT)
    assert field.selectedText() == "cd"
    QTest.keyClicks(field, "YZW")  # typed over the selection
    assert_holds(field, "bXYZWe")
    QTest.keyClick(field, Qt.Key.Key_Left, SHIFT)
    QTest.keyClick(field, Qt.Key.Key_Backspace)  # the selection ("W") goes
    assert_holds(field, "bXYZe")
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(field, "new")
    assert_holds(field, "new")


def test_undo_clears_a_password_field(field: PassphraseField) -> None:
    QTest.keyClicks(field, "secret")
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert_holds(field, "")


def test_paste_by_key_menu_and_middle_click(field: PassphraseField, qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("pasted words")
    QTest.keyClicks(field, "ab")
    QTest.keyClick(field, Qt.Key.Key_Left)
    QTest.keyClick(field, Qt.Key.Key_V, CTRL)
    assert_holds(field, "apasted wordsb")

    field.clear()
    field.contextMenuEvent(_menu_event(field))
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)
                and w.isVisible())
    paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    paste.trigger()
    menu.close()
    assert_holds(field, "pasted words")

    if clipboard.supportsSelection():
        clipboard.setText("chosen", clipboard.Mode.Selection)
        field.clear()
        QTest.mouseClick(field, Qt.MouseButton.MiddleButton)
        assert_holds(field, "chosen")


def _menu_event(field: PassphraseField):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QContextMenuEvent

    centre = field.rect().center()
    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, field.mapToGlobal(centre))


def test_a_drop_inserts_at_the_drop_point(field: PassphraseField) -> None:
    QTest.keyClicks(field, "xy")
    data = QMimeData()
    data.setText("dropped")
    drop = QDropEvent(QPointF(1, field.height() / 2), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    field.dropEvent(drop)
    assert drop.isAccepted()
    assert_holds(field, "droppedxy")


def test_an_input_method_commit(field: PassphraseField) -> None:
    QTest.keyClicks(field, "ab")
    composing = QInputMethodEvent("ka", [])
    QApplication.sendEvent(field, composing)
    assert MASK * 2 in field.displayText() or "ka" not in field.displayText()
    done = QInputMethodEvent("", [])
    done.setCommitString("か")
    QApplication.sendEvent(field, done)
    assert_holds(field, "abか")
    replace = QInputMethodEvent("", [])
    replace.setCommitString("き", -1, 1)  # the input method corrects the letter before
    QApplication.sendEvent(field, replace)
    assert_holds(field, "abき")


def test_callers_see_the_new_passphrase_in_text_changed(field: PassphraseField) -> None:
    seen: list[str] = []
    field.textChanged.connect(lambda _masks: seen.append(field.text()))
    QTest.keyClicks(field, "ab")
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    field.setText("set")
    field.clear()
    assert seen == ["a", "ab", "a", "set", ""]


def test_show_what_i_type_and_hide_again(field: PassphraseField) -> None:
    QTest.keyClicks(field, "abc")
    QTest.keyClick(field, Qt.Key.Key_Left)
    field.setEchoMode(QLineEdit.EchoMode.Normal)
    assert held(field) == "abc" and field.text() == "abc"
    assert field.cursorPosition() == 2
    QTest.keyClicks(field, "X")
    assert held(field) == "abXc" and field.text() == "abXc"
    field.setEchoMode(QLineEdit.EchoMode.Password)
    assert_holds(field, "abXc")
    assert field.cursorPosition() == 3
    QTest.keyClicks(field, "Y")
    assert_holds(field, "abXYc")


def test_read_only_takes_nothing(field: PassphraseField) -> None:
    QTest.keyClicks(field, "ab")
    field.setReadOnly(True)
    QTest.keyClicks(field, "cd")
    QGuiApplication.clipboard().setText("pasted")
    QTest.keyClick(field, Qt.Key.Key_V, CTRL)
    assert_holds(field, "ab")
