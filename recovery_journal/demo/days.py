"""The demo year as plain data: which days have check-ins, what they hold, and the UK clock.

Mood has structure so charts show something: a slow seasonal drift (lower in midwinter), a
gentle upward trend, one harder patch of a few weeks, and lifts on days with some activities.
Pure functions of the end date and a seeded `random.Random`; nothing here touches a vault.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from random import Random

from recovery_journal.demo import texts

DAYS = 364  # the year before `end`; the end day itself is left for the person to fill in

# name -> (kind, life domain name or "", lift to mood on days it happens)
TAGS: dict[str, tuple[str, str, float]] = {
    "walk": ("activity", "Physical health", 0.8),
    "seeing friends": ("activity", "Friends & social life", 1.1),
    "cooking": ("activity", "Home & money", 0.2),
    "reading": ("activity", "Learning", 0.1),
    "gardening": ("activity", "Physical health", 0.4),
    "swimming": ("activity", "Physical health", 0.5),
    "art group": ("activity", "Culture & identity", 0.5),
    "volunteering": ("activity", "Community", 0.5),
    "music": ("activity", "Emotional wellbeing", 0.3),
    "peer support group": ("activity", "Emotional wellbeing", 0.3),
    "therapy session": ("activity", "Emotional wellbeing", 0.0),
    "meditation": ("activity", "Spirituality & faith", 0.2),
    "rest day": ("activity", "", 0.0),
    "Priya": ("person", "Friends & social life", 0.0),
    "Zoë": ("person", "Friends & social life", 0.0),
    "Mum": ("person", "Relationships & family", 0.0),
    "Tom": ("person", "Relationships & family", 0.0),
    "park": ("place", "Physical health", 0.0),
    "library": ("place", "Learning", 0.0),
    "allotment": ("place", "Physical health", 0.0),
    "café": ("place", "Friends & social life", 0.0),
    "seaside": ("place", "Physical health", 0.0),
    "poor sleep": ("topic", "Physical health", 0.0),
    "appointment": ("topic", "", 0.0),
    "money": ("topic", "Home & money", 0.0),
}


@dataclass(frozen=True, slots=True)
class PlannedCheckIn:
    """One check-in to save; `values` uses the demo's own keys: mood, hope, sleep, energy."""

    recorded_at: datetime
    values: dict[str, float]
    tags: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class DemoDay:
    """One day of the year: its underlying mood, what happened, and its check-ins (maybe none)."""

    index: int
    day: date
    mood: float
    hard_patch: bool
    tags: tuple[str, ...]
    checkins: tuple[PlannedCheckIn, ...]


def uk_time(day: date, hour: int, minute: int) -> datetime:
    """A local UK time with its offset (GMT or BST), computed without a tz database."""
    return datetime.combine(day, time(hour, minute), tzinfo=timezone(_uk_offset(day)))


def _uk_offset(day: date) -> timedelta:
    def last_sunday(month: int) -> date:
        last = date(day.year, month, 31)  # March and October both have 31 days
        return last - timedelta(days=(last.weekday() - 6) % 7)

    return timedelta(hours=1) if last_sunday(3) <= day < last_sunday(10) else timedelta(0)


def season(day: date) -> str:
    """The northern-hemisphere season of a day, for the journal's openers."""
    return ("winter", "spring", "summer", "autumn")[(day.month % 12) // 3]


def mood_band(mood: float) -> str:
    return "low" if mood < 4.5 else "high" if mood >= 6.8 else "middle"


def plan_year(end: date, rng: Random) -> list[DemoDay]:
    """Every day of the year before `end`, oldest first."""
    start = end - timedelta(days=DAYS)
    hard_centre = rng.randint(120, 170)
    skipped = _skipped_days(hard_centre, rng)
    noise, hope_level = 0.0, 5.5
    result: list[DemoDay] = []
    for index in range(DAYS):
        day = start + timedelta(days=index)
        noise = 0.6 * noise + rng.gauss(0, 0.7)
        patch = -3.0 * math.exp(-(((index - hard_centre) / 14) ** 2))
        drift = 0.8 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 196) / 365.25)
        base = 5.4 + 0.9 * index / DAYS + drift + patch + noise
        tags = _pick_tags(index, day, base, patch < -0.8, rng)
        mood = base + min(1.6, sum(TAGS[tag][2] for tag in tags))
        hope_level = 0.85 * hope_level + 0.15 * mood
        checkins: tuple[PlannedCheckIn, ...] = ()
        if index not in skipped:
            checkins = _checkins(day, mood, hope_level + 0.3 + 0.8 * index / DAYS,
                                 patch < -0.8, tags, rng)
        result.append(DemoDay(index, day, mood, patch < -0.8, tags, checkins))
    return result


