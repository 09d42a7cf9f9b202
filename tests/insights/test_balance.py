"""Life balance: activity per life area, this period beside the one before."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from recovery_journal.insights.balance import (
    balance,
    previous_period,
    step_events,
    strength_events,
    tag_events,
)
from recovery_journal.insights.strengths import NO_AREA, strength_counts
from recovery_journal.model import (
    Goal,
    GoalStatus,
    GoalStep,
    LifeDomain,
    Strength,
    StrengthKind,
    StrengthUse,
    Tag,
    TagKind,
)

D = date(2025, 3, 10)
HEALTH = LifeDomain(id=1, name="Physical health", position=0, archived=False)
FRIENDS = LifeDomain(id=2, name="Friends", position=1, archived=False)
OLD = LifeDomain(id=3, name="Old area", position=2, archived=True)


def strength(id: int, area: int | None) -> Strength:
    return Strength(id=id, name=f"S{id}", description="", kind=StrengthKind.QUALITY,
                    life_domain_id=area, archived=False)


def use(strength_id: int, day: date) -> StrengthUse:
    return StrengthUse(id=0, strength_id=strength_id, occurred_on=day, note="", tags=())


def test_previous_period_has_the_same_length() -> None:
    assert previous_period(D, D + timedelta(days=6)) == (D - timedelta(days=7),
                                                          D - timedelta(days=1))
    assert previous_period(D, D) == (D - timedelta(days=1), D - timedelta(days=1))


def test_domain_totals_from_tags_strengths_and_steps_and_the_period_before() -> None:
    tags = [Tag(1, "Walk", TagKind.ACTIVITY, 1, False), Tag(2, "pub", TagKind.PLACE, 2, False),
            Tag(3, "rest", TagKind.ACTIVITY, None, False)]
    tagged = [(D, ("walk", "pub", "rest")), (D + timedelta(days=1), ("Walk",)),
              (D - timedelta(days=3), ("pub",))]
    strengths = [strength(1, 1), strength(2, None)]
    uses = [use(1, D), use(2, D), use(1, D - timedelta(days=1))]
    done = datetime(2025, 3, 12, 10, tzinfo=UTC)
    goal = Goal(id=1, title="g", why="", life_domain_id=2, status=GoalStatus.ACTIVE,
                target_date=None, created_at=done, closed_at=None, strength_ids=(),
                steps=(GoalStep(1, 1, "a", 0, None, done), GoalStep(2, 1, "b", 1, None, None)),
                reviews=())
    events = [*tag_events(tagged, tags), *strength_events(uses, strengths), *step_events([goal])]
    result = balance(events, [FRIENDS, HEALTH, OLD], D, D + timedelta(days=6))
    assert [(a.name, a.current, a.previous) for a in result.areas] == [
        ("Physical health", 3, 1),  # two walks and a strength use; one use the day before
        ("Friends", 2, 1),          # the pub and a done step; the pub three days before
    ]
    assert (result.total_current, result.total_previous) == (5, 2)


def test_a_hidden_area_is_shown_only_with_activity() -> None:
    result = balance([(D, 3)], [HEALTH, OLD], D, D)
    assert [a.name for a in result.areas] == ["Physical health", "Old area"]


def test_strength_counts_per_strength_and_area() -> None:
    strengths = [strength(1, 1), strength(2, None), strength(3, 2)]
    uses = [use(1, D), use(1, D), use(2, D), use(3, D), use(99, D)]
    counts = strength_counts(uses, strengths, {1: "Physical health", 2: "Friends"})
    assert counts.by_strength == (("S1", 2), ("S2", 1), ("S3", 1))
    assert counts.by_area == (("Physical health", 2), ("Friends", 1), (NO_AREA, 1))
    assert counts.total == 4
