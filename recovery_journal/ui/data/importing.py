"""Import…: choose a format and file, map moods, columns, presets or categories, preview, import.

Reading, previewing and importing run off the GUI thread behind a progress window whose Cancel
leaves the journal exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.portability.problems import ImportProblem
from recovery_journal.ui.data.common import ChooseFile, error_text, show_message
from recovery_journal.ui.data.import_columns import ColumnsBox
from recovery_journal.ui.data.import_preview import imported_words, preview_text
from recovery_journal.ui.data.import_run import ImportRun
from recovery_journal.ui.data.import_steps import (
    CategoriesBox,
    WordsBox,
    category_step,
    column_steps,
    plan_lines,
    word_steps,
)
from recovery_journal.ui.fit import let_choices_shrink
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.labels import message_box_label, paragraph

if TYPE_CHECKING:
    from recovery_journal.portability.importing import CsvMapping, ImportPlan
    from recovery_journal.storage.repositories import Repositories



def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class _ButtonOrder(QProxyStyle):
    """Cancel · Preview · Import on every desktop: the main action last, Cancel first."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, data: QStyleHintReturn | None = None) -> int:
        if hint is QStyle.StyleHint.SH_DialogButtonLayout:
            # KDE's order puts No, then Action, then Accept, left to right.
            return int(QDialogButtonBox.ButtonLayout.KdeLayout.value)
        return super().styleHint(hint, option, widget, data)


