"""Vaults for the chart tests: one with a single day, and one with ten years of daily use."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from recovery_journal.model import LifeRating, TagKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

END = date(2025, 12, 31)
TAGS = ("walk", "friends", "work", "music", "cooking", "rest", "park", "family")
FEELINGS = ("calm", "hopeful", "tired", "anxious", "content")


def fill_day(repos: Repositories, day: date, rng: random.Random, domains: list[int]) -> None:
    """A day's check-ins (none, one or two), maybe a strength use and a journal entry."""
    for hour in rng.choice(((), (9,), (9,), (9,), (9, 20))):
        repos.checkins.add(
            recorded_at=datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
            values={"mood": rng.randint(2, 9), "hope": rng.randint(2, 9),
                    "sleep_hours": rng.randint(4, 9)},
            tags=rng.sample(TAGS, rng.randint(0, 3)),
            # From the date and hour alone, so the random draws above stay as they were.
            feelings=[FEELINGS[(day.toordinal() + hour) % len(FEELINGS)]],
        )
    if rng.random() < 0.1:
        repos.strengths.log_use(rng.randint(1, 3), day, tags=["walk"])
    if day.toordinal() % 14 == 0:
        # A PHQ-9 every two weeks, from the date alone so the random draws above stay as they were.
        n = day.toordinal() // 14
        repos.questionnaires.add("phq9", [(n + i) % 4 for i in range(9)],
                                 taken_at=datetime(day.year, day.month, day.day, 8, tzinfo=UTC))
    if rng.random() < 0.05:
        repos.journal.add(written_at=datetime(day.year, day.month, day.day, 21, tzinfo=UTC),
                          title="t", body="b", tags=["friends"])


def setup_records(repos: Repositories) -> list[int]:
    repos.measures.add("Sleep hours", 0, 12)
    domains = [d.id for d in repos.life_domains.list()]
    for i, name in enumerate(TAGS):
        repos.tags.add(name, TagKind.ACTIVITY, domains[i % len(domains)] if i < 6 else None)
    for i in range(3):
        repos.strengths.add(f"Strength {i}", life_domain_id=domains[i])
    return domains


def add_goal(repos: Repositories, start: date, end: date) -> None:
    goal = repos.goals.add("Walk more", life_domain_id=repos.life_domains.list()[0].id)
    step = repos.goals.add_step(goal.id, "Buy shoes")
    repos.goals.set_step_done(step.id, True)
    repos.goals.add_step(goal.id, "Walk to the park")
    for i, day in enumerate((start, start + (end - start) / 2, end)):
        repos.goals.add_review(goal.id, day, 20 + 30 * i)


def add_life_checks(repos: Repositories, start: date, end: date, rng: random.Random) -> None:
    """A life check every four weeks from `start` to `end`, a few areas skipped."""
    domains = [d.id for d in repos.life_domains.list()]
    day = start
    while day <= end:
        ratings = [LifeRating(d, None if rng.random() < 0.1 else rng.randint(1, 7))
                   for d in domains]
        ratings[0] = LifeRating(domains[0], rng.randint(1, 7))
        repos.life_checks.add(datetime(day.year, day.month, day.day, 19, tzinfo=UTC), ratings)
        day += timedelta(weeks=4)


@pytest.fixture(scope="session")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repositories]:
    """Ten years of daily use ending on END, written in one transaction to keep it quick."""
    path = tmp_path_factory.mktemp("tenyears") / "ten.vault"
    # Goal steps are marked done at the vault clock's time: put it inside the ten years.
    vault = Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF,
                         clock=lambda: datetime(2025, 6, 1, 12, tzinfo=UTC))
    repos = Repositories.from_vault(vault)
    rng = random.Random(5)
    start = END - timedelta(days=3652)
    with vault.write():
        domains = setup_records(repos)
        for offset in range(3653):
            fill_day(repos, start + timedelta(days=offset), rng, domains)
        add_goal(repos, start, END)
        add_life_checks(repos, start, END, rng)
    yield repos
    vault.close()


@pytest.fixture
def one_day(vault: Vault) -> Repositories:
    """A vault with a single check-in on END, a strength use, a goal step done and a review."""
    vault.clock = lambda: datetime(2025, 12, 31, 12, tzinfo=UTC)
    repos = Repositories.from_vault(vault)
    setup_records(repos)
    repos.checkins.add(recorded_at=datetime(2025, 12, 31, 9, tzinfo=UTC),
                       values={"mood": 6, "hope": 7, "sleep_hours": 8}, tags=["walk"],
                       feelings=["calm"])
    repos.strengths.log_use(1, END)
    add_goal(repos, END, END)
    repos.questionnaires.add("ons4", [7, 8, 6, 2], taken_at=datetime(2025, 12, 31, 10, tzinfo=UTC))
    add_life_checks(repos, END, END, random.Random(2))
    return repos
