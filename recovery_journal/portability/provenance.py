"""Where an imported record came from and when it was made: every import step writes inside
these, so a refusal names the row of the file and the vault keeps the file's own times.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
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


# Called before each record an import writes (see `reporting`); None when nobody listens.
_STEP: ContextVar[Callable[[], None] | None] = ContextVar("import_step", default=None)


@contextlib.contextmanager
def reporting(step: Callable[[], None]) -> Iterator[None]:
    """Call `step` before each record written inside; it may raise to stop the import."""
    token = _STEP.set(step)
    try:
        yield
    finally:
        _STEP.reset(token)


@contextlib.contextmanager
def at_row(row: int | None, column: str | None) -> Iterator[None]:
    """Turn a storage refusal into an ImportProblem naming where in the file it came from."""
    step = _STEP.get()
    if step is not None:
        step()
    try:
        yield
    except ImportProblem:
        raise
    except (ValueError, TypeError, KeyError, errors.NotFoundError) as exc:
        # Storage messages are plain sentences without personal content; others get a
        # general one.
        if isinstance(exc, ValueError | errors.NotFoundError):
            raise ImportProblem(str(exc), row=row, column=column) from None
        raise ImportProblem("This value can't be stored.", row=row, column=column) from None
