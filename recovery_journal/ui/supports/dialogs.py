"""The two small dialogs of the supports log: a support's own words, and a dated change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Support, SupportEventKind, SupportKind
from recovery_journal.ui.goals.editor import DateEdit
from recovery_journal.ui.supports.words import event_word, kind_choice
from recovery_journal.ui.widgets.buttons import mark_main_action


def _note_field(name: str) -> QPlainTextEdit:
    note = QPlainTextEdit()
    note.setAccessibleName(name)
    note.setTabChangesFocus(True)
    note.setMaximumHeight(note.fontMetrics().lineSpacing() * 5)
    return note


def _widen(dialog: QDialog) -> None:
    # Room for a placeholder and the date's arrow at any text size (the default was cramped).
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 56)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    mark_main_action(buttons)
    return buttons


class SupportDialog(QDialog):
    """Add or edit a support: its kind, name, dose and how often in the person's words, a note."""

    def __init__(self, support: Support | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit a support") if support else self.tr("Add a support"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What kind of support"))
        for kind in SupportKind:
            self.kind.addItem(kind_choice(kind), kind.value)
        self.kind_name = QLineEdit()
        self.kind_name.setAccessibleName(self.tr("Your own word for it"))
        self.kind_name.setPlaceholderText(self.tr("For example: gardening, yoga"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.dose = QLineEdit()
        self.dose.setAccessibleName(self.tr("Dose, in your words"))
        self.how_often = QLineEdit()
        self.how_often.setAccessibleName(self.tr("How often, in your words"))
        self.note = _note_field(self.tr("A note"))
        self.started = QCheckBox(self.tr("I started on"))
        self.started.setAccessibleName(self.tr("Note the day I started"))
        self.start_day = DateEdit()
        self.start_day.setAccessibleName(self.tr("Day started"))
        self.start_day.setEnabled(False)
        self.started.toggled.connect(self.start_day.setEnabled)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Your word"), self.kind_name)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Dose"), self.dose)
        form.addRow(self.tr("How often"), self.how_often)
        form.addRow(self.tr("Note"), self.note)
        if support is None:
            form.addRow(self.started, self.start_day)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        _widen(self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if support is not None:
            self.kind.setCurrentIndex(list(SupportKind).index(support.kind))
            self.kind_name.setText(support.kind_name)
            self.name.setText(support.name)
            self.dose.setText(support.dose)
            self.how_often.setText(support.how_often)
            self.note.setPlainText(support.note)
        self._kind_changed()
        self.name.setFocus()

    def chosen_kind(self) -> SupportKind:
        return SupportKind(str(self.kind.currentData()))

    def start(self) -> date | None:
        """The day started, when the person ticked it."""
        chosen: date = self.start_day.date().toPython()  # type: ignore[assignment]
        return chosen if self.started.isChecked() else None

    def _kind_changed(self) -> None:
        self.kind_name.setEnabled(self.chosen_kind() is SupportKind.OTHER)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Please give it a name."))
            self.name.setFocus()
            return
        super().accept()


class ChangeDialog(QDialog):
    """Record a dated change of one support; the day is today unless changed."""

    def __init__(self, support: Support, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a change"))
        intro = QLabel(self.tr("A change in %1, in your own words.").replace("%1", support.name))
        intro.setWordWrap(True)
        self.day = DateEdit()
        self.day.setDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Day of the change"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What changed"))
        for kind in SupportEventKind:
            self.kind.addItem(event_word(kind), kind.value)
        self.kind.setCurrentIndex(list(SupportEventKind).index(SupportEventKind.CHANGED))
        self.dose = QLineEdit()
        self.dose.setAccessibleName(self.tr("New dose, if it changed"))
        self.dose.setPlaceholderText(support.current_dose)
        self.how_often = QLineEdit()
        self.how_often.setAccessibleName(self.tr("New how often, if it changed"))
        self.how_often.setPlaceholderText(support.current_how_often)
        self.note = _note_field(self.tr("A note, for example on effects"))
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("What changed"), self.kind)
        form.addRow(self.tr("New dose"), self.dose)
        form.addRow(self.tr("New how often"), self.how_often)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        _widen(self)
        self.kind.setFocus()

    def chosen_kind(self) -> SupportEventKind:
        return SupportEventKind(str(self.kind.currentData()))

    def chosen_day(self) -> date:
        chosen: date = self.day.date().toPython()  # type: ignore[assignment]
        return chosen
