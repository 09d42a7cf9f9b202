"""Pixels' JSON backup, in each of the three layouts seen in the wild (docs/export-format.md).

A list of days, each one of:

- current: {"date": "2024-1-2", "type": "Mood", "scores": [1-5, ...], "notes": "...",
  "tags": [{"type": "Emotions", "entries": ["calm", ...]}], "isHighlighted": false}
- 2019:    {"date": "2019-01-01", "mood": 1-5, "emotions": ["joy", ...], "notes": "..."}
- entries: {"date": "2022-06-01", "entries": [{"type": "Mood", "value": 1-5, "notes": "...",
  "isHighlighted": false, "tags": [...]}, ...]}

Emotions (the "Emotions" tag group, or the 2019 `emotions` list) become feelings; every other
tag group stays tags. Each score becomes its own check-in at noon in the person's time zone,
with mood (score - 1) * 2.5 on 0-10; a day with several scores (sub-pixels) is never averaged into
one. The notes and tags of a day go with its first score. A day that holds nothing (no score,
tag or note) is counted as skipped; a day in a layout this reader doesn't know is refused with
its row, never passed over.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, tzinfo

from recovery_journal.insights.language import MARK
from recovery_journal.portability.formats.common import load_json, local_moment
from recovery_journal.portability.formats.fields import Item
from recovery_journal.portability.records import CheckInRecord, ImportPlan, ImportProblem

_NOON = time(12, 0)
_EMOTIONS = frozenset({"emotions", "emotion"})
_UNKNOWN = MARK.translate(
    "ImportProblems",
    "This day isn't in a Pixels layout this app knows (date with scores, mood or entries).")


def parse(text: str, zone: tzinfo | None) -> ImportPlan:
    """Read a Pixels JSON backup into check-ins (oldest first)."""
    document = load_json(text)
    if not isinstance(document, list):
        raise ImportProblem("This doesn't look like a Pixels backup (a list of days).")
    records: list[CheckInRecord] = []
    empty: list[int | None] = []
    for number, value in enumerate(document, start=1):
        item = Item(value, "days", number)
        source = json.dumps(value, sort_keys=True, ensure_ascii=False)
        found = _day(item, zone, source)
        if found:
            records += found
        else:
            empty.append(number)
    records.sort(key=lambda r: (r.recorded_at, r.row or 0))
    return ImportPlan("pixels", checkins=tuple(records), value_columns=(("mood", "scores"),),
                      empty_rows=tuple(empty))


def _date(item: Item) -> date:
    parts = item.text("date", None).strip().split("-")
    try:
        if len(parts) != 3:
            raise ValueError
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise item.problem("date", "This isn't a date (year-month-day).") from None


def _score(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and 1 <= value <= 5


def _one_score(item: Item, name: str, row: int) -> list[float]:
    """An optional single score 1-5 (`mood` or `value`) as a list of none or one."""
    if item.raw(name) is None:
        return []
    if not _score(item.raw(name)):
        raise ImportProblem("This must be a number from 1 to 5.", row=row,
                            column=f"{item.kind}.{name}")
    return [item.number(name)]


def _tags(item: Item, name: str = "tags") -> tuple[list[str], list[str]]:
    """Tags and feelings from [{"type": ..., "entries": [...]}] (or, older, a plain list).

    The "Emotions" group holds feelings; a plain list is feelings when it is `emotions`.
    """
    raw = item.raw(name)
    if isinstance(raw, list) and all(isinstance(t, str) for t in raw):
        words = [t.strip() for t in item.texts(name) if t.strip()]
        return ([], words) if name == "emotions" else (words, [])
    tags: list[str] = []
    feelings: list[str] = []
    for group in item.items(name):
        kind = group.text("type")
        found = feelings if kind.strip().casefold() in _EMOTIONS else tags
        found.extend(t.strip() for t in group.texts("entries") if t.strip())
    return tags, feelings


def _day(item: Item, zone: tzinfo | None, source: str) -> list[CheckInRecord]:
    """The check-ins of one day; an empty list when the day holds nothing."""
    if item.raw("date") is None:
        raise ImportProblem(_UNKNOWN, row=item.row, column="days.date")
    moment = local_moment(_date(item), _NOON, zone, row=item.row, column="days.date")
    if item.raw("entries") is not None:
        return _entries(item, moment, source)
    if item.raw("scores") is not None or item.raw("type") is not None:
        scores = item.raw("scores") or []
        if not isinstance(scores, list) or not all(_score(s) for s in scores):
            raise item.problem("scores", "Scores must be a list of numbers from 1 to 5.")
        _mood_type(item, bool(scores))
        return _checkins(item.row, moment, [float(s) for s in scores], *_tags(item),
                         item.text("notes").strip(), source)
    if item.raw("mood") is not None or item.raw("emotions") is not None:
        return _checkins(item.row, moment, _one_score(item, "mood", item.row),
                         *_tags(item, "emotions"), item.text("notes").strip(), source)
    raise ImportProblem(_UNKNOWN, row=item.row)


def _mood_type(item: Item, scored: bool) -> None:
    """Pixels scores only moods; a scored day of another type is refused, not guessed at."""
    if scored and item.text("type", "Mood").casefold() != "mood":
        raise item.problem("type", "Only Pixels' Mood type is known to this app.")


def _entries(item: Item, moment: datetime, source: str) -> list[CheckInRecord]:
    found: list[CheckInRecord] = []
    for entry in item.items("entries"):
        scores = _one_score(entry, "value", item.row)
        try:
            _mood_type(entry, bool(scores))
            entry.flag("isHighlighted")
            (tags, feelings), note = _tags(entry), entry.text("notes").strip()
        except ImportProblem as problem:
            # Named by the day's place in the file, the row a person can find.
            raise ImportProblem(problem.template, *problem.values, row=item.row,
                                column=problem.column) from None
        found += _checkins(item.row, moment, scores, tags, feelings, note,
                           f"{source}@{entry.row}")
    return found


def _checkins(
    row: int, moment: datetime, scores: list[float], tags: list[str], feelings: list[str],
    note: str, source: str,
) -> list[CheckInRecord]:
    unique = tuple(dict.fromkeys(tags))
    felt = tuple(dict.fromkeys(feelings))
    if not scores:
        if not unique and not felt and not note:
            return []
        return [CheckInRecord(row=row, recorded_at=moment, tags=unique, note=note,
                              source=source, feelings=felt)]
    return [
        CheckInRecord(
            row=row, recorded_at=moment, values=(("mood", round((score - 1) * 2.5, 2)),),
            tags=unique if n == 0 else (), note=note if n == 0 else "",
            source=f"{source}#{n}", feelings=felt if n == 0 else (),
        )
        for n, score in enumerate(scores)
    ]