class ImportDialog(QDialog):
    """Every import is previewed first, then written in one go (or not at all)."""

    imported = Signal(str)  # a status sentence for the main window

    def __init__(
        self, repos: Repositories, choose_file: ChooseFile, parent: QWidget | None = None,
        *, pool: QThreadPool | None = None,
    ) -> None:
        from recovery_journal.portability.importing import FORMATS

        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from another app"))
        self.setObjectName("importDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._repos = repos
        self._choose_file = choose_file
        self._pool = pool
        self._path: Path | None = None
        self._plan: ImportPlan | None = None
        self._mood_boxes: dict[str, QDoubleSpinBox] = {}
        self.columns: ColumnsBox | None = None
        self.words: list[WordsBox] = []
        self.categories: CategoriesBox | None = None
        self._text = ""
        self.busy = False
        self.run: ImportRun | None = None
        # Called on the worker before each record (a seam for tests: cancel at a known row).
        self.on_step: Callable[[int, int], None] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Bring in your history from a file. You'll see what it holds before anything is "
            "added, and importing the same file twice adds nothing the second time."
        )))
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        for key, name in FORMATS.items():
            self.format.addItem(self.tr(name), key)
        form.addRow(self.tr("&Format:"), self.format)
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), file_row)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Ready-made mapping for another app's file"))
        self.preset.addItem(self.tr("None: I'll choose the columns"), "")
        for key, title in _preset_titles().items():
            self.preset.addItem(title, key)
        self.preset_label = QLabel(self.tr("Ready-made &mapping:"))
        self.preset_label.setBuddy(self.preset)
        form.addRow(self.preset_label, self.preset)
        layout.addLayout(form)
        self.moods = QGroupBox(self.tr("Your mood labels on the 0–10 mood scale"))
        self.moods_form = QFormLayout(self.moods)
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setAccessibleName(self.tr("How the file is read"))
        self.mapping_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room for a few rows; the rest scrolls, so the preview below keeps its room too.
        self.mapping_area.setMinimumHeight(self.fontMetrics().height() * 6)
        holder = QWidget()
        self.holder_layout = QVBoxLayout(holder)
        self.holder_layout.addWidget(self.moods)
        self.mapping_area.setWidget(holder)
        self.mapping_area.hide()
        layout.addWidget(self.mapping_area, 1)
        # Daylio's own scales become measures only when the person says so (after a preview).
        self.with_scales = QCheckBox(self.tr("Also add the file's &scales as measures"))
        self.with_scales.setAccessibleName(self.tr("Also add the file's scales as measures"))
        self.with_scales.hide()
        self.with_scales.toggled.connect(lambda _on: self.show_preview())
        layout.addWidget(self.with_scales)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_label.setMargin(self.fontMetrics().height() // 2)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview_label.hide()
        layout.addWidget(self.preview_label)
        self.message = message_box_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self._order = _ButtonOrder()
        self._order.setParent(self)
        self.buttons.setStyle(self._order)
        # Cancel takes the No role: it still rejects, and stands first in the row.
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.NoRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel, import nothing"))
        self.preview_button = self.buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setAccessibleName(self.tr("Preview what the file holds"))
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import what the preview showed"))
        mark_main_action(self.buttons)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self._choose)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.preset.currentIndexChanged.connect(self._format_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self._refresh_buttons()

    def format_key(self) -> str:
        return str(self.format.currentData())

    # -- choosing --------------------------------------------------------------------------

    def _choose(self) -> None:
        path = self._choose_file(self, self.tr("Choose a file to import"), "",
                                 self.tr("Exports (*.csv *.json);;All files (*)"))
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Use `path` and build the mapping step its format needs."""
        self._path = path
        self.file_label.setText(path.name)
        self.file_label.setAccessibleName(self.tr("Chosen file: %1").replace("%1", path.name))
        self._format_changed()

    def _format_changed(self) -> None:
        self._forget_plan()
        # A new file or format asks again: consent to add scales was for the file previewed.
        self.with_scales.blockSignals(True)
        self.with_scales.setChecked(False)
        self.with_scales.blockSignals(False)
        self.with_scales.hide()
        show_message(self.message, "")
        while self.moods_form.rowCount():
            self.moods_form.removeRow(0)
        self._mood_boxes.clear()
        for step in (self.columns, *self.words, self.categories):
            if step is not None:
                step.hide()
                self.holder_layout.removeWidget(step)
                step.deleteLater()
        self.columns, self.words, self.categories = None, [], None
        key = self.format_key()
        for widget in (self.preset, self.preset_label):
            widget.setVisible(key == "csv")
        try:
            if self._path is not None and key == "daylio":
                self._build_moods(self._path)
            elif self._path is not None and key == "csv":
                self._build_columns(self._path)
            elif self._path is not None and key == "bearable":
                self._build_categories(self._path)
        except ValueError as problem:
            show_message(self.message, error_text(problem))
        self.moods.setVisible(bool(self._mood_boxes))
        steps = (self.columns, *self.words, self.categories)
        self.mapping_area.setVisible(bool(self._mood_boxes) or any(steps))
        self._refresh_buttons()
        if self.isVisible():
            self._fit_height()

    def _add_step(self, step: QGroupBox) -> None:
        self.holder_layout.addWidget(step)
        changed = getattr(step, "changed", None)
        if changed is not None:
            changed.connect(self._forget_plan)

    def _build_moods(self, path: Path) -> None:
        from recovery_journal.portability.importing import DAYLIO_DEFAULT_MOODS, daylio_mood_labels

        for label in daylio_mood_labels(path):
            box = QDoubleSpinBox()
            box.setRange(0, 10)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setValue(float(DAYLIO_DEFAULT_MOODS.get(label.strip().casefold(), 5)))
            box.setAccessibleName(self.tr("Mood for “%1”, 0 to 10").replace("%1", label))
            box.valueChanged.connect(self._forget_plan)
            self.moods_form.addRow(label, box)
            self._mood_boxes[label] = box

    def _build_columns(self, path: Path) -> None:
        preset = str(self.preset.currentData() or "")
        self.columns, self._text = column_steps(path, preset, self._repos.measures.list())
        self._add_step(self.columns)
        self.columns.changed.connect(self._roles_changed)
        self._roles_changed()

    def _roles_changed(self) -> None:
        """Words steps for the columns now given to a measure (kept numbers stay)."""
        assert self.columns is not None
        before = {box.column: box.scale() for box in self.words}
        for box in self.words:
            box.hide()
            self.holder_layout.removeWidget(box)
            box.deleteLater()
        self.words = word_steps(self._text, self.columns, self._repos.measures.list(), before)
        for box in self.words:
            self._add_step(box)

    def _build_categories(self, path: Path) -> None:
        self.categories = category_step(path, self._repos.measures.list())
        self._add_step(self.categories)

    # -- previewing and importing ----------------------------------------------------------

    def mood_map(self) -> dict[str, float]:
        return {label: box.value() for label, box in self._mood_boxes.items()}

    def set_column_role(self, column: str, role: str) -> None:
        assert self.columns is not None
        self.columns.set_role(column, role)

    def _mapping(self) -> CsvMapping:
        assert self.columns is not None
        return self.columns.mapping({box.column: box.scale() for box in self.words}, self._text)

    def show_preview(self) -> None:
        from recovery_journal.portability.importing import read_import
        from recovery_journal.portability.progress import new_measures, preview_with_progress

        path, key, repos = self._path, self.format_key(), self._repos
        if path is None:
            show_message(self.message, self.tr("Please choose a file first."))
            return
        try:
            mapping = self._mapping() if key == "csv" else None
        except ValueError as problem:  # the column step's own words are translated already
            said = error_text(problem) if isinstance(problem, ImportProblem) else str(problem)
            show_message(self.message, said)
            return
        mood_map = self.mood_map() if key == "daylio" else None
        uses = self.categories.uses() if self.categories is not None else None
        with_scales = self.with_scales.isChecked()

        def work(step: Callable[[int, int], None]) -> tuple[ImportPlan, str]:
            plan = read_import(key, path, mood_map=mood_map, mapping=mapping, uses=uses,
                               with_scales=with_scales)
            shown = preview_with_progress(plan, repos, step)
            made = new_measures(plan, repos) if key in {"csv", "bearable"} else []
            lines = preview_text(shown).split("\n")
            # The closing "Nothing is written until you choose Import." stays last.
            return plan, "\n".join([*lines[:-1], *plan_lines(plan, made), lines[-1]])

        show_message(self.message, "")
        self._start(self.tr("Reading the file…"), work, self._previewed)

    def _start(self, text: str, work: Callable[[Callable[[int, int], None]], object],
               on_done: Callable[[object], None]) -> None:
        self.run = ImportRun(self, text)
        self.run.on_step = self.on_step
        self._set_busy(True)

        def finished(callback: Callable[[object], None]) -> Callable[[object], None]:
            def done(value: object) -> None:
                self._set_busy(False)
                callback(value)
            return done

        self.run.start(work, finished(on_done), finished(self._problem), self._pool)

    def _set_busy(self, busy: bool) -> None:
        # One piece of work at a time: the vault is never touched from two threads at once.
        self.busy = busy
        for widget in (self.buttons, self.format, self.preset, self.choose_button,
                       self.mapping_area):
            widget.setEnabled(not busy)
        if not busy:
            self._refresh_buttons()

    def reject(self) -> None:
        """Closing while reading or importing stops the work first (nothing is written)."""
        if self.busy and self.run is not None:
            self.run.cancel()
            return
        super().reject()

    def _previewed(self, result: object) -> None:
        assert isinstance(result, tuple)
        self._plan = result[0]
        text = result[1]
        if self._plan.scales:
            self.with_scales.setToolTip(", ".join(self._plan.scales))
            self.with_scales.setAccessibleDescription(
                self.tr("Scales in the file: %1").replace("%1", ", ".join(self._plan.scales)))
            self.with_scales.show()
        self.preview_label.setText(text)
        self.preview_label.setAccessibleName(text)
        # Room for every line at the narrowest the dialog gets, so none is cut.
        narrowest = self.minimumWidth() - 2 * self.fontMetrics().averageCharWidth() * 2
        self.preview_label.setMinimumHeight(self.preview_label.heightForWidth(narrowest))
        self.preview_label.show()
        self._fit_height()
        self._refresh_buttons()
        self.import_button.setFocus()

    def _fit_height(self) -> None:
        # Wrapped labels need more height than the layout's minimum says; grow to what the
        # layout needs at this width, so no line is cut and nothing overlaps.
        layout = self.layout()
        assert layout is not None
        holder = self.mapping_area.widget()
        if holder is not None:
            let_choices_shrink(holder)  # long role names must not push rows past the edge
        self.adjustSize()
        needed = layout.totalHeightForWidth(self.width())
        tallest = needed
        screen = self.screen()
        if screen is not None:
            # Never taller than the screen (1366×768 at 200 %): the mapping steps scroll instead.
            frame = self.frameGeometry().height() - self.geometry().height()
            tallest = screen.availableGeometry().height() - frame
        if self.height() < min(needed, tallest) or self.height() > tallest:
            self.resize(self.width(), min(needed, tallest))

    def _problem(self, error: object) -> None:
        from recovery_journal.portability.progress import ImportCancelled

        if isinstance(error, ImportCancelled):
            show_message(self.message, self.tr(
                "Stopped. Nothing was added, so your journal is as it was."))
            self._refresh_buttons()
            return
        self._forget_plan()
        show_message(self.message, error_text(error))

    def _apply(self) -> None:
        from recovery_journal.portability.progress import apply_with_progress

        plan, repos = self._plan, self._repos
        if plan is None:
            return
        self.import_button.setEnabled(False)
        self._start(self.tr("Importing…"),
                    lambda step: apply_with_progress(plan, repos, step), self._applied)

    def _applied(self, added: object) -> None:
        counts = added if isinstance(added, dict) else {}
        name = self._path.name if self._path is not None else ""
        said = imported_words(counts, name)
        self.imported.emit(said)
        if any(counts.values()):
            self.accept()
            return
        # Nothing changed, so say so here, where the person is looking, until they close it.
        self._forget_plan()
        show_message(self.message, said)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_plan(self) -> None:
        self._plan = None
        self.preview_label.hide()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        self.preview_button.setEnabled(self._path is not None)
        self.import_button.setEnabled(self._plan is not None)


def _preset_titles() -> dict[str, str]:
    from recovery_journal.portability.presets import PRESETS

    return {key: preset.title for key, preset in PRESETS.items()}
