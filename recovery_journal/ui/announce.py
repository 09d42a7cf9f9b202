"""Tell screen readers about a short status ("Check-in saved") without moving focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

try:  # Qt 6.8 added real announcements; older Qt falls back to a live label.
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - depends on the installed Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


def announce(source: QWidget, text: str, live_label: QLabel | None = None) -> None:
    """Announce `text` politely from `source`; also show it on `live_label` if one is given."""
    if live_label is not None:
        live_label.setText(text)
        live_label.setAccessibleName(text)
    if not text or not QAccessible.isActive():
        return
    if QAccessibleAnnouncementEvent is not None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
    elif live_label is not None:
        QAccessible.updateAccessibility(
            QAccessibleEvent(live_label, QAccessible.Event.NameChanged)
        )


def announce_saved(dialog: QWidget, text: str) -> None:
    """Say a save made in a dialog through the main window's status line, or from the dialog.

    `text` is a fixed, calm sentence ("Life check saved"): never names or words the person
    wrote, since the accessibility bus is readable by other programs.
    """
    # The dialog may close right after saving; the window's live status outlives it.
    widget: QWidget | None = dialog.parentWidget()
    while widget is not None:
        show_status = getattr(widget, "show_status", None)
        if callable(show_status):
            show_status(text)
            return
        widget = widget.parentWidget()
    announce(dialog, text)
