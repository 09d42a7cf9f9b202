"""The File menu's data actions: open each dialog and carry out what the person confirmed.

Restore and Delete everything lock the journal first (the vault must be closed before its file
is replaced or removed), then work off the GUI thread and hand back to the app controller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtWidgets import QDialog, QWidget

from recovery_journal.ui.data.backups import DeleteEverythingDialog, RestoreDialog
from recovery_journal.ui.data.common import (
    ChooseFile,
    choose_open_file,
    choose_save_file,
    error_text,
    run_busy,
)
from recovery_journal.ui.data.export import ExportDialog

if TYPE_CHECKING:
    from recovery_journal.storage.backups import Restored
    from recovery_journal.storage.repositories import Repositories


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataActions", text)


@dataclass
class DataHooks:
    """What the actions need from the window and the app controller (passed in, never global)."""

    repos: Callable[[], Repositories | None]
    lock_without_backup: Callable[[], None]
    show_status: Callable[[str], None]
    after_restore: Callable[[Path, str], None]  # (journal path, notice for the unlock screen)
    after_delete: Callable[[], None]


class DataActions(QObject):
    """Opens Export, Import, Back up now, Restore and Delete everything for the open journal."""

    def __init__(
        self, window: QWidget, hooks: DataHooks, *, kdf_iter: int | None = None,
        pool: QThreadPool | None = None, choose_save: ChooseFile = choose_save_file,
        choose_open: ChooseFile = choose_open_file, today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hooks = hooks
        self._kdf_iter = kdf_iter
        self._pool = pool
        self.choose_save = choose_save
        self.choose_open = choose_open
        self._today = today
        self.dialog: QDialog | None = None  # the open one, for tests and screenshots

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.destroyed.connect(self._forget)
        dialog.open()

    def _forget(self) -> None:
        self.dialog = None

    # -- export, import, back up now -------------------------------------------------------

    def export(self) -> None:
        repos = self._hooks.repos()
        if repos is None:
            return
        dialog = ExportDialog(repos, self.choose_save, self._window, today=self._today,
                              pool=self._pool)
        dialog.exported.connect(self._hooks.show_status)
        self._show(dialog)

    def import_(self) -> None:
        repos = self._hooks.repos()
        if repos is None:
            return
        from recovery_journal.ui.data.importing import ImportDialog

        dialog = ImportDialog(repos, self.choose_open, self._window, pool=self._pool)
        dialog.imported.connect(self._hooks.show_status)
        self._show(dialog)

    def back_up_now(self) -> None:
        repos = self._hooks.repos()
        if repos is None:
            return
        vault = repos.vault
        suggested = f"{vault.path.stem}-backup-{self._today().isoformat()}.vault"
        target = self.choose_save(
            self._window, _tr("Save a backup"), str(Path.home() / suggested),
            _tr("Journal backups (*.vault)"),
        )
        if target is None:
            return
        if target.resolve() == vault.path.resolve():
            self._hooks.show_status(_tr("A backup can't replace the journal itself. "
                                        "Choose another name."))
            return

        def work() -> Path:
            from recovery_journal.storage.backups import back_up

            return back_up(vault, target)

        run_busy(self._window, _tr("Making the backup…"), work,
                 lambda _r: self._hooks.show_status(_tr(
                     "Backup saved and checked. It opens with your current passphrase.")),
                 lambda error: self._hooks.show_status(error_text(error)), self._pool)

    # -- restore and delete everything -----------------------------------------------------

    def restore(self) -> None:
        repos = self._hooks.repos()
        if repos is None:
            return
        from recovery_journal.storage.backups import backup_day, list_backups, verify_backup
        from recovery_journal.storage.upkeep import copies_may_need_earlier_passphrase

        path, kdf_iter = repos.vault.path, self._kdf_iter
        backups = [(p, backup_day(p)) for p in list_backups(path)]
        dialog = RestoreDialog(
            backups, lambda backup, phrase: verify_backup(path, backup, phrase,
                                                          kdf_iter=kdf_iter),
            self.choose_open, self._window, self._pool,
            earlier_passphrase=copies_may_need_earlier_passphrase(path),
        )
        dialog.accepted.connect(lambda: self._restore(path, dialog))
        self._show(dialog)

    def _restore(self, path: Path, dialog: RestoreDialog) -> None:
        backup, passphrase, kdf_iter = dialog.chosen_backup(), dialog.passphrase.text(), \
            self._kdf_iter
        dialog.passphrase.clear()
        if backup is None:
            return
        self._hooks.lock_without_backup()

        def work() -> Restored:
            from recovery_journal.storage.backups import restore

            return restore(path, backup, passphrase, kdf_iter=kdf_iter)

        def done(restored: object) -> None:
            notice = _tr("The backup was restored. Unlock it with the passphrase it had "
                         "when it was made.")
            from recovery_journal.storage.backups import Restored

            if isinstance(restored, Restored) and restored.kept is not None:
                notice += " " + _tr("Your previous journal was kept, whole, as %1.")\
                    .replace("%1", restored.kept.name)
            if isinstance(restored, Restored):
                notice = " ".join([notice, *restored.notes()])
            self._hooks.after_restore(path, notice)

        run_busy(self._window, _tr("Restoring the backup…"), work, done,
                 lambda error: self._hooks.after_restore(path, error_text(error)), self._pool)

    def delete_everything(self) -> None:
        repos = self._hooks.repos()
        if repos is None:
            return
        path = repos.vault.path
        dialog = DeleteEverythingDialog(path.name, self._window)
        dialog.accepted.connect(lambda: self._delete(path))
        self._show(dialog)

    def _delete(self, path: Path) -> None:
        self._hooks.lock_without_backup()

        def work() -> None:
            from recovery_journal.storage.backups import delete_everything

            delete_everything(path)

        run_busy(self._window, _tr("Deleting the journal…"), work,
                 lambda _r: self._hooks.after_delete(),
                 lambda error: self._hooks.after_restore(path, error_text(error)), self._pool)
