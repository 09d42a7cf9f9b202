"""Invented journal entries, composed from the day they belong to: season, activities, mood."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from random import Random

from recovery_journal.demo import texts
from recovery_journal.demo.days import DemoDay, mood_band, season, uk_time


@dataclass(frozen=True, slots=True)
class PlannedEntry:
    written_at: datetime
    title: str
    body: str
    tags: tuple[str, ...]


def plan_entries(days: list[DemoDay], rng: Random) -> list[PlannedEntry]:
    """About 120 entries on days spread over the year, oldest first."""
    count = rng.randint(114, 126)
    chosen = sorted(rng.sample(range(len(days)), count))
    return [_entry(days[index], rng) for index in chosen]


def _entry(day: DemoDay, rng: Random) -> PlannedEntry:
    band = mood_band(day.mood)
    activities = [tag for tag in day.tags if tag in texts.ACTIVITY_LINES]
    first: list[str] = []
    if rng.random() < 0.7:
        first.append(rng.choice(texts.SEASON_OPENERS[season(day.day)]))
    mentioned = rng.sample(activities, min(len(activities), rng.randint(1, 2)))
    first.extend(rng.choice(texts.ACTIVITY_LINES[tag]) for tag in mentioned)
    second = rng.sample(texts.REFLECTIONS[band], rng.randint(1, 2))
    if rng.random() < 0.4:
        second.append(rng.choice(texts.GRATITUDE))
    paragraphs = [" ".join(part) for part in (first, second) if part]
    if rng.random() < 0.15:  # now and then a long, reflective entry
        paragraphs.extend(rng.sample(texts.LONG_MUSINGS, rng.randint(2, 4)))
        paragraphs.append(" ".join(rng.sample(texts.REFLECTIONS["middle"], 2)))
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(texts.CLOSINGS))
    written_at = uk_time(day.day, rng.randint(19, 23), rng.randint(0, 59))
    return PlannedEntry(written_at, _title(mentioned, band, rng), "\n\n".join(paragraphs),
                        tuple(mentioned))


def _title(mentioned: list[str], band: str, rng: Random) -> str:
    if rng.random() < 0.12:
        return ""  # some people never title their entries
    titled = [tag for tag in mentioned if tag in texts.ACTIVITY_TITLES]
    if titled and rng.random() < 0.5:
        return rng.choice(texts.ACTIVITY_TITLES[rng.choice(titled)])
    return rng.choice(texts.TITLES[band])
