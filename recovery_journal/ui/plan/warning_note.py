"""The gentle note on Today when one of the person's early-warning signs is there.

It opens the matching plan section and can be put aside ("Not now") until the journal is next
unlocked. It is only ever shown here; nothing is sent anywhere.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_journal.insights.warnings import WarningMatch, days_needed, matching
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.plan.rule_words import note
from recovery_journal.ui.plan.section_editor import section_title


def current_matches(repos: Repositories, today: date) -> list[WarningMatch]:
    """The active signs that hold today, or none while the notes are switched off."""
    if not repos.settings.get("early_warning_enabled"):
        return []
    rules = repos.warning_rules.list(include_paused=False)
    if not rules:
        return []
    checkins = repos.checkins.between(today - timedelta(days=days_needed(rules)), today)
    return matching(rules, checkins, today)


class PlanWarningNote(QWidget):
    """Zero height when there is nothing to say; otherwise one calm row per sign."""

    open_section = Signal(str)

    def __init__(self, repos: Repositories, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repos = repos
        self._put_aside: set[int] = set()
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.texts: list[str] = []

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.refresh()
        super().showEvent(event)

    def refresh(self, today: date | None = None) -> None:
        """Check the signs again and show a note for each that holds."""
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        try:
            found = current_matches(self._repos, today or date.today())
            names = {m.key: m.name for m in self._repos.measures.list(include_archived=True)}
        except VaultError:
            found, names = [], {}
        found = [m for m in found if m.rule.id not in self._put_aside]
        self.texts = [note(m, names.get(m.rule.measure_key, "")) for m in found]
        for match, text in zip(found, self.texts, strict=True):
            self._rows.addWidget(self._row(match, text))

    def _row(self, match: WarningMatch, text: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("banner")  # the theme's calm message-panel look
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        title = section_title(match.rule.section_key)
        open_button = QPushButton(self.tr("Open my plan"))
        open_button.setAccessibleName(self.tr("Open my plan at %s") % title)
        open_button.setToolTip(title)
        hope = QPushButton(self.tr("My hope box"))
        hope.setAccessibleName(self.tr("Open my hope box"))
        hope.clicked.connect(self.show_hope_box)
        later = QPushButton(self.tr("Not now"))
        later.setAccessibleName(self.tr("Put this note aside"))
        key = match.rule.section_key.value
        open_button.clicked.connect(lambda: self.open_section.emit(key))
        later.clicked.connect(lambda: self._set_aside(match.rule.id))
        row.addWidget(label, 1)
        row.addWidget(open_button)
        row.addWidget(hope)
        row.addWidget(later)
        return frame

    def show_hope_box(self) -> None:
        """Open My hope box over the window (what helps is kept close to the note)."""
        from recovery_journal.ui.hope_box.dialog import open_hope_box

        open_hope_box(self._repos, self.window())

    def _set_aside(self, rule_id: int) -> None:
        self._put_aside.add(rule_id)
        self.refresh()
