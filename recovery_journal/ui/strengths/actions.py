"""The dialogs of the strengths inventory: add or change a strength, and pick from the ideas.

Both open window-modal (never blocking the event loop); what they save comes back as `saved`.
A strength half-written when the journal locks is kept as a draft and offered the next time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from recovery_journal.model import Strength
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.strengths import STARTER_STRENGTHS
from recovery_journal.ui.strengths.dialog import StrengthDialog, StrengthFields, fields_of
from recovery_journal.ui.strengths.starter import StarterDialog

STRENGTH_DRAFT_KEY = "strengths.strength"


class InventoryDialogs(QObject):
    """Opens the strength form and the ideas list over `parent`; one of each at a time."""

    saved = Signal(int, str)  # the strength to select (0: none), what to announce
    closed = Signal()

    def __init__(self, repos: Repositories, parent: QWidget) -> None:
        super().__init__(parent)
        self._repos = repos
        self._parent = parent
        self.dialog: StrengthDialog | None = None
        self.starter: StarterDialog | None = None

    def has_draft(self) -> bool:
        return self._repos.drafts.get(STRENGTH_DRAFT_KEY) is not None

    def save_draft(self) -> None:
        """Keep the open strength form in the vault (the journal is about to lock)."""
        if self.dialog is not None:
            self._repos.drafts.save(STRENGTH_DRAFT_KEY, self.dialog.fields().to_json())

    def add(self) -> None:
        """The form for a new strength (carrying on with a kept draft if there is one)."""
        self._open(StrengthFields())

    def edit(self, strength: Strength) -> None:
        self._open(fields_of(strength))

    def _open(self, fields: StrengthFields) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        stored = self._repos.drafts.get(STRENGTH_DRAFT_KEY)
        if stored is not None:
            kept = StrengthFields.from_json(stored.body)
            if kept.editing == fields.editing:
                fields = kept
        domains = self._repos.life_domains.list(include_archived=True)
        # An archived life area is offered only to a strength that already has it.
        domains = [d for d in domains if not d.archived or d.id == fields.life_domain_id]
        self.dialog = StrengthDialog(domains, fields, self._parent)
        self.dialog.submitted.connect(self._save)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _save(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        fields = dialog.fields()
        strengths = self._repos.strengths
        try:
            if fields.editing is None:
                saved = strengths.add(
                    fields.name, fields.description, fields.kind, fields.life_domain_id)
                text = self.tr("Strength added")
            else:
                saved = strengths.update(
                    fields.editing, name=fields.name, description=fields.description,
                    kind=fields.kind, life_domain_id=fields.life_domain_id)
                text = self.tr("Changes saved")
        except (ValueError, NotFoundError) as problem:
            dialog.show_message(str(problem) or self.tr("That strength is no longer here."))
            return
        self._repos.drafts.discard(STRENGTH_DRAFT_KEY)
        self.saved.emit(saved.id, text)  # first, so the page shows it before focus returns
        dialog.accept()

    def _dialog_closed(self, _result: int) -> None:
        # Saved or cancelled: either way the person is done with this draft.
        self._repos.drafts.discard(STRENGTH_DRAFT_KEY)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.closed.emit()

    def pick_ideas(self) -> None:
        """Offer the starter list; only what the person ticks is added."""
        if self.starter is not None:
            self.starter.raise_()
            return
        existing = [s.name for s in self._repos.strengths.list(include_archived=True)]
        self.starter = StarterDialog(STARTER_STRENGTHS, existing, self._parent)
        self.starter.finished.connect(self._starter_closed)
        self.starter.open()

    def _starter_closed(self, result: int) -> None:
        starter, self.starter = self.starter, None
        if starter is None:
            return
        ticked = starter.ticked() if result == StarterDialog.DialogCode.Accepted else []
        starter.deleteLater()
        added = [self._repos.strengths.add(name, text, kind) for name, kind, text in ticked]
        if added:
            self.saved.emit(added[0].id, self.tr("%n strength(s) added", "", len(added)))
        self.closed.emit()
