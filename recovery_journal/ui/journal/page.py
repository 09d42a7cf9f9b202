"""Journal: a list of entries, an editor that keeps everything as you type, and search.

Autosave writes to the vault a second after typing stops, when focus leaves a field and before
another entry is opened; `save_draft` (before a lock) keeps what is not saved yet as a draft in
the vault, and the next page restores it. Nothing is ever written to a temporary file.
"""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import JournalEntry
from recovery_journal.storage.errors import NotFoundError, VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.journal.deleted_bar import DeletedBar
from recovery_journal.ui.journal.draft import DRAFT_KEY, EditorState
from recovery_journal.ui.journal.editor import EntryEditor
from recovery_journal.ui.journal.list import (
    EntryListView,
    JournalListModel,
    ListFilter,
    summarise,
)
from recovery_journal.ui.journal.search import (
    COUNT_CAP,
    FIRST_PAGE,
    MARK,
    RESULT_LIMIT,
    ResultsView,
    SearchResultsModel,
    first_match,
)
from recovery_journal.ui.journal.search_bar import SearchBar
from recovery_journal.ui.journal.undo import delete_entry_command
from recovery_journal.ui.page import Page
from recovery_journal.ui.widgets.buttons import ButtonRow
from recovery_journal.ui.widgets.heading import page_title
from recovery_journal.ui.widgets.undo import RESTART_UNDO_LIMIT, push_restart_undos

__all__ = ["DRAFT_KEY", "JournalPage"]

AUTOSAVE_MS = 1000
_LIST, _RESULTS, _EMPTY = range(3)


def _state_of(entry: JournalEntry) -> EditorState:
    return EditorState(entry.id, entry.title, entry.body, entry.tags, entry.local_date)


