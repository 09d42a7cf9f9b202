"""Strengths: the person's inventory, how often each helped in a chosen period, and a log of uses.

Strengths are archived rather than deleted in everyday use; deleting a strength or a use is
undoable with Ctrl+Z, also after a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Strength
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.strengths.actions import InventoryDialogs
from recovery_journal.ui.strengths.models import (
    Period,
    StrengthTableModel,
    UseTableModel,
    period_name,
    period_range,
)
from recovery_journal.ui.strengths.undo import delete_strength_command, delete_use_command
from recovery_journal.ui.strengths.use_form import UseDraft, UseForm
from recovery_journal.ui.strengths.views import (
    RecordTableView,
    make_button,
    set_layout_visible,
)
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.life_areas import area_name
from recovery_journal.ui.widgets.scroll_page import ScrollPage
from recovery_journal.ui.widgets.undo import RESTART_UNDO_LIMIT, push_restart_undos

USE_DRAFT_KEY = "strengths.use"
# Below this many "M" widths the two columns sit one above the other (large text, small window).
_TWO_COLUMNS_EM = 70


class StrengthsPage(ScrollPage):
    """The inventory on the left, logging and the log of uses on the right."""

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None,
        *, today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack
        self._today = today
        self.dialogs = InventoryDialogs(repos, self)
        self._build()
        self.refresh()
        self._restore_draft()
        self._push_restart_deletes()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        page = self.body
        self.add_header(self.tr("Strengths"), self.tr(
            "The qualities, skills, people, places and resources that help you, and the days "
            "they did."))
        page.addLayout(self._build_controls())
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(32)
        self.columns.addLayout(self._build_inventory(), 5)
        self.columns.addLayout(self._build_uses(), 4)
        page.addLayout(self.columns, 1)
        self._connect()

    def _build_controls(self) -> QBoxLayout:
        c = self.content
        self.period = QComboBox(c)
        for period in Period:
            self.period.addItem(period_name(period).capitalize(), period.value)
        self.period.setAccessibleName(self.tr("Count uses in"))
        period_label = QLabel(self.tr("Count uses &in"), c)
        period_label.setBuddy(self.period)
        self.sort = QComboBox(c)
        self.sort.setAccessibleName(self.tr("Order strengths by"))
        for text, column, order in (
            (self.tr("Name"), 0, Qt.SortOrder.AscendingOrder),
            (self.tr("Most used"), 3, Qt.SortOrder.DescendingOrder),
            (self.tr("Kind"), 1, Qt.SortOrder.AscendingOrder),
            (self.tr("Life area"), 2, Qt.SortOrder.AscendingOrder),
        ):
            self.sort.addItem(text, (column, order))
        sort_label = QLabel(self.tr("&Order by"), c)
        sort_label.setBuddy(self.sort)
        self.show_archived = QCheckBox(self.tr("Show &archived"), c)
        self.show_archived.setAccessibleName(self.tr("Show archived strengths"))
        # Pairs stay together; the row becomes a column with the page's columns (see resizeEvent).
        self.controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for pair in ((period_label, self.period), (sort_label, self.sort), (self.show_archived,)):
            box = QHBoxLayout()
            for widget in pair:
                box.addWidget(widget)
            box.addStretch(1)
            self.controls.addLayout(box)
        self.controls.addStretch(1)
        return self.controls

    def _build_inventory(self) -> QVBoxLayout:
        c = self.content
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(heading(self.tr("Your strengths"), c, tokens.HEADING))
        self.empty = QLabel(self.tr(
            "What helps you get through a day? Add a strength, or pick from a few ideas."), c)
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.note = QLabel(c)  # e.g. a strength left half-written when the journal locked
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        self.strength_model = StrengthTableModel(self)
        self.table = RecordTableView(self.strength_model, 0, c)
        self.table.setAccessibleName(self.tr("Your strengths"))
        self.table.setAccessibleDescription(self.tr(
            "Enter changes the selected strength; Delete deletes it (Ctrl+Z brings it back)"))
        column.addWidget(self.table, 1)
        self.description = QLabel(c)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
        column.addWidget(self.description)
        b = make_button
        self.edit_button = b(self.tr("Change"), self.tr("Change the selected strength"), c)
        self.archive_button = b(self.tr("Archive"), self.tr("Archive the selected strength"), c,
                                self.tr("Hidden from lists; its history stays"))
        self.delete_button = b(self.tr("Delete"), self.tr("Delete the selected strength"), c,
                               self.tr("Ctrl+Z brings it back"))
        # Made after the buttons above them, so Tab meets them in the order they stand.
        self.add_button = b(self.tr("Add a strength"), self.tr("Add a strength"), c,
                            self.tr("Ctrl+N"))
        self.ideas_button = b(self.tr("Pick from ideas"),
                              self.tr("Pick strengths from a list of ideas"), c)
        # The buttons for the selected strength sit next to the table, adding comes after.
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, buttons in ((first, (self.edit_button, self.archive_button, self.delete_button)),
                             (second, (self.add_button, self.ideas_button))):
            for widget in buttons:
                row.addWidget(widget)
            row.addStretch(1)
            column.addLayout(row)
        # Takes the spare room while the table is hidden, so the invitation stays together.
        self._inventory_tail = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum,
                                           QSizePolicy.Policy.Expanding)
        column.addItem(self._inventory_tail)
        self._inventory = column
        return column

    def _build_uses(self) -> QVBoxLayout:
        c = self.content
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(heading(self.tr("Log a use"), c, tokens.HEADING))
        self.form_hint = QLabel(self.tr(
            "Once you have a strength, you can note here the days it helped."), c)
        self.form_hint.setWordWrap(True)
        column.addWidget(self.form_hint)
        self.use_form = UseForm(self._repos.strengths, self._complete_tags, self._today, c)
        column.addWidget(self.use_form)
        self.uses_heading = heading("", c, tokens.HEADING)
        column.addWidget(self.uses_heading)
        self.uses_empty = QLabel(c)
        self.uses_empty.setWordWrap(True)
        column.addWidget(self.uses_empty)
        self.use_model = UseTableModel(self)
        self.uses = RecordTableView(self.use_model, 2, c)
        self.uses.setAccessibleName(self.tr("Uses of your strengths"))
        self.uses.setAccessibleDescription(
            self.tr("Enter changes the selected use; Delete deletes it (Ctrl+Z brings it back)"))
        self.uses.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        column.addWidget(self.uses, 1)
        self.edit_use_button = make_button(self.tr("Change"), self.tr("Change the selected use"), c)
        self.delete_use_button = make_button(self.tr("Delete"), self.tr("Delete the selected use"),
                                         c, self.tr("Ctrl+Z brings it back"))
        row = QHBoxLayout()
        row.addWidget(self.edit_use_button)
        row.addWidget(self.delete_use_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(0)
        self._uses_column = column
        return column

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sort.currentIndexChanged.connect(lambda _i: self._apply_sort())
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(self.add_strength)
        self.ideas_button.clicked.connect(self.pick_ideas)
        self.edit_button.clicked.connect(self.edit_strength)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_strength)
        self.table.edit_pressed.connect(self.edit_strength)
        self.table.doubleClicked.connect(lambda _i: self.edit_strength())
        self.table.delete_pressed.connect(self.delete_strength)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_selected())
        self.edit_use_button.clicked.connect(self.edit_use)
        self.delete_use_button.clicked.connect(self.delete_use)
        self.uses.edit_pressed.connect(self.edit_use)
        self.uses.doubleClicked.connect(lambda _i: self.edit_use())
        self.uses.delete_pressed.connect(self.delete_use)
        self.use_form.saved.connect(self._use_saved)
        self.use_form.message_shown.connect(self.announce)
        self.dialogs.saved.connect(self._strength_saved)
        self.dialogs.closed.connect(self._dialog_closed)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_strength)
        self._apply_sort()

    def _complete_tags(self, prefix: str) -> list[str]:
        return [tag.name for tag in self._repos.tags.complete(prefix)]

    # -- showing ----------------------------------------------------------------------------

    def current_period(self) -> Period:
        return Period(self.period.currentData())

    def refresh(self) -> None:
        """Reload strengths, counts and uses for the chosen period, keeping the selections."""
        chosen, chosen_use = self.table.current_id(), self.uses.current_id()
        everything = self._repos.strengths.list(include_archived=True)
        active = [s for s in everything if not s.archived]
        start, end = period_range(self.current_period(), self._today())
        areas = {d.id: area_name(d.name)
                 for d in self._repos.life_domains.list(include_archived=True)}
        self.strength_model.set_strengths(
            everything if self.show_archived.isChecked() else active,
            self._repos.strengths.use_counts(start, end), areas,
        )
        names = {s.id: s.name for s in everything}
        self.use_model.set_uses(self._repos.strengths.uses(start, end), names)
        self.use_form.set_strengths(active)
        if not self.table.select_id(chosen):
            self.table.select_first()
        if not self.uses.select_id(chosen_use):
            self.uses.select_first()
        self._update_visibility(bool(everything), bool(active))

    def _update_visibility(self, any_strength: bool, any_active: bool) -> None:
        shown = self.strength_model.rowCount() > 0
        self.empty.setVisible(not any_strength)
        self._inventory.setStretch(self._inventory.count() - 1, 0 if shown else 1)
        self._uses_column.setStretch(self._uses_column.count() - 1, 0 if any_strength else 1)
        self.uses_heading.setVisible(any_strength)
        for index in range(self.controls.count()):
            item = self.controls.itemAt(index)
            pair = item.layout() if item is not None else None
            if pair is not None:
                set_layout_visible(pair, any_strength)
        self.table.setVisible(shown)
        for widget in (self.edit_button, self.archive_button, self.delete_button):
            widget.setVisible(shown)
        self.use_form.setVisible(any_active or self.use_form.editing is not None)
        self.form_hint.setVisible(not self.use_form.isVisibleTo(self.content))
        period = period_name(self.current_period())
        count = self.use_model.rowCount()
        self.uses_heading.setText(
            self.tr("Uses in %1 (%2)").replace("%1", period).replace("%2", str(count))
        )
        self.uses_empty.setText(self.tr(
            "No uses noted in %1. When a strength helps you, you can note it above."
        ).replace("%1", period))
        self.uses_empty.setVisible(count == 0 and any_strength)
        for shown_widget in (self.uses, self.edit_use_button, self.delete_use_button):
            shown_widget.setVisible(count > 0)
        self._update_selected()

    def _update_selected(self) -> None:
        strength = self.selected_strength()
        self.description.setText(
            f"{strength.name}: {strength.description}" if strength else "")
        self.description.setVisible(bool(strength and strength.description))
        archived = strength is not None and strength.archived
        self.archive_button.setText(self.tr("Bring back") if archived else self.tr("Archive"))
        self.archive_button.setAccessibleName(
            self.tr("Bring back the selected strength") if archived
            else self.tr("Archive the selected strength")
        )
        if strength is not None and not self.use_form.editing:
            self.use_form.choose(strength.id)

    def _apply_sort(self) -> None:
        column, order = self.sort.currentData()
        self.table.sortByColumn(int(column), Qt.SortOrder(order))

    def selected_strength(self) -> Strength | None:
        strength_id = self.table.current_id()
        row = self.strength_model.row_of(strength_id) if strength_id is not None else None
        return None if row is None else self.strength_model.record(row)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Today's "a strength I used today" may have logged something meanwhile.
        self.refresh()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        wide = self.width() >= self.fontMetrics().horizontalAdvance("M") * _TWO_COLUMNS_EM
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self.columns.setDirection(direction)
        self.controls.setDirection(direction)
        super().resizeEvent(event)

    # -- the inventory ----------------------------------------------------------------------

    def add_strength(self) -> None:
        """Open the form for a new strength."""
        self.dialogs.add()

    def edit_strength(self) -> None:
        strength = self.selected_strength()
        if strength is not None:
            self.dialogs.edit(strength)

    def pick_ideas(self) -> None:
        self.dialogs.pick_ideas()

    def _strength_saved(self, strength_id: int, text: str) -> None:
        self.note.hide()
        self.refresh()
        self.table.select_id(strength_id)
        self.announce.emit(text)

    def _dialog_closed(self) -> None:
        # Back to where the person was; some window managers leave no window active.
        self.window().activateWindow()
        (self.table if self.table.isVisible() else self.add_button).setFocus()

    def toggle_archived(self) -> None:
        """Archive the selected strength, or bring an archived one back."""
        strength = self.selected_strength()
        if strength is None:
            return
        self._repos.strengths.set_archived(strength.id, not strength.archived)
        self.refresh()
        if strength.archived:
            self.table.select_id(strength.id)
            self.announce.emit(self.tr("Back among your strengths"))
        else:
            self.announce.emit(self.tr(
                "Archived. Its history stays; Show archived brings it back into view."))

    def delete_strength(self) -> None:
        strength = self.selected_strength()
        if strength is not None:
            self._undo.push(delete_strength_command(
                self._repos.strengths, strength.id, self._undo_done))

    # -- uses -------------------------------------------------------------------------------

    def _use_saved(self, use_id: int, text: str) -> None:
        self._repos.drafts.discard(USE_DRAFT_KEY)
        self.refresh()
        self.uses.select_id(use_id)
        self.announce.emit(text)

    def edit_use(self) -> None:
        use_id = self.uses.current_id()
        if use_id is None:
            return
        try:
            use = self._repos.strengths.get_use(use_id)
            strength = self._repos.strengths.get(use.strength_id)
        except NotFoundError:
            self.refresh()
            return
        self.use_form.load(use, strength.name, strength)
        self.use_form.show()
        self.use_form.strength.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announce.emit(self.tr("Changing a logged use"))

    def delete_use(self) -> None:
        use_id = self.uses.current_id()
        if use_id is None:
            return
        editing = self.use_form.editing
        if editing is not None and editing.id == use_id:
            self.use_form.reset()
        self._undo.push(delete_use_command(self._repos.strengths, use_id, self._undo_done))

    def _push_restart_deletes(self) -> None:
        strengths = self._repos.strengths
        push_restart_undos(
            self._undo, strengths.recently_deleted(RESTART_UNDO_LIMIT),
            lambda strength: delete_strength_command(
                strengths, strength.id, self._undo_done, already_done=True),
        )
        push_restart_undos(
            self._undo, strengths.recently_deleted_uses(RESTART_UNDO_LIMIT),
            lambda use: delete_use_command(strengths, use.id, self._undo_done, already_done=True),
        )

    def _undo_done(self, text: str) -> None:
        # The undo stack is shared and can outlive this page.
        if not shiboken6.isValid(self):
            return
        self.refresh()
        self.announce.emit(text)

    # -- drafts -----------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep a half-logged use and a half-written strength in the vault."""
        draft = self.use_form.draft()
        if draft.is_empty():
            self._repos.drafts.discard(USE_DRAFT_KEY)
        else:
            self._repos.drafts.save(USE_DRAFT_KEY, draft.to_json())
        self.dialogs.save_draft()

    def _restore_draft(self) -> None:
        stored = self._repos.drafts.get(USE_DRAFT_KEY)
        if stored is not None:
            draft = UseDraft.from_json(stored.body)
            editing, strength = None, None
            if draft.editing is not None:
                try:
                    editing = self._repos.strengths.get_use(draft.editing)
                    strength = self._repos.strengths.get(editing.strength_id)
                except NotFoundError:
                    editing = None  # deleted since; the draft becomes a new use
            self.use_form.restore(draft, editing, strength.name if strength else "", strength)
            self.use_form.setVisible(self.use_form.strength.count() > 0)
        if self.dialogs.has_draft():
            self.note.setText(self.tr(
                "You had started on a strength before the journal locked; it is kept. "
                "Add a strength (or Change) carries on with it."))
            self.note.show()
