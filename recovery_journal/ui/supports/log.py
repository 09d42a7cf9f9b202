"""Treatments and supports: the person's own log in My plan — what supports their recovery, each
with its dated changes. Nothing is prescriptive: no adherence, no reminders, no judgement."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Support, SupportKind
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.supports.dialogs import ChangeDialog, SupportDialog
from recovery_journal.ui.supports.words import event_line, kind_title, support_line
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.scroll_page import scroll_area
from recovery_journal.ui.widgets.undo import Announcements, Change, SoftDeleteCommand

_ID = Qt.ItemDataRole.UserRole
UNDO_WORDS = Announcements(
    "SupportsLog",
    deleted=QT_TRANSLATE_NOOP("SupportsLog", "Support set aside. Ctrl+Z brings it back."),
    restored=QT_TRANSLATE_NOOP("SupportsLog", "Support brought back"),
    gone=QT_TRANSLATE_NOOP("SupportsLog", "That support can no longer be brought back."),
)

CHANGE_UNDO_WORDS = Announcements(
    "SupportsLog",
    deleted=QT_TRANSLATE_NOOP("SupportsLog", "Change set aside. Ctrl+Z brings it back."),
    restored=QT_TRANSLATE_NOOP("SupportsLog", "Change brought back"),
    gone=QT_TRANSLATE_NOOP("SupportsLog", "That change can no longer be brought back."),
)


def _matches(support: Support, words: str) -> bool:
    """Whether `words` appear in the support's name, kind, note or any event's note."""
    texts = [support.name, support.kind_name, support.note, support.dose, support.how_often,
             *(e.note for e in support.events)]
    return words.casefold() in "\n".join(texts).casefold()


class SupportsLog(QWidget):
    """The log: supports grouped by kind, the chosen one's changes over time, and the actions."""

    announce = Signal(str)
    supports_changed = Signal()

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack
        self._supports: dict[int, Support] = {}
        intro = QLabel(self.tr(
            "A log you keep of what supports your recovery — medicines, talking therapies, "
            "groups, or anything else you name — and how each has changed over time. It is "
            "yours: nothing here is checked or judged, and you decide what goes in. Changes "
            "can show on your charts in Insights."))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Find in my supports"))
        self.filter.setPlaceholderText(self.tr("Find in names and notes"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My supports"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr(
            "Nothing here yet. Add a support when you like: a medicine, a therapy, a group, "
            "a place or a person that helps."))
        self.empty.setWordWrap(True)
        self.timeline_title = heading(self.tr("Changes over time"))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Changes over time"))
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.remove_change_button = QPushButton(self.tr("Set this change aside"))
        self.remove_change_button.setAccessibleName(
            self.tr("Set the chosen change aside (a change recorded by mistake)"))
        self.add_button = QPushButton(self.tr("Add a support…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.change_button = QPushButton(self.tr("Record a change…"))
        self.remove_button = QPushButton(self.tr("Set aside"))
        for button, name in ((self.add_button, self.tr("Add a support")),
                             (self.edit_button, self.tr("Edit this support")),
                             (self.change_button, self.tr("Record a change in this support")),
                             (self.remove_button, self.tr("Set this support aside"))):
            button.setAccessibleName(name)
        # Honest minimum heights: at 200 % text the page scrolls rather than squeezing them.
        lines = self.fontMetrics().lineSpacing()
        self.list.setSpacing(max(2, lines // 6))
        self.list.setMinimumHeight(lines * 8)
        self.timeline.setMinimumHeight(lines * 4)
        # Two by two: side by side they would not fit the column at large text sizes.
        buttons = QGridLayout()
        for n, button in enumerate((self.add_button, self.change_button, self.edit_button,
                                    self.remove_button)):
            buttons.addWidget(button, n // 2, n % 2)
        buttons.setColumnStretch(2, 1)
        # Its own scrolling column: at 200 % text on a small screen the log scrolls within the
        # plan rather than its lists being squeezed under the buttons.
        area, content = scroll_area(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Treatments and supports"), scale=tokens.TITLE))
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline)
        change_row = QHBoxLayout()
        change_row.addWidget(self.remove_change_button)
        change_row.addStretch(1)
        layout.addLayout(change_row)
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.list.currentItemChanged.connect(lambda *_: self._show_timeline())
        self.timeline.currentItemChanged.connect(lambda *_: self._change_chosen())
        self.remove_change_button.clicked.connect(self.set_change_aside)
        self.add_button.clicked.connect(self.add_support)
        self.edit_button.clicked.connect(self.edit_support)
        self.change_button.clicked.connect(self.record_change)
        self.remove_button.clicked.connect(self.set_aside)
        self.reload()

    # -- showing -------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """Read the log again and show it, keeping the chosen support when it is still there."""
        keep = self.current_id() if keep is None else keep
        try:
            supports = self._repos.supports.list()
        except VaultError as error:
            self.announce.emit(error.message)
            return
        self._supports = {s.id: s for s in supports}
        self._fill(keep)

    def _fill(self, keep: int | None = None) -> None:
        keep = self.current_id() if keep is None else keep
        words = self.filter.text().strip()
        shown = [s for s in self._supports.values() if not words or _matches(s, words)]
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for kind in SupportKind:
            group = [s for s in shown if s.kind is kind]
            if not group:
                continue
            title = QListWidgetItem(kind_title(kind))
            font = QFont(self.list.font())
            font.setBold(True)
            title.setFont(font)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: read, never chosen
            self.list.addItem(title)
            for support in group:
                item = QListWidgetItem(support_line(support))
                item.setData(_ID, support.id)
                self.list.addItem(item)
                if support.id == keep or chosen is None:
                    chosen = item
        self.empty.setVisible(not self._supports)
        if self._supports and not shown:
            self.empty.setText(self.tr("Nothing in your supports matches that."))
            self.empty.setVisible(True)
        elif not self._supports:
            self.empty.setText(self.tr(
                "Nothing here yet. Add a support when you like: a medicine, a therapy, a group, "
                "a place or a person that helps."))
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._show_timeline()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        value = None if item is None else item.data(_ID)
        return int(value) if value is not None else None

    def current(self) -> Support | None:
        found = self.current_id()
        return None if found is None else self._supports.get(found)

    def _show_timeline(self) -> None:
        support = self.current()
        for button in (self.edit_button, self.change_button, self.remove_button):
            button.setEnabled(support is not None)
        self.timeline.clear()
        self.timeline_title.setVisible(support is not None)
        self.timeline.setVisible(support is not None)
        if support is None:
            return
        self.timeline_title.setText(
            self.tr("Changes over time: %1").replace("%1", support.name))
        for event in support.events:
            item = QListWidgetItem(event_line(event))
            item.setData(_ID, event.id)
            self.timeline.addItem(item)
        if not support.events:
            self.timeline.addItem(self.tr("No changes recorded yet."))
        self._change_chosen()

    def _change_chosen(self) -> None:
        self.remove_change_button.setVisible(self.current() is not None)
        self.remove_change_button.setEnabled(self.current_change_id() is not None)

    def current_change_id(self) -> int | None:
        item = self.timeline.currentItem()
        value = None if item is None else item.data(_ID)
        return int(value) if value is not None else None

    # -- changing ------------------------------------------------------------------------------

    def add_support(self) -> SupportDialog:
        """Open the dialog to add a support; it saves on Save."""
        dialog = SupportDialog(parent=self)
        dialog.accepted.connect(lambda: self._save_new(dialog))
        dialog.open()
        return dialog

    def _save_new(self, dialog: SupportDialog) -> None:
        try:
            made = self._repos.supports.add(
                dialog.chosen_kind(), dialog.name.text(), kind_name=dialog.kind_name.text(),
                dose=dialog.dose.text(), how_often=dialog.how_often.text(),
                note=dialog.note.toPlainText(), started=dialog.start())
        except (VaultError, ValueError) as error:
            self.announce.emit(getattr(error, "message", str(error)))
            return
        self._changed(made.id, self.tr("Support added"))

    def edit_support(self) -> SupportDialog | None:
        support = self.current()
        if support is None:
            return None
        dialog = SupportDialog(support, parent=self)
        dialog.accepted.connect(lambda: self._save_edit(support.id, dialog))
        dialog.open()
        return dialog

    def _save_edit(self, support_id: int, dialog: SupportDialog) -> None:
        try:
            self._repos.supports.update(
                support_id, dialog.chosen_kind(), dialog.name.text(),
                kind_name=dialog.kind_name.text(), dose=dialog.dose.text(),
                how_often=dialog.how_often.text(), note=dialog.note.toPlainText())
        except (VaultError, ValueError) as error:
            self.announce.emit(getattr(error, "message", str(error)))
            return
        self._changed(support_id, self.tr("Support saved"))

    def record_change(self) -> ChangeDialog | None:
        """Open the dialog to record a dated change of the chosen support."""
        support = self.current()
        if support is None:
            return None
        dialog = ChangeDialog(support, parent=self)
        dialog.accepted.connect(lambda: self._save_change(support.id, dialog))
        dialog.open()
        return dialog

    def _save_change(self, support_id: int, dialog: ChangeDialog) -> None:
        try:
            self._repos.supports.record(
                support_id, dialog.chosen_day(), dialog.chosen_kind(), dose=dialog.dose.text(),
                how_often=dialog.how_often.text(), note=dialog.note.toPlainText())
        except (VaultError, ValueError) as error:
            self.announce.emit(getattr(error, "message", str(error)))
            return
        self._changed(support_id, self.tr("Change recorded"))

    def set_aside(self) -> None:
        """Set the chosen support aside, with Undo (Ctrl+Z) right there."""
        support = self.current()
        if support is None:
            return
        supports = self._repos.supports
        self._undo.push(SoftDeleteCommand(
            QCoreApplication.translate("SupportsLog", "Set aside a support"),
            lambda: supports.delete(support.id), lambda: supports.restore(support.id),
            on_change=self._undo_changed))

    def set_change_aside(self) -> None:
        """Set the chosen change aside, with Undo (Ctrl+Z) right there."""
        event_id = self.current_change_id()
        if event_id is None:
            return
        supports = self._repos.supports
        self._undo.push(SoftDeleteCommand(
            QCoreApplication.translate("SupportsLog", "Set aside a change in a support"),
            lambda: supports.delete_event(event_id),
            lambda: supports.restore_event(event_id), on_change=self._change_undo_changed))

    def _change_undo_changed(self, change: Change) -> None:
        self.reload()
        self.supports_changed.emit()
        self.announce.emit(CHANGE_UNDO_WORDS.text(change))

    def _undo_changed(self, change: Change) -> None:
        self.reload()
        self.supports_changed.emit()
        self.announce.emit(UNDO_WORDS.text(change))

    def _changed(self, keep: int, words: str) -> None:
        self.reload(keep)
        self.supports_changed.emit()
        self.announce.emit(words)

