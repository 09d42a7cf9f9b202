"""The calm offer of a life check on Today, only when the person has asked for one every few
weeks (Settings → Life check) and it is due. "Not now" puts it aside for a whole period."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from recovery_journal.insights.life_check import next_due
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories


def is_due(repos: Repositories, today: date) -> bool:
    """True when the person asked for offers and the next one's day has come."""
    every = repos.settings.get("life_check_every_weeks")
    if every <= 0:
        return False
    latest = repos.life_checks.latest(1)
    dismissed_text = repos.settings.get("life_check_offer_dismissed")
    try:
        dismissed = date.fromisoformat(dismissed_text) if dismissed_text else None
    except ValueError:
        dismissed = None
    due = next_due(latest[-1].local_date if latest else None, every, dismissed)
    return due is not None and due <= today


class LifeCheckOffer(QFrame):
    """One row: a sentence, "Take a life check" and "Not now"; hidden when not due."""

    take = Signal()

    def __init__(self, repos: Repositories, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._repos = repos
        self._today = today
        self._page: QWidget | None = None
        self.setObjectName("banner")  # the theme's calm message-panel look
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel(self.tr(
            "A life check is here if you would like one: how each part of your life is going, "
            "in a few minutes."), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.take_button = QPushButton(self.tr("Take a life check"), self)
        self.take_button.setAccessibleName(self.tr("Take a life check now"))
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setAccessibleName(self.tr("Put the life check offer aside"))
        row.addWidget(self.text, 1)
        row.addWidget(self.take_button)
        row.addWidget(self.later)
        self.take_button.clicked.connect(self.take)
        self.later.clicked.connect(self.put_aside)
        self.hide()

    def watch(self, page: QWidget) -> None:
        """Look again whenever `page` (Today) is shown: a life check taken from Insights, or a
        new day, changes whether the offer is due."""
        self._page = page
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and watched is self._page:
            self.refresh()
        return False

    def refresh(self) -> None:
        """Show the offer when it is due, hide it otherwise."""
        try:
            due = is_due(self._repos, self._today())
        except VaultError:
            due = False
        self.setVisible(due)

    def put_aside(self) -> None:
        """Not now: the offer comes back after a whole period."""
        with contextlib.suppress(VaultError):
            self._repos.settings.set("life_check_offer_dismissed", self._today().isoformat())
        self.hide()
