"""Every layout fixture comes in exactly: record by record against the file, read here with
the csv and json modules alone (not the importer), and a second import adds nothing.
tests/fixtures/imports/README.md says where each layout was seen.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from recovery_journal.model import CheckIn
from recovery_journal.portability.importing import apply, preview, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

SAMPLES = Path(__file__).parent.parent / "fixtures" / "imports"
# The labels the fixtures use, as a person would map them in the dialog or a mood-map file.
MOODS: dict[str, float] = {
    "happy": 8, "average": 5, "sad": 2, "super": 10, "dobrze": 7.5, "tak sobie": 5, "źle": 2.5,
    "gut": 7.5, "ok, tired": 4, "vaguely good": 6, "vaguely ok": 5, "rested": 8, "tired": 3,
    "fine": 7.5, "rad": 10, "good": 7.5, "meh": 5, "bad": 2.5, "awful": 0,
}
# Only the month words the older-header fixtures use (English, Polish and German).
MONTHS = {"may": 5, "maja": 5, "października": 10, "listopada": 11, "mai": 5, "märz": 3,
          "dezember": 12}

Seen = Counter[tuple[str, tuple[tuple[str, float], ...], tuple[str, ...], str]]


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def _clock(text: str) -> time:
    text = text.strip().lower()
    form = "%I:%M %p" if text.endswith(("am", "pm")) else "%H:%M"
    return datetime.strptime(text, form).time()


def _daylio_day(row: dict[str, str]) -> date:
    if row.get("full_date"):
        return date.fromisoformat(row["full_date"])
    words = re.findall(r"[^\W\d_]+|\d+", row["date"].lower())
    month = next(MONTHS[w] for w in words if w in MONTHS)
    return date(int(row["year"]), month, next(int(w) for w in words if w.isdigit()))


def _plain(markup: str) -> str:
    text = re.sub(r"<\s*(br|/p)\s*/?>", "\n", markup.replace("\r\n", "\n"))
    return html.unescape(re.sub(r"<[^>]*>", "", text)).strip()


def _scales(text: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split("|"))):
        name, _, value = part.partition(": ")
        if "/" in value:
            found[name] = float(value.split("/")[0])
        else:
            hours, minutes = value.split(":")
            found[name] = round(int(hours) + int(minutes) / 60, 2)
    return found


def daylio_expected(path: Path, with_scales: bool = False) -> Seen:
    """The check-ins a Daylio file holds, identical rows once."""
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    seen: Seen = Counter()
    raw: set[tuple[str, ...]] = set()
    for row in rows:
        if tuple(row.values()) in raw:
            continue
        raw.add(tuple(row.values()))
        moment = datetime.combine(_daylio_day(row), _clock(row["time"]), UTC)
        values = {"mood": MOODS[row["mood"].strip().lower()]}
        if with_scales:
            values.update(_scales(row.get("scales", "")))
        tags = dict.fromkeys(t.strip().casefold() for t in row["activities"].split("|"))
        title, note = _plain(row.get("note_title", "")), _plain(row["note"])
        full = f"{title}\n{note}" if title and note else title or note
        seen[(moment.isoformat(), tuple(sorted(values.items())),
              tuple(sorted(t for t in tags if t)), full)] += 1
    return seen


def pixels_expected(path: Path) -> Counter[tuple[object, ...]]:
    """The check-ins a Pixels file holds: one per score, notes, tags and feelings with the first.

    Emotions (the "Emotions" group, the 2019 `emotions` list) are feelings; the rest are tags.
    """
    seen: Counter[tuple[object, ...]] = Counter()
    for day in json.loads(path.read_text("utf-8")):
        year, month, number = (int(p) for p in day["date"].split("-"))
        moment = datetime(year, month, number, 12, tzinfo=UTC).isoformat()
        if "entries" in day:
            parts = [([e["value"]], e["tags"], e["notes"]) for e in day["entries"]]
        elif "mood" in day:
            parts = [([day["mood"]], [{"type": "Emotions", "entries": day["emotions"]}],
                      day["notes"])]
        else:
            parts = [(day["scores"], day["tags"], day["notes"])]
        for scores, tags, notes in parts:
            def words(emotions: bool, tags: list[object] = tags) -> tuple[str, ...]:
                names = [t for g in tags for t in (
                    g["entries"] if isinstance(g, dict) else [g])  # type: ignore[index]
                    if (isinstance(g, dict) and g["type"] == "Emotions") == emotions]
                return tuple(sorted({str(t).casefold() for t in names}))
            folded, felt = words(False), words(True)
            if not scores and (folded or felt or notes.strip()):
                seen[(moment, (), folded, felt, notes.strip())] += 1
            for n, score in enumerate(scores):
                first = n == 0
                seen[(moment, (("mood", (score - 1) * 2.5),), folded if first else (),
                      felt if first else (), notes.strip() if first else "")] += 1
    return seen


def in_vault_one(repos: Repositories, c: CheckIn) -> Seen:
    """`in_vault` for one check-in."""
    names = {m.key: m.name for m in repos.measures.list(include_archived=True)}
    values = {"mood" if k == "mood" else names[k]: v for k, v in c.values.items()}
    return Counter([(c.recorded_at.isoformat(), tuple(sorted(values.items())),
                     tuple(sorted(t.casefold() for t in c.tags)), c.note)])


def in_vault(repos: Repositories) -> Seen:
    names = {m.key: m.name for m in repos.measures.list(include_archived=True)}
    seen: Seen = Counter()
    for c in repos.checkins.between(date.min, date.max):
        values = {"mood" if k == "mood" else names[k]: v for k, v in c.values.items()}
        seen[(c.recorded_at.isoformat(), tuple(sorted(values.items())),
              tuple(sorted(t.casefold() for t in c.tags)), c.note)] += 1
    return seen


DAYLIO = ["daylio_current.csv", "daylio_older.csv", "daylio_seven_columns.csv",
          "daylio_scales.csv", "daylio_quoted.csv", "daylio_polish_older.csv",
          "daylio_german_older.csv", "daylio_no_date.csv", "daylio_distinct_rows.csv"]
PIXELS = ["pixels.json", "pixels_2019.json", "pixels_entries.json"]


def _import_twice(repos: Repositories, format: str, path: Path, **options: object) -> None:
    plan = read_import(format, path, zone=UTC, **options)  # type: ignore[arg-type]
    shown = preview(plan, repos)
    for kind, count in shown.counts.items():
        assert count == shown.new[kind] + shown.already_there[kind] + shown.skipped[kind]
    assert apply(plan, repos)["checkins"] == shown.new["checkins"]
    again = preview(read_import(format, path, zone=UTC, **options),  # type: ignore[arg-type]
                    repos)
    assert again.new["checkins"] == 0
    assert again.already_there["checkins"] == shown.new["checkins"]
    assert apply(plan, repos)["checkins"] == 0


@pytest.mark.parametrize("name", DAYLIO)
def test_every_daylio_layout_imports_exactly(repos: Repositories, name: str) -> None:
    with_scales = name == "daylio_scales.csv"
    _import_twice(repos, "daylio", SAMPLES / name, mood_map=MOODS, with_scales=with_scales)
    assert in_vault(repos) == daylio_expected(SAMPLES / name, with_scales)


@pytest.mark.parametrize("name", PIXELS)
def test_every_pixels_layout_imports_exactly(repos: Repositories, name: str) -> None:
    _import_twice(repos, "pixels", SAMPLES / name)
    found: Counter[tuple[object, ...]] = Counter(
        (*key[:3], tuple(sorted(f.casefold() for f in c.feelings)), key[3])
        for c in repos.checkins.between(date.min, date.max) for key in in_vault_one(repos, c))
    assert found == pixels_expected(SAMPLES / name)


def test_a_row_of_one_import_file_that_looks_like_another_is_kept(
    repos: Repositories,
) -> None:
    """Rows differing only in activities or mood label are all kept; only a row identical in
    every field is skipped, and the preview names the row it repeats."""
    plan = read_import("daylio", SAMPLES / "daylio_distinct_rows.csv", mood_map=MOODS, zone=UTC)
    shown = preview(plan, repos)
    assert (shown.counts["checkins"], shown.new["checkins"], shown.skipped["checkins"],
            shown.already_there["checkins"]) == (5, 4, 1, 0)
    assert [r.describe() for r in shown.skipped_rows] == [
        "Row 4: skipped, the same as row 2"]
    assert apply(plan, repos)["checkins"] == 4
    evening = [c for c in repos.checkins.between(date.min, date.max) if c.note == "Evening"]
    # "good" and "fine" both map to 7.5: two check-ins, as in the file.
    assert sorted(c.tags for c in evening) == [("reading",), ("walk",), ("walk",)]


def test_scales_wait_for_consent(repos: Repositories) -> None:
    path = SAMPLES / "daylio_scales.csv"
    plan = read_import("daylio", path, mood_map=MOODS, zone=UTC)
    assert plan.needs_scales_consent()
    assert plan.scales == ("Sleep Quality", "Sleep Time", "Awake mid-sleep")
    assert all(dict(c.values).keys() == {"mood"} for c in plan.checkins)
    assert preview(plan, repos).needs_scales_consent
    agreed = read_import("daylio", path, mood_map=MOODS, zone=UTC, with_scales=True)
    assert not agreed.needs_scales_consent()
    assert apply(agreed, repos)["measures"] == 3
    made = {m.name: (m.min_value, m.max_value) for m in repos.measures.list()}
    assert made["Sleep Quality"] == (0, 10)
    assert made["Sleep Time"] == (0, 24)


def test_the_older_polish_export_is_read_with_cldr_month_names(repos: Repositories) -> None:
    plan = read_import("daylio", SAMPLES / "daylio_polish_older.csv", mood_map=MOODS, zone=UTC)
    assert [c.recorded_at.date() for c in plan.checkins] == [
        date(2019, 5, 18), date(2019, 5, 18), date(2019, 10, 1), date(2019, 11, 30)]
