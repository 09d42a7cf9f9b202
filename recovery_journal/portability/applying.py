"""Adding an import plan to a vault in one transaction, skipping only what is already there.

Nothing a person wrote is merged or dropped: a record is skipped only when the vault already
holds one with the same identity (moment, values, tags and note), counted one for one, or when
it is identical in every field to an earlier row of the same file. `preview` runs the same
steps inside a transaction that is always rolled back, so what it reports is exactly what
`apply` would do, and a bad row shows up before anything is saved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from recovery_journal.model import Measure
from recovery_journal.portability.applying_vault_records import VaultRecordsImport, tag_key
from recovery_journal.portability.feelings import add_feelings
from recovery_journal.portability.provenance import at_row, clock_at
from recovery_journal.portability.records import (
    CheckInRecord,
    EntryRecord,
    ImportPlan,
    ImportPreview,
    ImportProblem,
    SkippedRow,
)
from recovery_journal.storage.convert import to_iso
from recovery_journal.storage.measures import plain_number
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.text import storable

CheckInKey = tuple[str, tuple[tuple[str, float], ...], tuple[str, ...], str, tuple[str, ...]]
EntryKey = tuple[str, str, str, tuple[str, ...]]
_Record = TypeVar("_Record", CheckInRecord, EntryRecord)


@dataclass
class _Outcome:
    added: Counter[str] = field(default_factory=Counter)
    skipped: list[SkippedRow] = field(default_factory=list)
    new_feelings: list[str] = field(default_factory=list)


class _PreviewRollbackError(Exception):
    """Raised to roll back a preview's transaction once the counts are known."""

    def __init__(self, outcome: _Outcome) -> None:
        super().__init__("preview only")
        self.outcome = outcome


def apply(plan: ImportPlan, repos: Repositories) -> dict[str, int]:
    """Add everything new in `plan` in one transaction; returns how many of each were added."""
    with repos.vault.write():
        outcome = _run(plan, repos)
    return {kind: outcome.added.get(kind, 0) for kind in plan.counts()}


def preview(plan: ImportPlan, repos: Repositories) -> ImportPreview:
    """Counts of new, already there and skipped, and the days, without changing the vault."""
    try:
        with repos.vault.write():
            raise _PreviewRollbackError(_run(plan, repos))
    except _PreviewRollbackError as dry:
        outcome = dry.outcome
    counts = plan.counts()
    skipped = Counter(s.kind for s in outcome.skipped)
    days = [c.recorded_at.date() for c in plan.checkins]
    days += [e.written_at.date() for e in plan.journal_entries]
    days += [u.occurred_on for u in plan.rest.strength_uses]
    return ImportPreview(
        counts=counts, first_day=min(days, default=None), last_day=max(days, default=None),
        already_there={
            k: n - outcome.added.get(k, 0) - skipped.get(k, 0) for k, n in counts.items()
        },
        new={k: outcome.added.get(k, 0) for k in counts},
        skipped={k: skipped.get(k, 0) for k in counts},
        skipped_rows=tuple(outcome.skipped), scales=plan.scales,
        needs_scales_consent=plan.needs_scales_consent(),
        new_feelings=tuple(outcome.new_feelings),
    )


def _run(plan: ImportPlan, repos: Repositories) -> _Outcome:
    outcome = _Outcome()
    outcome.skipped += [SkippedRow("checkins", row, None) for row in plan.empty_rows]
    full = VaultRecordsImport(repos, plan.rest, outcome.added)
    keymap = full.before_records()
    add_feelings(plan, repos, outcome.added, outcome.new_feelings)
    _add_checkins(plan, repos, keymap, outcome)
    _add_entries(plan, repos, outcome)
    full.after_records()
    return outcome


def checkin_key(
    recorded_at: datetime, values: dict[str, float], tags: Iterable[str], note: str,
    feelings: Iterable[str] = (),
) -> CheckInKey:
    """What makes two check-ins the same: the moment, values, tags, note and feelings."""
    return (to_iso(recorded_at), tuple(sorted(values.items())), tag_key(tags), storable(note),
            feeling_key(feelings))


