"""Settings → Privacy: lock when the person walks away, and the icon in the notification area.

These choices live in AppSettings (outside the vault), so they work while the journal is locked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QSystemTrayIcon, QWidget

from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox


class PrivacyCard(Card):
    """Four check boxes, each saved as soon as it changes; `saved` says so to the page."""

    saved = Signal(str)

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, *,
        tray_available: bool | None = None,
    ) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self._settings = settings
        self.tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self.screen_lock = self._box(
            self.tr("Lock when the screen locks or the computer sleeps"),
            settings.lock_on_screen_lock(), settings.set_lock_on_screen_lock,
        )
        self.minimise = self._box(
            self.tr("Lock when the window is minimised"),
            settings.lock_on_minimise(), settings.set_lock_on_minimise,
        )
        self.tray_icon = self._box(
            self.tr("Show an icon in the notification area"),
            settings.tray_icon(), settings.set_tray_icon,
        )
        self.keep_running = self._box(
            self.tr("Keep running in the notification area when the window is closed"),
            settings.keep_running_in_tray(), settings.set_keep_running_in_tray,
        )
        self.about_tray = QLabel(self)
        self.about_tray.setWordWrap(True)
        self.add(self.about_tray)
        self.tray_icon.toggled.connect(self._match_tray)
        self._match_tray()

    def _box(self, text: str, checked: bool, save: object) -> QCheckBox:
        box = WrapCheckBox(text, self)
        box.setAccessibleName(text)
        box.setChecked(checked)
        box.toggled.connect(save)
        box.toggled.connect(lambda _on: self.saved.emit(self.tr("Saved")))
        self.add(box)
        return box

    def _match_tray(self) -> None:
        self.tray_icon.setEnabled(self.tray_available)
        self.keep_running.setEnabled(self.tray_available and self.tray_icon.isChecked())
        if self.tray_available:
            self.about_tray.setText(self.tr(
                "The icon offers Check in, Get help now and Lock, and the daily reminder also "
                "comes as a desktop notification: it only says it's time for a check-in, never "
                "anything you have written. Kept running there, the journal stays locked."
            ))
        else:
            self.about_tray.setText(self.tr(
                "This desktop has no notification area, so there is no icon and the daily "
                "reminder shows inside the window only, while it is open."
            ))
