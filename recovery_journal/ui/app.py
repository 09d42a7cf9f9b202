"""Start the desktop app: wire the window, the screens, the vault and the worker together.

Widgets only build themselves; everything that opens files or asks the person something
happens here, in `AppController`, so the screens stay easy to test and to change.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from recovery_journal.paths import default_vault_path
from recovery_journal.storage.errors import EmptyPassphraseError
from recovery_journal.ui import theme
from recovery_journal.ui.create import CreateScreen
from recovery_journal.ui.dialogs.actions import DataActions, DataHooks
from recovery_journal.ui.help import load_bundled_helplines
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.unlock import UnlockScreen
from recovery_journal.ui.welcome import WelcomeScreen
from recovery_journal.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_journal.storage.vault import Vault

APP_NAME = "Recovery Journal"
ORGANISATION = "recovery-journal"
LAST_VAULT_KEY = "vault/last_path"
THEME_KEY = "appearance/theme"
TEXT_SCALE_KEY = "appearance/text_scale"
GEOMETRY_KEY = "window/geometry"

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
        self, window: MainWindow, settings: QSettings, *, kdf_iter: int | None = None,
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
        self.vault_path = default_vault_path()
        self._shutting_down = False
        self.welcome = WelcomeScreen()
        self.create = CreateScreen()
        self.unlock = UnlockScreen()
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
        window.theme_changed.connect(self.set_theme)
        window.text_scale_changed.connect(self.set_text_scale)
        # Held while a closed journal is being backed up, so a quick re-unlock waits for it.
        self._vault_busy = threading.Lock()
        self._skip_backup = False
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
        remembered = str(self.settings.value(LAST_VAULT_KEY, "", type=str))
        path = vault_path or (Path(remembered) if remembered else default_vault_path())
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
        self.create.clear()
        self.unlock.clear()
        self.vault_path = result.path
        self.settings.setValue(LAST_VAULT_KEY, str(result.path))
        self.window.open_journal(Repositories.from_vault(result))

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
        self.settings.remove(LAST_VAULT_KEY)
        self.vault_path = default_vault_path()
        self.show_welcome()
        self.window.show_status(self.tr("Your journal and its backups were deleted."))

    def _after_lock(self, notice: str) -> None:
        if not self._shutting_down:
            self.show_unlock(self.vault_path, notice)

    def _shut_down(self) -> None:
        self._shutting_down = True
        self.settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        self.pool.waitForDone()

    # -- appearance (QSettings: never personal) --------------------------------------------

    def apply_appearance(self, app: QApplication) -> None:
        """Apply the stored theme and text size, and follow the desktop if "system"."""
        theme.apply_theme(app, self.theme_name())
        theme.apply_text_scale(app, self.text_scale())
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._follow_system(app))

    def theme_name(self) -> str:
        name = str(self.settings.value(THEME_KEY, theme.DEFAULT_THEME, type=str))
        return name if name in theme.THEMES else theme.DEFAULT_THEME

    def text_scale(self) -> int:
        stored = self.settings.value(TEXT_SCALE_KEY, 100, type=int)
        return theme.clamp_text_scale(stored if isinstance(stored, int) else 100)

    def set_theme(self, name: str) -> None:
        self.settings.setValue(THEME_KEY, name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, self.theme_name())

    def set_text_scale(self, percent: int) -> None:
        self.settings.setValue(TEXT_SCALE_KEY, theme.clamp_text_scale(percent))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_text_scale(app, self.text_scale())

    def _follow_system(self, app: QApplication) -> None:
        if self.theme_name() == "system":
            theme.apply_theme(app, "system")


def _open_vault(path: Path, passphrase: str, kdf_iter: int | None) -> Vault:
    # Storage (and sqlcipher3) is imported on the worker, keeping the first window quick.
    from recovery_journal.storage.vault import Vault

    return Vault.open(path, passphrase, kdf_iter=kdf_iter)


def build_app(
    vault_path: Path | None, settings: QSettings, *, kdf_iter: int | None = None,
    idle_timeout_ms: int | None = None, choose_existing: ChooseExisting = choose_existing_file,
    choose_new: ChooseNew = choose_new_file,
) -> AppController:
    """Build the window and its controller and show the first screen (tests use this too)."""
    window = MainWindow(load_bundled_helplines(), idle_timeout_ms=idle_timeout_ms)
    controller = AppController(
        window, settings, kdf_iter=kdf_iter, choose_existing=choose_existing,
        choose_new=choose_new,
    )
    controller.start(vault_path)
    return controller


def run_app(vault_path: Path | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit status."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setStyle("Fusion")
    settings = QSettings(ORGANISATION, APP_NAME)
    controller = build_app(vault_path, settings)
    window = controller.window
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1100, 750)
    window.show()
    # After show() (so headings on screen are rescaled too) but before anything is painted.
    controller.apply_appearance(app)
    return int(app.exec())
