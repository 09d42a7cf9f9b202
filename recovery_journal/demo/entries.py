"""Invented journal entries, composed from the day they belong to: season, activities, mood."""

from __future__ import annotations

from collections.abc import Sequence
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
    """About 120 entries on days spread over the year, oldest first; no sentence or title is
    used again in the entry right after."""
    count = rng.randint(114, 126)
    chosen = sorted(rng.sample(range(len(days)), count))
    entries: list[PlannedEntry] = []
    used: set[str] = set()
    for index in chosen:
        picker = _Picker(rng, avoid=used)
        entries.append(_entry(days[index], rng, picker))
        used = picker.used
    return entries


class _Picker:
    """Random choices that skip what the previous entry said (when anything else is left)."""

    def __init__(self, rng: Random, avoid: set[str]) -> None:
        self._rng = rng
        self._avoid = avoid
        self.used: set[str] = set()

    def choice(self, options: Sequence[str]) -> str:
        return self.sample(options, 1)[0]

    def sample(self, options: Sequence[str], count: int) -> list[str]:
        fresh = [o for o in options if o not in self._avoid and o not in self.used]
        pool = fresh if len(fresh) >= count else list(options)
        picked = self._rng.sample(pool, count)
        self.used.update(picked)
        return picked


def _entry(day: DemoDay, rng: Random, pick: _Picker) -> PlannedEntry:
    band = mood_band(day.mood)
    activities = [tag for tag in day.tags if tag in texts.ACTIVITY_LINES]
    first: list[str] = []
    if rng.random() < 0.7:
        first.append(pick.choice(texts.SEASON_OPENERS[season(day.day)]))
    mentioned = rng.sample(activities, min(len(activities), rng.randint(1, 2)))
    first.extend(pick.choice(texts.ACTIVITY_LINES[tag]) for tag in mentioned)
    second = pick.sample(texts.REFLECTIONS[band], rng.randint(1, 2))
    if rng.random() < 0.4:
        second.append(pick.choice(texts.GRATITUDE))
    paragraphs = [" ".join(part) for part in (first, second) if part]
    if rng.random() < 0.15:  # now and then a long, reflective entry
        paragraphs.extend(pick.sample(texts.LONG_MUSINGS, rng.randint(2, 4)))
        paragraphs.append(" ".join(pick.sample(texts.REFLECTIONS["middle"], 2)))
    if rng.random() < 0.5:
        paragraphs.append(pick.choice(texts.CLOSINGS))
    written_at = uk_time(day.day, rng.randint(19, 23), rng.randint(0, 59))
    return PlannedEntry(written_at, _title(mentioned, band, rng, pick),
                        "\n\n".join(paragraphs), tuple(mentioned))


def _title(mentioned: list[str], band: str, rng: Random, pick: _Picker) -> str:
    if rng.random() < 0.12:
        return ""  # some people never title their entries
    titled = [tag for tag in mentioned if tag in texts.ACTIVITY_TITLES]
    if titled and rng.random() < 0.5:
        return pick.choice(texts.ACTIVITY_TITLES[rng.choice(titled)])
    return pick.choice(texts.TITLES[band])
