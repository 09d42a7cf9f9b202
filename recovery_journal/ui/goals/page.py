"""Goals: chosen by the person, moved towards in small steps, reviewed now and then.

The list on the left groups goals by where they stand; the chosen goal's details, steps and
reviews are on the right. Deleting anything is undoable (Ctrl+Z, also after a restart).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from recovery_journal.model import Goal, GoalStatus
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.goals.draft import GoalsDraft
from recovery_journal.ui.goals.editor import GoalForm, StatusBox
from recovery_journal.ui.goals.list import GoalList
from recovery_journal.ui.goals.reviews import ReviewsEditor
from recovery_journal.ui.goals.steps import StepsEditor
from recovery_journal.ui.goals.undo import Kind, delete_command, push_restart_commands
from recovery_journal.ui.page import Page
from recovery_journal.ui.widgets.heading import add_page_header, heading
from recovery_journal.ui.widgets.scroll_page import scroll_area
from recovery_journal.ui.widgets.undo import RESTART_UNDO_LIMIT

DRAFT_KEY = "goals.form"




class GoalsPage(Page):
    """The goals list, grouped by status and filtered by life area, with the chosen goal."""
    goal_closed = Signal(int)

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack
        self._goal_id: int | None = None  # the goal on the right; None: the new-goal form
        self._parked = ("", "")  # a new goal's text, kept while another goal is looked at
        self._build()
        self.reload(None)
        self.goals.select(self.goals.first_id())
        self._restore_draft()
        push_restart_commands(self._undo, repos.goals, self._undo_done, RESTART_UNDO_LIMIT)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        add_page_header(outer, self, self.tr("Goals"), self.tr(
            "Goals you choose, and small steps towards them, at your own pace."))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer.addLayout(columns, 1)
        self.goals = GoalList(self)
        columns.addWidget(self.goals, 2)

        scroll, self.details = scroll_area(self)
        self._scroll = scroll
        columns.addWidget(scroll, 3)
        layout = QVBoxLayout(self.details)
        layout.setSpacing(10)
        self.form_heading = heading("", self.details, 1.2)
        layout.addWidget(self.form_heading)
        self.form = GoalForm(self._repos.goals, self.details)
        layout.addWidget(self.form)
        self.status_heading = heading(self.tr("Where it stands"), self.details, 1.2)
        layout.addWidget(self.status_heading)
        self.status = StatusBox(self.details)
        layout.addWidget(self.status)
        self.steps_heading = heading(self.tr("Steps"), self.details, 1.2)
        layout.addWidget(self.steps_heading)
        self.steps = StepsEditor(self._repos.goals, self.details)
        layout.addWidget(self.steps)
        self.reviews_heading = heading(self.tr("Reviews"), self.details, 1.2)
        layout.addWidget(self.reviews_heading)
        self.reviews = ReviewsEditor(self._repos.goals, self.details)
        layout.addWidget(self.reviews)
        layout.addStretch(1)

        self.goals.current_changed.connect(self._current_changed)
        self.goals.new_requested.connect(self.new_goal)
        self.goals.delete_requested.connect(self.delete_goal)
        self.form.saved.connect(self._form_saved)
        self.form.problem.connect(self.announce)
        self.status.status_chosen.connect(self.set_status)
        self.steps.changed.connect(self._part_changed)
        self.steps.delete_requested.connect(self.delete_step)
        self.reviews.changed.connect(self._part_changed)
        self.reviews.delete_requested.connect(self.delete_review)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_goal)

    # -- showing ------------------------------------------------------------------------------

    def reload(self, select: int | None) -> None:
        """Re-read the goals and show `select` (or the goal shown now, if it is None)."""
        wanted = select if select is not None else self._goal_id
        self.goals.set_goals(
            self._repos.goals.list(), self._repos.life_domains.list(include_archived=True),
            wanted,
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Life areas and strengths may have changed on other pages since this one was shown.
        self.reload(None)
        super().showEvent(event)

    def _current_changed(self, goal_id: int | None) -> None:
        if goal_id is None:
            if self._goal_id is not None and self.goals.model.index_of(self._goal_id).isValid():
                return  # on a group heading: keep the goal shown
            if self._goal_id is not None or self.goals.model.goal_count() == 0:
                self._show(None)
            return
        self._show(goal_id)

    def _show(self, goal_id: int | None, *, fresh_form: bool = False) -> None:
        goal: Goal | None = None
        if goal_id is not None:
            try:
                goal = self._repos.goals.get(goal_id)
            except NotFoundError:
                goal_id = None
        same = goal_id == self._goal_id
        if not same:
            self._leave_current()
            self._scroll.verticalScrollBar().setValue(0)  # another goal is read from the top
        self._goal_id = goal_id
        # Coming back to the same goal (after a step or a review) keeps what is being typed.
        if fresh_form or not (same and self.form.is_dirty()):
            self.form.load(goal, self._repos.life_domains.list(include_archived=True),
                           self._repos.strengths.list(include_archived=True))
            if goal is None:
                self.form.set_texts(*self._parked)
                self._parked = ("", "")
        self.form_heading.setText(self.tr("About this goal") if goal else self.tr("A new goal"))
        for widget in (self.status_heading, self.status, self.steps_heading, self.steps,
                       self.reviews_heading, self.reviews):
            widget.setVisible(goal is not None)
        if goal is not None:
            self.status.show_goal(goal)
            self.steps.show_goal(goal)
            self.reviews.show_goal(goal)

    def _leave_current(self) -> None:
        """Moving to another goal keeps what was changed on this one; a new goal's text waits."""
        if self._goal_id is None:
            self._parked = self.form.texts() if self.form.is_dirty() else ("", "")
            return
        saved = self.form.save_quietly()
        if saved is not None:
            self.goals.model.update_goal(saved)

    def new_goal(self) -> None:
        """Show the empty form for a new goal (with any text set aside earlier)."""
        if self._goal_id is not None:
            self._leave_current()
            self._goal_id = None
            self.goals.view.selectionModel().clearCurrentIndex()
            self.goals.view.clearSelection()
            self._show(None, fresh_form=True)
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announce.emit(self.tr("A new goal"))

    # -- changes ------------------------------------------------------------------------------

    def _form_saved(self, goal_id: int, text: str) -> None:
        self._parked = ("", "")
        self._goal_id = goal_id
        self._forget_draft()
        self.reload(goal_id)
        self.announce.emit(text)

    def _part_changed(self, text: str) -> None:
        self._forget_draft()
        self.reload(None)
        self.announce.emit(text)

    def set_status(self, status: GoalStatus) -> None:
        """Move the goal shown to `status` (achieved and let go record the day)."""
        if self._goal_id is None:
            return
        try:
            goal = self._repos.goals.set_status(self._goal_id, status)
        except NotFoundError:
            self.reload(None)
            return
        self.reload(goal.id)
        self.status.first_button().setFocus(Qt.FocusReason.OtherFocusReason)
        if goal.closed_at is not None:
            self.goal_closed.emit(goal.id)
        self.announce.emit(self.status.label.text())

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal with its steps and reviews (Ctrl+Z brings them back)."""
        self._undo.push(delete_command(
            self._repos.goals, Kind.GOAL, goal_id, goal_id, self._undo_done))

    def delete_step(self, step_id: int) -> None:
        if self._goal_id is None:
            return
        row = self.steps.view.currentIndex().row()
        self._undo.push(delete_command(
            self._repos.goals, Kind.STEP, step_id, self._goal_id, self._undo_done))
        self.steps.after_delete(max(row, 0))

    def delete_review(self, review_id: int) -> None:
        if self._goal_id is None:
            return
        row = self.reviews.history.currentIndex().row()
        self._undo.push(delete_command(
            self._repos.goals, Kind.REVIEW, review_id, self._goal_id, self._undo_done))
        self.reviews.after_delete(max(row, 0))

    def _undo_done(self, text: str, goal_id: int) -> None:
        # The undo stack is shared and can outlive this page; do nothing once it is gone.
        if not shiboken6.isValid(self):
            return
        self.reload(goal_id)
        self.announce.emit(text)

    # -- drafts -------------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep typed but unsaved text (title, why, a step, a review note) in the vault."""
        title, why = self.form.texts()
        shown = self.form.goal()
        if shown is None:
            draft = GoalsDraft(goal=None, title=title if title.strip() else None,
                               why=why if why.strip() else None)
        else:
            draft = GoalsDraft(goal=shown.id, title=title if title != shown.title else None,
                               why=why if why != shown.why else None,
                               parked_title=self._parked[0], parked_why=self._parked[1])
        draft = GoalsDraft(
            goal=draft.goal, title=draft.title, why=draft.why, parked_title=draft.parked_title,
            parked_why=draft.parked_why, step=self.steps.new_title.text() if shown else "",
            review_note=self.reviews.note.toPlainText() if shown else "",
        )
        if draft.is_empty():
            self._forget_draft()
        else:
            self._repos.drafts.save(DRAFT_KEY, draft.to_json())

    def _forget_draft(self) -> None:
        self._repos.drafts.discard(DRAFT_KEY)

    def _restore_draft(self) -> None:
        stored = self._repos.drafts.get(DRAFT_KEY)
        if stored is None:
            return
        draft = GoalsDraft.from_json(stored.body)
        shown = draft.goal is not None and self.goals.model.index_of(draft.goal).isValid()
        if shown:
            self.goals.select(draft.goal)
            self._parked = (draft.parked_title, draft.parked_why)
            goal = self.form.goal()
            if goal is not None:
                self.form.set_texts(
                    goal.title if draft.title is None else draft.title,
                    goal.why if draft.why is None else draft.why,
                )
            self.steps.new_title.setText(draft.step)
            self.reviews.note.setPlainText(draft.review_note)
            return
        # A new goal's text (or the edits of a goal deleted since) becomes a new goal's form.
        self._parked = (draft.title or draft.parked_title, draft.why or draft.parked_why)
        if self._goal_id is None:
            self.form.set_texts(*self._parked)
            self._parked = ("", "")
        else:
            self.new_goal()
