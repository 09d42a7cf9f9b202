"""The strengths inventory and its log of uses, against real vaults."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from recovery_journal.model import StrengthKind
from recovery_journal.storage import errors
from recovery_journal.storage.strengths import STARTER_STRENGTHS, Strengths
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import domain_id, stepping_clock


@pytest.fixture
def strengths(vault: Vault) -> Strengths:
    stepping_clock(vault)
    return Strengths(vault)



def day(n: int) -> date:
    return date(2026, 2, n)


# -- the inventory ---------------------------------------------------------------------------


def test_starter_strengths_are_suggestions_only(strengths: Strengths) -> None:
    assert 25 <= len(STARTER_STRENGTHS) <= 35
    names = [name for name, _, _ in STARTER_STRENGTHS]
    assert len(set(names)) == len(names)
    assert {kind for _, kind, _ in STARTER_STRENGTHS} == set(StrengthKind)
    assert {"Kindness", "Humour", "Persistence", "Cooking", "Listening", "The park",
            "My library card"} <= set(names)
    assert all(name.strip() and description.strip() for name, _, description in STARTER_STRENGTHS)
    assert strengths.list() == []  # nothing is added until the person picks one


def test_add_and_get_round_trip(vault: Vault, strengths: Strengths) -> None:
    health = domain_id(vault, "Physical health")
    added = strengths.add("  Walking ", "Clears my head", StrengthKind.SKILL, health)
    assert added == strengths.get(added.id)
    assert (added.name, added.description, added.kind) == ("Walking", "Clears my head",
                                                           StrengthKind.SKILL)
    assert (added.life_domain_id, added.archived) == (health, False)
    plain = strengths.add("Kindness")
    assert (plain.description, plain.kind, plain.life_domain_id) == ("", StrengthKind.QUALITY,
                                                                     None)


def test_add_refuses_bad_input(strengths: Strengths) -> None:
    for name in ["", "   ", "\n\t"]:
        with pytest.raises(ValueError):
            strengths.add(name)
    with pytest.raises(ValueError):
        strengths.add("x", kind="superpower")  # type: ignore[arg-type]
    with pytest.raises(errors.NotFoundError):
        strengths.add("x", life_domain_id=999)
    assert strengths.list() == []


def test_update_each_field(vault: Vault, strengths: Strengths) -> None:
    learning = domain_id(vault, "Learning")
    strength = strengths.add("Reading", life_domain_id=learning)
    assert strengths.update(strength.id, name="Books").name == "Books"
    assert strengths.update(strength.id, description="Libraries").description == "Libraries"
    assert strengths.update(strength.id, kind=StrengthKind.RESOURCE).kind == StrengthKind.RESOURCE
    unchanged = strengths.update(strength.id)
    assert unchanged.life_domain_id == learning
    assert strengths.update(strength.id, life_domain_id=None).life_domain_id is None
    final = strengths.update(strength.id, life_domain_id=learning)
    assert (final.name, final.description, final.kind, final.life_domain_id) == (
        "Books", "Libraries", StrengthKind.RESOURCE, learning)
    with pytest.raises(ValueError):
        strengths.update(strength.id, name=" ")
    with pytest.raises(errors.NotFoundError):
        strengths.update(strength.id, life_domain_id=999)
    with pytest.raises(errors.NotFoundError):
        strengths.update(999, name="x")
    assert strengths.get(strength.id) == final


def test_list_by_name_and_archived(strengths: Strengths) -> None:
    b = strengths.add("banana bread")
    a = strengths.add("Apple picking")
    c = strengths.add("Cycling")
    assert [s.id for s in strengths.list()] == [a.id, b.id, c.id]
    assert strengths.set_archived(b.id, True).archived is True
    assert [s.id for s in strengths.list()] == [a.id, c.id]
    assert [s.id for s in strengths.list(include_archived=True)] == [a.id, b.id, c.id]
    assert strengths.get(b.id).archived is True
    assert strengths.set_archived(b.id, False).archived is False
    assert [s.id for s in strengths.list()] == [a.id, b.id, c.id]
    with pytest.raises(errors.NotFoundError):
        strengths.set_archived(999, True)


def test_delete_restore_recently_deleted(strengths: Strengths) -> None:
    first = strengths.add("First")
    second = strengths.add("Second")
    keep = strengths.add("Keep")
    use = strengths.log_use(first.id, day(1))
    strengths.delete(second.id)
    strengths.delete(first.id)
    with pytest.raises(errors.NotFoundError):
        strengths.get(first.id)
    with pytest.raises(errors.NotFoundError):
        strengths.delete(first.id)
    with pytest.raises(errors.NotFoundError):
        strengths.log_use(first.id, day(2))
    assert [s.id for s in strengths.list()] == [keep.id]
    assert [s.id for s in strengths.recently_deleted()] == [first.id, second.id]
    assert [s.id for s in strengths.recently_deleted(limit=1)] == [first.id]
    # A deleted strength's uses are hidden with it, and come back with it.
    assert strengths.uses() == []
    assert strengths.use_counts(None, None) == {}
    assert strengths.restore(first.id) == first
    assert strengths.uses() == [use]
    assert [s.id for s in strengths.recently_deleted()] == [second.id]
    with pytest.raises(errors.NotFoundError):
        strengths.restore(999)


def test_purge_deleted(vault: Vault, strengths: Strengths) -> None:
    old = strengths.add("Old")
    strengths.log_use(old.id, day(1))
    other = strengths.add("Other")
    old_use = strengths.log_use(other.id, day(1))
    new = strengths.add("New")
    strengths.delete(old.id)
    strengths.delete_use(old_use.id)
    cutoff = vault.now()
    strengths.delete(new.id)
    assert strengths.purge_deleted(cutoff) == 2
    with pytest.raises(errors.NotFoundError):
        strengths.restore(old.id)
    with pytest.raises(errors.NotFoundError):
        strengths.restore_use(old_use.id)
    assert vault.query_one("SELECT count(*) FROM strength_use") == (0,)  # cascaded
    assert [s.id for s in strengths.recently_deleted()] == [new.id]
    assert strengths.restore(new.id).name == "New"


def test_soft_deletes_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    stepping_clock(vault)
    strengths = Strengths(vault)
    gone = strengths.add("Gone for now")
    kept = strengths.add("Kept")
    use = strengths.log_use(kept.id, day(3), "note", ["park"])
    strengths.delete_use(use.id)
    strengths.delete(gone.id)
    path = Path(vault.path)
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        strengths = Strengths(reopened)
        assert [s.id for s in strengths.recently_deleted()] == [gone.id]
        assert strengths.recently_deleted_uses() == [use]
        assert strengths.restore(gone.id) == gone
        assert strengths.restore_use(use.id) == use
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        strengths = Strengths(reopened)
        assert [s.id for s in strengths.list()] == [gone.id, kept.id]
        assert strengths.uses() == [use]


# -- uses ------------------------------------------------------------------------------------


def test_log_use_round_trip(strengths: Strengths) -> None:
    strength = strengths.add("Listening")
    use = strengths.log_use(strength.id, day(4), "Helped Sam", ["friends", "Phone", "phone"])
    assert use == strengths.get_use(use.id)
    assert (use.strength_id, use.occurred_on, use.note) == (strength.id, day(4), "Helped Sam")
    assert use.tags == ("friends", "Phone")
    bare = strengths.log_use(strength.id, day(5))
    assert (bare.note, bare.tags) == ("", ())


def test_update_use(strengths: Strengths) -> None:
    first = strengths.add("First")
    second = strengths.add("Second")
    use = strengths.log_use(first.id, day(1), "n", ["a"])
    assert strengths.update_use(use.id, note="changed").note == "changed"
    assert strengths.update_use(use.id, occurred_on=day(9)).occurred_on == day(9)
    assert strengths.update_use(use.id, tags=["b", "c"]).tags == ("b", "c")
    moved = strengths.update_use(use.id, strength_id=second.id)
    assert (moved.strength_id, moved.occurred_on, moved.note, moved.tags) == (
        second.id, day(9), "changed", ("b", "c"))
    assert strengths.update_use(use.id, tags=[]).tags == ()
    with pytest.raises(errors.NotFoundError):
        strengths.update_use(use.id, strength_id=999)
    with pytest.raises(errors.NotFoundError):
        strengths.update_use(999, note="x")


def test_uses_newest_first_with_filters(strengths: Strengths) -> None:
    a = strengths.add("A")
    b = strengths.add("B")
    uses = [strengths.log_use(a.id if n % 2 else b.id, day(n)) for n in range(1, 7)]
    assert [u.occurred_on for u in strengths.uses()] == [day(n) for n in range(6, 0, -1)]
    assert [u.id for u in strengths.uses(strength_id=a.id)] == [uses[4].id, uses[2].id,
                                                                uses[0].id]
    assert [u.occurred_on for u in strengths.uses(day(2), day(4))] == [day(4), day(3), day(2)]
    assert [u.occurred_on for u in strengths.uses(start=day(5))] == [day(6), day(5)]
    assert [u.occurred_on for u in strengths.uses(end=day(1))] == [day(1)]
    assert [u.occurred_on for u in strengths.uses(day(2), day(4), b.id)] == [day(4), day(2)]
    # Two uses on one day: the later one logged comes first.
    again = strengths.log_use(a.id, day(6))
    assert strengths.uses()[0] == again


def test_use_counts_in_one_range(strengths: Strengths) -> None:
    a = strengths.add("A")
    b = strengths.add("B")
    c = strengths.add("C")
    for n in (1, 2, 3, 10):
        strengths.log_use(a.id, day(n))
    strengths.log_use(b.id, day(2))
    gone = strengths.log_use(b.id, day(3))
    strengths.delete_use(gone.id)
    strengths.log_use(c.id, day(20))
    assert strengths.use_counts(day(1), day(3)) == {a.id: 3, b.id: 1}
    assert strengths.use_counts(day(2), day(2)) == {a.id: 1, b.id: 1}
    assert strengths.use_counts(None, None) == {a.id: 4, b.id: 1, c.id: 1}
    assert strengths.use_counts(day(4), None) == {a.id: 1, c.id: 1}
    assert strengths.use_counts(day(21), day(28)) == {}
    strengths.set_archived(c.id, True)
    assert strengths.use_counts(day(20), day(20)) == {c.id: 1}  # history stays when archived


def test_delete_and_restore_use(strengths: Strengths) -> None:
    strength = strengths.add("A")
    first = strengths.log_use(strength.id, day(1))
    second = strengths.log_use(strength.id, day(2))
    strengths.delete_use(second.id)
    strengths.delete_use(first.id)
    with pytest.raises(errors.NotFoundError):
        strengths.get_use(first.id)
    with pytest.raises(errors.NotFoundError):
        strengths.delete_use(first.id)
    assert strengths.uses() == []
    assert strengths.recently_deleted_uses() == [first, second]
    assert strengths.recently_deleted_uses(limit=1) == [first]
    assert strengths.restore_use(first.id) == first
    assert strengths.uses() == [first]
    with pytest.raises(errors.NotFoundError):
        strengths.restore_use(999)


ODD_TEXT = ["emoji 🌱💪🏾", "rtl \u202etxet\u202c", "nul \x00 here", "ctrl \x1b[0m", "ש" * 500]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_text_round_trips(strengths: Strengths, text: str) -> None:
    strength = strengths.add(text, text)
    assert (strengths.get(strength.id).name, strengths.get(strength.id).description) == (
        text.strip(), text)
    use = strengths.log_use(strength.id, day(1), text, [text])
    assert strengths.get_use(use.id).note == text
    assert strengths.get_use(use.id).tags == (" ".join(text.split()),)


def test_a_lone_surrogate_is_kept_as_a_replacement_character(strengths: Strengths) -> None:
    strength = strengths.add("bad \ud800", "bad \udc00")
    assert (strength.name, strength.description) == ("bad \ufffd", "bad \ufffd")
    use = strengths.log_use(strength.id, day(1), "\ud800", tags=["t\ud800"])
    assert (use.note, use.tags) == ("\ufffd", ("t\ufffd",))
    assert strengths.update_use(use.id, note="x\udfff").note == "x\ufffd"
    assert strengths.update(strength.id, description="\ud800").description == "\ufffd"
    assert strengths.add("pair \ud83c\udf31").name == "pair 🌱"
