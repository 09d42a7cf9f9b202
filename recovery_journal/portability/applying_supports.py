"""Adding the supports of our own JSON: a support already here exactly (its words and every
event) is skipped; any other is added whole, never merged into one that is here."""

from __future__ import annotations

from collections import Counter

from recovery_journal.model import Support
from recovery_journal.portability.provenance import at_row
from recovery_journal.portability.records import SupportRecord
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.text import storable

SupportKey = tuple[object, ...]


def _clean(text: str | None) -> str | None:
    # Stored the way storage keeps it, so an identical support is recognised.
    return None if text is None else (storable(text).strip() or None)


def _key(record: SupportRecord) -> SupportKey:
    own = (record.kind.value, record.kind_name.strip(), " ".join(record.name.split()),
           record.dose.strip(), record.how_often.strip(), record.note.strip())
    events = tuple(sorted((e.day.isoformat(), e.kind.value, _clean(e.dose),
                           _clean(e.how_often), e.note.strip()) for e in record.events))
    return own, events


def _stored_key(support: Support) -> SupportKey:
    own = (support.kind.value, support.kind_name, support.name, support.dose,
           support.how_often, support.note)
    events = tuple(sorted((e.day.isoformat(), e.kind.value, e.dose, e.how_often, e.note)
                          for e in support.events))
    return own, events


def add_supports(
    repos: Repositories, records: tuple[SupportRecord, ...], added: Counter[str]
) -> None:
    """Add each support (with its events) that is not already here exactly."""
    if not records:
        return
    seen = {_stored_key(s) for s in repos.supports.list()}
    for record in records:
        key = _key(record)
        if key in seen:
            continue
        with at_row(record.row, "supports"):
            made = repos.supports.add(
                record.kind, record.name, kind_name=record.kind_name, dose=record.dose,
                how_often=record.how_often, note=record.note)
            for event in record.events:
                repos.supports.record(made.id, event.day, event.kind, dose=event.dose,
                                      how_often=event.how_often, note=event.note)
        seen.add(key)
        added["supports"] += 1
