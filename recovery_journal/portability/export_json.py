"""Check-ins and journal entries written straight to compact JSON text, for the JSON export.

They are most of ten years' export; building a dict per record for `json` to walk again took
longer than reading them. Each record comes out exactly as `json.JSONEncoder(ensure_ascii=False,
separators=(", ", ": "))` writes the dict `export.py` would build (tests compare the bytes).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from json.encoder import encode_basestring

from recovery_journal.storage.export_rows import CheckinRow, EntryRow
from recovery_journal.storage.measures import plain_number


class Encoded(str):
    """A record already written as one line of compact JSON."""

    __slots__ = ()


def _number(value: float) -> str:
    # JSON has no infinity: an older vault's infinite value is written as its text (export.py).
    return float.__repr__(value) if math.isfinite(value) else encode_basestring(
        plain_number(value))


# Measure keys are few and repeat on every check-in: each is written once.
_KEYS: dict[str, str] = {}


def _key(key: str) -> str:
    text = _KEYS.get(key)
    if text is None:
        text = _KEYS[key] = encode_basestring(key)
    return text


def _list(texts: Iterable[str]) -> str:
    return "[" + ", ".join(map(encode_basestring, texts)) + "]"


def checkin_json(row: CheckinRow) -> Encoded:
    """One check-in as the export's JSON object."""
    values = ", ".join(f"{_key(key)}: {_number(value)}" for key, value in row.values)
    return Encoded(
        f'{{"recorded_at": {encode_basestring(row.recorded_at)}, '
        f'"local_date": {encode_basestring(row.local_date)}, "values": {{{values}}}, '
        f'"tags": {_list(row.tags)}, "note": {encode_basestring(row.note)}, '
        f'"created_at": {encode_basestring(row.created_at)}, '
        f'"updated_at": {encode_basestring(row.updated_at)}, "feelings": {_list(row.feelings)}}}'
    )


def entry_json(row: EntryRow) -> Encoded:
    """One journal entry as the export's JSON object."""
    return Encoded(
        f'{{"written_at": {encode_basestring(row.written_at)}, '
        f'"local_date": {encode_basestring(row.local_date)}, '
        f'"title": {encode_basestring(row.title)}, "body": {encode_basestring(row.body)}, '
        f'"tags": {_list(row.tags)}, "created_at": {encode_basestring(row.created_at)}, '
        f'"updated_at": {encode_basestring(row.updated_at)}}}'
    )
