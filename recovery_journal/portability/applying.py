"""Adding an import plan to a vault in one transaction, skipping what is already there.

`preview` runs the same steps inside a transaction that is always rolled back, so what it
reports is exactly what `apply` would do, and a bad row shows up before anything is saved.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from recovery_journal.portability.applying_vault_records import VaultRecordsImport
from recovery_journal.portability.provenance import at_row, clock_at
from recovery_journal.portability.records import (
    CheckInRecord,
    EntryRecord,
    ImportPlan,
    ImportPreview,
    ImportProblem,
)
from recovery_journal.storage.convert import to_iso
from recovery_journal.storage.measures import plain_number
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.text import storable

CheckInKey = tuple[str, tuple[tuple[str, float], ...], str]
EntryKey = tuple[str, str, str]


class _PreviewRollbackError(Exception):
    """Raised to roll back a preview's transaction once the counts are known."""

    def __init__(self, added: dict[str, int]) -> None:
        super().__init__("preview only")
        self.added = added


def apply(plan: ImportPlan, repos: Repositories) -> dict[str, int]:
    """Add everything new in `plan` in one transaction; returns how many of each were added."""
    with repos.vault.write():
        return _run(plan, repos)


def preview(plan: ImportPlan, repos: Repositories) -> ImportPreview:
    """Counts, date range and what is already there, without changing the vault."""
    try:
        with repos.vault.write():
            raise _PreviewRollbackError(_run(plan, repos))
    except _PreviewRollbackError as dry:
        added = dry.added
    counts = plan.counts()
    days = [c.recorded_at.date() for c in plan.checkins]
    days += [e.written_at.date() for e in plan.journal_entries]
    days += [u.occurred_on for u in plan.rest.strength_uses]
    return ImportPreview(
        counts=counts, first_day=min(days, default=None), last_day=max(days, default=None),
        already_there={k: n - added.get(k, 0) for k, n in counts.items()},
    )


def _run(plan: ImportPlan, repos: Repositories) -> dict[str, int]:
    added: Counter[str] = Counter()
    full = VaultRecordsImport(repos, plan.rest, added)
    keymap = full.before_records()
    _add_checkins(plan, repos, keymap, added)
    _add_entries(plan, repos, added)
    full.after_records()
    return {kind: added.get(kind, 0) for kind in plan.counts()}


def checkin_key(recorded_at: datetime, values: dict[str, float], note: str) -> CheckInKey:
    """What makes two check-ins the same: the moment, the values and the note."""
    return (to_iso(recorded_at), tuple(sorted(values.items())), storable(note))


def _add_checkins(
    plan: ImportPlan, repos: Repositories, keymap: dict[str, str], added: Counter[str]
) -> None:
    if not plan.checkins:
        return
    measures = {m.key: m for m in repos.measures.list(include_archived=True)}
    columns = dict(plan.value_columns)
    seen = {
        checkin_key(c.recorded_at, c.values, c.note)
        for c in repos.checkins.between(date.min, date.max)
    }
    for record in plan.checkins:
        values: dict[str, float] = {}
        rows = dict(record.value_rows)
        for key, value in record.values:
            column = columns.get(key, f"checkins.values.{key}"[:60])
            row = rows.get(key, record.row)
            measure = measures.get(keymap.get(key, key))
            if measure is None:
                raise ImportProblem("This journal has no measure for this column.",
                                    row=row, column=column)
            if not measure.min_value <= value <= measure.max_value:
                raise ImportProblem(
                    f"This value is outside the measure's range "
                    f"({plain_number(measure.min_value)} to {plain_number(measure.max_value)}).",
                    row=row, column=column)
            values[measure.key] = float(value)
        found = checkin_key(record.recorded_at, values, record.note)
        if found in seen:
            continue
        seen.add(found)
        _add_checkin(repos, record, values)
        added["checkins"] += 1


def _add_checkin(repos: Repositories, record: CheckInRecord, values: dict[str, float]) -> None:
    with at_row(record.row, "checkins"):
        with clock_at(repos.vault, record.created_at):
            made = repos.checkins.add(
                recorded_at=record.recorded_at, values=values, tags=record.tags,
                note=record.note,
            )
        if record.updated_at is not None and record.updated_at != record.created_at:
            with clock_at(repos.vault, record.updated_at):
                repos.checkins.update(made.id, note=record.note)


def _add_entries(plan: ImportPlan, repos: Repositories, added: Counter[str]) -> None:
    if not plan.journal_entries:
        return
    seen: set[EntryKey] = {
        (to_iso(e.written_at), e.title, e.body) for e in repos.journal.list()
    }
    for record in plan.journal_entries:
        key = (to_iso(record.written_at), storable(record.title), storable(record.body))
        if key in seen:
            continue
        seen.add(key)
        _add_entry(repos, record)
        added["journal_entries"] += 1


def _add_entry(repos: Repositories, record: EntryRecord) -> None:
    with at_row(record.row, "journal_entries"):
        with clock_at(repos.vault, record.created_at):
            made = repos.journal.add(
                written_at=record.written_at, title=record.title, body=record.body,
                tags=record.tags,
            )
        if record.updated_at is not None and record.updated_at != record.created_at:
            with clock_at(repos.vault, record.updated_at):
                repos.journal.update(made.id, title=record.title)
