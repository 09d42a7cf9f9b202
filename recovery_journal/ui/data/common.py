"""What the data dialogs share: file choosers that tests replace, plain error text, busy work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QWidget

from recovery_journal.portability.problems import ImportProblem
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui.announce import announce
from recovery_journal.ui.language import QtLanguage
from recovery_journal.ui.worker import run_in_background

# (parent, title, suggested path or folder, filter) -> the chosen path, or None when cancelled.
ChooseFile = Callable[[QWidget, str, str, str], Path | None]


def choose_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save a file (the dialog asks before replacing one)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def choose_open_file(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """Ask for an existing file."""
    name, _ = QFileDialog.getOpenFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def error_text(error: object) -> str:
    """Plain words for what went wrong; never the exception's own text unless it's ours."""
    if isinstance(error, VaultError):
        return "\n".join(part for part in (error.message, error.hint) if part)
    message = getattr(error, "message", None)
    if isinstance(error, ImportProblem):
        return error.describe(QtLanguage())  # with the row and column that hold it
    if isinstance(error, ValueError) and isinstance(message, str):
        return message
    return QCoreApplication.translate(
        "DataDialogs", "Something unexpected got in the way, so nothing was changed. "
        "Please try again."
    )


def show_message(label: QLabel, text: str) -> None:
    """Show `text` in an inline message panel and tell screen readers."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    if text:
        announce(label, text)


def run_busy(
    parent: QWidget, text: str, work: Callable[[], object],
    on_done: Callable[[object], None], on_failed: Callable[[object], None],
    pool: QThreadPool | None = None,
) -> QObject:
    """Run `work` off the GUI thread behind a small modal "working" window."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)  # half a backup or import can't be stopped safely
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setWindowTitle(text)
    progress.setAccessibleName(text)

    def finish(callback: Callable[[object], None]) -> Callable[[object], None]:
        def done(value: object) -> None:
            progress.close()
            progress.deleteLater()
            callback(value)
        return done

    return run_in_background(work, parent, finish(on_done), finish(on_failed), pool)
