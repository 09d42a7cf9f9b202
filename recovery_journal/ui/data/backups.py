"""Restore from backup and Delete everything: the two dialogs that replace or remove a journal.

Neither touches a file itself: each checks what the person chose and accepts, and the caller
locks the journal before the change is made (see `ui/data/actions.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui.data.common import ChooseFile, error_text, run_busy, show_message
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.labels import message_box_label, paragraph
from recovery_journal.ui.widgets.passphrase import passphrase_field

# (backup, passphrase) -> None, raising a VaultError when the backup doesn't check out.
VerifyBackup = Callable[[Path, str], None]
ROLE_PATH = 256  # Qt.ItemDataRole.UserRole


def _day_words(day: date | None, path: Path) -> str:
    if day is None:
        return path.name
    # QLocale, not strftime: the day and month names follow the app's language.
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class RestoreDialog(QDialog):
    """Pick a backup, type its passphrase; it is checked before the dialog accepts."""

    def __init__(
        self, backups: list[tuple[Path, date | None]], verify: VerifyBackup,
        choose_file: ChooseFile, parent: QWidget | None = None,
        pool: QThreadPool | None = None, *, earlier_passphrase: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setObjectName("restoreDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._verify = verify
        self._choose_file = choose_file
        self._pool = pool
        self._other: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Restoring puts a backup in place of your journal as it is now. Your current "
            "journal is not deleted: it is kept aside, unchanged, next to the journal file, "
            "with today's date and time in its name. Afterwards you unlock the restored "
            "journal with the passphrase it had when the backup was made."
        )))
        if earlier_passphrase:  # a change of passphrase couldn't redo every backup
            layout.addWidget(paragraph(self.tr(
                "Backups are changed with your passphrase, but some couldn't be, so they "
                "still open with an earlier passphrase. If your passphrase doesn't open one, "
                "try your previous one."
            )))
        self.list_label = QLabel(self.tr("&Backups made when the journal was closed:"))
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.list_label.setBuddy(self.backups)
        for path, day in backups:
            item = QListWidgetItem(_day_words(day, path))
            item.setData(ROLE_PATH, str(path))
            self.backups.addItem(item)
        if backups:
            self.backups.setCurrentRow(0)
        else:
            self.backups.hide()
            self.list_label.setText(self.tr("No automatic backups yet. You can choose a file."))
        self.choose_button = QPushButton(self.tr("Choose a backup &file…"))
        self.choose_button.setAccessibleName(self.tr("Choose a backup file"))
        self.choose_button.clicked.connect(self._choose_other)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.chosen_label.hide()
        pass_label = QLabel(self.tr("&Passphrase of the backup:"))
        self.passphrase = passphrase_field(self.tr("Passphrase of the backup"))
        pass_label.setBuddy(self.passphrase)
        self.message = message_box_label()
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Check and &restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Check the backup and restore it"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        mark_main_action(self.buttons)
        cancel.setAccessibleName(self.tr("Cancel, keep the journal as it is"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.list_label, self.backups, self.choose_button, self.chosen_label,
                       pass_label, self.passphrase, self.message, self.buttons):
            layout.addWidget(widget)
        self.passphrase.setFocus()

    def chosen_backup(self) -> Path | None:
        """The file chosen with the button, else the selected automatic backup."""
        if self._other is not None:
            return self._other
        item = self.backups.currentItem()
        return Path(str(item.data(ROLE_PATH))) if item is not None else None

    def _choose_other(self) -> None:
        path = self._choose_file(
            self, self.tr("Choose a backup"), "",
            self.tr("Journal backups (*.vault);;All files (*)"),
        )
        if path is None:
            return
        self._other = path
        self.backups.clearSelection()
        self.chosen_label.setText(self.tr("Chosen file: %1").replace("%1", path.name))
        self.chosen_label.setAccessibleName(self.chosen_label.text())
        self.chosen_label.show()

    def _check(self) -> None:
        backup, passphrase = self.chosen_backup(), self.passphrase.text()
        if backup is None:
            show_message(self.message, self.tr("Please choose a backup first."))
            return
        if not passphrase:
            show_message(self.message, self.tr("Please type the passphrase of the backup."))
            self.passphrase.setFocus()
            return
        show_message(self.message, "")
        self.restore_button.setEnabled(False)
        run_busy(self, self.tr("Checking the backup…"), lambda: self._verify(backup, passphrase),
                 self._checked, self._refused, self._pool)

    def _checked(self, _result: object) -> None:
        self.restore_button.setEnabled(True)
        self.accept()

    def _refused(self, error: object) -> None:
        self.restore_button.setEnabled(True)
        show_message(self.message, error_text(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class DeleteEverythingDialog(QDialog):
    """Explains plainly what goes, and asks for a typed word before anything is deleted."""

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete everything"))
        self.setObjectName("deleteEverythingDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.word = self.tr("delete")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "This removes your journal (%1) and all of its automatic backups from this "
            "computer: every check-in, entry, goal, plan and contact in it. It can't be "
            "undone, and no one, including us, can bring it back."
        ).replace("%1", vault_name)))
        layout.addWidget(paragraph(self.tr(
            "Exports and backup files you saved somewhere yourself are not touched. If you "
            "might want any of it later, choose Keep my journal and use File, Export first."
        )))
        prompt = QLabel(self.tr("To go ahead, type the word “%1”:").replace("%1", self.word))
        prompt.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName(
            self.tr("Type %1 to confirm").replace("%1", self.word)
        )
        prompt.setBuddy(self.confirmation)
        self.buttons = QDialogButtonBox()
        keep = self.buttons.addButton(self.tr("&Keep my journal"),
                                      QDialogButtonBox.ButtonRole.RejectRole)
        keep.setAccessibleName(self.tr("Keep my journal, delete nothing"))
        keep.setDefault(True)
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAccessibleName(self.tr("Delete the journal and its backups"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirmation.textChanged.connect(self._update)
        for widget in (prompt, self.confirmation, self.buttons):
            layout.addWidget(widget)
        layout.addStretch(1)  # spare height goes below the buttons, not between the lines
        self.confirmation.setFocus()

    def confirmed(self) -> bool:
        """True once the typed word matches (spaces and letter case don't matter)."""
        return self.confirmation.text().strip().casefold() == self.word.casefold()

    def _update(self) -> None:
        self.delete_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():  # Enter in the field must not get round the typed word
            super().accept()
