"""The form to add or change one strength: name, description, kind and life area."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from recovery_journal.model import LifeDomain, Strength, StrengthKind
from recovery_journal.ui.strengths.models import kind_name
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.life_areas import area_name


@dataclass(frozen=True, slots=True)
class StrengthFields:
    """What the form holds; also the draft kept in the vault if the journal locks mid-way."""

    name: str = ""
    description: str = ""
    kind: StrengthKind = StrengthKind.QUALITY
    life_domain_id: int | None = None
    editing: int | None = None

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "kind": self.kind.value})

    @classmethod
    def from_json(cls, body: str) -> StrengthFields:
        """Read a draft back; anything odd in it falls back to the empty form's value."""
        try:
            data = json.loads(body)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        try:
            kind = StrengthKind(str(data.get("kind")))
        except ValueError:
            kind = StrengthKind.QUALITY
        domain, editing = data.get("life_domain_id"), data.get("editing")
        return cls(
            name=str(data.get("name", "")), description=str(data.get("description", "")),
            kind=kind, life_domain_id=domain if isinstance(domain, int) else None,
            editing=editing if isinstance(editing, int) else None,
        )


class StrengthDialog(QDialog):
    """Add or change a strength. Enter saves (from the one-line fields), Escape cancels.

    Save emits `submitted`; the page stores the strength and then calls accept(), or
    show_message() with what stood in the way, so nothing typed is lost.
    """

    submitted = Signal()

    def __init__(
        self, domains: Sequence[LifeDomain], fields: StrengthFields,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editing = fields.editing
        self.setWindowTitle(
            self.tr("Add a strength") if fields.editing is None else self.tr("Change a strength")
        )
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the strength"))
        self.name.setPlaceholderText(self.tr("For example: patience, cooking, my sister, the park"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What it is, or how it helps you (optional)"))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of strength"))
        for kind in StrengthKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Life area"))
        self.area.addItem(self.tr("No particular area"), None)
        for domain in domains:
            self.area.addItem(area_name(domain.name), domain.id)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save strength"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save strength"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        mark_main_action(self.buttons)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Life area"), self.area)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit_if_named)
        self.buttons.rejected.connect(self.reject)
        self.set_fields(fields)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)

    def set_fields(self, fields: StrengthFields) -> None:
        self.name.setText(fields.name)
        self.description.setPlainText(fields.description)
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.kind.value)))
        area = self.area.findData(fields.life_domain_id) if fields.life_domain_id else 0
        self.area.setCurrentIndex(max(0, area))

    def fields(self) -> StrengthFields:
        """What the form holds now."""
        area = self.area.currentData()
        return StrengthFields(
            name=self.name.text(), description=self.description.toPlainText(),
            kind=StrengthKind(self.kind.currentData()),
            life_domain_id=area if isinstance(area, int) else None, editing=self._editing,
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _submit_if_named(self) -> None:
        if not self.name.text().strip():
            self.show_message(self.tr("Please give the strength a name."))
            self.name.setFocus()
            return
        self.submitted.emit()


def fields_of(strength: Strength) -> StrengthFields:
    """The form's fields for an existing strength."""
    return StrengthFields(
        name=strength.name, description=strength.description, kind=strength.kind,
        life_domain_id=strength.life_domain_id, editing=strength.id,
    )
