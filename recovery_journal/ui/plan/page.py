"""My plan: the person's wellness plan, section by section, and their early-warning signs.

Each save keeps a revision (view, compare, restore under "Earlier versions…"). Leaving a section
with changes saves it; locking keeps unsaved text as an encrypted draft. A quiet line shows when a
section was last changed and last looked at; nothing ever nags.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui.fit import CurrentPageStack
from recovery_journal.ui.page import Page
from recovery_journal.ui.plan.crisis_card import CrisisCardDialog, open_crisis_card
from recovery_journal.ui.plan.revisions import RevisionDialog
from recovery_journal.ui.plan.rules import RuleEditor
from recovery_journal.ui.plan.safety_plan import readable_plan_text
from recovery_journal.ui.plan.safety_sources import connect_safety_plan
from recovery_journal.ui.plan.section_editor import PlanSectionEditor, section_title
from recovery_journal.ui.supports.log import SupportsLog
from recovery_journal.ui.widgets.heading import add_page_header

if TYPE_CHECKING:
    from recovery_journal.model import BundledHelplines, PlanSection
    from recovery_journal.storage.repositories import Repositories

DRAFT_PREFIX = "plan."
SECTIONS = tuple(PlanSectionKey)
RULES_ROW = len(SECTIONS)
SUPPORTS_ROW = RULES_ROW + 1


class PlanPage(Page):
    """The eight plan sections on the left, the chosen one (or the signs) on the right."""

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None,
        *, region_help: Callable[[], BundledHelplines | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack
        self._region_help = region_help  # the help for the person's region, for the card
        self._key: PlanSectionKey | None = None
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Plan sections"))
        self.sections.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.sections.setSpacing(max(3, self.fontMetrics().height() // 4))
        for key in SECTIONS:
            self.sections.addItem(section_title(key))
        self.sections.addItem(self.tr("Signs from my check-ins"))
        self.sections.addItem(self.tr("Treatments and supports"))
        # As wide as the longest title (at any text size), so the text gets the rest.
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0)
                                    + 2 * self.sections.frameWidth()
                                    + 4 * self.sections.spacing() + 8)
        self.editor = PlanSectionEditor()
        self.rules = RuleEditor(repos)
        connect_safety_plan(self.editor.safety, repos, region_help)
        self.stack = CurrentPageStack()  # as tall as the part on show, not the rules
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.rules)
        self.supports = SupportsLog(repos, undo_stack)
        self.stack.addWidget(self.supports)
        self.supports.announce.connect(self.announce)
        outer = QVBoxLayout(self)
        add_page_header(outer, self, self.tr("My wellness plan"), self.tr(
            "Your own plan for staying well and for hard times, in your words. Every save is "
            "kept, so you can look back."
        ))
        layout = QHBoxLayout()
        layout.setSpacing(20)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.editor.save_requested.connect(self.save)
        self.editor.history_requested.connect(self.show_history)
        self.editor.card_requested.connect(self.show_card)
        self.rules.announce.connect(self.announce)
        self.sections.currentRowChanged.connect(self._row_changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self._open_first()

    def _open_first(self) -> None:
        drafts = [d for d in self._repos.drafts.all() if d.key.startswith(DRAFT_PREFIX)]
        keys = {key.value: key for key in SECTIONS}
        for draft in drafts:
            key = keys.get(draft.key.removeprefix(DRAFT_PREFIX))
            if key is not None:
                self.open_section(key, draft_text=draft.body)
                return
        self.open_section(SECTIONS[0])

    # -- moving between sections -------------------------------------------------------------

    def open_section(self, key: PlanSectionKey | str, draft_text: str | None = None) -> None:
        """Show the section `key` (saving the one being left, if it changed)."""
        key = PlanSectionKey(key)
        if self._key is not None and self._key is not key and self.editor.is_changed():
            self.save()
        try:
            section = self._repos.plan.get(key)
            revisions = len(self._repos.plan.revisions(key))
            self._repos.plan.mark_viewed(key)
        except VaultError as error:
            self.announce.emit(error.message)
            return
        self._key = key
        self.editor.show_section(section, draft_text, section.last_viewed_at, revisions)
        self.stack.setCurrentWidget(self.editor)
        self.sections.blockSignals(True)
        self.sections.setCurrentRow(SECTIONS.index(key))
        self.sections.blockSignals(False)
        if draft_text is not None:
            self.announce.emit(self.tr("Your unsaved changes are back."))

    def focus_section(self, key: PlanSectionKey | str) -> None:
        """Open `key` and put the cursor in its text (used by the note on Today)."""
        self.open_section(key)
        if self.editor.is_safety_plan():  # reasons for living first
            self.editor.safety.steps[0].items.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.editor.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_changed(self, row: int) -> None:
        if row == RULES_ROW:
            if self.editor.is_changed():
                self.save()
            self.rules.reload()
            self.stack.setCurrentWidget(self.rules)
        elif row == SUPPORTS_ROW:
            if self.editor.is_changed():
                self.save()
            self.supports.reload()
            self.stack.setCurrentWidget(self.supports)
        elif 0 <= row < len(SECTIONS):
            self.open_section(SECTIONS[row])

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the section on screen; each save is kept as a version."""
        section = self.editor.section
        if section is None:
            return
        if not self.editor.is_changed():
            self.announce.emit(self.tr("Nothing new to save"))
            return
        try:
            saved = self._repos.plan.save(section.key, self.editor.text())
            revisions = len(self._repos.plan.revisions(section.key))
            self._repos.drafts.discard(DRAFT_PREFIX + section.key.value)
        except (VaultError, ValueError) as error:
            self.announce.emit(str(error))
            return
        looked_at = section.last_viewed_at
        self.editor.show_dates(saved, looked_at)
        self.editor.history_button.setEnabled(revisions > 0)
        self.editor.editor.document().setModified(False)
        self.announce.emit(self.tr("Saved: %s") % section_title(saved.key))

    def save_draft(self) -> None:
        """Keep unsaved text of the open section in the vault (called before locking)."""
        section = self.editor.section
        if section is not None and self.editor.is_changed():
            self._repos.drafts.save(DRAFT_PREFIX + section.key.value, self.editor.text())

    # -- dialogs -----------------------------------------------------------------------------

    def show_history(self) -> RevisionDialog | None:
        """Open the earlier versions of the section on screen."""
        section = self.editor.section
        if section is None:
            return None
        if self.editor.is_changed():
            self.save()
            section = self._repos.plan.get(section.key)
        dialog = RevisionDialog(self._repos.plan, section, section_title(section.key), self,
                                readable_plan_text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, section: PlanSection) -> None:
        revisions = len(self._repos.plan.revisions(section.key))
        before = self.editor.section
        looked_at = before.last_viewed_at if before is not None else None
        self.editor.show_section(section, None, looked_at, revisions)
        self.announce.emit(self.tr("Restored an earlier version"))

    def show_card(self) -> CrisisCardDialog:
        """Open the crisis card preview (the plan on screen is saved first)."""
        if self.editor.is_changed():
            self.save()
        return open_crisis_card(self._repos, self, self._region_help())