class JournalPage(Page):
    """Entries on the left (or search results), the open entry on the right."""
    entry_saved = Signal(int)

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._journal = repos.journal
        self._undo = undo_stack
        self._saved = EditorState()  # what the vault holds for the open entry
        self._written_at: datetime | None = None
        self._has_draft = False
        self._held = False  # after save_draft: no more writes until the next edit
        self._syncing = False
        self._list_filter = ListFilter()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._build()
        self.list_model.reload()
        if not self._restore_draft():
            self._open_first()
        self._refresh_left()
        self._push_restart_deletes()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        heading = page_title(self.tr("Journal"), self)
        self.search = SearchBar(self._tag_names, parent=self)
        self.list_model = JournalListModel(self._journal, self)
        self.entries = EntryListView(self)
        self.entries.setModel(self.list_model)
        self.entries.setAccessibleName(self.tr("Journal entries"))
        self.entries.setAccessibleDescription(
            self.tr("Newest first. Enter opens the entry; Delete removes it.")
        )
        self.results_model = SearchResultsModel(self)
        self.results = ResultsView(self)
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.left_stack = QStackedWidget(self)
        for widget in (self.entries, self.results, self.empty):
            self.left_stack.addWidget(widget)
        self.result_note = QLabel(self)
        self.result_note.setWordWrap(True)
        self._describe_results()
        self.new_button = QPushButton(self.tr("New entry"), self)
        self.new_button.setAccessibleName(self.tr("Start a new entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Delete entry"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))
        self.hope_button = QPushButton(self.tr("Add to my hope box"), self)
        self.hope_button.setAccessibleName(self.tr("Add this entry to my hope box"))
        self.hope_button.clicked.connect(self.keep_in_hope_box)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        # Stacked when they don't fit side by side (200 % text in a longer language held the
        # list's column, and the page, wider than the screen).
        buttons.addWidget(ButtonRow(self.new_button, self.delete_button, self.hope_button,
                                    parent=self))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.result_note)
        left_layout.addWidget(self.left_stack, 1)
        self.deleted_bar = DeletedBar(self._undo, left)
        left_layout.addWidget(self.deleted_bar)
        left_layout.addLayout(buttons)
        self.editor = EntryEditor(self._complete_tags, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._connect()
        chain: list[QWidget] = [self.search.field, self.search.period, self.search.start,
                                self.search.end, self.search.tag, self.search.sort,
                                self.entries, self.results,
                                self.new_button, self.delete_button, self.hope_button,
                                *self.editor.tab_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.deleted_bar.place_in_tab_order(self.results, self.new_button)

    def _connect(self) -> None:
        self.search.changed.connect(self.run_search)
        self.search.open_requested.connect(self.open_current_result)
        self.search.down_pressed.connect(self._into_results)
        self.search.order_changed.connect(self._order_changed)
        self.entries.selectionModel().currentChanged.connect(self._entry_chosen)
        self.entries.delete_pressed.connect(self.delete_current)
        self.entries.open_pressed.connect(self._edit_current)
        self.results.open_pressed.connect(self.open_current_result)
        self.results.doubleClicked.connect(self.open_current_result)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button.clicked.connect(self.delete_current)
        self.editor.edited.connect(self._edited)
        self.editor.left.connect(self._left_field)
        actions = (
            (QKeySequence.StandardKey.New, self.new_entry),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.Save, self._save_now_and_say),
            (QKeySequence("Ctrl+Shift+P"), self.editor.toggle_preview),
        )
        for keys, slot in actions:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        # The main window focuses the page itself; hand that on to the list (or New entry).
        # A focus proxy would do the same but also pull Tab out of its order.
        current = self.left_stack.currentWidget()
        target = current if current is not None and current is not self.empty else self.new_button
        target.setFocus(event.reason())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.search.reload_tags()  # tags may have been added on other pages
        super().showEvent(event)

    # -- the list ---------------------------------------------------------------------------

    def _tag_names(self) -> list[str]:
        return [tag.name for tag in self._repos.tags.list()]

    def _complete_tags(self, prefix: str) -> list[str]:
        return [tag.name for tag in self._repos.tags.complete(prefix)]

    def _refresh_left(self) -> None:
        searching = bool(self.search.text().strip())
        if searching:
            found = self.results_model.total()
            self.empty.setText(self.tr(
                "Nothing found for those words. Fewer words, or the start of a word, may find "
                "more."))
            if found > COUNT_CAP:  # counting stopped there (see COUNT_CAP)
                self.result_note.setText(self.tr("More than %n entries match", "", COUNT_CAP))
            else:
                self.result_note.setText(self.tr("%n entries match", "", found))
            self.left_stack.setCurrentIndex(_RESULTS if found else _EMPTY)
        else:
            total = self.list_model.total()
            if self.search.is_filtered():
                self.empty.setText(self.tr("No entries in this period or with this tag."))
            else:
                self.empty.setText(self.tr(
                    "Nothing written yet. Press Ctrl+N to start a page, whenever you like."))
            self.left_stack.setCurrentIndex(_LIST if total else _EMPTY)
        showing = self.left_stack.currentWidget() is self.results
        self.result_note.setVisible(showing)
        self.search.show_sort(showing)
        self.delete_button.setEnabled(self.editor.entry_id is not None)


    def _reload_list(self) -> None:
        self._syncing = True
        try:
            self.list_model.reload(self._list_filter)
            self._select_in_list(self.editor.entry_id)
        finally:
            self._syncing = False
        self._refresh_left()

    def _select_in_list(self, entry_id: int | None) -> None:
        row = None
        if entry_id is not None:
            row = self.list_model.row_of(entry_id, self._saved.day)
        selection = self.entries.selectionModel()
        if row is None:
            selection.clearCurrentIndex()
            selection.clearSelection()
            return
        index = self.list_model.index(row)
        self.entries.setCurrentIndex(index)
        self.entries.scrollTo(index)

    def _entry_chosen(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        if self._syncing or not current.isValid():
            return
        self.open_entry(self.list_model.summary(current.row()).id)

    def _edit_current(self) -> None:
        if self.editor.entry_id is not None:
            self.editor.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_first(self) -> None:
        if self.list_model.rowCount():
            self.open_entry(self.list_model.summary(0).id)
        else:
            self._load(EditorState(day=date.today()), None)

    # -- opening, new, saving ---------------------------------------------------------------

    def open_entry(self, entry_id: int) -> bool:
        """Keep the open entry, then show `entry_id` in the editor (and select it)."""
        if entry_id == self.editor.entry_id:
            return True
        self.save_now()
        try:
            entry = self._journal.get(entry_id)
        except NotFoundError:
            self._reload_list()
            return False
        self._load(_state_of(entry), entry.written_at)
        return True

    def _load(self, state: EditorState, written_at: datetime | None) -> None:
        self._autosave.stop()
        self._saved = state
        self._written_at = written_at
        self.editor.load(state)
        self.editor.set_status("")
        self._syncing = True
        try:
            self._select_in_list(state.entry_id)
        finally:
            self._syncing = False
        self._refresh_left()

    def new_entry(self) -> None:
        """Keep the open entry and start a blank one (Ctrl+N); it is saved once it has words."""
        self.save_now()
        self._load(EditorState(day=date.today()), None)
        self.editor.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.announce.emit(self.tr("A new page. It is kept as you write."))

    def focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def _edited(self) -> None:
        self._held = False
        self.editor.set_status("")
        self._autosave.start()

    def _left_field(self) -> None:
        if shiboken6.isValid(self) and not self._held:
            self.save_now()

    def is_dirty(self) -> bool:
        """True when the editor holds something the vault doesn't have yet."""
        state = self.editor.state()
        if state.entry_id is None:
            return state.has_words()
        return not state.same_content(self._saved)

    def save_now(self) -> bool:
        """Write the open entry to the vault if it changed; False if that wasn't possible."""
        self._autosave.stop()
        if self._held or not self.is_dirty():
            return True
        state = self.editor.state()
        try:
            entry = self._write(state)
        except (VaultError, ValueError):
            self.editor.set_status(self.tr(
                "Couldn't save just now. Your words are still here; they'll be kept."))
            return False
        created = state.entry_id != entry.id
        self._saved = _state_of(entry)
        self._written_at = entry.written_at
        self.editor.set_entry_id(entry.id)
        if self._has_draft:
            self._repos.drafts.discard(DRAFT_KEY)
            self._has_draft = False
        self._show_saved(entry, created)
        self.entry_saved.emit(entry.id)
        return True

    def _write(self, state: EditorState) -> JournalEntry:
        day = state.day or date.today()
        if state.entry_id is not None:
            when = None
            if day != self._saved.day and self._written_at is not None:
                when = self._written_at.replace(year=day.year, month=day.month, day=day.day)
            try:
                return self._journal.update(
                    state.entry_id, title=state.title, body=state.body, tags=state.tags,
                    written_at=when,
                )
            except NotFoundError:
                pass  # deleted meanwhile: what is on screen becomes a new entry
        now = datetime.now().astimezone()
        when = now if day == now.date() else datetime.combine(day, now.time()).astimezone()
        return self._journal.add(
            written_at=when, title=state.title, body=state.body, tags=state.tags
        )

    def _show_saved(self, entry: JournalEntry, created: bool) -> None:
        clock = entry.updated_at.astimezone().strftime("%H:%M")
        self.editor.set_status(self.tr("Saved at %1").replace("%1", clock))
        summary = summarise(entry)
        if created or not self.list_model.replace(summary):
            self._reload_list()
        if entry.tags:
            self.search.reload_tags()
        self._refresh_left()

    def _save_now_and_say(self) -> None:
        self.editor.tags.commit_pending()
        if self.save_now():
            self.announce.emit(self.tr("Saved"))

    # -- search -----------------------------------------------------------------------------

    def run_search(self) -> None:
        """Show ranked results for what is typed (or the filtered list when nothing is)."""
        text = self.search.text()
        chosen = self.search.list_filter()
        if text.strip():
            order = self.search.order()
            total = self._journal.count_matches(
                text, start=chosen.start, end=chosen.end, tag=chosen.tag, cap=COUNT_CAP)
            self.results_model.show_results(total, lambda after: self._journal.search_page(
                text, order=order, after=after, start=chosen.start, end=chosen.end,
                tag=chosen.tag, limit=RESULT_LIMIT if after else FIRST_PAGE, mark=MARK,
            ))
            if self.results_model.rowCount():
                self.results.setCurrentIndex(self.results_model.index(0))
        elif chosen != self._list_filter:
            self._list_filter = chosen
            self._reload_list()
        self._refresh_left()

    def _order_changed(self) -> None:
        self._describe_results()
        if self.search.text().strip():
            self.run_search()

    def _describe_results(self) -> None:
        self.results.setAccessibleDescription(
            self.search.describe_order() + " " + self.tr("Enter opens the entry."))

    def _into_results(self) -> None:
        if self.left_stack.currentWidget() is self.results:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.left_stack.currentWidget() is self.entries:
            self.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current_result(self, *_args: object) -> None:
        """Open the chosen result (the best one from the search field) at its first match."""
        if not self.search.text().strip():
            self._into_results()
            return
        index = self.results.currentIndex()
        if not index.isValid():
            return
        hit = self.results_model.hit(index.row())
        if self.open_entry(hit.entry_id):
            self.editor.show_match(first_match(hit.snippet))

    # -- delete and undo --------------------------------------------------------------------

    def delete_current(self) -> None:
        """Delete the open entry (Ctrl+Z brings it back, also after a restart)."""
        self.save_now()
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        row = self.entries.currentIndex().row()
        command = delete_entry_command(self._journal, entry_id, self._undo_done)
        self._undo.push(command)
        self.deleted_bar.show_for(command)
        self._load(EditorState(day=date.today()), None)
        self._reload_list()
        self.run_search()
        if self.list_model.rowCount() and not self.search.text().strip():
            row = min(max(row, 0), self.list_model.rowCount() - 1)
            self.open_entry(self.list_model.summary(row).id)
            self.entries.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # the list, or New entry

    def keep_in_hope_box(self) -> None:
        """Keep the open entry in the hope box as a good memory (saved first)."""
        from recovery_journal.ui.hope_box.hooks import keep_journal_entry

        self.save_now()
        entry_id = self.editor.entry_id
        if entry_id is None:
            self.announce.emit(self.tr("Write or open an entry first"))
            return
        try:
            keep_journal_entry(self._repos.hope_box, self._journal.get(entry_id))
        except (VaultError, ValueError) as error:
            self.announce.emit(str(error))
            return
        self.announce.emit(self.tr("Added to your hope box"))

    def _push_restart_deletes(self) -> None:
        push_restart_undos(
            self._undo, self._journal.recently_deleted(RESTART_UNDO_LIMIT),
            lambda entry: delete_entry_command(
                self._journal, entry.id, self._undo_done, already_done=True),
        )

    def _undo_done(self, text: str, entry_id: int | None) -> None:
        # The undo stack outlives this page (it is shared); do nothing once the page is gone.
        if not shiboken6.isValid(self):
            return
        self._reload_list()
        if self.search.text().strip():
            self.run_search()
        if entry_id is not None:
            self.open_entry(entry_id)
        self.announce.emit(text)

    # -- drafts -----------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep what isn't saved yet as a draft in the vault (before a lock), else forget it."""
        self._autosave.stop()
        if not self.is_dirty() and not self.editor.state().pending_tag.strip():
            self._repos.drafts.discard(DRAFT_KEY)
            return
        self._repos.drafts.save(DRAFT_KEY, self.editor.state().to_json())
        self._has_draft = True
        self._held = True  # the page is about to go; the draft is the copy to trust

    def _restore_draft(self) -> bool:
        stored = self._repos.drafts.get(DRAFT_KEY)
        if stored is None:
            return False
        draft = EditorState.from_json(stored.body)
        base, written_at = EditorState(day=draft.day), None
        if draft.entry_id is not None:
            try:
                entry = self._journal.get(draft.entry_id)
                base, written_at = _state_of(entry), entry.written_at
            except NotFoundError:
                draft = EditorState(None, draft.title, draft.body, draft.tags, draft.day,
                                    draft.pending_tag)  # deleted since: it becomes a new entry
        self._load(base, written_at)
        self.editor.load(draft)
        self._has_draft = True
        if self.is_dirty():
            self._autosave.start()  # the draft becomes the entry itself in a moment
        else:
            self._repos.drafts.discard(DRAFT_KEY)
            self._has_draft = False
        return True
