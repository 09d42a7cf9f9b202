"""Goals, their steps and reviews, against real vaults."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from recovery_journal.model import GoalStatus
from recovery_journal.storage import errors
from recovery_journal.storage.goals import Goals
from recovery_journal.storage.strengths import Strengths
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import START, domain_id, stepping_clock


@pytest.fixture
def goals(vault: Vault) -> Goals:
    stepping_clock(vault)
    return Goals(vault)



def titles(steps: Any) -> list[str]:
    return [step.title for step in steps]


# -- goals -----------------------------------------------------------------------------------


def test_add_and_get_round_trip(vault: Vault, goals: Goals) -> None:
    strengths = Strengths(vault)
    walking = strengths.add("Walking")
    kindness = strengths.add("Kindness")
    health = domain_id(vault, "Physical health")
    goal = goals.add("  Walk to the shop ", "To feel stronger", health, date(2026, 6, 1),
                     [kindness.id, walking.id, walking.id])
    assert goal == goals.get(goal.id)
    assert (goal.title, goal.why, goal.life_domain_id) == ("Walk to the shop", "To feel stronger",
                                                           health)
    assert (goal.status, goal.target_date, goal.closed_at) == (GoalStatus.ACTIVE,
                                                               date(2026, 6, 1), None)
    assert goal.created_at == START + timedelta(minutes=3)  # two strengths read it first
    assert goal.strength_ids == tuple(sorted((walking.id, kindness.id)))
    assert (goal.steps, goal.reviews) == ((), ())
    plain = goals.add("Rest")
    assert (plain.why, plain.life_domain_id, plain.target_date, plain.strength_ids) == (
        "", None, None, ())


def test_add_refuses_bad_input(goals: Goals) -> None:
    with pytest.raises(ValueError):
        goals.add("   ")
    with pytest.raises(errors.NotFoundError):
        goals.add("x", life_domain_id=999)
    with pytest.raises(errors.NotFoundError):
        goals.add("x", strength_ids=[999])
    assert goals.list() == []


def test_update_each_field(vault: Vault, goals: Goals) -> None:
    strength = Strengths(vault).add("Patience")
    learning = domain_id(vault, "Learning")
    goal = goals.add("Read", life_domain_id=learning, target_date=date(2026, 5, 1))
    assert goals.update(goal.id, title="Read more").title == "Read more"
    assert goals.update(goal.id, why="I enjoy it").why == "I enjoy it"
    assert goals.update(goal.id, strength_ids=[strength.id]).strength_ids == (strength.id,)
    same = goals.update(goal.id)
    assert (same.life_domain_id, same.target_date, same.strength_ids) == (
        learning, date(2026, 5, 1), (strength.id,))
    assert goals.update(goal.id, target_date=date(2026, 7, 1)).target_date == date(2026, 7, 1)
    cleared = goals.update(goal.id, life_domain_id=None, target_date=None, strength_ids=[])
    assert (cleared.life_domain_id, cleared.target_date, cleared.strength_ids) == (None, None, ())
    assert (cleared.title, cleared.why) == ("Read more", "I enjoy it")
    with pytest.raises(ValueError):
        goals.update(goal.id, title="")
    with pytest.raises(errors.NotFoundError):
        goals.update(goal.id, strength_ids=[999])
    with pytest.raises(errors.NotFoundError):
        goals.update(999, title="x")
    assert goals.get(goal.id) == cleared


def test_deleted_strengths_leave_the_goal(vault: Vault, goals: Goals) -> None:
    strengths = Strengths(vault)
    strength = strengths.add("Humour")
    goal = goals.add("Laugh more", strength_ids=[strength.id])
    strengths.delete(strength.id)
    assert goals.get(goal.id).strength_ids == ()
    with pytest.raises(errors.NotFoundError):
        goals.update(goal.id, strength_ids=[strength.id])
    strengths.restore(strength.id)
    assert goals.get(goal.id).strength_ids == (strength.id,)


def test_status_sets_and_clears_closed_at(goals: Goals) -> None:
    goal = goals.add("Volunteer")
    paused = goals.set_status(goal.id, GoalStatus.PAUSED)
    assert (paused.status, paused.closed_at) == (GoalStatus.PAUSED, None)
    achieved = goals.set_status(goal.id, GoalStatus.ACHIEVED)
    assert achieved.status == GoalStatus.ACHIEVED
    assert achieved.closed_at is not None and achieved.closed_at > goal.created_at
    assert goals.set_status(goal.id, GoalStatus.ACHIEVED).closed_at == achieved.closed_at
    let_go = goals.set_status(goal.id, GoalStatus.LET_GO)
    assert let_go.status == GoalStatus.LET_GO
    assert let_go.closed_at is not None and let_go.closed_at > achieved.closed_at
    active = goals.set_status(goal.id, GoalStatus.ACTIVE)
    assert (active.status, active.closed_at) == (GoalStatus.ACTIVE, None)
    assert goals.set_status(goal.id, "let_go").status == GoalStatus.LET_GO  # type: ignore[arg-type]
    assert goals.set_status(goal.id, GoalStatus.PAUSED).closed_at is None
    with pytest.raises(ValueError):
        goals.set_status(goal.id, "failed")  # type: ignore[arg-type]
    with pytest.raises(errors.NotFoundError):
        goals.set_status(999, GoalStatus.ACTIVE)


def test_list_filters_by_status_and_domain(vault: Vault, goals: Goals) -> None:
    work = domain_id(vault, "Work & meaningful activity")
    a = goals.add("A", life_domain_id=work)
    b = goals.add("B")
    c = goals.add("C", life_domain_id=work)
    goals.set_status(b.id, GoalStatus.PAUSED)
    goals.set_status(c.id, GoalStatus.ACHIEVED)
    assert [g.id for g in goals.list()] == [a.id, b.id, c.id]
    assert [g.id for g in goals.list(GoalStatus.PAUSED)] == [b.id]
    assert [g.id for g in goals.list(life_domain_id=work)] == [a.id, c.id]
    assert [g.id for g in goals.list(GoalStatus.ACHIEVED, work)] == [c.id]
    assert goals.list(GoalStatus.LET_GO) == []
    assert goals.list() == [goals.get(a.id), goals.get(b.id), goals.get(c.id)]


def test_list_loads_steps_and_reviews_in_bulk(vault: Vault, goals: Goals) -> None:
    strength = Strengths(vault).add("Courage")
    for n in range(20):
        goal = goals.add(f"goal {n}", strength_ids=[strength.id])
        goals.add_step(goal.id, f"step {n}")
        goals.add_review(goal.id, date(2026, 1, 1), n)
    statements: list[str] = []
    vault._conn().set_trace_callback(statements.append)
    try:
        listed = goals.list()
    finally:
        vault._conn().set_trace_callback(None)
    assert len(listed) == 20
    assert all(len(g.steps) == 1 and len(g.reviews) == 1 and g.strength_ids for g in listed)
    assert [g.reviews[0].progress for g in listed] == list(range(20))
    assert len(statements) <= 4


def test_delete_restore_recently_deleted(goals: Goals) -> None:
    first = goals.add("First")
    goals.add_step(first.id, "a step")
    goals.add_review(first.id, date(2026, 1, 1), 40)
    first = goals.get(first.id)
    second = goals.add("Second")
    keep = goals.add("Keep")
    goals.delete(second.id)
    goals.delete(first.id)
    with pytest.raises(errors.NotFoundError):
        goals.get(first.id)
    with pytest.raises(errors.NotFoundError):
        goals.delete(first.id)
    with pytest.raises(errors.NotFoundError):
        goals.add_step(first.id, "x")
    with pytest.raises(errors.NotFoundError):
        goals.get_step(first.steps[0].id)
    assert [g.id for g in goals.list()] == [keep.id]
    assert goals.recently_deleted() == [first, second]
    assert [g.id for g in goals.recently_deleted(limit=1)] == [first.id]
    assert goals.restore(first.id) == first
    assert [g.id for g in goals.recently_deleted()] == [second.id]
    with pytest.raises(errors.NotFoundError):
        goals.restore(999)


def test_purge_deleted(vault: Vault, goals: Goals) -> None:
    old = goals.add("Old")
    goals.add_step(old.id, "cascades")
    live = goals.add("Live")
    old_step = goals.add_step(live.id, "old step")
    old_review = goals.add_review(live.id, date(2026, 1, 1), 10)
    new_step = goals.add_step(live.id, "new step")
    goals.delete(old.id)
    goals.delete_step(old_step.id)
    goals.delete_review(old_review.id)
    cutoff = vault.now()
    goals.delete_step(new_step.id)
    assert goals.purge_deleted(cutoff) == 3
    assert vault.query_one("SELECT count(*) FROM goal_step") == (1,)
    for restore, row_id in ((goals.restore, old.id), (goals.restore_step, old_step.id),
                            (goals.restore_review, old_review.id)):
        with pytest.raises(errors.NotFoundError):
            restore(row_id)
    assert goals.restore_step(new_step.id).title == "new step"


def test_soft_deletes_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    stepping_clock(vault)
    goals = Goals(vault)
    gone = goals.add("Gone for now")
    kept = goals.add("Kept")
    step = goals.add_step(kept.id, "step")
    review = goals.add_review(kept.id, date(2026, 2, 1), 50, "halfway")
    goals.delete_step(step.id)
    goals.delete_review(review.id)
    goals.delete(gone.id)
    path = Path(vault.path)
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        goals = Goals(reopened)
        assert [g.id for g in goals.recently_deleted()] == [gone.id]
        assert goals.recently_deleted_steps() == [step]
        assert goals.recently_deleted_reviews() == [review]
        assert goals.restore(gone.id) == gone
        assert goals.restore_step(step.id) == step
        assert goals.restore_review(review.id) == review
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        again = Goals(reopened).get(kept.id)
        assert (again.steps, again.reviews) == ((step,), (review,))


# -- steps -----------------------------------------------------------------------------------


def test_steps_round_trip_in_order(goals: Goals) -> None:
    goal = goals.add("Cook more")
    first = goals.add_step(goal.id, " Buy a pan ", date(2026, 3, 5))
    second = goals.add_step(goal.id, "Try one recipe")
    assert first == goals.get_step(first.id)
    assert (first.goal_id, first.title, first.position, first.due_on, first.done_at) == (
        goal.id, "Buy a pan", 0, date(2026, 3, 5), None)
    assert (second.position, second.due_on) == (1, None)
    assert goals.get(goal.id).steps == (first, second)
    with pytest.raises(ValueError):
        goals.add_step(goal.id, " ")
    with pytest.raises(errors.NotFoundError):
        goals.add_step(999, "x")


def test_update_step(goals: Goals) -> None:
    goal = goals.add("g")
    step = goals.add_step(goal.id, "old", date(2026, 1, 1))
    assert goals.update_step(step.id, title="new").title == "new"
    assert goals.update_step(step.id).due_on == date(2026, 1, 1)
    assert goals.update_step(step.id, due_on=date(2026, 2, 2)).due_on == date(2026, 2, 2)
    cleared = goals.update_step(step.id, due_on=None)
    assert (cleared.title, cleared.due_on) == ("new", None)
    with pytest.raises(ValueError):
        goals.update_step(step.id, title="")
    with pytest.raises(errors.NotFoundError):
        goals.update_step(999, title="x")


def test_step_done_and_next_step(goals: Goals) -> None:
    goal = goals.add("g")
    assert goals.next_step(goal.id) is None
    a, b, c = (goals.add_step(goal.id, t) for t in "abc")
    assert goals.next_step(goal.id) == a
    done = goals.set_step_done(a.id, True)
    assert done.done_at is not None
    assert goals.set_step_done(a.id, True).done_at == done.done_at  # first tick is kept
    assert goals.next_step(goal.id) == b
    goals.set_step_done(c.id, True)
    assert goals.next_step(goal.id) == b
    goals.set_step_done(b.id, True)
    assert goals.next_step(goal.id) is None
    assert goals.set_step_done(a.id, False).done_at is None
    assert goals.next_step(goal.id) == goals.get_step(a.id)
    goals.move_step(a.id, 2)
    goals.set_step_done(b.id, False)
    assert goals.next_step(goal.id) == goals.get_step(b.id)
    with pytest.raises(errors.NotFoundError):
        goals.next_step(999)
    with pytest.raises(errors.NotFoundError):
        goals.set_step_done(999, True)


def test_move_step_renumbers(goals: Goals) -> None:
    goal = goals.add("g")
    for t in "abcd":
        goals.add_step(goal.id, t)
    steps = goals.get(goal.id).steps
    assert goals.move_step(steps[0].id, 2).position == 2
    assert titles(goals.get(goal.id).steps) == ["b", "c", "a", "d"]
    goals.move_step(steps[3].id, 0)
    assert titles(goals.get(goal.id).steps) == ["d", "b", "c", "a"]
    goals.move_step(steps[1].id, 99)  # past the end: last
    assert titles(goals.get(goal.id).steps) == ["d", "c", "a", "b"]
    goals.move_step(steps[1].id, -5)  # before the start: first
    final = goals.get(goal.id).steps
    assert titles(final) == ["b", "d", "c", "a"]
    assert [s.position for s in final] == [0, 1, 2, 3]
    with pytest.raises(errors.NotFoundError):
        goals.move_step(999, 0)


def test_delete_and_restore_step_keeps_its_place(goals: Goals) -> None:
    goal = goals.add("g")
    a, b, c = (goals.add_step(goal.id, t) for t in "abc")
    goals.delete_step(b.id)
    after = goals.get(goal.id).steps
    assert titles(after) == ["a", "c"]
    assert [s.position for s in after] == [0, 1]
    with pytest.raises(errors.NotFoundError):
        goals.get_step(b.id)
    with pytest.raises(errors.NotFoundError):
        goals.delete_step(b.id)
    assert goals.recently_deleted_steps() == [b]
    assert goals.add_step(goal.id, "d").position == 2
    assert goals.restore_step(b.id).position == 1
    restored = goals.get(goal.id).steps
    assert titles(restored) == ["a", "b", "c", "d"]
    assert [s.position for s in restored] == [0, 1, 2, 3]
    assert goals.recently_deleted_steps() == []
    with pytest.raises(errors.NotFoundError):
        goals.restore_step(999)


# -- reviews ---------------------------------------------------------------------------------


def test_reviews_round_trip_oldest_first(goals: Goals) -> None:
    goal = goals.add("g")
    later = goals.add_review(goal.id, date(2026, 3, 1), 60, "Going well")
    earlier = goals.add_review(goal.id, date(2026, 2, 1), 20)
    assert later == goals.get_review(later.id)
    assert (later.goal_id, later.reviewed_on, later.progress, later.note) == (
        goal.id, date(2026, 3, 1), 60, "Going well")
    assert goals.get(goal.id).reviews == (earlier, later)
    assert goals.add_review(goal.id, date(2026, 1, 1), 0).progress == 0
    assert goals.add_review(goal.id, date(2026, 1, 1), 100).progress == 100


@pytest.mark.parametrize("progress", [-1, 101, 50.5, True, "50"])
def test_review_progress_out_of_range_is_refused(goals: Goals, progress: Any) -> None:
    goal = goals.add("g")
    with pytest.raises(ValueError):
        goals.add_review(goal.id, date(2026, 1, 1), progress)
    assert goals.get(goal.id).reviews == ()


def test_delete_and_restore_review(goals: Goals) -> None:
    goal = goals.add("g")
    first = goals.add_review(goal.id, date(2026, 1, 1), 10)
    second = goals.add_review(goal.id, date(2026, 1, 2), 20)
    goals.delete_review(second.id)
    goals.delete_review(first.id)
    assert goals.get(goal.id).reviews == ()
    with pytest.raises(errors.NotFoundError):
        goals.get_review(first.id)
    with pytest.raises(errors.NotFoundError):
        goals.delete_review(first.id)
    assert goals.recently_deleted_reviews() == [first, second]
    assert goals.recently_deleted_reviews(limit=1) == [first]
    assert goals.restore_review(second.id) == second
    assert goals.get(goal.id).reviews == (second,)
    with pytest.raises(errors.NotFoundError):
        goals.restore_review(999)
    with pytest.raises(errors.NotFoundError):
        goals.add_review(999, date(2026, 1, 1), 5)


# -- odd text --------------------------------------------------------------------------------

ODD_TEXT = ["emoji 🎯🧗🏻‍♀️", "rtl \u202eevig\u202c", "nul \x00 in", "ctrl \x07\x1b", "ع" * 300]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_text_round_trips(goals: Goals, text: str) -> None:
    goal = goals.add(text, text)
    step = goals.add_step(goal.id, text)
    review = goals.add_review(goal.id, date(2026, 1, 1), 5, text)
    again = goals.get(goal.id)
    assert (again.title, again.why) == (text.strip(), text)
    assert goals.get_step(step.id).title == text.strip()
    assert goals.get_review(review.id).note == text


def test_a_lone_surrogate_is_kept_as_a_replacement_character(goals: Goals) -> None:
    goal = goals.add("\ud800", why="why \udc00")
    assert (goal.title, goal.why) == ("\ufffd", "why \ufffd")
    assert goals.add_step(goal.id, "step \ud800").title == "step \ufffd"
    assert goals.add_review(goal.id, date(2026, 1, 1), 5, "\ud800").note == "\ufffd"
    assert goals.update(goal.id, why="\ud800 again").why == "\ufffd again"
    assert goals.add("pair \ud83c\udf31").title == "pair 🌱"
