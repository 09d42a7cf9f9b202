"""Settings for measures: add, rename, range, end labels, reorder, hide; delete where it is safe."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Measure
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.measures import RANGE_DECIMALS, RANGE_LIMIT, Measures, suggested_shape
from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.measure_words import (
    format_number,
    high_label,
    low_label,
    measure_name,
)
from recovery_journal.ui.widgets.record_list import RecordListModel

# How far one move of the slider on Today goes; the storage allows exactly these steps.
_STEP_NAMES = (
    (1.0, QT_TRANSLATE_NOOP("MeasuresEditor", "Whole numbers")),
    (0.5, QT_TRANSLATE_NOOP("MeasuresEditor", "Halves (0.5)")),
    (0.1, QT_TRANSLATE_NOOP("MeasuresEditor", "Tenths (0.1)")),
)


class _NumberSpin(QDoubleSpinBox):
    """A decimal field that shows 16 and 7.5 rather than 16.00 and 7.50."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return format_number(round(value, RANGE_DECIMALS))


class MeasuresEditor(QWidget):
    """A list of every measure (hidden ones too) with the selected one's details beside it."""

    saved = Signal(str)  # a short status to announce
    measures_changed = Signal()

    def __init__(self, measures: Measures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures = measures
        self._loading = False
        self.model: RecordListModel[Measure] = RecordListModel(self._describe, self)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("e.g. Energy"))
        self.new_name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.new_name.setAccessibleName(self.tr("Name of a new measure"))
        self.new_step = self._step_combo(self.tr("Steps of the new measure"))
        self._new_step_chosen = False
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the new measure"))
        self.view = QListView(self)
        self.view.setSpacing(tokens.UNIT // 2)  # rows with room between them (review 29)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Measures"))
        self.view.setAccessibleDescription(self.tr("Alt+Up and Alt+Down change the order"))
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.built_in_note = QLabel(self)
        self.built_in_note.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the measure"))
        self.min_spin = _NumberSpin(self)
        self.min_spin.setAccessibleName(self.tr("Lowest value"))
        self.max_spin = _NumberSpin(self)
        self.max_spin.setAccessibleName(self.tr("Highest value"))
        for spin in (self.min_spin, self.max_spin):
            spin.setDecimals(RANGE_DECIMALS)
            spin.setRange(-RANGE_LIMIT, RANGE_LIMIT)
            # Saved when the person is done (Enter, Tab, arrows), not at every digit typed.
            spin.setKeyboardTracking(False)
        self.step_edit = self._step_combo(self.tr("Steps"))
        self.low_edit = QLineEdit(self)
        self.low_edit.setAccessibleName(self.tr("Words for the low end"))
        self.low_edit.setPlaceholderText(self.tr("e.g. Very low"))
        self.high_edit = QLineEdit(self)
        self.high_edit.setAccessibleName(self.tr("Words for the high end"))
        self.high_edit.setPlaceholderText(self.tr("e.g. Very good"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.offer = self._build_offer()

        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.hide_button, self.delete_button):
            buttons.addWidget(button)
            button.setAccessibleName(button.text())
        buttons.addStretch(1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("L&owest value"), self.min_spin)
        form.addRow(self.tr("H&ighest value"), self.max_spin)
        form.addRow(self.tr("S&teps"), self.step_edit)
        form.addRow(self.tr("Low &end words"), self.low_edit)
        form.addRow(self.tr("High e&nd words"), self.high_edit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # The name on one line, its steps and Add on the next: on one line they held Settings
        # wider than the screen at 200 % in a longer language.
        adding = QGridLayout()
        new_label = QLabel(self.tr("New &measure"), self)
        new_label.setBuddy(self.new_name)
        adding.addWidget(new_label, 0, 0)
        adding.addWidget(self.new_name, 0, 1, 1, 3)
        step_label = QLabel(self.tr("in"), self)
        step_label.setBuddy(self.new_step)
        step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        adding.addWidget(step_label, 1, 0)
        adding.addWidget(self.new_step, 1, 1)
        adding.addWidget(self.add_button, 1, 2)
        adding.setColumnStretch(3, 1)
        grid.addLayout(adding, 0, 0, 1, 3)
        grid.addWidget(self.view, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addLayout(form, 1, 2)
        grid.addWidget(self.built_in_note, 2, 0, 1, 3)
        grid.addWidget(self.offer, 3, 0, 1, 3)
        grid.addWidget(self.message, 4, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)

        self._add_move_shortcut("Alt+Up", -1)
        self._add_move_shortcut("Alt+Down", 1)
        self.add_button.clicked.connect(self.add_measure)
        self.new_name.returnPressed.connect(self.add_measure)
        self.new_name.textEdited.connect(self._suggest_step)
        self.new_step.activated.connect(self._new_step_picked)
        self.step_edit.activated.connect(self._save_step)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button.clicked.connect(self.delete_selected)
        self.name_edit.editingFinished.connect(self._save_name)
        self.low_edit.editingFinished.connect(self._save_labels)
        self.high_edit.editingFinished.connect(self._save_labels)
        self.min_spin.valueChanged.connect(self._save_range)
        self.max_spin.valueChanged.connect(self._save_range)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def _step_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for step, words in _STEP_NAMES:
            combo.addItem(self.tr(str(words)), step)
        return combo

    @staticmethod
    def _select_step(combo: QComboBox, step: float) -> None:
        index = combo.findData(step)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _suggest_step(self, name: str) -> None:
        # Sleep starts in halves, until the person picks a step themselves.
        if not self._new_step_chosen:
            self._select_step(self.new_step, suggested_shape(name)[2])

    def _new_step_picked(self, _index: int) -> None:
        self._new_step_chosen = True

    def _build_offer(self) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer_label = QLabel(frame)
        self.offer_label.setWordWrap(True)
        self.offer_hide = QPushButton(self.tr("Hide it instead"), frame)
        self.offer_keep = QPushButton(self.tr("Keep it as it is"), frame)
        row = QHBoxLayout(frame)
        row.addWidget(self.offer_label, 1)
        row.addWidget(self.offer_hide)
        row.addWidget(self.offer_keep)
        self.offer_hide.clicked.connect(self._hide_instead)
        self.offer_keep.clicked.connect(self._close_offer)
        frame.hide()
        return frame

    def _add_move_shortcut(self, keys: str, step: int) -> None:
        action = QAction(self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.move_selected(step))
        self.view.addAction(action)

    def _describe(self, measure: Measure) -> str:
        text = self.tr("%1 (%2 to %3").replace("%1", measure_name(measure))
        text = text.replace("%2", format_number(measure.min_value))
        text = text.replace("%3", format_number(measure.max_value))
        if measure.step != 1:
            text += ", " + self.tr("in steps of %1").replace("%1", format_number(measure.step))
        return text + ")" + (self.tr(" — hidden") if measure.archived else "")

    # -- list and selection -----------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Re-read every measure and keep (or move) the selection."""
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        measures = self._measures.list(include_archived=True)
        self.model.set_records(measures)
        rows = [m.id for m in measures]
        row = rows.index(wanted) if wanted in rows else 0
        if measures:
            self.view.setCurrentIndex(self.model.index(row))
        self._show_selected()

    def selected(self) -> Measure | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._close_offer()
        self.message.hide()
        self._show_selected()

    def _show_selected(self) -> None:
        measure = self.selected()
        self._loading = True
        for widget in (self.name_edit, self.min_spin, self.max_spin, self.step_edit,
                       self.low_edit, self.high_edit, self.up_button, self.down_button,
                       self.hide_button):
            widget.setEnabled(measure is not None)
        if measure is not None:
            self.name_edit.setText(measure_name(measure))
            # A range an older vault holds beyond the bounds shows at the bound; nothing is
            # saved unless the person changes it.
            self.min_spin.setValue(measure.min_value)
            self.max_spin.setValue(measure.max_value)
            self._select_step(self.step_edit, measure.step)
            self.low_edit.setText(low_label(measure))
            self.high_edit.setText(high_label(measure))
            self.hide_button.setText(self.tr("Show") if measure.archived else self.tr("Hide"))
            row = self.view.currentIndex().row()
            self.up_button.setEnabled(row > 0)
            self.down_button.setEnabled(row < self.model.rowCount() - 1)
        self.hide_button.setAccessibleName(self.hide_button.text())
        built_in = measure is not None and measure.built_in
        # Mood and hope keep 0-10 so every chart and report reads them the same way.
        for spin in (self.min_spin, self.max_spin):
            spin.setEnabled(measure is not None and not built_in)
        self.delete_button.setEnabled(measure is not None and not built_in)
        why = self.tr("Mood and hope are built in: they can be hidden, but not deleted.")
        self.delete_button.setToolTip(why if built_in else "")
        note = why + " " + self.tr("Their range stays 0 to 10, so charts read them the same way.")
        self.built_in_note.setText(note if built_in else "")
        self.built_in_note.setVisible(built_in)
        self._loading = False

    # -- changes ----------------------------------------------------------------------------

    def _apply(self, change: Callable[[int], Measure], done: str) -> Measure | None:
        """Run one change on the selected measure; a refusal is shown in plain words."""
        measure = self.selected()
        if measure is None or self._loading:
            return None
        try:
            updated = change(measure.id)
        except (ValueError, NotFoundError) as problem:
            self._show_message(str(problem))
            self._show_selected()
            return None
        self.message.hide()
        self.reload(updated.id)
        self.measures_changed.emit()
        self.saved.emit(done)
        return updated

    def _save_name(self) -> None:
        measure = self.selected()
        if measure is not None and self.name_edit.text().strip() != measure_name(measure):
            name = self.name_edit.text()
            self._apply(lambda id: self._measures.update(id, name=name), self.tr("Saved"))

    def _save_labels(self) -> None:
        measure = self.selected()
        low, high = self.low_edit.text().strip(), self.high_edit.text().strip()
        if measure is not None and (low, high) != (low_label(measure), high_label(measure)):
            self._apply(
                lambda id: self._measures.update(id, low_label=low, high_label=high),
                self.tr("Saved"),
            )

    def _save_range(self) -> None:
        if self._loading:
            return
        low = round(self.min_spin.value(), RANGE_DECIMALS)
        high = round(self.max_spin.value(), RANGE_DECIMALS)
        if low >= high:
            self._show_message(self.tr("The lowest value must be below the highest value."))
            return
        self._apply(
            lambda id: self._measures.update(id, min_value=low, max_value=high), self.tr("Saved")
        )

    def _save_step(self, _index: int) -> None:
        measure, step = self.selected(), float(self.step_edit.currentData())
        if measure is not None and step != measure.step:
            self._apply(lambda id: self._measures.update(id, step=step), self.tr("Saved"))

    def commit_pending(self) -> None:
        """Save text typed into the fields that has not been confirmed yet."""
        self._save_name()
        self._save_labels()

    def add_measure(self) -> None:
        """Add a measure named as typed, in the chosen steps (0 to 10, or 0 to 16 for sleep)."""
        try:
            measure = self._measures.add(
                self.new_name.text(), step=float(self.new_step.currentData())
            )
        except ValueError as problem:
            self._show_message(str(problem))
            return
        self.new_name.clear()
        self._new_step_chosen = False
        self._select_step(self.new_step, 1.0)
        self.message.hide()
        self.reload(measure.id)
        self.measures_changed.emit()
        self.saved.emit(self.tr("Measure added"))

    def move_selected(self, step: int) -> None:
        """Move the selected measure up (-1) or down (+1)."""
        index = self.view.currentIndex()
        measure = self.selected()
        target = index.row() + step
        if measure is None or not 0 <= target < self.model.rowCount():
            return
        self._measures.move(measure.id, target)
        self.reload(measure.id)
        self.measures_changed.emit()
        self.saved.emit(self.tr("Saved"))

    def toggle_hidden(self) -> None:
        """Hide the selected measure from check-ins, or show it again."""
        measure = self.selected()
        if measure is not None:
            hide = not measure.archived
            self._apply(lambda id: self._measures.set_archived(id, hide), self.tr("Saved"))

    def delete_selected(self) -> None:
        """Delete a measure the person added; one with values is offered hiding instead."""
        measure = self.selected()
        if measure is None or measure.built_in:
            return
        try:
            self._measures.delete(measure.id)
        except ValueError:
            self.offer_label.setText(self.tr(
                "“%1” has values in your check-ins, so it can't be deleted. Hiding it takes it "
                "off the check-in and keeps what you recorded."
            ).replace("%1", measure_name(measure)))
            self.offer.show()
            self.offer_hide.setFocus(Qt.FocusReason.OtherFocusReason)
            self.saved.emit(self.offer_label.text())
            return
        self.reload()
        self.measures_changed.emit()
        self.saved.emit(self.tr("Measure deleted"))

    def _hide_instead(self) -> None:
        measure = self.selected()
        self._close_offer()
        if measure is not None and not measure.archived:
            self._apply(lambda id: self._measures.set_archived(id, True), self.tr("Hidden"))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_offer(self) -> None:
        had_focus = self.offer.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.offer.hide()
        if had_focus:
            self.delete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.saved.emit(text)
