"""Where Recovery Journal keeps its files when the person hasn't chosen a place."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "recovery-journal"


def default_vault_path() -> Path:
    """The default vault: `journal.vault` in the per-user data folder (not created here)."""
    return platformdirs.user_data_path(APP_NAME) / "journal.vault"
