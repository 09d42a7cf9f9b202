"""jrnl's JSON export (`jrnl --format json`): {"tags": {...}, "entries": [{"date", "time",
"title", "body", "tags", "starred"}]}. Entries become journal entries; "@" is dropped from
tags; `starred` and the tag counts are not kept.
"""

from __future__ import annotations

import json
from datetime import time, tzinfo

from recovery_journal.portability.formats.common import load_json, local_moment, parse_clock
from recovery_journal.portability.formats.fields import Item, items_of
from recovery_journal.portability.records import EntryRecord, ImportPlan, ImportProblem


def parse(text: str, zone: tzinfo | None) -> ImportPlan:
    """Read a jrnl JSON export into journal entries (oldest first)."""
    document = load_json(text)
    if not isinstance(document, dict) or "entries" not in document:
        raise ImportProblem("This doesn't look like a jrnl JSON export (no entries).")
    raw = document.get("entries")
    sources = [json.dumps(e, sort_keys=True, ensure_ascii=False)
               for e in (raw if isinstance(raw, list) else [])]
    entries = [_entry(item, zone, source)
               for item, source in zip(items_of(document, "entries"), sources, strict=True)]
    entries.sort(key=lambda e: (e.written_at, e.row or 0))
    return ImportPlan("jrnl", journal_entries=tuple(entries))


def _entry(item: Item, zone: tzinfo | None, source: str) -> EntryRecord:
    day = item.day("date")
    clock_text = item.text("time")
    clock = parse_clock(clock_text, row=item.row, column="entries.time") if clock_text else (
        time(9, 0))
    tags = tuple(dict.fromkeys(t.strip().lstrip("@#") for t in item.texts("tags")
                               if t.strip().lstrip("@#")))
    item.flag("starred")
    return EntryRecord(
        row=item.row, written_at=local_moment(day, clock, zone, row=item.row,
                                                   column="entries.date"), title=item.text("title"),
        body=item.text("body"), tags=tags, source=source,
    )


