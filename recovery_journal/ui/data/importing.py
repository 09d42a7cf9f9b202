"""Import…: choose a format and file, map Daylio moods or CSV columns, preview, then import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
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

from recovery_journal.model import Measure
from recovery_journal.ui.data.common import ChooseFile, error_text, run_busy, show_message
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.dates import friendly_day
from recovery_journal.ui.widgets.labels import message_box_label, paragraph

if TYPE_CHECKING:
    from recovery_journal.portability.importing import CsvMapping, ImportPlan, ImportPreview
    from recovery_journal.storage.repositories import Repositories


# Each kind of record in words, counted: "1 helpline", "3 helplines" (the English plural forms
# come from resources/i18n; each text is a literal here so pyside6-lupdate finds it).
KIND_WORDS: dict[str, Callable[[int], str]] = {
    "checkins": lambda n: QCoreApplication.translate("ImportDialog", "%n check-in(s)", "", n),
    "journal_entries": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n journal entries", "", n),
    "measures": lambda n: QCoreApplication.translate("ImportDialog", "%n measure(s)", "", n),
    "life_domains": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n life area(s)", "", n),
    "tags": lambda n: QCoreApplication.translate("ImportDialog", "%n tag(s)", "", n),
    "strengths": lambda n: QCoreApplication.translate("ImportDialog", "%n strength(s)", "", n),
    "strength_uses": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n strength use(s)", "", n),
    "goals": lambda n: QCoreApplication.translate("ImportDialog", "%n goal(s)", "", n),
    "plan_sections": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n plan section(s)", "", n),
    "supporters": lambda n: QCoreApplication.translate("ImportDialog", "%n people", "", n),
    "helplines": lambda n: QCoreApplication.translate("ImportDialog", "%n helpline(s)", "", n),
    "warning_rules": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n early-warning rule(s)", "", n),
}
ROLES = ("skip", "date", "time", "note", "tags")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _counts_words(counts: dict[str, int]) -> str:
    parts = []
    for kind, n in counts.items():
        if n:
            words = KIND_WORDS.get(kind)
            parts.append(words(n) if words is not None else f"{n} {kind}")
    return ", ".join(parts) if parts else _tr("nothing")


def _day(day: date | None) -> str:
    return friendly_day(day) if day is not None else ""


def imported_words(added: dict[str, int], file_name: str) -> str:
    """The status after an import, saying plainly when nothing new was added."""
    if not any(added.values()):
        return QCoreApplication.translate(
            "ImportDialog", "Nothing new — everything in that file is already in your journal")
    return _tr("Added from %1: %2.").replace("%1", file_name).replace(
        "%2", _counts_words(added))


class _ButtonOrder(QProxyStyle):
    """Cancel · Preview · Import on every desktop: the main action last, Cancel first."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, data: QStyleHintReturn | None = None) -> int:
        if hint is QStyle.StyleHint.SH_DialogButtonLayout:
            # KDE's order puts No, then Action, then Accept, left to right.
            return int(QDialogButtonBox.ButtonLayout.KdeLayout.value)
        return super().styleHint(hint, option, widget, data)