def _skipped_days(hard_centre: int, rng: Random) -> set[int]:
    """A few runs of several days without a check-in (one in the harder patch), and odd days."""
    skipped: set[int] = set()
    starts = [hard_centre + rng.randint(2, 8), rng.randint(20, 90), rng.randint(200, 260),
              rng.randint(290, DAYS - 20)]
    for start in starts:
        skipped.update(range(start, start + rng.randint(3, 7)))
    for index in range(DAYS):
        near_patch = abs(index - hard_centre) < 20
        if rng.random() < (0.25 if near_patch else 0.13):
            skipped.add(index)
    return skipped


def _pick_tags(index: int, day: date, base: float, hard: bool, rng: Random) -> tuple[str, ...]:
    weekday = day.weekday()
    energy = 0.5 if hard else 1.0  # fewer plans on harder days, as in life
    chances = {
        "walk": 0.45 * energy,
        "seeing friends": 0.2 * energy * (1.3 if base > 6 else 1.0),
        "cooking": 0.3,
        "reading": 0.25,
        "gardening": 0.35 if 4 <= day.month <= 9 else 0.04,
        "swimming": 0.12 if index > 150 else 0.0,
        "art group": 0.85 if weekday == 3 and 60 <= index <= 225 else 0.0,
        "volunteering": 0.75 if weekday == 1 and index > 195 else 0.0,
        "peer support group": 0.7 if weekday == 0 else 0.0,
        "therapy session": 0.9 if weekday == 2 and index % 14 < 7 and index < 220 else 0.0,
        "music": 0.12,
        "meditation": 0.2,
        "rest day": 0.25 if hard else 0.06,
        "money": 0.04,
    }
    tags = [name for name, chance in chances.items() if rng.random() < chance]
    if "seeing friends" in tags:
        tags.append(rng.choice(("Priya", "Priya", "Zoë")))
        if rng.random() < 0.4:
            tags.append("café")
    if weekday == 6 and rng.random() < 0.6:
        tags.append("Mum")
    if rng.random() < (0.15 if hard else 0.06):
        tags.append("Tom")
    if "walk" in tags:
        tags.append("seaside" if rng.random() < 0.15 else "park")
    if "reading" in tags and rng.random() < 0.3:
        tags.append("library")
    if "gardening" in tags or "volunteering" in tags:
        tags.append("allotment")
    if "therapy session" in tags:
        tags.append("appointment")
    return tuple(tags)


def _checkins(
    day: date, mood: float, hope: float, hard: bool, tags: tuple[str, ...], rng: Random
) -> tuple[PlannedCheckIn, ...]:
    sleep = _clamp(round((7.3 + 0.25 * (mood - 6) - (1.0 if hard else 0.0)
                          + rng.gauss(0, 0.8)) * 2) / 2, 3, 11)
    day_tags = (*tags, "poor sleep") if sleep < 5.5 else tags
    times: tuple[datetime, ...]
    if rng.random() < 0.05:
        times = (uk_time(day, rng.randint(7, 10), rng.randint(0, 59)),
                 uk_time(day, rng.randint(19, 22), rng.randint(0, 59)))
    elif rng.random() < 0.2:
        times = (uk_time(day, rng.randint(7, 10), rng.randint(0, 59)),)
    else:
        times = (uk_time(day, rng.randint(18, 22), rng.randint(0, 59)),)
    planned: list[PlannedCheckIn] = []
    for number, moment in enumerate(times):
        # A morning check-in on a two-check-in day comes before the day's activities.
        lift = -0.5 if number == 0 and len(times) == 2 else 0.0
        value = mood + lift + rng.gauss(0, 0.5)
        values = {"mood": _clamp(round(value), 0, 10),
                  "hope": _clamp(round(hope + rng.gauss(0, 0.6)), 0, 10)}
        if rng.random() < 0.9:
            values["sleep"] = sleep
        if rng.random() < 0.85:
            energy = 5.2 + 0.55 * (value - 6) + 0.35 * (sleep - 7) + rng.gauss(0, 0.8)
            values["energy"] = _clamp(round(energy), 0, 10)
        note = ""
        if rng.random() < 0.25:
            note = rng.choice(texts.CHECKIN_NOTES[mood_band(value)])
        planned.append(PlannedCheckIn(moment, values, day_tags if number == len(times) - 1
                                      else (), note))
    return tuple(planned)


def _clamp(value: float, low: float, high: float) -> float:
    return float(min(high, max(low, value)))
