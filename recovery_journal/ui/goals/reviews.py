"""Reviews of a goal: how far along it feels (0-100 %) with a note, kept as a dated history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Goal, GoalReview
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.goals import Goals
from recovery_journal.ui.goals.deletable_list import DeletableListView
from recovery_journal.ui.goals.layout import style_item_view
from recovery_journal.ui.goals.words import day_text
from recovery_journal.ui.widgets.record_list import RecordListModel


def describe_review(review: GoalReview) -> str:
    """"3 Mar 2026 — 65 %" and, on the next line, the note."""
    first = f"{day_text(review.reviewed_on)} — {review.progress} %"
    note = review.note.strip()
    return f"{first}\n{note}" if note else first




class ReviewsEditor(QWidget):
    """A small form to add a review, and the history below it, newest first."""

    changed = Signal(str)  # a short status to announce
    delete_requested = Signal(int)

    def __init__(self, goals: Goals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self._goal_id: int | None = None
        self.progress = QSpinBox(self)
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix(" %")
        self.progress.setAccessibleName(self.tr("Progress, from 0 to 100 percent"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Review note"))
        self.note.setPlaceholderText(self.tr("How is it going? What has helped?"))
        lines = self.fontMetrics().lineSpacing()
        self.note.setMinimumHeight(lines * 3)
        self.note.setMaximumHeight(lines * 5)
        self.add_button = QPushButton(self.tr("Add review"), self)
        self.add_button.setAccessibleName(self.tr("Add this review"))
        self.model: RecordListModel[GoalReview] = RecordListModel(describe_review, self)
        self.history = DeletableListView(self)
        self.history.setModel(self.model)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setAccessibleName(self.tr("Review history, newest first"))
        self.history.setAccessibleDescription(self.tr("Delete removes the selected review"))
        self.history.setMinimumHeight(lines * 5)
        style_item_view(self.history)
        self.empty = QLabel(
            self.tr("No reviews yet. Looking back now and then can show how far you've come."),
            self)
        self.empty.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete review"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected review"))
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))

        progress_label = QLabel(self.tr("P&rogress"), self)
        progress_label.setBuddy(self.progress)
        note_label = QLabel(self.tr("N&ote"), self)
        note_label.setBuddy(self.note)
        top = QHBoxLayout()
        top.addWidget(progress_label)
        top.addWidget(self.progress)
        top.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addLayout(add_row)
        self.history_label = QLabel(self.tr("Earlier re&views, newest first"), self)
        self.history_label.setWordWrap(True)  # a longer language at 200 % needs two lines
        self.history_label.setBuddy(self.history)
        layout.addWidget(self.empty)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addLayout(delete_row)

        self.add_button.clicked.connect(self.add_review)
        self.history.delete_pressed.connect(self._delete)
        self.delete_button.clicked.connect(self._delete)
        self.model.modelReset.connect(self._refresh)
        self._refresh()

    def show_goal(self, goal: Goal) -> None:
        """Show this goal's reviews, newest first; a new goal starts the form afresh."""
        if goal.id != self._goal_id:
            self.note.clear()
            self.progress.setValue(goal.reviews[-1].progress if goal.reviews else 0)
        self._goal_id = goal.id
        current = self.current_review()
        self.model.set_records(list(reversed(goal.reviews)))
        self._choose(current.id if current else None)

    def _choose(self, review_id: int | None, fallback_row: int = 0) -> None:
        rows = [r.id for r in self.model.records()]
        row = rows.index(review_id) if review_id in rows else min(fallback_row, len(rows) - 1)
        if row >= 0:
            self.history.setCurrentIndex(self.model.index(row))
        self._refresh()

    def current_review(self) -> GoalReview | None:
        index = self.history.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def add_review(self) -> None:
        if self._goal_id is None:
            return
        try:
            review = self._goals.add_review(
                self._goal_id, date.today(), self.progress.value(), self.note.toPlainText())
            goal = self._goals.get(self._goal_id)
        except (ValueError, NotFoundError):
            return
        self.note.clear()
        self.model.set_records(list(reversed(goal.reviews)))
        self._choose(review.id)
        self.changed.emit(self.tr("Review added: %1 %").replace("%1", str(review.progress)))

    def after_delete(self, row: int) -> None:
        """Keep the selection near where a deleted review was."""
        self._choose(None, row)

    def _delete(self) -> None:
        review = self.current_review()
        if review is not None:
            self.delete_requested.emit(review.id)

    def _refresh(self) -> None:
        has_reviews = self.model.rowCount() > 0
        self.empty.setVisible(not has_reviews)
        self.history.setVisible(has_reviews)
        self.history_label.setVisible(has_reviews)
        self.delete_button.setVisible(has_reviews)
