"""The icon in the notification area: Check in, Get help now, Lock and Quit, and the reminder.

The icon only exists where the desktop has a notification area and the person keeps it on.
Nothing it shows names anything personal: its tooltip is the window's (possibly neutral) title
and the reminder is the same generic line as the banner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from recovery_journal.ui import icons
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.main_window import REMINDER_TEXT, MainWindow
from recovery_journal.ui.sections import SectionKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


def keep_running_notice(title: str) -> tuple[str, str]:
    """What the person reads the first time closing the window leaves the app in the tray."""
    return (
        _tr("{title} is still running in the notification area, locked.").format(title=title),
        _tr("Choose Check in from its icon to come back, or Quit to close it completely. "
            "You can change this in Settings, under Privacy."),
    )


class TrayController(QObject):
    """Owns the tray icon and its menu; `available` is injected by tests (offscreen has none)."""

    def __init__(
        self, window: MainWindow, settings: AppSettings, icon: QIcon, *,
        available: bool | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.available = (
            QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        )
        self.menu = QMenu(window)
        self.check_in_action = self._action(_tr("Check in"), self.check_in)
        self.help_action = self._action(_tr("Get help now"), self.get_help)
        self.help_action.setIcon(icons.icon(icons.HELP))
        self.lock_action = self._action(_tr("Lock"), window.lock)
        self.lock_action.setIcon(icons.icon(icons.LOCK))
        self.menu.addSeparator()
        self.quit_action = self._action(_tr("Quit"), window.quit_app)
        self.notice: QMessageBox | None = None
        self.last_notification: tuple[str, str] | None = None  # generic words only
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.check_in)
        window.keep_running = self.keeps_running
        window.locked.connect(self.refresh)
        window.unlocked.connect(self.refresh)
        window.reminder_due.connect(self.remind)
        window.hidden_to_tray.connect(self._hidden_to_tray)
        settings.privacy_changed.connect(self.refresh)
        settings.window_title_changed.connect(self.refresh)
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    @property
    def shown(self) -> bool:
        """Whether the icon is in the notification area now."""
        return self.available and self.settings.tray_icon()

    def keeps_running(self) -> bool:
        """Closing the window keeps the app in the tray: only with the icon there, and if chosen."""
        return self.shown and self.settings.keep_running_in_tray()

    def refresh(self) -> None:
        """Match the icon to the settings and Lock to the journal's state."""
        self.lock_action.setEnabled(self.window.is_unlocked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Closing the first-time notice must not end an app that lives on in the tray.
            app.setQuitOnLastWindowClosed(not self.keeps_running())
        if self.icon is not None:
            self.icon.setToolTip(self.settings.window_title())
            self.icon.setVisible(self.shown)

    # -- the menu --------------------------------------------------------------------------

    def _bring_back(self) -> None:
        window = self.window
        if window.isMinimized() or not window.isVisible():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def check_in(self) -> None:
        """Show the window on Today's check-in; when locked, unlocking lands there."""
        self._bring_back()
        if self.window.is_unlocked:
            self.window.go_to(SectionKey.TODAY)
            return
        # Locked: the passphrase is ready for typing, and unlocking always opens on Today.
        screen = self.window.locked_area.currentWidget()
        if screen is not None:
            screen.setFocus()

    def get_help(self) -> None:
        """Show the window with Get help now open over it (helplines only, when locked)."""
        self._bring_back()
        self.window.show_help()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.check_in()

    # -- the reminder and closing to the tray ------------------------------------------------

    def remind(self) -> None:
        """The daily reminder as a desktop notification (generic words only)."""
        if self.icon is not None and self.shown:
            title = self.settings.window_title()
            text = QCoreApplication.translate("MainWindow", str(REMINDER_TEXT))
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
            self.last_notification = (title, text)

    def _hidden_to_tray(self) -> None:
        if self.settings.tray_notice_shown():
            return
        self.settings.set_tray_notice_shown()
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.settings.window_title())
        text, more = keep_running_notice(self.settings.window_title())
        box.setText(text)
        box.setInformativeText(more)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_notice)
        self.notice = box
        box.open()

    def _forget_notice(self) -> None:
        self.notice = None
