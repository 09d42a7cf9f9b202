"""Drafts against real vaults: unsaved text kept, replaced, listed and discarded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from recovery_journal.storage.drafts import Drafts
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import Clock


@pytest.fixture
def clock(vault: Vault) -> Clock:
    clock = Clock(datetime(2026, 4, 2, 8, 30, tzinfo=UTC), step=5)
    vault.clock = clock
    return clock


@pytest.fixture
def drafts(vault: Vault) -> Drafts:
    return Drafts(vault)


def test_save_and_get_round_trip(drafts: Drafts, clock: Clock) -> None:
    saved = drafts.save("journal:new", "Dear diary,")
    assert saved == drafts.get("journal:new")
    assert (saved.key, saved.body, saved.updated_at) == ("journal:new", "Dear diary,", clock.now)


def test_saving_again_replaces_the_draft(drafts: Drafts, clock: Clock) -> None:
    drafts.save("journal:12", "first")
    later = clock.tick()
    again = drafts.save("journal:12", "second")
    assert (again.body, again.updated_at) == ("second", later)
    assert drafts.all() == [again]


def test_an_empty_body_is_kept_as_a_draft(drafts: Drafts) -> None:
    # Clearing an entry's text is an unsaved change too.
    drafts.save("journal:12", "")
    draft = drafts.get("journal:12")
    assert draft is not None
    assert draft.body == ""


def test_get_of_a_missing_draft(drafts: Drafts) -> None:
    assert drafts.get("nothing") is None


def test_discard(drafts: Drafts) -> None:
    drafts.save("a", "1")
    drafts.save("b", "2")
    drafts.discard("a")
    assert drafts.get("a") is None
    assert [d.key for d in drafts.all()] == ["b"]
    drafts.discard("a")
    drafts.discard("never there")
    assert [d.key for d in drafts.all()] == ["b"]


def test_all_is_most_recently_saved_first(drafts: Drafts, clock: Clock) -> None:
    assert drafts.all() == []
    for key in ("plan:crisis", "journal:new", "checkin:note"):
        clock.tick()
        drafts.save(key, key)
    clock.tick()
    drafts.save("plan:crisis", "edited")
    assert [d.key for d in drafts.all()] == ["plan:crisis", "checkin:note", "journal:new"]


def test_order_holds_for_clocks_in_other_offsets(drafts: Drafts, vault: Vault) -> None:
    vault.clock = lambda: datetime(2026, 4, 2, 10, 0, tzinfo=timezone(timedelta(hours=5)))
    drafts.save("earlier", "x")
    vault.clock = lambda: datetime(2026, 4, 2, 6, 0, tzinfo=UTC)
    drafts.save("later", "y")
    assert [d.key for d in drafts.all()] == ["later", "earlier"]


def test_an_empty_key_is_refused(drafts: Drafts) -> None:
    with pytest.raises(ValueError):
        drafts.save("", "text")
    assert drafts.all() == []


@pytest.mark.parametrize(
    "body",
    ["emoji 🙂👩🏽‍🦱", "\u202eRTL\u202c עברית", "nul\x00inside", "ctrl\x01\x1b[2J"],
)
def test_odd_text_round_trips(drafts: Drafts, body: str) -> None:
    drafts.save("k", body)
    draft = drafts.get("k")
    assert draft is not None
    assert draft.body == body


def test_a_five_megabyte_draft(drafts: Drafts) -> None:
    body = "Ünïcødé 🙂 " * 500_000
    drafts.save("journal:new", body)
    draft = drafts.get("journal:new")
    assert draft is not None
    assert draft.body == body


def test_a_lone_surrogate_never_stops_a_draft_being_kept(drafts: Drafts) -> None:
    assert drafts.save("k", "half \ud83d pair").body == "half \ufffd pair"
    draft = drafts.get("k")
    assert draft is not None
    assert draft.body == "half \ufffd pair"


def test_drafts_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    saved = Drafts(vault).save("journal:new", "typed before the lock")
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert Drafts(reopened).get("journal:new") == saved
