"""Bringing history in: read a file into an ImportPlan, preview it, then apply it.

    plan = read_import("daylio", path, mood_map={"rad": 10, ...})
    shown = preview(plan, repos)      # counts, days, what is already there; nothing written
    added = apply(plan, repos)        # one transaction; the same file twice adds nothing

Every problem with a file is an `ImportProblem` naming the row and column when it can.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from recovery_journal.insights.language import MARK
from recovery_journal.portability.applying import apply, preview
from recovery_journal.portability.formats import bearable, daylio, jrnl, mapped_csv, ours, pixels
from recovery_journal.portability.formats.common import read_rows, read_text
from recovery_journal.portability.formats.daylio import DAYLIO_DEFAULT_MOODS
from recovery_journal.portability.formats.mapped_csv import CsvMapping
from recovery_journal.portability.records import (
    ImportPlan,
    ImportPreview,
    ImportProblem,
    SkippedRow,
)

__all__ = [
    "DAYLIO_DEFAULT_MOODS", "FORMATS", "NOTHING_NEW", "NO_RECORDS", "CsvMapping", "ImportPlan",
    "ImportPreview", "ImportProblem", "SkippedRow", "apply", "csv_columns",
    "daylio_mood_labels", "preview", "read_import",
]

FORMATS: dict[str, str] = {
    "json": "Recovery Journal JSON",
    "daylio": "Daylio CSV",
    "pixels": "Pixels JSON",
    "jrnl": "jrnl JSON",
    "bearable": "Bearable CSV",
    "csv": "Any CSV (choose the columns)",
}


NOTHING_NEW = MARK.translate(
    "ImportProblems", "Nothing new — everything in that file is already in your journal.")
NO_RECORDS = MARK.translate(
    "ImportProblems", "This file holds no entries to import, so nothing was added.")


def read_import(
    format: str, path: Path, *, mood_map: dict[str, float] | None = None,
    mapping: CsvMapping | None = None, zone: tzinfo | None = None, with_scales: bool = False,
    uses: dict[str, str] | None = None,
) -> ImportPlan:
    """Read `path` as `format` (a key of FORMATS); raises ImportProblem, never writes.

    Times without a UTC offset (Daylio, Pixels, jrnl, most CSVs) are taken in `zone`, by
    default this computer's time zone. `with_scales` is the person's consent to add a Daylio
    file's scales as measures (`ImportPlan.needs_scales_consent` tells when to ask). `uses` maps
    a Bearable category to "m:KEY", "tags", "note" or "skip". A file that holds no record at
    all is refused, never reported as "already here".
    """
    plan = _read(format, path, mood_map, mapping, zone, with_scales, uses)
    if not any(plan.counts().values()):
        raise ImportProblem(NO_RECORDS)
    return plan


def _read(
    format: str, path: Path, mood_map: dict[str, float] | None, mapping: CsvMapping | None,
    zone: tzinfo | None, with_scales: bool, uses: dict[str, str] | None,
) -> ImportPlan:
    if format not in FORMATS:
        raise ImportProblem("That import format isn't one this app knows.")
    text = read_text(path)
    if format == "json":
        checkins, entries, rest = ours.parse(text)
        return ImportPlan("json", tuple(checkins), tuple(entries), rest=rest)
    if format == "daylio":
        return daylio.parse(text, mood_map, zone, with_scales=with_scales)
    if format == "pixels":
        return pixels.parse(text, zone)
    if format == "jrnl":
        return jrnl.parse(text, zone)
    if format == "bearable":
        return bearable.parse(text, zone, uses)
    if mapping is None:
        raise ImportProblem("Choose which columns hold the date, values, tags and note first.")
    return mapped_csv.parse(text, mapping, zone)


def csv_columns(path: Path) -> list[str]:
    """The header of a CSV file (trimmed), for the column-mapping step."""
    rows = read_rows(read_text(path))
    if not rows:
        raise ImportProblem("The file is empty.")
    return [name.strip() for name in rows[0]]


def daylio_mood_labels(path: Path) -> tuple[str, ...]:
    """The mood labels a Daylio file uses, most used first, so the person can map each."""
    return daylio.mood_labels(read_text(path))
