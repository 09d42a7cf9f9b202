"""The main window: a header with Get help now, the locked screens, and the unlocked journal.

Unlocked, it shows a navigation list and the pages built from the open vault's repositories.
Locking saves every page's draft, destroys the pages, clears the shared undo stack and closes
the vault, so no personal text is left in any widget, model or title.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.helplines import HelplineCatalogue
from recovery_journal.model import BundledHelplines
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui import icons
from recovery_journal.ui.announce import announce
from recovery_journal.ui.clipboard import ClipboardGuard
from recovery_journal.ui.fit import CurrentPageStack, let_choices_shrink, page_scroller
from recovery_journal.ui.focus_ring import FocusRings
from recovery_journal.ui.help.dialog import HelpDialog, HelpSection
from recovery_journal.ui.help.launcher import HelpLauncher
from recovery_journal.ui.idle import IdleWatcher
from recovery_journal.ui.main_menus import MainMenus
from recovery_journal.ui.navigation import NavigationList
from recovery_journal.ui.page import Page
from recovery_journal.ui.reminder import ReminderBanner, ReminderClock
from recovery_journal.ui.sections import SECTIONS, SectionKey
from recovery_journal.ui.unavailable import UnavailablePage
from recovery_journal.ui.widgets.heading import focus_page_title

if TYPE_CHECKING:
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault
    from recovery_journal.ui.app_settings import AppSettings
    from recovery_journal.ui.plan.page import PlanPage

APP_TITLE = "Recovery Journal"
STATUS_SECONDS = 10
REMINDER_TEXT = QT_TRANSLATE_NOOP("MainWindow", "A moment for a check-in, if you'd like one.")
AUTO_LOCK_NOTICE = QT_TRANSLATE_NOOP(
    "MainWindow", "Your journal locked itself after a quiet while. Anything you were typing "
    "was kept safely and will be back when you unlock."
)
DRAFT_PROBLEM_NOTICE = QT_TRANSLATE_NOOP(
    "MainWindow", "Your journal is locked. Some text you were typing couldn't be kept as a "
    "draft; the rest of your journal is safe."
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("MainWindow", str(text))


class MainWindow(QMainWindow):
    """The one window of the app. The app controller puts the locked screens in `locked_area`."""

    locked = Signal(str)
    unlocked = Signal()
    closing = Signal()
    hidden_to_tray = Signal()
    reminder_due = Signal()

    def __init__(
        self, catalogue: HelplineCatalogue | None, settings: AppSettings, *,
        idle_timeout_ms: int | None = None, now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(settings.window_title())
        self.setObjectName("mainWindow")
        self._idle_override_ms = idle_timeout_ms
        self._now = now
        self.settings = settings
        self._repos: Repositories | None = None
        self._pages: dict[SectionKey, Page] = {}
        # Every Copy in the app goes through this, so lock can take the copied text back.
        self.clipboard = ClipboardGuard(parent=self)
        self.help = HelpLauncher(self, catalogue, settings)
        self.undo_stack = QUndoStack(self)
        self.idle = IdleWatcher(0, self)
        self.idle.idle.connect(self._auto_lock)
        self.reminders = ReminderClock(now, self)
        self.reminders.due.connect(self._show_reminder)
        self.vault_closer: Callable[[Vault, Callable[[], None]], None] | None = None
        # Asked on close: True keeps the app running (locked) in the tray instead of quitting.
        self.keep_running: Callable[[], bool] = lambda: False
        self._quitting = False

        self.locked_area = QStackedWidget()
        self.journal_area = self._build_journal_area()
        self.screens = QStackedWidget()
        self.screens.addWidget(self.locked_area)
        self.screens.addWidget(self.journal_area)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.live_status = QLabel()
        self.live_status.setAccessibleName(self.tr("Status"))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_SECONDS * 1000)
        self._status_timer.timeout.connect(self._clear_status)
        self.statusBar().addWidget(self.live_status, 1)
        self.menus = MainMenus(self, self.undo_stack)
        self.focus_rings = FocusRings(self)
        self._set_unlocked_ui(False)
        settings.theme_changed.connect(self._appearance_changed)
        settings.text_scale_changed.connect(self._appearance_changed)
        settings.window_title_changed.connect(self._retitle)

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 6, 12, 6)
        name = QLabel(self.settings.window_title())
        self.app_name = name
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        row.addWidget(name)
        row.addStretch(1)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the journal now"))
        self.lock_button.setToolTip(self.tr("Lock the journal now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock)
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setToolTip(self.tr("Helplines and your own numbers (F1)"))
        self.help_button.clicked.connect(self.show_help)
        self.lock_button.setIcon(icons.icon(icons.LOCK))
        self.help_button.setIcon(icons.icon(icons.HELP))
        for button in (self.lock_button, self.help_button):
            button.setAutoDefault(True)
            row.addWidget(button)
        return header

    def _build_journal_area(self) -> QWidget:
        area = QWidget()
        row = QHBoxLayout(area)
        row.setContentsMargins(8, 8, 8, 8)
        self.nav = NavigationList()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        for section in SECTIONS:
            self.nav.addItem(QListWidgetItem(icons.section_icon(section.key), section.title))
        self.nav.currentRowChanged.connect(self._show_row)
        # A click opens the page and says its name; arrow keys keep the focus in the list.
        self.nav.clicked.connect(lambda _index: self._focus_current_page())
        self.pages = CurrentPageStack()
        self.page_scroller = page_scroller(self.pages, area)
        self.banner = ReminderBanner(_tr(REMINDER_TEXT))
        self.banner.go_to_today.connect(lambda: self.go_to(SectionKey.TODAY))
        self.banner_text = self.banner.label
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.page_scroller, 1)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        return area

    # -- locked screens --------------------------------------------------------------------

    def add_locked_screens(self, *screens: QWidget) -> None:
        """Give the locked screens (welcome, create, unlock) to the window, none shown yet."""
        current = self.locked_area.currentWidget()
        for screen in screens:
            self.locked_area.addWidget(screen)
        if current is not None:
            self.locked_area.setCurrentWidget(current)

    def show_screen(self, screen: QWidget) -> None:
        """Show one of the locked screens (welcome, create, unlock) and focus it."""
        if self.locked_area.indexOf(screen) < 0:
            self.locked_area.addWidget(screen)
        self.locked_area.setCurrentWidget(screen)
        self.screens.setCurrentWidget(self.locked_area)
        screen.setFocus()

    # -- the unlocked journal --------------------------------------------------------------

    @property
    def repos(self) -> Repositories | None:
        """The open journal's repositories, or None while locked."""
        return self._repos

    @property
    def is_unlocked(self) -> bool:
        return self._repos is not None

    @property
    def built_pages(self) -> dict[SectionKey, Page]:
        """The pages built since the last unlock (others are built when first shown)."""
        return dict(self._pages)

    def open_journal(self, repos: Repositories) -> None:
        """Show the journal of an unlocked vault, starting on Today."""
        self._repos = repos
        self._set_unlocked_ui(True)
        self.screens.setCurrentWidget(self.journal_area)
        self.nav.setCurrentRow(-1)
        self.go_to(SectionKey.TODAY, title=False)  # straight to the check-in's first scale
        self._start_clocks(repos)
        self.unlocked.emit()

    def go_to(self, key: SectionKey | str, *, title: bool = True) -> None:
        """Show the page `key` (building it now if needed) and move focus into it: to its
        heading (so its name is spoken) when `title`, else to its first control."""
        if self._repos is None:
            return
        key = SectionKey(key)
        row = next(i for i, section in enumerate(SECTIONS) if section.key == key)
        # Already on this page: the person may be typing in it; keep their place.
        staying = self._pages.get(key) is self.pages.currentWidget()
        self.nav.setCurrentRow(row)
        page = self._pages.get(key)
        if page is not None and not (title and focus_page_title(page, keep_inside=staying)):
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_current_page(self) -> None:
        page = self.pages.currentWidget()
        if page is not None:
            focus_page_title(page, keep_inside=False)

    def page(self, key: SectionKey | str) -> Page | None:
        """The built page `key`, if any."""
        return self._pages.get(SectionKey(key))

    def show_status(self, text: str) -> None:
        """Show a short status and send it to screen readers without moving focus."""
        announce(self, text, self.live_status)
        self._status_timer.start()

    def _clear_status(self) -> None:
        # The name said the status: cleared with the text, or a screen reader reads it stale.
        self.live_status.clear()
        self.live_status.setAccessibleName(self.tr("Status"))

    def _show_row(self, row: int) -> None:
        if self._repos is None or not 0 <= row < len(SECTIONS):
            return
        key = SECTIONS[row].key
        page = self._pages.get(key)
        if page is None:
            page = self._build_page(key, self._repos)
            self._pages[key] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def _build_page(self, key: SectionKey, repos: Repositories) -> Page:
        # Imported here: the pages load storage, which the first window must not.
        from recovery_journal.ui.pages import PageContext, build_page

        context = PageContext(
            repos, self.undo_stack, self.settings, open_plan_section=self.open_plan_section,
            set_autolock_minutes=self.idle.set_minutes, today=lambda: self._now().date(),
            region_help=self.region_help,
        )
        try:
            page = build_page(key, context)
        except VaultError as error:
            page = UnavailablePage(str(error))
        page.announce.connect(self.show_status)
        let_choices_shrink(page)
        return page

    def _retitle(self, title: str) -> None:
        self.setWindowTitle(title)
        self.app_name.setText(title)

    def _appearance_changed(self) -> None:
        for page in self._pages.values():
            page.appearance_changed()

    def _start_clocks(self, repos: Repositories) -> None:
        if self._idle_override_ms is not None:
            self.idle.set_timeout_ms(self._idle_override_ms)
        else:
            try:
                self.idle.set_minutes(repos.settings.get("autolock_minutes"))
            except VaultError:
                self.idle.set_minutes(10)
        self.idle.start()
        self.reminders.follow_vault(repos.settings, repos.vault.path)

    def _show_reminder(self) -> None:
        self.banner.show()
        self.show_status(_tr(REMINDER_TEXT))
        self.reminder_due.emit()

    # -- help ------------------------------------------------------------------------------

    def extra_help_sections(self) -> list[HelpSection]:
        """The person's crisis plan, shown first in Get help now (unlocked)."""
        return self.help.extra_sections()

    def show_crisis_card(self) -> None:
        """Open the one-page crisis card (unlocked only)."""
        self.help.show_crisis_card()

    def show_share_report(self) -> None:
        """Open Share a report (unlocked only); locking closes it like every dialog."""
        if self._repos is None:
            return
        from recovery_journal.ui.share.dialog import ShareReportDialog

        dialog = ShareReportDialog(self._repos, self._now().date(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _plan_page(self) -> PlanPage | None:
        from recovery_journal.ui.plan.page import PlanPage

        self.go_to(SectionKey.PLAN)
        page = self._pages.get(SectionKey.PLAN)
        return page if isinstance(page, PlanPage) else None  # None: the plan couldn't be read

    def open_plan_section(self, key: str) -> None:
        """Show My plan at section `key` (from the early-warning note on Today)."""
        if self._repos is not None:
            page = self._plan_page()
            if page is not None:
                page.focus_section(key)

    def show_guide(self) -> None:
        """Open the guide with pictures (one window, locked or unlocked; it holds no journal)."""
        from recovery_journal.ui.help.guide import GuideDialog

        guide = self.findChild(GuideDialog)
        if guide is None:
            guide = GuideDialog(self)
            guide.resize(guide.sizeHint())
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def show_help(self) -> None:
        """Open Get help now (without blocking the window); works locked and unlocked."""
        self.help.show()

    def region_help(self) -> BundledHelplines | None:
        """The bundled help for the region chosen now (None if the file can't be read)."""
        return self.help.region_help()

    @property
    def help_dialog(self) -> HelpDialog | None:
        return self.help.dialog

    # -- locking ---------------------------------------------------------------------------

    def lock(self) -> None:
        """Save drafts, drop every page and all personal text, close the vault."""
        self._lock()

    def lock_with_notice(self, notice: str) -> None:
        """Lock as `lock` does; the unlock screen then says `notice` (why it locked)."""
        self._lock(notice=notice)

    def _auto_lock(self) -> None:
        self._lock(notice=_tr(AUTO_LOCK_NOTICE))

    def _lock(self, *, notice: str = "") -> None:
        # Also when already locked (closing the window): a number copied there goes too.
        self.clipboard.clear()
        repos = self._repos
        if repos is None:
            return
        self.idle.stop()
        self.reminders.follow_memory(repos.settings, repos.vault.path)  # goes on while locked
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        self.help.dialog = None
        drafts_kept = self._save_drafts()
        self.nav.setCurrentRow(-1)
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._pages.clear()
        self.undo_stack.clear()
        self.setWindowTitle(self.settings.window_title())
        self.banner.hide()
        self.live_status.clear()
        self.live_status.setAccessibleName(self.tr("Status"))
        self.statusBar().clearMessage()
        self._repos = None
        self._set_unlocked_ui(False)
        # What Insights froze out of the collector's sight is seen again, and once the pages
        # are gone (deleted when the event loop next runs) one full pass clears their cycles.
        from recovery_journal.charts.gentle import thaw  # here: the window opens without charts

        thaw()
        QTimer.singleShot(0, gc.collect)
        if not drafts_kept:
            notice = _tr(DRAFT_PROBLEM_NOTICE)
        # The app may hand the vault to a worker that backs it up, then closes it; `locked`
        # follows once the file is closed.
        if self.vault_closer is not None:
            self.vault_closer(repos.vault, lambda: self.locked.emit(notice))
        else:
            repos.vault.close()
            self.locked.emit(notice)

    def _save_drafts(self) -> bool:
        kept = True
        for page in self._pages.values():
            try:
                page.save_draft()
            except (VaultError, ValueError):
                kept = False  # lock anyway: leaving the journal open is the bigger risk
        return kept

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        self.lock_button.setVisible(unlocked)
        self.menus.set_unlocked(unlocked)
        if not unlocked:
            self.screens.setCurrentWidget(self.locked_area)

    def quit_app(self) -> None:
        """Close the window and end the app, even when closing would keep it in the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.lock()
        if not self._quitting and self.keep_running():
            event.ignore()  # the person chose to keep it running, locked, in the tray
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.reminders.stop()  # the app is ending: nothing more to remind from
        self.closing.emit()
        event.accept()
