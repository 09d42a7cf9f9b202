"""The form for one person in "My people": who they are, how to reach them, how they help."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import PlanSectionKey, Supporter
from recovery_journal.ui.plan.section_editor import section_title
from recovery_journal.ui.widgets.untitled_group import UntitledGroup
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


@dataclass(frozen=True, slots=True)
class PersonFields:
    """What the form holds, as plain values (also what a draft keeps)."""

    name: str = ""
    relationship: str = ""
    phone: str = ""
    email: str = ""
    helps_with: str = ""
    plan_stages: tuple[str, ...] = ()
    in_crisis_plan: bool = False
    do_not_contact: bool = False

    @classmethod
    def of(cls, person: Supporter | None) -> PersonFields:
        if person is None:
            return cls()
        return cls(person.name, person.relationship, person.phone, person.email,
                   person.helps_with, tuple(k.value for k in person.plan_stages),
                   person.in_crisis_plan, person.do_not_contact)

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "plan_stages": list(self.plan_stages)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> PersonFields:
        def text(key: str) -> str:
            value = data.get(key, "")
            return value if isinstance(value, str) else ""

        stages = data.get("plan_stages", [])
        known = {key.value for key in PlanSectionKey}
        return cls(
            text("name"), text("relationship"), text("phone"), text("email"),
            text("helps_with"),
            tuple(s for s in stages if isinstance(s, str) and s in known)
            if isinstance(stages, list) else (),
            data.get("in_crisis_plan") is True, data.get("do_not_contact") is True,
        )


class PersonForm(QWidget):
    """Name, relationship, phone, email, what they help with, plan stages and two choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = PersonFields()
        self.name = self._line(_tr("Name"), _tr("Their name"))
        self.relationship = self._line(_tr("Relationship"), _tr("For example: friend, sister, GP"))
        self.phone = self._line(_tr("Phone"), "")
        self.email = self._line(_tr("Email"), "")
        self.helps_with = QPlainTextEdit(self)
        self.helps_with.setTabChangesFocus(True)
        self.helps_with.setAccessibleName(_tr("What they help with"))
        self.helps_with.setPlaceholderText(_tr("For example: a walk and a talk, lifts, "
                                               "feeding the cat"))
        self.helps_with.setMaximumHeight(self.helps_with.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        # Labels above their fields: beside them (WrapLongRows) a long label squeezed the
        # fields to a few letters in this narrow column at 200 % text.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form_layout = form
        for label, field in ((_tr("&Name"), self.name), (_tr("&Relationship"), self.relationship),
                             (_tr("&Phone"), self.phone), (_tr("&Email"), self.email),
                             (_tr("What they &help with"), self.helps_with)):
            text = QLabel(label, self)
            text.setBuddy(field)
            form.addRow(text, field)
        # The group's title as a wrapping label inside it: a QGroupBox title never wraps, and
        # held the page wider than the screen at 200 % in a longer language.
        stages_title = _tr("When in my plan they are involved")
        self.stages_box = UntitledGroup(stages_title, self)
        stages_layout = QVBoxLayout(self.stages_box)
        stages_heading = QLabel(stages_title, self.stages_box)
        stages_heading.setWordWrap(True)
        stages_layout.addWidget(stages_heading)
        self.stages: dict[PlanSectionKey, QCheckBox] = {}
        for key in PlanSectionKey:
            box = WrapCheckBox(section_title(key), self.stages_box)
            box.setAccessibleName(_tr("Involved at: %s") % section_title(key))
            stages_layout.addWidget(box)
            self.stages[key] = box
        self.in_crisis_plan = WrapCheckBox(_tr("Show them in my crisis plan"), self)
        self.in_crisis_plan.setAccessibleName(_tr("In my crisis plan"))
        crisis_hint = QLabel(_tr("They then appear in Get help now and on the crisis card, "
                                 "unless you ask that they not be contacted."), self)
        crisis_hint.setWordWrap(True)
        self.do_not_contact = WrapCheckBox(_tr("Please don't contact them"), self)
        self.do_not_contact.setAccessibleName(_tr("Please don't contact"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.stages_box)
        layout.addWidget(self.in_crisis_plan)
        layout.addWidget(crisis_hint)
        layout.addWidget(self.do_not_contact)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        return line

    def fields(self) -> PersonFields:
        """What the form holds now."""
        return PersonFields(
            self.name.text(), self.relationship.text(), self.phone.text(), self.email.text(),
            self.helps_with.toPlainText(),
            tuple(key.value for key, box in self.stages.items() if box.isChecked()),
            self.in_crisis_plan.isChecked(), self.do_not_contact.isChecked(),
        )

    def set_fields(self, fields: PersonFields, *, loaded: bool = True) -> None:
        """Fill the form; `loaded` makes these the saved values (not a change)."""
        self.name.setText(fields.name)
        self.relationship.setText(fields.relationship)
        self.phone.setText(fields.phone)
        self.email.setText(fields.email)
        self.helps_with.setPlainText(fields.helps_with)
        for key, box in self.stages.items():
            box.setChecked(key.value in fields.plan_stages)
        self.in_crisis_plan.setChecked(fields.in_crisis_plan)
        self.do_not_contact.setChecked(fields.do_not_contact)
        if loaded:
            self._loaded = fields

    def is_dirty(self) -> bool:
        return self.fields() != self._loaded
