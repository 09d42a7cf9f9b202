"""Earlier versions of a plan section: view each, compare with the current text, restore."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import PlanRevision, PlanSection
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.plan import Plan
from recovery_journal.ui.announce import announce


def _when(revision: PlanRevision) -> str:
    local = revision.saved_at.astimezone()
    return f"{local.day} {local:%B %Y, %H:%M}"


def readable_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    """A unified diff of two texts, line by line, for people rather than programs."""
    words = {"-": "Removed: ", "+": "Added:   ", " ": "         "}
    shown: list[str] = []
    for line in difflib.unified_diff(
        old.splitlines(), new.splitlines(), fromfile=old_name, tofile=new_name, lineterm="", n=2,
    ):
        if line.startswith("---"):
            shown.append(f"Before: {old_name}")
        elif line.startswith("+++"):
            shown.append(f"After:  {new_name}")
        elif line.startswith("@@"):
            shown.append("")  # a gap between the changed parts; line numbers help nobody
        else:
            shown.append(words.get(line[:1], "") + line[1:])
    return "\n".join(shown)


class RevisionDialog(QDialog):
    """Lists a section's saved versions (newest first); `restored` carries the new section."""

    restored = Signal(object)

    def __init__(self, plan: Plan, section: PlanSection, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._section = section
        self._revisions: Sequence[PlanRevision] = ()
        self.setWindowTitle(self.tr("Earlier versions: %s") % title)
        self.resize(820, 560)
        intro = QLabel(self.tr(
            "Every time you save, the earlier text is kept here. Restoring a version saves it "
            "as the newest one, so nothing is lost."))
        intro.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Saved versions, newest first"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The chosen version"))
        self.compare_button = QPushButton(self.tr("Compare with now"))
        self.compare_button.setCheckable(True)
        self.compare_button.setAccessibleName(
            self.tr("Show what changed between this version and the text now"))
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen version"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close earlier versions"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.versions.currentRowChanged.connect(self._show)
        self.compare_button.toggled.connect(lambda _on: self._show(self.versions.currentRow()))
        self.restore_button.clicked.connect(self.restore)
        close.clicked.connect(self.accept)
        columns = QHBoxLayout()
        columns.addWidget(self.versions, 1)
        columns.addWidget(self.text, 2)
        buttons = QDialogButtonBox()
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the versions again and show the newest."""
        self._revisions = self._plan.revisions(self._section.key)
        self.versions.clear()
        for index, revision in enumerate(self._revisions):
            label = _when(revision)
            if index == 0 and revision.body == self._section.body:
                label = self.tr("%s (now)") % label
            self.versions.addItem(label)
        self.versions.setCurrentRow(0 if self._revisions else -1)
        self._show(self.versions.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._revisions):
            self.text.clear()
            self.restore_button.setEnabled(False)
            return
        revision = self._revisions[row]
        self.restore_button.setEnabled(revision.body != self._section.body)
        if self.compare_button.isChecked():
            diff = readable_diff(revision.body, self._section.body,
                                 self.tr("Saved %s") % _when(revision), self.tr("Now"))
            self.text.setPlainText(diff or self.tr("This version is the same as the text now."))
        else:
            self.text.setPlainText(revision.body)

    def restore(self) -> None:
        """Make the chosen version the current text (as a new version)."""
        row = self.versions.currentRow()
        if not 0 <= row < len(self._revisions):
            return
        try:
            self._section = self._plan.restore_revision(self._revisions[row].id)
        except VaultError as error:
            announce(self, error.message, self.status)
            return
        self.reload()
        announce(self, self.tr("Restored. The text before is kept as a version too."),
                 self.status)
        self.restored.emit(self._section)
        self.versions.setFocus(Qt.FocusReason.OtherFocusReason)
