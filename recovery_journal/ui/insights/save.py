"""Where to save a chart, in which format, the one title the file will carry, and whether the
image shows that title (with the period) above the chart: on unless the person turns it off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QLabel, QLineEdit, QWidget

# (filter text, suffix); the suffix decides the format charts.export_figure writes.
FORMATS: tuple[tuple[str, str], ...] = (
    ("PNG image (*.png)", "png"),
    ("SVG drawing (*.svg)", "svg"),
    ("PDF document (*.pdf)", "pdf"),
)

# (parent, suggested file name, suggested title) -> (path, title, title shown on the image),
# or None if the person cancels.
ChartFileChoice = tuple[Path, str, bool]
ChooseChartFile = Callable[[QWidget, str, str], "ChartFileChoice | None"]


class ChartSaveDialog(QFileDialog):
    """A save dialog offering PNG, SVG and PDF, with a field for the title the file keeps."""

    def __init__(self, parent: QWidget | None, suggested_name: str, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save chart"))
        # Qt's own dialog, since a platform dialog can't hold the title field.
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.setNameFilters([self.tr(text) for text, _suffix in FORMATS])
        self.setDefaultSuffix("png")
        self.selectFile(suggested_name)
        self.filterSelected.connect(self._filter_chosen)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setAccessibleName(self.tr("Title saved with the chart"))
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title_edit)
        self.show_title = QCheckBox(self.tr("&Show the title and period on the image"), self)
        self.show_title.setChecked(True)
        note = QLabel(self.tr(
            "Besides the chart, the file keeps only this title: no app name, date saved or "
            "folder. It uses light colours so it prints well. Share it with whoever you "
            "choose."), self)
        note.setWordWrap(True)
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            row = grid.rowCount()
            grid.addWidget(title_label, row, 0)
            grid.addWidget(self.title_edit, row, 1)
            grid.addWidget(self.show_title, row + 1, 1)
            grid.addWidget(note, row + 2, 0, 1, grid.columnCount())

    def _filter_chosen(self, chosen: str) -> None:
        suffix = self._suffix_for(chosen)
        self.setDefaultSuffix(suffix)
        # Keep the typed name, with the extension of the format just picked.
        name = Path(self.selectedFiles()[0]).name if self.selectedFiles() else ""
        if name:
            self.selectFile(str(Path(name).with_suffix("." + suffix)))

    def _suffix_for(self, filter_text: str) -> str:
        for text, suffix in FORMATS:
            if self.tr(text) == filter_text:
                return suffix
        return "png"

    def chosen(self) -> ChartFileChoice | None:
        """The file, title and whether the image shows it, once accepted; the extension always
        names a format."""
        files = self.selectedFiles()
        if self.result() != QFileDialog.DialogCode.Accepted or not files:
            return None
        path = Path(files[0])
        suffixes = {suffix for _text, suffix in FORMATS}
        if path.suffix.lower().lstrip(".") not in suffixes:
            path = path.with_name(path.name + "." + self._suffix_for(self.selectedNameFilter()))
        return path, self.title_edit.text().strip(), self.show_title.isChecked()


def ask_where_to_save(parent: QWidget, suggested_name: str, title: str) -> ChartFileChoice | None:
    """Show the save dialog and wait for the person's choice."""
    dialog = ChartSaveDialog(parent, suggested_name, title)
    dialog.exec()
    result = dialog.chosen()
    dialog.deleteLater()
    return result
