"""Settings → "Check my journal file": both integrity checks, on request, on a worker.

The same checks run by themselves just after each unlock (ui/vault_check.py) and on every
backup's copy; this lets a person ask for them, and says what was found in plain words.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from recovery_journal.storage.errors import DamagedVaultError
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.buttons import secondary_button
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.labels import paragraph
from recovery_journal.ui.worker import run_in_background


class FileCheckCard(Card):
    """A button that checks every page of the journal file, and a line saying what it found."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(self.tr("Journal file"), parent)
        self._vault = vault
        self._pool = pool
        self.add(paragraph(self.tr(
            "Your journal file is checked each time you unlock it and before each backup. "
            "You can also check it now; it takes a moment and changes nothing."
        )))
        self.check_button = secondary_button(
            self.tr("Check my &journal file"), self.tr("Check my journal file")
        )
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        self.add_layout(row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.hide()
        self.add(self.result)
        self.check_button.clicked.connect(self.check)

    def check(self) -> None:
        """Start the check on a worker; the button waits until it is over."""
        self.check_button.setEnabled(False)
        self._say(self.tr("Checking your journal file…"), busy=True)
        run_in_background(self._vault.check_integrity_aside, self, self._finished,
                          self._failed, self._pool)

    def _finished(self, report: object) -> None:
        if getattr(report, "ok", False):
            self._say(self.tr("Your journal file checked out: every page is whole."))
        else:
            self._damaged()

    def _failed(self, error: object) -> None:
        if isinstance(error, DamagedVaultError):
            self._damaged()
        else:
            self._say(self.tr("The check couldn't run just now. Nothing was changed; "
                              "please try again."))

    def _damaged(self) -> None:
        error = DamagedVaultError()
        self._say("\n".join(part for part in (error.message, error.hint) if part))

    def _say(self, text: str, *, busy: bool = False) -> None:
        self.check_button.setEnabled(not busy)
        self.result.show()
        announce(self, text, self.result)
