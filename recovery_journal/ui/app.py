"""Start the desktop app: wire the window, the screens, the vault and the worker together.

Widgets only build themselves; everything that opens files or asks the person something
happens here, in `AppController`, so the screens stay easy to test and to change.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize, Qt, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QSystemTrayIcon, QWidget

from recovery_journal.helplines import load_catalogue
from recovery_journal.paths import default_vault_path
from recovery_journal.resources import APP_ID, ICON_SIZES, app_icon_png
from recovery_journal.storage.errors import EmptyPassphraseError
from recovery_journal.ui import theme
from recovery_journal.ui.about import JOURNAL_PROPERTY, SETTINGS_PROPERTY
from recovery_journal.ui.app_settings import (
    APP_NAME,
    ORGANISATION,
    AppSettings,
    user_settings,
)
from recovery_journal.ui.control_names import name_controls
from recovery_journal.ui.data.actions import DataActions, DataHooks
from recovery_journal.ui.i18n import install_translations
from recovery_journal.ui.locked.create import CreateScreen
from recovery_journal.ui.locked.unlock import UnlockScreen
from recovery_journal.ui.locked.welcome import WelcomeScreen
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.tray import TrayController
from recovery_journal.ui.vault_check import check_in_background
from recovery_journal.ui.walk_away import WalkAwayLock
from recovery_journal.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_journal.storage.vault import Vault
    from recovery_journal.ui.session_watch import SessionWatch

# The WM_CLASS a window manager sees, matching StartupWMClass in the .desktop file.
WM_CLASS = "recovery-journal"

ChooseExisting = Callable[[QWidget], Path | None]
ChooseNew = Callable[[QWidget, Path], Path | None]


def choose_existing_file(parent: QWidget) -> Path | None:
    """Ask for an existing journal file."""
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Open a journal file"), "",
        parent.tr("Journal files (*.vault);;All files (*)"),
    )
    return Path(name) if name else None


def choose_new_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to create a new journal file."""
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Where should the journal be saved?"), str(suggested),
        parent.tr("Journal files (*.vault)"),
    )
    return Path(name) if name else None


