"""A demo journal: a realistic, respectful, invented year, for trying the app and its charts.

`fill_demo` writes through the repositories only. The vault's injectable clock is moved along
with the invented year so created, closed and saved times fall where the story puts them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from random import Random

from recovery_journal.demo import texts
from recovery_journal.demo.days import DAYS, TAGS, DemoDay, plan_year, uk_time
from recovery_journal.demo.entries import plan_entries
from recovery_journal.demo.feelings import feelings_for
from recovery_journal.demo.hope_box import add_hope_box
from recovery_journal.demo.life_checks import add_life_checks
from recovery_journal.demo.supports import add_supports
from recovery_journal.model import GoalStatus, PlanSectionKey, StrengthKind, TagKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

__all__ = ["fill_demo"]

# Per goal in texts.GOALS: day it was set, day it was closed or paused (None: still open),
# the strengths that help, and a target date in days after the end (None: no target).
_GOAL_TIMES: tuple[tuple[int, int | None, tuple[str, ...], int | None], ...] = (
    (10, 200, ("The park by the river", "Patience"), None),
    (50, 225, ("Drawing and painting",), None),
    (190, None, ("Peer support group", "Sense of humour"), None),
    (260, None, ("Asking for help", "Patience"), 120),
    (100, 270, ("Patience",), None),
    (20, 140, (), None),
    (30, None, ("Asking for help",), None),
)

# Where each open goal stands at its latest review, in order.
_ACTIVE_PROGRESS = (70, 35, 50, 20)

# Which strength a day's tag calls on, and how often it gets logged.
_STRENGTH_TRIGGERS = (
    ("cooking", "Cooking from scratch", 0.12),
    ("art group", "Drawing and painting", 0.3),
    ("walk", "The park by the river", 0.06),
    ("peer support group", "Peer support group", 0.25),
    ("seeing friends", "Priya", 0.2),
    ("Tom", "Asking for help", 0.35),
)


class _DemoClock:
    """A settable clock for the vault while the invented year is written."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def at(self, moment: datetime) -> None:
        self.moment = moment.astimezone(UTC)


@contextmanager
def _clock_for(vault: Vault, start: datetime) -> Iterator[_DemoClock]:
    clock = _DemoClock(start)
    previous, vault.clock = vault.clock, clock
    try:
        yield clock
    finally:
        vault.clock = previous


def fill_demo(repos: Repositories, *, end: date, seed: int = 7) -> None:
    """Fill an empty vault with an invented year ending on `end`; the same seed gives the same
    year."""
    rng = Random(seed)
    days = plan_year(end, rng)
    start = days[0].day
    with _clock_for(repos.vault, uk_time(start, 9, 0)) as clock:
        keys = _add_measures(repos)
        domains = {domain.name: domain.id for domain in repos.life_domains.list()}
        _add_tags(repos, domains)
        strengths = _add_strengths(repos, domains, clock, start)
        _add_checkins(repos, days, keys, clock)
        for entry in plan_entries(days, rng):
            clock.at(entry.written_at)
            repos.journal.add(written_at=entry.written_at, title=entry.title, body=entry.body,
                              tags=entry.tags)
        _add_strength_uses(repos, days, strengths, clock, rng)
        _add_goals(repos, domains, strengths, clock, start, end)
        _add_plan(repos, clock, start)
        _add_people(repos, clock, start)
        add_life_checks(repos, clock.at, start, end, seed)
        add_supports(repos, start, end)
        add_hope_box(repos, clock.at, start)


def _add_measures(repos: Repositories) -> dict[str, str]:
    sleep = repos.measures.add("Sleep hours", 0, 16, "No sleep", "16 hours", step=0.5)
    energy = repos.measures.add("Energy", 0, 10, "Exhausted", "Full of energy")
    return {"mood": "mood", "hope": "hope", "sleep": sleep.key, "energy": energy.key}


def _add_tags(repos: Repositories, domains: dict[str, int]) -> None:
    for name, (kind, domain, _lift) in TAGS.items():
        repos.tags.add(name, TagKind(kind), domains.get(domain))


def _add_strengths(
    repos: Repositories, domains: dict[str, int], clock: _DemoClock, start: date
) -> dict[str, int]:
    clock.at(uk_time(start + timedelta(days=5), 20, 0))
    return {
        name: repos.strengths.add(name, description, StrengthKind(kind), domains.get(domain)).id
        for name, kind, domain, description in texts.STRENGTHS
    }


