"""The full integrity check of the open journal, run on a worker just after unlocking.

Both checks read every page (about half a second at ten years), so unlocking no longer waits
for them: unlock tells a wrong passphrase from a damaged start of the file, and this finds
damage further in a moment later, reported in the same words as before (the journal locks and
the unlock screen says it is damaged). Backups and migrations check their copies in full.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool

from recovery_journal.ui.worker import run_in_background

if TYPE_CHECKING:
    from recovery_journal.storage.vault import Vault


def check_in_background(
    vault: Vault, parent: QObject, pool: QThreadPool, on_damaged: Callable[[], None],
) -> None:
    """Check `vault` on a worker; call `on_damaged` (on the GUI thread) if a page is damaged."""

    def finished(report: object) -> None:
        if not getattr(report, "ok", True):
            on_damaged()

    def failed(error: object) -> None:
        from recovery_journal.storage.errors import DamagedVaultError

        # Other failures (the journal closed meanwhile, say) are for the next check to find.
        if isinstance(error, DamagedVaultError):
            on_damaged()

    run_in_background(vault.check_integrity_aside, parent, finished, failed, pool)