def feeling_key(feelings: Iterable[str]) -> tuple[str, ...]:
    """Feelings compared as the vocabulary does: any case, any spacing, any order."""
    return tuple(sorted({" ".join(name.split()).casefold() for name in feelings} - {""}))


def entry_key(written_at: datetime, title: str, body: str, tags: Iterable[str]) -> EntryKey:
    """What makes two journal entries the same: the moment, title, body and tags."""
    return (to_iso(written_at), storable(title), storable(body), tag_key(tags))


def _whole(record: CheckInRecord | EntryRecord) -> Hashable:
    """Every field of a record as the file gave it (its row number aside)."""
    if isinstance(record, CheckInRecord):
        return ("checkin", record.source, to_iso(record.recorded_at), record.values,
                record.tags, record.note, record.created_at, record.updated_at,
                feeling_key(record.feelings))
    return ("entry", record.source, to_iso(record.written_at), record.title, record.body,
            record.tags, record.created_at, record.updated_at)


def _distinct(
    records: Sequence[_Record], kind: str, outcome: _Outcome
) -> list[_Record]:
    """The records of one file, less those identical in every field to an earlier one."""
    first: dict[Hashable, int | None] = {}
    kept: list[_Record] = []
    for record in records:
        whole = _whole(record)
        if whole in first:
            outcome.skipped.append(SkippedRow(kind, record.row, first[whole]))
            continue
        first[whole] = record.row
        kept.append(record)
    return kept


def _values(
    record: CheckInRecord, measures: dict[str, Measure], keymap: dict[str, str],
    columns: dict[str, str],
) -> dict[str, float]:
    """The record's values keyed by this vault's measures, each within its measure's range."""
    values: dict[str, float] = {}
    rows = dict(record.value_rows)  # long form: each value names the file row that holds it
    for key, value in record.values:
        column = columns.get(key, f"checkins.values.{key}"[:60])
        row = rows.get(key, record.row)
        measure = measures.get(keymap.get(key, key))
        if measure is None:
            raise ImportProblem("This journal has no measure for this column.",
                                row=row, column=column)
        low, high = measure.min_value, measure.max_value
        if not low <= value <= high:
            raise ImportProblem("This value is outside the measure's range (%1 to %2).",
                                plain_number(low), plain_number(high), row=row, column=column)
        values[measure.key] = float(value)
    return values


def _add_checkins(
    plan: ImportPlan, repos: Repositories, keymap: dict[str, str], outcome: _Outcome
) -> None:
    records = _distinct(plan.checkins, "checkins", outcome)
    if not records:
        return
    measures = {m.key: m for m in repos.measures.list(include_archived=True)}
    columns = dict(plan.value_columns)
    # Counted one for one: two equal check-ins in the vault stand for two rows of a file.
    held = Counter(
        checkin_key(c.recorded_at, c.values, c.tags, c.note, c.feelings)
        for c in repos.checkins.between(date.min, date.max)
    )
    for record in records:
        values = _values(record, measures, keymap, columns)
        found = checkin_key(record.recorded_at, values, record.tags, record.note, record.feelings)
        if held[found] > 0:
            held[found] -= 1
            continue
        _add_checkin(repos, record, values)
        outcome.added["checkins"] += 1


def _add_checkin(repos: Repositories, record: CheckInRecord, values: dict[str, float]) -> None:
    with at_row(record.row, "checkins"):
        with clock_at(repos.vault, record.created_at):
            made = repos.checkins.add(
                recorded_at=record.recorded_at, values=values, tags=record.tags,
                note=record.note, feelings=record.feelings,
            )
        if record.updated_at is not None and record.updated_at != record.created_at:
            with clock_at(repos.vault, record.updated_at):
                repos.checkins.update(made.id, note=record.note)


def _add_entries(plan: ImportPlan, repos: Repositories, outcome: _Outcome) -> None:
    records = _distinct(plan.journal_entries, "journal_entries", outcome)
    if not records:
        return
    held = Counter(entry_key(e.written_at, e.title, e.body, e.tags) for e in repos.journal.list())
    for record in records:
        key = entry_key(record.written_at, record.title, record.body, record.tags)
        if held[key] > 0:
            held[key] -= 1
            continue
        _add_entry(repos, record)
        outcome.added["journal_entries"] += 1


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