def _add_checkins(
    repos: Repositories, days: list[DemoDay], keys: dict[str, str], clock: _DemoClock
) -> None:
    for day in days:
        for place, checkin in enumerate(day.checkins):
            clock.at(checkin.recorded_at)
            repos.checkins.add(
                recorded_at=checkin.recorded_at,
                values={keys[key]: value for key, value in checkin.values.items()},
                tags=checkin.tags, note=checkin.note,
                feelings=feelings_for(day, place, checkin.values.get("mood")),
            )


def _add_strength_uses(
    repos: Repositories, days: list[DemoDay], strengths: dict[str, int], clock: _DemoClock,
    rng: Random,
) -> None:
    for day in days:
        for tag, strength, chance in _STRENGTH_TRIGGERS:
            if tag in day.tags and rng.random() < chance:
                clock.at(uk_time(day.day, 21, 30))
                repos.strengths.log_use(strengths[strength], day.day,
                                        rng.choice(texts.STRENGTH_USE_NOTES), tags=(tag,))
        if rng.random() < (0.2 if day.hard_patch else 0.03):
            clock.at(uk_time(day.day, 21, 45))
            name = rng.choice(("Patience", "Asking for help", "Sense of humour"))
            repos.strengths.log_use(strengths[name], day.day,
                                    rng.choice(texts.STRENGTH_USE_NOTES))


def _add_goals(
    repos: Repositories, domains: dict[str, int], strengths: dict[str, int],
    clock: _DemoClock, start: date, end: date,
) -> None:
    # Open goals stand at different points, as a person's goals do.
    active_finals = iter(_ACTIVE_PROGRESS * len(texts.GOALS))
    for spec, (opened, closed, helpers, target) in zip(texts.GOALS, _GOAL_TIMES, strict=True):
        title, why, domain, status, steps, notes = spec
        last = closed if closed is not None else DAYS - 1
        clock.at(uk_time(start + timedelta(days=opened), 19, 0))
        goal = repos.goals.add(
            title, why, domains.get(domain),
            target_date=end + timedelta(days=target) if target is not None else None,
            strength_ids=[strengths[name] for name in helpers],
        )
        span = max(1, (last - opened) // (len(steps) + 1))
        done_count = {"achieved": len(steps), "active": len(steps) - 2}.get(status, 1)
        for number, step_title in enumerate(steps, start=1):
            due = start + timedelta(days=opened + number * span)
            step = repos.goals.add_step(goal.id, step_title, due_on=due)
            if number <= done_count:
                clock.at(uk_time(due - timedelta(days=2), 18, 15))
                repos.goals.set_step_done(step.id, True)
        final = {"achieved": 100, "let_go": 30, "paused": 40}.get(status) or next(active_finals)
        for number, note in enumerate(notes, start=1):
            reviewed = start + timedelta(days=opened + number * (last - opened) // len(notes))
            progress = final * number // len(notes)
            repos.goals.add_review(goal.id, min(reviewed, end), progress, note)
        if closed is not None:
            clock.at(uk_time(start + timedelta(days=closed), 20, 0))
            repos.goals.set_status(goal.id, GoalStatus(status))


def _add_plan(repos: Repositories, clock: _DemoClock, start: date) -> None:
    for offset, key in enumerate(texts.PLAN_FIRST_DRAFTS):
        clock.at(uk_time(start + timedelta(days=12 + offset), 20, 0))
        repos.plan.save(key, texts.PLAN_FIRST_DRAFTS[key])
    for offset, key in enumerate(PlanSectionKey):
        clock.at(uk_time(start + timedelta(days=40 + 9 * offset), 20, 30))
        repos.plan.save(key, texts.PLAN_BODIES[key])


def _add_people(repos: Repositories, clock: _DemoClock, start: date) -> None:
    clock.at(uk_time(start + timedelta(days=45), 18, 0))
    for name, relationship, phone, email, helps_with, stages, in_crisis in texts.SUPPORTERS:
        repos.supporters.add(name, relationship=relationship, phone=phone, email=email,
                             helps_with=helps_with, plan_stages=stages, in_crisis_plan=in_crisis)
    repos.helplines.add(*texts.OWN_HELPLINE)
