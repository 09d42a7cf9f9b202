"""Today: the check-in. Every field is optional; Skip is as visible as Save."""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import CheckIn, Measure
from recovery_journal.storage.errors import NotFoundError, VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.feelings.picker import FeelingsPicker
from recovery_journal.ui.strengths.quick import QuickStrengthLog
from recovery_journal.ui.today.checkins import CheckInList
from recovery_journal.ui.today.draft import FormDraft
from recovery_journal.ui.today.footer import Footer
from recovery_journal.ui.today.scale import ScaleInput
from recovery_journal.ui.today.undo import delete_checkin_command
from recovery_journal.ui.today.when import DateTimeEdit, wall_clock
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.dates import friendly_moment
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import message_box_label
from recovery_journal.ui.widgets.scroll_page import ScrollPage
from recovery_journal.ui.widgets.tag_input import TagInput
from recovery_journal.ui.widgets.undo import RESTART_UNDO_LIMIT, push_restart_undos

DRAFT_KEY = "today.form"
RECENT_LIMIT = 20
_LEAD = ("mood", "hope")  # the two scales the check-in opens with, large and first


def _measure_shape(measures: list[Measure]) -> list[tuple[object, ...]]:
    return [(m.key, m.name, m.min_value, m.max_value, m.low_label, m.high_label, m.step)
            for m in measures]


