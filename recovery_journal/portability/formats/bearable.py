"""Bearable's CSV export: long form, one row per reading.

    date,weekday,time of day,category,rating/amount,detail,notes
    "8th Dec 2021","Wednesday","mid","Symptom","2","Neck pain (Moderate)",""

Dates carry ordinals; the time of day is a part of the day (`am`, `mid`, `pm`, `pre`) or a
clock. The readings of one moment become one check-in: Mood and Energy are measures (Energy is
created when the journal has none), Sleep is hours of sleep, a Factor is a tag, and symptoms,
medication and anything else the person chooses go into the note word for word. A category
without a place is counted in the preview as not brought in.
"""

from __future__ import annotations

from datetime import tzinfo

from recovery_journal.portability.formats.common import header_index, read_rows
from recovery_journal.portability.formats.mapped_csv import (
    CsvMapping,
    LongForm,
    NewMeasure,
)
from recovery_journal.portability.formats.mapped_csv import (
    parse as parse_mapped,
)
from recovery_journal.portability.records import ImportPlan, ImportProblem

# Bearable buckets readings into parts of the day; the clock time each stands for.
PARTS_OF_DAY = {"am": "08:00", "mid": "13:00", "pm": "18:00", "pre": "22:00",
                "morning": "08:00", "afternoon": "13:00", "evening": "18:00",
                "night": "22:00", "all day": "12:00"}
DEFAULT_USES: dict[str, str] = {
    "mood": "m:mood", "energy": "m:energy", "sleep": "m:sleep", "sleep quality": "note",
    "symptom": "note", "symptoms": "note", "factors": "tags", "factor": "tags",
    "medication": "note", "medications": "note", "supplements": "note",
    "health measurements": "note", "gratitude": "note",
}
NEW_MEASURES = (
    NewMeasure("energy", "Energy", 0, 10, 1, "Very low", "Very high"),
    NewMeasure("sleep", "Sleep", 0, 24, 0.1),
)
_RATING_NAMES = ("rating/amount", "rating", "amount")


def mapping_for(header: list[str], uses: dict[str, str] | None = None) -> CsvMapping:
    """The mapping for a Bearable file with this header; `uses` overrides category uses."""
    columns = header_index(header)
    for needed in ("date", "category"):
        if needed not in columns:
            raise ImportProblem("This doesn't look like a Bearable export: a column is missing.",
                                row=1, column=needed)
    rating = next((name for name in _RATING_NAMES if name in columns), None)
    if rating is None:
        raise ImportProblem("This doesn't look like a Bearable export: a column is missing.",
                            row=1, column="rating/amount")
    chosen = {**DEFAULT_USES, **{k.strip().casefold(): v for k, v in (uses or {}).items()}}
    return CsvMapping(
        date="date", time="time of day" if "time of day" in columns else None,
        note="notes" if "notes" in columns else None, tag_separators="|",
        parts_of_day=PARTS_OF_DAY, new_measures=NEW_MEASURES,
        long=LongForm(category="category", value=rating,
                      detail="detail" if "detail" in columns else None, uses=chosen),
    )


def parse(text: str, zone: tzinfo | None, uses: dict[str, str] | None = None) -> ImportPlan:
    """Read a Bearable export into check-ins, one per moment (oldest first)."""
    rows = read_rows(text)
    if not rows:
        raise ImportProblem("The file is empty.")
    plan = parse_mapped(text, mapping_for(rows[0], uses), zone)
    return ImportPlan("bearable", checkins=plan.checkins, value_columns=plan.value_columns,
                      rest=plan.rest, left_out=plan.left_out)
