"""My people: the supporters the person chooses, in their own order, and who is in the crisis plan.

The list is on the left (Move up / Move down, Alt+Up / Alt+Down); the chosen person's form is
on the right. Removing someone is undoable (Ctrl+Z, also after a restart).
"""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Supporter
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.page import Page
from recovery_journal.ui.people.form import PersonFields, PersonForm
from recovery_journal.ui.people.undo import remove_person_command
from recovery_journal.ui.widgets.buttons import ButtonRow
from recovery_journal.ui.widgets.heading import add_page_header, heading
from recovery_journal.ui.widgets.record_list import RecordListModel
from recovery_journal.ui.widgets.scroll_page import scroll_area
from recovery_journal.ui.widgets.undo import RESTART_UNDO_LIMIT, push_restart_undos

DRAFT_KEY = "people.form"


def person_line(person: Supporter) -> str:
    """How someone reads in the list: name, relationship, and the two choices."""
    text = person.name + (f" ({person.relationship})" if person.relationship else "")
    marks = []
    if person.in_crisis_plan:
        marks.append(QCoreApplication.translate("PeoplePage", "in my crisis plan"))
    if person.do_not_contact:
        marks.append(QCoreApplication.translate("PeoplePage", "please don't contact"))
    return text + ("\n" + ", ".join(marks) if marks else "")




