"""Settings for tags and life areas: rename, hide or show, and a tag's kind and life area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from recovery_journal.model import Feeling, LifeDomain, Tag, TagKind
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.life_domains import LifeDomains
from recovery_journal.storage.tags import Tags
from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.life_areas import area_name
from recovery_journal.ui.widgets.record_list import RecordListModel
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox

R = TypeVar("R", Tag, LifeDomain, Feeling)

_KIND_NAMES = {
    TagKind.ACTIVITY: QT_TRANSLATE_NOOP("TagsEditor", "Activity"),
    TagKind.PERSON: QT_TRANSLATE_NOOP("TagsEditor", "Person"),
    TagKind.PLACE: QT_TRANSLATE_NOOP("TagsEditor", "Place"),
    TagKind.TOPIC: QT_TRANSLATE_NOOP("TagsEditor", "Topic"),
}


def kind_name(kind: TagKind) -> str:
    """The translated name of a kind of tag."""
    return QCoreApplication.translate("TagsEditor", str(_KIND_NAMES[kind]))


class _NamedListEditor(QWidget, Generic[R]):
    """A list of named records beside a form: Name and "Show"; subclasses add fields."""

    saved = Signal(str)

    def __init__(self, list_name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.model: RecordListModel[R] = RecordListModel(self._describe, self)
        self.view = QListView(self)
        self.view.setSpacing(tokens.UNIT // 2)  # rows with room between them (review 29)
        self.view.setModel(self.model)
        self.view.setAccessibleName(list_name)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.shown = WrapCheckBox(self.tr("Show in lists and suggestions"), self)
        self.shown.setAccessibleName(self.shown.text())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(self.empty, 0, 0)
        self.grid.addWidget(self.view, 1, 0)
        self.grid.addLayout(self.form, 1, 1)
        self.grid.addWidget(self.message, 2, 0, 1, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.name_edit.editingFinished.connect(self._save_name)
        self.shown.toggled.connect(self._save_shown)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    def finish_form(self) -> None:
        """Called by subclasses once their own rows are in the form."""
        self.form.addRow("", self.shown)
        # Tab follows the rows as they stand: a subclass's rows were made after the check box.
        role = QFormLayout.ItemRole.FieldRole
        items = [self.form.itemAt(row, role) for row in range(self.form.rowCount())]
        widgets = [w for item in items if item is not None and (w := item.widget()) is not None]
        for before, after in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.reload()

    # -- to be provided by subclasses -------------------------------------------------------

    def _describe(self, record: R) -> str:
        raise NotImplementedError

    def _records(self) -> list[R]:
        raise NotImplementedError

    def _rename(self, record_id: int, name: str) -> R:
        raise NotImplementedError

    def _set_archived(self, record_id: int, archived: bool) -> R:
        raise NotImplementedError

    def _show_fields(self, record: R | None) -> None:
        """Fill the subclass's own fields for `record`."""

    # -- shared behaviour -------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the records and keep the same one selected where possible."""
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        records = self._records()
        self.model.set_records(records)
        ids = [r.id for r in records]
        if records:
            self.view.setCurrentIndex(self.model.index(ids.index(wanted) if wanted in ids else 0))
        self.empty.setVisible(not records)
        self.view.setVisible(bool(records))
        self._show_selected()

    def selected(self) -> R | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def commit_pending(self) -> None:
        """Save a name typed but not yet confirmed."""
        self._save_name()

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.message.hide()
        self._show_selected()

    def _show_selected(self) -> None:
        record = self.selected()
        self._loading = True
        self.name_edit.setEnabled(record is not None)
        self.shown.setEnabled(record is not None)
        self.name_edit.setText(self._shown_name(record) if record else "")
        self.shown.setChecked(bool(record) and not (record and record.archived))
        self._show_fields(record)
        self._loading = False

    def _apply(self, change: Callable[[int], R]) -> None:
        record = self.selected()
        if record is None or self._loading:
            return
        try:
            updated = change(record.id)
        except (ValueError, NotFoundError) as problem:
            self.message.setText(str(problem))
            self.message.show()
            self.saved.emit(str(problem))
            self._show_selected()
            return
        self.message.hide()
        self.reload(updated.id)
        self.saved.emit(self.tr("Saved"))

    def _save_name(self) -> None:
        record = self.selected()
        name = self.name_edit.text()
        # The name as shown (a built-in life area's, translated) is no change either.
        if record is not None and " ".join(name.split()) not in (record.name,
                                                                self._shown_name(record)):
            self._apply(lambda id: self._rename(id, name))

    def _shown_name(self, record: R) -> str:
        return record.name

    def _save_shown(self, shown: bool) -> None:
        self._apply(lambda id: self._set_archived(id, not shown))


