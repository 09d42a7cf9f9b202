"""The demo year's life checks: every six weeks, most areas slowly growing, a few skipped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from random import Random

from recovery_journal.demo.days import uk_time
from recovery_journal.model import LifeRating
from recovery_journal.storage.repositories import Repositories

# What the invented person notes as going well, by area, now and then.
GOING_WELL = {
    "Friends & social life": "Saturday walks with Sam",
    "Physical health": "Swimming on Thursdays again",
    "Learning": "The evening pottery course",
    "Home & money": "Bills sorted into one list",
}


def add_life_checks(repos: Repositories, at: Callable[[datetime], None], start: date,
                    end: date, seed: int) -> None:
    """A life check every six weeks from a month after `start`; its own random numbers, so the
    rest of the demo year is the same with or without it."""
    rng = Random(seed)
    domains = repos.life_domains.list()
    day, n = start + timedelta(days=30), 0
    while day <= end:
        ratings = []
        for index, domain in enumerate(domains):
            if rng.random() < 0.12:
                continue  # skipped this time
            level = 2 + (index % 3) + n // 3 + rng.choice((-1, 0, 0, 1))
            note = GOING_WELL.get(domain.name, "") if rng.random() < 0.4 else ""
            ratings.append(LifeRating(domain.id, max(1, min(7, level)), note))
        moment = uk_time(day, 20, 15)
        at(moment)
        repos.life_checks.add(moment, ratings)
        day, n = day + timedelta(weeks=6), n + 1