def preview_text(shown: ImportPreview) -> str:
    """The preview in plain sentences: what the file holds, its days, what is already there."""
    lines = [_tr("This file holds: %1.").replace("%1", _counts_words(shown.counts))]
    if shown.first_day is not None and shown.last_day is not None:
        lines.append(_tr("From %1 to %2.").replace("%1", _day(shown.first_day))
                     .replace("%2", _day(shown.last_day)))
    if any(shown.already_there.values()):
        lines.append(_tr("Already in your journal, so not added again: %1.")
                     .replace("%1", _counts_words(shown.already_there)))
    lines.append(_tr("Nothing is written until you choose Import."))
    return "\n".join(lines)


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
        self._column_boxes: dict[str, QComboBox] = {}
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
        layout.addLayout(form)
        self.moods = QGroupBox(self.tr("Your mood labels on the 0–10 mood scale"))
        self.moods_form = QFormLayout(self.moods)
        self.columns = QGroupBox(self.tr("What each column holds"))
        self.columns_form = QFormLayout(self.columns)
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setAccessibleName(self.tr("How the file is read"))
        self.mapping_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room for a few rows; the rest scrolls, so the preview below keeps its room too.
        self.mapping_area.setMinimumHeight(self.fontMetrics().height() * 6)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.moods)
        holder_layout.addWidget(self.columns)
        self.mapping_area.setWidget(holder)
        self.mapping_area.hide()
        layout.addWidget(self.mapping_area, 1)
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
        show_message(self.message, "")
        for form in (self.moods_form, self.columns_form):
            while form.rowCount():
                form.removeRow(0)
        self._mood_boxes.clear()
        self._column_boxes.clear()
        key = self.format_key()
        try:
            if self._path is not None and key == "daylio":
                self._build_moods(self._path)
            elif self._path is not None and key == "csv":
                self._build_columns(self._path)
        except ValueError as problem:
            show_message(self.message, error_text(problem))
        self.moods.setVisible(bool(self._mood_boxes))
        self.columns.setVisible(bool(self._column_boxes))
        self.mapping_area.setVisible(bool(self._mood_boxes or self._column_boxes))
        self._refresh_buttons()
        if self.isVisible():
            self._fit_height()

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
        from recovery_journal.portability.importing import csv_columns

        measures = self._repos.measures.list()
        for column in csv_columns(path):
            box = QComboBox()
            box.addItem(self.tr("Not imported"), "skip")
            box.addItem(self.tr("Date"), "date")
            box.addItem(self.tr("Time"), "time")
            box.addItem(self.tr("Note"), "note")
            box.addItem(self.tr("Tags"), "tags")
            for measure in measures:
                box.addItem(self.tr("Value: %1").replace("%1", measure.name), f"m:{measure.key}")
            box.setCurrentIndex(max(0, box.findData(_guess_role(column, measures))))
            box.setAccessibleName(self.tr("Column “%1” holds").replace("%1", column))
            box.currentIndexChanged.connect(self._forget_plan)
            self.columns_form.addRow(column, box)
            self._column_boxes[column] = box

    # -- previewing and importing ----------------------------------------------------------

    def mood_map(self) -> dict[str, float]:
        return {label: box.value() for label, box in self._mood_boxes.items()}

    def set_column_role(self, column: str, role: str) -> None:
        box = self._column_boxes[column]
        box.setCurrentIndex(box.findData(role))

    def _mapping(self) -> CsvMapping:
        from recovery_journal.portability.importing import CsvMapping

        roles = {column: str(box.currentData()) for column, box in self._column_boxes.items()}
        pick = [c for c, r in roles.items() if r == "date"]
        if not pick:
            raise ValueError(self.tr("Choose the column that holds the date."))
        first = {role: next((c for c, r in roles.items() if r == role), None) for role in ROLES}
        return CsvMapping(
            date=pick[0], time=first["time"], note=first["note"],
            measures={c: r[2:] for c, r in roles.items() if r.startswith("m:")},
            tags=tuple(c for c, r in roles.items() if r == "tags"), date_format=None,
        )

    def show_preview(self) -> None:
        from recovery_journal.portability.importing import preview, read_import

        path, key, repos = self._path, self.format_key(), self._repos
        if path is None:
            show_message(self.message, self.tr("Please choose a file first."))
            return
        try:
            mapping = self._mapping() if key == "csv" else None
        except ValueError as problem:
            show_message(self.message, str(problem))
            return
        mood_map = self.mood_map() if key == "daylio" else None

        def work() -> tuple[ImportPlan, ImportPreview]:
            plan = read_import(key, path, mood_map=mood_map, mapping=mapping)
            return plan, preview(plan, repos)

        show_message(self.message, "")
        run_busy(self, self.tr("Reading the file…"), work, self._previewed, self._problem,
                 self._pool)

    def _previewed(self, result: object) -> None:
        assert isinstance(result, tuple)
        self._plan = result[0]
        text = preview_text(result[1])
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
        self.adjustSize()
        needed = layout.totalHeightForWidth(self.width())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _problem(self, error: object) -> None:
        self._forget_plan()
        show_message(self.message, error_text(error))

    def _apply(self) -> None:
        from recovery_journal.portability.importing import apply

        plan, repos = self._plan, self._repos
        if plan is None:
            return
        self.import_button.setEnabled(False)
        run_busy(self, self.tr("Importing…"), lambda: apply(plan, repos), self._applied,
                 self._problem, self._pool)

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


def _guess_role(column: str, measures: Sequence[Measure]) -> str:
    name = column.strip().casefold()
    for role in ("date", "time", "note", "tags"):
        if name == role or name == f"{role}s" or (role == "date" and name in {"day", "full_date"}):
            return role
    for measure in measures:
        if measure.name.casefold() == name or measure.key == name:
            return f"m:{measure.key}"
    return "skip"
