"""The shared helpers for ordered lists and undoable deletes accept only their own tables."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from recovery_journal.storage import ordering, softdelete
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.goals import Goals
from recovery_journal.storage.helplines import Helplines
from recovery_journal.storage.vault import Vault

NOW = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize("table", ["tag", "checkin", "measure; DROP TABLE tag", ""])
def test_ordering_refuses_tables_without_an_order(vault: Vault, table: str) -> None:
    with vault.write() as w, pytest.raises(ValueError):
        ordering.renumber(w, table)


def test_a_scoped_list_needs_its_scope_and_others_refuse_one(vault: Vault) -> None:
    with vault.write() as w:
        with pytest.raises(ValueError):
            ordering.ids_in_order(w, "goal_step")
        with pytest.raises(ValueError):
            ordering.next_position(w, "helpline", 1)


def test_steps_are_ordered_within_their_own_goal(vault: Vault) -> None:
    goals = Goals(vault)
    one, two = goals.add("one"), goals.add("two")
    a, b = goals.add_step(one.id, "a"), goals.add_step(one.id, "b")
    c = goals.add_step(two.id, "c")
    assert c.position == 0
    with vault.write() as w:
        ordering.move(w, "goal_step", b.id, 0, one.id)
        with pytest.raises(NotFoundError):
            ordering.move(w, "goal_step", c.id, 0, one.id)
    assert [s.title for s in goals.get(one.id).steps] == ["b", "a"]
    assert [s.position for s in goals.get(one.id).steps] == [0, 1]
    assert goals.get(two.id).steps[0].id == c.id and a.id != c.id


def test_move_of_a_missing_row_is_not_found(vault: Vault) -> None:
    Helplines(vault).add("GP")
    with vault.write() as w, pytest.raises(NotFoundError):
        ordering.move(w, "helpline", 999, 0)


@pytest.mark.parametrize("table", ["tag", "helpline", "draft; DROP TABLE tag"])
def test_softdelete_refuses_tables_without_an_undoable_delete(vault: Vault, table: str) -> None:
    with vault.write() as w:
        with pytest.raises(ValueError):
            softdelete.set_aside(w, table, 1, NOW)
        with pytest.raises(ValueError):
            softdelete.restore(w, table, 1)
        with pytest.raises(ValueError):
            softdelete.purge(w, table, NOW)


def test_a_step_of_a_deleted_goal_can_be_neither_deleted_nor_restored(vault: Vault) -> None:
    goals = Goals(vault)
    goal = goals.add("g")
    step = goals.add_step(goal.id, "s")
    goals.delete(goal.id)
    with vault.write() as w:
        with pytest.raises(NotFoundError):
            softdelete.set_aside(w, "goal_step", step.id, NOW)
        with pytest.raises(NotFoundError):
            softdelete.restore(w, "goal_step", step.id)
