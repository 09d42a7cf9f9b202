"""Types passphrases into the real app window while a screen reader listens on the AT-SPI bus.

    python -m tests.ui.passphrase_walk VAULT SETTINGS_DIR EVENTS_FILE WALK_JSON

Run by tests/ui/test_passphrase_bus.py in its own process (a real xcb window on Xvfb with the
accessibility bridge on). WALK_JSON names the vault's passphrase ("vault"), the passphrases
typed on each screen ("unlock", "create", "change") and the markers: "hello" is said until the
listener has heard it (so nothing is typed before the bridge is up), "stop" ends the listening.
Every wait here is bounded; on any trouble the process exits non-zero with the reason.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from recovery_journal.ui.app import AppController, build_app, name_application
from recovery_journal.ui.settings.security import SecurityCard

FAST_KDF = 2
WAIT_SECONDS = 30.0
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def wait_until(condition: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
    """Keep the event loop turning (the listener asks the app questions) until `condition`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting: {what}")
        QTest.qWait(50)


def heard(events: Path, marker: str) -> bool:
    return events.is_file() and marker in events.read_text(encoding="utf-8")


def say(label: QLabel, marker: str, events: Path) -> None:
    """Change a label's accessible name to `marker` until the listener has heard it."""
    count = 0

    def said() -> bool:
        nonlocal count
        count += 1
        label.setAccessibleName(f"{marker} {count}")
        QTest.qWait(100)
        return heard(events, marker)

    wait_until(said, f"the listener to hear {marker}")


def type_text(field: QLineEdit, text: str) -> None:
    """Key presses carrying each letter (QTest.keyClicks takes ASCII only)."""
    for char in text:
        press(field, ord(char.upper()), text=char)


def press(field: QLineEdit, key: int, modifiers: Qt.KeyboardModifier = NO_MODIFIER,
          text: str = "") -> None:
    """One key pressed and let go, sent straight to the field (QTest's keys get lost on xcb)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, key, modifiers, text))


def type_into(field: QLineEdit, text: str) -> None:
    """Type as a person does: focus, keys, a slip corrected, a selection typed over."""
    field.setFocus()
    wait_until(field.hasFocus, "focus on the passphrase field")
    type_text(field, text)
    press(field, Qt.Key.Key_Backspace)
    type_text(field, text[-1])
    press(field, Qt.Key.Key_Home)
    press(field, Qt.Key.Key_Delete)
    type_text(field, text[0])
    press(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(field, text)
    if field.text() != text:
        raise SystemExit(f"{field.accessibleName()} holds {len(field.text())} of {len(text)}")


def walk(controller: AppController, vault: Path, events: Path, plan: dict[str, str]) -> None:
    window = controller.window
    label = QLabel(window)  # a voice for the markers
    label.move(-100, -100)
    label.show()
    say(label, plan["hello"], events)

    type_into(controller.unlock.passphrase, plan["unlock"])
    controller.unlock.passphrase.clear()

    controller.show_create()
    type_into(controller.create.passphrase, plan["create"])
    type_into(controller.create.repeat, plan["create"])
    controller.show_unlock(vault)

    type_into(controller.unlock.passphrase, plan["vault"])
    press(controller.unlock.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: window.is_unlocked, "the journal to unlock")

    window.go_to("settings")
    page = window.page("settings")
    card = page.findChild(SecurityCard) if page is not None else None
    if card is None:
        raise SystemExit("no Security card on Settings")
    dialog = card.open_dialog()
    wait_until(dialog.isVisible, "the change-passphrase dialog")
    type_into(dialog.current, plan["vault"])
    type_into(dialog.new, plan["change"])
    type_into(dialog.repeat, plan["change"])
    # Before closing: the listener asks each event's source about itself, in order.
    say(label, plan["stop"], events)
    dialog.reject()


def main(argv: list[str]) -> int:
    vault, settings_dir, events = Path(argv[1]), Path(argv[2]), Path(argv[3])
    plan = json.loads(Path(argv[4]).read_text(encoding="utf-8"))
    app = QApplication(["recovery-journal"])
    name_application(app)
    app.setStyle("Fusion")
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    controller = build_app(vault, settings, kdf_iter=FAST_KDF)
    window = controller.window
    window.resize(1100, 750)
    window.show()
    window.activateWindow()
    wait_until(window.isVisible, "the window")
    walk(controller, vault, events, plan)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
