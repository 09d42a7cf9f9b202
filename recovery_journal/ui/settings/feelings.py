"""Settings for feelings: rename, move between groups, hide or show, and add new words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from recovery_journal.model import Feeling, FeelingGroup
from recovery_journal.storage.feelings import Feelings
from recovery_journal.ui.feelings.groups import group_name
from recovery_journal.ui.settings.tags import _NamedListEditor


def _group_box(parent: QWidget, accessible_name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(accessible_name)
    for group in FeelingGroup:
        box.addItem(group_name(group), group.value)
    return box


class FeelingsEditor(_NamedListEditor[Feeling]):
    """Every feeling, hidden ones too, group by group: rename, regroup, show or hide, add."""

    def __init__(self, feelings: Feelings, parent: QWidget | None = None) -> None:
        self._feelings = feelings
        super().__init__(
            QCoreApplication.translate("FeelingsEditor", "Feelings"),
            QCoreApplication.translate("FeelingsEditor", "No feelings in your list yet."),
            parent,
        )
        self.group = _group_box(self, self.tr("Group of the feeling"))
        self.form.addRow(self.tr("&Group"), self.group)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("e.g. wistful"))
        self.new_name.setAccessibleName(self.tr("Name of a new feeling"))
        self.new_group = _group_box(self, self.tr("Group of the new feeling"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the new feeling"))
        # The label above, the name on its own line, its group and Add below it: side by side
        # they held Settings wider than the screen at 200 % in a longer language.
        adding = QGridLayout()
        new_label = QLabel(self.tr("New &feeling"), self)
        new_label.setBuddy(self.new_name)
        adding.addWidget(new_label, 0, 0, 1, 3)
        adding.addWidget(self.new_name, 1, 0, 1, 3)
        adding.addWidget(self.new_group, 2, 0)
        adding.addWidget(self.add_button, 2, 1)
        adding.setColumnStretch(2, 1)
        # Across the whole card: at 200 % text the list's column alone leaves no room to type.
        self.grid.addLayout(adding, 2, 0, 1, 2)
        self.new_name.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 14))
        self.grid.addWidget(self.message, 3, 0, 1, 2)
        self.group.activated.connect(self._save_group)
        self.add_button.clicked.connect(self.add_feeling)
        self.new_name.returnPressed.connect(self.add_feeling)
        self.finish_form()
        # Reading order: the list, the form beside it, then the adding row under both.
        chain = [self.view, self.name_edit, self.group, self.shown, self.new_name,
                 self.new_group, self.add_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _describe(self, record: Feeling) -> str:
        text = f"{record.name} · {group_name(record.group)}"
        return text + (self.tr(" — hidden") if record.archived else "")

    def _records(self) -> list[Feeling]:
        return self._feelings.list(include_archived=True)

    def _rename(self, record_id: int, name: str) -> Feeling:
        return self._feelings.rename(record_id, name)

    def _set_archived(self, record_id: int, archived: bool) -> Feeling:
        return self._feelings.set_archived(record_id, archived)

    def _show_fields(self, record: Feeling | None) -> None:
        self.group.setEnabled(record is not None)
        if record is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(record.group.value)))

    def _save_group(self, _row: int) -> None:
        group = FeelingGroup(self.group.currentData())
        self._apply(lambda id: self._feelings.set_group(id, group))

    def add_feeling(self) -> None:
        """Add a feeling named as typed, in the group chosen beside it."""
        try:
            feeling = self._feelings.add(self.new_name.text(),
                                         FeelingGroup(self.new_group.currentData()))
        except ValueError as problem:
            self.message.setText(str(problem))
            self.message.show()
            self.saved.emit(str(problem))
            return
        self.new_name.clear()
        self.message.hide()
        self.reload(feeling.id)
        self.saved.emit(self.tr("Feeling added"))
