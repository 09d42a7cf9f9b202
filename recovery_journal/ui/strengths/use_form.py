"""The form to log (or change) one use of a strength: which one, the day, a note and tags."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Strength, StrengthUse
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.strengths import Strengths
from recovery_journal.ui.widgets.tag_input import TagInput


@dataclass(frozen=True, slots=True)
class UseDraft:
    """The unsaved form, kept in the vault when the journal locks."""

    strength_id: int | None = None
    day: date | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    pending_tag: str = ""
    editing: int | None = None

    def is_empty(self) -> bool:
        return not (self.note.strip() or self.tags or self.pending_tag.strip()
                    or self.editing is not None)

    def to_json(self) -> str:
        return json.dumps({
            "strength_id": self.strength_id, "note": self.note, "tags": list(self.tags),
            "day": self.day.isoformat() if self.day else None,
            "pending_tag": self.pending_tag, "editing": self.editing,
        })

    @classmethod
    def from_json(cls, body: str) -> UseDraft:
        """Read a draft back; anything odd in it falls back to the empty form's value."""
        try:
            data = json.loads(body)
            day = date.fromisoformat(data["day"]) if data.get("day") else None
        except (ValueError, TypeError, AttributeError):
            return cls()
        tags = data.get("tags")

        def number(key: str) -> int | None:
            value = data.get(key)
            return value if isinstance(value, int) else None

        return cls(
            strength_id=number("strength_id"), day=day, note=str(data.get("note", "")),
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            pending_tag=str(data.get("pending_tag", "")), editing=number("editing"),
        )


class DayEdit(QDateEdit):
    """A date field that is one Tab stop; arrow keys move between day, month and year."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        # QDateEdit would otherwise spend a Tab press on each of its sections.
        return QWidget.focusNextPrevChild(self, next)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class UseForm(QWidget):
    """Log a use; Ctrl+Enter saves. While changing a use, Cancel leaves it as it was."""

    saved = Signal(int, str)  # use id, what to announce
    message_shown = Signal(str)

    def __init__(
        self, strengths: Strengths, complete_tags: Callable[[str], list[str]],
        today: Callable[[], date], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._strengths = strengths
        self._today = today
        self._editing: StrengthUse | None = None
        self.editing_label = QLabel(self)
        self.editing_label.setWordWrap(True)
        self.editing_label.setTextFormat(Qt.TextFormat.PlainText)  # it holds a strength's name
        self.editing_label.hide()
        self.strength = QComboBox(self)
        self.strength.setAccessibleName(self.tr("Which strength"))
        self.day = DayEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Day you used it"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note about this use"))
        self.note.setPlaceholderText(self.tr("What you did, or how it helped (optional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.tags = TagInput(complete_tags, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save use"), self)
        self.save_button.setAccessibleName(self.tr("Save this use"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter saves"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the form without saving"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("&Strength"), self.strength)
        form.addRow(self.tr("D&ay"), self.day)
        form.addRow(self.tr("N&ote"), self.note)
        tags_label = QLabel(self.tr("Ta&gs"), self)
        tags_label.setBuddy(self.tags.edit)
        form.addRow(tags_label, self.tags)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editing_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.reset)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.reset()

    @property
    def editing(self) -> StrengthUse | None:
        return self._editing

    def set_strengths(self, strengths: Sequence[Strength]) -> None:
        """The strengths to choose from, keeping the current choice where it is still there."""
        current = self.strength.currentData()
        self.strength.clear()
        for strength in strengths:
            self.strength.addItem(strength.name, strength.id)
        self._choose(current if isinstance(current, int) else None)

    def choose(self, strength_id: int | None) -> None:
        """Make `strength_id` the chosen strength (if it is in the list)."""
        self._choose(strength_id)

    def _choose(self, strength_id: int | None) -> None:
        row = self.strength.findData(strength_id) if strength_id is not None else -1
        self.strength.setCurrentIndex(row if row >= 0 else min(0, self.strength.count() - 1))

    def reset(self) -> None:
        """An empty form for a new use today."""
        self._editing = None
        self.day.setMaximumDate(_qdate(self._today()))
        self.day.setDate(_qdate(self._today()))
        self.note.clear()
        self.tags.clear()
        self.editing_label.hide()
        self.message.hide()
        self.save_button.setText(self.tr("Save use"))
        self.clear_button.setText(self.tr("Clear"))

    def load(self, use: StrengthUse, strength_name: str, extra: Strength | None = None) -> None:
        """Put a logged use in the form; Save then changes it. `extra` is an archived strength
        that has to be in the list for this use."""
        self.reset()
        if extra is not None and self.strength.findData(extra.id) < 0:
            self.strength.addItem(extra.name, extra.id)
        self._editing = use
        self._fill(use.strength_id, use.occurred_on, use.note, use.tags)
        self.editing_label.setText(self.tr(
            "Changing the use of %1. Save keeps the changes; Cancel leaves it as it was."
        ).replace("%1", strength_name))
        self.editing_label.show()
        self.save_button.setText(self.tr("Save changes"))
        self.clear_button.setText(self.tr("Cancel"))

    def _fill(self, strength_id: int | None, day: date | None, note: str,
              tags: Sequence[str]) -> None:
        self._choose(strength_id)
        if day is not None:
            self.day.setDate(_qdate(day))
        self.note.setPlainText(note)
        self.tags.set_tags(tags)

    def _day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def save(self) -> None:
        """Log the use (or save the changes to the one being changed)."""
        self.tags.commit_pending()
        strength_id = self.strength.currentData()
        if not isinstance(strength_id, int):
            self._show(self.tr("Please choose a strength first."))
            return
        note, tags = self.note.toPlainText(), self.tags.tags()
        try:
            if self._editing is None:
                use = self._strengths.log_use(strength_id, self._day(), note, tags)
                text = self.tr("Use logged")
            else:
                use = self._strengths.update_use(
                    self._editing.id, strength_id=strength_id, occurred_on=self._day(),
                    note=note, tags=tags,
                )
                text = self.tr("Changes saved")
        except NotFoundError:
            self._show(self.tr("That is no longer here; it may have been deleted."))
            return
        except ValueError as problem:
            self._show(str(problem))
            return
        self.reset()
        self.saved.emit(use.id, text)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.message_shown.emit(text)

    # -- drafts -----------------------------------------------------------------------------

    def draft(self) -> UseDraft:
        """What is typed, as a draft (empty when there is nothing worth keeping)."""
        chosen = self.strength.currentData()
        return UseDraft(
            strength_id=chosen if isinstance(chosen, int) else None, day=self._day(),
            note=self.note.toPlainText(), tags=tuple(self.tags.tags()),
            pending_tag=self.tags.pending_text(),
            editing=self._editing.id if self._editing is not None else None,
        )

    def restore(
        self, draft: UseDraft, editing: StrengthUse | None, name: str = "",
        extra: Strength | None = None,
    ) -> None:
        """Bring a draft back; `editing` is the use it was changing, if that still exists."""
        self.reset()
        if editing is not None:
            self.load(editing, name, extra)
        self._fill(draft.strength_id, draft.day, draft.note, draft.tags)
        self.tags.set_pending_text(draft.pending_tag)