class AppController(QObject):
    """Moves between welcome, create, unlock and the unlocked journal."""

    def __init__(
        self, window: MainWindow, settings: AppSettings, *, kdf_iter: int | None = None,
        choose_existing: ChooseExisting = choose_existing_file,
        choose_new: ChooseNew = choose_new_file, pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._kdf_iter = kdf_iter
        self._choose_existing = choose_existing
        self._choose_new = choose_new
        self.pool = pool or QThreadPool(self)
        window.setProperty(SETTINGS_PROPERTY, settings.store.fileName())
        self.vault_path = default_vault_path()
        self._shutting_down = False
        self.welcome = WelcomeScreen()
        self.create = CreateScreen(settings=settings)
        self.unlock = UnlockScreen()
        # Owned by the window from the start: a parentless screen would be deleted whenever
        # Python's garbage collector reached it, possibly while Qt was walking its widgets.
        window.add_locked_screens(self.welcome, self.create, self.unlock)
        self.welcome.create_requested.connect(self.show_create)
        self.welcome.open_requested.connect(self.open_other)
        self.create.back_requested.connect(self.show_welcome)
        self.create.choose_location_requested.connect(self._choose_location)
        self.create.submitted.connect(self._create)
        self.unlock.unlock_requested.connect(self._unlock)
        self.unlock.open_other_requested.connect(self.open_other)
        self.unlock.create_requested.connect(self.show_create)
        window.locked.connect(self._after_lock)
        window.closing.connect(self._shut_down)
        settings.theme_changed.connect(self._apply_theme)
        settings.text_scale_changed.connect(self._apply_text_scale)
        # Held while a closed journal is being backed up, so a quick re-unlock waits for it.
        self._vault_busy = threading.Lock()
        self._skip_backup = False
        self._in_tray = False  # closed to the tray at least once (see attach_walk_away)
        # Set when the screen locks while a journal is still being opened: it opens locked.
        self._lock_when_opened: str | None = None
        self.today: Callable[[], date] = date.today
        window.vault_closer = self._close_vault
        self.data = DataActions(window, DataHooks(
            repos=lambda: window.repos, lock_without_backup=self._lock_without_backup,
            show_status=window.show_status, after_restore=self._after_restore,
            after_delete=self._after_delete,
        ), kdf_iter=kdf_iter, pool=self.pool)
        for action, slot in zip(window.menus.data_actions, (
            self.data.export, self.data.import_, self.data.back_up_now, self.data.restore,
            self.data.delete_everything,
        ), strict=True):
            action.triggered.connect(slot)

    # -- screens ---------------------------------------------------------------------------

    def start(self, vault_path: Path | None) -> None:
        """Show the unlock screen for an existing journal, or the welcome for a new person."""
        path = vault_path or self.settings.last_vault() or default_vault_path()
        self.vault_path = path
        if path.exists():
            self.show_unlock(path)
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        self.create.clear()
        self.window.show_screen(self.welcome)

    def show_create(self) -> None:
        target = self.vault_path if not self.vault_path.exists() else default_vault_path()
        self.create.set_vault_path(target)
        self.create.clear()
        self.window.show_screen(self.create)

    def show_unlock(self, path: Path, notice: str = "") -> None:
        self.vault_path = path
        self.unlock.clear()
        self.unlock.set_vault_path(path)
        self.unlock.set_notice(notice)
        self.window.show_screen(self.unlock)

    def open_other(self) -> None:
        """Ask for another journal file, then offer to unlock it."""
        path = self._choose_existing(self.window)
        if path is not None:
            self.show_unlock(path)

    def _choose_location(self) -> None:
        path = self._choose_new(self.window, self.create.vault_path())
        if path is not None:
            self.create.set_vault_path(path)

    # -- the vault, off the GUI thread -----------------------------------------------------

    def _create(self) -> None:
        path, passphrase, kdf_iter = self.create.vault_path(), self.create.passphrase.text(), \
            self._kdf_iter

        def work() -> Vault:
            from recovery_journal.storage.vault import Vault  # loaded on the worker, not at start

            self._wait_for_backup()

            # The default folder may not exist on a first run.
            if not path.parent.exists():
                # If this fails, Vault.create explains the missing folder in plain words.
                from recovery_journal.files import make_private_folder

                with contextlib.suppress(OSError):
                    make_private_folder(path.parent)
            return Vault.create(path, passphrase, kdf_iter=kdf_iter)

        self._lock_when_opened = None
        self.create.set_busy(True)
        run_in_background(work, self, self._opened, self._create_failed, self.pool)

    def _create_failed(self, error: object) -> None:
        self.create.set_busy(False)
        self.create.show_error(error if isinstance(error, BaseException) else str(error))

    def _unlock(self) -> None:
        path, passphrase, kdf_iter = self.vault_path, self.unlock.passphrase.text(), \
            self._kdf_iter
        if not passphrase:
            self.unlock.show_error(EmptyPassphraseError())
            return
        self._lock_when_opened = None
        self.unlock.set_busy(True)

        def work() -> Vault:
            self._wait_for_backup()  # the journal may still be closing after today's backup
            return _open_vault(path, passphrase, kdf_iter)

        run_in_background(
            work,
            self, self._opened, self._unlock_failed, self.pool,
        )

    def _unlock_failed(self, error: object) -> None:
        self.unlock.set_busy(False)
        self.unlock.show_error(error if isinstance(error, BaseException) else Exception())

    def _opened(self, result: object) -> None:
        from recovery_journal.storage.repositories import Repositories
        from recovery_journal.storage.vault import Vault

        assert isinstance(result, Vault)
        if self._shutting_down:
            result.close()  # the window closed while the key was being derived
            return
        self.create.set_busy(False)
        self.unlock.set_busy(False)
        if self._in_tray and self.window.isHidden():
            result.close()  # closed to the tray meanwhile: it stays locked until shown again
            self.show_unlock(result.path)
            return
        if self._lock_when_opened is not None:
            # The person walked away while the key was being derived: keep it locked.
            notice, self._lock_when_opened = self._lock_when_opened, None
            self.create.clear()
            result.close()
            self.show_unlock(result.path, notice)
            return
        self.create.clear()
        self.unlock.clear()
        self.vault_path = result.path
        self.settings.set_last_vault(result.path)
        self.window.open_journal(Repositories.from_vault(result))
        check_in_background(result, self, self.pool, lambda: self._damaged_after_unlock(result))

    def _damaged_after_unlock(self, vault: Vault) -> None:
        """The check after unlock found a damaged page: lock (no backup of a damaged file) and
        say so on the unlock screen, as unlocking did when it ran the check itself."""
        from recovery_journal.storage.errors import DamagedVaultError

        repos = self.window.repos
        if repos is None or repos.vault is not vault:
            return  # locked or another journal meanwhile: its own unlock checks again
        self._lock_without_backup()
        self.unlock.show_error(DamagedVaultError())

    # -- backups, restore and delete everything ---------------------------------------------

    def _close_vault(self, vault: Vault, then: Callable[[], None]) -> None:
        """Close the journal, then call `then`; first make today's backup on a worker."""
        if self._skip_backup:
            self._skip_backup = False
            vault.close()
            then()
            return
        today = self.today()
        self._vault_busy.acquire()  # taken here so an unlock queued next always waits

        def work() -> None:
            from recovery_journal.storage.backups import automatic_backup

            try:
                automatic_backup(vault, today=today)
            finally:
                vault.close()
                self._vault_busy.release()

        # A backup that can't be made leaves the journal as it is; tomorrow's close tries again.
        run_in_background(work, self, lambda _r: then(), lambda _e: then(), self.pool)

    def _wait_for_backup(self) -> None:
        with self._vault_busy:
            pass

    def _lock_without_backup(self) -> None:
        self._skip_backup = True
        self.window.lock()
        self._skip_backup = False

    def _after_restore(self, path: Path, notice: str) -> None:
        self.show_unlock(path, notice)

    def _after_delete(self) -> None:
        self.window.reminders.stop()  # no reminder for a journal that is gone
        self.settings.forget_last_vault()
        self.vault_path = default_vault_path()
        self.show_welcome()
        self.window.show_status(self.tr("Your journal and its backups were deleted."))

    # -- walking away and the tray ------------------------------------------------------------

    def attach_walk_away(self, watch: SessionWatch | None, *, tray_available: bool) -> None:
        """Lock on screen lock, sleep and minimise (as chosen), and add the tray icon."""
        self.walk_away = WalkAwayLock(self.window, self.settings, self._lock_away)
        if watch is not None:
            self.walk_away.listen(watch)
        icon = app_icon() if tray_available else QIcon()
        self.tray = TrayController(self.window, self.settings, icon, available=tray_available)
        self.window.hidden_to_tray.connect(self._hidden_to_tray)

    def _hidden_to_tray(self) -> None:
        # Nothing typed on a locked screen waits in a hidden window.
        self._in_tray = True
        self.unlock.clear()
        self.create.clear()

    def _lock_away(self, reason: str, notice: str) -> None:
        if not self.window.is_unlocked:
            # An unlock or a new journal may be finishing on a worker: it must not open unseen.
            self._lock_when_opened = notice
            self.unlock.clear()
            self.create.clear()
            self.window.lock_with_notice(notice)  # still clears the clipboard
            return
        # Before sleep the file must be closed at once; today's backup waits for the next close.
        self._skip_backup = reason == "sleep" and self.window.is_unlocked
        try:
            self.window.lock_with_notice(notice)
        finally:
            self._skip_backup = False

    def _after_lock(self, notice: str) -> None:
        if not self._shutting_down:
            self.show_unlock(self.vault_path, notice)

    def _shut_down(self) -> None:
        self._shutting_down = True
        self.settings.set_geometry(self.window.saveGeometry())
        self.pool.waitForDone()

    # -- appearance (QSettings: never personal) --------------------------------------------

    def apply_appearance(self, app: QApplication) -> None:
        """Apply the stored theme and text size, and follow the desktop if "system"."""
        theme.apply_theme(app, self.settings.theme())
        theme.apply_text_scale(app, self.settings.text_scale())
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._follow_system(app))

    @property
    def vault_path(self) -> Path:
        """The journal being opened or in use; the window's About box shows it."""
        return self._vault_path

    @vault_path.setter
    def vault_path(self, path: Path) -> None:
        self._vault_path = path
        self.window.setProperty(JOURNAL_PROPERTY, str(path))

    def _apply_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, name)

    def _apply_text_scale(self, percent: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_text_scale(app, percent)

    def _follow_system(self, app: QApplication) -> None:
        if self.settings.theme() == "system":
            theme.apply_theme(app, "system")


def _open_vault(path: Path, passphrase: str, kdf_iter: int | None) -> Vault:
    # Storage (and sqlcipher3) is imported on the worker, keeping the first window quick.
    from recovery_journal.storage.vault import Vault

    # The full integrity checks run just after, on a worker (ui/vault_check.py).
    return Vault.open(path, passphrase, kdf_iter=kdf_iter, check=False)


def build_app(
    vault_path: Path | None, settings: QSettings, *, kdf_iter: int | None = None,
    idle_timeout_ms: int | None = None, choose_existing: ChooseExisting = choose_existing_file,
    choose_new: ChooseNew = choose_new_file, session_watch: SessionWatch | None = None,
    tray_available: bool = False,
) -> AppController:
    """Build the window and its controller and show the first screen (tests use this too).

    Tests get no desktop buses and no tray unless they pass their own; `run_app` passes both.
    """
    app_settings = AppSettings(settings)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # Before any widget exists, so every one is built at the chosen size.
        theme.apply_text_scale(app, app_settings.text_scale())
        install_translations(app, app_settings.language())  # and Qt's plural forms
        name_controls(app)  # combo boxes by their labels, not their values
    window = MainWindow(load_catalogue(), app_settings, idle_timeout_ms=idle_timeout_ms)
    app_settings.setParent(window)
    controller = AppController(
        window, app_settings, kdf_iter=kdf_iter, choose_existing=choose_existing,
        choose_new=choose_new,
    )
    controller.attach_walk_away(session_watch, tray_available=tray_available)
    controller.start(vault_path)
    return controller


def app_icon() -> QIcon:
    """The application icon in every drawn size (the SVG is what the desktop entry installs)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(app_icon_png(size)), QSize(size, size))
    return icon


def name_application(app: QApplication) -> None:
    """The names and icon a desktop shows: task switcher, Wayland app id, X11 WM_CLASS."""
    app.setApplicationName(WM_CLASS)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def run_app(vault_path: Path | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit status."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # argv[0] names the WM_CLASS instance; `python -m` would make it "__main__.py".
        app = QApplication([WM_CLASS])
    name_application(app)
    app.setOrganizationName(ORGANISATION)
    app.setStyle("Fusion")
    controller = build_app(
        vault_path, user_settings(), tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
    )
    window = controller.window
    # The tray may keep the app alive past its last window, so closing the window quits here.
    window.closing.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    geometry = controller.settings.geometry()
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1100, 750)
    window.show()
    # After show() (so headings on screen are rescaled too) but before anything is painted.
    controller.apply_appearance(app)
    # Listening for the screen lock and sleep starts once the window is up (QtDBus loads here).
    from recovery_journal.ui.session_watch import SessionWatch

    controller.walk_away.listen(SessionWatch.on_desktop_buses())
    return int(app.exec())
