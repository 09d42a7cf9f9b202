"""Accessibility and privacy audits over a widget tree, plus helpers to drive the app in tests.

- `assert_accessible(widget)`: every focusable, visible control has a name a screen reader reads.
- `assert_tab_cycles(widget)`: Tab visits every focusable control and comes back (no trap).
- `assert_not_clipped(widget)`: buttons and wrapped labels have the room their text needs.
- `all_texts()`: every piece of text any live widget, model or undo stack shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_journal.ui.app import AppController, build_app
from recovery_journal.ui.app_settings import LANGUAGE_KEY, REGION_KEY
from recovery_journal.ui.session_watch import SessionWatch
from tests.conftest import FAST_KDF, PASSPHRASE

_COMPOSITES = (QAbstractSpinBox, QComboBox)


def _effective(widget: QWidget) -> QWidget:
    """The control a person meets: an inner line edit counts as its spin box or combo box."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOSITES):
            return parent
        parent = parent.parentWidget()
    return widget


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """The controls inside `root` that Tab can reach now, each counted once."""
    found: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        if not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        effective = _effective(widget)
        if effective not in found:
            found.append(effective)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (explicit, from the text, or from a buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return name or widget.accessibleName()


def assert_accessible(root: QWidget) -> None:
    """Every focusable, visible control in `root` has an accessible name."""
    nameless = [
        f"{type(w).__name__}({w.objectName()!r})"
        for w in focusable_widgets(root) if not accessible_name(w).strip()
    ]
    assert not nameless, f"controls without an accessible name: {nameless}"


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return _effective(widget)


def tab_order(root: QWidget, limit: int = 300) -> list[QWidget]:
    """Press Tab from the first control in `root` until focus comes back; return the visits."""
    window = root.window()
    window.activateWindow()
    window.raise_()
    controls = focusable_widgets(root)
    assert controls, "nothing in this screen can take focus"
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    start = _focus()
    visits = [start]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = _focus()
        if current is start:
            return visits
        assert current not in visits, f"Tab is stuck in a loop at {type(current).__name__}"
        visits.append(current)
    raise AssertionError("Tab never came back to where it started (a keyboard trap)")


def assert_tab_cycles(root: QWidget) -> None:
    """Tab reaches every focusable control in `root`, and comes back to the start."""
    visits = tab_order(root)
    missed = [
        f"{type(w).__name__}({accessible_name(w)!r})"
        for w in focusable_widgets(root) if w not in visits
    ]
    assert not missed, f"Tab never reaches: {missed}"


def assert_not_clipped(root: QWidget) -> None:
    """Buttons are at least as big as their text needs; wrapped labels are tall enough."""
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            need = widget.minimumSizeHint()
            if widget.width() < need.width() or widget.height() < need.height():
                problems.append(f"button {widget.text()!r}: {widget.size()} < {need}")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need_height = widget.heightForWidth(widget.width())
            if widget.height() < need_height:
                problems.append(f"label {widget.text()[:30]!r}: {widget.height()} < {need_height}")
    assert not problems, "clipped: " + "; ".join(problems)


# -- text anywhere -------------------------------------------------------------------------


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: it has one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if columns and model.rowCount(index) > 0:  # a tree: walk its children too
                yield from _model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every text one widget shows or exposes."""
    yield widget.windowTitle()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    for getter in ("text", "toPlainText", "placeholderText", "currentText", "title"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str):
                yield value
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), QModelIndex())
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))


def shows_text(fragment: str) -> bool:
    """True if any live widget, model or undo stack shows `fragment`."""
    return any(fragment in text for text in all_texts())


def all_texts() -> list[str]:
    """The text of every live widget and undo stack in the application."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Every window, shown or hidden, and everything inside it. (Wrapping every entry of
    # allWidgets() one by one crashed the suite now and then on widgets being torn down.)
    widgets = [w for top in app.topLevelWidgets() for w in (top, *top.findChildren(QWidget))]
    texts = [text for widget in widgets for text in widget_texts(widget)]
    for widget in widgets:
        for stack in widget.findChildren(QUndoStack):
            texts.extend(stack.text(i) for i in range(stack.count()))
    return texts


# -- driving the app -----------------------------------------------------------------------


def settings_in(tmp_path: Path) -> QSettings:
    """A private settings file, so no test touches the real (or another test's) settings.

    The region is the United Kingdom and the language English unless a test chooses another,
    whatever the locale of the machine running the tests."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if not settings.contains(REGION_KEY):
        settings.setValue(REGION_KEY, "GB")
    if not settings.contains(LANGUAGE_KEY):
        settings.setValue(LANGUAGE_KEY, "en")
    return settings


def start_app(
    qtbot: QtBot, tmp_path: Path, vault_path: Path | None, *,
    idle_timeout_ms: int | None = None,
    choose_existing: Callable[[QWidget], Path | None] = lambda parent: None,
    choose_new: Callable[[QWidget, Path], Path | None] = lambda parent, path: None,
    session_watch: SessionWatch | None = None, tray_available: bool = False,
) -> AppController:
    """Build and show the app on `vault_path` with a fast KDF, ready for the keyboard."""
    controller = build_app(
        vault_path or tmp_path / "journal.vault", settings_in(tmp_path), kdf_iter=FAST_KDF,
        idle_timeout_ms=idle_timeout_ms, choose_existing=choose_existing, choose_new=choose_new,
        session_watch=session_watch, tray_available=tray_available,
    )
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return controller


def show_active(
    qtbot: QtBot, window: QWidget, width: int = 1100, height: int = 750,
) -> None:
    """Show `window` at a desktop size and wait until it is the active window (has the keys)."""
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def add_undo_shortcut(window: QWidget, stack: QUndoStack) -> None:
    """Ctrl+Z on `stack` as an action on `window`, as the main window has it."""
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    window.addAction(undo)


def focused() -> QWidget:
    """The widget with keyboard focus right now (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus (fails if it never gets it)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or target.window(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, "Tab never reached the control"


def unlock(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock screen, press Return and wait until the journal opens."""
    type_text(controller.unlock.passphrase, passphrase)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key."""
    QTest.keyClicks(widget, text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has focus now (as a person at the keyboard would)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key, modifier)