class TodayPage(ScrollPage):
    """The check-in form, and below it the recent check-ins (edit, delete, Ctrl+Z)."""
    checkin_saved = Signal(int)

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack
        self._editing: CheckIn | None = None
        self._when_touched = False
        self._setting_when = False
        self._measures: list[Measure] = []
        self.scales: dict[str, ScaleInput] = {}
        # Read just now: the first showing (straight after unlock) need not read it all again.
        self._read_since_shown = True
        self._build()
        self.reload_measures()
        self.reset_form()
        self._restore_draft()
        self.refresh_recent()
        self._push_restart_deletes()

    # -- building ---------------------------------------------------------------------------

    def add_note(self, note: QWidget) -> None:
        """Show `note` above the check-in form (the plan's early-warning note uses this)."""
        note.setParent(self)
        self._notes.addWidget(note)

    def _build(self) -> None:
        content, column = self.content, self.body
        # Qt keeps the first widget of a Tab chain where it was made, and the scales are made
        # (and remade) after the rest of the form: this hidden anchor, made first, heads it.
        self._tab_anchor = QWidget(content)
        self._tab_anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._tab_anchor.hide()
        column.setSpacing(tokens.SPACE_M)
        self.add_header(self.tr("How are you right now?"),
                        self.tr("Everything here is optional. Save what you like, or skip."))
        # Gentle notes from other parts of the journal (the plan's early-warning note) go here.
        self._notes = QVBoxLayout()
        column.addLayout(self._notes)
        # "Editing Sun 29 Nov, 22:53" while an older check-in is on the form.
        self.editing_label = heading("", content, tokens.HEADING)
        self.editing_label.hide()
        column.addWidget(self.editing_label)

        card = Card("", content)
        column.addWidget(card)
        # Mood and hope first and large; the person's other measures below them.
        self._lead_box, self._lead_grid = self._scale_box(card, tokens.SPACE_L)
        card.column.addSpacing(tokens.SPACE_S)
        self._others_box, self._scales_grid = self._scale_box(card, tokens.SPACE_M)

        self.feelings = FeelingsPicker(card)
        self.tags = TagInput(self._complete_tags, card)
        self.note = QPlainTextEdit(card)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything you'd like to remember about now"))
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.when = DateTimeEdit(card)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName(self.tr("Date and time of this check-in"))
        self.now_button = QPushButton(self.tr("Now"), card)
        self.now_button.setAccessibleName(self.tr("Set the time to now"))
        when_row = QHBoxLayout()
        when_row.setSpacing(tokens.SPACE_S)
        when_row.addWidget(self.when)
        when_row.addWidget(self.now_button)
        when_row.addStretch(1)
        for title, field in ((self.tr("Feelings"), self.feelings), (self.tr("Tags"), self.tags),
                             (self.tr("Note"), self.note), (self.tr("When"), when_row)):
            label = heading(title, card)
            buddies = {id(self.tags): self.tags.edit, id(self.feelings): self.feelings.finder,
                       id(when_row): self.when}
            label.setBuddy(buddies.get(id(field), field))  # type: ignore[arg-type]
            # Made after its field, but heard before it, as it is seen (children's order).
            label.stackUnder(field if isinstance(field, QWidget) else self.when)
            card.column.addSpacing(tokens.SPACE_XS)
            card.add(label)
            if isinstance(field, QWidget):
                card.add(field)
            else:
                card.add_layout(field)
        self.message = message_box_label()
        self.message.setParent(card)
        card.add(self.message)

        # "A strength I used today", below the check-in: a name and Enter logs it.
        self.strength_log = QuickStrengthLog(self._repos.strengths, self._undo, content)
        self.strength_log.logged.connect(self.announce)
        column.addWidget(self.strength_log)
        column.addSpacing(tokens.SPACE_S)
        column.addWidget(heading(self.tr("Recent check-ins"), content, tokens.HEADING))
        self.recent = CheckInList(content)
        column.addWidget(self.recent)
        column.addStretch(1)
        self._build_footer()

        self.now_button.clicked.connect(self._set_now)
        self.when.dateTimeChanged.connect(self._when_changed)
        self.recent.edit_requested.connect(self.edit)
        self.recent.delete_requested.connect(self.delete)
        self.recent.hope_requested.connect(self.keep_in_hope_box)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    @staticmethod
    def _scale_box(card: Card, spacing: int) -> tuple[QWidget, QGridLayout]:
        box = QWidget(card)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(tokens.SPACE_XL)
        grid.setVerticalSpacing(spacing)
        card.add(box)
        return box, grid

    def _build_footer(self) -> None:
        self.footer = Footer(self)
        self.save_button, self.skip_button = self.footer.save_button, self.footer.skip_button
        outer = self.layout()
        assert outer is not None
        outer.addWidget(self.footer)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skip)

    def reload_measures(self) -> None:
        """Show every active measure, in the person's order, keeping values already chosen."""
        self.feelings.set_vocabulary(self._repos.feelings.list())
        self.feelings.set_feelings(self.feelings.feelings())
        measures = self._repos.measures.list()
        if _measure_shape(measures) == _measure_shape(self._measures):
            return
        kept = self._values()
        for scale in self.scales.values():
            # Out of the window's Tab chain now, not when the event loop next turns.
            scale.hide()
            scale.setParent(None)
            scale.deleteLater()
        self.scales = {}
        self._measures = measures
        lead = [m for m in measures if m.key in _LEAD]
        others = [m for m in measures if m.key not in _LEAD]
        for position, measure in enumerate(lead):
            self._place(measure, self._lead_box, 0, position, kept, large=True)
        for position, measure in enumerate(others):
            self._place(measure, self._others_box, position // 2, position % 2, kept)
        self._others_box.setVisible(bool(others))
        self._fix_tab_order()

    def _place(self, measure: Measure, box: QWidget, row: int, column: int,
               kept: dict[str, float], large: bool = False) -> None:
        scale = ScaleInput(measure, box, large=large)
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(scale, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(column, 1)
        scale.show()  # at once, not on the next event loop turn, so Tab can reach it
        # Kept as it was, even outside a new range: only the person changes a value.
        scale.set_value(kept.get(measure.key))
        self.scales[measure.key] = scale

    def _fix_tab_order(self) -> None:
        # Reading order: mood, hope, the other measures, tags, note, when, Save and Skip in
        # the footer, then the strength log and the history further down.
        chain: list[QWidget] = [self._tab_anchor]
        for scale in self.scales.values():
            chain += [scale.slider, scale.clear_button]
        chain += [*self.feelings.focus_chain(), *self.tags.focus_chain()]
        chain += [self.note, self.when, self.now_button]
        chain += [self.save_button, self.skip_button]
        chain += self.strength_log.focus_chain()
        chain += [self.recent.view, self.recent.edit_button, self.recent.delete_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        # The window focuses the page itself (after unlock, Ctrl+1): hand it to the first
        # control, mood, so the person sees where they are and can start at once.
        first = self._first_control()
        if first is not None:
            first.setFocus(event.reason())
        super().focusInEvent(event)

    def _first_control(self) -> QWidget | None:
        scale = next(iter(self.scales.values()), None)
        return scale.slider if scale is not None else self.tags.edit

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Measures may have changed in Settings since this page was last shown.
        if not self._read_since_shown:
            self.reload_measures()
            self.refresh_recent()
        self._read_since_shown = False
        super().showEvent(event)

    # -- the form ---------------------------------------------------------------------------

    def _complete_tags(self, prefix: str) -> list[str]:
        return [tag.name for tag in self._repos.tags.complete(prefix)]

    def _values(self) -> dict[str, float]:
        return {k: v for k, s in self.scales.items() if (v := s.value()) is not None}

    def _set_when(self, moment: QDateTime) -> None:
        self._setting_when = True
        self.when.setDateTime(moment)
        self._setting_when = False

    def _set_now(self) -> None:
        self._set_when(QDateTime.currentDateTime())
        self._when_touched = False

    def _when_changed(self, _moment: QDateTime) -> None:
        if not self._setting_when:
            self._when_touched = True

    def _recorded_at(self) -> datetime:
        if self._editing is not None and not self._when_touched:
            return self._editing.recorded_at
        if not self._when_touched:
            return datetime.now().astimezone()
        chosen: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        # astimezone() on a naive time gives the local offset of that day (summer time too).
        return chosen.replace(second=0, microsecond=0, tzinfo=None).astimezone()

    def is_empty(self) -> bool:
        """True when nothing has been chosen, typed or changed."""
        return (
            not self._values() and not self.tags.tags() and not self.tags.pending_text().strip()
            and not self.feelings.feelings()
            and not self.note.toPlainText().strip() and not self._when_touched
            and self._editing is None
        )

    def reset_form(self) -> None:
        """Empty every field and set the time to now (a new check-in)."""
        self._editing = None
        for scale in self.scales.values():
            scale.clear()
        self.tags.clear()
        self.feelings.clear()
        self.note.clear()
        self._set_now()
        self.editing_label.hide()
        self.message.hide()
        self.footer.set_editing(False)

    def save(self) -> None:
        """Save the form as a new check-in (or the changes to the one being edited)."""
        self.tags.commit_pending()
        values, tags, feelings = self._values(), self.tags.tags(), self.feelings.feelings()
        note, when = self.note.toPlainText(), self._recorded_at()
        try:
            if self._editing is None:
                saved = self._repos.checkins.add(
                    recorded_at=when, values=values, tags=tags, note=note, feelings=feelings
                )
                text = self.tr("Check-in saved")
            else:
                # Values of measures hidden since then are not on the form; keep them.
                hidden = {k: v for k, v in self._editing.values.items() if k not in self.scales}
                saved = self._repos.checkins.update(
                    self._editing.id, recorded_at=when, values={**hidden, **values},
                    tags=tags, note=note, feelings=feelings,
                )
                text = self.tr("Changes saved")
        except (ValueError, NotFoundError) as problem:
            self._show_message(str(problem) or self.tr("That check-in is no longer here."))
            return
        except VaultError as problem:  # a full disk, say: the form keeps every typed word
            self._show_message(str(problem))
            return
        self._repos.drafts.discard(DRAFT_KEY)
        self.reset_form()
        self.refresh_recent()
        self.checkin_saved.emit(saved.id)
        self.announce.emit(text)

    def skip(self) -> None:
        """Clear the form without saving anything."""
        editing = self._editing is not None
        self.reset_form()
        self._repos.drafts.discard(DRAFT_KEY)
        self.announce.emit(
            self.tr("Left unchanged") if editing else self.tr("Skipped. Nothing was saved.")
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.announce.emit(text)

    # -- recent check-ins -------------------------------------------------------------------

    def refresh_recent(self) -> None:
        """Reload the recent check-ins from the vault."""
        self.recent.set_checkins(
            self._repos.checkins.recent(RECENT_LIMIT),
            self._repos.measures.list(include_archived=True),
            date.today(),
        )

    def edit(self, checkin_id: int) -> None:
        """Load a check-in into the form; Save then changes it."""
        try:
            checkin = self._repos.checkins.get(checkin_id)
        except NotFoundError:
            self.refresh_recent()
            return
        self._load(checkin, checkin.values, list(checkin.tags), checkin.note)
        self.feelings.set_feelings(checkin.feelings)
        first = self._first_control()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announce.emit(self.editing_label.text())

    def _load(
        self, checkin: CheckIn | None, values: dict[str, float], tags: list[str], note: str
    ) -> None:
        self.reset_form()
        self._editing = checkin
        for key, scale in self.scales.items():
            scale.set_value(values.get(key))
        self.tags.set_tags(tags)
        self.note.setPlainText(note)
        if checkin is not None:
            self._set_when(wall_clock(checkin.recorded_at))
            self.editing_label.setText(self.tr("Editing %1").replace(
                "%1", friendly_moment(checkin.recorded_at, today=date.today())))
            self.editing_label.show()
            self.footer.set_editing(True)

    def delete(self, checkin_id: int) -> None:
        """Delete a check-in (undoable with Ctrl+Z, also after a restart)."""
        if self._editing is not None and self._editing.id == checkin_id:
            self.reset_form()
        self._undo.push(delete_checkin_command(self._repos.checkins, checkin_id, self._undo_done))

    def keep_in_hope_box(self, checkin_id: int) -> None:
        """Keep a check-in in the hope box as a good memory."""
        from recovery_journal.ui.hope_box.hooks import keep_checkin

        try:
            keep_checkin(self._repos.hope_box, self._repos.checkins.get(checkin_id))
        except (VaultError, ValueError) as error:
            self.announce.emit(str(error))
            return
        self.announce.emit(self.tr("Added to your hope box"))

    def _push_restart_deletes(self) -> None:
        checkins = self._repos.checkins
        push_restart_undos(
            self._undo, checkins.recently_deleted(RESTART_UNDO_LIMIT),
            lambda checkin: delete_checkin_command(
                checkins, checkin.id, self._undo_done, already_done=True),
        )

    def _undo_done(self, text: str) -> None:
        # The undo stack can outlive this page (it is shared); do nothing once it is gone.
        if not shiboken6.isValid(self):
            return
        self.refresh_recent()
        self.announce.emit(text)

    # -- drafts -----------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep the unsaved form (note, values, tags, time) in the vault, or forget it if empty."""
        if self.is_empty():
            self._repos.drafts.discard(DRAFT_KEY)
            return
        draft = FormDraft(
            note=self.note.toPlainText(), values=self._values(), tags=tuple(self.tags.tags()),
            pending_tag=self.tags.pending_text(),
            when=self._recorded_at() if self._when_touched else None,
            editing=self._editing.id if self._editing is not None else None,
            feelings=tuple(self.feelings.feelings()),
        )
        self._repos.drafts.save(DRAFT_KEY, draft.to_json())

    def _restore_draft(self) -> None:
        stored = self._repos.drafts.get(DRAFT_KEY)
        if stored is None:
            return
        draft = FormDraft.from_json(stored.body)
        editing = None
        if draft.editing is not None:
            try:
                editing = self._repos.checkins.get(draft.editing)
            except NotFoundError:
                editing = None  # deleted since; the draft becomes a new check-in
        self._load(editing, draft.values, list(draft.tags), draft.note)
        self.tags.set_pending_text(draft.pending_tag)
        self.feelings.set_feelings(draft.feelings)
        if draft.when is not None:
            self._set_when(wall_clock(draft.when))
            self._when_touched = True
