"""The support network: people in the person's order, plan stages, crisis contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage import errors
from recovery_journal.storage.supporters import Supporters
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import stepping_clock


@pytest.fixture
def supporters(vault: Vault) -> Supporters:
    stepping_clock(vault)
    return Supporters(vault)


def names(people: Supporters) -> list[str]:
    return [s.name for s in people.list()]


def test_add_and_get_round_trip(supporters: Supporters) -> None:
    jo = supporters.add(
        " Jo ", "Sister", "07700 900123", "jo@example.org", "Listens without fixing",
        [PlanSectionKey.CRISIS, "breaking_down", PlanSectionKey.CRISIS], True, False,
    )
    assert jo == supporters.get(jo.id)
    assert (jo.name, jo.relationship, jo.phone, jo.email, jo.helps_with) == (
        "Jo", "Sister", "07700 900123", "jo@example.org", "Listens without fixing")
    # Stages are kept once each, in the plan's order.
    assert jo.plan_stages == (PlanSectionKey.BREAKING_DOWN, PlanSectionKey.CRISIS)
    assert (jo.in_crisis_plan, jo.do_not_contact, jo.position) == (True, False, 0)
    plain = supporters.add("Sam")
    assert (plain.relationship, plain.phone, plain.email, plain.helps_with) == ("", "", "", "")
    assert (plain.plan_stages, plain.in_crisis_plan, plain.do_not_contact, plain.position) == (
        (), False, False, 1)


def test_plan_stages_are_stored_comma_separated(vault: Vault, supporters: Supporters) -> None:
    person = supporters.add("Ana", plan_stages=["crisis", "well", "triggers"])
    assert vault.query_one("SELECT plan_stages FROM supporter WHERE id = ?", (person.id,)) == (
        "well,triggers,crisis",)
    with pytest.raises(ValueError):
        supporters.add("Bo", plan_stages=["not a stage"])
    with pytest.raises(ValueError):
        supporters.update(person.id, plan_stages=["crisis,well"])
    assert names(supporters) == ["Ana"]


def test_add_refuses_an_empty_name(supporters: Supporters) -> None:
    for name in ["", "  ", "\t"]:
        with pytest.raises(ValueError):
            supporters.add(name)
    assert supporters.list() == []


def test_update_each_field(supporters: Supporters) -> None:
    person = supporters.add("Kim", "Friend", "1", "k@x", "Walks")
    assert supporters.update(person.id, name="Kim L").name == "Kim L"
    assert supporters.update(person.id, relationship="Neighbour").relationship == "Neighbour"
    assert supporters.update(person.id, phone="2").phone == "2"
    assert supporters.update(person.id, email="kim@x").email == "kim@x"
    assert supporters.update(person.id, helps_with="Shopping").helps_with == "Shopping"
    staged = supporters.update(person.id, plan_stages=[PlanSectionKey.DAILY])
    assert staged.plan_stages == (PlanSectionKey.DAILY,)
    assert supporters.update(person.id, in_crisis_plan=True).in_crisis_plan is True
    assert supporters.update(person.id, do_not_contact=True).do_not_contact is True
    final = supporters.update(person.id, plan_stages=[])
    assert (final.name, final.relationship, final.phone, final.email, final.helps_with) == (
        "Kim L", "Neighbour", "2", "kim@x", "Shopping")
    assert (final.plan_stages, final.in_crisis_plan, final.do_not_contact) == ((), True, True)
    assert supporters.update(person.id) == final
    with pytest.raises(ValueError):
        supporters.update(person.id, name=" ")
    with pytest.raises(errors.NotFoundError):
        supporters.update(999, name="x")
    assert supporters.get(person.id) == final


def test_move_renumbers(supporters: Supporters) -> None:
    ids = {name: supporters.add(name).id for name in "abcd"}
    assert supporters.move(ids["a"], 2).position == 2
    assert names(supporters) == ["b", "c", "a", "d"]
    supporters.move(ids["d"], 0)
    assert names(supporters) == ["d", "b", "c", "a"]
    supporters.move(ids["d"], 50)
    assert names(supporters) == ["b", "c", "a", "d"]
    supporters.move(ids["a"], -1)
    assert names(supporters) == ["a", "b", "c", "d"]
    assert [s.position for s in supporters.list()] == [0, 1, 2, 3]
    with pytest.raises(errors.NotFoundError):
        supporters.move(999, 0)


def test_crisis_contacts(supporters: Supporters) -> None:
    supporters.add("Not in plan")
    first = supporters.add("Crisis one", in_crisis_plan=True)
    supporters.add("Asked not to be contacted", in_crisis_plan=True, do_not_contact=True)
    second = supporters.add("Crisis two", in_crisis_plan=True)
    assert supporters.crisis_contacts() == [first, second]
    supporters.move(second.id, 0)
    assert [s.id for s in supporters.crisis_contacts()] == [second.id, first.id]
    supporters.update(first.id, do_not_contact=True)
    assert [s.id for s in supporters.crisis_contacts()] == [second.id]
    supporters.delete(second.id)
    assert supporters.crisis_contacts() == []


def test_delete_restore_keeps_the_place(supporters: Supporters) -> None:
    a, b, c = (supporters.add(name) for name in "abc")
    supporters.delete(b.id)
    supporters.delete(a.id)
    assert [(s.name, s.position) for s in supporters.list()] == [("c", 0)]
    with pytest.raises(errors.NotFoundError):
        supporters.get(a.id)
    with pytest.raises(errors.NotFoundError):
        supporters.delete(a.id)
    assert [s.id for s in supporters.recently_deleted()] == [a.id, b.id]
    assert [s.id for s in supporters.recently_deleted(limit=1)] == [a.id]
    # Undone in the reverse order of deleting, everyone is back where they were.
    assert supporters.restore(a.id) == a
    assert supporters.restore(b.id).position == 1
    assert [(s.name, s.position) for s in supporters.list()] == [("a", 0), ("b", 1), ("c", 2)]
    assert supporters.recently_deleted() == []
    with pytest.raises(errors.NotFoundError):
        supporters.restore(999)


def test_purge_deleted(vault: Vault, supporters: Supporters) -> None:
    old = supporters.add("old")
    new = supporters.add("new")
    keep = supporters.add("keep")
    supporters.delete(old.id)
    cutoff = vault.now()
    supporters.delete(new.id)
    assert supporters.purge_deleted(cutoff) == 1
    with pytest.raises(errors.NotFoundError):
        supporters.restore(old.id)
    assert [s.id for s in supporters.recently_deleted()] == [new.id]
    assert supporters.purge_deleted(datetime(2100, 1, 1, tzinfo=UTC)) == 1
    assert [s.id for s in supporters.list()] == [keep.id]


def test_soft_delete_survives_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    stepping_clock(vault)
    supporters = Supporters(vault)
    gone = supporters.add("Gone", plan_stages=["crisis"], in_crisis_plan=True)
    supporters.add("Kept")
    supporters.delete(gone.id)
    path = Path(vault.path)
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        supporters = Supporters(reopened)
        assert supporters.recently_deleted() == [gone]
        assert supporters.restore(gone.id) == gone
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert names(Supporters(reopened)) == ["Gone", "Kept"]
        assert Supporters(reopened).crisis_contacts() == [gone]


ODD_TEXT = ["emoji 🤝🏿", "rtl \u202eeman\u202c", "nul \x00 in", "ctrl \x08\x1b", "ü" * 400]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_text_round_trips(supporters: Supporters, text: str) -> None:
    person = supporters.add(text, text, text, text, text)
    again = supporters.get(person.id)
    assert (again.name, again.relationship, again.phone, again.email, again.helps_with) == (
        text.strip(), text, text, text, text)


def test_a_lone_surrogate_is_kept_as_a_replacement_character(supporters: Supporters) -> None:
    person = supporters.add("\ud800", phone="0\udc00")
    assert (person.name, person.phone) == ("\ufffd", "0\ufffd")
    assert supporters.update(person.id, helps_with="\ud800 x").helps_with == "\ufffd x"