class PeoplePage(Page):
    """The people the person has on their side."""

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack
        self._person_id: int | None = None  # the person in the form; None: someone new
        self._build()
        self.reload()
        self.select(self.model.record(0).id if self.model.rowCount() else None)
        self._restore_draft()
        push_restart_undos(
            self._undo, repos.supporters.recently_deleted(RESTART_UNDO_LIMIT),
            lambda person: remove_person_command(
                repos.supporters, person.id, self._undo_done, already_done=True),
        )

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        add_page_header(outer, self, self.tr("My people"), self.tr(
            "The people you choose to have on your side, in the order you like. You decide who "
            "appears in your crisis plan."))
        columns = QHBoxLayout()
        columns.setSpacing(tokens.SPACE_XL)
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        columns.addLayout(left, 2)
        # At the top of the list it adds to, made first so Tab meets it where it stands.
        self.add_button = QPushButton(self.tr("&Add a person"), self)
        self.add_button.setAccessibleName(self.tr("Add a person (Ctrl+N)"))
        left.addWidget(ButtonRow(self.add_button, parent=self))
        self.empty = QLabel(self.tr(
            "No one here yet. Who helps you, even a little? A friend, someone in your family, "
            "a peer worker, your GP. Add them, and say how they help."), self)
        self.empty.setWordWrap(True)
        left.addWidget(self.empty)
        # The list's own buttons above it, like a toolbar: at the bottom they lined up with
        # Save beside them and read (and tabbed) as one row with it.
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setAccessibleName(self.tr("Move up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setAccessibleName(self.tr("Move down (Alt+Down)"))
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setAccessibleName(self.tr("Remove this person (Delete)"))
        self.list_buttons = ButtonRow(self.up_button, self.down_button, self.remove_button,
                                      parent=self)
        left.addWidget(self.list_buttons)
        self.model: RecordListModel[Supporter] = RecordListModel(person_line, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("My people"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setSpacing(tokens.UNIT // 2)
        left.addWidget(self.view, 1)
        left.addStretch(0)  # takes the room only while the list is hidden (no one yet)

        scroll, details = scroll_area(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Save sits under the scrolling form, never inside it: always visible (review item 29).
        right_column = QVBoxLayout()
        right_column.addWidget(scroll, 1)
        columns.addLayout(right_column, 3)
        right = QVBoxLayout(details)
        self.form_heading = heading("", details, 1.2)
        right.addWidget(self.form_heading)
        self.form = PersonForm(details)
        right.addWidget(self.form)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setAccessibleName(self.tr("Save this person (Ctrl+S)"))
        right_column.addWidget(ButtonRow(self.save_button, parent=self))
        self.status = QLabel(details)
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        right.addStretch(1)

        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._current_changed(current.row()))
        self.add_button.clicked.connect(self.new_person)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.save_button.clicked.connect(self.save)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_person),
                           (QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence("Alt+Up"), lambda: self.move_by(-1)),
                           (QKeySequence("Alt+Down"), lambda: self.move_by(1))):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)

    # -- showing -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read everyone; the person in the form stays chosen if they are still here."""
        people = self._repos.supporters.list()
        self.model.set_records(people)
        has_people = bool(people)
        self.empty.setVisible(not has_people)
        self.view.setVisible(has_people)
        self.list_buttons.setVisible(has_people)
        row = self._row_of(self._person_id)
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_buttons()

    def _row_of(self, person_id: int | None) -> int | None:
        for row, person in enumerate(self.model.records()):
            if person.id == person_id:
                return row
        return None

    def select(self, person_id: int | None) -> None:
        """Show `person_id` in the form (None: an empty form for someone new)."""
        row = self._row_of(person_id)
        if row is None:
            self._show(None)
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show(person_id)

    def _current_changed(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            person_id = self.model.record(row).id
            if person_id != self._person_id:
                self._leave_current()
                self._show(person_id)

    def _show(self, person_id: int | None) -> None:
        person: Supporter | None = None
        if person_id is not None:
            try:
                person = self._repos.supporters.get(person_id)
            except NotFoundError:
                person_id = None
        self._person_id = person_id
        self.form.set_fields(PersonFields.of(person))
        self.form_heading.setText(self.tr("About %s") % person.name if person
                                  else self.tr("Someone new"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._row_of(self._person_id)
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    def _leave_current(self) -> None:
        """Moving to someone else keeps what was changed here, if it can be saved."""
        if self._person_id is not None and self.form.is_dirty() and self.form.fields().name.strip():
            self._store(self.form.fields())

    # -- changes -------------------------------------------------------------------------------

    def new_person(self) -> None:
        """An empty form for someone new; the cursor goes to their name."""
        self._leave_current()
        self.view.selectionModel().clearCurrentIndex()
        self.view.clearSelection()
        self._show(None)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announce.emit(self.tr("Someone new"))

    def _store(self, fields: PersonFields) -> Supporter:
        people = self._repos.supporters
        if self._person_id is None:
            return people.add(
                fields.name, fields.relationship, fields.phone, fields.email,
                fields.helps_with, fields.plan_stages, fields.in_crisis_plan,
                fields.do_not_contact,
            )
        return people.update(
            self._person_id, name=fields.name, relationship=fields.relationship,
            phone=fields.phone, email=fields.email, helps_with=fields.helps_with,
            plan_stages=fields.plan_stages, in_crisis_plan=fields.in_crisis_plan,
            do_not_contact=fields.do_not_contact,
        )

    def save(self) -> None:
        """Save the form (a new person goes to the end of the list)."""
        try:
            person = self._store(self.form.fields())
        except ValueError as problem:
            self._say(str(problem))
            self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except NotFoundError:
            self._person_id = None
            person = self._store(self.form.fields())
        self._person_id = person.id
        self._repos.drafts.discard(DRAFT_KEY)
        self.reload()
        self._show(person.id)
        self._say(self.tr("Saved"))

    def move_by(self, step: int) -> None:
        """Move the chosen person up (-1) or down (+1) the list."""
        row = self._row_of(self._person_id)
        if row is None or self._person_id is None or not 0 <= row + step < self.model.rowCount():
            return
        self._repos.supporters.move(self._person_id, row + step)
        self.reload()
        self._say(self.tr("Moved up") if step < 0 else self.tr("Moved down"))

    def remove_current(self) -> None:
        """Remove the chosen person (Ctrl+Z brings them back)."""
        row = self._row_of(self._person_id)
        if row is None or self._person_id is None:
            return
        self._undo.push(remove_person_command(self._repos.supporters, self._person_id,
                                              self._undo_done))
        self._repos.drafts.discard(DRAFT_KEY)
        self._person_id = None
        self.reload()
        count = self.model.rowCount()
        self.select(self.model.record(min(row, count - 1)).id if count else None)
        (self.view if count else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_done(self, text: str, person_id: int) -> None:
        # The undo stack is shared and can outlive this page; do nothing once it is gone.
        if not shiboken6.isValid(self):
            return
        was_listed = self._row_of(person_id) is not None
        self.reload()
        if not was_listed and self._row_of(person_id) is not None:
            self._leave_current()
            self.select(person_id)  # brought back: show them
        elif self._row_of(self._person_id) is None and self._person_id is not None:
            self.select(self.model.record(0).id if self.model.rowCount() else None)
        self._say(text)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.announce.emit(text)

    # -- drafts --------------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep a changed but unsaved form in the vault."""
        if not self.form.is_dirty():
            return
        body = json.dumps({"person": self._person_id, "fields": self.form.fields().as_dict()})
        self._repos.drafts.save(DRAFT_KEY, body)

    def _restore_draft(self) -> None:
        stored = self._repos.drafts.get(DRAFT_KEY)
        if stored is None:
            return
        try:
            data = json.loads(stored.body)
            fields = PersonFields.from_dict(data["fields"])
            person = data.get("person")
        except (ValueError, KeyError, TypeError, AttributeError):
            return
        self.select(person if isinstance(person, int) else None)
        self.form.set_fields(fields, loaded=False)
