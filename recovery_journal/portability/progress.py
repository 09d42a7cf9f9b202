"""Importing with progress, and a way to stop: stopping leaves the journal as it was.

Every import is one transaction, so raising `ImportCancelled` from the progress callback
rolls back everything written so far.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_journal.portability.applying import apply, preview
from recovery_journal.portability.provenance import reporting
from recovery_journal.portability.records import ImportPlan, ImportPreview
from recovery_journal.storage.repositories import Repositories

# (records done, records in the plan); raise ImportCancelled to stop.
Progress = Callable[[int, int], None]


class ImportCancelled(Exception):  # noqa: N818 - reads as what happened
    """The person stopped the import; nothing was written."""


def plan_size(plan: ImportPlan) -> int:
    """How many records an import may write (the steps progress counts)."""
    return max(1, sum(plan.counts().values()) + len(plan.rest.measures))


def _counting(plan: ImportPlan, progress: Progress) -> Callable[[], None]:
    total = plan_size(plan)
    done = 0

    def step() -> None:
        nonlocal done
        done = min(done + 1, total)
        progress(done, total)
    return step


def apply_with_progress(plan: ImportPlan, repos: Repositories,
                        progress: Progress) -> dict[str, int]:
    """`apply`, calling `progress` before each record; ImportCancelled rolls it all back."""
    with reporting(_counting(plan, progress)):
        added = apply(plan, repos)
    progress(plan_size(plan), plan_size(plan))
    return added


def preview_with_progress(plan: ImportPlan, repos: Repositories,
                          progress: Progress) -> ImportPreview:
    """`preview` (which never writes), calling `progress` as it goes."""
    with reporting(_counting(plan, progress)):
        return preview(plan, repos)


def new_measures(plan: ImportPlan, repos: Repositories) -> list[str]:
    """Names of the measures the import would create (the journal has none with their key)."""
    have = {m.key for m in repos.measures.list(include_archived=True)}
    return [m.name for m in plan.rest.measures if m.key not in have]
