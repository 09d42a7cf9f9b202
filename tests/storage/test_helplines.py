"""The person's own helplines against real vaults: add, change, order, remove."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.helplines import Helplines
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def helplines(vault: Vault) -> Helplines:
    return Helplines(vault)


def names(helplines: Helplines) -> list[str]:
    return [h.name for h in helplines.list()]


def test_a_new_vault_has_none(helplines: Helplines) -> None:
    assert helplines.list() == []


def test_add_round_trips_and_goes_last(helplines: Helplines) -> None:
    gp = helplines.add("  My GP ", " 01234 567890 ", "Mon–Fri 8:00–18:30\nAsk for Dr Shah")
    assert gp == helplines.get(gp.id)
    assert (gp.name, gp.contact, gp.position) == ("My GP", "01234 567890", 0)
    assert gp.details == "Mon–Fri 8:00–18:30\nAsk for Dr Shah"
    team = helplines.add("Crisis team")
    assert (team.contact, team.details, team.position) == ("", "", 1)
    assert helplines.list() == [gp, team]


def test_an_empty_name_is_refused(helplines: Helplines) -> None:
    with pytest.raises(ValueError, match="name"):
        helplines.add("  ", "999")
    assert helplines.list() == []
    made = helplines.add("Friend")
    with pytest.raises(ValueError, match="name"):
        helplines.update(made.id, name="")
    assert helplines.get(made.id) == made


def test_update_changes_only_what_is_given(helplines: Helplines) -> None:
    made = helplines.add("Friend", "07700 900123", "evenings")
    changed = helplines.update(made.id, contact="07700 900999")
    assert (changed.name, changed.contact, changed.details) == (
        "Friend", "07700 900999", "evenings",
    )
    assert helplines.update(made.id, name="Jo", details="") == helplines.get(made.id)
    assert helplines.get(made.id).name == "Jo"
    assert helplines.update(made.id) == helplines.get(made.id)


def test_delete_closes_the_gap(helplines: Helplines) -> None:
    first, second, third = (helplines.add(n) for n in ("A", "B", "C"))
    helplines.delete(second.id)
    assert [(h.name, h.position) for h in helplines.list()] == [("A", 0), ("C", 1)]
    with pytest.raises(NotFoundError):
        helplines.get(second.id)
    assert helplines.add("D").position == 2
    assert {first.id, third.id} <= {h.id for h in helplines.list()}


def test_move_renumbers_every_position(helplines: Helplines) -> None:
    a, b, c = (helplines.add(n) for n in ("A", "B", "C"))
    helplines.move(c.id, 0)
    assert names(helplines) == ["C", "A", "B"]
    helplines.move(c.id, 1)
    assert names(helplines) == ["A", "C", "B"]
    helplines.move(a.id, 10)
    assert names(helplines) == ["C", "B", "A"]
    helplines.move(b.id, -3)
    assert names(helplines) == ["B", "C", "A"]
    assert [h.position for h in helplines.list()] == [0, 1, 2]


def test_missing_ids(helplines: Helplines) -> None:
    calls: list[Callable[[], object]] = [
        lambda: helplines.get(7),
        lambda: helplines.update(7, name="x"),
        lambda: helplines.delete(7),
        lambda: helplines.move(7, 0),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            call()


def test_odd_text_round_trips(helplines: Helplines) -> None:
    made = helplines.add("خط المساعدة 🆘", "+44 (0)20 7946 0000", "\u202eRTL\u202c nul\x00 ok")
    assert helplines.get(made.id) == made
    assert made.details == "\u202eRTL\u202c nul\x00 ok"


def test_helplines_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    helplines = Helplines(vault)
    helplines.add("GP", "01234")
    helplines.move(helplines.add("Sam", "07700").id, 0)
    before = helplines.list()
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert Helplines(reopened).list() == before
