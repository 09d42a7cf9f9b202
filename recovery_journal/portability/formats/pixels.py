"""Pixels' JSON backup: a list of days, each {"date": "YYYY-M-D", "type": "Mood",
"scores": [1-5, ...], "notes": "...", "tags": [{"type": "...", "entries": ["..."]}]}.

Each day becomes one check-in at noon in the person's time zone; the mean score 1-5 becomes
mood 0-10 ((score - 1) * 2.5); tag entries become tags; the notes become the note.
"""

from __future__ import annotations

from datetime import date, time, tzinfo

from recovery_journal.portability.formats.common import load_json, local_moment
from recovery_journal.portability.formats.fields import Item
from recovery_journal.portability.records import CheckInRecord, ImportPlan, ImportProblem

_NOON = time(12, 0)


def parse(text: str, zone: tzinfo | None) -> ImportPlan:
    """Read a Pixels JSON backup into check-ins (oldest first)."""
    document = load_json(text)
    if not isinstance(document, list):
        raise ImportProblem("This doesn't look like a Pixels backup (a list of days).")
    records = [_day(Item(value, "days", n), zone) for n, value in enumerate(document, start=1)]
    kept = sorted((r for r in records if r is not None),
                  key=lambda r: (r.recorded_at, r.row or 0))
    return ImportPlan("pixels", checkins=tuple(kept), value_columns=(("mood", "scores"),))


def _date(item: Item) -> date:
    parts = item.text("date", None).strip().split("-")
    try:
        if len(parts) != 3:
            raise ValueError
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise item.problem("date", "This isn't a date (year-month-day).") from None


def _day(item: Item, zone: tzinfo | None) -> CheckInRecord | None:
    day = _date(item)
    kind = item.text("type", "Mood")
    scores = item.raw("scores") or []
    if not isinstance(scores, list) or not all(
        not isinstance(s, bool) and isinstance(s, int | float) and 1 <= s <= 5 for s in scores
    ):
        raise item.problem("scores", "Scores must be a list of numbers from 1 to 5.")
    tags: list[str] = []
    for group in item.items("tags"):
        group.text("type")
        tags.extend(t.strip() for t in group.texts("entries") if t.strip())
    note = item.text("notes").strip()
    values: tuple[tuple[str, float], ...] = ()
    if scores and kind.casefold() == "mood":
        mean = sum(float(s) for s in scores) / len(scores)
        values = (("mood", round((mean - 1) * 2.5, 2)),)
    if not values and not tags and not note:
        return None
    return CheckInRecord(row=item.row, recorded_at=local_moment(day, _NOON, zone, row=item.row,
                                                                column="date"),
                         values=values, tags=tuple(dict.fromkeys(tags)), note=note)