class TagsEditor(_NamedListEditor[Tag]):
    """Every tag, hidden ones too: rename, kind, life area, show or hide."""

    def __init__(self, tags: Tags, domains: LifeDomains, parent: QWidget | None = None) -> None:
        self._tags = tags
        self._domains = domains
        super().__init__(
            QCoreApplication.translate("TagsEditor", "Tags"),
            QCoreApplication.translate(
                "TagsEditor", "No tags yet. They appear here once you add one to a check-in."
            ),
            parent,
        )
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of tag"))
        for kind in TagKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(self.tr("Life area of the tag"))
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Life area"), self.domain)
        self.kind.activated.connect(self._save_kind)
        self.domain.activated.connect(self._save_domain)
        self.finish_form()

    def _describe(self, record: Tag) -> str:
        text = f"{record.name} · {kind_name(record.kind)}"
        return text + (self.tr(" — hidden") if record.archived else "")

    def _records(self) -> list[Tag]:
        return self._tags.list(include_archived=True)

    def _rename(self, record_id: int, name: str) -> Tag:
        return self._tags.rename(record_id, name)

    def _set_archived(self, record_id: int, archived: bool) -> Tag:
        return self._tags.set_archived(record_id, archived)

    def reload(self, select_id: int | None = None) -> None:
        self.domain.clear()
        self.domain.addItem(self.tr("None"), None)
        for domain in self._domains.list(include_archived=True):
            self.domain.addItem(area_name(domain.name), domain.id)
        super().reload(select_id)

    def _show_fields(self, record: Tag | None) -> None:
        self.kind.setEnabled(record is not None)
        self.domain.setEnabled(record is not None)
        if record is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
            self.domain.setCurrentIndex(max(0, self.domain.findData(record.life_domain_id)))

    def _save_kind(self, _row: int) -> None:
        kind = TagKind(self.kind.currentData())
        self._apply(lambda id: self._tags.set_kind(id, kind))

    def _save_domain(self, _row: int) -> None:
        domain_id = self.domain.currentData()
        self._apply(lambda id: self._tags.set_domain(id, domain_id))


class DomainsEditor(_NamedListEditor[LifeDomain]):
    """The life areas: rename, show or hide, and add a new one."""

    def __init__(self, domains: LifeDomains, parent: QWidget | None = None) -> None:
        self._domains = domains
        super().__init__(
            QCoreApplication.translate("DomainsEditor", "Life areas"),
            QCoreApplication.translate("DomainsEditor", "No life areas yet."),
            parent,
        )
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("e.g. Creativity"))
        self.new_name.setAccessibleName(self.tr("Name of a new life area"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the new life area"))
        # The label above the name and Add: beside them it held Settings ~40 px wider than the
        # screen in Welsh at 200 %.
        adding = QGridLayout()
        new_label = QLabel(self.tr("New life &area"), self)
        new_label.setBuddy(self.new_name)
        adding.addWidget(new_label, 0, 0, 1, 2)
        adding.addWidget(self.new_name, 1, 0)
        adding.addWidget(self.add_button, 1, 1)
        adding.setColumnStretch(0, 1)
        # Across the whole card, as for feelings (Tab reads the list and its form first).
        self.grid.addLayout(adding, 2, 0, 1, 2)
        self.grid.addWidget(self.message, 3, 0, 1, 2)
        self.add_button.clicked.connect(self.add_domain)
        self.new_name.returnPressed.connect(self.add_domain)
        self.finish_form()

    def _describe(self, record: LifeDomain) -> str:
        return self._shown_name(record) + (self.tr(" — hidden") if record.archived else "")

    def _shown_name(self, record: LifeDomain) -> str:
        return area_name(record.name)

    def _records(self) -> list[LifeDomain]:
        return self._domains.list(include_archived=True)

    def _rename(self, record_id: int, name: str) -> LifeDomain:
        return self._domains.rename(record_id, name)

    def _set_archived(self, record_id: int, archived: bool) -> LifeDomain:
        return self._domains.set_archived(record_id, archived)

    def add_domain(self) -> None:
        """Add a life area named as typed in the new-life-area field."""
        try:
            domain = self._domains.add(self.new_name.text())
        except ValueError as problem:
            self.message.setText(str(problem))
            self.message.show()
            self.saved.emit(str(problem))
            return
        self.new_name.clear()
        self.message.hide()
        self.reload(domain.id)
        self.saved.emit(self.tr("Life area added"))
