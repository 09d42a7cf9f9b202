"""The journal list's keyset pages: every live entry once, newest first, with the filters."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from recovery_journal.storage.journal import Journal
from recovery_journal.storage.journal_list import OPENING_CHARS, EntryLine
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

EAST = timezone(timedelta(hours=13))
WEST = timezone(timedelta(hours=-11))


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """90 entries: shuffled days in three zones, many at the very same moment, some tagged,
    some deleted."""
    vault = Vault.create(tmp_path_factory.mktemp("list") / "j.vault", PASSPHRASE,
                         kdf_iter=FAST_KDF)
    journal = Journal(vault)
    rng = random.Random(11)
    for n in range(90):
        when = datetime(2020, 1, 1, 9, tzinfo=UTC) + timedelta(days=rng.randint(0, 60),
                                                                hours=rng.randint(0, 23))
        if n % 9 == 0:
            when = datetime(2020, 2, 1, 12, tzinfo=UTC)  # ties in time: ids decide
        when = when.astimezone((UTC, EAST, WEST)[n % 3])
        entry = journal.add(written_at=when, title=f" title {n} ", body=f"line {n}\n" * 3,
                            tags=["rain"] if n % 4 == 0 else [])
        if n % 8 == 0:
            journal.delete(entry.id)
    yield journal
    vault.close()


def _walk(journal: Journal, size: int, **filters: object) -> list[EntryLine]:
    lines: list[EntryLine] = []
    while True:
        page = journal.summaries(limit=size, after=lines[-1] if lines else None,
                                 **filters)  # type: ignore[arg-type]
        assert len(page) <= size
        if not page:
            return lines
        lines += page


@pytest.mark.parametrize("size", [1, 7, 200])
def test_pages_hold_every_live_entry_once_newest_first(journal: Journal, size: int) -> None:
    expected = journal.list()
    lines = _walk(journal, size)
    assert [line.id for line in lines] == [entry.id for entry in expected]
    assert len(lines) == journal.count() == 90 - 12
    first = lines[0]
    entry = journal.get(first.id)
    assert (first.local_date, first.title, first.opening) == (
        entry.local_date, entry.title, entry.body)


@pytest.mark.parametrize(
    "filters",
    [{"start": date(2020, 1, 20)}, {"end": date(2020, 2, 1)},
     {"start": date(2020, 2, 1), "end": date(2020, 2, 1)}, {"tag": "rain"},
     {"start": date(2020, 1, 10), "end": date(2020, 2, 10), "tag": "rain"}],
)
def test_pages_keep_the_filters(journal: Journal, filters: dict[str, object]) -> None:
    expected = [entry.id for entry in journal.list(**filters)]  # type: ignore[arg-type]
    assert expected  # each filter keeps some entries and drops others
    assert len(expected) < journal.count()
    assert [line.id for line in _walk(journal, 5, **filters)] == expected


def test_only_the_opening_of_a_long_body_is_read(vault: Vault) -> None:
    journal = Journal(vault)
    entry = journal.add(written_at=datetime(2024, 5, 1, 8, tzinfo=UTC),
                        body="\n \t# - *\r\n\n## " + "é" * 10_000)
    [line] = journal.summaries(limit=5)
    assert line.id == entry.id
    assert line.opening == "é" * OPENING_CHARS  # from the first words on
    assert journal.summaries(limit=0) == []
    assert journal.summaries(limit=5, after=line) == []


def test_the_list_reads_the_live_index_without_sorting(journal: Journal) -> None:
    vault = journal._vault
    plan = " ".join(str(row) for row in vault.query(
        "EXPLAIN QUERY PLAN SELECT e.id FROM journal_entry e "
        "INDEXED BY journal_entry_live_newest WHERE e.deleted_at IS NULL "
        "AND julianday(e.written_at) <= ? AND (julianday(e.written_at) < ? OR e.id < ?) "
        "ORDER BY julianday(e.written_at) DESC, e.id DESC LIMIT 5", [2459000.0, 2459000.0, 9]))
    assert "journal_entry_live_newest" in plan
    assert "TEMP B-TREE" not in plan


def test_charts_read_days_and_tags_without_bodies(journal: Journal) -> None:
    start, end = date(2020, 1, 15), date(2020, 2, 15)
    expected = sorted((e.local_date, e.id, e.tags) for e in journal.list(start=start, end=end)
                      if e.tags)
    assert expected
    assert journal.tagged_days(start, end) == [(day, tags) for day, _, tags in expected]
    rainy = [e.local_date for e in journal.list(tag="rain")]
    assert journal.first_day_with_tag("RAIN") == min(rainy)
    assert journal.first_day_with_tag("snow") is None


def test_a_day_filter_keeps_entries_written_at_the_far_ends_of_the_world(vault: Vault) -> None:
    journal = Journal(vault)
    day = date(2020, 3, 10)
    kiribati, baker = timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))
    early = journal.add(written_at=datetime(2020, 3, 10, 0, 30, tzinfo=kiribati))  # 9th in UTC
    late = journal.add(written_at=datetime(2020, 3, 10, 23, 30, tzinfo=baker))  # 11th in UTC
    journal.add(written_at=datetime(2020, 3, 9, 23, 0, tzinfo=kiribati))
    journal.add(written_at=datetime(2020, 3, 11, 1, 0, tzinfo=baker))
    ids = [line.id for line in journal.summaries(limit=10, start=day, end=day)]
    assert ids == [late.id, early.id]


@pytest.mark.parametrize(
    "filters", [{}, {"tag": "rain"}, {"start": date(2020, 1, 20), "end": date(2020, 2, 10)}],
)
def test_an_entry_is_placed_from_its_own_key_and_read_around(
    journal: Journal, filters: dict[str, object]
) -> None:
    expected = [entry.id for entry in journal.list(**filters)]  # type: ignore[arg-type]
    for row, entry_id in enumerate(expected):
        found = journal.position(entry_id, **filters)  # type: ignore[arg-type]
        assert found is not None
        assert found[0] == row and found[1].id == entry_id
        newer = journal.summaries(limit=4, before=found[1], **filters)  # type: ignore[arg-type]
        assert [line.id for line in newer] == expected[max(0, row - 4):row]
    # From row `offset` on, as the keyset walk gives them.
    for offset in (0, 3, len(expected) - 2, len(expected) + 5):
        page = journal.summaries(limit=3, offset=offset, **filters)  # type: ignore[arg-type]
        assert [line.id for line in page] == expected[offset:offset + 3]


def test_an_entry_set_aside_or_filtered_out_has_no_place(journal: Journal) -> None:
    listed = {entry.id for entry in journal.list()}
    gone = next(n for n in range(1, 200) if n not in listed)  # deleted in the fixture
    assert journal.position(gone) is None
    assert journal.position(10**9) is None
    dry = next(entry for entry in journal.list() if "rain" not in entry.tags)
    assert journal.position(dry.id, tag="rain") is None
    assert journal.position(dry.id) is not None


def test_a_capped_count_stops_just_past_the_cap(journal: Journal) -> None:
    assert journal.count_matches("line") == 78
    assert journal.count_matches("line", cap=10) == 11
    assert journal.count_matches("line", cap=78) == 78
    assert journal.count_matches("line", cap=77) == 78
    assert journal.count_matches("line", cap=0) == 1
    assert journal.count_matches("line 5", tag="rain", cap=500) == journal.count_matches(
        "line 5", tag="rain")
