"""Export…: everything in the journal to an open JSON file or a zip of CSV files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui.data.common import ChooseFile, error_text, run_busy, show_message
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.labels import message_box_label, paragraph

if TYPE_CHECKING:
    from recovery_journal.storage.repositories import Repositories


def _write(repos: Repositories, kind: str, path: Path) -> None:
    from recovery_journal.portability.export import write_csv_zip, write_json

    (write_json if kind == "json" else write_csv_zip)(repos, path)


class ExportDialog(QDialog):
    """Choose JSON or CSV, read that the file is not encrypted, then choose where it goes."""

    exported = Signal(str)  # a status sentence for the main window

    def __init__(
        self, repos: Repositories, choose_file: ChooseFile, parent: QWidget | None = None,
        *, today: Callable[[], date] = date.today, pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export your journal"))
        self.setObjectName("exportDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._repos = repos
        self._choose_file = choose_file
        self._today = today
        self._pool = pool
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "An export holds everything in your journal in an open format that other apps and "
            "spreadsheets can read."
        )))
        self.json_choice = QRadioButton(self.tr("&JSON: one file with everything (best for "
                                                "moving to another app or back here)"))
        self.json_choice.setAccessibleName(self.tr("JSON, one file with everything"))
        self.csv_choice = QRadioButton(self.tr("&CSV: a zip with one spreadsheet file per kind "
                                               "of record"))
        self.csv_choice.setAccessibleName(self.tr("CSV, a zip of spreadsheet files"))
        self.json_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.json_choice)
        group.addButton(self.csv_choice)
        self.warning = paragraph(self.tr(
            "The export is not encrypted: anyone who can open the file can read all of it. "
            "Keep it somewhere private, and delete it when you no longer need it."
        ))
        self.warning.setObjectName("message")
        self.message = message_box_label()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Choose where to save the export"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        mark_main_action(self.buttons)
        cancel.setAccessibleName(self.tr("Cancel the export"))
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.json_choice, self.csv_choice, self.warning, self.message,
                       self.buttons):
            layout.addWidget(widget)

    def kind(self) -> str:
        return "json" if self.json_choice.isChecked() else "csv"

    def _export(self) -> None:
        kind = self.kind()
        extension = ".json" if kind == "json" else ".zip"
        suggested = f"recovery-journal-export-{self._today().isoformat()}{extension}"
        filters = self.tr("JSON files (*.json)") if kind == "json" else self.tr("Zip files (*.zip)")
        path = self._choose_file(self, self.tr("Save the export"), suggested, filters)
        if path is None:
            return
        if path.suffix.lower() != extension:
            path = path.with_name(path.name + extension)
        self.export_button.setEnabled(False)
        repos = self._repos
        run_busy(self, self.tr("Writing the export…"), lambda: _write(repos, kind, path),
                 lambda _r: self._done(path), self._failed, self._pool)

    def _done(self, path: Path) -> None:
        self.written = path
        self.export_button.setEnabled(True)
        self.exported.emit(self.tr("Export saved as %1. It is not encrypted.")
                           .replace("%1", path.name))
        self.accept()

    def _failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        show_message(self.message, error_text(error))
