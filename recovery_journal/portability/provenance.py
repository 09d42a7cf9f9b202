"""Where an imported record came from and when it was made: every import step writes inside
these, so a refusal names the row of the file and the vault keeps the file's own times.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime

from recovery_journal.portability.records import ImportProblem
from recovery_journal.storage import errors
from recovery_journal.storage.vault import Vault


@contextlib.contextmanager
def clock_at(vault: Vault, moment: datetime | None) -> Iterator[None]:
    """Let the repositories stamp `moment` (a created/saved/done time from the file)."""
    if moment is None:
        yield
        return
    saved = vault.clock
    vault.clock = lambda: moment
    try:
        yield
    finally:
        vault.clock = saved


@contextlib.contextmanager
def at_row(row: int | None, column: str | None) -> Iterator[None]:
    """Turn a storage refusal into an ImportProblem naming where in the file it came from."""
    try:
        yield
    except ImportProblem:
        raise
    except (ValueError, TypeError, KeyError, errors.NotFoundError) as exc:
        # Storage messages are plain sentences without personal content; others get a
        # general one.
        message = str(exc) if isinstance(exc, ValueError | errors.NotFoundError) else (
            "This value can't be stored.")
        raise ImportProblem(message, row=row, column=column) from None
