"""Journal entries: writing, listing, tags, soft delete and odd text, against real vaults."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.storage import errors
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import START, stepping_clock

PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))



@pytest.fixture
def journal(vault: Vault) -> Journal:
    stepping_clock(vault)
    return Journal(vault)


def at(day: int, hour: int = 12, tz: timezone = UTC) -> datetime:
    return datetime(2026, 2, day, hour, 0, tzinfo=tz)


def test_add_and_get_round_trip(journal: Journal) -> None:
    entry = journal.add(written_at=at(3, 20, PLUS2), title="A walk", body="Long walk.",
                        tags=["walking", "Park", "park "])
    again = journal.get(entry.id)
    assert again == entry
    assert entry.written_at == at(3, 20, PLUS2)
    assert entry.written_at.utcoffset() == timedelta(hours=2)
    assert (entry.title, entry.body) == ("A walk", "Long walk.")
    assert entry.tags == ("Park", "walking")
    assert entry.local_date == date(2026, 2, 3)
    assert entry.created_at == entry.updated_at == START + timedelta(minutes=1)


def test_local_date_uses_the_entrys_own_offset(journal: Journal) -> None:
    # 23:30 in New York is already the next day in UTC.
    late = datetime(2026, 2, 3, 23, 30, tzinfo=MINUS5)
    assert journal.add(written_at=late).local_date == date(2026, 2, 3)


def test_empty_entry_is_allowed(journal: Journal) -> None:
    entry = journal.add(written_at=at(1))
    assert (entry.title, entry.body, entry.tags) == ("", "", ())


def test_naive_time_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError):
        journal.add(written_at=datetime(2026, 2, 1, 12, 0), body="x")
    assert journal.count() == 0


def test_update_each_field(journal: Journal) -> None:
    entry = journal.add(written_at=at(1), title="t", body="b", tags=["one", "two"])
    changed = journal.update(entry.id, title="new title")
    assert (changed.title, changed.body, changed.tags) == ("new title", "b", ("one", "two"))
    assert changed.updated_at > entry.updated_at
    assert changed.created_at == entry.created_at
    changed = journal.update(entry.id, body="new body")
    assert (changed.title, changed.body) == ("new title", "new body")
    changed = journal.update(entry.id, tags=["three"])
    assert changed.tags == ("three",)
    changed = journal.update(entry.id, tags=[])
    assert changed.tags == ()
    moved = journal.update(entry.id, written_at=datetime(2026, 1, 5, 1, 0, tzinfo=PLUS2))
    assert moved.local_date == date(2026, 1, 5)
    assert moved.written_at == datetime(2026, 1, 5, 1, 0, tzinfo=PLUS2)
    assert journal.get(entry.id) == moved


def test_missing_ids_raise_not_found(journal: Journal) -> None:
    for call in (
        lambda: journal.get(99), lambda: journal.update(99, title="x"),
        lambda: journal.delete(99), lambda: journal.restore(99),
    ):
        with pytest.raises(errors.NotFoundError):
            call()


def test_list_newest_first_by_moment_across_offsets(journal: Journal) -> None:
    # 10:00 at +02:00 is 08:00 UTC, earlier than 09:00 UTC even though "10" > "09".
    early = journal.add(written_at=datetime(2026, 2, 1, 10, 0, tzinfo=PLUS2), title="early")
    late = journal.add(written_at=datetime(2026, 2, 1, 9, 0, tzinfo=UTC), title="late")
    older = journal.add(written_at=at(1, 1), title="older")
    assert [e.id for e in journal.list()] == [late.id, early.id, older.id]


def test_list_limit_offset_and_filters(journal: Journal) -> None:
    ids = [journal.add(written_at=at(day), body=str(day), tags=["sleep"] if day % 2 else [])
           .id for day in range(1, 11)]
    newest_first = ids[::-1]
    assert [e.id for e in journal.list()] == newest_first
    assert [e.id for e in journal.list(limit=3)] == newest_first[:3]
    assert [e.id for e in journal.list(limit=3, offset=3)] == newest_first[3:6]
    assert [e.id for e in journal.list(offset=8)] == newest_first[8:]
    assert journal.list(limit=0) == []
    in_range = journal.list(start=date(2026, 2, 3), end=date(2026, 2, 5))
    assert [e.body for e in in_range] == ["5", "4", "3"]
    assert [e.body for e in journal.list(start=date(2026, 2, 9))] == ["10", "9"]
    assert [e.body for e in journal.list(end=date(2026, 2, 2))] == ["2", "1"]
    assert [e.body for e in journal.list(tag="SLEEP")] == ["9", "7", "5", "3", "1"]
    assert [e.body for e in journal.list(tag="sleep", start=date(2026, 2, 4))] == ["9", "7", "5"]
    assert journal.list(tag="no such tag") == []
    assert journal.count() == 10
    assert journal.count(tag="Sleep") == 5
    assert journal.count(start=date(2026, 2, 3), end=date(2026, 2, 5)) == 3


def test_delete_restore_and_recently_deleted(journal: Journal) -> None:
    first = journal.add(written_at=at(1), body="first")
    second = journal.add(written_at=at(2), body="second")
    keep = journal.add(written_at=at(3), body="keep")
    journal.delete(second.id)
    journal.delete(first.id)
    with pytest.raises(errors.NotFoundError):
        journal.get(first.id)
    with pytest.raises(errors.NotFoundError):
        journal.delete(first.id)
    assert [e.id for e in journal.list()] == [keep.id]
    assert journal.count() == 1
    assert [e.id for e in journal.recently_deleted()] == [first.id, second.id]
    assert [e.id for e in journal.recently_deleted(limit=1)] == [first.id]
    assert journal.restore(first.id) == first
    assert [e.id for e in journal.recently_deleted()] == [second.id]
    assert [e.id for e in journal.list()] == [keep.id, first.id]


def test_purge_deleted_removes_only_older_deletions(vault: Vault, journal: Journal) -> None:
    old = journal.add(written_at=at(1), body="old")
    new = journal.add(written_at=at(2), body="new")
    live = journal.add(written_at=at(3), body="live")
    journal.delete(old.id)
    cutoff = vault.now()
    journal.delete(new.id)
    assert journal.purge_deleted(cutoff) == 1
    assert [e.id for e in journal.recently_deleted()] == [new.id]
    with pytest.raises(errors.NotFoundError):
        journal.restore(old.id)
    assert journal.restore(new.id).body == "new"
    assert journal.get(live.id).body == "live"
    assert vault.query_one("SELECT count(*) FROM journal_entry") == (2,)


def test_purge_compares_moments_not_text(vault: Vault, journal: Journal) -> None:
    entry = journal.add(written_at=at(1), body="x")
    vault.clock = lambda: datetime(2026, 3, 1, 11, 0, tzinfo=PLUS2)  # 09:00 UTC
    journal.delete(entry.id)
    # 09:30 UTC is after the deletion although "09:30" < "11:00" as text.
    assert journal.purge_deleted(datetime(2026, 3, 1, 9, 30, tzinfo=UTC)) == 1


def test_soft_delete_survives_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    stepping_clock(vault)
    journal = Journal(vault)
    entry = journal.add(written_at=at(1), title="kept", tags=["x"])
    other = journal.add(written_at=at(2), title="other")
    journal.delete(entry.id)
    journal.delete(other.id)
    path = Path(vault.path)
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        journal = Journal(reopened)
        assert [e.id for e in journal.recently_deleted()] == [other.id, entry.id]
        assert journal.list() == []
        assert journal.restore(entry.id) == entry
        assert journal.purge_deleted(datetime(2100, 1, 1, tzinfo=UTC)) == 1
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert [e.id for e in Journal(reopened).list()] == [entry.id]
        assert Journal(reopened).recently_deleted() == []


ODD_TEXT = [
    "emoji 😊🏳️‍🌈 and 👩🏽‍🚀",
    "right-to-left \u202eoverride\u202c and עברית",
    "nul \x00 in the middle",
    "control \x01\x07\x1b[31m chars",
    "zero width \u200b\ufeff",
    "line\r\nbreaks\n\ttab",
    "a" * 10_000,
]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_text_round_trips(journal: Journal, text: str) -> None:
    entry = journal.add(written_at=at(1), title=text, body=text, tags=[text[:40]])
    assert journal.get(entry.id).title == text
    assert journal.get(entry.id).body == text
    assert journal.update(entry.id, body=text + text).body == text + text


def test_a_lone_surrogate_is_kept_as_a_replacement_character(journal: Journal) -> None:
    entry = journal.add(
        written_at=at(1), title="broken \ud800 title", body="broken \udfff body", tags=["\ud83d"]
    )
    again = journal.get(entry.id)
    assert (again.title, again.body, again.tags) == (
        "broken \ufffd title", "broken \ufffd body", ("\ufffd",))
    changed = journal.update(entry.id, title="\udc00", body="a\ud800b", tags=["t\udfff"])
    assert (changed.title, changed.body, changed.tags) == ("\ufffd", "a\ufffdb", ("t\ufffd",))
    assert journal.list(tag="t\ud800") == [journal.get(entry.id)]


def test_split_surrogate_pair_is_joined(journal: Journal) -> None:
    entry = journal.add(written_at=at(1), body="smile \ud83d\ude00")
    assert journal.get(entry.id).body == "smile 😀"


def test_tag_filter_with_odd_names_never_raises(journal: Journal) -> None:
    journal.add(written_at=at(1), tags=["x"])
    for name in ["\ud800", "\x00", "", "  ", "'; DROP TABLE tag; --"]:
        assert journal.list(tag=name) == []
        assert journal.count(tag=name) == 0
