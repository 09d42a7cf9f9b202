"""Hand-made records for the pure insights tests: no vault needed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time

from recovery_journal.model import CheckIn

D = date(2025, 3, 1)


def checkin(day: date, values: Mapping[str, float], tags: Sequence[str] = (), hour: int = 9,
            id: int = 0) -> CheckIn:
    moment = datetime.combine(day, time(hour), tzinfo=UTC)
    return CheckIn(id=id, recorded_at=moment, local_date=day, note="", values=dict(values),
                   tags=tuple(tags), created_at=moment, updated_at=moment)
